"""One question per page: the question as heading, a hint, "Where do I find this?", the answer, Continue.

Continue is the form's submit callback: it reads the answer, checks it, stores it and moves to the
next page, all before the script runs (one script run per step). Errors are shown in a summary at
the top and next to the answer.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any

import streamlit as st

from logic import Fact
from ui import dates, flow, frame, state
from ui.claim import ASKED, claim_choice, claim_fields, fields_of
from ui.i18n import _
from ui.messages import ERROR
from ui.questions import DONT_KNOW, QUESTIONS, Kind, Option, Question, shown
from ui.state import Step

_UNKNOWN = "unknown"  # the widget name suffix of a date question's "I don't know" box
_FACT_NAMES = frozenset(fact.value for fact in Fact)
_UNSET = object()


def _question() -> Question:
    fact = state.current()
    return QUESTIONS[fact if fact is not None else Fact.PERMIT_BASIS]


def title() -> str:
    """The question, prefixed with "Error:" while the page shows errors."""
    heading = shown(_question().heading)
    return _("Error: %(title)s") % {"title": heading} if state.problems() else heading


def _plain(value: Any) -> Any:
    """Enum options as their plain values (what the answers dict stores)."""
    return str(value) if isinstance(value, StrEnum) else value


def _read(question: Question) -> Any:
    """The answer on the page: a value, or None for "I don't know". Raises `dates.InputRefused`."""
    name = question.fact.value
    if question.kind is Kind.CLAIM:
        choice = state.widget_value(name)
        if choice is None:
            raise dates.InputRefused(dates.InputError.CHOOSE_ONE)
        if choice == DONT_KNOW:
            return None
        asked_on = dates.parse(state.widget_value(f"{name}_on") or "") if choice == ASKED else None
        return claim_fields(choice, asked_on)
    if question.kind is Kind.DATE:
        if question.unknown_label is not None and state.widget_value(f"{name}_{_UNKNOWN}"):
            return None
        return dates.parse(state.widget_value(name) or "")
    choice = state.widget_value(name)
    if choice is None:
        raise dates.InputRefused(dates.InputError.CHOOSE_ONE)
    return None if choice == DONT_KNOW else choice


@state.callback
def _on_continue(fact: Fact) -> None:
    try:
        value = _read(QUESTIONS[fact])
    except dates.InputRefused as error:
        state.set_problems(((fact.value, error.code),))
        return
    answered = state.route().answer(fact, value)
    if answered.problems:
        state.set_problems(tuple((p.field, p.code) for p in answered.problems))
        return
    state.save_answers(answered.answers, answered.asked, answered.path)
    following = flow.after_continue(answered.path, fact, state.from_check())
    if following is None:
        state.go(Step.CHECK)
    else:
        state.go(Step.QUESTION, following)


@state.callback
def _on_back() -> None:
    route = state.route()
    if state.from_check() and route.path.complete:
        state.go(Step.CHECK)
        return
    previous = route.before(state.current())
    if previous is None:
        state.go(Step.START)
    else:
        state.go(Step.QUESTION, previous)


def _hint(question: Question) -> str:
    """The hint, with the legal numbers and the dates it names filled in."""
    hint = shown(question.hint)
    if not question.hint_dates:
        return hint
    key_dates = state.route().dates
    if key_dates is None:
        return ""
    values = {name: getattr(key_dates, name) for name in question.hint_dates}
    if any(value is None for value in values.values()):
        return ""
    return hint % {name: dates.show(value) for name, value in values.items()}


def _error_text(field: str, code: StrEnum, current: Fact) -> str:
    """The message of one error; an error about another answer names that answer first."""
    message = shown(ERROR[code])
    if field in fields_of(current) or field not in _FACT_NAMES or Fact(field) not in QUESTIONS:
        return message
    return f"{_(QUESTIONS[Fact(field)].summary)}: {message}"


def render() -> None:
    """The current question."""
    question = _question()
    fact = question.fact
    frame.top(back=_on_back)
    errors = [_error_text(field, code, fact) for field, code in state.problems()]
    if errors:
        frame.error_summary(errors)
    heading = shown(question.heading)
    st.title(heading, anchor=False)
    hint = _hint(question)
    if hint:
        st.markdown(hint)
    with st.expander(_("Where do I find this?"), icon=":material/help:"):
        st.markdown(shown(question.where))
    with st.form(key=f"form_{fact.value}", border=False, enter_to_submit=True):
        for text in errors:
            st.markdown(f":red[**{text}**]")
        if question.kind is Kind.DATE:
            _date_answer(question, heading)
        elif question.kind is Kind.CLAIM:
            _claim_answer(question, heading)
        else:
            _choice_answer(question, heading)
        st.form_submit_button(
            _("Continue"),
            key=f"continue_{fact.value}",
            on_click=_on_continue,
            args=(fact,),
            type="primary",
            width="stretch",
        )
    frame.bottom()


def _date_answer(question: Question, heading: str) -> None:
    name = question.fact.value
    known = state.answers().get(name)
    # The field opens the number keypad (`ui.browser`), which on some phones has no dot: eight digits
    # in a row are read as a date too.
    st.caption(_("Day, month and year, for example 05.03.2024 or 05032024"))
    st.text_input(
        heading,
        value=state.seed(name, dates.as_input(known) if known is not None else ""),
        key=state.widget_key(name),
        # Translators: the letters for day, month and year in your language, as in a form.
        placeholder=_("dd.mm.yyyy"),
        autocomplete="off",
        max_chars=20,
        label_visibility="collapsed",
    )
    if question.unknown_label is not None:
        answered_unknown = question.fact in state.asked() and known is None
        st.checkbox(
            _(question.unknown_label),
            value=bool(state.seed(f"{name}_{_UNKNOWN}", answered_unknown)),
            key=state.widget_key(f"{name}_{_UNKNOWN}"),
        )


def _choice_answer(question: Question, heading: str, stored: Any = _UNSET) -> None:
    name = question.fact.value
    choices = question.choices()
    values = [_plain(option.value) for option in choices]
    labels = {value: shown(option.label) for value, option in zip(values, choices, strict=True)}
    if stored is _UNSET:
        stored = state.answers().get(name, DONT_KNOW) if question.fact in state.asked() else None
    selected = state.seed(name, stored)
    st.radio(
        heading,
        options=values,
        index=values.index(selected) if selected in values else None,
        format_func=labels.__getitem__,
        captions=[shown(option.caption) if option.caption else "" for option in choices],
        key=state.widget_key(name),
        label_visibility="collapsed",
    )
    _group_headings(state.widget_key(name), choices)


def _group_headings(key: str, choices: tuple[Option, ...]) -> None:
    """The name of each group of options, above its first option (drawn by the stylesheet, so the
    radio group stays one widget; base.css styles it)."""
    rules = [
        f'.st-key-{key} [data-testid="stRadioGroup"] > div:nth-child({number})::before '
        f"{{content: {_css_string(_(option.heading))};}}"
        for number, option in enumerate(choices, start=1)
        if option.heading
    ]
    if rules:
        st.html(f"<style>{''.join(rules)}</style>")


def _css_string(text: str) -> str:
    """A CSS string that shows `text`: everything but letters, digits and spaces escaped."""
    return '"' + "".join(c if c.isalnum() or c == " " else f"\\{ord(c):x} " for c in text) + '"'


def _claim_answer(question: Question, heading: str) -> None:
    """The claim question (C3, C17): asked on a date / not asked / I don't know / already in the
    programme. The date field belongs to the first answer; it is read only when that is chosen."""
    name = question.fact.value
    answers = state.answers()
    asked = question.fact in state.asked()
    _choice_answer(question, heading, stored=(claim_choice(answers) or DONT_KNOW) if asked else None)
    known = answers.get("claim_made_on")
    st.text_input(
        _("The date you asked, if you asked"),
        value=state.seed(f"{name}_on", dates.as_input(known) if known is not None else ""),
        key=state.widget_key(f"{name}_on"),
        placeholder=_("dd.mm.yyyy"),
        autocomplete="off",
        max_chars=20,
    )
    st.caption(_("Day, month and year, for example 05.03.2024"))


if __name__ == "__main__":
    frame.direct_link()
