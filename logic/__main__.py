"""Command line: `python -m logic assess [FILE|-] [--on DATE]` and `python -m logic schema`.

This file is the package's boundary with the outside world, the one place under `logic/` that reads
files, standard input and the clock (for the default assessment date). The rules never do.
Invalid input exits with code 2 and one line naming the field, never the value typed, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date, datetime
from typing import Any, NoReturn
from zoneinfo import ZoneInfo

from pydantic import ValidationError

from logic.assessment import assess
from logic.codes import ErrorCode
from logic.models import Answers, InvalidAnswers

EXIT_INVALID = 2

# pydantic error types -> our stable codes
_PYDANTIC_CODES = {
    "extra_forbidden": ErrorCode.UNKNOWN_FIELD,
    "enum": ErrorCode.INVALID_VALUE,
    "bool_parsing": ErrorCode.INVALID_VALUE,
    "bool_type": ErrorCode.INVALID_VALUE,
}


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        print(f"error: {message}", file=sys.stderr)
        raise SystemExit(EXIT_INVALID)


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


def _read(source: str) -> Any:
    try:
        if source == "-":
            text = sys.stdin.read()
        else:
            with open(source, encoding="utf-8") as handle:
                text = handle.read()
    except OSError as error:
        _fail(f"cannot read input file ({error.strerror})")
    except UnicodeDecodeError:
        _fail("input is not UTF-8 text")
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        _fail(f"input is not valid JSON (line {error.lineno}, column {error.colno})")


def _describe(error: ValidationError) -> str:
    first = error.errors(include_input=False, include_url=False)[0]
    field = ".".join(str(part) for part in first["loc"]) or "input"
    kind = first["type"]
    code = _PYDANTIC_CODES.get(kind)
    if code is None:
        code = ErrorCode.INVALID_DATE if kind.startswith("date") else ErrorCode.INVALID_VALUE
    return f"field '{field}': {code}"


def _assess(args: argparse.Namespace) -> int:
    data = _read(args.file)
    if not isinstance(data, dict):
        _fail("input must be a JSON object of answers")
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
    print(assessment.model_dump_json(indent=2))
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
    result: int = args.run(args)
    return result


if __name__ == "__main__":
    sys.exit(main())
