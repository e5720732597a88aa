"""Integreringsloven chapter 6A (temporary): collective protection gives a right without a duty.

In force 15 June 2022 to 30 June 2026 for people whose § 34 permit (utlendingsloven) was granted on
or after 11 March 2022. The assessment date picks the version: after 30 June 2026 the ordinary rules
apply, with a caveat that the temporary rules may have been extended. Family members of § 34 holders
follow the ordinary rules. § 37 c: the municipality may refuse while the person has (nearly)
full-time work.
"""

from __future__ import annotations

from datetime import date

from logic.codes import Condition, Fact, Reason, Status
from logic.law import CHAPTER_6A
from logic.models import Finding, make_finding
from logic.parameters import TEMPORARY_RULES_IN_FORCE, TEMPORARY_RULES_PERMITS_FROM
from logic.rules.context import Context
from logic.rules.findings import only, yes_no


def in_force(on: date) -> bool:
    """Whether chapter 6A is in force on the assessment date."""
    return TEMPORARY_RULES_IN_FORCE.at(on)


def covers_permit(permit: date, on: date) -> bool:
    """Whether a § 34 permit granted on `permit` falls under chapter 6A (granted from 11.03.2022)."""
    return permit >= TEMPORARY_RULES_PERMITS_FROM.at(on)


def finding(ctx: Context, covered: frozenset[bool]) -> Finding:
    """The temporary rules for collective protection apply (right without duty)."""
    if not in_force(ctx.on):
        return make_finding(
            Condition.TEMPORARY_RULES, Status.NOT_MET, Reason.TEMPORARY_RULES_NOT_IN_FORCE, CHAPTER_6A
        )
    return yes_no(
        Condition.TEMPORARY_RULES,
        CHAPTER_6A,
        only(covered),
        (
            Reason.TEMPORARY_RULES_APPLY,
            Reason.TEMPORARY_RULES_PERMIT_BEFORE_CUTOFF,
            Reason.TEMPORARY_RULES_UNKNOWN,
        ),
        (Fact.PERMIT_GRANTED_ON,),
    )
