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
