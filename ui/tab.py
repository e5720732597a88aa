"""The app's side in the visitor's browser tab: the tab's copy of the answers, a lost session, a lost
connection, and what is typed but not yet sent when the language changes.

The script (`ui/tab.js`, plain JavaScript, no build step) is sent once per server session and stays
in the page; a small Streamlit component (`st.components.v2`, from the app's own origin) is mounted
on every page, before the page is drawn, and hands the script the page's data and its ways back to
the server. Together they do this:

- on a personal device it keeps a copy of the session in the tab's `sessionStorage` and gives it
  back after a reload or a lost session (`state.copy`, `state.restore`, `ui/resume.py`); in kiosk
  mode nothing is stored in the browser and nothing is restored;
- every page carries the id of its server session, so a page that was drawn by one session and is
  now drawn by a new, empty one (a server restart, a drop longer than
  `server.disconnectedSessionTTL`) says so, and the page tells the person what happened instead of
  pretending the answers are still there;
- while the connection is down it covers the page with a message in the page's language;
- it puts what was typed or chosen, but not yet sent, into the rebuilt fields after a language
  switch.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import streamlit as st

from ui import browser, frame, languages, settings, state
from ui.i18n import _

KEY = "selfcheck_tab"


def _compact(script: str) -> str:
    """The script without its comment lines and indentation (the file stays readable). Safe for
    tab.js, which has no string spanning lines."""
    lines = (line.strip() for line in script.splitlines())
    return "\n".join(line for line in lines if line and not line.startswith("//"))


_SCRIPT = "<script>" + _compact(Path(__file__).with_name("tab.js").read_text(encoding="utf-8")) + "</script>"
# Streamlit sends a component's script with every run and hashes it: so the component is only this,
# and the script above is sent with the first page of a session (about 0.3 ms less per page, and
# 6 kB less per step).
_component = st.components.v2.component(
    "selfcheck_tab",
    js="""export default function (component) {
  const mine = (window.selfcheckTabRenders = (window.selfcheckTabRenders || 0) + 1);
  let tries = 0;
  const run = () => {
    if (mine !== window.selfcheckTabRenders) return;
    if (window.selfcheckTab) window.selfcheckTab.update(component);
    else if (++tries < 500) setTimeout(run, 20);
  };
  run();
}""",
)


def connect() -> None:
    """Mount the tab's component (and send the script with the first page of a session)."""
    kiosk = settings.current().kiosk
    _component(
        key=KEY,
        # As JSON bytes: Streamlit passes bytes through as they are, while a dict is searched for
        # data frames first (about 0.1 ms a run) and a string takes longer still.
        data=json.dumps(_data(kiosk), ensure_ascii=False, separators=(",", ":")).encode(),
        on_restore_change=_on_restore,
        on_awake_change=_ignore,
        width="stretch",
        height="content",
    )
    if state.first_time("tab script"):
        # A new page keeps it; a lost page has it. The page's stylesheet and the watcher of
        # `ui/browser.py` come with it (in the same element: each script element takes room at the
        # top of the page).
        st.html(_SCRIPT + browser.INSTALL_SCRIPT + frame.styles_script(kiosk), unsafe_allow_javascript=True)


def _data(kiosk: bool) -> dict[str, Any]:
    offline = (
        _(
            "We are trying to connect again. If the connection does not come back soon, your answers "
            "will be deleted and you will have to start again."
        )
        if kiosk
        else _(
            "We are trying to connect again. Keep this page open: your answers are kept in this "
            "browser tab, and you can go on when the connection is back."
        )
    )
    return {
        "session": state.session_id(),
        "kiosk": kiosk,
        "lang": state.language(),
        "tag": languages.get(state.language()).html_lang,
        "page": f"{state.entry()}:{state.step()}:{state.current() or ''}",
        "save": None if kiosk else state.copy(),
        "offline": {"title": _("The connection to the service was lost"), "text": offline},
    }


def _ignore() -> None:
    """`awake` only makes the page run again (after a reconnection)."""


def _on_restore() -> None:
    """The tab sent its copy, or said that the session it showed was lost (never a copy in kiosk mode,
    and none is taken)."""
    sent = st.session_state[KEY].get("restore")
    if isinstance(sent, dict):
        copy = None if settings.current().kiosk else sent.get("copy")
        state.restore(copy, lost=sent.get("lost") is True)
