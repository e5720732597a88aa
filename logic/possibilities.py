"""C11: what each predicate of `decision.decide` can still be, given the answers, and which answers
each predicate is computed from (so an unknown that decides can be named)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import lru_cache

from logic.codes import Fact
from logic.context import ONLY, Context
from logic.decision import Exploration, Possibilities, Predicate
from logic.models import PermitBasis
from logic.permit_date import possible as possible_permit
from logic.rules import (
    declined,
    in_programme,
    permit_basis,
    reference_person,
    settlement,
    temporary_rules,
    two_years,
    work,
)

_REFERENCE = (
    Fact.REFERENCE_PERSON_BASIS,
    Fact.REFERENCE_PERSON_SETTLED_AT_APPLICATION,
    Fact.REFERENCE_PERSON_SETTLED_ON,
    Fact.FAMILY_APPLICATION_ON,
)
_CLAIM = (Fact.CLAIM_MADE, Fact.CLAIM_MADE_ON)

# Which answers each predicate is computed from.
SOURCES: dict[Predicate, tuple[Fact, ...]] = {
    Predicate.IN_PROGRAMME: (),  # C17: not knowing counts as no
    Predicate.LETTER: (Fact.PERMIT_BASIS, Fact.INDEPENDENT_AFTER_DEATH),
    Predicate.OLDER_ACT: (Fact.PERMIT_GRANTED_ON, Fact.ARRIVED_IN_NORWAY_ON),
    Predicate.AGE_BAND: (Fact.DATE_OF_BIRTH, Fact.PERMIT_GRANTED_ON),
    Predicate.TEMPORARY_PERMIT: (Fact.PERMIT_GRANTED_ON,),
    Predicate.DECLINED: (Fact.DECLINED_OR_DROPPED_OUT,),
    Predicate.SETTLED: (Fact.SETTLED,),
    # C3, C15: the permit date and the earlier family permit move the start only for a § 53 holder.
    Predicate.WITHIN_TWO_YEARS: (Fact.SETTLED_ON, *_CLAIM, Fact.PERMIT_GRANTED_ON, *_REFERENCE),
    Predicate.WITHIN_TWO_YEARS_ANY_PERMIT: (Fact.SETTLED_ON, *_CLAIM),
    Predicate.AGREEMENT: (Fact.SETTLED_BY_AGREEMENT,),
    Predicate.EARLIER_FAMILY_PERMIT: (Fact.EARLIER_FAMILY_PERMIT,),
    Predicate.REFERENCE_LISTED: (Fact.REFERENCE_PERSON_BASIS,),
    Predicate.UNDER_FIVE_YEARS: _REFERENCE[1:],
    Predicate.WORKS_30_HOURS: (Fact.WORKS_30_HOURS_OR_MORE,),
    Predicate.RIGHT_WITHOUT_DUTY_IN_FORCE: (),
    Predicate.EARLIER_FAMILY_EXEMPTION_IN_FORCE: (),
    Predicate.WORK_RULE_IN_FORCE: (),
}
# Answers asked only with some permit bases: a person who came through family immigration knows it.
ONLY_FOR_BASIS: dict[Fact, frozenset[PermitBasis]] = {
    Fact.INDEPENDENT_AFTER_DEATH: frozenset({PermitBasis.INDEPENDENT}),
    Fact.EARLIER_FAMILY_PERMIT: frozenset({PermitBasis.REFUGEE}),
    **{fact: frozenset({PermitBasis.FAMILY_IMMIGRATION, PermitBasis.INDEPENDENT}) for fact in _REFERENCE},
}
# Sources of the two years of § 8 (1) that can only move its start (C3, C15): asked only while
# `two_years.start_sources` says they still can.
_START_OF_TWO_YEARS = frozenset({Fact.PERMIT_GRANTED_ON, *_REFERENCE})


def possibilities(ctx: Context) -> Possibilities:
    """The values each predicate can take, given what is known (C11)."""
    return Possibilities(  # by position, in the order of the fields (half the time of keywords)
        in_programme.possible(ctx),
        permit_basis.possible(ctx),  # letter
        possible_permit(ctx),
        declined.possible(ctx),
        settlement.possible_settled(ctx),
        two_years.possible(ctx),
        settlement.possible_agreement(ctx),
        settlement.possible_earlier_family_permit(ctx),
        reference_person.possible_listed(ctx),
        reference_person.possible_under_five_years(ctx),
        work.possible(ctx),  # works_30_hours
        *_versions_in_force(ctx.on),
    )


@lru_cache(maxsize=64)  # one per assessment date: few distinct
def _versions_in_force(on: date) -> tuple[frozenset[bool], frozenset[bool], frozenset[bool]]:
    """Which version of each amended rule is in force on `on` (one value each): the last three
    fields of `Possibilities`, in their order."""
    return (
        ONLY[temporary_rules.in_force(on)],  # right_without_duty_in_force
        ONLY[settlement.earlier_family_exemption_in_force(on)],  # earlier_family_exemption_in_force
        ONLY[work.in_force(on)],  # work_rule_in_force
    )


# Answers that other answers imply (they count as given), and C17's fact, which is never unknown.
_IMPLIED: dict[Fact, Callable[[Context], bool]] = {
    Fact.SETTLED: lambda ctx: ctx.settled_known is None,  # a settlement date tells that the person is settled
    Fact.CLAIM_MADE: lambda ctx: ctx.claimed is None,  # a claim date tells that the person asked
    Fact.CLAIM_MADE_ON: lambda ctx: ctx.claimed is True and ctx.answers.claim_made_on is None,
    Fact.IN_PROGRAMME: lambda ctx: False,  # C17: not knowing counts as no
}


def is_unknown(ctx: Context, fact: Fact) -> bool:
    """Whether the person did not give this answer (what other answers imply counts as given)."""
    implied = _IMPLIED.get(fact)
    return getattr(ctx.answers, fact) is None if implied is None else implied(ctx)


def unknown_sources(ctx: Context, predicates: frozenset[Predicate]) -> set[Fact]:
    """The unknown answers the given predicates are computed from, for this person's permit basis."""
    basis = ctx.answers.permit_basis
    facts: set[Fact] = set()
    for predicate in predicates:
        sources = SOURCES[predicate]
        if predicate is Predicate.WITHIN_TWO_YEARS:
            moving = two_years.start_sources(ctx)
            sources = tuple(f for f in sources if f not in _START_OF_TWO_YEARS or f in moving)
        for fact in sources:
            allowed = ONLY_FOR_BASIS.get(fact)
            if allowed is not None and (basis is None or basis not in allowed):
                continue  # with the basis unknown: a person who came through family immigration knows it
            facts.add(fact)
    return {fact for fact in facts if is_unknown(ctx, fact)}


# Answers worth asking whenever their predicate is read, even when they cannot change the outcome:
# the age on the permit date and the settlement date are among the dates the result explains.
ALWAYS_ASKED: dict[Predicate, tuple[Fact, ...]] = {
    Predicate.AGE_BAND: (Fact.DATE_OF_BIRTH, Fact.PERMIT_GRANTED_ON),
    Predicate.WITHIN_TWO_YEARS: (Fact.SETTLED_ON,),
}


def relevant_unknowns(ctx: Context, exploration: Exploration) -> set[Fact]:
    """Unknown answers the rules read: those that branched, and those always worth asking."""
    facts = unknown_sources(ctx, exploration.branched)
    for predicate, always in ALWAYS_ASKED.items():
        if predicate in exploration.read:
            facts.update(f for f in always if is_unknown(ctx, f))
    return facts
