"""Integreringsforskriften § 72: the older introduksjonsloven still applies (C12).

If the permit was granted and the person arrived in Norway before 1 January 2021, the older act
applies: this tool does not assess it and points to the municipality.
"""

from __future__ import annotations

from datetime import date

from logic.codes import Condition, Fact, Reason, Status
from logic.law import REGULATIONS_72_OLDER_ACT
from logic.models import Finding, make_finding
from logic.parameters import OLDER_ACT_BEFORE
from logic.rules.context import Context


def possible_for_permit(ctx: Context, permit: date) -> frozenset[bool]:
    """Whether the older act applies, for one possible permit date."""
    cutoff = OLDER_ACT_BEFORE.at(ctx.on)
    if permit >= cutoff:  # § 72: both the permit and the arrival must be before the cutoff
        return frozenset({False})
    earliest, latest = ctx.arrival_range
    return frozenset({earliest < cutoff, latest < cutoff})


def finding(ctx: Context, values: frozenset[bool]) -> Finding:
    """The Integration Act of 2021 applies (not the older introduksjonsloven)."""
    a = ctx.answers
    if len(values) > 1:
        missing = tuple(
            fact
            for fact, value in (
                (Fact.PERMIT_GRANTED_ON, a.permit_granted_on),
                (Fact.ARRIVED_IN_NORWAY_ON, a.arrived_in_norway_on),
            )
            if value is None
        )
        return make_finding(
            condition=Condition.INTEGRATION_ACT_APPLIES,
            status=Status.UNKNOWN,
            reason=Reason.OLDER_ACT_UNKNOWN,
            law=REGULATIONS_72_OLDER_ACT,
            missing=missing,
        )
    older = True in values
    return make_finding(
        condition=Condition.INTEGRATION_ACT_APPLIES,
        status=Status.NOT_MET if older else Status.MET,
        reason=Reason.OLDER_ACT_APPLIES if older else Reason.NEW_ACT_APPLIES,
        law=REGULATIONS_72_OLDER_ACT,
    )
