"""The data that goes in (answers) and comes out (an assessment).

Every answer is optional: `None` (or absent in JSON) means "not known". The models are frozen so
an assessment can never be changed after the rules produced it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from functools import cache, lru_cache
from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict, StrictBool, TypeAdapter
from pydantic_core import PydanticCustomError

from logic.codes import Caveat, Condition, ErrorCode, Fact, Outcome, Reason, Status
from logic.law import LawRef


class PermitBasis(StrEnum):
    """The legal basis of the person's residence permit (utlendingsloven)."""

    REFUGEE = "refugee"  # § 28
    RESETTLEMENT_REFUGEE = "resettlement_refugee"  # § 35 third paragraph
    HUMANITARIAN_AFTER_ASYLUM = "humanitarian_after_asylum"  # § 38 after an asylum application
    HUMANITARIAN_OTHER = "humanitarian_other"  # § 38 in another kind of case
    LIMITED_FAMILY_WITH_CHILDREN = "limited_family_with_children"  # § 38 (5) a or b
    LIMITED_OTHER = "limited_other"  # another limited permit
    COLLECTIVE_PROTECTION = "collective_protection"  # § 34
    FAMILY_IMMIGRATION = "family_immigration"  # chapter 6
    INDEPENDENT = "independent"  # § 53
    EEA_OR_NORDIC = "eea_or_nordic"
    WORK_OR_STUDY = "work_or_study"
    ASYLUM_SEEKER = "asylum_seeker"  # no decision yet
    OTHER = "other"


class ReferencePersonBasis(StrEnum):
    """The basis of the family member the person came to join (the reference person)."""

    REFUGEE = "refugee"
    RESETTLEMENT_REFUGEE = "resettlement_refugee"
    HUMANITARIAN_AFTER_ASYLUM = "humanitarian_after_asylum"
    HUMANITARIAN_OTHER = "humanitarian_other"
    LIMITED_FAMILY_WITH_CHILDREN = "limited_family_with_children"
    LIMITED_OTHER = "limited_other"
    COLLECTIVE_PROTECTION = "collective_protection"
    FAMILY_IMMIGRATION = "family_immigration"
    INDEPENDENT = "independent"
    EEA_OR_NORDIC = "eea_or_nordic"
    WORK_OR_STUDY = "work_or_study"
    ASYLUM_SEEKER = "asylum_seeker"
    OTHER = "other"
    NORWEGIAN_CITIZEN = "norwegian_citizen"
    # § 9 (2), from 1 August 2023: permanent residence granted on the basis of a permit under a–e.
    PERMANENT_RESIDENCE_AFTER_PROTECTION = "permanent_residence_after_protection"


def _iso_date(value: Any) -> Any:
    """A date, or its ISO text `YYYY-MM-DD`; nothing else (no numbers, no times of day)."""
    if isinstance(value, date) and not isinstance(value, datetime):
        return value
    if isinstance(value, str) and len(value) == 10 and value[4] == "-" and value[7] == "-":
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    raise PydanticCustomError("date_iso", "an ISO date, YYYY-MM-DD")


# The answers' types: JSON booleans for yes/no, ISO dates (the published schema, nothing laxer).
YesNo = StrictBool
IsoDate = Annotated[date, BeforeValidator(_iso_date)]


class Answers(BaseModel):
    """What the person told us. Missing or `None` means "not known"."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    date_of_birth: IsoDate | None = None
    permit_basis: PermitBasis | None = None
    permit_granted_on: IsoDate | None = None
    arrived_in_norway_on: IsoDate | None = None
    independent_after_death_of_reference_person: YesNo | None = None
    reference_person_basis: ReferencePersonBasis | None = None
    reference_person_settled_at_application: YesNo | None = None
    reference_person_settled_on: IsoDate | None = None
    family_application_on: IsoDate | None = None
    settled: YesNo | None = None
    settled_on: IsoDate | None = None
    settled_by_agreement: YesNo | None = None
    earlier_family_permit: YesNo | None = None  # C16: a letter f permit before the refugee permit
    claim_made: YesNo | None = None  # asked the municipality for the programme (a date implies yes)
    claim_made_on: IsoDate | None = None
    in_programme: YesNo | None = None  # C17: has started the programme; None means no
    declined_or_dropped_out: YesNo | None = None
    works_30_hours_or_more: YesNo | None = None  # C14: a job or job offer of 30 hours a week or more
    near_full_time_work: YesNo | None = None  # C18: (nearly) full-time work, chapter 6A until 2025
    assessed_on: IsoDate | None = None

    @property
    def has_claimed(self) -> bool | None:
        """Whether the person has asked the municipality: a claim date says yes (None: not known)."""
        return True if self.claim_made_on is not None else self.claim_made


class Finding(BaseModel):
    """One condition: met, not met or unknown, why, and where the law says so."""

    model_config = ConfigDict(frozen=True)

    condition: Condition
    status: Status
    reason: Reason
    law: LawRef
    missing: tuple[Fact, ...] = ()


@lru_cache(maxsize=1024)  # few distinct findings, immutable: each built once (called positionally)
def make_finding(
    condition: Condition, status: Status, reason: Reason, law: LawRef, missing: tuple[Fact, ...] = ()
) -> Finding:
    """A finding for one condition."""
    return Finding(condition=condition, status=status, reason=reason, law=law, missing=missing)


class CaveatNote(BaseModel):
    """An interpretation or a law change the person should know about."""

    model_config = ConfigDict(frozen=True)

    code: Caveat
    law: LawRef


@lru_cache(maxsize=256)
def make_caveat(code: Caveat, law: LawRef) -> CaveatNote:
    """A caveat note, built once per code and law reference."""
    return CaveatNote(code=code, law=law)


@dataclass(frozen=True, kw_only=True)
class KeyDates:
    """The dates and figures that decided the assessment (None where not known or not relevant).

    A plain dataclass, like `Assessment`: the rules build both with values of the right types (mypy
    checks them), so they are not validated again (about 3 µs less per assessment, timed).
    """

    age_at_permit: int | None = None
    two_years_counted_from: date | None = None  # C3, C15: settlement, or the § 9 permit if later
    two_year_anniversary: date | None = None  # § 8 (1) third sentence: the first day not "less than"
    two_years_counted_until: date | None = None  # the claim date, or the assessment date (C3)
    latest_start: date | None = None  # § 12: the later of the two dates below
    latest_start_after_settlement: date | None = None
    latest_start_after_claim: date | None = None
    reference_person_five_year_anniversary: date | None = None  # § 9 (1) f
    temporary_rules_ended_on: date | None = None  # chapter 6A's right without duty: its last day
    right_returns_if_work_ends_before: date | None = None  # § 8 (4) second sentence (C14)

    def as_dict(self) -> dict[str, int | date | None]:
        """Every key date by name, in the order above."""
        return dict(self.__dict__)


@dataclass(frozen=True, kw_only=True)
class Assessment:
    """The result: the outcome, every finding, the key dates, caveats and the facts still missing."""

    outcome: Outcome
    findings: tuple[Finding, ...]
    dates: KeyDates
    caveats: tuple[CaveatNote, ...]
    missing: tuple[Fact, ...]
    possible_outcomes: tuple[Outcome, ...]  # C11: the outcomes the unknown answers leave open
    outcome_once_settled: Outcome | None = None  # C9: what applies once settled (by agreement)
    dates_passed: tuple[str, ...] = ()  # the names of the `dates` that have passed on `assessed_on`
    assessed_on: date
    law_checked_on: date  # C20: the rules were last checked against the Act on this day
    rules_version: str

    def to_json(self, indent: int | None = None) -> str:
        """The assessment as JSON (the command line's output): codes, ISO dates, the fields in order."""
        return _assessment_json().dump_json(self, indent=indent).decode()


@cache  # built on first use: the wizard never needs it, so it costs nothing at start-up
def _assessment_json() -> TypeAdapter[Assessment]:
    return TypeAdapter(Assessment)


class Problem(BaseModel):
    """One answer that cannot be used, with a stable code for a translated message."""

    model_config = ConfigDict(frozen=True)

    field: str
    code: ErrorCode


class InvalidAnswers(ValueError):
    """Raised by `assess` when answers contradict each other or the calendar.

    The message names fields and codes only: never the values the person typed.
    """

    def __init__(self, problems: tuple[Problem, ...]) -> None:
        self.problems = problems
        super().__init__("; ".join(f"{p.field}: {p.code}" for p in problems))
