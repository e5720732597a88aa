"""The result: the assessment of the answers on the person's path, on today's date."""

from __future__ import annotations

import streamlit as st

from logic import Assessment, InvalidAnswers, assess
from ui import flow, frame, result, state, usage_log
from ui.i18n import _
from ui.messages import OUTCOME_TITLE
from ui.state import Step


def _assessment() -> tuple[flow.Path, Assessment | None]:
    """The path and its assessment: computed once, for the title and the body alike."""
    return state.remembered_result(_compute)


def _compute() -> tuple[flow.Path, Assessment | None]:
    path = flow.walk(state.answers(), state.asked(), state.today())
    if not path.complete:
        return path, None
    try:
        return path, assess(path.model(), state.today())
    except InvalidAnswers:
        return path, None


def title() -> str:
    """The outcome sentence."""
    _path, assessment = _assessment()
    return _("Check your answers") if assessment is None else _(OUTCOME_TITLE[assessment.outcome])


def render() -> None:
    """The result, or the way back to the answers if they cannot be assessed."""
    frame.top(back=lambda: state.go(Step.CHECK))
    path, assessment = _assessment()
    if assessment is None:
        st.warning(_("Some answers are missing or do not fit together."), icon=":material/warning:")
    else:
        result.render(assessment, path)
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
