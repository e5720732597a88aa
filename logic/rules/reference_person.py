"""Integreringsloven § 9 first paragraph letter f: family immigrants (utlendingsloven chapter 6).

Listed only when the reference person holds a permit under letters a–e and had been settled in a
municipality for less than five years when the family-reunification application was made (C4).
Family of anyone else belongs to the discretionary group in § 8 (K3); so does family of a listed
reference person who fails the five-year test (C7).
"""

from __future__ import annotations

from datetime import date

from logic.calendar import anniversary
from logic.codes import Condition, Fact, Reason, Status
from logic.law import SECTION_8, section_9_letter
from logic.models import Finding, ReferencePersonBasis, make_finding
from logic.parameters import REFERENCE_PERSON_YEARS
from logic.rules.context import BOTH, ONLY, Context
from logic.rules.findings import only, yes_no

LISTED_REFERENCE_BASES = frozenset(
    {
        ReferencePersonBasis.REFUGEE,  # § 9 (1) a
        ReferencePersonBasis.RESETTLEMENT_REFUGEE,  # § 9 (1) b
        ReferencePersonBasis.HUMANITARIAN_AFTER_ASYLUM,  # § 9 (1) c
        ReferencePersonBasis.LIMITED_FAMILY_WITH_CHILDREN,  # § 9 (1) d
        ReferencePersonBasis.COLLECTIVE_PROTECTION,  # § 9 (1) e
    }
)

LAW = section_9_letter("f")


def possible_listed(ctx: Context) -> frozenset[bool]:
    """Whether the reference person holds a permit under § 9 (1) a–e."""
    basis = ctx.answers.reference_person_basis
    return BOTH if basis is None else ONLY[basis in LISTED_REFERENCE_BASES]


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
        return ONLY[a.family_application_on < fifth]  # § 9 (1) f: "less than five years"
    # C11: the application was made at the latest on the permit date (or today).
    latest_application = a.permit_granted_on or ctx.on
    return ONLY[True] if latest_application < fifth else BOTH


def finding(ctx: Context, listed: frozenset[bool], under_five: frozenset[bool]) -> Finding:
    """Family immigrant: the reference person is listed and had been settled under five years."""
    a = ctx.answers
    condition = Condition.REFERENCE_PERSON
    if listed == BOTH:
        reason = Reason.REFERENCE_PERSON_BASIS_UNKNOWN
        return make_finding(condition, Status.UNKNOWN, reason, LAW, (Fact.REFERENCE_PERSON_BASIS,))
    if listed == {False}:
        # § 8: family of others than those in letter f may be offered the programme (K3).
        return make_finding(condition, Status.NOT_MET, Reason.REFERENCE_PERSON_NOT_LISTED, SECTION_8)
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
    return yes_no(condition, LAW, only(under_five), reasons, unknown_dates)
