"""From the conditions to one outcome, and what to do with unknown answers (C6–C11, C14–C18).

`decide` states the order of the law for one fully known situation. `explore` runs it over every
combination the unknown answers allow (C11): an unknown that cannot change the outcome does not block
it; one that can is reported as decisive. Each predicate is read by name (`Predicate`), so only the
unknowns the rules actually reach are branched on. Predicates that one answer decides together (the
permit date: older act, age band, chapter 6A; the settlement: the two kinds of two years) are chosen
jointly, so no combination that no single date could give is ever considered.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache
from typing import Any, NamedTuple

from logic.codes import Outcome
from logic.permit_date import AGE_BAND, OLDER_ACT, TEMPORARY_PERMIT, PermitFacts
from logic.rules.age import AgeBand
from logic.rules.permit_basis import (
    COLLECTIVE_PROTECTION_LETTER,
    FAMILY_LETTER,
    LETTERS_NEEDING_AGREEMENT,
    REFUGEE_LETTER,
    Letter,
)
from logic.rules.two_years import ANY_PERMIT, LISTED, TwoYears


class Predicate(StrEnum):
    """What `decide` reads. The values name the fields of `Possibilities` or of a joint group."""

    IN_PROGRAMME = "in_programme"
    LETTER = "letter"
    OLDER_ACT = "older_act"
    AGE_BAND = "age_band"
    TEMPORARY_PERMIT = "temporary_permit"
    DECLINED = "declined"
    SETTLED = "settled"
    WITHIN_TWO_YEARS = "within_two_years"
    WITHIN_TWO_YEARS_ANY_PERMIT = "within_two_years_any_permit"
    AGREEMENT = "agreement"
    EARLIER_FAMILY_PERMIT = "earlier_family_permit"
    REFERENCE_LISTED = "reference_listed"
    UNDER_FIVE_YEARS = "under_five_years"
    WORKS_30_HOURS = "works_30_hours"
    # The version of the Act in force on the assessment date (one value each).
    RIGHT_WITHOUT_DUTY_IN_FORCE = "right_without_duty_in_force"
    EARLIER_FAMILY_EXEMPTION_IN_FORCE = "earlier_family_exemption_in_force"
    WORK_RULE_IN_FORCE = "work_rule_in_force"


# Joint groups: predicate -> (field of `Possibilities` holding tuples, index in the tuple).
JOINT: dict[Predicate, tuple[str, int]] = {
    Predicate.OLDER_ACT: ("permit", OLDER_ACT),
    Predicate.AGE_BAND: ("permit", AGE_BAND),
    Predicate.TEMPORARY_PERMIT: ("permit", TEMPORARY_PERMIT),
    Predicate.WITHIN_TWO_YEARS: ("two_years", LISTED),
    Predicate.WITHIN_TWO_YEARS_ANY_PERMIT: ("two_years", ANY_PERMIT),
}


class Possibilities(NamedTuple):
    """For each predicate (or joint group), the values it can still take (one value when known)."""

    in_programme: frozenset[bool]
    letter: frozenset[Letter]
    permit: frozenset[PermitFacts]
    declined: frozenset[bool]
    settled: frozenset[bool]
    two_years: frozenset[TwoYears]
    agreement: frozenset[bool]
    earlier_family_permit: frozenset[bool]
    reference_listed: frozenset[bool]
    under_five_years: frozenset[bool]
    works_30_hours: frozenset[bool]
    right_without_duty_in_force: frozenset[bool]
    earlier_family_exemption_in_force: frozenset[bool]
    work_rule_in_force: frozenset[bool]

    def replace(self, **changes: frozenset[Any]) -> Possibilities:
        """A copy with some predicates fixed to other values (C9: what applies once settled)."""
        return self._replace(**changes)


Get = Callable[[Predicate], Any]


def decide(get: Get) -> Outcome:
    """The outcome for one situation, in the order of the law. `get(predicate)` reads a predicate."""
    if get(Predicate.IN_PROGRAMME):  # § 9 (3): the right to complete the programme (C17)
        return Outcome.ALREADY_IN_PROGRAMME
    letter: Letter = get(Predicate.LETTER)
    if letter is None:  # § 9 (1): the permit basis is not listed
        return Outcome.NOT_ENTITLED
    if get(Predicate.OLDER_ACT):  # forskriften § 72 with § 52: the older act applies (C12)
        return Outcome.NEEDS_MORE_INFORMATION
    band: AgeBand = get(Predicate.AGE_BAND)
    if band is AgeBand.UNDER:  # § 8 (1): under 18 on the permit date
        return Outcome.NOT_ENTITLED
    if get(Predicate.DECLINED):  # § 3 (3): the duty has lapsed (C8)
        return Outcome.NOT_ENTITLED
    if not get(Predicate.SETTLED):  # C9: not yet settled in a municipality
        return Outcome.NEEDS_MORE_INFORMATION
    if not get(Predicate.WITHIN_TWO_YEARS):  # § 8 (1) third sentence; the two years of § 8 (3) start
        return Outcome.NOT_ENTITLED  # no later, so they have passed too
    # § 8 (3), K1–K3, C6, C7. The groups are read before the age, so that every discretionary ground is
    # asked for and explained, even when being over 55 alone already decides the outcome.
    if _in_discretionary_group(letter, get) or band is AgeBand.OVER:
        if not get(Predicate.WITHIN_TWO_YEARS_ANY_PERMIT):  # § 8 (3) second sentence
            return Outcome.NOT_ENTITLED
        return Outcome.MAY_BE_OFFERED
    if (
        letter == COLLECTIVE_PROTECTION_LETTER
        and get(Predicate.TEMPORARY_PERMIT)
        and get(Predicate.RIGHT_WITHOUT_DUTY_IN_FORCE)
    ):
        return Outcome.RIGHT_WITHOUT_DUTY  # § 37 c until 31.12.2025: § 34 permit from 11.03.2022
    if get(Predicate.WORK_RULE_IN_FORCE) and get(Predicate.WORKS_30_HOURS):
        return Outcome.NOT_ENTITLED  # § 8 (4): work of 30 hours a week or more (C14)
    return Outcome.RIGHT_AND_DUTY  # § 8 (1) with § 9 (1)


def _in_discretionary_group(letter: str, get: Get) -> bool:
    """§ 8 (3): settled without agreement (K2), or family of others than those in letter f (K3, C7)."""
    if letter in LETTERS_NEEDING_AGREEMENT:
        if get(Predicate.AGREEMENT):  # § 8 (1) first sentence: settled by agreement with IMDi
            return False
        # § 8 (2) second sentence (C16): a refugee who earlier held a letter f permit needs none.
        return not (
            letter == REFUGEE_LETTER
            and get(Predicate.EARLIER_FAMILY_EXEMPTION_IN_FORCE)
            and get(Predicate.EARLIER_FAMILY_PERMIT)
        )
    if letter == FAMILY_LETTER:  # § 9 (1) f: listed reference person, settled under five years
        return not get(Predicate.REFERENCE_LISTED) or not get(Predicate.UNDER_FIVE_YEARS)
    return False  # letter g: no agreement needed (§ 8 (2) first sentence)


@dataclass(frozen=True, slots=True)
class Exploration:
    """What `explore` found over all combinations the unknowns allow."""

    outcomes: frozenset[Outcome]
    decisive: frozenset[Predicate]  # predicates whose values lead to different outcomes
    branched: frozenset[Predicate]  # predicates read while they had several possible values
    read: frozenset[Predicate]  # every predicate read on some path


class _Branch(Exception):
    def __init__(self, name: Predicate) -> None:
        self.name = name


def _values(p: Possibilities, fixed: dict[Predicate, Hashable], name: Predicate) -> list[Any]:
    joint = JOINT.get(name)
    if joint is None:
        return list(getattr(p, name))
    group, index = joint
    chosen = [(JOINT[k][1], v) for k, v in fixed.items() if k in JOINT and JOINT[k][0] == group]
    return list({t[index] for t in getattr(p, group) if all(t[i] == v for i, v in chosen)})


@lru_cache(maxsize=8192)
def explore(p: Possibilities) -> Exploration:
    """Run `decide` over every combination of the possible values it reaches."""
    return _explore(p, ())


def _explore(p: Possibilities, fixed_items: tuple[tuple[Predicate, Hashable], ...]) -> Exploration:
    fixed = dict(fixed_items)
    read: set[Predicate] = set()

    def get(name: Predicate) -> Any:
        read.add(name)
        if name in fixed:
            return fixed[name]
        values = _values(p, fixed, name)
        if len(values) == 1:
            return values[0]
        raise _Branch(name)

    try:
        outcome = decide(get)
    except _Branch as branch:
        outcomes: set[Outcome] = set()
        decisive: set[Predicate] = set()
        branched: set[Predicate] = {branch.name}
        per_value: set[frozenset[Outcome]] = set()
        for value in _values(p, fixed, branch.name):
            sub = _explore(p, (*fixed_items, (branch.name, value)))
            outcomes |= sub.outcomes
            decisive |= sub.decisive
            branched |= sub.branched
            read |= sub.read
            per_value.add(sub.outcomes)
        if len(per_value) > 1:
            decisive.add(branch.name)
        return Exploration(frozenset(outcomes), frozenset(decisive), frozenset(branched), frozenset(read))
    return Exploration(frozenset({outcome}), frozenset(), frozenset(), frozenset(read))
