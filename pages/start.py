"""The start page: what the check is for, what to have at hand, how long it takes, one start button.

Below it, collapsed, "For helpers: check another date": a volunteer or caseworker can assess on an
earlier date (from 1 January 2021), for example while the temporary chapter 6A applied. Hidden in
kiosk mode.
"""

from __future__ import annotations

import math

import streamlit as st

from logic import ErrorCode
from ui import dates, frame, settings, state
from ui.i18n import _, ngettext
from ui.messages import ERROR
from ui.questions import shown
from ui.state import Step

_DATE = "assessment_date"
_HELPER = "helper_date"


def title() -> str:
    """The task, as the title of the page."""
    return _("Check if you have the right to the introduction programme")


@state.callback
def _begin() -> None:
    state.go(Step.QUESTION, state.route().path.order[0])


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
    st.caption(_privacy())
    if not settings.current().kiosk:
        _helper_date()
    frame.bottom(start_over=False)


def _privacy() -> str:
    """When the answers are deleted: on a kiosk nobody closes the page, so say what is true there."""
    config = settings.current()
    if not config.kiosk:
        return _("We do not save your answers. They are deleted soon after you close the page.")
    minutes = math.ceil(config.idle_seconds / 60)
    return ngettext(
        "We do not save your answers. They are deleted when you press «%(button)s», or at the latest "
        "%(minutes)d minute after the screen was last used.",
        "We do not save your answers. They are deleted when you press «%(button)s», or at the latest "
        "%(minutes)d minutes after the screen was last used.",
        minutes,
    ) % {"button": _("Start over"), "minutes": minutes}


@state.callback
def _on_set_date() -> None:
    try:
        chosen = dates.parse(state.widget_value(_DATE) or "")
    except dates.InputRefused as error:
        state.set_problems(((_DATE, error.code),))
        return
    if chosen < state.EARLIEST_ASSESSMENT_DATE:
        state.set_problems(((_DATE, ErrorCode.ASSESSMENT_BEFORE_ACT),))
    elif chosen > state.real_today():
        state.set_problems(((_DATE, ErrorCode.DATE_IN_FUTURE),))
    else:
        state.set_today(chosen)
        state.set_problems(())


@state.callback
def _on_use_today() -> None:
    state.set_today(state.real_today())
    state.set_problems(())


def _helper_date() -> None:
    """For volunteers and caseworkers: assess on another date than today. The form is made only while
    the section is open (opening it runs the page again): a first page without it is drawn sooner."""
    errors = [shown(ERROR[code]) for field, code in state.problems() if field == _DATE]
    other_day = not state.assessed_today()
    helper = st.expander(
        _("For helpers: check another date"),
        icon=":material/event:",
        expanded=bool(errors) or other_day or state.seed(_HELPER, False) is True,  # open across a switch
        key=state.widget_key(_HELPER),
        on_change="rerun",
    )
    if not helper.open:
        return
    with helper:
        st.markdown(
            _(
                "For volunteers and caseworkers. The check normally uses the rules that apply today. Here "
                "you can see what the rules said on an earlier date, for example while the temporary rules "
                "for collective protection applied."
            )
        )
        if other_day:
            st.info(
                _("The check now uses the rules as they were on %(date)s.")
                % {"date": dates.show(state.today())},
                icon=":material/event:",
            )
        with st.form(key="form_assessment_date", border=False, enter_to_submit=True):
            if errors:
                frame.error_summary(errors)
            st.text_input(
                _("Date to check on"),
                value=state.seed(_DATE, dates.as_input(state.today()) if other_day else ""),
                key=state.widget_key(_DATE),
                placeholder=_("dd.mm.yyyy"),
                help=None,
                autocomplete="off",
                max_chars=20,
            )
            st.caption(_("Day, month and year, from 01.01.2021 until today."))
            st.form_submit_button(_("Use this date"), key="set_assessment_date", on_click=_on_set_date)
        if other_day:
            st.button(_("Use today's date again"), key="use_today", on_click=_on_use_today)


if __name__ == "__main__":
    frame.direct_link()
