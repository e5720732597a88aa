"""What every page shows: Back and the language switch at the top, the page language, Start over,
the notice of an assessment date other than today, and the page's styles (print, kiosk).

Back is a button whose callback moves the step (never a link, which would start a new session).
In kiosk mode "Start over" sits at the top of every page, the start page included.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from pathlib import Path

import streamlit as st

from ui import browser, settings, state
from ui.dates import show
from ui.i18n import LANGUAGE_NAMES, SWITCH_LABEL, _

_STYLES = Path(__file__).with_name("styles")
# The page's icon: an emoji, which the browser draws itself. A `:material/…:` icon would make every
# visitor's browser fetch its picture from Google's font servers (a request to a third party).
PAGE_ICON = "\N{WHITE HEAVY CHECK MARK}"
_CSS_COMMENT = re.compile(r"/\*.*?\*/", re.DOTALL)
_CSS_SPACE = re.compile(r"\s+")


def top(back: Callable[[], None] | None) -> None:
    """Back (where there is somewhere to go back to) on the left, the language switch on the right;
    in kiosk mode "Start over" between them. Below: the notice of another assessment date."""
    kiosk = settings.current().kiosk
    with st.container(horizontal=True, horizontal_alignment="distribute", vertical_alignment="center"):
        if back is not None:
            st.button(_("Back"), key="back", on_click=back, icon=":material/arrow_back:", type="tertiary")
        elif not kiosk:
            st.space("small")
        if kiosk:
            _start_over_button(kind="secondary")
        _language_switch()
    if state.step() is not state.Step.START and not state.assessed_today():
        st.info(
            _("This check uses the rules as they were on %(date)s, a date chosen by a helper.")
            % {"date": show(state.today())},
            icon=":material/event:",
        )


def _start_over_button(kind: str) -> None:
    st.button(
        _("Start over"),
        key="start_over",
        on_click=state.start_over,
        icon=":material/restart_alt:",
        type="secondary" if kind == "secondary" else "tertiary",
    )


def _language_switch() -> None:
    """Norsk / English, each in its own language. Keyed per language, so it is rebuilt on a switch."""
    st.segmented_control(
        SWITCH_LABEL,
        options=state.LANGUAGES,
        format_func=LANGUAGE_NAMES.__getitem__,
        default=state.language(),
        required=True,
        key=state.widget_key("lang"),
        on_change=_on_switch,
        label_visibility="collapsed",
    )


def _on_switch() -> None:
    chosen = state.widget_value("lang")
    if chosen in state.LANGUAGES:
        state.set_language(chosen)


def bottom(start_over: bool = True) -> None:
    """Start over (everything forgotten), and the page's `lang` attribute for screen readers.

    In kiosk mode "Start over" is at the top of the page instead."""
    if start_over and not settings.current().kiosk:
        st.divider()
        _start_over_button(kind="tertiary")
    page_language()


def styles() -> None:
    """The page's own styles: contrast fixes, print (no buttons or menus on paper) and, in kiosk
    mode, large touch targets and no developer chrome."""
    css = _stylesheet("base.css") + _stylesheet("print.css")
    if settings.current().kiosk:
        css += _stylesheet("kiosk.css")
    st.html(f"<style>{css}</style>")


@cache
def _stylesheet(name: str) -> str:
    """A stylesheet without its comments and runs of white space (it is sent with every run)."""
    css = _CSS_COMMENT.sub("", (_STYLES / name).read_text(encoding="utf-8"))
    return _CSS_SPACE.sub(" ", css).strip()


def page_language() -> None:
    """Set `<html lang>` to the session's language, and the rest of what the browser fixes after
    Streamlit has drawn the page (the skip link's text, decorative icons, date fields: `ui.browser`)."""
    browser.fix_page()


def direct_link() -> None:
    """Shown when a file in `pages/` is opened by its own URL: the way to the start, nothing else."""
    st.page_link("app.py", label=_("Go to the start of the self-check"), icon=":material/home:")
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
