"""The result: the assessment of the answers on the person's path, on today's date."""

from __future__ import annotations

import streamlit as st

from ui import frame, result, state, usage_log
from ui.i18n import _
from ui.messages import OUTCOME_TITLE
from ui.state import Step


def title() -> str:
    """The outcome sentence."""
    assessment = state.route().result
    return _("Check your answers") if assessment is None else _(OUTCOME_TITLE[assessment.outcome])


def render() -> None:
    """The result, or the way back to the answers if they cannot be assessed."""
    frame.top(back=lambda: state.go(Step.CHECK))
    route = state.route()
    assessment = route.result
    if assessment is None:
        st.warning(_("Some answers are missing or do not fit together."), icon=":material/warning:")
    else:
        result.render(assessment, route.path)
        usage_log.check_completed(assessment, state.language())
    st.button(
        _("Change your answers"),
        key="change_answers",
        on_click=state.go,
        args=(Step.CHECK,),
        icon=":material/edit:",
    )
    frame.bottom()


if __name__ == "__main__":
    frame.direct_link()
