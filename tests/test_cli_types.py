"""The JSON contract's types: yes/no answers are JSON booleans and dates are ISO dates, as the published
schema says; anything laxer ("yes", 1, 0, "off", 1.0, a number or a time of day for a date) is refused
with exit code 2 and one line naming the field, never the value."""

import json

import pytest

from tests.test_cli import ISSUE_EXAMPLE, run


@pytest.mark.parametrize("value", ["yes", "true", 1, 0, "off", "f", "0", 1.0])
def test_a_yes_no_answer_that_is_not_a_json_boolean_is_refused(value: object) -> None:
    answers = {**ISSUE_EXAMPLE, "settled_by_agreement": value}
    result = run("assess", "--on", "2026-11-29", "-", stdin=json.dumps(answers))
    assert result.returncode == 2
    assert result.stderr.strip() == "error: field 'settled_by_agreement': invalid_value"
    assert result.stdout == ""


@pytest.mark.parametrize("value", [0, 20260301, "2026-03-01T00:00:00", "01.03.2026", "2026-3-1", True])
def test_a_date_that_is_not_an_iso_date_is_refused(value: object) -> None:
    answers = {**ISSUE_EXAMPLE, "permit_granted_on": value}
    result = run("assess", "--on", "2026-11-29", "-", stdin=json.dumps(answers))
    assert result.returncode == 2
    assert result.stderr.strip() == "error: field 'permit_granted_on': invalid_date"
    assert str(value) not in result.stderr


def test_a_claim_date_with_claim_made_false_is_refused() -> None:
    answers = {**ISSUE_EXAMPLE, "claim_made": False, "claim_made_on": "2026-07-01"}
    result = run("assess", "--on", "2026-11-29", "-", stdin=json.dumps(answers))
    assert result.returncode == 2
    assert result.stderr.strip() == "error: field 'claim_made_on': contradicts_no_claim"


@pytest.mark.parametrize(
    ("on", "outcome", "returns"),
    [("2026-03-01", "not_entitled", "2027-04-15"), ("2025-10-01", "right_and_duty", None)],
)
def test_worked_example_11_on_both_sides_of_section_8_4(on: str, outcome: str, returns: str | None) -> None:
    """§ 8 (4) from 1 January 2026 (C14): a refugee with a 37.5-hour job."""
    answers = {
        "permit_basis": "refugee",
        "date_of_birth": "1988-08-12",
        "permit_granted_on": "2025-02-03",
        "settled": True,
        "settled_on": "2025-04-15",
        "settled_by_agreement": True,
        "declined_or_dropped_out": False,
        "works_30_hours_or_more": True,
    }
    result = run("assess", "--on", on, "-", stdin=json.dumps(answers))
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert out["outcome"] == outcome
    assert out["dates"]["right_returns_if_work_ends_before"] == returns
    assert out["law_checked_on"] == "2026-07-23"


@pytest.mark.parametrize(
    ("on", "outcome", "caveat"),
    [
        ("2023-09-01", "right_without_duty", False),
        ("2026-03-01", "right_and_duty", False),
        ("2026-09-01", "right_and_duty", True),
    ],
)
def test_worked_example_4_on_its_three_dates(on: str, outcome: str, caveat: bool) -> None:
    """Chapter 6A (C18): right without duty until 31.12.2025; temporary regulations from 1.7.2026."""
    answers = {
        "permit_basis": "collective_protection",
        "date_of_birth": "1990-05-05",
        "permit_granted_on": "2023-04-20",
        "settled": True,
        "settled_on": "2023-06-01" if on == "2023-09-01" else "2025-06-01",
        "settled_by_agreement": True,
        "declined_or_dropped_out": False,
        "works_30_hours_or_more": False,
    }
    out = json.loads(run("assess", "--on", on, "-", stdin=json.dumps(answers)).stdout)
    assert out["outcome"] == outcome
    codes = {note["code"] for note in out["caveats"]}
    assert ("temporary_regulations_may_apply" in codes) is caveat
    assert "temporary_rules_may_be_extended" not in codes
