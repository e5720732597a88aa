"""The usage log (ui/usage_log.py): one line per completed check, with the outcome, the language and
the rules version only; never an answer or a date the person typed, in that line or in any other
log record written while the check runs.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from datetime import date

import pytest

from tests.ui.wizard import Wizard, refugee, shown_date, typed
from ui.usage_log import LOGGER_NAME


class Collect(logging.Handler):
    """Every record written to a logger, as the text a handler would write."""

    def __init__(self) -> None:
        super().__init__(level=logging.DEBUG)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(record.getMessage())


@pytest.fixture
def usage() -> Iterator[Collect]:
    handler = Collect()
    logger = logging.getLogger(LOGGER_NAME)
    logger.addHandler(handler)
    try:
        yield handler
    finally:
        logger.removeHandler(handler)


@pytest.fixture
def everything() -> Iterator[Collect]:
    """Every record that reaches the root logger (Streamlit's and the app's own), at any level."""
    handler = Collect()
    root = logging.getLogger()
    old_level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    try:
        yield handler
    finally:
        root.removeHandler(handler)
        root.setLevel(old_level)


def _personal(answers: dict[str, object]) -> list[str]:
    """What the person typed or chose, in every form it could be written in."""
    texts: list[str] = []
    for value in answers.values():
        if isinstance(value, date):
            texts += [typed(value), value.isoformat(), shown_date(value, "nb"), shown_date(value, "en")]
        elif isinstance(value, str):
            texts.append(value)
    return texts


def test_a_completed_check_writes_one_line_with_exactly_the_outcome_language_and_rules_version(
    usage: Collect, everything: Collect
) -> None:
    w = Wizard("nb")
    answers = refugee(w)
    w.result(answers)
    assert len(usage.lines) == 1
    record = json.loads(usage.lines[0])
    assert set(record) == {"event", "outcome", "lang", "rules_version"}
    assert record["event"] == "check_completed"
    assert record["outcome"] == "right_and_duty"
    assert record["lang"] == "nb"
    assert record["rules_version"]
    logged = "\n".join(usage.lines + everything.lines)
    for text in _personal(answers):
        assert text not in logged, text


def test_showing_the_same_result_again_or_in_another_language_is_not_a_new_check(usage: Collect) -> None:
    w = Wizard("nb")
    w.result(refugee(w))
    w.switch("en")
    w.click("change_answers").click("see_result")
    assert len(usage.lines) == 1


def test_a_changed_answer_that_changes_the_result_is_a_new_check(usage: Collect) -> None:
    w = Wizard("en")
    w.result(refugee(w))
    w.click("change_answers").click("change_declined_or_dropped_out")
    w.choose("declined_or_dropped_out", True)
    w.click("see_result")
    outcomes = [json.loads(line)["outcome"] for line in usage.lines]
    assert outcomes == ["right_and_duty", "not_entitled"]
    assert all(json.loads(line)["lang"] == "en" for line in usage.lines)


def test_no_line_before_the_result_is_shown(usage: Collect) -> None:
    w = Wizard("nb")
    w.walk(refugee(w))
    assert usage.lines == []
