"""Integreringsloven § 9 (1) f and § 9 (2): family immigrants (utlendingsloven chapter 6).

Listed only when the reference person holds a permit under letters a–e and had been settled in a
municipality for less than five years when the family-reunification application was made (C4). From
1 August 2023 (LOV-2023-06-09-24) § 9 (2) also lists family of a person with permanent residence
granted on the basis of a permit under a–e; before that day they count as family of others, with a
caveat. Family of anyone else may be offered the programme (§ 8 (3), K3); so may family of a listed
reference person who fails the five-year test (C7). A § 53 holder answers the same questions about the
earlier family permit: they decide from when the two years are counted (C15, `two_years.py`).
"""

from __future__ import annotations

from datetime import date

from logic.calendar import anniversary
from logic.codes import Condition, Fact, Reason, Status
from logic.context import BOTH, ONLY, Context
from logic.findings import only, yes_no
from logic.law import SECTION_8_DISCRETIONARY, SECTION_9_PERMANENT_RESIDENCE, section_9_letter
from logic.models import Finding, ReferencePersonBasis, make_finding
from logic.parameters import PERMANENT_RESIDENCE_COUNTS, REFERENCE_PERSON_YEARS

LISTED_REFERENCE_BASES = frozenset(
    {
        ReferencePersonBasis.REFUGEE,  # § 9 (1) a
        ReferencePersonBasis.RESETTLEMENT_REFUGEE,  # § 9 (1) b
        ReferencePersonBasis.HUMANITARIAN_AFTER_ASYLUM,  # § 9 (1) c
        ReferencePersonBasis.LIMITED_FAMILY_WITH_CHILDREN,  # § 9 (1) d
        ReferencePersonBasis.COLLECTIVE_PROTECTION,  # § 9 (1) e
    }
)
PERMANENT = ReferencePersonBasis.PERMANENT_RESIDENCE_AFTER_PROTECTION

LAW = section_9_letter("f")


def is_listed(basis: ReferencePersonBasis, on: date) -> bool:
    """Whether family of a reference person with this permit fall under letter f on `on`."""
    if basis is PERMANENT:
        return PERMANENT_RESIDENCE_COUNTS.at(on)  # § 9 (2), from 1 August 2023
    return basis in LISTED_REFERENCE_BASES


def possible_listed(ctx: Context) -> frozenset[bool]:
    """Whether the reference person holds a permit that letter f lists."""
    basis = ctx.answers.reference_person_basis
    return BOTH if basis is None else ONLY[is_listed(basis, ctx.on)]


def five_year_anniversary(ctx: Context) -> date | None:
    """The day the reference person had been settled five years (C4), where known and relevant."""
    a = ctx.answers
    if a.reference_person_settled_at_application is False or a.reference_person_settled_on is None:
        return None
    return anniversary(a.reference_person_settled_on, REFERENCE_PERSON_YEARS.at(ctx.on))


def possible_under_five_years(ctx: Context) -> frozenset[bool]:
    """Whether the reference person had been settled less than five years at the application (C4).

    A reference person not yet settled at the application has been settled for zero years.
    """
    a = ctx.answers
    if a.reference_person_settled_at_application is False:
        return ONLY[True]  # C4: not yet settled then, so zero years
    fifth = five_year_anniversary(ctx)
    if fifth is None:
        return BOTH
    if a.family_application_on is not None:
        return ONLY[a.family_application_on < fifth]  # "less than five years"
    # C11: the application was made at the latest on the permit date (or today).
    latest_application = a.permit_granted_on or ctx.on
    return ONLY[True] if latest_application < fifth else BOTH


def possible_earlier_letter_f(ctx: Context) -> frozenset[bool]:
    """C15: whether a § 53 holder's earlier family permit was itself under letter f."""
    return frozenset(
        listed and under for listed in possible_listed(ctx) for under in possible_under_five_years(ctx)
    )


def finding(ctx: Context, listed: frozenset[bool], under_five: frozenset[bool]) -> Finding:
    """Family immigrant: the reference person is listed and had been settled under five years."""
    a = ctx.answers
    condition = Condition.REFERENCE_PERSON
    if listed == BOTH:
        reason = Reason.REFERENCE_PERSON_BASIS_UNKNOWN
        return make_finding(condition, Status.UNKNOWN, reason, LAW, (Fact.REFERENCE_PERSON_BASIS,))
    if listed == {False}:
        if a.reference_person_basis is PERMANENT:  # § 9 (2) was not yet in force
            reason = Reason.REFERENCE_PERSON_PERMANENT_BEFORE_2023
            return make_finding(condition, Status.NOT_MET, reason, SECTION_9_PERMANENT_RESIDENCE)
        # § 8 (3): family of others than those in letter f may be offered the programme (K3).
        return make_finding(
            condition, Status.NOT_MET, Reason.REFERENCE_PERSON_NOT_LISTED, SECTION_8_DISCRETIONARY
        )
    not_settled_then = a.reference_person_settled_at_application is False or (
        a.reference_person_settled_on is not None
        and a.family_application_on is not None
        and a.reference_person_settled_on > a.family_application_on
    )
    met = (
        Reason.REFERENCE_PERSON_NOT_SETTLED_AT_APPLICATION
        if not_settled_then
        else Reason.REFERENCE_PERSON_UNDER_FIVE_YEARS
    )
    unknown_dates = ctx.unknown(
        Fact.REFERENCE_PERSON_SETTLED_AT_APPLICATION,
        Fact.REFERENCE_PERSON_SETTLED_ON,
        Fact.FAMILY_APPLICATION_ON,
    )
    reasons = (met, Reason.REFERENCE_PERSON_FIVE_YEARS_OR_MORE, Reason.REFERENCE_PERSON_DATES_UNKNOWN)
    law = SECTION_9_PERMANENT_RESIDENCE if a.reference_person_basis is PERMANENT else LAW
    return yes_no(condition, law, only(under_five), reasons, unknown_dates)
