"""`needed_facts`: the answers the rules still need, in the order the law asks for them (the wizard
asks these, one page each)."""

from __future__ import annotations

from datetime import date

from logic.codes import Fact, Outcome
from logic.context import Context
from logic.decision import Predicate, explore
from logic.models import Answers, PermitBasis
from logic.possibilities import possibilities, relevant_unknowns
from logic.validation import validate

FACT_ORDER = tuple(Fact)
# Asked only once the person has said they are settled.
_AFTER_SETTLEMENT = frozenset(
    {Fact.SETTLED_ON, Fact.SETTLED_BY_AGREEMENT, Fact.EARLIER_FAMILY_PERMIT, Fact.CLAIM_MADE}
)
# The claim question has four answers (asked on a date / not asked / I don't know / already in the
# programme, C17): one page, so the date and the programme are never asked on their own.
_PART_OF_CLAIM_QUESTION = frozenset({Fact.CLAIM_MADE_ON, Fact.IN_PROGRAMME})
_SOMETHING_TO_ASK_FOR = frozenset(
    {Outcome.RIGHT_AND_DUTY, Outcome.RIGHT_WITHOUT_DUTY, Outcome.MAY_BE_OFFERED}
)


def in_order(facts: set[Fact]) -> tuple[Fact, ...]:
    """The facts in the order the law asks for them."""
    return tuple(fact for fact in FACT_ORDER if fact in facts)


def usable(answers: Answers, on: date) -> Answers:
    """The answers without those `validate` refuses, so that no rule ever computes with them (C13)."""
    problems = validate(answers, on)
    if not problems:
        return answers
    return answers.model_copy(
        update={str(p.field): None for p in problems if p.field in Answers.model_fields}
    )


def needed_facts(answers: Answers, on: date) -> tuple[Fact, ...]:
    """The unknown answers the rules still read, in the order the law asks for them.

    The wizard asks only these (and skips the ones the person already said they do not know). When
    the permit basis itself is unknown, the questions for family immigrants and § 53 holders are
    left out: a person who came through family immigration knows it. The other questions are then
    those a refugee (§ 9 (1) a) would be asked. Answers that `validate` refuses are treated as not
    given (the wizard shows the refusal).
    """
    answers = usable(answers, on)
    if answers.in_programme:
        return ()  # § 9 (3): nothing else decides (C17)
    basis_unknown = answers.permit_basis is None
    if basis_unknown:
        answers = answers.model_copy(update={"permit_basis": PermitBasis.REFUGEE})
    ctx = Context(answers, on)
    exploration = explore(possibilities(ctx))
    facts = relevant_unknowns(ctx, exploration)
    if basis_unknown:
        facts.add(Fact.PERMIT_BASIS)
    if (
        ctx.settled_known is True
        and ctx.claimed is None
        and (
            exploration.outcomes & _SOMETHING_TO_ASK_FOR or Predicate.WITHIN_TWO_YEARS in exploration.branched
        )
    ):
        facts.add(Fact.CLAIM_MADE)  # C3, C17: the claim moves the two years and the start; or in it
    if ctx.settled_known is not True:
        facts -= _AFTER_SETTLEMENT  # whether the person is settled comes first
    if Outcome.RIGHT_WITHOUT_DUTY in exploration.outcomes and answers.near_full_time_work is None:
        facts.add(Fact.NEAR_FULL_TIME_WORK)  # § 37 c until 2025: the municipality may refuse (C18)
    return in_order(facts - _PART_OF_CLAIM_QUESTION)
