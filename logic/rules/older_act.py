"""Integreringsforskriften § 72 with integreringsloven § 52: the older introduksjonsloven applies (C12).

If the permit was granted and the person arrived in Norway before 1 January 2021, the older act
applies: this tool does not assess it and points to the municipality.
"""

from __future__ import annotations

from datetime import date

from logic.codes import Condition, Fact, Reason
from logic.context import Context
from logic.findings import YesNo, only
from logic.law import OLDER_ACT_TRANSITION
from logic.models import Finding
from logic.parameters import OLDER_ACT_BEFORE


def possible_for_permit(ctx: Context, permit: date) -> frozenset[bool]:
    """Whether the older act applies, for one possible permit date."""
    cutoff = OLDER_ACT_BEFORE.at(ctx.on)
    if permit >= cutoff:  # both the permit and the arrival must be before the cut-off
        return frozenset({False})
    earliest, latest = ctx.arrival_range
    return frozenset({earliest < cutoff, latest < cutoff})


NEW_ACT = YesNo(
    Condition.INTEGRATION_ACT_APPLIES,
    OLDER_ACT_TRANSITION,
    (Reason.NEW_ACT_APPLIES, Reason.OLDER_ACT_APPLIES, Reason.OLDER_ACT_UNKNOWN),
)


def finding(ctx: Context, values: frozenset[bool]) -> Finding:
    """The Integration Act of 2021 applies (not the older introduksjonsloven)."""
    older = only(values)
    if older is not None:
        return NEW_ACT.finding(not older)
    return NEW_ACT.finding(None, ctx.unknown(Fact.PERMIT_GRANTED_ON, Fact.ARRIVED_IN_NORWAY_ON))
