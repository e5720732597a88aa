"""Integreringsloven § 9 (1) letters a–g: the permit bases that give the right and duty (R1).

The Act covers only § 53 (1) b, (2) and (3) in letter g: an independent permit granted because the
reference person died (§ 53 (1) a) is not listed. § 38 counts only after an asylum application
(letter c) or as a limited permit for a family with children (letter d).
"""

from __future__ import annotations

from logic.codes import Condition, Fact, Reason, Status
from logic.context import Context
from logic.law import SECTION_9, section_9_letter
from logic.models import Finding, PermitBasis, make_finding

Letter = str | None  # "a" … "g", or None for a basis § 9 does not list

LETTER_OF_BASIS: dict[PermitBasis, str] = {
    PermitBasis.REFUGEE: "a",  # § 9 (1) a: utlendingsloven § 28
    PermitBasis.RESETTLEMENT_REFUGEE: "b",  # § 9 (1) b: utlendingsloven § 35 (3)
    PermitBasis.HUMANITARIAN_AFTER_ASYLUM: "c",  # § 9 (1) c: utlendingsloven § 38 (1) after asylum
    PermitBasis.LIMITED_FAMILY_WITH_CHILDREN: "d",  # § 9 (1) d: utlendingsloven § 38 (5) a or b
    PermitBasis.COLLECTIVE_PROTECTION: "e",  # § 9 (1) e: utlendingsloven § 34
    PermitBasis.FAMILY_IMMIGRATION: "f",  # § 9 (1) f: utlendingsloven chapter 6
    PermitBasis.INDEPENDENT: "g",  # § 9 (1) g: utlendingsloven § 53 (1) b, (2), (3)
}
ALL_LETTERS: frozenset[Letter] = frozenset({*LETTER_OF_BASIS.values(), None})

# § 8 (1): letters a–e need settlement by agreement with IMDi; § 8 (2) first sentence: f and g do not.
LETTERS_NEEDING_AGREEMENT = frozenset({"a", "b", "c", "d", "e"})
REFUGEE_LETTER = "a"  # § 8 (2) second sentence (C16) names letter a
COLLECTIVE_PROTECTION_LETTER = "e"  # chapter 6A (C18) concerns § 34 permits
FAMILY_LETTER = "f"
INDEPENDENT_LETTER = "g"

REASON_OF_BASIS: dict[PermitBasis, Reason] = {
    PermitBasis.REFUGEE: Reason.BASIS_REFUGEE,
    PermitBasis.RESETTLEMENT_REFUGEE: Reason.BASIS_RESETTLEMENT_REFUGEE,
    PermitBasis.HUMANITARIAN_AFTER_ASYLUM: Reason.BASIS_HUMANITARIAN_AFTER_ASYLUM,
    PermitBasis.HUMANITARIAN_OTHER: Reason.BASIS_HUMANITARIAN_OTHER,
    PermitBasis.LIMITED_FAMILY_WITH_CHILDREN: Reason.BASIS_LIMITED_FAMILY_WITH_CHILDREN,
    PermitBasis.LIMITED_OTHER: Reason.BASIS_LIMITED_OTHER,
    PermitBasis.COLLECTIVE_PROTECTION: Reason.BASIS_COLLECTIVE_PROTECTION,
    PermitBasis.FAMILY_IMMIGRATION: Reason.BASIS_FAMILY_IMMIGRATION,
    PermitBasis.INDEPENDENT: Reason.BASIS_INDEPENDENT,
    PermitBasis.EEA_OR_NORDIC: Reason.BASIS_EEA_OR_NORDIC,
    PermitBasis.WORK_OR_STUDY: Reason.BASIS_WORK_OR_STUDY,
    PermitBasis.ASYLUM_SEEKER: Reason.BASIS_ASYLUM_SEEKER,
    PermitBasis.OTHER: Reason.BASIS_OTHER,
}


def possible(ctx: Context) -> frozenset[Letter]:
    """The letters of § 9 (1) the person's permit may fall under (None: not listed)."""
    basis = ctx.answers.permit_basis
    if basis is None:
        return ALL_LETTERS
    if basis is PermitBasis.INDEPENDENT:
        after_death = ctx.answers.independent_after_death_of_reference_person
        if after_death is None:
            return frozenset({"g", None})
        # § 9 (1) g lists § 53 (1) b, (2) and (3), not § 53 (1) a (the reference person died).
        return frozenset({None}) if after_death else frozenset({"g"})
    return frozenset({LETTER_OF_BASIS.get(basis)})


# The finding for each basis whose letter the basis alone decides (all but § 53, letter g).
FINDING_OF_BASIS: dict[PermitBasis, Finding] = {
    basis: make_finding(Condition.PERMIT_BASIS, Status.MET, REASON_OF_BASIS[basis], section_9_letter(letter))
    if (letter := LETTER_OF_BASIS.get(basis)) is not None
    else make_finding(Condition.PERMIT_BASIS, Status.NOT_MET, REASON_OF_BASIS[basis], SECTION_9)
    for basis in PermitBasis
    if basis is not PermitBasis.INDEPENDENT
}


def finding(ctx: Context, letters: frozenset[Letter]) -> Finding:
    """Holds a residence permit on one of the bases in § 9 first paragraph (`letters`: `possible`)."""
    basis = ctx.answers.permit_basis
    decided = None if basis is None else FINDING_OF_BASIS.get(basis)
    if decided is not None:
        return decided
    condition = Condition.PERMIT_BASIS
    if basis is None:
        return make_finding(condition, Status.UNKNOWN, Reason.BASIS_UNKNOWN, SECTION_9, (Fact.PERMIT_BASIS,))
    # A § 53 holder: letter g, unless the reference person died (§ 53 (1) a is not in letter g).
    if len(letters) > 1:
        missing = (Fact.INDEPENDENT_AFTER_DEATH,)
        reason = Reason.BASIS_INDEPENDENT_GROUND_UNKNOWN
        return make_finding(condition, Status.UNKNOWN, reason, section_9_letter("g"), missing)
    if letters == {None}:
        reason = Reason.BASIS_INDEPENDENT_AFTER_DEATH
        return make_finding(condition, Status.NOT_MET, reason, section_9_letter("g"))
    return make_finding(condition, Status.MET, REASON_OF_BASIS[basis], section_9_letter("g"))
