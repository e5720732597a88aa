"""Integreringsloven chapter 6A, § 37 c as in force 15 June 2022 – 31 December 2025 (C18).

A person whose § 34 permit (utlendingsloven, collective protection) was granted on or after
11 March 2022 had a right to the programme without a duty to take part, and the municipality could
refuse while the person had a job or job offer close to full time. From 1 January 2026
(LOV-2025-06-20-35) § 37 c only removes social studies from their programme: the ordinary rules apply.
Chapter 6A as re-enacted from 1 July 2026 (LOV-2026-06-12-22) has no programme rule of its own; its
§ 37 e allows temporary regulations (a caveat, `logic/caveats.py`). Family members of § 34 holders
always follow the ordinary rules.
"""

from __future__ import annotations

from datetime import date

from logic.codes import Condition, Fact, Reason, Status
from logic.context import Context
from logic.findings import YesNo, only
from logic.law import SECTION_37C
from logic.models import Finding, make_finding
from logic.parameters import RIGHT_WITHOUT_DUTY, RIGHT_WITHOUT_DUTY_PERMITS_FROM


def in_force(on: date) -> bool:
    """Whether § 37 c gives § 34 holders a right without a duty on the assessment date."""
    return RIGHT_WITHOUT_DUTY.at(on)


def covers_permit(permit: date) -> bool:
    """Whether a § 34 permit granted on `permit` falls under § 37 c (granted from 11.03.2022)."""
    return permit >= RIGHT_WITHOUT_DUTY_PERMITS_FROM


COVERED = YesNo(
    Condition.TEMPORARY_RULES,
    SECTION_37C,
    (
        Reason.TEMPORARY_RULES_APPLY,
        Reason.TEMPORARY_RULES_PERMIT_BEFORE_CUTOFF,
        Reason.TEMPORARY_RULES_UNKNOWN,
    ),
    (Fact.PERMIT_GRANTED_ON,),
)


def finding(ctx: Context, covered: frozenset[bool]) -> Finding:
    """The temporary rules for collective protection give a right without a duty."""
    if not in_force(ctx.on):
        return make_finding(
            Condition.TEMPORARY_RULES, Status.NOT_MET, Reason.TEMPORARY_RULES_NOT_IN_FORCE, SECTION_37C
        )
    return COVERED.finding(only(covered))
