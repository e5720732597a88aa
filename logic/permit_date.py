"""The permit date and what depends on it jointly (C2, C11).

The date the first permit on the qualifying basis was granted decides three things at once: the
age limit of § 8 (1), whether the older act applies (forskriften § 72) and whether chapter 6A covers
a § 34 permit (C18). When the date is unknown, all three are evaluated together over its plausible range,
so that combinations that no single date could produce are never considered.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache

from logic.context import Context
from logic.parameters import OLDER_ACT_BEFORE, RIGHT_WITHOUT_DUTY_PERMITS_FROM
from logic.rules import age, older_act, temporary_rules
from logic.rules.age import AgeBand

# (older act applies, age band on the permit date, chapter 6A covers the permit)
PermitFacts = tuple[bool, AgeBand, bool]
OLDER_ACT, AGE_BAND, TEMPORARY_PERMIT = 0, 1, 2
DAY = timedelta(days=1)


def candidate_dates(ctx: Context) -> tuple[date, ...]:
    """The permit dates that together show every combination: range ends and each side of a limit."""
    low, high = ctx.permit_range
    if low == high:
        return (low,)
    limits = [OLDER_ACT_BEFORE.at(ctx.on), RIGHT_WITHOUT_DUTY_PERMITS_FROM]
    if ctx.answers.date_of_birth is not None:
        limits.extend(age.breakpoints(ctx.answers.date_of_birth, ctx.on))
    dates = {low, high}
    for limit in limits:
        dates.update(d for d in (limit - DAY, limit) if low <= d <= high)
    return tuple(sorted(dates))


def possible(ctx: Context) -> frozenset[PermitFacts]:
    """Every combination of the three permit-dependent facts that some plausible date gives."""
    born = ctx.answers.date_of_birth
    permit = ctx.answers.permit_granted_on
    if born is not None and permit is not None and permit >= OLDER_ACT_BEFORE.at(ctx.on):
        # Both dates known, under the 2021 act: one combination (the common case, kept fast).
        return frozenset({(False, age.band(born, permit, ctx.on), temporary_rules.covers_permit(permit))})
    combos: set[PermitFacts] = set()
    for permit in candidate_dates(ctx):
        bands = age.ALL_BANDS if born is None else frozenset({age.band(born, permit, ctx.on)})
        covered = temporary_rules.covers_permit(permit)
        for older in older_act.possible_for_permit(ctx, permit):
            combos.update((older, band, covered) for band in bands)
    return frozenset(combos)


@lru_cache(maxsize=256)  # few distinct sets of combinations
def older_act_values(combos: frozenset[PermitFacts]) -> frozenset[bool]:
    """The possible values of "the older act applies"."""
    return frozenset(older for older, _, _ in combos)


@lru_cache(maxsize=256)  # few distinct sets of combinations
def age_bands(combos: frozenset[PermitFacts]) -> frozenset[AgeBand]:
    """The possible age bands on the permit date."""
    return frozenset(band for _, band, _ in combos)


@lru_cache(maxsize=256)  # few distinct sets of combinations
def temporary_values(combos: frozenset[PermitFacts]) -> frozenset[bool]:
    """The possible values of "chapter 6A covers the permit"."""
    return frozenset(covered for _, _, covered in combos)
