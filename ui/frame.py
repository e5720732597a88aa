"""What every page shows: Back and the language switch at the top, the page language, Start over.

Back is a button whose callback moves the step (never a link, which would start a new session).
"""

from __future__ import annotations

from collections.abc import Callable

import streamlit as st

from ui import state
from ui.i18n import LANGUAGE_NAMES, SWITCH_LABEL, _


def top(back: Callable[[], None] | None) -> None:
    """Back (where there is somewhere to go back to) on the left, the language switch on the right."""
    with st.container(horizontal=True, horizontal_alignment="distribute", vertical_alignment="center"):
        if back is not None:
            st.button(_("Back"), key="back", on_click=back, icon=":material/arrow_back:", type="tertiary")
        else:
            st.space("small")
        _language_switch()


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
    """Start over (everything forgotten), and the page's `lang` attribute for screen readers."""
    if start_over:
        st.divider()
        st.button(
            _("Start over"),
            key="start_over",
            on_click=state.start_over,
            icon=":material/restart_alt:",
            type="tertiary",
        )
    page_language()


def page_language() -> None:
    """Set `<html lang>` to the session's language (the value comes from a fixed list, never input)."""
    lang = state.language()
    st.html(
        f'<script>document.documentElement.lang = "{lang}";</script>',
        unsafe_allow_javascript=True,
    )


def direct_link() -> None:
    """Shown when a file in `pages/` is opened by its own URL: the way to the start, nothing else."""
    st.page_link("app.py", label=_("Go to the start of the self-check"), icon=":material/home:")
    page_language()
