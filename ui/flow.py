"""The path through the questions: which to ask, in which order, and where Continue and Back lead.

No Streamlit here, so it can be tested directly. The rules decide what is asked: `walk` replays the
person's answers through `logic.needed_facts`, one question at a time, in the order the law asks for
them. Answers to questions that are no longer on the path (after a change) are left out, so they
never reach the assessment.

`Route` is the person's route as the pages see it: the answers given, the path through the questions,
the answers model for `logic`, and the assessment with its key dates, each computed at most once
(`ui.state.route` keeps one per change of the answers or the assessment date).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from typing import Any

from logic import Answers, Assessment, Fact, InvalidAnswers, KeyDates, Problem, assess, needed_facts, validate
from ui.claim import fields_of


@dataclass(frozen=True)
class Path:
    """The questions on the person's path, in the order they are asked."""

    asked: tuple[Fact, ...]  # answered (or "I don't know"), in order
    next: Fact | None  # the first question on the path not answered yet; None when complete
    answers: Mapping[str, Any] = field(default_factory=dict)  # the answers on the path only
    # What the rules still needed at each place of the walk (the i-th: given the answers to the first
    # i questions): an answer to a later question can take the places before it over (`answer`).
    needed: tuple[tuple[Fact, ...], ...] = field(default=(), compare=False, repr=False)

    @property
    def complete(self) -> bool:
        """Every question on the path is answered: the result can be shown."""
        return self.next is None

    @property
    def order(self) -> tuple[Fact, ...]:
        """The questions a person moves through with Continue and Back."""
        return self.asked if self.next is None else (*self.asked, self.next)

    def model(self) -> Answers:
        """The answers on the path, for `logic`."""
        return Answers.model_validate(self.answers)


def walk(
    answers: Mapping[str, Any], asked: Collection[Fact], on: date, known: tuple[tuple[Fact, ...], ...] = ()
) -> Path:
    """Replay the answers through the rules, asking the first needed question each time.

    `known`: what the rules needed at the first places of an earlier walk on the same date whose
    answers to those places' questions are the same (`answer` passes them); those places are not
    computed again."""
    kept: dict[str, Any] = {}
    seen: list[Fact] = []
    trace: list[tuple[Fact, ...]] = []
    while True:
        place = len(seen)
        needed = known[place] if place < len(known) else needed_facts(Answers.model_validate(kept), on)
        trace.append(needed)
        upcoming = next((fact for fact in needed if fact not in seen), None)
        if upcoming is None or upcoming not in asked:
            return Path(tuple(seen), upcoming, kept, tuple(trace))
        seen.append(upcoming)
        for name in fields_of(upcoming):
            if name in answers:
                kept[name] = answers[name]


@dataclass(frozen=True)
class Answered:
    """The outcome of answering one question: the new path, or the problems to show."""

    path: Path
    answers: dict[str, Any]
    asked: frozenset[Fact]
    problems: tuple[Problem, ...]


def answer(  # noqa: PLR0913 (the answers and the new one, the date, the walk they came from)
    answers: Mapping[str, Any],
    asked: Collection[Fact],
    fact: Fact,
    value: Any,
    on: date,
    *,
    earlier: Path | None = None,
) -> Answered:
    """Record one answer (`None`: "I don't know") and check it against the others with `logic.validate`.

    A question that fills several fields (the claim question) gives them as a mapping. When the path
    is complete, answers to questions no longer on it are dropped. `earlier`: the path walked from
    `answers` and `asked` on `on`; up to `fact`'s place on it, only answers that did not change have
    been read, so what the rules needed there is taken over.
    """
    names = fields_of(fact)
    new_answers = {k: v for k, v in answers.items() if k not in names}
    if isinstance(value, Mapping):
        new_answers.update({k: v for k, v in value.items() if v is not None})
    elif value is not None:
        new_answers[fact.value] = value
    new_asked = frozenset(asked) | {fact}
    known = (
        ()
        if earlier is None or fact not in earlier.order
        else earlier.needed[: earlier.order.index(fact) + 1]
    )
    path = walk(new_answers, new_asked, on, known)
    problems = validate(path.model(), on)
    if path.complete:
        new_answers, new_asked = dict(path.answers), frozenset(path.asked)
    return Answered(path, new_answers, new_asked, problems)


def after_continue(path: Path, fact: Fact, from_check: bool) -> Fact | None:
    """The question after `fact`, or None for the check-your-answers page.

    Opened from "Change": straight back to the check page unless the change opened new questions.
    Otherwise the next question on the path (already answered ones show their answers).
    """
    if from_check:
        return path.next
    order = path.order
    if fact in order and order.index(fact) + 1 < len(order):
        return order[order.index(fact) + 1]
    return path.next


def before(path: Path, fact: Fact | None) -> Fact | None:
    """The question before `fact` (None: `fact` is the first, Back leads to the start page).

    With `fact` None (the check page), the last question answered.
    """
    order = path.order
    if fact is None:
        return path.asked[-1] if path.asked else None
    if fact in order:
        index = order.index(fact)
        return order[index - 1] if index > 0 else None
    return path.asked[-1] if path.asked else None


@dataclass(frozen=True)
class Route:
    """The person's route: what they answered, the path it gives, and what `logic` makes of it.

    Built once per change of the answers or the assessment date (`ui.state.route`); the path, the
    answers model and the assessment are computed the first time a page asks for them.
    """

    answers: Mapping[str, Any]  # every answer given, also to questions no longer on the path
    asked: frozenset[Fact]  # the questions answered, "I don't know" included
    on: date  # the assessment date

    @classmethod
    def of(
        cls, answers: Mapping[str, Any], asked: Collection[Fact], on: date, path: Path | None = None
    ) -> Route:
        """The route for these answers on this date (`path`: already walked, by `answer`)."""
        route = cls(dict(answers), frozenset(asked), on)
        if path is not None:
            route.__dict__["path"] = path  # what the cached property would compute
        return route

    @cached_property
    def path(self) -> Path:
        """The questions on the person's path."""
        return walk(self.answers, self.asked, self.on)

    @cached_property
    def model(self) -> Answers:
        """The answers on the path, for `logic`."""
        return self.path.model()

    @cached_property
    def assessment(self) -> Assessment | None:
        """The assessment of the answers so far (None if they contradict each other)."""
        try:
            return assess(self.model, self.on)
        except InvalidAnswers:
            return None

    @property
    def result(self) -> Assessment | None:
        """The assessment to show as the result: only once every question on the path is answered."""
        return self.assessment if self.path.complete else None

    @property
    def dates(self) -> KeyDates | None:
        """The key dates so far, for the hints that name them (None if there is no assessment)."""
        assessment = self.assessment
        return None if assessment is None else assessment.dates

    def answer(self, fact: Fact, value: Any) -> Answered:
        """Record one answer on this route (see `answer`)."""
        return answer(self.answers, self.asked, fact, value, self.on, earlier=self.path)

    def before(self, fact: Fact | None) -> Fact | None:
        """The question before `fact` on the path (see `before`)."""
        return before(self.path, fact)
