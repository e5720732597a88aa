"""The caveats an assessment carries: interpretations (C3–C16) and changes of the law that may apply
(C18–C20). Each is shown only where it could help the person; docs/rules.md lists them."""

from __future__ import annotations

from enum import StrEnum

from logic.amendments import LAW_CHECKED_ON
from logic.calendar import add_months
from logic.codes import Caveat, Outcome
from logic.context import Context
from logic.decision import Exploration, Possibilities, Predicate
from logic.law import (
    AGE_LIMIT_60,
    OLDER_ACT_TRANSITION,
    SECTION_3_DUTY_LAPSES,
    SECTION_8_DISCRETIONARY,
    SECTION_8_SETTLEMENT,
    SECTION_8_WORK,
    SECTION_9_PERMANENT_RESIDENCE,
    SECTION_37C,
    SECTION_37E,
    Act,
    LawRef,
    section_9_letter,
)
from logic.models import CaveatNote, PermitBasis, make_caveat
from logic.parameters import (
    ADOPTED_MAXIMUM_AGE,
    AGE_60_ADOPTED_ON,
    MAXIMUM_AGE,
    OUT_OF_DATE_AFTER_MONTHS,
    PERMANENT_RESIDENCE_COUNTS,
    TEMPORARY_REGULATIONS_POSSIBLE,
)
from logic.permit_date import age_bands, older_act_values
from logic.possibilities import relevant_unknowns
from logic.rules import permit_basis, reference_person, two_years
from logic.rules.age import AgeBand, age_at_permit
from logic.rules.permit_basis import LETTERS_NEEDING_AGREEMENT

# Outcomes where the person has something to ask the municipality for.
STILL_OPEN = frozenset({Outcome.RIGHT_AND_DUTY, Outcome.RIGHT_WITHOUT_DUTY, Outcome.MAY_BE_OFFERED})
THE_ACT = LawRef(act=Act.INTEGRATION_ACT)


class Ground(StrEnum):
    """The discretionary groups of § 8 (3) (K1–K3) and the five-year case of C7."""

    OVER_55 = "over_55"  # K1
    WITHOUT_AGREEMENT = "without_agreement"  # K2
    FAMILY_OF_OTHERS = "family_of_others"  # K3
    FAMILY_FIVE_YEARS = "family_five_years"  # C7


def discretionary_grounds(ctx: Context, p: Possibilities) -> set[Ground]:
    """The discretionary grounds that are known to apply."""
    grounds: set[Ground] = set()
    if age_bands(p.permit) == {AgeBand.OVER}:
        grounds.add(Ground.OVER_55)
    if (
        p.letter <= LETTERS_NEEDING_AGREEMENT
        and p.agreement == {False}
        and not (
            p.letter == {permit_basis.REFUGEE_LETTER}
            and p.earlier_family_permit == {True}
            and p.earlier_family_exemption_in_force == {True}
        )
    ):
        grounds.add(Ground.WITHOUT_AGREEMENT)
    if ctx.answers.permit_basis is PermitBasis.FAMILY_IMMIGRATION:
        if p.reference_listed == {False}:
            grounds.add(Ground.FAMILY_OF_OTHERS)
        elif p.under_five_years == {False}:
            grounds.add(Ground.FAMILY_FIVE_YEARS)
    return grounds


def caveats(
    ctx: Context, p: Possibilities, exploration: Exploration, outcome: Outcome, *, discretionary: bool
) -> tuple[CaveatNote, ...]:
    """The caveats for this assessment, in the order the result shows them; `discretionary`: the
    two years of § 8 (3) second sentence apply."""
    notes: list[tuple[Caveat, LawRef]] = []
    if outcome is not Outcome.ALREADY_IN_PROGRAMME:
        notes += _law_and_interpretations(ctx, p, exploration, outcome, discretionary)
    if ctx.on > add_months(LAW_CHECKED_ON, OUT_OF_DATE_AFTER_MONTHS):  # C20
        notes.append((Caveat.RULES_MAY_BE_OUT_OF_DATE, THE_ACT))
    return tuple(make_caveat(code, law) for code, law in notes)


def _law_and_interpretations(
    ctx: Context, p: Possibilities, exploration: Exploration, outcome: Outcome, discretionary: bool
) -> list[tuple[Caveat, LawRef]]:
    a = ctx.answers
    on = ctx.on
    notes: list[tuple[Caveat, LawRef]] = []
    listed = None not in p.letter
    age = age_at_permit(ctx)
    could_matter = outcome is not Outcome.NOT_ENTITLED  # a law change cannot help where § 3 or § 8 bars
    if (  # C19: the upper age of 60 is adopted, not in force
        could_matter
        and listed
        and age is not None
        and MAXIMUM_AGE.at(on) < age <= ADOPTED_MAXIMUM_AGE
        and on >= AGE_60_ADOPTED_ON
    ):
        notes.append((Caveat.AGE_LIMIT_60_ADOPTED_NOT_IN_FORCE, AGE_LIMIT_60))
    if a.permit_basis is PermitBasis.COLLECTIVE_PROTECTION and TEMPORARY_REGULATIONS_POSSIBLE.at(on):
        notes.append((Caveat.TEMPORARY_REGULATIONS_MAY_APPLY, SECTION_37E))  # C18, § 37 e
    if a.near_full_time_work and outcome is Outcome.RIGHT_WITHOUT_DUTY:
        notes.append((Caveat.MAY_REFUSE_WHILE_WORKING, SECTION_37C))
    if a.works_30_hours_or_more is not None and Predicate.WORKS_30_HOURS in exploration.read:
        notes.append((Caveat.WORK_ONE_POSITION, SECTION_8_WORK))  # C14
    if (
        a.reference_person_basis is reference_person.PERMANENT
        and a.permit_basis is PermitBasis.FAMILY_IMMIGRATION
        and not PERMANENT_RESIDENCE_COUNTS.at(on)
        and could_matter
    ):
        notes.append((Caveat.PERMANENT_RESIDENCE_MAY_COUNT, SECTION_9_PERMANENT_RESIDENCE))
    if outcome is Outcome.MAY_BE_OFFERED:
        grounds = discretionary_grounds(ctx, p)
        if Ground.FAMILY_FIVE_YEARS in grounds:
            notes.append((Caveat.FAMILY_FIVE_YEARS_INTERPRETATION, section_9_letter("f")))
        if len(grounds) > 1:
            notes.append((Caveat.SEVERAL_DISCRETIONARY_GROUNDS, SECTION_8_DISCRETIONARY))
    if a.declined_or_dropped_out and outcome is Outcome.NOT_ENTITLED:
        notes.append((Caveat.DUTY_LAPSED_ASK_ANYWAY, SECTION_3_DUTY_LAPSES))
    if outcome in STILL_OPEN and two_years.claim_now(ctx, discretionary=discretionary):
        notes.append((Caveat.CLAIM_NOW, two_years.law(discretionary=discretionary)))
    if older_act_values(p.permit) == {True} and listed:
        notes.append((Caveat.OLDER_ACT, OLDER_ACT_TRANSITION))
    if p.settled == {False} and outcome is Outcome.NEEDS_MORE_INFORMATION:
        notes.append((Caveat.NOT_YET_SETTLED, SECTION_8_SETTLEMENT))
    if a.independent_after_death_of_reference_person and a.permit_basis is PermitBasis.INDEPENDENT:
        notes.append((Caveat.INDEPENDENT_AFTER_DEATH_NOT_LISTED, section_9_letter("g")))
    if len(exploration.outcomes) == 1 and relevant_unknowns(ctx, exploration):
        notes.append((Caveat.UNKNOWN_DID_NOT_MATTER, THE_ACT))
    return notes
