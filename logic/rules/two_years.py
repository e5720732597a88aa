"""Integreringsloven § 8: lived in a Norwegian municipality for less than two years (R4, C3).

Counted from the first settlement in a municipality (time in a reception centre does not count) to
the date of the claim if the person has asked the municipality, otherwise to the assessment date.
Holds while that date is before the second anniversary; exactly two years is not "less than".
An anniversary of 29 February falls on 1 March.
"""

from __future__ import annotations

from datetime import date

from logic.calendar import add_months, anniversary
from logic.codes import Condition, Fact, Reason, Status
from logic.law import SECTION_8
from logic.models import Finding, make_finding
from logic.parameters import CLAIM_WARNING_MONTHS, SETTLEMENT_YEARS
from logic.rules.context import ONLY, Context
from logic.rules.findings import only, yes_no


def end_date(ctx: Context, settled_on: date) -> date:
    """The second anniversary of the first settlement: the first day that is not "less than"."""
    return anniversary(settled_on, SETTLEMENT_YEARS.at(ctx.on))


def counted_until(ctx: Context) -> date:
    """The day the two years are measured to: the claim date, or else the assessment date (C3)."""
    return ctx.answers.claim_made_on or ctx.on


def possible(ctx: Context) -> frozenset[bool]:
    """Whether the person has lived in a municipality for less than two years."""
    if ctx.settled_known is False:
        return ONLY[True]  # not yet settled: the two years have not started
    until = counted_until(ctx)
    settled_on = ctx.answers.settled_on
    if settled_on is not None:
        return ONLY[until < end_date(ctx, settled_on)]
    earliest, latest = ctx.settlement_range  # C11: the plausible range of the unknown date
    return frozenset({until < end_date(ctx, earliest), until < end_date(ctx, latest)})


def claim_now(ctx: Context) -> bool:
    """C3: the two years run out in less than three months and no claim has been made yet."""
    a = ctx.answers
    if a.settled_on is None or a.claim_made_on is not None:
        return False
    end = end_date(ctx, a.settled_on)
    return ctx.on < end < add_months(ctx.on, CLAIM_WARNING_MONTHS.at(ctx.on))


def finding(ctx: Context, values: frozenset[bool]) -> Finding:
    """Has lived in a Norwegian municipality for less than two years (`values`: from `possible`)."""
    if ctx.settled_known is False:  # not yet settled: the two years have not started
        return make_finding(Condition.WITHIN_TWO_YEARS, Status.MET, Reason.TWO_YEARS_NOT_STARTED, SECTION_8)
    return yes_no(
        Condition.WITHIN_TWO_YEARS,
        SECTION_8,
        only(values),
        (Reason.WITHIN_TWO_YEARS, Reason.TWO_YEARS_PASSED, Reason.SETTLEMENT_DATE_UNKNOWN),
        (Fact.SETTLED_ON,),
    )
