"""Integreringsloven § 3 third paragraph: the duty lapses for those who decline or drop out (R5, C8).

The municipality's duty to provide the programme does not apply to a person who has declined it or
dropped out. The result tells the person to talk to the municipality anyway.
"""

from __future__ import annotations

from logic.codes import Condition, Fact, Reason, Status
from logic.law import SECTION_3_DUTY_LAPSES
from logic.models import Finding, make_finding
from logic.rules.context import Context, known_or_both


def possible(ctx: Context) -> frozenset[bool]:
    """Whether the person has declined or dropped out of the programme."""
    return known_or_both(ctx.answers.declined_or_dropped_out)


def finding(ctx: Context) -> Finding:
    """Has not declined or dropped out of the programme."""
    known = ctx.answers.declined_or_dropped_out
    if known is None:
        return make_finding(
            condition=Condition.NOT_DECLINED,
            status=Status.UNKNOWN,
            reason=Reason.DECLINED_UNKNOWN,
            law=SECTION_3_DUTY_LAPSES,
            missing=(Fact.DECLINED_OR_DROPPED_OUT,),
        )
    return make_finding(
        condition=Condition.NOT_DECLINED,
        status=Status.NOT_MET if known else Status.MET,
        reason=Reason.DECLINED_OR_DROPPED_OUT if known else Reason.HAS_NOT_DECLINED,
        law=SECTION_3_DUTY_LAPSES,
    )
