"""`python -m logic` is a public contract: JSON in, JSON out, exit code 2 and one line on bad input."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

ISSUE_EXAMPLE = {
    "permit_basis": "refugee",
    "date_of_birth": "1990-05-10",
    "permit_granted_on": "2026-03-01",
    "settled": True,
    "settled_on": "2026-06-01",
    "settled_by_agreement": True,
    "declined_or_dropped_out": False,
    "works_30_hours_or_more": False,
}


def run(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "logic", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
        check=False,
    )


def test_a_refugee_settled_by_agreement_has_right_and_duty_with_the_two_years_and_start_dates() -> None:
    result = run("assess", "--on", "2026-11-29", "-", stdin=json.dumps(ISSUE_EXAMPLE))
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert out["outcome"] == "right_and_duty"
    assert out["dates"]["two_year_anniversary"] == "2028-06-01"
    assert out["dates"]["latest_start"] == "2026-09-01"
    assert out["dates"]["age_at_permit"] == 35
    assert out["assessed_on"] == "2026-11-29"
    assert out["rules_version"]
    assert {f["condition"] for f in out["findings"]} >= {
        "permit_basis",
        "age_at_permit",
        "settled_by_agreement",
        "within_two_years",
        "not_declined",
    }
    assert all(f["law"]["act"] for f in out["findings"])


def test_the_answers_can_come_from_a_file_and_carry_their_own_assessment_date(tmp_path: Path) -> None:
    source = tmp_path / "answers.json"
    answers = {**ISSUE_EXAMPLE, "assessed_on": "2028-06-01", "claim_made": False}
    source.write_text(json.dumps(answers), encoding="utf-8")
    result = run("assess", str(source))
    assert result.returncode == 0, result.stderr
    # § 8, C3: on the second anniversary the two years have run out.
    assert json.loads(result.stdout)["outcome"] == "not_entitled"


def test_the_on_option_overrides_the_assessment_date_in_the_answers() -> None:
    answers = {**ISSUE_EXAMPLE, "assessed_on": "2028-06-01"}
    result = run("assess", "--on", "2028-05-31", "-", stdin=json.dumps(answers))
    assert json.loads(result.stdout)["outcome"] == "right_and_duty"


def test_unknown_answers_name_the_facts_still_missing() -> None:
    answers = {k: v for k, v in ISSUE_EXAMPLE.items() if k != "settled_by_agreement"}
    out = json.loads(run("assess", "--on", "2026-11-29", "-", stdin=json.dumps(answers)).stdout)
    assert out["outcome"] == "needs_more_information"
    # § 8 (1) and (2) second sentence (C16): without an agreement, an earlier family permit decides.
    assert out["missing"] == ["settled_by_agreement", "earlier_family_permit"]


@pytest.mark.parametrize(
    ("stdin", "field", "code"),
    [
        ('{"permit_basis": "refugeee"}', "permit_basis", "invalid_value"),
        ('{"permit_granted_on": "2026-02-30"}', "permit_granted_on", "invalid_date"),
        ('{"settled": "maybe"}', "settled", "invalid_value"),
        (
            '{"date_of_birth": "2000-01-01", "permit_granted_on": "1999-12-31"}',
            "permit_granted_on",
            "before_date_of_birth",
        ),
        ('{"settled_on": "2026-12-01"}', "settled_on", "date_in_future"),
        (
            '{"family_application_on": "2026-05-01", "permit_granted_on": "2026-04-01"}',
            "family_application_on",
            "application_after_permit",
        ),
    ],
)
def test_invalid_input_exits_2_with_one_line_naming_the_field_and_never_the_value(
    stdin: str, field: str, code: str
) -> None:
    result = run("assess", "--on", "2026-11-29", "-", stdin=stdin)
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert f"'{field}'" in lines[0]
    assert code in lines[0]
    assert "Traceback" not in result.stderr
    for value in json.loads(stdin).values():  # nothing the person typed is echoed back
        assert str(value) not in result.stderr


@pytest.mark.parametrize(
    ("args", "stdin", "expected"),
    [
        (("assess", "-"), "{not json", "not valid JSON"),
        (("assess", "-"), "[1, 2]", "JSON object"),
        (("assess", "--on", "29.11.2026", "-"), "{}", "--on"),
        (("assess", "--on", "2020-12-31", "-"), "{}", "assessment_before_act"),
        (("assess", "/nonexistent/answers.json"), "", "cannot read"),
        (("frobnicate",), "", "invalid command line"),
    ],
)
def test_malformed_calls_exit_2_with_a_clear_message(
    args: tuple[str, ...], stdin: str, expected: str
) -> None:
    result = run(*args, stdin=stdin)
    assert result.returncode == 2
    assert expected in result.stderr
    assert "Traceback" not in result.stderr


def test_an_unknown_field_name_is_refused_by_its_position_never_repeated() -> None:
    answers = '{"settled": true, "date_of_brith": "1990-01-01"}'
    result = run("assess", "--on", "2026-11-29", "-", stdin=answers)
    assert result.returncode == 2
    assert result.stderr == (
        "error: unknown_field: field name number 2 is not an answer name (see: python -m logic schema)\n"
    )
    assert "brith" not in result.stderr


def test_schema_describes_every_input_name_of_the_contract() -> None:
    result = run("schema")
    assert result.returncode == 0
    schema = json.loads(result.stdout)
    assert set(schema["properties"]) == {
        "date_of_birth",
        "permit_basis",
        "permit_granted_on",
        "arrived_in_norway_on",
        "independent_after_death_of_reference_person",
        "reference_person_basis",
        "reference_person_settled_at_application",
        "reference_person_settled_on",
        "family_application_on",
        "settled",
        "settled_on",
        "settled_by_agreement",
        "earlier_family_permit",
        "claim_made",
        "claim_made_on",
        "in_programme",
        "declined_or_dropped_out",
        "works_30_hours_or_more",
        "near_full_time_work",
        "assessed_on",
    }
    assert schema["additionalProperties"] is False
