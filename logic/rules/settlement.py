"""Integreringsloven § 8 first and second paragraphs: settled in the municipality (R3, C9, C10).

Letters a–e need settlement by agreement between IMDi and the municipality (§ 8 (1)); family
immigrants (letter f) and § 53 holders (letter g) do not (§ 8 (2)). Ordinary settlement through
IMDi, resettlement refugees settled on arrival and agreed self-settlement count as agreed; moving on
one's own to another municipality does not (C10). A person still in a reception centre is not yet
settled (C9): nothing can be decided before that.
"""

from __future__ import annotations

from logic.codes import Condition, Fact, Reason, Status
from logic.law import SECTION_8_SETTLEMENT, integration_act
from logic.models import Finding, make_finding
from logic.rules.context import Context, known_or_both
from logic.rules.permit_basis import LETTERS_NEEDING_AGREEMENT, Letter

AGREEMENT_NOT_REQUIRED_LAW = integration_act("8", 2)


def possible_settled(ctx: Context) -> frozenset[bool]:
    """Whether the person has been settled in a municipality."""
    return known_or_both(ctx.settled_known)


def possible_agreement(ctx: Context) -> frozenset[bool]:
    """Whether the settlement was agreed between IMDi and the municipality (C10)."""
    return known_or_both(ctx.answers.settled_by_agreement)


def settled_finding(ctx: Context) -> Finding:
    """Settled in a municipality (moved from the reception centre)."""
    known = ctx.settled_known
    if known is None:
        return make_finding(
            condition=Condition.SETTLED,
            status=Status.UNKNOWN,
            reason=Reason.SETTLED_UNKNOWN,
            law=SECTION_8_SETTLEMENT,
            missing=(Fact.SETTLED,),
        )
    return make_finding(
        condition=Condition.SETTLED,
        status=Status.MET if known else Status.NOT_MET,
        reason=Reason.IS_SETTLED if known else Reason.NOT_YET_SETTLED,
        law=SECTION_8_SETTLEMENT,
    )


def agreement_finding(ctx: Context, letters: frozenset[Letter]) -> Finding:
    """Settled by agreement between IMDi and the municipality, where the letter requires it."""
    if letters and not letters & LETTERS_NEEDING_AGREEMENT and letters != {None}:
        # § 8 (2): family immigrants and § 53 holders need no agreement.
        return make_finding(
            condition=Condition.SETTLED_BY_AGREEMENT,
            status=Status.MET,
            reason=Reason.AGREEMENT_NOT_REQUIRED,
            law=AGREEMENT_NOT_REQUIRED_LAW,
        )
    if ctx.settled_known is False:
        return make_finding(
            condition=Condition.SETTLED_BY_AGREEMENT,
            status=Status.UNKNOWN,
            reason=Reason.AGREEMENT_NOT_YET_RELEVANT,
            law=SECTION_8_SETTLEMENT,
        )
    known = ctx.answers.settled_by_agreement
    if known is None:
        return make_finding(
            condition=Condition.SETTLED_BY_AGREEMENT,
            status=Status.UNKNOWN,
            reason=Reason.AGREEMENT_UNKNOWN,
            law=SECTION_8_SETTLEMENT,
            missing=(Fact.SETTLED_BY_AGREEMENT,),
        )
    return make_finding(
        condition=Condition.SETTLED_BY_AGREEMENT,
        status=Status.MET if known else Status.NOT_MET,
        reason=Reason.SETTLED_BY_AGREEMENT if known else Reason.SETTLED_WITHOUT_AGREEMENT,
        law=SECTION_8_SETTLEMENT,
    )
