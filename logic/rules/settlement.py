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
from logic.rules.findings import yes_no
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
    return yes_no(
        Condition.SETTLED,
        SECTION_8_SETTLEMENT,
        ctx.settled_known,
        (Reason.IS_SETTLED, Reason.NOT_YET_SETTLED, Reason.SETTLED_UNKNOWN),
        (Fact.SETTLED,),
    )


def agreement_finding(ctx: Context, letters: frozenset[Letter]) -> Finding:
    """Settled by agreement between IMDi and the municipality, where the letter requires it."""
    if letters and not letters & LETTERS_NEEDING_AGREEMENT and letters != {None}:
        # § 8 (2): family immigrants and § 53 holders need no agreement.
        return make_finding(
            Condition.SETTLED_BY_AGREEMENT,
            Status.MET,
            Reason.AGREEMENT_NOT_REQUIRED,
            AGREEMENT_NOT_REQUIRED_LAW,
        )
    if ctx.settled_known is False:  # C9: asked once the person is settled
        return make_finding(
            Condition.SETTLED_BY_AGREEMENT,
            Status.UNKNOWN,
            Reason.AGREEMENT_NOT_YET_RELEVANT,
            SECTION_8_SETTLEMENT,
        )
    return yes_no(
        Condition.SETTLED_BY_AGREEMENT,
        SECTION_8_SETTLEMENT,
        ctx.answers.settled_by_agreement,  # § 8 (1), C10
        (Reason.SETTLED_BY_AGREEMENT, Reason.SETTLED_WITHOUT_AGREEMENT, Reason.AGREEMENT_UNKNOWN),
        (Fact.SETTLED_BY_AGREEMENT,),
    )
