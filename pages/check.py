"""Check your answers: every answer on the person's path, grouped, each with a Change button."""

from __future__ import annotations

import streamlit as st

from logic import Fact
from ui import frame, state
from ui.i18n import _
from ui.questions import GROUPS, QUESTIONS, answer_text, shown, stored
from ui.state import Step
from ui.text import plain


def title() -> str:
    """The page's title."""
    return _("Check your answers")


@state.callback
def _on_back() -> None:
    last = state.route().before(None)
    if last is None:
        state.go(Step.START)
    else:
        state.go(Step.QUESTION, last)


@state.callback
def _on_change(fact: Fact) -> None:
    state.go(Step.QUESTION, fact, from_check=True)


@state.callback
def _on_next_question() -> None:
    state.go(Step.QUESTION, state.route().path.next)


def render() -> None:
    """Every answer, grouped; the way to the result once every question on the path is answered."""
    path = state.route().path
    frame.top(back=_on_back)
    st.title(title(), anchor=False)
    if not path.complete:
        st.warning(_("Some questions are not answered yet."), icon=":material/warning:")
        st.button(
            _("Go to the next question"),
            key="next_question",
            on_click=_on_next_question,
            type="primary",
            width="stretch",
        )
        frame.bottom()
        return
    st.markdown(_("You can change an answer before you see the result."))
    for group in GROUPS:
        facts = [fact for fact in path.asked if QUESTIONS[fact].group == group]
        if not facts:
            continue
        st.subheader(_(group), anchor=False)
        for fact in facts:
            question = QUESTIONS[fact]
            with st.container(
                border=True, horizontal=True, horizontal_alignment="distribute", vertical_alignment="center"
            ):
                # The answer is derived text ("1. mars 2026" would be a numbered list): never Markdown.
                answer = plain(answer_text(question, stored(question, path.answers)))
                st.markdown(f"**{plain(shown(question.summary))}**  \n{answer}")
                st.button(_("Change"), key=f"change_{fact.value}", on_click=_on_change, args=(fact,))
    st.button(
        _("See the result"),
        key="see_result",
        on_click=state.go,
        args=(Step.RESULT,),
        type="primary",
        icon=":material/arrow_forward:",
        icon_position="right",
        width="stretch",
    )
    frame.bottom()


if __name__ == "__main__":
    frame.direct_link()
