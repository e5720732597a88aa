"""One visitor in a real browser: answer the wizard's questions like a person, read what is on screen.

Widgets are found by their Streamlit key (`.st-key-<key>`), texts by what a person reads. Labels come
from the app's own catalogues (`ui.i18n.Texts`), so a test names an answer by its value
("refugee") and clicks the label the person sees in their language; the assertions on the outcome
use literal sentences (tests/browser/expected.py).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from playwright.sync_api import Locator, Page

from logic import Fact
from ui import languages
from ui.claim import ASKED
from ui.i18n import Texts
from ui.questions import DONT_KNOW, QUESTIONS, Kind, shown

UNKNOWN = object()  # answer "I don't know"
# Every wait is on a condition; this only bounds how long a condition may take. It holds on a busy
# 2-core machine (chromium, two servers and other engineers' test runs): a wait that needs it has
# found a real fault, not slowness (bench/browser_tests_under_load.py).
TIMEOUT_MS = 60_000
WIDTH, HEIGHT = 420, 900
# The script run has ended and its output is on screen: Streamlit's own markers on the app element
# (connected, no run going) and on each element (`data-stale` while a run has not re-sent it yet), and
# no finite CSS animation or transition still moving something (infinite ones, spinners, never end).
_SETTLED = """() => {
    const app = document.querySelector('[data-testid="stApp"]');
    return !!app
        && app.getAttribute('data-test-connection-state') === 'CONNECTED'
        && app.getAttribute('data-test-script-state') === 'notRunning'
        && !document.querySelector('[data-stale="true"]')
        && document.getAnimations().every(a => a.playState !== 'running'
            || a.effect === null || a.effect.getComputedTiming().iterations === Infinity);
}"""


def today() -> date:
    """Today in Norway (the server's assessment date)."""
    return datetime.now(ZoneInfo("Europe/Oslo")).date()


def days_ago(days: int) -> date:
    return today() - timedelta(days=days)


def years_before(value: date, years: int) -> date:
    try:
        return value.replace(year=value.year - years)
    except ValueError:
        return value.replace(year=value.year - years, day=28)


def typed(value: date) -> str:
    return value.strftime("%d.%m.%Y")


def refugee(**changes: Any) -> dict[str, Any]:
    """A refugee in the target group (docs/rules.md example 1, relative to today)."""
    answers: dict[str, Any] = {
        "permit_basis": "refugee",
        "date_of_birth": years_before(today(), 37),
        "permit_granted_on": days_ago(200),
        "settled": True,
        "settled_on": days_ago(100),
        "settled_by_agreement": True,
        "claim_made": "not_asked",
        "declined_or_dropped_out": False,
        "works_30_hours_or_more": False,
    }
    answers.update(changes)
    return answers


class Visit:
    """A person using the self-check in one browser tab."""

    def __init__(self, page: Page, url: str, lang: str) -> None:
        self.page = page
        self.url = url
        self.lang = lang
        self.asked: list[str] = []
        page.set_default_timeout(TIMEOUT_MS)

    # --- texts -----------------------------------------------------------------------------------

    def g(self, msgid: str) -> str:
        return Texts(self.lang).gettext(msgid)

    def heading(self) -> str:
        return self.page.locator("h1").first.inner_text().strip()

    def text(self) -> str:
        """What the page says (the main area)."""
        return self.page.locator('[data-testid="stMain"]').inner_text()

    def html_lang(self) -> str:
        return str(self.page.evaluate("document.documentElement.lang"))

    # --- moving ------------------------------------------------------------------------------------

    def open(self) -> Visit:
        self.page.goto(self.url)
        self.wait_for_key("start")
        # st.html loads lazily: wait for the app's stylesheet and the page language to be in place.
        self.page.wait_for_function(
            "tag => !!document.getElementById('selfcheck-styles') && document.documentElement.lang === tag",
            arg=languages.get(self.lang).html_lang,
        )
        self.settle()
        return self

    def wait_for_key(self, key: str) -> None:
        self.page.locator(f".st-key-{key}").first.wait_for(state="visible")

    def press(self, key: str) -> None:
        self.settle()  # nothing still moving under the pointer (an expander opening, a run ending)
        self.page.locator(f".st-key-{key} button").first.click()

    def wait_for_heading(self, old: str | None = None, expected: str | None = None) -> str:
        """Wait until the page heading is `expected`, or differs from `old`, and the run has ended."""
        self.page.wait_for_function(
            """([old, expected]) => {
                const h = document.querySelector('h1');
                if (!h) return false;
                const text = h.innerText.trim();
                return expected !== null ? text === expected : text !== old;
            }""",
            arg=[old, expected],
        )
        self.settle()
        return self.heading()

    def settle(self) -> None:
        """Wait until Streamlit has finished the script run and the page has stopped moving.

        Call it after something that shows the new run has begun (a new heading, a new element, the
        page's `lang`): before that, "no run going" may still describe the previous run.
        """
        self.page.wait_for_function(_SETTLED)

    def idle(self, seconds: float) -> None:
        """Nobody touches the screen for `seconds`: Playwright's clock skips ahead (kiosk contexts)."""
        self.page.clock.fast_forward(round(seconds * 1000))

    def start(self) -> Visit:
        old = self.heading()
        self.press("start")
        self.wait_for_heading(old)
        return self

    def current(self) -> Fact:
        headings = {shown(q.heading, Texts(self.lang), today()): fact for fact, q in QUESTIONS.items()}
        heading = self.heading()
        assert heading in headings, f"not a question page: {heading!r}"
        return headings[heading]

    def language_button(self, code: str) -> Locator:
        """A language's button in the open menu (while the menu opens, React may briefly hold a hidden
        copy of its content too: the visible one counts)."""
        return self.page.locator(f".st-key-lang_{code} button:visible").first

    def open_language_menu(self) -> None:
        """Open the language menu (a run on the server: the menu's state is kept there) and wait until
        its languages are shown and the run is over."""
        self.page.locator('[data-testid="stPopover"] button').first.click()
        self.language_button("nb").wait_for(state="visible")
        self.settle()

    def wait_for_menu_closed(self) -> None:
        """Wait until no language button is visible (the menu closed)."""
        self.page.wait_for_function(
            "() => ![...document.querySelectorAll('[class*=\"st-key-lang_\"] button')]"
            ".some(b => b.checkVisibility())"
        )

    def switch(self, lang: str) -> Visit:
        """Open the language menu and choose a language by its own name."""
        self.settle()
        self.open_language_menu()
        self.language_button(lang).click()
        self.lang = lang
        self.page.wait_for_function(
            "tag => document.documentElement.lang === tag", arg=languages.get(lang).html_lang
        )
        self.settle()
        return self

    # --- answering ---------------------------------------------------------------------------------

    def fill(self, fact: Fact, text: str) -> None:
        field = self.page.locator(f".st-key-w_{fact.value}_{self.lang} input")
        field.fill(text)

    def choose(self, fact: Fact, value: Any) -> None:
        question = QUESTIONS[fact]
        if value is UNKNOWN or value == DONT_KNOW:
            label = self.g(question.unknown_label or "")
        else:
            label = shown(question.label_of(value), Texts(self.lang), today())
        group = self.page.locator(f".st-key-w_{fact.value}_{self.lang}")
        group.get_by_text(label, exact=True).click()

    def answer(self, fact: Fact, value: Any) -> None:
        question = QUESTIONS[fact]
        if question.kind is Kind.CLAIM and isinstance(value, date):
            self.choose(fact, ASKED)
            self.page.locator(f".st-key-w_{fact.value}_on_{self.lang} input").fill(typed(value))
        elif question.kind is Kind.DATE:
            if value is UNKNOWN:
                box = self.page.locator(f".st-key-w_{fact.value}_unknown_{self.lang}")
                box.get_by_text(self.g(question.unknown_label or ""), exact=True).click()
            else:
                self.fill(fact, typed(value))
        else:
            self.choose(fact, value)
        self.cont(fact)

    def cont(self, fact: Fact) -> None:
        self.press(f"continue_{fact.value}")

    def walk(self, answers: Mapping[str, Any], *, on_page: Any = None) -> Visit:
        """Answer what the wizard asks until "Check your answers"; `on_page(visit)` runs on each page."""
        check = self.g("Check your answers")
        if self.page.locator(".st-key-start").count():
            if on_page:
                on_page(self)
            self.start()
        while self.heading() != check:
            fact = self.current()
            assert fact.value in answers, f"unexpected question {fact.value} after {self.asked}"
            self.asked.append(fact.value)
            if on_page:
                on_page(self)
            old = self.heading()
            self.answer(fact, answers[fact.value])
            self.wait_for_heading(old)
        if on_page:
            on_page(self)
        return self

    def result(self, answers: Mapping[str, Any], *, on_page: Any = None) -> str:
        self.walk(answers, on_page=on_page)
        old = self.heading()
        self.press("see_result")
        return self.wait_for_heading(old)

    # --- helpers' date ---------------------------------------------------------------------------

    def assess_on(self, value: date) -> Visit:
        """On the start page: "For helpers: check another date"."""
        self.page.get_by_text(self.g("For helpers: check another date"), exact=True).click()
        field = self.page.locator(f".st-key-w_assessment_date_{self.lang} input")
        field.wait_for(state="visible")  # opening runs the page again: the form is made only then
        self.settle()
        field.fill(typed(value))
        self.press("set_assessment_date")
        self.page.locator(".st-key-use_today").wait_for()
        self.settle()
        return self

    # --- pictures ----------------------------------------------------------------------------------

    def screenshot(self, path: Path) -> None:
        """The whole page at phone width (Streamlit scrolls inside its own container)."""
        height = self.page.evaluate(
            "Math.max(...[...document.querySelectorAll('section, div')].map(e => e.scrollHeight))"
        )
        self.page.set_viewport_size({"width": WIDTH, "height": max(HEIGHT, int(height))})
        self.settle()
        # two animation frames: the layout for the new size has been computed and painted
        self.page.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
        self.page.screenshot(path=str(path), full_page=True)
        self.page.set_viewport_size({"width": WIDTH, "height": HEIGHT})


def dump(value: Any) -> str:
    return json.dumps(value, default=str, ensure_ascii=False)
