"""Command line: `python -m logic assess [FILE|-] [--on DATE]` and `python -m logic schema`.

This file is the package's boundary with the outside world, the one place under `logic/` that reads
files, standard input and the clock (for the default assessment date). The rules never do.
Every input gives exit code 0 and the assessment as JSON, or exit code 2 and one line on standard
error that names the field (one of the published names) and a stable code, and never repeats what was
typed: not a value, not an unknown field name (its position instead), never a traceback. Input over
64 KiB, nested too deeply, with a field name twice or with numbers too long for any answer is refused
before it reaches the models; a UTF-8 byte order mark is accepted.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter
from datetime import date, datetime
from typing import Any, NoReturn
from zoneinfo import ZoneInfo

from pydantic import ValidationError

from logic.assessment import assess
from logic.codes import ErrorCode
from logic.models import Answers, InvalidAnswers

EXIT_INVALID = 2
# An answers object is well under 1 KiB; anything much larger is refused before it is parsed.
MAX_INPUT_BYTES = 64 * 1024
# JSON numbers longer than this are refused while parsing (no answer is a number; Python refuses
# integers over 4,300 digits with a traceback of its own).
_MAX_NUMBER_CHARS = 40
_USAGE = "usage: python -m logic assess [FILE|-] [--on YYYY-MM-DD] | python -m logic schema"
_FIELDS = frozenset(Answers.model_fields)

# pydantic error types -> our stable codes
_PYDANTIC_CODES = {
    "extra_forbidden": ErrorCode.UNKNOWN_FIELD,
    "enum": ErrorCode.INVALID_VALUE,
    "bool_parsing": ErrorCode.INVALID_VALUE,
    "bool_type": ErrorCode.INVALID_VALUE,
}


class _Refused(Exception):
    """Input refused while it is parsed; the message is fixed text, never a piece of the input."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        # argparse's own messages quote what was typed ("invalid choice: '...'"): one fixed line instead.
        _fail(f"invalid command line ({_USAGE})")


def _fail(message: str) -> NoReturn:
    print(f"error: {message}", file=sys.stderr)
    raise SystemExit(EXIT_INVALID)


def _today_in_norway() -> date:
    """Today's date in Norway: the clock, read only here."""
    return datetime.now(ZoneInfo("Europe/Oslo")).date()


def _parse_on(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        _fail(f"--on: {ErrorCode.INVALID_DATE} (expected YYYY-MM-DD)")


def _read_bytes(source: str) -> bytes:
    """At most MAX_INPUT_BYTES + 1 bytes of the input: enough to tell that it is too large."""
    try:
        if source == "-":
            if sys.stdin is None:
                _fail("cannot read standard input")
            return sys.stdin.buffer.read(MAX_INPUT_BYTES + 1)
        with open(source, "rb") as handle:
            return handle.read(MAX_INPUT_BYTES + 1)
    except OSError as error:
        _fail(f"cannot read input file ({error.strerror or 'error'})")
    except ValueError:  # e.g. a NUL byte in the file name
        _fail("cannot read input file (invalid file name)")


def _unique_names(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """A JSON object, refusing a name given twice (JSON allows it; the last one would win silently)."""
    found = dict(pairs)
    if len(found) != len(pairs):
        counts = Counter(name for name, _value in pairs)
        twice = next((name for name in _FIELDS if counts[name] > 1), None)
        raise _Refused("a field name is given twice" if twice is None else f"field '{twice}': given twice")
    return found


def _number(text: str) -> str:
    if len(text) > _MAX_NUMBER_CHARS:
        raise _Refused("input has a number that is too long")
    return text


def _not_json(_name: str) -> Any:
    raise _Refused("input is not valid JSON (NaN and Infinity are not JSON)")


def _read(source: str) -> Any:
    raw = _read_bytes(source)
    if len(raw) > MAX_INPUT_BYTES:
        _fail(f"input is larger than {MAX_INPUT_BYTES} bytes")
    try:
        text = raw.decode("utf-8-sig")  # a byte order mark, as some editors write, is accepted
    except UnicodeDecodeError:
        _fail("input is not UTF-8 text")
    try:
        return json.loads(
            text,
            object_pairs_hook=_unique_names,
            parse_int=lambda s: int(_number(s)),
            parse_float=lambda s: float(_number(s)),
            parse_constant=_not_json,
        )
    except json.JSONDecodeError as error:
        _fail(f"input is not valid JSON (line {error.lineno}, column {error.colno})")
    except RecursionError:
        _fail("input is nested too deeply")
    except _Refused as error:
        _fail(str(error))


def _describe(error: ValidationError) -> str:
    first = error.errors(include_input=False, include_url=False, include_context=False)[0]
    loc = first["loc"]
    field = str(loc[0]) if loc and loc[0] in _FIELDS else "input"  # a known name, never a typed one
    kind = first["type"]
    code = _PYDANTIC_CODES.get(kind)
    if code is None:
        code = ErrorCode.INVALID_DATE if kind.startswith("date") else ErrorCode.INVALID_VALUE
    return f"field '{field}': {code}"


def _assess(args: argparse.Namespace) -> int:
    data = _read(args.file)
    if not isinstance(data, dict):
        _fail("input must be a JSON object of answers")
    for position, name in enumerate(data, start=1):
        if name not in _FIELDS:  # never echo the name: it may be anything (a date, escapes, 10 MB)
            _fail(
                f"{ErrorCode.UNKNOWN_FIELD}: field name number {position} is not an answer name (see: "
                "python -m logic schema)"
            )
    try:
        answers = Answers.model_validate(data)
    except ValidationError as error:
        _fail(_describe(error))
    on = args.on or answers.assessed_on or _today_in_norway()
    try:
        assessment = assess(answers, on)
    except InvalidAnswers as error:
        problem = error.problems[0]
        _fail(f"field '{problem.field}': {problem.code}")
    print(assessment.to_json(indent=2))
    return 0


def _schema(_: argparse.Namespace) -> int:
    print(json.dumps(Answers.model_json_schema(), indent=2, ensure_ascii=False))
    return 0


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    parser = _Parser(prog="python -m logic", description=__doc__.splitlines()[0] if __doc__ else None)
    commands = parser.add_subparsers(dest="command", required=True)
    assess_cmd = commands.add_parser("assess", help="assess one answers object (JSON) and print JSON")
    assess_cmd.add_argument("file", nargs="?", default="-", help="a JSON file, or - for standard input")
    assess_cmd.add_argument("--on", type=_parse_on, help="assessment date YYYY-MM-DD (default: today)")
    assess_cmd.set_defaults(run=_assess)
    schema_cmd = commands.add_parser("schema", help="print the JSON Schema of the input")
    schema_cmd.set_defaults(run=_schema)
    args = parser.parse_args(argv)
    try:
        result: int = args.run(args)
    except BrokenPipeError:  # the reader stopped early (`| head`): nothing more to say, no traceback
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    return result


if __name__ == "__main__":
    sys.exit(main())
