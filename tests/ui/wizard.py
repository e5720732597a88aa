"""Drive the wizard like a person does, with Streamlit's AppTest, and read what the page shows.

Dates in tests are relative to the session's own "today" (Norway's date, read when the session
starts), so the tests keep passing as the calendar moves. A test that needs another assessment date
(chapter 6A ended on 30 June 2026) seeds it through the session state before the first run, which
no visitor can do.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from streamlit.testing.v1 import AppTest

from ui import state
from ui.frame import LANGUAGE_MENU

ROOT = Path(__file__).resolve().parents[2]
APP = ROOT / "app.py"
LOCALE = {
    "nb": "nb-NO",
    "nn": "nn-NO",
    "en": "en-GB",
    "uk": "uk-UA",
    "ar": "ar-SY",
    "prs": "fa-AF",
    "ti": "ti-ER",
    "so": "so-SO",
}
UNKNOWN = object()  # answer "I don't know"
_MARKDOWN_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")  # a backslash before ASCII punctuation (ui.text.plain)

NB_MONTHS = (
    "januar",
    "februar",
    "mars",
    "april",
    "mai",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "desember",
)
EN_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def shown_date(value: date, lang: str) -> str:
    """How a date reads on the page: "5. mars 2025" in bokmål, "5 March 2025" in English."""
    if lang == "nb":
        return f"{value.day}. {NB_MONTHS[value.month - 1]} {value.year}"
    return f"{value.day} {EN_MONTHS[value.month - 1]} {value.year}"


def typed(value: date) -> str:
    """How a person types a date: dd.mm.yyyy."""
    return value.strftime("%d.%m.%Y")


def years_before(value: date, years: int) -> date:
    """The same day `years` earlier (28 February for 29 February)."""
    try:
        return value.replace(year=value.year - years)
    except ValueError:
        return value.replace(year=value.year - years, day=28)


def session_values(at: AppTest) -> dict[str, Any]:
    """The session's own values as the app keeps them (`ui.state.SESSION_KEY`): one dict."""
    values: dict[str, Any] = at.session_state[state.SESSION_KEY]
    return values


class Wizard:
    """One visitor's session."""

    def __init__(
        self,
        lang: str = "nb",
        *,
        locale: str | None = "",
        query_lang: str | None = None,
        today: date | None = None,
    ) -> None:
        self.at = AppTest.from_file(str(APP), default_timeout=30)
        self.at.context = {"locale": LOCALE[lang] if locale == "" else locale}
        if query_lang is not None:
            self.at.query_params["lang"] = query_lang
        if today is not None:
            self.at.session_state[state.SESSION_KEY] = {state.TODAY_KEY: today}
        self.asked: list[str] = []
        self.run()

    # --- running -------------------------------------------------------------------------------

    def run(self) -> Wizard:
        self.at.run()
        assert not self.at.exception, [e.value for e in self.at.exception]
        return self

    def click(self, key: str) -> Wizard:
        self.at.button(key=key).click()
        return self.run()

    # --- state the test needs to know (never asserted as the outcome) ---------------------------

    @property
    def lang(self) -> str:
        return str(session_values(self.at)["lang"])

    @property
    def today(self) -> date:
        value: date = session_values(self.at)["today"]
        return value

    @property
    def step(self) -> str:
        return str(session_values(self.at)["step"])

    @property
    def current(self) -> str | None:
        value = session_values(self.at)["current"]
        return None if value is None else str(value)

    def days_ago(self, days: int) -> date:
        return self.today - timedelta(days=days)

    # --- what a person does --------------------------------------------------------------------

    def start(self) -> Wizard:
        return self.click("start")

    def back(self) -> Wizard:
        return self.click("back")

    def switch(self, lang: str) -> Wizard:
        self.open_language_menu()
        self.at.button(key=f"lang_{lang}").click()
        return self.run()

    def choose(self, fact: str, value: Any) -> Wizard:
        self.at.radio(key=f"w_{fact}_{self.lang}").set_value(value)
        return self.click(f"continue_{fact}")

    def type(self, fact: str, text: str) -> Wizard:
        self.at.text_input(key=f"w_{fact}_{self.lang}").input(text)
        return self.click(f"continue_{fact}")

    def dont_know(self, fact: str) -> Wizard:
        radios = [r for r in self.at.radio if r.key == f"w_{fact}_{self.lang}"]
        if radios:
            return self.choose(fact, "dont_know")
        self.at.checkbox(key=f"w_{fact}_unknown_{self.lang}").check()
        return self.click(f"continue_{fact}")

    def asked_on(self, day: date) -> Wizard:
        """The claim question: "Yes, I asked on this date", and the date."""
        self.at.radio(key=f"w_claim_made_{self.lang}").set_value("asked")
        self.at.text_input(key=f"w_claim_made_on_{self.lang}").input(typed(day))
        return self.click("continue_claim_made")

    def answer(self, fact: str, value: Any) -> Wizard:
        if value is UNKNOWN:
            return self.dont_know(fact)
        if fact == "claim_made" and isinstance(value, date):
            return self.asked_on(value)
        if isinstance(value, date):
            return self.type(fact, typed(value))
        return self.choose(fact, value)

    def walk(self, answers: Mapping[str, Any]) -> Wizard:
        """Answer each question the wizard asks from `answers` until it reaches "check your answers"."""
        if self.step == "start":
            self.start()
        while self.step == "question":
            fact = self.current
            assert fact is not None
            assert fact in answers, f"unexpected question: {fact} (asked so far: {self.asked})"
            self.asked.append(fact)
            self.answer(fact, answers[fact])
            assert not self.errors(), (fact, self.errors())
        assert self.step == "check", self.step
        return self

    def result(self, answers: Mapping[str, Any]) -> Wizard:
        """Walk the questions, then open the result."""
        self.walk(answers)
        return self.click("see_result")

    # Sections whose contents are made only while they are open: opening one runs the page again.

    def open_language_menu(self) -> Wizard:
        """Open the language menu."""
        return self._open(LANGUAGE_MENU)

    def open_helper_date(self) -> Wizard:
        """Open "For helpers: check another date" on the start page."""
        return self._open(f"w_helper_date_{self.lang}")

    def open_reasoning(self) -> Wizard:
        """Open "Full reasoning (for helpers)" on the result page."""
        return self._open(f"w_reasoning_{self.lang}")

    def _open(self, key: str) -> Wizard:
        self.at.session_state[key] = True
        self.at.run()
        return self

    # --- what a person sees ---------------------------------------------------------------------

    def title(self) -> str:
        return str(self.at.title[0].value)

    def errors(self) -> list[str]:
        return [str(e.value) for e in self.at.error]

    def text(self) -> str:
        """Every text on the page, in order of kind (enough to assert presence and absence)."""
        at = self.at
        parts: list[str] = []
        for elements in (at.title, at.header, at.subheader, at.markdown, at.caption):
            parts += [str(e.value) for e in elements]
        for elements in (at.info, at.warning, at.error, at.success):
            parts += [str(e.value) for e in elements]
        parts += [str(e.label) for e in at.expander]
        parts += [str(b.label) for b in at.button]
        for radio in at.radio:
            parts += [str(option) for option in radio.options]
        parts += [str(c.label) for c in at.checkbox]
        return _MARKDOWN_ESCAPE.sub(r"\1", "\n".join(parts))  # as read: "1\. mars" shows "1. mars"

    def radio_value(self, fact: str) -> Any:
        return self.at.radio(key=f"w_{fact}_{self.lang}").value

    def typed_value(self, fact: str) -> str:
        return str(self.at.text_input(key=f"w_{fact}_{self.lang}").value)

    def html(self) -> str:
        return "\n".join(str(h.proto.body) for h in self.at.html)


def refugee(w: Wizard, **changes: Any) -> dict[str, Any]:
    """A refugee in the target group (docs/rules.md example 1, moved to the session's today)."""
    answers: dict[str, Any] = {
        "permit_basis": "refugee",
        "date_of_birth": years_before(w.today, 37),  # 36 on the permit date
        "permit_granted_on": w.days_ago(200),
        "settled": True,
        "settled_on": w.days_ago(100),
        "settled_by_agreement": True,
        "claim_made": "not_asked",
        "declined_or_dropped_out": False,
        "works_30_hours_or_more": False,
    }
    answers.update(changes)
    return answers
