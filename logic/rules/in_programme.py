"""Integreringsloven § 9 (3): a person who has started the programme has the right to complete it (C17).

Whatever else is answered, and even if the permit changes or the person becomes a citizen. Not knowing
counts as not in the programme: the one answer that C11 does not branch on.
"""

from __future__ import annotations

from logic.codes import Condition, Reason, Status
from logic.context import ONLY, Context
from logic.law import SECTION_9_COMPLETE
from logic.models import Finding, make_finding


def possible(ctx: Context) -> frozenset[bool]:
    """Whether the person has started the programme (None: no)."""
    return ONLY[ctx.answers.in_programme is True]


def finding() -> Finding:
    """Has started the introduction programme."""
    return make_finding(Condition.IN_PROGRAMME, Status.MET, Reason.IN_PROGRAMME, SECTION_9_COMPLETE)
