"""Integreringsloven § 3 (3): the municipality's duty lapses for those who decline or drop out (R5, C8).

The municipality's duty to provide the programme does not apply to a person who has declined it or
dropped out. The result tells the person to talk to the municipality anyway.
"""

from __future__ import annotations

from logic.codes import Condition, Fact, Reason
from logic.context import Context, known_or_both
from logic.findings import YesNo
from logic.law import SECTION_3_DUTY_LAPSES
from logic.models import Finding


def possible(ctx: Context) -> frozenset[bool]:
    """Whether the person has declined or dropped out of the programme."""
    return known_or_both(ctx.answers.declined_or_dropped_out)


NOT_DECLINED = YesNo(
    Condition.NOT_DECLINED,
    SECTION_3_DUTY_LAPSES,
    (Reason.HAS_NOT_DECLINED, Reason.DECLINED_OR_DROPPED_OUT, Reason.DECLINED_UNKNOWN),
    (Fact.DECLINED_OR_DROPPED_OUT,),
)


def finding(ctx: Context) -> Finding:
    """Has not declined or dropped out of the programme."""
    declined = ctx.answers.declined_or_dropped_out
    return NOT_DECLINED.finding(None if declined is None else not declined)
