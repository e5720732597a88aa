"""Integreringsloven § 12 (2): the municipality decides on and starts the programme as soon as possible
and at the latest three months after settlement, or after the person asked for it (C5).

Both dates are computed where known; the deadline is the later of them (calendar months with
end-of-month clipping). Reworded by LOV-2025-06-20-35 from 20 June 2025; the three months are older.
"""

from __future__ import annotations

from datetime import date

from logic.calendar import add_months
from logic.context import Context
from logic.parameters import START_MONTHS


def after_settlement(ctx: Context) -> date | None:
    """Three months after the person was settled in the municipality."""
    settled_on = ctx.answers.settled_on
    return None if settled_on is None else add_months(settled_on, START_MONTHS.at(ctx.on))


def after_claim(ctx: Context) -> date | None:
    """Three months after the person asked to take part."""
    claim = ctx.answers.claim_made_on
    return None if claim is None else add_months(claim, START_MONTHS.at(ctx.on))


def latest_start(settlement_deadline: date | None, claim_deadline: date | None) -> date | None:
    """The later of the two deadlines, where at least one is known."""
    if settlement_deadline is None or claim_deadline is None:
        return settlement_deadline or claim_deadline
    return max(settlement_deadline, claim_deadline)
