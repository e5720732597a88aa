"""What every page shows: Back and the language switch at the top, the page language, Start over,
the notice of an assessment date other than today, the notice of a translation no native speaker
has checked yet, and the page's styles (print, kiosk, right to left).

Back is a button whose callback moves the step (never a link, which would start a new session).
In kiosk mode "Start over" sits at the top of every page, the start page included. "Start over" asks
first when there are answers to lose: the question and its two buttons take the button's place.
A one-off notice (answers restored after a reload, a lost connection) sits under the top bar.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from functools import cache
from pathlib import Path

import streamlit as st

from ui import browser, settings, state
from ui.dates import show
from ui.i18n import LANGUAGE_NAMES, N_, _, reviewed
from ui.messages import NOT_REVIEWED_NOTICE
from ui.state import Notice

_STYLES = Path(__file__).with_name("styles")
# The page's icon: an emoji, which the browser draws itself. A `:material/…:` icon would make every
# visitor's browser fetch its picture from Google's font servers (a request to a third party).
PAGE_ICON = "\N{WHITE HEAVY CHECK MARK}"
_CSS_COMMENT = re.compile(r"/\*.*?\*/", re.DOTALL)
_CSS_SPACE = re.compile(r"\s+")

NOTICES = {
    Notice.RESTORED: N_(
        "Your answers were restored from this browser tab. You can go on where you left off."
    ),
    Notice.LOST_RESTORED: N_(
        "The connection to the service was lost for a while. Your answers were restored from this "
        "browser tab, so you can go on where you left off."
    ),
    Notice.LOST_DELETED: N_(
        "The connection to the service was lost, and your answers were deleted. Please start again."
    ),
}


def top(back: Callable[[], None] | None) -> None:
    """Back (where there is somewhere to go back to) on the left, the language switch on the right;
    in kiosk mode "Start over" between them. Below: the notice of another assessment date."""
    kiosk = settings.current().kiosk
    with st.container(horizontal=True, horizontal_alignment="distribute", vertical_alignment="center"):
        if back is not None:
            st.button(_("Back"), key="back", on_click=back, icon=":material/arrow_back:", type="tertiary")
        elif not kiosk:
            st.space("small")
        if kiosk and not state.confirming_start_over():
            _start_over_button(kind="secondary")
        _language_switch()
    if kiosk and state.confirming_start_over():
        _start_over_question()
    _not_reviewed()
    _notice()
    if state.step() is not state.Step.START and not state.assessed_today():
        st.info(
            _("This check uses the rules as they were on %(date)s, a date chosen by a helper.")
            % {"date": show(state.today())},
            icon=":material/event:",
        )


def _notice() -> None:
    """The one-off notice: the answers came back, or the connection was lost."""
    shown = state.notice()
    if shown is None:
        return
    text = _(NOTICES[shown])
    if shown is Notice.LOST_DELETED:
        st.warning(text, icon=":material/cloud_off:")
    else:
        st.success(text, icon=":material/restore:")


def _start_over_button(kind: str) -> None:
    st.button(
        _("Start over"),
        key="start_over",
        on_click=state.ask_start_over,
        icon=":material/restart_alt:",
        type="secondary" if kind == "secondary" else "tertiary",
    )


_QUESTION_FOCUS = """
<script>
/* start over? %(entry)d */
(() => {
  let tries = 0;
  const focus = () => {
    const box = document.querySelector('.st-key-start_over_question [data-testid="stAlert"]');
    if (!box) {
      if (++tries < 50) setTimeout(focus, 50);
      return;
    }
    box.setAttribute("tabindex", "-1");
    box.focus();
    box.scrollIntoView({block: "nearest"});
  };
  focus();
})();
</script>
"""


def _start_over_question() -> None:
    """The question "Do you want to start over?" with "Yes, start over" and "No, keep my answers";
    focused, so a keyboard or screen-reader user hears the question."""
    with st.container(key="start_over_question"):
        st.warning(
            _("Do you want to start over? Everything you have answered will be deleted."),
            icon=":material/warning:",
        )
        with st.container(horizontal=True):
            st.button(_("Yes, start over"), key="start_over_yes", on_click=state.start_over, type="primary")
            st.button(_("No, keep my answers"), key="start_over_no", on_click=state.keep_answers)
    st.html(_QUESTION_FOCUS % {"entry": state.entry()}, unsafe_allow_javascript=True)


LANGUAGE_MENU = "language_menu"


def _language_switch() -> None:
    """The languages, each named in itself, behind one button named in the page's language. Each
    language's button says its name in its own language (`lang` set by `ui.browser`).

    The menu keeps its open state on the server (`on_change="rerun"`), so choosing a language closes
    it: a menu left open would cover the page in the new language. Its buttons are made only while it
    is open: eight buttons on every step were about a tenth of a step's work on the server."""
    current = state.language()
    menu = st.popover(
        LANGUAGE_NAMES[current], icon=":material/translate:", key=LANGUAGE_MENU, on_change="rerun"
    )
    if not menu.open:
        return
    with menu:
        for code in state.LANGUAGES:
            st.button(
                LANGUAGE_NAMES[code],
                key=f"lang_{code}",
                on_click=_choose,
                args=(code,),
                type="primary" if code == current else "secondary",
                width="stretch",
            )


@state.callback
def _choose(code: str) -> None:
    state.close_menu(LANGUAGE_MENU)
    state.set_language(code)


def _not_reviewed() -> None:
    """In a language no native speaker has checked yet: say so, say that the Norwegian text decides,
    and offer bokmål in one press."""
    if reviewed(state.language()):
        return
    with st.container(key="not_reviewed"):
        st.info(
            _(NOT_REVIEWED_NOTICE),
            icon=":material/translate:",
        )
        st.button(
            _("Show the Norwegian text"),
            key="to_norwegian",
            on_click=state.set_language,
            args=(state.DEFAULT_LANGUAGE,),
            type="tertiary",
        )


def bottom(start_over: bool = True) -> None:
    """Start over (everything forgotten), and the page's `lang` attribute for screen readers.

    In kiosk mode "Start over" is at the top of the page instead."""
    if start_over and not settings.current().kiosk:
        st.divider()
        if state.confirming_start_over():
            _start_over_question()
        else:
            _start_over_button(kind="tertiary")
    page_language()


_STYLES_SCRIPT = """<script>
(() => {
  const style = document.getElementById("selfcheck-styles") || document.createElement("style");
  style.id = "selfcheck-styles";
  style.textContent = %(css)s;
  if (!style.isConnected) document.head.append(style);
})();
</script>"""


@cache
def styles_script(kiosk: bool) -> str:
    """The page's own styles: contrast fixes, print (no buttons or menus on paper) and, in kiosk
    mode, large touch targets and no developer chrome; the right-to-left rules, which apply only to a
    right-to-left page (`html[dir="rtl"]`), so the stylesheet is the same in every language.

    A script puts them in the page's `<head>`, where they stay for every page that follows, so they
    are sent once per session (with the tab's script, `ui/tab.py`) instead of with every run."""
    css = _stylesheet("base.css") + _stylesheet("print.css") + _stylesheet("rtl.css")
    if kiosk:
        css += _stylesheet("kiosk.css")
    return _STYLES_SCRIPT % {"css": json.dumps(css).replace("<", "\\u003c")}


@cache
def _stylesheet(name: str) -> str:
    """A stylesheet without its comments and runs of white space."""
    css = _CSS_COMMENT.sub("", (_STYLES / name).read_text(encoding="utf-8"))
    return _CSS_SPACE.sub(" ", css).strip()


def page_language() -> None:
    """Set `<html lang>` to the session's language, and the rest of what the browser fixes after
    Streamlit has drawn the page (the skip link's text, decorative icons, date fields: `ui.browser`)."""
    browser.fix_page()


def direct_link() -> None:
    """Shown when a file in `pages/` is opened by its own URL: the way to the start, nothing else."""
    st.page_link("app.py", label=_("Go to the start of the self-check"), icon=":material/home:")
    st.html(browser.INSTALL_SCRIPT, unsafe_allow_javascript=True)  # no tab script on this page
    page_language()


_FOCUS_SCRIPT = """
<script>
/* error summary %(attempt)d */
(() => {
  let tries = 0;
  const focus = () => {
    const box = document.querySelector('[data-testid="stAlertContentError"]');
    const summary = box && (box.closest('[role="alert"]') || box.closest('[data-testid="stAlert"]'));
    if (!summary) {
      if (++tries < 50) setTimeout(focus, 50);
      return;
    }
    summary.setAttribute("tabindex", "-1");
    summary.setAttribute("role", "alert");
    summary.id = "error-summary";
    summary.focus();
    summary.scrollIntoView({block: "start"});
  };
  focus();
})();
</script>
"""


def error_summary(errors: list[str]) -> None:
    """The error summary at the top of the page: titled, announced (role=alert), and focused, so a
    keyboard or screen-reader user lands on it after pressing Continue."""
    summary = _("There is a problem")
    st.error("\n".join([f"**{summary}**", "", *(f"- {text}" for text in errors)]), icon=":material/error:")
    st.html(_FOCUS_SCRIPT % {"attempt": state.problems_shown()}, unsafe_allow_javascript=True)
