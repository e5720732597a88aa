"""Legal numbers and in-force dates, as dated series with the law reference they come from.

A rule never holds a number of its own: it asks a parameter for its value on the assessment date.
A law change is a new entry in a series, from the day it takes effect (openfisca style).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Generic, TypeVar

from logic.law import (
    BILL_2025_AGE_60,
    CHAPTER_6A,
    REGULATIONS_72_OLDER_ACT,
    SECTION_8,
    SECTION_8_AGE,
    SECTION_9,
    SECTION_12_START,
    LawRef,
    section_9_letter,
)

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Parameter(Generic[T]):
    """A legal value that changes over time: `series` lists (from this date, this value)."""

    name: str
    law: LawRef
    series: tuple[tuple[date, T], ...]

    def at(self, on: date) -> T:
        """The value in force on `on`. Dates before the first entry are refused."""
        for start, value in reversed(self.series):  # a handful of entries: newest first
            if on >= start:
                return value
        raise ValueError(f"{self.name}: no value before {self.series[0][0].isoformat()}")


INTEGRATION_ACT_IN_FORCE = date(2021, 1, 1)  # integreringsloven in force; forskriften § 72

# integreringsforskriften § 72: the older introduksjonsloven applies to those granted a permit and
# arrived in Norway before this date.
OLDER_ACT_BEFORE = Parameter(
    "older_act_before", REGULATIONS_72_OLDER_ACT, ((INTEGRATION_ACT_IN_FORCE, date(2021, 1, 1)),)
)

# § 8 (1): between 18 and 55 years, both included, at the date of the permit decision.
MINIMUM_AGE = Parameter("minimum_age", SECTION_8_AGE, ((INTEGRATION_ACT_IN_FORCE, 18),))
MAXIMUM_AGE = Parameter("maximum_age", SECTION_8_AGE, ((INTEGRATION_ACT_IN_FORCE, 55),))

# Prop. 81 L (2024–2025): "up to and including 60", adopted June 2025, in-force date not confirmed.
# Not applied to the outcome; ages above MAXIMUM_AGE up to this get a caveat.
PROPOSED_MAXIMUM_AGE: Parameter[int | None] = Parameter(
    "proposed_maximum_age",
    BILL_2025_AGE_60,
    ((INTEGRATION_ACT_IN_FORCE, None), (date(2025, 6, 1), 60)),
)

# § 8: the right and duty apply to those who have lived in a municipality for less than two years.
SETTLEMENT_YEARS = Parameter("settlement_years", SECTION_8, ((INTEGRATION_ACT_IN_FORCE, 2),))

# § 9 (1) f: the reference person had been settled for less than five years at the application.
REFERENCE_PERSON_YEARS = Parameter(
    "reference_person_years", section_9_letter("f"), ((INTEGRATION_ACT_IN_FORCE, 5),)
)

# § 12: the programme starts at the latest three months after settlement or the claim.
START_MONTHS = Parameter("start_months", SECTION_12_START, ((INTEGRATION_ACT_IN_FORCE, 3),))

# C3: warn when the two years run out in less than this many months (same measure as § 12).
CLAIM_WARNING_MONTHS = Parameter("claim_warning_months", SECTION_8, ((INTEGRATION_ACT_IN_FORCE, 3),))

# Chapter 6A (temporary): in force 15 June 2022 to 30 June 2026 (extended twice).
TEMPORARY_RULES_IN_FORCE = Parameter(
    "temporary_rules_in_force",
    CHAPTER_6A,
    ((INTEGRATION_ACT_IN_FORCE, False), (date(2022, 6, 15), True), (date(2026, 7, 1), False)),
)
TEMPORARY_RULES_ENDED_ON = date(2026, 6, 30)  # last day of the last known extension
# Chapter 6A covers § 34 permits granted on or after this date.
TEMPORARY_RULES_PERMITS_FROM = Parameter(
    "temporary_rules_permits_from", CHAPTER_6A, ((INTEGRATION_ACT_IN_FORCE, date(2022, 3, 11)),)
)

# The permit bases in § 9 first paragraph, kept here so the letter list has one home.
PERMIT_BASES_LAW = SECTION_9
