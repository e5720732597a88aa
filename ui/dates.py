"""Dates typed by a person, and dates shown to them.

`parse` accepts the ways people write a date in Norway and in English: `dd.mm.yyyy`, `d.m.yyyy`,
`ddmmyyyy`, ISO `yyyy-mm-dd`, with `.`, `/`, `-` or spaces between the parts, in any script's
digits. A text it cannot use
raises `InputRefused` with a code that says what is wrong (a year is missing, the date does not
exist, ...). Dates in the future, before 1900 or before the date of birth are `logic.validate`'s
business (it knows the assessment date and the other answers).

`show` formats a date for the session's language with Babel ("5. mars 2025", "5 March 2025").
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from enum import StrEnum

from babel.dates import format_date

from ui.i18n import babel_locale

_SEPARATORS = re.compile(r"[.\-/\s]+")
_YEAR_DIGITS = 4


class InputError(StrEnum):
    """Why a typed answer could not be used (the UI's own codes; `logic.ErrorCode` covers the rest)."""

    EMPTY = "input_empty"
    MISSING_YEAR = "input_missing_year"
    SHORT_YEAR = "input_short_year"
    NOT_A_REAL_DATE = "input_not_a_real_date"
    UNREADABLE = "input_unreadable"
    CHOOSE_ONE = "input_choose_one"


class InputRefused(ValueError):
    """An answer the page cannot use (a date it cannot read, no choice made); `code` says why.

    Never carries the text typed.
    """

    def __init__(self, code: InputError) -> None:
        self.code = code
        super().__init__(str(code))


def parse(text: str) -> date:
    """Read a typed date: day first (`5.3.2024`, `05032024`) or ISO (`2024-03-05`)."""
    cleaned = _ascii_digits(text).strip().strip(".")
    if not cleaned:
        raise InputRefused(InputError.EMPTY)
    parts = [part for part in _SEPARATORS.split(cleaned) if part]
    if not all(part.isascii() and part.isdigit() for part in parts):
        raise InputRefused(InputError.UNREADABLE)
    if len(parts) == 1:
        parts = _split_digits(parts[0])
    if len(parts) == 2:  # a day and a month, or a year and something else
        missing = len(parts[0]) <= 2 and len(parts[1]) <= 2
        raise InputRefused(InputError.MISSING_YEAR if missing else InputError.UNREADABLE)
    if len(parts) != 3:
        raise InputRefused(InputError.UNREADABLE)
    if len(parts[0]) == _YEAR_DIGITS:  # ISO order: year first
        year, month, day = parts
    else:
        day, month, year = parts
    if len(year) != _YEAR_DIGITS:
        raise InputRefused(InputError.SHORT_YEAR)
    if len(day) > 2 or len(month) > 2:
        raise InputRefused(InputError.UNREADABLE)
    try:
        return date(int(year), int(month), int(day))
    except ValueError:
        raise InputRefused(InputError.NOT_A_REAL_DATE) from None


def _ascii_digits(text: str) -> str:
    """Digits from any script as 0-9 (e.g. Arabic-Indic or Persian keyboards)."""
    return "".join(str(unicodedata.decimal(c)) if c.isdecimal() else c for c in text)


def _split_digits(digits: str) -> list[str]:
    """`ddmmyyyy` -> day, month, year; `ddmmyy` -> a short year; `ddmm` -> day and month only.

    A lone year such as `2024` (its last two digits cannot be a month) stays unreadable.
    """
    if len(digits) in (6, 8):
        return [digits[:2], digits[2:4], digits[4:]]
    if len(digits) in (3, 4) and 1 <= int(digits[-2:]) <= 12:
        return [digits[:-2], digits[-2:]]
    return [digits]


def as_input(value: date) -> str:
    """How a known date is shown in a date field: `dd.mm.yyyy` in every language."""
    return value.strftime("%d.%m.%Y")


def show(value: date) -> str:
    """A date for the page, in the session's language: "5. mars 2025" / "5 March 2025"."""
    return format_date(value, format="long", locale=babel_locale())
