"""The legal case tables in tests/legal/*.toml: the law of docs/rules.md as data, independent of the code.

Each table holds `[[case]]` entries:

- `name`: a full sentence naming the section of the Act or the convention (C1–C20), and the amending
  act (LOV-…) where a case pins an amendment; it is the test id;
- `on`: the assessment date (left out only to show that an assessment date is required, C13);
- `answers`: the answers, by their JSON input names;
- and what docs/rules.md makes of them, either `error = {field = …, code = …}` for refused answers, or
  `outcome` with, optionally, `outcome_once_settled` (C9), `dates` (a subset of the key dates; ""
  for a date that must be absent, as TOML has no null),
  `caveats` (codes that must be present), `no_caveats` (codes that must be absent),
  `findings` (condition = status), `citations` (condition = the finding's law reference, as cited),
  `missing` (facts that must be named as missing), `missing_only` (all the facts named as missing:
  no other may be) and `passed` (the key dates that have passed on the assessment date, all of them).

Every expected value was derived by hand from the rules (docs/rules.md). A key or code this runner does
not know is an error in the table, so a typo can never make a case pass silently.
"""

from __future__ import annotations

import re
import tomllib
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from logic import (
    AMENDMENTS,
    Answers,
    Caveat,
    Condition,
    ErrorCode,
    Fact,
    InvalidAnswers,
    Outcome,
    PermitBasis,
    ReferencePersonBasis,
    Status,
    assess,
)

TABLES = Path(__file__).parent / "legal"
EXPECTATIONS = {
    "outcome",
    "outcome_once_settled",
    "dates",
    "caveats",
    "no_caveats",
    "findings",
    "missing",
    "missing_only",
    "citations",
    "passed",
    "error",
}
CASE_KEYS = {"name", "on", "answers", *EXPECTATIONS}


def _load() -> list[tuple[str, dict[str, Any]]]:
    """Every case of every table, with the name of its table."""
    cases = []
    for path in sorted(TABLES.glob("*.toml")):
        with path.open("rb") as file:
            table = tomllib.load(file)
        assert set(table) == {"case"}, f"{path.name}: a table holds only [[case]] entries"
        cases += [(path.name, case) for case in table["case"]]
    return cases


TABLED = _load()
CASES = [case for _, case in TABLED]


def _plain(value: Any) -> Any:
    """Dates as ISO strings, so a table may write a date either as a TOML date or as a string."""
    return value.isoformat() if isinstance(value, date) else value


def _known(codes: Any, enumeration: type) -> set[str]:
    """The codes a table lists (one or several), each checked against its enumeration."""
    listed = {codes} if isinstance(codes, str) else set(codes)
    unknown = listed - {str(member) for member in enumeration}
    assert not unknown, f"not a {enumeration.__name__}: {sorted(unknown)}"
    return listed


@pytest.mark.parametrize(("table", "case"), [pytest.param(t, c, id=c["name"]) for t, c in TABLED])
def test_legal_case(table: str, case: dict[str, Any]) -> None:
    unknown = set(case) - CASE_KEYS
    assert not unknown, f"{table}: keys this runner does not know: {sorted(unknown)}"
    assert ("outcome" in case) != ("error" in case), f"{table}: expect either an outcome or an error"
    answers = Answers.model_validate(case["answers"])
    on = case.get("on")  # left out only to show that an assessment date is required (C13)

    if "error" in case:
        assert set(case["error"]) == {"field", "code"}, f"{table}: error = {{field = …, code = …}}"
        expected = (case["error"]["field"], _known(case["error"]["code"], ErrorCode).pop())
        with pytest.raises(InvalidAnswers) as refused:
            assess(answers, on)
        assert expected in {(str(p.field), str(p.code)) for p in refused.value.problems}
        return

    result = assess(answers, on)
    assert {str(result.outcome)} == _known(case["outcome"], Outcome)
    if "outcome_once_settled" in case:
        assert {str(result.outcome_once_settled)} == _known(case["outcome_once_settled"], Outcome)

    dates = result.dates.as_dict()
    for key, expected in case.get("dates", {}).items():
        assert key in dates, f"{table}: KeyDates has no field {key}"
        assert _plain(dates[key]) == (None if expected == "" else _plain(expected)), key

    caveats = {str(note.code) for note in result.caveats}
    assert _known(case.get("caveats", []), Caveat) <= caveats
    assert not _known(case.get("no_caveats", []), Caveat) & caveats

    findings = {str(finding.condition): str(finding.status) for finding in result.findings}
    for condition, status in case.get("findings", {}).items():
        _known(condition, Condition)
        assert findings.get(condition) == _known(status, Status).pop(), condition

    cited = {str(finding.condition): str(finding.law) for finding in result.findings}
    for condition, citation in case.get("citations", {}).items():
        _known(condition, Condition)
        assert cited.get(condition) == citation, condition

    assert _known(case.get("missing", []), Fact) <= {str(fact) for fact in result.missing}
    if "missing_only" in case:  # C11: an answer that cannot change the outcome is not asked for
        assert {str(fact) for fact in result.missing} == _known(case["missing_only"], Fact)
    if "passed" in case:  # § 12 (2), section 4: the key dates that have passed on the assessment date
        assert set(result.dates_passed) == set(case["passed"])


def test_case_names_are_unique() -> None:
    names = [case["name"] for case in CASES]
    assert len(names) == len(set(names))


@pytest.mark.parametrize("convention", [f"C{n}" for n in range(1, 21)])
def test_every_convention_is_pinned_on_both_sides(convention: str) -> None:
    """docs/rules.md section 5: each convention is named by cases that expect different results."""
    named = [case for case in CASES if re.search(rf"\b{convention}\b", case["name"])]
    results = {repr({key: case[key] for key in sorted(EXPECTATIONS & set(case))}) for case in named}
    assert len(results) >= 2, f"{convention}: named by {len(named)} case(s) with a single result"


def test_every_answer_value_and_refusal_has_a_case() -> None:
    """§ 9 (1): every permit basis and reference person basis; and every refusal `assess` can make.

    `invalid_value` and `unknown_field` are refused while reading JSON, before `assess` is called.
    """
    answers = [case["answers"] for case in CASES]
    assert {str(b) for b in PermitBasis} <= {a.get("permit_basis") for a in answers}
    assert {str(b) for b in ReferencePersonBasis} <= {a.get("reference_person_basis") for a in answers}
    refused = {case["error"]["code"] for case in CASES if "error" in case}
    assert {str(code) for code in ErrorCode} - {"invalid_value", "unknown_field"} <= refused


def _days(amendment_dates: list[date | None]) -> list[date]:
    return [day for day in amendment_dates if day is not None]


@pytest.mark.parametrize("amendment", AMENDMENTS[1:], ids=lambda a: f"{a.identifier} {a.sections}")
def test_every_amendment_is_pinned_the_day_before_and_the_day_it_takes_effect(amendment: object) -> None:
    """docs/rules.md section 6: each amendment after the Act has cases, naming it, on the last day before
    it took effect (or lapsed, or was adopted) and on that day."""
    identifier = amendment.identifier  # type: ignore[attr-defined]
    named = {case.get("on") for case in CASES if identifier in case["name"]}
    days = _days([amendment.in_force, amendment.until, amendment.adopted_on])  # type: ignore[attr-defined]
    assert days
    for day in days:
        assert {day - timedelta(days=1), day} <= named, f"{identifier}: no cases on both sides of {day}"
