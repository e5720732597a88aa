"""Answers that cannot be true, and dates the rules cannot speak for: refused with stable error codes,
never with the values typed (C13)."""

from __future__ import annotations

from datetime import date

from logic.amendments import LAW_CHECKED_ON
from logic.calendar import anniversary
from logic.codes import ErrorCode, Fact
from logic.context import EARLIEST_DATE
from logic.models import Answers, Problem
from logic.parameters import INTEGRATION_ACT_IN_FORCE, REFUSED_AFTER_YEARS

DATE_FACTS = (
    Fact.DATE_OF_BIRTH,
    Fact.REFERENCE_PERSON_SETTLED_ON,
    Fact.FAMILY_APPLICATION_ON,
    Fact.PERMIT_GRANTED_ON,
    Fact.ARRIVED_IN_NORWAY_ON,
    Fact.SETTLED_ON,
    Fact.CLAIM_MADE_ON,
)
# The person's own events cannot come before their birth.
AFTER_BIRTH = (
    Fact.FAMILY_APPLICATION_ON,
    Fact.PERMIT_GRANTED_ON,
    Fact.ARRIVED_IN_NORWAY_ON,
    Fact.SETTLED_ON,
    Fact.CLAIM_MADE_ON,
)
# The same, as the plain names of the fields (an attribute looked up by a plain string is faster).
_DATE_FIELDS = tuple(str(fact) for fact in DATE_FACTS)
_AFTER_BIRTH_FIELDS = tuple(str(fact) for fact in AFTER_BIRTH)
ASSESSED_ON = "assessed_on"
# C13, C20: the last assessment date the rules speak for. Every date an answer may hold is at most
# the assessment date, so every date the rules compute from it (five years on at most) exists.
LAST_ASSESSMENT_DATE = anniversary(LAW_CHECKED_ON, REFUSED_AFTER_YEARS)


def assessment_date_problem(on: date) -> ErrorCode | None:
    """Why the rules cannot assess on `on`, or None (C13)."""
    if on < INTEGRATION_ACT_IN_FORCE:  # the rules cover the Integration Act from 2021
        return ErrorCode.ASSESSMENT_BEFORE_ACT
    if on > LAST_ASSESSMENT_DATE:  # more than five years after the rules were checked (C20)
        return ErrorCode.ASSESSMENT_BEYOND_RULES
    return None


def validate(answers: Answers, on: date) -> tuple[Problem, ...]:
    """Every problem with the answers, at most one per field, in the order the questions come."""
    problems: dict[str, ErrorCode] = {}

    def add(field: str, code: ErrorCode) -> None:
        problems.setdefault(field, code)

    refused_date = assessment_date_problem(on)
    if refused_date is not None:
        add(ASSESSED_ON, refused_date)
    for fact in _DATE_FIELDS:
        value: date | None = getattr(answers, fact)
        if value is None:
            continue
        if value > on:
            add(fact, ErrorCode.DATE_IN_FUTURE)
        elif value < EARLIEST_DATE:
            add(fact, ErrorCode.DATE_TOO_EARLY)
    born = answers.date_of_birth
    if born is not None:
        for fact in _AFTER_BIRTH_FIELDS:
            value = getattr(answers, fact)
            if value is not None and value < born:
                add(fact, ErrorCode.BEFORE_DATE_OF_BIRTH)
    applied, granted = answers.family_application_on, answers.permit_granted_on
    if applied is not None and granted is not None and applied > granted:
        add(Fact.FAMILY_APPLICATION_ON, ErrorCode.APPLICATION_AFTER_PERMIT)
    reference_settled = answers.reference_person_settled_on
    if (
        answers.reference_person_settled_at_application is True
        and reference_settled is not None
        and applied is not None
        and reference_settled > applied
    ):
        add(Fact.REFERENCE_PERSON_SETTLED_ON, ErrorCode.REFERENCE_SETTLED_AFTER_APPLICATION)
    if answers.settled is False:
        if answers.settled_on is not None:
            add(Fact.SETTLED_ON, ErrorCode.CONTRADICTS_NOT_SETTLED)
        if answers.settled_by_agreement is True:
            add(Fact.SETTLED_BY_AGREEMENT, ErrorCode.CONTRADICTS_NOT_SETTLED)
    if answers.claim_made is False and answers.claim_made_on is not None:
        add(Fact.CLAIM_MADE_ON, ErrorCode.CONTRADICTS_NO_CLAIM)  # a date says the person asked
    if not problems:
        return ()
    return tuple(
        Problem(field=field, code=problems[field])
        for field in sorted(problems, key=lambda f: _ORDER.index(f) if f in _ORDER else len(_ORDER))
    )


_ORDER = [*_DATE_FIELDS, str(Fact.SETTLED_BY_AGREEMENT), ASSESSED_ON]
