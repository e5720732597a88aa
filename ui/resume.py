"""The copy of a person's answers that their own browser tab keeps, and reading it back after a reload.

On a personal device the tab keeps one copy of the session in its `sessionStorage` (see `ui/tab.js`):
the language, the assessment date, the answers, which questions were answered, and where each of
the tab's history entries leads. Nothing of it is written on the server or sent anywhere else; the
copy goes when the tab closes, after "Start over" and never exists in kiosk mode.

A copy comes back from the browser, so it is read like any input from outside: `load` accepts only
the exact shape `dump` writes, within fixed sizes, with answers that `logic` accepts and that do not
contradict each other; anything else gives None (and the person starts afresh). No Streamlit here.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from enum import Enum
from typing import Any

from pydantic import ValidationError

from logic import Answers, Fact, validate

VERSION = 1
MAX_TRAIL = 200  # history entries a copy remembers (a walk through the wizard takes about 20)
MAX_ENTRY = 1_000_000  # the highest history entry number a copy may name
_FACTS = frozenset(fact.value for fact in Fact)

# Where a history entry leads: (step, question or None, opened with "Change" from the check page).
Position = tuple[str, str | None, bool]


@dataclass(frozen=True)
class Copy:
    """What the tab keeps of a session."""

    lang: str
    today: date
    answers: Mapping[str, Any]  # `logic.Fact` value -> date, bool or enum value (as in the session)
    asked: frozenset[Fact]
    entry: int  # the history entry shown when the copy was made
    trail: Mapping[int, Position]  # history entry -> where it leads


def dump(copy: Copy) -> dict[str, Any]:
    """The copy as JSON values (dates as ISO strings)."""
    return {
        "v": VERSION,
        "lang": copy.lang,
        "today": copy.today.isoformat(),
        "answers": {name: _json(value) for name, value in sorted(copy.answers.items())},
        "asked": sorted(fact.value for fact in copy.asked),
        "entry": copy.entry,
        "trail": [[n, *position] for n, position in sorted(copy.trail.items())[-MAX_TRAIL:]],
    }


def _json(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    return value


def load(raw: object, *, languages: tuple[str, ...], earliest: date, latest: date) -> Copy | None:
    """The copy in `raw` (what the browser sent back), or None if it is not exactly a copy."""
    if not isinstance(raw, dict) or raw.get("v") != VERSION or set(raw) != _KEYS:
        return None
    lang, today, entry = raw["lang"], _date(raw["today"]), raw["entry"]
    if lang not in languages or today is None or not earliest <= today <= latest or not _entry(entry):
        return None
    asked = _facts(raw["asked"])
    answers = _answers(raw["answers"], asked, today)
    trail = _trail(raw["trail"])
    if asked is None or answers is None or trail is None:
        return None
    return Copy(lang, today, answers, asked, entry, trail)


_KEYS = frozenset({"v", "lang", "today", "answers", "asked", "entry", "trail"})


def _date(value: object) -> date | None:
    if not isinstance(value, str) or len(value) != len("2000-01-01"):
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def _entry(value: object) -> bool:
    return type(value) is int and 0 <= value <= MAX_ENTRY


def _facts(value: object) -> frozenset[Fact] | None:
    if not isinstance(value, list) or len(value) > len(_FACTS):
        return None
    if not all(isinstance(name, str) and name in _FACTS for name in value):
        return None
    return frozenset(Fact(name) for name in value)


def _answers(value: object, asked: frozenset[Fact] | None, today: date) -> dict[str, Any] | None:
    """Only answers to questions answered, of the types `logic` takes, that fit together."""
    if asked is None or not isinstance(value, dict) or not set(value) <= {fact.value for fact in asked}:
        return None
    if not all(type(v) is bool or (isinstance(v, str) and len(v) <= 40) for v in value.values()):
        return None
    try:
        model = Answers.model_validate(value)
        if validate(model, today):
            return None
    except (ValidationError, ValueError, OverflowError):
        return None
    restored: dict[str, Any] = {}
    for name in value:
        parsed = getattr(model, name)
        restored[name] = parsed.value if isinstance(parsed, Enum) else parsed
    return restored


def _trail(value: object) -> dict[int, Position] | None:
    if not isinstance(value, list) or len(value) > MAX_TRAIL:
        return None
    trail: dict[int, Position] = {}
    for item in value:
        if not isinstance(item, list) or len(item) != 4:
            return None
        n, step, fact, from_check = item
        if not _entry(n) or not isinstance(step, str) or len(step) > 20 or type(from_check) is not bool:
            return None
        if fact is not None and fact not in _FACTS:
            return None
        trail[n] = (step, fact, from_check)
    return trail
