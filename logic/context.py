"""What every rule reads: the answers, the assessment date, and plausible ranges for unknown dates.

C11 (docs/rules.md): an unknown date is evaluated over its plausible range. The ranges are fixed here,
once, so all rules agree on them.
"""

from __future__ import annotations

from datetime import date

from logic.codes import Fact
from logic.models import Answers, PermitBasis
from logic.parameters import INTEGRATION_ACT_IN_FORCE, OLDER_ACT_BEFORE

EARLIEST_DATE = date(1900, 1, 1)  # no answer may be earlier than this (validation)
BOTH = frozenset({True, False})
ONLY = {True: frozenset({True}), False: frozenset({False})}  # shared one-value sets


def known_or_both(value: bool | None) -> frozenset[bool]:
    """The possible values of a yes/no answer: itself when known, both when not (C11)."""
    return BOTH if value is None else ONLY[value]


class Context:
    """The answers and the assessment date `on`, with derived values computed once, up front."""

    __slots__ = (
        "answers",
        "arrival_range",
        "claimed",
        "on",
        "permit_range",
        "settled_known",
        "settlement_range",
        "settles_before_permit",
    )

    def __init__(self, answers: Answers, on: date) -> None:
        self.answers = answers
        self.on = on
        self.claimed = answers.has_claimed
        self.settled_known = self._settled_known()
        self.settles_before_permit = self._settles_before_permit()
        self.permit_range = self._permit_range()
        self.settlement_range = self._settlement_range()
        self.arrival_range = self._arrival_range()

    def unknown(self, *facts: Fact) -> tuple[Fact, ...]:
        """Those of `facts` the person did not answer, in the order given."""
        return tuple(fact for fact in facts if getattr(self.answers, fact) is None)

    def _settled_known(self) -> bool | None:
        """Whether the person has been settled: a settlement date, or settlement by agreement, implies it."""
        a = self.answers
        if a.settled_on is not None or a.settled_by_agreement is True:
            return True
        return a.settled

    def _settles_before_permit(self) -> bool | None:
        """A § 53 holder was first settled as a family immigrant, before the independent permit.

        None while the basis is unknown: then the ranges cover both orders.
        """
        basis = self.answers.permit_basis
        return None if basis is None else basis is PermitBasis.INDEPENDENT

    def _permit_range(self) -> tuple[date, date]:
        """Earliest and latest plausible permit date (C11).

        Known: that date. Unknown: from 1 January 2021 (or the family-reunification application, which
        comes first) to the settlement date, or the assessment date if not settled; for a § 53 holder,
        whose permit follows the first settlement, to the assessment date. When one of the person's
        own known dates before the permit lies before 2021, the permit may too, and the range opens
        back to the date of birth.
        """
        a = self.answers
        if a.permit_granted_on is not None:
            return a.permit_granted_on, a.permit_granted_on
        earlier = [a.arrived_in_norway_on, a.claim_made_on]
        if self.settles_before_permit is False:  # the permit came before the settlement
            earlier.append(a.settled_on)
        elif self.settles_before_permit is None:  # either order: an unknown settlement may be early
            earlier.append(a.settled_on or a.date_of_birth or EARLIEST_DATE)
        # The permit comes before the settlement, except for a § 53 holder (or maybe, basis unknown).
        high = (a.settled_on or self.on) if self.settles_before_permit is False else self.on
        cutoff = OLDER_ACT_BEFORE.at(self.on)
        before_act = any(d is not None and d < cutoff for d in earlier)
        low = (a.date_of_birth or EARLIEST_DATE) if before_act else INTEGRATION_ACT_IN_FORCE
        for floor in (a.date_of_birth, a.family_application_on):  # the permit comes after both
            if floor is not None:
                low = max(low, floor)
        return min(low, high), high

    def _settlement_range(self) -> tuple[date, date]:
        """Earliest and latest plausible first settlement date (C11).

        By the claim or the assessment date; after the permit, except for a § 53 holder, whose first
        settlement as a family immigrant may lie any time before.
        """
        a = self.answers
        if a.settled_on is not None:
            return a.settled_on, a.settled_on
        high = a.claim_made_on or self.on
        if self.settles_before_permit is False:
            low = self.permit_range[0]
        else:
            low = a.date_of_birth or EARLIEST_DATE
        return min(low, high), high

    def _arrival_range(self) -> tuple[date, date]:
        """Earliest and latest plausible arrival in Norway (C11)."""
        a = self.answers
        if a.arrived_in_norway_on is not None:
            return a.arrived_in_norway_on, a.arrived_in_norway_on
        low = a.date_of_birth or EARLIEST_DATE
        high = a.settled_on or self.on
        return min(low, high), high
