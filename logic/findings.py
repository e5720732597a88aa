"""Building findings: the shape every condition's finding shares."""

from __future__ import annotations

from logic.codes import Condition, Fact, Reason, Status
from logic.law import LawRef
from logic.models import Finding, make_finding


def only(values: frozenset[bool]) -> bool | None:
    """The value when there is one possible value, None when several remain (unknown)."""
    return next(iter(values)) if len(values) == 1 else None


def yes_no(
    condition: Condition,
    law: LawRef,
    holds: bool | None,
    reasons: tuple[Reason, Reason, Reason],
    missing: tuple[Fact, ...] = (),
) -> Finding:
    """The finding for a condition that holds (True), does not (False) or is unknown (None).

    `reasons` are the reason codes for met, not met and unknown, in that order; `missing` names the
    unknown answers (only used when `holds` is None).
    """
    met, not_met, unknown = reasons
    if holds is None:
        return make_finding(condition, Status.UNKNOWN, unknown, law, missing)
    return make_finding(condition, Status.MET if holds else Status.NOT_MET, met if holds else not_met, law)


class YesNo:
    """A condition that holds, does not hold or is not known, with where the law says so and the
    reason in each case. The two known findings are built once, when the rule's module loads."""

    __slots__ = ("_met", "_not_met", "condition", "law", "missing", "unknown")

    def __init__(
        self,
        condition: Condition,
        law: LawRef,
        reasons: tuple[Reason, Reason, Reason],
        missing: tuple[Fact, ...] = (),
    ) -> None:
        """`reasons`: for met, not met and unknown; `missing`: the answers that are unknown when it is."""
        met, not_met, unknown = reasons
        self.condition = condition
        self.law = law
        self.unknown = unknown
        self.missing = missing
        self._met = make_finding(condition, Status.MET, met, law)
        self._not_met = make_finding(condition, Status.NOT_MET, not_met, law)

    def finding(self, holds: bool | None, missing: tuple[Fact, ...] | None = None) -> Finding:
        """The finding when the condition holds (True), does not (False) or is unknown (None);
        `missing` replaces the unknown answers named when they depend on the person."""
        if holds is None:
            named = self.missing if missing is None else missing
            return make_finding(self.condition, Status.UNKNOWN, self.unknown, self.law, named)
        return self._met if holds else self._not_met
