"""The start page: what the check is for, what to have at hand, how long it takes, one start button."""

from __future__ import annotations

import streamlit as st

from ui import flow, frame, state
from ui.i18n import _
from ui.state import Step


def title() -> str:
    """The task, as the title of the page."""
    return _("Check if you have the right to the introduction programme")


def _begin() -> None:
    path = flow.walk(state.answers(), state.asked(), state.today())
    state.go(Step.QUESTION, path.order[0])


def render() -> None:
    """The start page."""
    frame.top(back=None)
    st.title(title(), anchor=False)
    st.markdown(
        _(
            "The introduction programme (introduksjonsprogram) is a full-time programme of Norwegian "
            "lessons, work practice and education for new residents. While you take part, you are paid "
            "a benefit (introduksjonsstønad)."
        )
    )
    st.markdown(
        _(
            "This check is for you who have a residence permit in Norway, for example as a refugee or "
            "through family immigration. You can also use it together with someone who helps you."
        )
    )
    st.subheader(_("Have this at hand"), anchor=False)
    st.markdown(
        "\n".join(
            f"- {text}"
            for text in (
                _("the decision letter (vedtak) from UDI or UNE about your residence permit"),
                _("your residence card (oppholdskort)"),
                _("the date you were settled in a municipality, if you have been settled"),
            )
        )
    )
    st.markdown(_("It takes about 5 minutes. If you do not know an answer, you can choose «I don't know»."))
    st.info(_("The result is guidance, not a decision. The municipality decides."), icon=":material/info:")
    st.button(
        _("Start now"),
        key="start",
        on_click=_begin,
        type="primary",
        icon=":material/arrow_forward:",
        icon_position="right",
        width="stretch",
    )
    st.caption(_("We do not save your answers. They are deleted soon after you close the page."))
    frame.bottom(start_over=False)


if __name__ == "__main__":
    frame.direct_link()
