"""Integreringsloven § 8 (1) first sentence and § 8 (2): settled in the municipality (R3, C9, C10, C16).

Letters a–e need settlement by agreement between IMDi and the municipality; family immigrants
(letter f) and § 53 holders (letter g) do not (§ 8 (2) first sentence), and from 1 August 2023 nor
does a refugee (letter a) who earlier held a letter f permit (§ 8 (2) second sentence, C16). Ordinary
settlement through IMDi, resettlement refugees settled on arrival and agreed self-settlement count as
agreed; moving on one's own to another municipality does not (C10). A person still in a reception
centre is not yet settled (C9): nothing can be decided before that.
"""

from __future__ import annotations

from datetime import date

from logic.codes import Condition, Fact, Reason, Status
from logic.context import Context, known_or_both
from logic.findings import YesNo
from logic.law import SECTION_8_EARLIER_FAMILY, SECTION_8_NO_AGREEMENT, SECTION_8_SETTLEMENT
from logic.models import Finding, make_finding
from logic.parameters import EARLIER_FAMILY_PERMIT_EXEMPT
from logic.rules.permit_basis import LETTERS_NEEDING_AGREEMENT, REFUGEE_LETTER, Letter


def possible_settled(ctx: Context) -> frozenset[bool]:
    """Whether the person has been settled in a municipality."""
    return known_or_both(ctx.settled_known)


def possible_agreement(ctx: Context) -> frozenset[bool]:
    """Whether the settlement was agreed between IMDi and the municipality (C10)."""
    return known_or_both(ctx.answers.settled_by_agreement)


def earlier_family_exemption_in_force(on: date) -> bool:
    """Whether § 8 (2) second sentence is in force (from 1 August 2023)."""
    return EARLIER_FAMILY_PERMIT_EXEMPT.at(on)


def possible_earlier_family_permit(ctx: Context) -> frozenset[bool]:
    """C16: whether a refugee held a family-immigration permit (letter f) before the refugee permit."""
    return known_or_both(ctx.answers.earlier_family_permit)


SETTLED = YesNo(
    Condition.SETTLED,
    SECTION_8_SETTLEMENT,
    (Reason.IS_SETTLED, Reason.NOT_YET_SETTLED, Reason.SETTLED_UNKNOWN),
    (Fact.SETTLED,),
)
BY_AGREEMENT = YesNo(
    Condition.SETTLED_BY_AGREEMENT,
    SECTION_8_SETTLEMENT,
    (Reason.SETTLED_BY_AGREEMENT, Reason.SETTLED_WITHOUT_AGREEMENT, Reason.AGREEMENT_UNKNOWN),
    (Fact.SETTLED_BY_AGREEMENT,),
)


def settled_finding(ctx: Context) -> Finding:
    """Settled in a municipality (moved from the reception centre)."""
    return SETTLED.finding(ctx.settled_known)


def agreement_finding(ctx: Context, letters: frozenset[Letter]) -> Finding:
    """Settled by agreement between IMDi and the municipality, where the letter requires it."""
    condition = Condition.SETTLED_BY_AGREEMENT
    a = ctx.answers
    if letters and not letters & LETTERS_NEEDING_AGREEMENT and letters != {None}:
        # § 8 (2) first sentence: family immigrants and § 53 holders need no agreement.
        return make_finding(condition, Status.MET, Reason.AGREEMENT_NOT_REQUIRED, SECTION_8_NO_AGREEMENT)
    if ctx.settled_known is False:  # C9: asked once the person is settled
        return make_finding(
            condition, Status.UNKNOWN, Reason.AGREEMENT_NOT_YET_RELEVANT, SECTION_8_SETTLEMENT
        )
    if (
        a.settled_by_agreement is not True
        and letters == {REFUGEE_LETTER}
        and a.earlier_family_permit is True
        and earlier_family_exemption_in_force(ctx.on)
    ):
        # § 8 (2) second sentence (C16): a refugee who earlier held a letter f permit.
        reason = Reason.AGREEMENT_NOT_REQUIRED_EARLIER_FAMILY_PERMIT
        return make_finding(condition, Status.MET, reason, SECTION_8_EARLIER_FAMILY)
    return BY_AGREEMENT.finding(a.settled_by_agreement)
