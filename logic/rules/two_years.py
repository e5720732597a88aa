"""Integreringsloven § 8 (1) third sentence and § 8 (3) second sentence: less than two years (R4, C3, C15).

For the right and duty the person must have lived in a municipality *with a permit listed in § 9* for
less than two years: counted from the later of the first settlement and the permit (C3), except that a
§ 53 holder whose earlier family permit was itself under letter f counts from the first settlement
(C15). For the groups the municipality may offer the programme (§ 8 (3)) the two years run from the
first settlement on any permit. Time in a reception centre does not count.

Counted until the day the person asked the municipality for the programme, otherwise until the
assessment date (C3: our reading of "when the § 12 decision is made"). Holds while that day is before
the second anniversary; exactly two years is not "less than"; an anniversary of 29 February falls on
1 March. A claim that is not known may have been made on any day from the settlement to the assessment
date, or not at all (C11).
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from logic.calendar import add_months, anniversary
from logic.codes import Condition, Fact, Reason, Status
from logic.context import Context
from logic.findings import only
from logic.law import SECTION_8_DISCRETIONARY_TWO_YEARS, SECTION_8_TWO_YEARS, LawRef
from logic.models import Finding, PermitBasis, make_finding
from logic.parameters import CLAIM_WARNING_MONTHS, SETTLEMENT_YEARS
from logic.rules.reference_person import (
    possible_earlier_letter_f,
    possible_listed,
    possible_under_five_years,
)

# (less than two years with a § 9 permit: § 8 (1); less than two years since the first settlement:
# § 8 (3)). The first implies nothing about the second only when the permit came after the settlement.
TwoYears = tuple[bool, bool]
LISTED, ANY_PERMIT = 0, 1
NOT_STARTED: frozenset[TwoYears] = frozenset({(True, True)})


def end_date(ctx: Context, start: date) -> date:
    """The second anniversary of `start`: the first day that is not "less than two years"."""
    return anniversary(start, SETTLEMENT_YEARS.at(ctx.on))


def counted_until(ctx: Context) -> date:
    """The day the two years are measured to: the claim date, or else the assessment date (C3)."""
    return ctx.answers.claim_made_on or ctx.on


def listed_start(settled: date, permit: date | None, earlier_letter_f: bool) -> date:
    """C3: the later of the first settlement and the § 9 permit; C15: the settlement for a § 53 holder
    whose earlier family permit was under letter f."""
    if earlier_letter_f or permit is None:
        return settled
    return max(settled, permit)


def counted_from(ctx: Context) -> date | None:
    """The first day of the two years of § 8 (1), where the answers tell it."""
    a = ctx.answers
    if a.settled_on is None:
        return None
    if a.permit_basis is PermitBasis.INDEPENDENT:
        earlier = possible_earlier_letter_f(ctx)
        if earlier == {True}:
            return a.settled_on
        if earlier != {False} or a.permit_granted_on is None:
            return None
    return listed_start(a.settled_on, a.permit_granted_on, False)


_NOT_EARLIER = frozenset({False})


def _earlier_letter_f(ctx: Context) -> frozenset[bool]:
    if ctx.answers.permit_basis is PermitBasis.INDEPENDENT:
        return possible_earlier_letter_f(ctx)
    return _NOT_EARLIER


def _permits(ctx: Context, settled: date) -> tuple[date, ...]:
    """The permit dates to try with one settlement date (C11: the permit's order to the settlement)."""
    known = ctx.answers.permit_granted_on
    if known is not None:
        return (known,)
    low, high = ctx.permit_range
    if ctx.settles_before_permit is False:  # the permit came first: it cannot move the start
        return (min(low, settled),)
    if ctx.settles_before_permit is True:  # a § 53 permit follows the first settlement
        return tuple({max(low, settled), max(high, settled)})
    return (low, high)


def _counted(ctx: Context, with_permit: date, since_settlement: date) -> tuple[TwoYears, ...]:
    """Both senses of "less than two years" on the days the two years may be counted to (C3, C11).

    Known: the claim date, or the assessment date when the person has not asked. Unknown: the claim
    may have been made on any day from the settlement to today, or not at all (then today counts).
    Over those days the answer changes only on the two anniversaries, and never before the earlier
    one (`since_settlement`), so these are all the pairs any such day gives.
    """
    if ctx.claimed is False or ctx.answers.claim_made_on is not None:
        until = counted_until(ctx)
        return ((until < with_permit, until < since_settlement),)
    pairs: tuple[TwoYears, ...] = ((True, True),)  # the settlement day itself
    if since_settlement <= ctx.on and since_settlement < with_permit:
        pairs += ((True, False),)  # from the first anniversary, before the other
    if with_permit <= ctx.on:
        pairs += ((False, False),)  # from the later anniversary
    return pairs


def possible(ctx: Context) -> frozenset[TwoYears]:
    """Whether the person has lived in a municipality for less than two years, in both senses."""
    if ctx.settled_known is False:
        return NOT_STARTED  # not yet settled: the two years have not started
    a = ctx.answers
    if a.settled_on is not None:
        settlements: tuple[date, ...] = (a.settled_on,)
    else:
        settlements = tuple(set(ctx.settlement_range))  # C11: the plausible range of the unknown date
    found: set[TwoYears] = set()
    for settled in settlements:
        since_settlement = end_date(ctx, settled)
        for permit in _permits(ctx, settled):
            for earlier in _earlier_letter_f(ctx):
                first_day = listed_start(settled, permit, earlier)  # never before the settlement
                with_permit = since_settlement if first_day == settled else end_date(ctx, first_day)
                found.update(_counted(ctx, with_permit, since_settlement))
    return frozenset(found)


def start(ctx: Context, *, discretionary: bool) -> date | None:
    """The first day of the two years that apply: § 8 (3) second sentence counts from the first
    settlement on any permit (K1–K3), § 8 (1) from the § 9 permit (C3, C15)."""
    return ctx.answers.settled_on if discretionary else counted_from(ctx)


def start_sources(ctx: Context) -> tuple[Fact, ...]:
    """The answers that can still move the start of the § 8 (1) two years; for a § 53 holder (C15):
    the § 53 permit date, unless the earlier family permit is known to have been under letter f (then
    the first settlement decides), and the reference person's answers while that is not known."""
    basis = ctx.answers.permit_basis
    if basis is None:
        return (Fact.PERMIT_GRANTED_ON,)  # C3: the permit may have come after the settlement
    if basis is not PermitBasis.INDEPENDENT:
        return ()  # C3: the permit came before the settlement, so the settlement decides
    listed = possible_listed(ctx)
    under_five = possible_under_five_years(ctx)
    earlier = possible_earlier_letter_f(ctx)
    if earlier == {True}:
        return ()
    facts: tuple[Fact, ...] = (Fact.PERMIT_GRANTED_ON,)
    if len(earlier) > 1 and len(listed) > 1:
        facts += (Fact.REFERENCE_PERSON_BASIS,)
    if len(earlier) > 1 and len(under_five) > 1:
        facts += (
            Fact.REFERENCE_PERSON_SETTLED_AT_APPLICATION,
            Fact.REFERENCE_PERSON_SETTLED_ON,
            Fact.FAMILY_APPLICATION_ON,
        )
    return facts


def claim_now(ctx: Context, *, discretionary: bool) -> bool:
    """C3: the two years that apply run out in less than three months and the person has not asked yet."""
    start_ = start(ctx, discretionary=discretionary)
    if start_ is None or ctx.claimed is True:
        return False
    end = end_date(ctx, start_)
    return ctx.on < end < add_months(ctx.on, CLAIM_WARNING_MONTHS.at(ctx.on))


def _claim_unknown(ctx: Context) -> tuple[Fact, ...]:
    if ctx.claimed is None:
        return (Fact.CLAIM_MADE,)
    if ctx.claimed and ctx.answers.claim_made_on is None:
        return (Fact.CLAIM_MADE_ON,)
    return ()


@lru_cache(maxsize=64)  # few distinct sets of values
def _in_sense(values: frozenset[TwoYears], sense: int) -> frozenset[bool]:
    """The possible values of one of the two senses (LISTED or ANY_PERMIT)."""
    return frozenset(v[sense] for v in values)


def law(*, discretionary: bool) -> LawRef:
    """Where the two years that apply are: § 8 (3) second sentence for K1–K3, else § 8 (1) third."""
    return SECTION_8_DISCRETIONARY_TWO_YEARS if discretionary else SECTION_8_TWO_YEARS


def finding(ctx: Context, values: frozenset[TwoYears], discretionary: bool) -> Finding:
    """Less than two years in a municipality: with a § 9 permit (§ 8 (1)), or at all (§ 8 (3))."""
    condition = Condition.WITHIN_TWO_YEARS
    law_ = law(discretionary=discretionary)
    if ctx.settled_known is False:  # not yet settled: the two years have not started
        return make_finding(condition, Status.MET, Reason.TWO_YEARS_NOT_STARTED, law_)
    holds = only(_in_sense(values, ANY_PERMIT if discretionary else LISTED))
    a = ctx.answers
    if holds is None:
        if a.settled_on is None:
            return make_finding(
                condition, Status.UNKNOWN, Reason.SETTLEMENT_DATE_UNKNOWN, law_, (Fact.SETTLED_ON,)
            )
        claim = _claim_unknown(ctx)
        if claim:
            return make_finding(condition, Status.UNKNOWN, Reason.TWO_YEARS_PASSED_CLAIM_UNKNOWN, law_, claim)
        start_facts = ctx.unknown(*start_sources(ctx))
        return make_finding(condition, Status.UNKNOWN, Reason.TWO_YEARS_START_UNKNOWN, law_, start_facts)
    if not holds:
        return make_finding(condition, Status.NOT_MET, Reason.TWO_YEARS_PASSED, law_)
    first_day = counted_from(ctx)
    from_permit = (
        not discretionary and first_day is not None and a.settled_on is not None and first_day > a.settled_on
    )
    reason = Reason.WITHIN_TWO_YEARS_OF_PERMIT if from_permit else Reason.WITHIN_TWO_YEARS
    return make_finding(condition, Status.MET, reason, law_)
