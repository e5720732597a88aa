"""The path through the questions (ui/flow.py): what is asked, in which order, and where Continue and
Back lead. Pure functions over `logic.needed_facts`: no Streamlit.
"""

from __future__ import annotations

from datetime import date

import pytest

from logic import Fact, needed_facts
from ui import flow
from ui.flow import after_continue, answer, before, walk

ON = date(2026, 11, 29)
REFUGEE = {
    "permit_basis": "refugee",
    "date_of_birth": date(1988, 8, 12),
    "permit_granted_on": date(2026, 2, 3),
    "settled": True,
    "settled_on": date(2026, 4, 15),
    "settled_by_agreement": True,
    "claim_made": False,
    "declined_or_dropped_out": False,
    "works_30_hours_or_more": False,
}
ASKED = {Fact(f) for f in REFUGEE}


def test_the_first_question_is_the_permit_basis() -> None:
    path = walk({}, set(), ON)
    assert path.asked == ()
    assert path.next is Fact.PERMIT_BASIS


def test_a_refugee_is_asked_in_the_order_of_the_law_and_never_about_a_reference_person() -> None:
    path = walk(REFUGEE, ASKED, ON)
    assert path.complete
    assert path.asked == (
        Fact.PERMIT_BASIS,
        Fact.DATE_OF_BIRTH,
        Fact.PERMIT_GRANTED_ON,
        Fact.SETTLED,
        Fact.SETTLED_ON,
        Fact.SETTLED_BY_AGREEMENT,
        Fact.CLAIM_MADE,
        Fact.DECLINED_OR_DROPPED_OUT,
        Fact.WORKS_30_HOURS_OR_MORE,
    )


def test_i_dont_know_counts_as_answered_but_leaves_the_value_out() -> None:
    result = answer({}, set(), Fact.PERMIT_BASIS, None, ON)
    assert Fact.PERMIT_BASIS in result.asked
    assert "permit_basis" not in result.answers
    assert result.path.next is not Fact.PERMIT_BASIS


def test_answers_no_longer_on_the_path_are_dropped_once_it_is_complete() -> None:
    asked = set(ASKED)
    result = answer(REFUGEE, asked, Fact.PERMIT_BASIS, "work_or_study", ON)
    assert result.path.complete
    assert result.answers == {"permit_basis": "work_or_study"}
    assert result.asked == {Fact.PERMIT_BASIS}


def test_a_change_that_opens_new_questions_keeps_the_later_answers_until_the_path_is_complete() -> None:
    asked = set(ASKED)
    result = answer(REFUGEE, asked, Fact.PERMIT_BASIS, "family_immigration", ON)
    assert result.path.next is Fact.REFERENCE_PERSON_BASIS
    assert result.answers["settled_on"] == date(2026, 4, 15)


def test_an_answer_that_contradicts_another_is_reported_by_logic_validate() -> None:
    result = answer(REFUGEE, ASKED, Fact.PERMIT_GRANTED_ON, date(1980, 1, 1), ON)
    assert [(p.field, p.code) for p in result.problems] == [("permit_granted_on", "before_date_of_birth")]


def test_continue_goes_to_the_next_question_and_from_a_change_back_to_the_check_page() -> None:
    path = walk(REFUGEE, ASKED, ON)
    assert after_continue(path, Fact.DATE_OF_BIRTH, from_check=False) is Fact.PERMIT_GRANTED_ON
    assert after_continue(path, Fact.DECLINED_OR_DROPPED_OUT, from_check=False) is Fact.WORKS_30_HOURS_OR_MORE
    assert after_continue(path, Fact.WORKS_30_HOURS_OR_MORE, from_check=False) is None
    assert after_continue(path, Fact.DATE_OF_BIRTH, from_check=True) is None


def test_back_goes_to_the_question_before_and_from_the_first_to_the_start() -> None:
    path = walk(REFUGEE, ASKED, ON)
    assert before(path, Fact.SETTLED) is Fact.PERMIT_GRANTED_ON
    assert before(path, Fact.PERMIT_BASIS) is None
    assert before(path, None) is Fact.WORKS_30_HOURS_OR_MORE


def test_the_claim_question_fills_three_answers_and_already_in_the_programme_ends_the_questions() -> None:
    """C17: "I have already started the programme" is one answer of the claim question."""
    asked = {Fact.PERMIT_BASIS, Fact.DATE_OF_BIRTH, Fact.PERMIT_GRANTED_ON, Fact.SETTLED, Fact.SETTLED_ON}
    asked |= {Fact.SETTLED_BY_AGREEMENT}
    answers = {k: v for k, v in REFUGEE.items() if Fact(k) in asked}
    assert walk(answers, asked, ON).next is Fact.CLAIM_MADE
    result = answer(answers, asked, Fact.CLAIM_MADE, {"in_programme": True}, ON)
    assert result.path.complete
    assert result.answers["in_programme"] is True
    dated = answer(
        answers, asked, Fact.CLAIM_MADE, {"claim_made": True, "claim_made_on": date(2026, 5, 2)}, ON
    )
    assert dated.answers["claim_made_on"] == date(2026, 5, 2)
    assert dated.path.next is Fact.DECLINED_OR_DROPPED_OUT


def test_a_far_future_settlement_date_is_refused_not_raised() -> None:
    """C13: 31.12.9999 (an "open-ended" placeholder) is a date in the future, never computed with."""
    asked = {Fact.PERMIT_BASIS, Fact.DATE_OF_BIRTH, Fact.PERMIT_GRANTED_ON, Fact.SETTLED}
    answers = {k: v for k, v in REFUGEE.items() if Fact(k) in asked}
    result = answer(answers, asked, Fact.SETTLED_ON, date(9999, 12, 31), ON)
    assert [(p.field, p.code) for p in result.problems] == [("settled_on", "date_in_future")]


def test_an_answer_takes_over_the_earlier_walk_up_to_its_question_and_gets_the_same_path() -> None:
    """Continue reuses what the rules needed before the answered question (a step costs less); the
    path must be exactly the one a walk from scratch gives, for a first answer and for a change."""
    changes = [(Fact(name), value) for name, value in REFUGEE.items()]
    changes += [
        (Fact.SETTLED_ON, date(2024, 1, 10)),  # a change from the check page: the two years have passed
        (Fact.PERMIT_BASIS, "family_immigration"),  # opens the reference person's questions
        (Fact.REFERENCE_PERSON_BASIS, "refugee"),
        (Fact.DATE_OF_BIRTH, None),  # "I don't know"
    ]
    answers: dict[str, object] = {}
    asked: frozenset[Fact] = frozenset()
    earlier = walk(answers, asked, ON)
    for fact, value in changes:
        reused = answer(answers, asked, fact, value, ON, earlier=earlier)
        fresh = answer(answers, asked, fact, value, ON)
        assert (reused.path, reused.path.needed) == (fresh.path, fresh.path.needed), fact
        assert (reused.answers, reused.asked, reused.problems) == (fresh.answers, fresh.asked, fresh.problems)
        answers, asked, earlier = reused.answers, reused.asked, reused.path
    assert Fact.REFERENCE_PERSON_BASIS in earlier.asked  # the change of basis was followed


def test_answering_the_last_question_asks_the_rules_only_about_the_places_after_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    last = Fact.WORKS_30_HOURS_OR_MORE
    before_last = {name: value for name, value in REFUGEE.items() if name != last.value}
    earlier = walk(before_last, ASKED - {last}, ON)
    assert earlier.next is last
    calls: list[object] = []
    monkeypatch.setattr(flow, "needed_facts", lambda *args: calls.append(args) or needed_facts(*args))
    result = answer(before_last, ASKED - {last}, last, False, ON, earlier=earlier)
    assert result.path.complete
    assert len(calls) == 1  # only the place after the last question; a walk from scratch: 10
    calls.clear()
    answer(before_last, ASKED - {last}, last, False, ON)
    assert len(calls) == len(result.path.asked) + 1
