"""`assess`: every finding, the outcome, the key dates and the caveats for one person on one date."""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from functools import lru_cache
from typing import Any

from logic.codes import Caveat, ErrorCode, Fact, Outcome
from logic.decision import Exploration, Possibilities, explore
from logic.law import (
    BILL_2025_AGE_60,
    CHAPTER_6A,
    REGULATIONS_72_OLDER_ACT,
    SECTION_3_DUTY_LAPSES,
    SECTION_8,
    SECTION_8_SETTLEMENT,
    SECTION_37C_WORK,
    LawRef,
    section_9_letter,
)
from logic.models import (
    Answers,
    Assessment,
    CaveatNote,
    Finding,
    InvalidAnswers,
    KeyDates,
    PermitBasis,
    Problem,
    make_caveat,
)
from logic.parameters import MAXIMUM_AGE, PROPOSED_MAXIMUM_AGE, TEMPORARY_RULES_ENDED_ON
from logic.rules import (
    age,
    declined,
    older_act,
    permit_basis,
    permit_date,
    reference_person,
    settlement,
    start,
    temporary_rules,
    two_years,
)
from logic.rules.age import AgeBand
from logic.rules.context import Context
from logic.validation import ASSESSED_ON, validate

RULES_VERSION = "2026.11.1"  # RULES.md as of 29 November 2026

# Which answers each predicate of `decision.decide` is computed from.
SOURCES: dict[str, tuple[Fact, ...]] = {
    "letter": (Fact.PERMIT_BASIS, Fact.INDEPENDENT_AFTER_DEATH),
    "older_act": (Fact.PERMIT_GRANTED_ON, Fact.ARRIVED_IN_NORWAY_ON),
    "age_band": (Fact.DATE_OF_BIRTH, Fact.PERMIT_GRANTED_ON),
    "temporary_permit": (Fact.PERMIT_GRANTED_ON,),
    "temporary_rules_in_force": (),
    "declined": (Fact.DECLINED_OR_DROPPED_OUT,),
    "settled": (Fact.SETTLED,),
    "within_two_years": (Fact.SETTLED_ON,),
    "agreement": (Fact.SETTLED_BY_AGREEMENT,),
    "reference_listed": (Fact.REFERENCE_PERSON_BASIS,),
    "under_five_years": (
        Fact.REFERENCE_PERSON_SETTLED_AT_APPLICATION,
        Fact.REFERENCE_PERSON_SETTLED_ON,
        Fact.FAMILY_APPLICATION_ON,
    ),
}
# Answers worth asking whenever their predicate is read, even when they cannot change the outcome:
# the age on the permit date and the settlement date are among the dates the result explains.
ALWAYS_ASKED: dict[str, tuple[Fact, ...]] = {
    "age_band": (Fact.DATE_OF_BIRTH, Fact.PERMIT_GRANTED_ON),
    "within_two_years": (Fact.SETTLED_ON,),
}
FACT_ORDER = tuple(Fact)


def possibilities(ctx: Context) -> Possibilities:
    """The values each predicate can take, given what is known (C11)."""
    return Possibilities(
        letter=permit_basis.possible(ctx),
        permit=permit_date.possible(ctx),
        declined=declined.possible(ctx),
        settled=settlement.possible_settled(ctx),
        within_two_years=two_years.possible(ctx),
        agreement=settlement.possible_agreement(ctx),
        reference_listed=reference_person.possible_listed(ctx),
        under_five_years=reference_person.possible_under_five_years(ctx),
        temporary_rules_in_force=frozenset({temporary_rules.in_force(ctx.on)}),
    )


def _unknown_sources(ctx: Context, names: frozenset[str]) -> set[Fact]:
    facts = {fact for name in names for fact in SOURCES[name]}
    if ctx.answers.permit_basis is not PermitBasis.INDEPENDENT:
        facts.discard(Fact.INDEPENDENT_AFTER_DEATH)
    return {fact for fact in facts if _is_unknown(ctx, fact)}


def _is_unknown(ctx: Context, fact: Fact) -> bool:
    if fact is Fact.SETTLED:
        return ctx.settled_known is None  # a settlement date tells that the person is settled
    return getattr(ctx.answers, fact) is None


@lru_cache(maxsize=64)
def _ordered_outcomes(outcomes: frozenset[Outcome]) -> tuple[Outcome, ...]:
    """The outcomes in the order of RULES.md section 1 (few distinct sets: each sorted once)."""
    return tuple(o for o in Outcome if o in outcomes)


def _in_order(facts: set[Fact]) -> tuple[Fact, ...]:
    return tuple(fact for fact in FACT_ORDER if fact in facts)


def _resolve(exploration: Exploration) -> Outcome:
    outcomes = exploration.outcomes
    return next(iter(outcomes)) if len(outcomes) == 1 else Outcome.NEEDS_MORE_INFORMATION


def _on(answers: Answers, on: date | None) -> date:
    chosen = on or answers.assessed_on
    if chosen is None:  # C13: the assessment date is always an input; logic never reads the clock
        raise InvalidAnswers((Problem(field=ASSESSED_ON, code=ErrorCode.INVALID_DATE),))
    return chosen


def assess(answers: Answers, on: date | None = None) -> Assessment:
    """Assess the answers on the date `on` (or `answers.assessed_on`).

    Raises `InvalidAnswers` when an answer contradicts the calendar or another answer.
    """
    on = _on(answers, on)
    problems = validate(answers, on)
    if problems:
        raise InvalidAnswers(problems)
    ctx = Context(answers, on)
    p = possibilities(ctx)
    exploration = explore(p)
    outcome = _resolve(exploration)
    findings = _findings(ctx, p)
    once_settled = None
    if p.settled == {False}:  # C9: what will apply once settled (by agreement, where required)
        after = explore(
            _replace(
                p,
                settled=frozenset({True}),
                agreement=frozenset({True}),
                within_two_years=frozenset({True}),
            )
        )
        once_settled = _resolve(after)
    return Assessment(
        outcome=outcome,
        findings=findings,
        dates=_key_dates(ctx),
        caveats=_caveats(ctx, p, exploration, outcome),
        missing=_missing(ctx, exploration),
        possible_outcomes=_ordered_outcomes(exploration.outcomes),
        outcome_once_settled=once_settled,
        assessed_on=on,
        rules_version=RULES_VERSION,
    )


def _replace(p: Possibilities, **changes: frozenset[Any]) -> Possibilities:
    values = {name: getattr(p, name) for name in Possibilities.__slots__}
    values.update(changes)
    return Possibilities(**values)


def _relevant_unknowns(ctx: Context, exploration: Exploration) -> set[Fact]:
    """Unknown answers the rules read: those that branched, and those always worth asking."""
    facts = _unknown_sources(ctx, exploration.branched)
    for name, always in ALWAYS_ASKED.items():
        if name in exploration.read:
            facts.update(f for f in always if _is_unknown(ctx, f))
    return facts


# Facts asked only of family immigrants or § 53 holders: not named while the basis itself is unknown.
_BASIS_SPECIFIC = frozenset(
    {
        Fact.INDEPENDENT_AFTER_DEATH,
        Fact.REFERENCE_PERSON_BASIS,
        Fact.REFERENCE_PERSON_SETTLED_AT_APPLICATION,
        Fact.REFERENCE_PERSON_SETTLED_ON,
        Fact.FAMILY_APPLICATION_ON,
    }
)


def _missing(ctx: Context, exploration: Exploration) -> tuple[Fact, ...]:
    """C11: the unknown answers that decide between outcomes, in the order the law asks for them."""
    if len(exploration.outcomes) == 1:
        return ()
    facts = _unknown_sources(ctx, exploration.decisive)
    if ctx.answers.permit_basis is None:
        facts -= _BASIS_SPECIFIC
    return _in_order(facts)


def needed_facts(answers: Answers, on: date) -> tuple[Fact, ...]:
    """The unknown answers the rules still read, in the order the law asks for them.

    The wizard asks only these (and skips the ones the person already said they do not know). When
    the permit basis itself is unknown, the questions for family immigrants and § 53 holders are
    left out: a person who came through family immigration knows it. The other questions are then
    those a refugee (§ 9 (1) a) would be asked.
    """
    basis_unknown = answers.permit_basis is None
    if basis_unknown:
        answers = answers.model_copy(update={"permit_basis": PermitBasis.REFUGEE})
    ctx = Context(answers, on)
    exploration = explore(possibilities(ctx))
    facts = _relevant_unknowns(ctx, exploration)
    if basis_unknown:
        facts.add(Fact.PERMIT_BASIS)
    if ctx.settled_known is None:
        # Whether the person is settled comes first; questions about the settlement only after a yes.
        facts -= {Fact.SETTLED_ON, Fact.SETTLED_BY_AGREEMENT, Fact.CLAIM_MADE_ON}
    if Outcome.RIGHT_WITHOUT_DUTY in exploration.outcomes and answers.near_full_time_work is None:
        facts.add(Fact.NEAR_FULL_TIME_WORK)  # § 37 c: the municipality may refuse while working
    settled_on = answers.settled_on
    if (
        "within_two_years" in exploration.read
        and settled_on is not None
        and answers.claim_made_on is None
        and two_years.end_date(ctx, settled_on) <= on
    ):
        facts.add(Fact.CLAIM_MADE_ON)  # C3: a claim before the second anniversary counts
    return _in_order(facts)


def _findings(ctx: Context, p: Possibilities) -> tuple[Finding, ...]:
    """One finding per condition, in the order of the law."""
    findings = [
        older_act.finding(ctx, permit_date.older_act_values(p.permit)),
        permit_basis.finding(ctx, p.letter),
    ]
    if ctx.answers.permit_basis is PermitBasis.FAMILY_IMMIGRATION:
        findings.append(reference_person.finding(ctx, p.reference_listed, p.under_five_years))
    findings += [
        age.finding(ctx, permit_date.age_bands(p.permit)),
        settlement.settled_finding(ctx),
        settlement.agreement_finding(ctx, p.letter),
        two_years.finding(ctx, p.within_two_years),
        declined.finding(ctx),
    ]
    if ctx.answers.permit_basis is PermitBasis.COLLECTIVE_PROTECTION:
        findings.append(temporary_rules.finding(ctx, permit_date.temporary_values(p.permit)))
    return tuple(findings)


def _key_dates(ctx: Context) -> KeyDates:
    a = ctx.answers
    collective = a.permit_basis is PermitBasis.COLLECTIVE_PROTECTION
    after_settlement = start.after_settlement(ctx)
    after_claim = start.after_claim(ctx)
    return KeyDates(
        age_at_permit=age.age_at_permit(ctx),
        two_year_anniversary=None if a.settled_on is None else two_years.end_date(ctx, a.settled_on),
        two_years_counted_until=None if a.settled_on is None else two_years.counted_until(ctx),
        latest_start=start.latest_start(after_settlement, after_claim),
        latest_start_after_settlement=after_settlement,
        latest_start_after_claim=after_claim,
        reference_person_five_year_anniversary=(
            reference_person.five_year_anniversary(ctx)
            if a.permit_basis is PermitBasis.FAMILY_IMMIGRATION
            else None
        ),
        temporary_rules_ended_on=(
            TEMPORARY_RULES_ENDED_ON if collective and ctx.on > TEMPORARY_RULES_ENDED_ON else None
        ),
    )


def _caveats(
    ctx: Context, p: Possibilities, exploration: Exploration, outcome: Outcome
) -> tuple[CaveatNote, ...]:
    a = ctx.answers
    notes: list[tuple[Caveat, LawRef]] = []
    listed = None not in p.letter
    age_at_permit = age.age_at_permit(ctx)
    could_matter = outcome is not Outcome.NOT_ENTITLED  # a law change cannot help where § 3 or § 8 bars
    if could_matter and age_at_permit is not None and listed and age_at_permit > MAXIMUM_AGE.at(ctx.on):
        proposed = PROPOSED_MAXIMUM_AGE.at(ctx.on)
        if proposed is not None and age_at_permit <= proposed:  # Prop. 81 L (2024–2025)
            notes.append((Caveat.AGE_LIMIT_MAY_RISE_TO_60, BILL_2025_AGE_60))
    covered = permit_date.temporary_values(p.permit)
    if (
        could_matter
        and a.permit_basis is PermitBasis.COLLECTIVE_PROTECTION
        and True in covered
        and not temporary_rules.in_force(ctx.on)
        and ctx.on > TEMPORARY_RULES_ENDED_ON
    ):
        notes.append((Caveat.TEMPORARY_RULES_MAY_BE_EXTENDED, CHAPTER_6A))
    if outcome is Outcome.RIGHT_WITHOUT_DUTY and a.near_full_time_work:
        notes.append((Caveat.MAY_REFUSE_WHILE_WORKING, SECTION_37C_WORK))
    if outcome is Outcome.MAY_BE_OFFERED:
        grounds = _discretionary_grounds(ctx, p)
        if Ground.FAMILY_FIVE_YEARS in grounds:
            notes.append((Caveat.FAMILY_FIVE_YEARS_INTERPRETATION, section_9_letter("f")))
        if len(grounds) > 1:
            notes.append((Caveat.SEVERAL_DISCRETIONARY_GROUNDS, SECTION_8))
    if a.declined_or_dropped_out and outcome is Outcome.NOT_ENTITLED:
        notes.append((Caveat.DUTY_LAPSED_ASK_ANYWAY, SECTION_3_DUTY_LAPSES))
    if outcome in _STILL_OPEN and two_years.claim_now(ctx):
        notes.append((Caveat.CLAIM_NOW, SECTION_8))
    if permit_date.older_act_values(p.permit) == {True} and listed:
        notes.append((Caveat.OLDER_ACT, REGULATIONS_72_OLDER_ACT))
    if p.settled == {False} and outcome is Outcome.NEEDS_MORE_INFORMATION:
        notes.append((Caveat.NOT_YET_SETTLED, SECTION_8_SETTLEMENT))
    if a.permit_basis is PermitBasis.INDEPENDENT and a.independent_after_death_of_reference_person:
        notes.append((Caveat.INDEPENDENT_AFTER_DEATH_NOT_LISTED, section_9_letter("g")))
    if len(exploration.outcomes) == 1 and _relevant_unknowns(ctx, exploration):
        notes.append((Caveat.UNKNOWN_DID_NOT_MATTER, SECTION_8))
    return tuple(make_caveat(code, law) for code, law in notes)


_STILL_OPEN = frozenset({Outcome.RIGHT_AND_DUTY, Outcome.RIGHT_WITHOUT_DUTY, Outcome.MAY_BE_OFFERED})


class Ground(StrEnum):
    """The discretionary groups of § 8 (K1–K3) and the five-year case of C7."""

    OVER_55 = "over_55"  # K1
    WITHOUT_AGREEMENT = "without_agreement"  # K2
    FAMILY_OF_OTHERS = "family_of_others"  # K3
    FAMILY_FIVE_YEARS = "family_five_years"  # C7


def _discretionary_grounds(ctx: Context, p: Possibilities) -> set[Ground]:
    """The discretionary grounds that are known to apply."""
    grounds: set[Ground] = set()
    if permit_date.age_bands(p.permit) == {AgeBand.OVER}:
        grounds.add(Ground.OVER_55)
    if p.letter <= permit_basis.LETTERS_NEEDING_AGREEMENT and p.agreement == {False}:
        grounds.add(Ground.WITHOUT_AGREEMENT)
    if ctx.answers.permit_basis is PermitBasis.FAMILY_IMMIGRATION:
        if p.reference_listed == {False}:
            grounds.add(Ground.FAMILY_OF_OTHERS)
        elif p.under_five_years == {False}:
            grounds.add(Ground.FAMILY_FIVE_YEARS)
    return grounds
