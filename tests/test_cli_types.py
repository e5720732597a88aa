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
