"""Calendar arithmetic with the conventions of docs/rules.md section 5 (C1, C3, C4, C5)."""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from dateutil.relativedelta import relativedelta


def age_on(born: date, on: date) -> int:
    """Age in completed years on a date (C1).

    A person born 29 February reaches a new age on 1 March in years that are not leap years.
    """
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def anniversary(start: date, years: int) -> date:
    """The date `years` after `start`; an anniversary of 29 February falls on 1 March (C3, C4)."""
    try:
        return date(start.year + years, start.month, start.day)
    except ValueError:  # 29 February in a year that is not a leap year
        return date(start.year + years, 3, 1)


@lru_cache(maxsize=8192)  # pure and called with few distinct dates: each computed once
def add_months(start: date, months: int) -> date:
    """Calendar months with end-of-month clipping: 30 November + 3 months = end of February (C5)."""
    result: date = start + relativedelta(months=months)
    return result


def is_less_than_years(start: date, until: date, years: int) -> bool:
    """Whether `until` falls before the `years`-th anniversary of `start` (exactly is not less)."""
    return until < anniversary(start, years)
