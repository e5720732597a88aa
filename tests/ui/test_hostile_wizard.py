"""Random actions and hostile text through the whole wizard, with Streamlit's AppTest: whatever a
person (or a script posing as one) types, chooses or presses, in any order, in both languages, on a
personal device or a kiosk, no exception ever reaches the screen, and nothing typed is shown back
outside the field it was typed into.

Each action changes the page the way a person can — types into every field (hostile text or a
date, also the calendar's ends 01.01.0001 and 31.12.9999), chooses an option, ticks a box, presses
a button, switches language — and runs the page. A new session every `SESSION_ACTIONS` actions,
every third one in kiosk mode, with odd browser locales and `?lang=` values.

The normal run takes 150 actions; the long run (issue 11: 10,000 actions) prints its figures:

    SELFCHECK_FUZZ_ACTIONS=10000 python -m pytest tests/ui/test_hostile_wizard.py -s

`SELFCHECK_FUZZ_SEED` chooses another sequence (default 11); a failure names the seed, the action
number and the last actions, so it can be replayed.
"""

from __future__ import annotations

import os
import random
import sys
from collections import Counter, deque
from collections.abc import Callable
from datetime import date, timedelta
from enum import StrEnum
from typing import Any

import pytest
from streamlit.testing.v1 import AppTest

from logic import Fact
from tests.ui.wizard import APP, session_values
from ui import settings
from ui.frame import LANGUAGE_MENU
from ui.questions import QUESTIONS

ACTIONS = int(os.environ.get("SELFCHECK_FUZZ_ACTIONS", "150"))
SEED = int(os.environ.get("SELFCHECK_FUZZ_SEED", "11"))
SESSION_ACTIONS = 40
# The buttons that move on (pressed more often than the rest, so the sequence reaches the result).
_FORWARD = frozenset({"start", "next_question", "see_result"})

HOSTILE_TEXT = [
    "",
    " ",
    "31.12.9999",
    "01.01.0001",
    "1.1.1",
    "00.00.0000",
    "29.02.2023",
    "31.04.2020",
    "32.01.2020",
    "31.12.99999",
    "9999-12-31",
    "0001-01-01",
    "99999999",
    "-1",
    "0",
    "1e999",
    "NaN",
    "9" * 20,
    "9" * 10_000,
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "[link](javascript:alert(1))",
    "**bold** _x_ `code` # heading",
    "\x1b[31mred\x1b[0m",
    "line one\nline two",
    "nul\x00inside",
    "\ufffd\U0001f600\u200b",  # (a lone surrogate cannot be sent: widget values travel as UTF-8)
    "\u202e1202.21.13",
    "'; DROP TABLE answers; --",
    "{{7*7}}",
    "${jndi:ldap://x}",
    "../../etc/passwd",
    "%s%s%n",
    "١٣.٠٧.١٩٧٧",  # Arabic-Indic digits
    "１３.０７.１９７７",  # full-width digits
    "13/07/1977",
    "13 juli 1977",
    "July 13, 1977",
]
# Distinctive parts of the hostile text: none may appear anywhere on the page but in a field.
MARKERS = ["alert(1)", "onerror", "javascript:", "\x1b[31m", "DROP TABLE", "{{7*7}}", "${jndi", "../../etc"]
LOCALES = ["nb-NO", "en-GB", None, "ar-SY", "uk-UA", "", "x" * 300, "en-GB\r\nX: y"]
QUERY_LANG = [None, "nb", "en", "ar", "prs", "ti", "", "de", "fa-IR", "<script>alert(1)</script>", "x" * 2000]


def _typed(rng: random.Random) -> str:
    """Hostile text half of the time; otherwise a date as people type it."""
    if rng.random() < 0.5:
        return rng.choice(HOSTILE_TEXT)
    day = date(1930, 1, 1) + timedelta(days=rng.randrange(0, 100 * 366))
    form = rng.choice(["%d.%m.%Y", "%Y-%m-%d", "%d%m%Y", "%d.%m.%y", "%d.%m.%Y "])
    return day.strftime(form)


def _options(radio: Any) -> list[Any]:
    """The values behind a question's radio (AppTest sets a radio by value, not by label)."""
    name = str(radio.key).removeprefix("w_").rsplit("_", 1)[0]
    try:
        question = QUESTIONS[Fact(name)]
    except (ValueError, KeyError):
        return []
    values = [str(o.value) if isinstance(o.value, StrEnum) else o.value for o in question.choices()]
    return [v for v in values if radio.format_func(v) in radio.options]


class Fuzzer:
    """One sequence of sessions and actions."""

    def __init__(self, seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
        self.rng = random.Random(seed)
        self.monkeypatch = monkeypatch
        self.trail: deque[str] = deque(maxlen=12)
        self.steps: Counter[str] = Counter()
        self.kinds: Counter[str] = Counter()
        self.outcomes: Counter[str] = Counter()
        self.sessions = 0
        self.actions = 0
        self.at: AppTest | None = None

    def new_session(self) -> AppTest:
        kiosk = self.sessions % 3 == 2
        chosen = settings.Settings(kiosk=kiosk, idle_seconds=60, warning_seconds=10)
        self.monkeypatch.setattr(settings, "current", lambda: chosen)
        at = AppTest.from_file(str(APP), default_timeout=60)
        locale = self.rng.choice(LOCALES)
        at.context = {"locale": locale}
        lang = self.rng.choice(QUERY_LANG)
        if lang is not None:
            at.query_params["lang"] = lang
        self.sessions += 1
        self.trail.append(f"new session (kiosk={kiosk}, locale={locale!r:.20}, ?lang={lang!r:.20})")
        self.at = at
        self.run()
        return at

    def run(self) -> None:
        at = self.at
        assert at is not None
        at.run()
        where = f"seed {SEED}, action {self.actions}, last actions: {list(self.trail)}"
        assert not at.exception, [str(e.value)[:500] for e in at.exception] + [where]
        self.check_nothing_shown_back(where)
        step = str(session_values(at)["step"]) if "step" in session_values(at) else "?"
        self.steps[step] += 1
        if step == "result" and at.title:
            self.outcomes[str(at.title[0].value)] += 1

    def check_nothing_shown_back(self, where: str) -> None:
        at = self.at
        assert at is not None
        shown: list[str] = []
        for elements in (at.title, at.header, at.subheader, at.markdown, at.caption):
            shown += [str(e.value) for e in elements]
        for elements in (at.info, at.warning, at.error, at.success):
            shown += [str(e.value) for e in elements]
        shown += [str(h.proto.body) for h in at.html]
        page = "\n".join(shown)
        assert not [m for m in MARKERS if m in page], where

    def act(self) -> None:
        at = self.at
        assert at is not None
        rng = self.rng
        submit = [b for b in at.button if str(b.key).startswith(("continue_", "set_assessment_date"))]
        forward = [b for b in at.button if str(b.key) in _FORWARD or str(b.key).startswith("continue_")]
        fields = bool(at.text_input or at.radio or at.checkbox)
        menu = [b for b in at.button if str(b.key).startswith("lang_")]
        possible = {
            "fill and submit": 0.5 if fields and submit else 0.0,
            "switch language": 0.08,
            "fill only": 0.07 if fields else 0.0,
            "press a button": 0.35 if at.button else 0.0,
        }
        kind = rng.choices(list(possible), weights=list(possible.values()))[0]
        if kind == "fill and submit":
            self.fill(rng)
            button = rng.choice(submit)
            button.click()
            self.trail.append(f"submit {button.key}")
        elif kind == "switch language":
            if not menu:  # the menu's buttons are made only while it is open
                at.session_state[LANGUAGE_MENU] = True
                self.run()
                menu = [b for b in at.button if str(b.key).startswith("lang_")]
            button = rng.choice(menu)
            button.click()
            self.trail.append(f"switch to {button.key}")
        elif kind == "fill only":
            self.fill(rng)
        else:
            button = rng.choice(forward if forward and rng.random() < 0.6 else list(at.button))
            button.click()
            self.trail.append(f"press {button.key}")
        self.kinds[kind] += 1
        self.actions += 1
        self.run()

    def fill(self, rng: random.Random) -> None:
        at = self.at
        assert at is not None
        for field in at.text_input:
            text = _typed(rng)
            field.input(text)
            self.trail.append(f"type {text!r:.40} into {field.key}")
        for radio in at.radio:
            values = _options(radio)
            if values and rng.random() < 0.9:
                value = rng.choice(values)
                radio.set_value(value)
                self.trail.append(f"choose {value!r} in {radio.key}")
        for box in at.checkbox:
            if rng.random() < 0.2:
                box.check() if rng.random() < 0.5 else box.uncheck()
                self.trail.append(f"tick {box.key}")

    def report(self) -> str:
        return (
            f"wizard fuzz, seed {SEED}: {self.actions} actions in {self.sessions} sessions, "
            f"0 exceptions on screen; actions {dict(self.kinds)}; pages after each run "
            f"{dict(self.steps)}; results shown {sum(self.outcomes.values())} "
            f"({len(self.outcomes)} different outcome titles)\n"
        )


def test_random_actions_and_hostile_text_never_put_an_exception_on_screen(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    fuzz = Fuzzer(SEED, monkeypatch)
    while fuzz.actions < ACTIONS:
        fuzz.new_session()
        for _ in range(min(SESSION_ACTIONS, ACTIONS - fuzz.actions)):
            fuzz.act()
    sys.stdout.write(fuzz.report())
    # The sequence went deep enough to mean something: questions, the check page and results.
    if ACTIONS >= 150:
        assert fuzz.steps["question"] > 0
        assert fuzz.steps["check"] > 0
        assert fuzz.steps["result"] > 0


@pytest.mark.parametrize("typed", ["31.12.9999", "01.01.0001", "9999-12-31", "0001-01-01"])
@pytest.mark.parametrize("fact", ["date_of_birth", "permit_granted_on", "settled_on"])
def test_the_calendars_ends_typed_as_a_date_give_a_message_not_an_exception(fact: str, typed: str) -> None:
    from tests.ui.wizard import Wizard, refugee

    w = Wizard("en")
    answers = refugee(w)
    w.start()
    for _ in range(20):
        current = w.current
        assert current is not None
        if current == fact:
            break
        w.answer(current, answers[current])
    w.at.text_input(key=f"w_{fact}_en").input(typed)
    w.click(f"continue_{fact}")  # Wizard.run asserts that no exception is on screen
    assert w.current == fact  # the same question again ...
    assert w.errors()  # ... with a message that says what is wrong


_: Callable[..., Any] = Fuzzer  # keep the name exported for a replay from a shell
