"""`python -m logic assess` against hostile input: every input gives exit code 0 and an assessment as
JSON, or exit code 2 and one line from a closed set of messages that never repeats what was typed.

The named cases run the real command (a traceback or a crash would show there); the fuzzing calls
`logic.__main__.main` in the test process, with standard input, output and error replaced, so
hundreds of inputs take seconds. `--hypothesis-profile=deep` runs 5,000 inputs per property (four
properties: 20,000 inputs):

    python -m pytest tests/test_hostile_cli.py --hypothesis-profile=deep --hypothesis-show-statistics
"""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys
from contextlib import redirect_stderr, redirect_stdout
from datetime import date, datetime, time
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from logic import __main__ as cli
from logic.codes import ErrorCode
from logic.models import Answers
from tests.test_cli import ISSUE_EXAMPLE, ROOT, run

FIELDS = sorted(Answers.model_fields)
_SCHEMA = Answers.model_json_schema()


def _valid_values(name: str) -> list[Any] | str:
    """What the published schema allows for a field: its enum values, "boolean" or "date"."""
    kinds = _SCHEMA["properties"][name]["anyOf"]
    for kind in kinds:
        if "$ref" in kind:
            return list(_SCHEMA["$defs"][kind["$ref"].rsplit("/", 1)[-1]]["enum"])
        if kind.get("type") == "boolean":
            return "boolean"
        if kind.get("format") == "date":
            return "date"
    raise AssertionError(f"unexpected schema for {name}")


VALID = {name: _valid_values(name) for name in FIELDS}
ON = "2026-11-29"

# Every line the command may print on error: fixed text, the published field names, the stable
# codes and numbers (a position, a line and a column); nothing else.
_NAME = "|".join(FIELDS)
_CODE = "|".join(code.value for code in ErrorCode)
_MESSAGES = (
    rf"field '(?:{_NAME}|input)': (?:{_CODE})",
    rf"field '(?:{_NAME})': given twice",
    r"a field name is given twice",
    r"unknown_field: field name number \d+ is not an answer name \(see: python -m logic schema\)",
    rf"input is larger than {cli.MAX_INPUT_BYTES} bytes",
    r"input is not UTF-8 text",
    r"input is not valid JSON \(line \d+, column \d+\)",
    r"input is not valid JSON \(NaN and Infinity are not JSON\)",
    r"input is nested too deeply",
    r"input has a number that is too long",
    r"input must be a JSON object of answers",
    r"--on: invalid_date \(expected YYYY-MM-DD\)",
)
ONE_LINE = re.compile(rf"error: (?:{'|'.join(_MESSAGES)})\n")
# Text that may appear in a message without having been copied from the input.
VOCABULARY = " ".join([*_MESSAGES, *FIELDS, *(code.value for code in ErrorCode)])

HOSTILE_TEXT = [
    "",
    " ",
    "\n",
    "line one\nline two",
    "\x1b[31mred\x1b[0m",
    "\x1b]0;title\x07",
    "\x00",
    "nul\x00inside",
    "\r\nSet-Cookie: x=y",
    "\u202eevil",
    "\ud800",
    "\ufeff",
    "13.07.1977",
    "31.12.9999",
    "9999-12-31",
    "0001-01-01",
    "0000-00-00",
    "2026-02-29",
    "2026-13-01",
    "+2026-01-01",
    "2026-01-01T00:00:00",
    "2026-01-01T00:00:00+14:00",
    "yes",
    "no",
    "true",
    "false",
    "null",
    "off",
    "f",
    "0",
    "1",
    "1e999",
    "NaN",
    "-Infinity",
    "refugee ",
    "REFUGEE",
    "<script>alert(1)</script>",
    "'; DROP TABLE answers; --",
    "../../../../etc/passwd",
    "%s%s%s%n",
    "{{7*7}}",
    "${jndi:ldap://x}",
    "\u0130stanbul",
    "ﾟ･✿ヾ╲(｡◕‿◕｡)╱✿･ﾟ",
    "x" * 5000,
]


# --- running the command in this process ------------------------------------------------------------


def call(data: bytes, *args: str) -> tuple[int, str, str]:
    """Run `python -m logic assess [args] -` with `data` on standard input, in this process."""
    stdin = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    saved = sys.stdin
    sys.stdin = stdin
    try:
        with redirect_stdout(out), redirect_stderr(err):
            try:
                code = cli.main(["assess", *args, "-"])
            except SystemExit as stop:
                code = stop.code  # type: ignore[assignment]
    finally:
        sys.stdin = saved
    return int(code), out.getvalue(), err.getvalue()


def _texts(value: Any) -> list[str]:
    """Every string in a JSON value: object names and string values."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [text for key, item in value.items() for text in (key, *_texts(item))]
    if isinstance(value, list):
        return [text for item in value for text in _texts(item)]
    return []


def assert_contract(code: int, out: str, err: str, typed: list[str]) -> None:
    """Exit 0 with an assessment as JSON, or exit 2 with one line that repeats nothing typed."""
    if code == 0:
        assert err == ""
        result = json.loads(out)
        assert isinstance(result, dict)
        assert result["outcome"]
        return
    assert code == 2, (code, err[-2000:])
    assert out == ""
    assert ONE_LINE.fullmatch(err), err[:300]
    for text in typed:
        if len(text) >= 4 and text not in VOCABULARY:
            assert text not in err


def run_bytes(data: bytes) -> tuple[int, str, str]:
    """The real command with raw bytes on standard input."""
    done = subprocess.run(
        [sys.executable, "-m", "logic", "assess", "--on", ON, "-"],
        input=data,
        capture_output=True,
        cwd=ROOT,
        timeout=60,
        check=False,
    )
    return done.returncode, done.stdout.decode(), done.stderr.decode()


# --- the findings of the red-team pass, against the real command --------------------------------------


def _assert_refused(result: Any, expected: str) -> None:
    assert result.returncode == 2, result.stderr[-500:]
    assert result.stdout == ""
    assert "Traceback" not in result.stderr
    assert result.stderr == f"error: {expected}\n"


def test_json_nested_a_thousand_deep_is_refused_in_one_line() -> None:
    result = run("assess", "--on", ON, "-", stdin="[" * 1000 + "]" * 1000)
    _assert_refused(result, "input is nested too deeply")
    deep_answer = '{"settled": ' + '{"a": ' * 1000 + "1" + "}" * 1000 + "}"
    _assert_refused(run("assess", "--on", ON, "-", stdin=deep_answer), "input is nested too deeply")


def test_an_integer_of_five_thousand_digits_is_refused_in_one_line() -> None:
    result = run("assess", "--on", ON, "-", stdin='{"settled": ' + "7" * 5000 + "}")
    _assert_refused(result, "input has a number that is too long")


@pytest.mark.parametrize(
    "name",
    [
        "13.07.1977",
        "line one\nline two",
        "\x1b[31mred\x1b[0m",
        "nul\x00inside",
        "Kari Nordmann 01019012345",
    ],
)
def test_an_unknown_field_name_is_never_repeated(name: str) -> None:
    answers = {**ISSUE_EXAMPLE, name: True}
    result = run("assess", "--on", ON, "-", stdin=json.dumps(answers, ensure_ascii=False))
    position = len(answers)
    _assert_refused(
        result,
        f"unknown_field: field name number {position} is not an answer name (see: python -m logic schema)",
    )
    for part in name.split():
        assert part not in result.stderr


def test_a_ten_megabyte_field_name_is_refused_before_it_is_parsed() -> None:
    result = run("assess", "--on", ON, "-", stdin=json.dumps({"k" * 10_000_000: True}))
    _assert_refused(result, f"input is larger than {cli.MAX_INPUT_BYTES} bytes")


def test_a_field_given_twice_is_refused() -> None:
    result = run("assess", "--on", ON, "-", stdin='{"settled": true, "settled": false}')
    _assert_refused(result, "field 'settled': given twice")
    result = run("assess", "--on", ON, "-", stdin='{"settled": {"x": 1, "x": 2}}')
    _assert_refused(result, "a field name is given twice")


def test_a_utf8_byte_order_mark_is_accepted() -> None:
    data = "\ufeff" + json.dumps(ISSUE_EXAMPLE)
    result = run_bytes(data.encode("utf-8"))
    assert result[0] == 0, result[2]
    assert json.loads(result[1])["outcome"] == "right_and_duty"


def test_nan_and_infinity_are_not_json() -> None:
    _assert_refused(
        run("assess", "--on", ON, "-", stdin='{"settled": NaN}'),
        "input is not valid JSON (NaN and Infinity are not JSON)",
    )


def test_an_unreadable_file_name_is_refused_without_repeating_it() -> None:
    result = run("assess", "/nonexistent/\x1b[31m13.07.1977.json")
    _assert_refused(result, "cannot read input file (No such file or directory)")


def test_a_wrong_command_line_is_refused_without_repeating_it() -> None:
    result = run("assess", "--colour", "13.07.1977")
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1
    assert "13.07.1977" not in result.stderr
    assert "colour" not in result.stderr


# --- fuzzing ---------------------------------------------------------------------------------------

hostile_text = st.sampled_from(HOSTILE_TEXT) | st.text(max_size=40)
json_scalars = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | hostile_text
)
json_values = st.recursive(
    json_scalars,
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(hostile_text, inner, max_size=5),
    max_leaves=25,
)
# The calendar's ends ("31.12.9999" is a common placeholder for "open-ended") and the days around
# them, where adding two or five years leaves what Python's dates can hold.
EDGE_DATES = [date(1, 1, 1), date(1, 3, 1), date(9994, 12, 31), date(9997, 2, 28), date(9998, 1, 1)]
EDGE_DATES += [date(9999, 2, 28), date(9999, 12, 31)]
any_date = st.sampled_from(EDGE_DATES) | st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31))
plausible_date = st.dates(min_value=date(1940, 1, 1), max_value=date(2030, 12, 31))
dates_as_json = (plausible_date | any_date).map(date.isoformat)
odd_values = (
    hostile_text
    | st.integers(min_value=-(10**30), max_value=10**30)
    | st.floats()
    | st.datetimes().map(datetime.isoformat)
    | st.times().map(time.isoformat)
    | st.lists(json_scalars, max_size=3)
    | st.dictionaries(hostile_text, json_scalars, max_size=3)
)


@st.composite
def answer_objects(draw: st.DrawFn) -> dict[str, Any]:
    """Objects that look like answers: known names with valid, unknown or odd values, and odd names."""
    answers: dict[str, Any] = {}
    for name in draw(st.lists(st.sampled_from(FIELDS), unique=True, max_size=len(FIELDS))):
        valid = VALID[name]
        if valid == "boolean":
            good: st.SearchStrategy[Any] = st.booleans()
        elif valid == "date":
            good = dates_as_json
        else:
            good = st.sampled_from(valid)
        answers[name] = draw(st.one_of(good, good, good, st.none(), odd_values))
    if draw(st.integers(0, 9)) == 0:
        answers[draw(hostile_text)] = draw(json_scalars)
    return answers


on_option = st.one_of(st.just(()), plausible_date.map(lambda d: ("--on", d.isoformat())))
on_option |= any_date.map(lambda d: ("--on", d.isoformat()))


@given(value=json_values, ascii_only=st.booleans())
def test_any_json_value_gives_an_assessment_or_one_line_that_repeats_nothing(
    value: Any, ascii_only: bool
) -> None:
    data = json.dumps(value, ensure_ascii=ascii_only).encode("utf-8", "surrogatepass")
    assert_contract(*call(data, "--on", ON), typed=_texts(value))


@given(answers=answer_objects(), on=on_option)
def test_any_answers_object_gives_an_assessment_or_one_line_that_repeats_nothing(
    answers: dict[str, Any], on: tuple[str, ...]
) -> None:
    data = json.dumps(answers).encode("utf-8")
    assert_contract(*call(data, *on), typed=_texts(answers))


@given(data=st.binary(max_size=3000))
def test_any_bytes_give_an_assessment_or_one_line_that_repeats_nothing(data: bytes) -> None:
    typed = [data.decode("utf-8", "replace")] if data else []
    assert_contract(*call(data, "--on", ON), typed=[t for t in typed if "\ufffd" not in t])


@given(answers=answer_objects(), position=st.integers(min_value=0), noise=st.binary(min_size=1, max_size=8))
def test_answers_with_bytes_spliced_in_give_an_assessment_or_one_line(
    answers: dict[str, Any], position: int, noise: bytes
) -> None:
    data = json.dumps(answers).encode("utf-8")
    at = position % (len(data) + 1)
    assert_contract(*call(data[:at] + noise + data[at:], "--on", ON), typed=_texts(answers))


def test_a_reader_that_stops_early_gets_no_traceback() -> None:
    """`python -m logic schema | head -c 20`: the pipe closes before the output ends."""
    process = subprocess.Popen(
        [sys.executable, "-m", "logic", "schema"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None
    assert process.stderr is not None
    process.stdout.close()  # the reader is gone before the command has started to write
    err = process.stderr.read().decode()
    assert process.wait(timeout=60) == 0
    assert "Traceback" not in err
