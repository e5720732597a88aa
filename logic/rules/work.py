"""Integreringsloven § 8 (4), in force from 1 January 2026: work of 30 hours a week (R6, C14).

A person in work, or with a job offer, of at least 30 hours a week has no right and duty under § 8 (1);
if the job ends or the offer falls away before the two years of § 8 (1) third sentence run out, the
right and duty apply again. Only for those who would otherwise have the right and duty: the groups the
municipality may offer the programme (§ 8 (3)) are not affected. One position counts (C14); several
part-time jobs are for the municipality to weigh (a caveat). Before 1 January 2026 it is neither asked
nor applied.
"""

from __future__ import annotations

from datetime import date

from logic.codes import Condition, Fact, Reason
from logic.context import Context, known_or_both
from logic.findings import YesNo
from logic.law import SECTION_8_WORK
from logic.models import Finding
from logic.parameters import WORK_RULE


def in_force(on: date) -> bool:
    """Whether § 8 (4) applies on the assessment date."""
    return WORK_RULE.at(on)


def possible(ctx: Context) -> frozenset[bool]:
    """Whether the person works, or has a job offer, of 30 hours a week or more."""
    return known_or_both(ctx.answers.works_30_hours_or_more)


UNDER_30_HOURS = YesNo(
    Condition.WORK_UNDER_30_HOURS,
    SECTION_8_WORK,
    (Reason.WORKS_UNDER_30_HOURS, Reason.WORKS_30_HOURS_OR_MORE, Reason.WORK_UNKNOWN),
    (Fact.WORKS_30_HOURS_OR_MORE,),
)


def finding(ctx: Context) -> Finding:
    """Not in work, and no job offer, of 30 hours a week or more."""
    works = ctx.answers.works_30_hours_or_more
    return UNDER_30_HOURS.finding(None if works is None else not works)
