"""`assess`: every finding, the outcome, the key dates and the caveats for one person on one date."""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from logic.amendments import LAW_CHECKED_ON
from logic.caveats import caveats, discretionary_grounds
from logic.codes import ErrorCode, Fact, Outcome
from logic.context import Context
from logic.decision import Exploration, Possibilities, Predicate, explore
from logic.key_dates import key_dates, passed
from logic.models import Answers, Assessment, Finding, InvalidAnswers, PermitBasis, Problem
from logic.permit_date import age_bands, older_act_values, temporary_values
from logic.possibilities import possibilities, unknown_sources
from logic.questions import in_order
from logic.rules import (
    age,
    declined,
    in_programme,
    older_act,
    permit_basis,
    reference_person,
    settlement,
    temporary_rules,
    two_years,
    work,
)
from logic.validation import ASSESSED_ON, validate

RULES_VERSION = "2026.12.3"  # docs/rules.md as of 3 December 2026: the Act in force on that day

_ONCE_SETTLED = {
    "settled": frozenset({True}),
    "agreement": frozenset({True}),
    "two_years": frozenset({(True, True)}),
}


def _on(answers: Answers, on: date | None) -> date:
    chosen = on or answers.assessed_on
    if chosen is None:  # C13: the assessment date is always an input; logic never reads the clock
        raise InvalidAnswers((Problem(field=ASSESSED_ON, code=ErrorCode.INVALID_DATE),))
    return chosen


@lru_cache(maxsize=64)
def _ordered_outcomes(outcomes: frozenset[Outcome]) -> tuple[Outcome, ...]:
    """The outcomes in the order of docs/rules.md section 1 (few distinct sets: each sorted once)."""
    return tuple(o for o in Outcome if o in outcomes)


def _resolve(exploration: Exploration) -> Outcome:
    outcomes = exploration.outcomes
    return next(iter(outcomes)) if len(outcomes) == 1 else Outcome.NEEDS_MORE_INFORMATION


def assess(answers: Answers, on: date | None = None) -> Assessment:
    """Assess the answers on the date `on` (or `answers.assessed_on`).

    Raises `InvalidAnswers` when an answer contradicts the calendar or another answer, or the date is
    one the rules cannot speak for (C13).
    """
    on = _on(answers, on)
    problems = validate(answers, on)
    if problems:
        raise InvalidAnswers(problems)
    ctx = Context(answers, on)
    p = possibilities(ctx)
    exploration = explore(p)
    outcome = _resolve(exploration)
    once_settled = None
    if p.settled == {False}:  # C9: what will apply once settled (by agreement, where required)
        # Work is asked once the person is settled: until then, "once settled" assumes no 30-hour job.
        not_asked_yet = {"works_30_hours": frozenset({False})} if len(p.works_30_hours) > 1 else {}
        once_settled = _resolve(explore(p.replace(**_ONCE_SETTLED, **not_asked_yet)))
    discretionary = _discretionary(ctx, p, exploration, outcome)
    dates = key_dates(ctx, p, outcome, discretionary=discretionary)
    return Assessment(
        outcome=outcome,
        findings=_findings(ctx, p, exploration, outcome, discretionary=discretionary),
        dates=dates,
        dates_passed=passed(dates, on),
        caveats=caveats(ctx, p, exploration, outcome, discretionary=discretionary),
        missing=_missing(ctx, exploration),
        possible_outcomes=_ordered_outcomes(exploration.outcomes),
        outcome_once_settled=once_settled,
        assessed_on=on,
        law_checked_on=LAW_CHECKED_ON,
        rules_version=RULES_VERSION,
    )


def _discretionary(ctx: Context, p: Possibilities, exploration: Exploration, outcome: Outcome) -> bool:
    """Whether the two years of § 8 (3) second sentence are the ones that apply: the rules reached
    the groups the municipality may offer the programme, or the person is known to be in one (K1–K3,
    C7) and both kinds of two years have passed (the rules stop at § 8 (1), which starts no earlier)."""
    if Predicate.WITHIN_TWO_YEARS_ANY_PERMIT in exploration.read:
        return True
    return (
        outcome is Outcome.NOT_ENTITLED
        and p.two_years == {(False, False)}
        and bool(discretionary_grounds(ctx, p))
    )


def _missing(ctx: Context, exploration: Exploration) -> tuple[Fact, ...]:
    """C11: the unknown answers that decide between outcomes, in the order the law asks for them."""
    if len(exploration.outcomes) == 1:
        return ()
    return in_order(unknown_sources(ctx, exploration.decisive))


def _findings(
    ctx: Context, p: Possibilities, exploration: Exploration, outcome: Outcome, *, discretionary: bool
) -> tuple[Finding, ...]:
    """One finding per condition, in the order of the law."""
    if outcome is Outcome.ALREADY_IN_PROGRAMME:
        return (in_programme.finding(),)  # § 9 (3): whatever else is answered
    basis = ctx.answers.permit_basis
    findings = [
        older_act.finding(ctx, older_act_values(p.permit)),
        permit_basis.finding(ctx, p.letter),
    ]
    if basis is PermitBasis.FAMILY_IMMIGRATION:
        findings.append(reference_person.finding(ctx, p.reference_listed, p.under_five_years))
    findings += [
        age.finding(ctx, age_bands(p.permit)),
        settlement.settled_finding(ctx),
        settlement.agreement_finding(ctx, p.letter),
        two_years.finding(ctx, p.two_years, discretionary=discretionary),
        declined.finding(ctx),
    ]
    if Predicate.WORKS_30_HOURS in exploration.read:  # § 8 (4), only where it can decide (C14)
        findings.append(work.finding(ctx))
    if basis is PermitBasis.COLLECTIVE_PROTECTION:
        findings.append(temporary_rules.finding(ctx, temporary_values(p.permit)))
    return tuple(findings)
