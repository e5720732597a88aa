"""Legal numbers, in-force dates and rule switches, as dated series with the law reference they come from.

A rule never holds a number of its own: it asks a parameter for its value on the assessment date. A
series starts at the Act (1 January 2021) and changes on the day an amendment in `logic/amendments.py`
takes effect (openfisca style): `Parameter.at(on)` reads the version in force on `on`. The texts a
person reads take their numbers from here too (`figures`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Generic, TypeVar

from logic.amendments import (
    ACT,
    AGE_60,
    CHAPTER_6A_2022,
    CHAPTER_6A_2024,
    CHAPTER_6A_2026,
    FAMILY_AND_REFUGEES_2023,
    WORK_2026,
    Amendment,
)
from logic.law import (
    OLDER_ACT_TRANSITION,
    SECTION_8_AGE,
    SECTION_8_EARLIER_FAMILY,
    SECTION_8_TWO_YEARS,
    SECTION_8_WORK,
    SECTION_9_PERMANENT_RESIDENCE,
    SECTION_12_START,
    SECTION_37C,
    SECTION_37E,
    LawRef,
    section_9_letter,
)

T = TypeVar("T")
_READ_LIMIT = 256  # dates remembered per parameter


@dataclass(frozen=True, slots=True)
class Parameter(Generic[T]):
    """A legal value that changes over time: `series` lists (from this day, this value)."""

    name: str
    law: LawRef
    series: tuple[tuple[date, T], ...]
    # The values already read, by date: rules ask for the assessment date (one a day) many times.
    _read: dict[date, T] = field(default_factory=dict, init=False, repr=False, compare=False)

    def at(self, on: date) -> T:
        """The value in force on `on`. Dates before the Act are refused."""
        read = self._read
        if on in read:
            return read[on]
        value = self._in_force(on)
        if len(read) >= _READ_LIMIT:  # a long-running process sees a new date each day: stay small
            read.clear()
        read[on] = value
        return value

    def _in_force(self, on: date) -> T:
        for start, value in reversed(self.series):  # a handful of entries: newest first
            if on >= start:
                return value
        raise ValueError(f"{self.name}: no value before {self.series[0][0].isoformat()}")


def in_force(amendment: Amendment) -> date:
    """The day an amendment took effect (an amendment not in force has no place in a series)."""
    if amendment.in_force is None:
        raise ValueError(f"{amendment.identifier} is not in force")
    return amendment.in_force


def lapses(amendment: Amendment) -> date:
    """The day a temporary amendment stops applying."""
    if amendment.until is None:
        raise ValueError(f"{amendment.identifier} is not temporary")
    return amendment.until


INTEGRATION_ACT_IN_FORCE = in_force(ACT)
BASE = INTEGRATION_ACT_IN_FORCE

# integreringsforskriften § 72 with integreringsloven § 52 (C12): the older introduksjonsloven applies
# to those granted a permit and arrived in Norway before this date.
OLDER_ACT_BEFORE = Parameter("older_act_before", OLDER_ACT_TRANSITION, ((BASE, INTEGRATION_ACT_IN_FORCE),))

# § 8 (1) first and second sentences: between 18 and 55 years, both included, on the permit date.
MINIMUM_AGE = Parameter("minimum_age", SECTION_8_AGE, ((BASE, 18),))
MAXIMUM_AGE = Parameter("maximum_age", SECTION_8_AGE, ((BASE, 55),))
# C19: LOV-2025-06-20-35 raises the upper age to 60; adopted, not in force. Not applied to the outcome:
# ages above MAXIMUM_AGE up to this one get a caveat on assessment dates from the day it was adopted.
ADOPTED_MAXIMUM_AGE = 60
AGE_60_ADOPTED_ON = AGE_60.adopted_on or date(2025, 6, 20)

# § 8 (1) third sentence and § 8 (3) second sentence: less than two years in a municipality (C3).
SETTLEMENT_YEARS = Parameter("settlement_years", SECTION_8_TWO_YEARS, ((BASE, 2),))
# § 9 (1) f: the reference person had been settled for less than five years at the application (C4).
REFERENCE_PERSON_YEARS = Parameter("reference_person_years", section_9_letter("f"), ((BASE, 5),))
# § 9 (2): family of a person with permanent residence granted on a permit under a–e counts under f.
PERMANENT_RESIDENCE_COUNTS = Parameter(
    "permanent_residence_counts",
    SECTION_9_PERMANENT_RESIDENCE,
    ((BASE, False), (in_force(FAMILY_AND_REFUGEES_2023), True)),
)
# § 8 (2) second sentence (C16): a refugee who earlier held a letter f permit needs no agreement.
EARLIER_FAMILY_PERMIT_EXEMPT = Parameter(
    "earlier_family_permit_exempt",
    SECTION_8_EARLIER_FAMILY,
    ((BASE, False), (in_force(FAMILY_AND_REFUGEES_2023), True)),
)

# § 12 (2): the programme starts at the latest three months after settlement or the claim (C5).
START_MONTHS = Parameter("start_months", SECTION_12_START, ((BASE, 3),))
# C3: tell the person to claim now when the two years run out in less than this many months.
CLAIM_WARNING_MONTHS = Parameter("claim_warning_months", SECTION_8_TWO_YEARS, ((BASE, 3),))

# § 8 (4) (C14): no right and duty while in work, or with a job offer, of at least WORK_HOURS a week.
WORK_RULE = Parameter("work_rule", SECTION_8_WORK, ((BASE, False), (in_force(WORK_2026), True)))
WORK_HOURS = 30
# A full-time week in the help text ("80 % of 37.5 hours is 30").
FULL_TIME_HOURS = 37.5

# Chapter 6A, § 37 c as in force 15 June 2022 – 31 December 2025 (C18): a § 34 permit granted from
# 11 March 2022 gives a right without a duty; the municipality may refuse during (nearly) full-time work.
RIGHT_WITHOUT_DUTY = Parameter(
    "right_without_duty",
    SECTION_37C,
    (
        (BASE, False),
        (in_force(CHAPTER_6A_2022), True),
        (in_force(CHAPTER_6A_2024), True),
        (in_force(WORK_2026), False),
    ),
)
RIGHT_WITHOUT_DUTY_PERMITS_FROM = date(2022, 3, 11)
RIGHT_WITHOUT_DUTY_ENDED_ON = date(2025, 12, 31)  # the last day, shown to § 34 holders after it
# Chapter 6A re-enacted 1 July 2026 – 1 July 2028 (C18): § 37 e temporary regulations may apply.
TEMPORARY_REGULATIONS_POSSIBLE = Parameter(
    "temporary_regulations_possible",
    SECTION_37E,
    ((BASE, False), (in_force(CHAPTER_6A_2026), True), (lapses(CHAPTER_6A_2026), False)),
)

# C13 and C20: the rules speak for assessment dates up to five years after they were last checked,
# and warn after twelve months.
OUT_OF_DATE_AFTER_MONTHS = 12
REFUSED_AFTER_YEARS = 5


def figures(on: date) -> dict[str, int | float | date]:
    """The legal numbers and dates a text may name, as in force on `on` (e.g. %(maximum_age)d)."""
    return {
        "act_in_force": INTEGRATION_ACT_IN_FORCE,
        "right_without_duty_permits_from": RIGHT_WITHOUT_DUTY_PERMITS_FROM,
        "right_without_duty_ended_on": RIGHT_WITHOUT_DUTY_ENDED_ON,
        "temporary_regulations_until": lapses(CHAPTER_6A_2026) - timedelta(days=1),
        "permanent_residence_counts_from": in_force(FAMILY_AND_REFUGEES_2023),
        "minimum_age": MINIMUM_AGE.at(on),
        "maximum_age": MAXIMUM_AGE.at(on),
        "adopted_maximum_age": ADOPTED_MAXIMUM_AGE,
        "settlement_years": SETTLEMENT_YEARS.at(on),
        "reference_person_years": REFERENCE_PERSON_YEARS.at(on),
        "start_months": START_MONTHS.at(on),
        "claim_warning_months": CLAIM_WARNING_MONTHS.at(on),
        "work_hours": WORK_HOURS,
        "full_time_hours": FULL_TIME_HOURS,
        "work_share_percent": round(WORK_HOURS / FULL_TIME_HOURS * 100),
    }
