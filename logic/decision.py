"""From the conditions to one outcome, and what to do with unknown answers (RULES.md C6–C11).

`decide` states the order of the law for one fully known situation. `explore` runs it over every
combination the unknown answers allow (C11): an unknown that cannot change the outcome does not block
it; one that can is reported as decisive. Each predicate is read by name, so only the unknowns the
rules actually reach are branched on.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from logic.codes import Outcome
from logic.rules.age import AgeBand
from logic.rules.permit_basis import LETTERS_NEEDING_AGREEMENT, Letter
from logic.rules.permit_date import AGE_BAND, OLDER_ACT, TEMPORARY_PERMIT, PermitFacts

# The components of the permit-date group, read by name and chosen jointly.
PERMIT_COMPONENTS = {
    "older_act": OLDER_ACT,
    "age_band": AGE_BAND,
    "temporary_permit": TEMPORARY_PERMIT,
}


@dataclass(frozen=True, slots=True)
class Possibilities:
    """For each predicate, the values it can still take (one value when known)."""

    letter: frozenset[Letter]
    permit: frozenset[PermitFacts]
    declined: frozenset[bool]
    settled: frozenset[bool]
    within_two_years: frozenset[bool]
    agreement: frozenset[bool]
    reference_listed: frozenset[bool]
    under_five_years: frozenset[bool]
    temporary_rules_in_force: frozenset[bool]


Get = Callable[[str], Any]


def decide(get: Get) -> Outcome:
    """The outcome for one situation, in the order of the law. `get(name)` reads a predicate."""
    letter: Letter = get("letter")
    if letter is None:  # § 9 (1): the permit basis is not listed
        return Outcome.NOT_ENTITLED
    if get("older_act"):  # forskriften § 72: the older act applies (C12)
        return Outcome.NEEDS_MORE_INFORMATION
    band: AgeBand = get("age_band")
    if band is AgeBand.UNDER:  # § 8 (1): under 18 on the permit date
        return Outcome.NOT_ENTITLED
    if get("declined"):  # § 3 (3): the duty has lapsed (C8)
        return Outcome.NOT_ENTITLED
    if not get("settled"):  # C9: not yet settled in a municipality
        return Outcome.NEEDS_MORE_INFORMATION
    if not get("within_two_years"):  # § 8: two years or more in a municipality
        return Outcome.NOT_ENTITLED
    # § 8, K1–K3, C6, C7. The groups are read before the age, so that every discretionary ground is
    # asked for and explained, even when being over 55 alone already decides the outcome.
    if _in_discretionary_group(letter, get) or band is AgeBand.OVER:
        return Outcome.MAY_BE_OFFERED
    if letter == "e" and get("temporary_permit") and get("temporary_rules_in_force"):
        return Outcome.RIGHT_WITHOUT_DUTY  # chapter 6A: § 34 permit from 11.03.2022
    return Outcome.RIGHT_AND_DUTY  # § 8 with § 9 (1)


def _in_discretionary_group(letter: str, get: Get) -> bool:
    """§ 8: settled without agreement (K2), or family of others than those in letter f (K3, C7)."""
    if letter in LETTERS_NEEDING_AGREEMENT:
        return not get("agreement")  # § 8 (1): settled by agreement with IMDi
    if letter == "f":  # § 9 (1) f: listed reference person, settled under five years
        return not get("reference_listed") or not get("under_five_years")
    return False  # letter g: no agreement needed (§ 8 (2))


@dataclass(frozen=True, slots=True)
class Exploration:
    """What `explore` found over all combinations the unknowns allow."""

    outcomes: frozenset[Outcome]
    decisive: frozenset[str]  # predicates whose values lead to different outcomes
    branched: frozenset[str]  # predicates read while they had several possible values
    read: frozenset[str]  # every predicate read on some path


class _Branch(Exception):
    def __init__(self, name: str) -> None:
        self.name = name


def _values(p: Possibilities, fixed: dict[str, Hashable], name: str) -> list[Any]:
    if name in PERMIT_COMPONENTS:
        chosen = [(PERMIT_COMPONENTS[k], v) for k, v in fixed.items() if k in PERMIT_COMPONENTS]
        index = PERMIT_COMPONENTS[name]
        return list({t[index] for t in p.permit if all(t[i] == v for i, v in chosen)})
    return list(getattr(p, name))


@lru_cache(maxsize=8192)
def explore(p: Possibilities) -> Exploration:
    """Run `decide` over every combination of the possible values it reaches."""
    return _explore(p, ())


def _explore(p: Possibilities, fixed_items: tuple[tuple[str, Hashable], ...]) -> Exploration:
    fixed = dict(fixed_items)
    read: set[str] = set()

    def get(name: str) -> Any:
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
        decisive: set[str] = set()
        branched: set[str] = {branch.name}
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
