"""Properties of the rules engine that must hold for every answer, not only for the cases we wrote.

- `assess` never raises on answers that pass validation, and refuses the others with `InvalidAnswers`;
- it is deterministic;
- C11: resolving an unknown answer to any plausible value leaves open only outcomes that were open
  before; when the unknown did not block the outcome, every plausible value gives that outcome;
- C17: a person in the programme is `already_in_programme` whatever else is answered;
- C13: `needed_facts` (what the wizard asks next) never raises, even on answers `validate` refuses,
  such as a settlement on 31.12.9999.
"""

from datetime import date, timedelta

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from logic import (
    Answers,
    InvalidAnswers,
    Outcome,
    PermitBasis,
    ReferencePersonBasis,
    assess,
    needed_facts,
    validate,
)
from logic.codes import Fact
from logic.validation import LAST_ASSESSMENT_DATE

EARLIEST_ON = date(2021, 1, 1)
LATEST_ON = LAST_ASSESSMENT_DATE

dates = st.dates(min_value=date(1940, 1, 1), max_value=LATEST_ON)
recent = st.dates(min_value=date(2018, 1, 1), max_value=LATEST_ON)
maybe_bool = st.none() | st.booleans()

answers_strategy = st.builds(
    Answers,
    date_of_birth=st.none() | dates,
    permit_basis=st.none() | st.sampled_from(PermitBasis),
    permit_granted_on=st.none() | recent,
    arrived_in_norway_on=st.none() | recent,
    independent_after_death_of_reference_person=maybe_bool,
    reference_person_basis=st.none() | st.sampled_from(ReferencePersonBasis),
    reference_person_settled_at_application=maybe_bool,
    reference_person_settled_on=st.none() | recent,
    family_application_on=st.none() | recent,
    settled=maybe_bool,
    settled_on=st.none() | recent,
    settled_by_agreement=maybe_bool,
    earlier_family_permit=maybe_bool,
    claim_made=maybe_bool,
    claim_made_on=st.none() | recent,
    in_programme=st.none() | st.just(False),
    declined_or_dropped_out=maybe_bool,
    works_30_hours_or_more=maybe_bool,
    near_full_time_work=maybe_bool,
)
on_strategy = st.dates(min_value=EARLIEST_ON, max_value=LATEST_ON)


@given(answers=answers_strategy, on=on_strategy)
def test_assess_never_raises_on_valid_answers_and_refuses_invalid_ones(answers: Answers, on: date) -> None:
    problems = validate(answers, on)
    if problems:
        with pytest.raises(InvalidAnswers) as raised:
            assess(answers, on)
        assert raised.value.problems == problems
        return
    result = assess(answers, on)
    assert result.outcome in Outcome
    assert result.outcome in result.possible_outcomes or result.outcome is Outcome.NEEDS_MORE_INFORMATION
    # C11: facts are named as missing only when they keep the outcome open.
    if result.missing:
        assert result.outcome is Outcome.NEEDS_MORE_INFORMATION
        assert len(result.possible_outcomes) > 1


@given(answers=answers_strategy, on=on_strategy)
def test_assess_is_deterministic(answers: Answers, on: date) -> None:
    assume(not validate(answers, on))
    assert assess(answers, on) == assess(Answers.model_validate(answers.model_dump()), on)


def _plausible_values(answers: Answers, on: date, fact: Fact) -> st.SearchStrategy[object] | None:
    """Values an unknown answer can take within the plausible ranges of C11 (None: there are none).

    Dates keep their order: family-reunification application, permit, settlement, claim; a § 53
    holder was settled before the permit (with the basis unknown, either order is plausible).
    """
    if fact is Fact.PERMIT_BASIS:
        return st.sampled_from(PermitBasis)
    if fact is Fact.REFERENCE_PERSON_BASIS:
        return st.sampled_from(ReferencePersonBasis)
    if fact is Fact.DATE_OF_BIRTH:
        return st.dates(min_value=date(1930, 1, 1), max_value=answers.permit_granted_on or on)
    independent = answers.permit_basis in {PermitBasis.INDEPENDENT, None}
    if fact is Fact.PERMIT_GRANTED_ON:
        floors = (EARLIEST_ON, answers.date_of_birth, answers.family_application_on)
        low = max(d for d in floors if d is not None)
        high = on if independent else (answers.settled_on or on)
    elif fact is Fact.SETTLED_ON:
        high = answers.claim_made_on or on
        if independent:
            low = answers.date_of_birth or date(1930, 1, 1)
        else:
            floors = (EARLIEST_ON, answers.permit_granted_on, answers.family_application_on)
            low = max(d for d in floors if d is not None)
    elif fact in {Fact.REFERENCE_PERSON_SETTLED_ON, Fact.FAMILY_APPLICATION_ON, Fact.ARRIVED_IN_NORWAY_ON}:
        low, high = date(1990, 1, 1), answers.permit_granted_on or on
    else:
        return st.booleans()
    return st.dates(min_value=low, max_value=high) if low <= high else None


def _in_order(answers: Answers) -> bool:
    """The person's dates come in the order of the process (see `_plausible_values`)."""
    chain = [answers.family_application_on, answers.permit_granted_on]
    if answers.permit_basis is not PermitBasis.INDEPENDENT:
        chain += [answers.settled_on, answers.claim_made_on]
    known = [d for d in chain if d is not None]
    return known == sorted(known)


@given(answers=answers_strategy, on=on_strategy, data=st.data())
def test_resolving_an_unknown_never_gives_an_outcome_outside_those_it_left_open(
    answers: Answers, on: date, data: st.DataObject
) -> None:
    assume(not validate(answers, on))
    before = assess(answers, on)
    unknown = list(needed_facts(answers, on))
    assume(unknown)
    fact = data.draw(st.sampled_from(unknown))
    values = _plausible_values(answers, on, fact)
    assume(values is not None)
    assert values is not None
    value = data.draw(values)
    resolved = answers.model_copy(update={str(fact): value})
    resolved = Answers.model_validate(resolved.model_dump())
    assume(not validate(resolved, on) and _in_order(resolved))
    after = assess(resolved, on)
    assert set(after.possible_outcomes) <= set(before.possible_outcomes)
    if before.outcome is not Outcome.NEEDS_MORE_INFORMATION:
        # The unknown did not matter (C11): no plausible value may change the outcome.
        assert after.outcome is before.outcome


def test_an_unknown_date_of_birth_for_someone_otherwise_entitled_blocks_the_outcome() -> None:
    """§ 8 (1) with C11: the age on the permit date decides between three outcomes."""
    on = date(2026, 11, 29)
    answers = Answers(
        permit_basis="refugee",
        permit_granted_on=on - timedelta(days=200),
        settled_on=on - timedelta(days=100),
        settled_by_agreement=True,
        declined_or_dropped_out=False,
        works_30_hours_or_more=False,
    )
    result = assess(answers, on)
    assert result.outcome is Outcome.NEEDS_MORE_INFORMATION
    assert result.missing == (Fact.DATE_OF_BIRTH,)


@given(answers=answers_strategy, on=on_strategy)
def test_a_person_in_the_programme_is_already_in_it_whatever_else_is_answered(
    answers: Answers, on: date
) -> None:
    """§ 9 (3), C17."""
    assume(not validate(answers, on))
    result = assess(answers.model_copy(update={"in_programme": True}), on)
    assert result.outcome is Outcome.ALREADY_IN_PROGRAMME
    assert result.missing == ()


far_dates = st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31))
any_answers = st.builds(
    Answers,
    date_of_birth=st.none() | far_dates,
    permit_basis=st.none() | st.sampled_from(PermitBasis),
    permit_granted_on=st.none() | far_dates,
    reference_person_basis=st.none() | st.sampled_from(ReferencePersonBasis),
    reference_person_settled_at_application=maybe_bool,
    reference_person_settled_on=st.none() | far_dates,
    family_application_on=st.none() | far_dates,
    settled=maybe_bool,
    settled_on=st.none() | far_dates,
    settled_by_agreement=maybe_bool,
    claim_made=maybe_bool,
    claim_made_on=st.none() | far_dates,
)


@given(answers=any_answers, on=on_strategy)
def test_what_to_ask_next_never_raises_whatever_was_typed(answers: Answers, on: date) -> None:
    """C13: a date the calendar arithmetic cannot carry (31.12.9999 plus two years) is refused by
    `validate`, never raised: the wizard computes its next question before it shows the refusal."""
    facts = needed_facts(answers, on)
    assert all(isinstance(fact, Fact) for fact in facts)
