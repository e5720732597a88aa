"""Integreringsloven § 8 (1) first and second sentences: aged 18–55 on the permit date (R2, C1, C2).

Not at settlement, not today: the age on the date of the permit decision (vedtaksdato). 18 and 55
are both inside; a person who turns 56 on the permit date is over 55 and may be offered the
programme (§ 8 (3), K1). LOV-2025-06-20-35 raises the limit to 60 from a date the King has not yet
set (C19): ages 56–60 get a caveat, not another outcome.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from logic.calendar import age_on, anniversary
from logic.codes import Condition, Fact, Reason, Status
from logic.context import Context
from logic.law import SECTION_8_AGE
from logic.models import Finding, make_finding
from logic.parameters import MAXIMUM_AGE, MINIMUM_AGE


class AgeBand(StrEnum):
    """Where the age on the permit date falls relative to the limits of § 8."""

    UNDER = "under"
    WITHIN = "within"
    OVER = "over"


ALL_BANDS = frozenset(AgeBand)


def band(born: date, permit: date, on: date) -> AgeBand:
    """The age band on the permit date; `on` picks the limits in force."""
    age = age_on(born, permit)  # C1: completed years
    if age < MINIMUM_AGE.at(on):  # 18 included
        return AgeBand.UNDER
    if age > MAXIMUM_AGE.at(on):  # 55 included; 56 and above is over 55 (§ 8 (3), K1)
        return AgeBand.OVER
    return AgeBand.WITHIN


def breakpoints(born: date, on: date) -> tuple[date, ...]:
    """The first days of a new age band: the 18th and the 56th birthday (C1)."""
    return (anniversary(born, MINIMUM_AGE.at(on)), anniversary(born, MAXIMUM_AGE.at(on) + 1))


def age_at_permit(ctx: Context) -> int | None:
    """The age in completed years on the permit date, where both dates are known."""
    a = ctx.answers
    if a.date_of_birth is None or a.permit_granted_on is None:
        return None
    return age_on(a.date_of_birth, a.permit_granted_on)


LAW = SECTION_8_AGE
REASON_OF_BAND = {
    AgeBand.UNDER: Reason.AGE_UNDER_LIMIT,
    AgeBand.WITHIN: Reason.AGE_WITHIN_LIMITS,
    AgeBand.OVER: Reason.AGE_OVER_LIMIT,
}


FINDING_OF_BAND = {
    band_: make_finding(
        Condition.AGE_AT_PERMIT,
        Status.MET if band_ is AgeBand.WITHIN else Status.NOT_MET,
        REASON_OF_BAND[band_],
        LAW,
    )
    for band_ in AgeBand
}


def finding(ctx: Context, bands: frozenset[AgeBand]) -> Finding:
    """Aged 18–55 on the date the permit was granted."""
    if len(bands) > 1:
        missing = ctx.unknown(Fact.DATE_OF_BIRTH, Fact.PERMIT_GRANTED_ON)
        return make_finding(Condition.AGE_AT_PERMIT, Status.UNKNOWN, Reason.AGE_UNKNOWN, LAW, missing)
    (band_,) = bands
    return FINDING_OF_BAND[band_]
