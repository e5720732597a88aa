"""The dates and figures that decided an assessment (`KeyDates`): each computed in one place."""

from __future__ import annotations

from datetime import date

from logic.codes import Outcome
from logic.context import Context
from logic.deadlines import after_claim, after_settlement, latest_start
from logic.decision import Possibilities, explore
from logic.models import KeyDates, PermitBasis
from logic.parameters import RIGHT_WITHOUT_DUTY_ENDED_ON
from logic.rules import reference_person, two_years, work
from logic.rules.age import age_at_permit

_FAMILY_FACTS_ASKED = frozenset({PermitBasis.FAMILY_IMMIGRATION, PermitBasis.INDEPENDENT})


def key_dates(ctx: Context, p: Possibilities, outcome: Outcome, *, discretionary: bool) -> KeyDates:
    """The key dates of an assessment with this outcome; `discretionary`: the rules reached § 8 (3)."""
    if outcome is Outcome.ALREADY_IN_PROGRAMME:
        return KeyDates()  # § 9 (3): nothing else decides
    a = ctx.answers
    # § 8 (3) second sentence counts from the first settlement; § 8 (1) from the § 9 permit (C3, C15).
    start = two_years.start(ctx, discretionary=discretionary)
    anniversary = None if start is None else two_years.end_date(ctx, start)
    from_settlement = after_settlement(ctx)
    from_claim = after_claim(ctx)
    return KeyDates(
        age_at_permit=age_at_permit(ctx),
        two_years_counted_from=start,
        two_year_anniversary=anniversary,
        two_years_counted_until=None if a.settled_on is None else two_years.counted_until(ctx),
        latest_start=latest_start(from_settlement, from_claim),
        latest_start_after_settlement=from_settlement,
        latest_start_after_claim=from_claim,
        reference_person_five_year_anniversary=(
            reference_person.five_year_anniversary(ctx) if a.permit_basis in _FAMILY_FACTS_ASKED else None
        ),
        temporary_rules_ended_on=(
            RIGHT_WITHOUT_DUTY_ENDED_ON
            if a.permit_basis is PermitBasis.COLLECTIVE_PROTECTION and ctx.on > RIGHT_WITHOUT_DUTY_ENDED_ON
            else None
        ),
        right_returns_if_work_ends_before=(anniversary if _barred_by_work(ctx, p, outcome) else None),
    )


# Dates that are the first day something no longer holds ("less than two years" ends on the
# anniversary itself): passed on that very day. Other dates (deadlines) pass the day after.
_FIRST_DAY_AFTER = frozenset(
    {"two_year_anniversary", "right_returns_if_work_ends_before", "reference_person_five_year_anniversary"}
)
_NOT_A_DAY = frozenset({"age_at_permit", "two_years_counted_from", "two_years_counted_until"})  # no deadlines


def passed(dates: KeyDates, on: date) -> tuple[str, ...]:
    """The key dates that have passed on the assessment date, by name: the result says of each date
    whether it is ahead or has passed (a deadline that has passed is never shown as if ahead)."""
    gone = []
    for name, value in dates.__dict__.items():  # the fields, without pydantic's iteration
        if value is None or name in _NOT_A_DAY:
            continue
        if value < on or (value == on and name in _FIRST_DAY_AFTER):
            gone.append(name)
    return tuple(gone)


def _barred_by_work(ctx: Context, p: Possibilities, outcome: Outcome) -> bool:
    """§ 8 (4): the work alone stands between the person and the right and duty (C14)."""
    if outcome is not Outcome.NOT_ENTITLED or not work.in_force(ctx.on) or p.works_30_hours != {True}:
        return False
    without_work = explore(p.replace(works_30_hours=frozenset({False})))
    return without_work.outcomes == {Outcome.RIGHT_AND_DUTY}
