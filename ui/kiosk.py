"""Kiosk mode (`SELFCHECK_KIOSK=1`): the idle warning and the reset, in the browser and on the server.

In the browser, a small script (costs the server nothing, sees half-typed input) restarts its clock
on every touch, key, pointer or wheel event. `warning_seconds` before the limit it opens a modal
dialog, "Are you still there?", with a focused "Continue" button; at the limit it presses the hidden
reset button (the server forgets the whole session: `state.reset`) and then loads the start address
again with no query string, which starts a new session in the default language. Nothing about the
person is in the address, so Back in the browser leads nowhere. The same script keeps the person in
the app: a link that would leave it or open another tab (the law references to Lovdata) is shown as
plain text, and `window.open` does nothing, so no tab outlives the reset.

On the server, as a guarantee when the script cannot run: a session without a page run for
`server_limit_seconds` is reset, on the server's own clock (`ui/kiosk_guard.py`: a task in the server
process runs the page again for such a session, and `_guard` resets it). The server does not see
scrolling or half-typed text, so its limit is longer.
"""

from __future__ import annotations

import json

import streamlit as st
from streamlit.runtime.scriptrunner import get_script_run_ctx

from ui import kiosk_guard, languages, settings, state
from ui.i18n import _

_SCRIPT = """
<script>
(() => {
  const cfg = %(config)s;
  const k = window.selfcheckKiosk || (window.selfcheckKiosk = {last: Date.now(), dialog: null});
  k.cfg = cfg;
  if (k.dialog) { k.dialog.remove(); k.dialog = null; }
  const open = () => k.dialog && k.dialog.open;
  const bump = () => { if (!open()) k.last = Date.now(); };
  const press = (name) => {
    const button = document.querySelector(`.st-key-${name} button`);
    if (button) button.click();
  };
  const dialog = () => {
    const d = document.createElement("dialog");
    d.id = "selfcheck-idle";
    d.lang = k.cfg.lang;
    d.setAttribute("role", "alertdialog");
    d.setAttribute("aria-labelledby", "selfcheck-idle-title");
    d.setAttribute("aria-describedby", "selfcheck-idle-text");
    d.style.cssText = "max-width:32rem;padding:2rem;border:3px solid #1f1f1f;border-radius:0.75rem;" +
      "font-family:inherit;color:#1f1f1f;background:#ffffff";
    const h = document.createElement("h2");
    h.id = "selfcheck-idle-title";
    h.textContent = k.cfg.title;
    h.style.cssText = "margin-top:0;font-size:1.6rem";
    const p = document.createElement("p");
    p.id = "selfcheck-idle-text";
    p.textContent = k.cfg.text;
    p.style.cssText = "font-size:1.2rem";
    const b = document.createElement("button");
    b.type = "button";
    b.id = "selfcheck-idle-continue";
    b.textContent = k.cfg.button;
    b.style.cssText = "min-height:3.5rem;min-width:10rem;font-size:1.25rem;padding:0.75rem 1.5rem;" +
      "border:0;border-radius:0.5rem;background:#0b5394;color:#ffffff;cursor:pointer";
    const stay = () => { k.last = Date.now(); d.close(); press("kiosk_still_here"); };
    b.addEventListener("click", stay);
    d.addEventListener("cancel", (event) => { event.preventDefault(); stay(); });
    d.append(h, p, b);
    document.body.append(d);
    return d;
  };
  const reset = () => {
    if (k.resetting) return;
    k.resetting = true;
    press("kiosk_reset");
    const start = new URL("./", window.location.href);
    start.search = "";
    start.hash = "";
    setTimeout(() => window.location.replace(start.href), 800);
  };
  const tick = () => {
    const idle = (Date.now() - k.last) / 1000;
    if (idle >= k.cfg.idle) { reset(); return; }
    if (idle >= k.cfg.idle - k.cfg.warn && !open()) {
      k.dialog = k.dialog || dialog();
      k.dialog.showModal();
      document.getElementById("selfcheck-idle-continue").focus();
    }
  };
  /* No way out of the app and no second tab: a link to another address, or one that opens a new
     tab, becomes plain text (no href) as soon as it is drawn; window.open does nothing. */
  const leaves = (a) => {
    const url = new URL(a.getAttribute("href"), window.location.href);
    return url.origin !== window.location.origin || !["", "_self"].includes(a.target);
  };
  const unlink = () => {
    for (const a of document.querySelectorAll("a[href]")) {
      if (leaves(a)) for (const name of ["href", "target", "rel"]) a.removeAttribute(name);
    }
  };
  const stop = (event) => {
    const a = event.target.closest && event.target.closest("a[href]");
    if (a && leaves(a)) event.preventDefault();
  };
  if (!k.installed) {
    k.installed = true;
    for (const name of ["pointerdown", "keydown", "touchstart", "wheel", "input"]) {
      document.addEventListener(name, bump, {capture: true, passive: true});
    }
    for (const name of ["click", "auxclick"]) document.addEventListener(name, stop, {capture: true});
    window.open = () => null;
    new MutationObserver(unlink).observe(document.body, {childList: true, subtree: true});
    setInterval(tick, 1000);
  }
  unlink();
})();
</script>
"""


def render() -> None:
    """The server check, the idle script and the two buttons it presses (hidden by the kiosk
    stylesheet)."""
    _guard()
    config = settings.current()
    texts = {
        "idle": config.idle_seconds,
        "warn": config.warning_seconds,
        "lang": languages.get(state.language()).html_lang,
        "title": _("Are you still there?"),
        "text": _(
            "Soon the page will start over, and everything you have answered will be deleted. Press "
            "Continue if you want to keep going."
        ),
        "button": _("Continue"),
    }
    config_json = json.dumps(texts, ensure_ascii=False).replace("<", "\\u003c")
    st.html(_SCRIPT % {"config": config_json}, unsafe_allow_javascript=True)
    st.button(_("Start over"), key="kiosk_reset", on_click=state.reset)
    st.button(_("Continue"), key="kiosk_still_here", on_click=state.touch)


def _guard() -> None:
    """The server's own check, on every page run: reset a session nobody has used for
    `server_limit_seconds`, and make sure the server's clock runs the page for an idle session.

    Idle time: since the previous page run of this session (`kiosk_guard`; app.py has just noted
    this run in the session), or since the session's own last noted run where app.py did not run."""
    limit = settings.current().server_limit_seconds
    kiosk_guard.start(limit)
    context = get_script_run_ctx()
    since_last_run = kiosk_guard.note_run(context.session_id) if context is not None else 0.0
    if max(since_last_run, state.idle_seconds()) > limit:
        state.reset()
        st.rerun(scope="app")
