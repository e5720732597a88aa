"""The Act over time: every amendment since 2021 that changes who is in the target group, dated.

Each entry is one amending act (its Lovdata identifier), the day it took effect (and, for temporary
rules, the day it lapses), and the sections it touches. The parameters in `logic/parameters.py` take
their values from these entries, so the assessment date picks the version of the Act in force on it.
Adding the next amendment means: one entry here, the parameter or rule it changes, and legal cases on
both sides of its in-force date (tests/legal/amendments.toml). docs/rules.md describes each in words.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True, slots=True)
class Amendment:
    """One amending act: in force from `in_force` (inclusive) to `until` (exclusive), if temporary."""

    identifier: str  # Lovdata's identifier of the amending act, e.g. "LOV-2022-06-10-35"
    in_force: date | None  # None: adopted, not in force (the King decides when)
    sections: tuple[str, ...]  # the places in integreringsloven it changes
    until: date | None = None
    adopted_on: date | None = None  # for an amendment not in force: when the Storting adopted it


# The Act itself (integreringsloven) and its regulations (integreringsforskriften § 72).
ACT = Amendment("LOV-2020-11-06-127", date(2021, 1, 1), ("§ 3", "§ 8", "§ 9", "§ 12", "§ 52"))
# Chapter 6A: a § 34 permit granted from 11 March 2022 gives a right without a duty (C18).
CHAPTER_6A_2022 = Amendment("LOV-2022-06-10-35", date(2022, 6, 15), ("kapittel 6A", "§ 37 c"))
# § 8 (2) second sentence (C16), § 9 (1) d "pending documented identity", § 9 (2) permanent residence.
FAMILY_AND_REFUGEES_2023 = Amendment(
    "LOV-2023-06-09-24", date(2023, 8, 1), ("§ 8 (2)", "§ 9 (1) d", "§ 9 (2)")
)
# Chapter 6A re-enacted until 1 July 2026, the right without a duty kept (C18).
CHAPTER_6A_2024 = Amendment(
    "LOV-2024-06-25-53", date(2024, 7, 1), ("kapittel 6A", "§ 37 c"), until=date(2026, 7, 1)
)
# § 12 (2) reworded: decide on and start the programme within three months of settlement or claim.
START_2025 = Amendment("LOV-2025-06-20-35", date(2025, 6, 20), ("§ 12 (2)",))
# § 8 (4): work of 30 hours a week (C14); § 37 c reduced to "no social studies" (C18).
WORK_2026 = Amendment("LOV-2025-06-20-35", date(2026, 1, 1), ("§ 8 (4)", "§ 37 c"))
# § 8 (1) and (3) first sentences: upper age 60. Adopted, not in force (C19).
AGE_60 = Amendment("LOV-2025-06-20-35", None, ("§ 8 (1)", "§ 8 (3)"), adopted_on=date(2025, 6, 20))
# Chapter 6A re-enacted 1 July 2026 – 1 July 2028 without a programme rule of its own; § 37 e lets the
# ministry make temporary regulations that depart from §§ 8, 9 and 12 (C18).
CHAPTER_6A_2026 = Amendment(
    "LOV-2026-06-12-22", date(2026, 7, 1), ("kapittel 6A", "§ 37 e"), until=date(2028, 7, 1)
)

AMENDMENTS: tuple[Amendment, ...] = (
    ACT,
    CHAPTER_6A_2022,
    FAMILY_AND_REFUGEES_2023,
    CHAPTER_6A_2024,
    START_2025,
    WORK_2026,
    AGE_60,
    CHAPTER_6A_2026,
)

# C20: the last day these rules were checked against the Act (Lovdata's consolidated text and the
# ministry's change record). Shown under every result.
LAW_CHECKED_ON = date(2026, 7, 23)
