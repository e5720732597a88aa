"""The six languages added to bokmål and English, in a real chromium: the page's `lang` and `dir`,
axe-core on the start page, the language menu, a question, an error and the result; nothing wider
than a 320 px screen; Arabic and Dari right to left, with dates typed in Arabic-Indic digits
accepted. (Bokmål and English are scanned page by page in `test_accessibility.py`.)
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from playwright.sync_api import expect

from logic import Fact, Outcome
from tests.browser.test_accessibility import assert_accessible
from tests.browser.visit import HEIGHT, Visit, refugee
from ui import languages
from ui.messages import OUTCOME_TITLE

NEW = tuple(code for code in languages.CODES if code not in ("nb", "en"))
NARROW = 320  # the narrowest phone screen in use


def _fits(v: Visit, where: str) -> None:
    """Nothing on the page is wider than the screen (no sideways scrolling)."""
    width = v.page.evaluate("document.documentElement.scrollWidth")
    assert width <= NARROW, (where, v.lang, width)


def _direction(v: Visit) -> None:
    language = languages.get(v.lang)
    assert v.html_lang() == language.html_lang
    assert v.page.evaluate("document.documentElement.dir") == language.direction
    assert v.page.evaluate("getComputedStyle(document.body).direction") == language.direction


@pytest.mark.parametrize("lang", NEW)
def test_every_page_of_a_walk_is_in_the_language_accessible_and_fits_a_narrow_phone(
    visit: Callable[..., Visit], lang: str
) -> None:
    v = visit(lang)
    v.page.set_viewport_size({"width": NARROW, "height": HEIGHT})
    v.settle()
    _direction(v)
    assert_accessible(v, "start")
    _fits(v, "start")
    # The language menu: every language named in itself, each marked with its own language.
    v.open_language_menu()
    for language in languages.LANGUAGES:
        button = v.language_button(language.code)
        expect(button).to_have_text(language.name)
        # Set by the page's script after Streamlit has drawn the menu: wait for it.
        expect(button).to_have_attribute("lang", language.html_lang)
        expect(button).to_have_attribute("dir", language.direction)
    assert_accessible(v, "language menu")
    v.page.keyboard.press("Escape")
    v.wait_for_menu_closed()
    v.settle()
    v.start()
    v.choose(Fact.PERMIT_BASIS, "refugee")
    assert_accessible(v, "question")
    _fits(v, "question")
    old = v.heading()
    v.cont(Fact.PERMIT_BASIS)
    v.wait_for_heading(old)
    v.fill(Fact.DATE_OF_BIRTH, "12.08")  # no year
    v.cont(Fact.DATE_OF_BIRTH)
    v.page.locator("#error-summary").wait_for()
    v.settle()
    assert_accessible(v, "error")
    _fits(v, "error")
    title = v.result(refugee())
    assert title == v.g(OUTCOME_TITLE[Outcome.RIGHT_AND_DUTY])
    _direction(v)
    assert_accessible(v, "result")
    _fits(v, "result")


@pytest.mark.parametrize(
    ("lang", "typed"),
    [("ar", "٠٥.٠٣.١٩٨٩"), ("prs", "۰۵.۰۳.۱۹۸۹"), ("ar", "05.03.1989")],
    ids=["arabic-indic", "persian", "ascii"],
)
def test_right_to_left_mirrors_back_and_accepts_dates_in_the_readers_digits(
    visit: Callable[..., Visit], lang: str, typed: str
) -> None:
    v = visit(lang)
    v.start()
    v.choose(Fact.PERMIT_BASIS, "refugee")
    old = v.heading()
    v.cont(Fact.PERMIT_BASIS)
    v.wait_for_heading(old)
    # Back points the way the page reads: to the right.
    icon = v.page.locator('.st-key-back [data-testid="stIconMaterial"]')
    assert icon.evaluate("el => getComputedStyle(el).transform").startswith("matrix(-1")
    back = v.page.locator(".st-key-back button").bounding_box()
    assert back is not None
    assert back["x"] > v.page.viewport_size["width"] / 2  # Back sits on the right
    old = v.heading()
    v.fill(Fact.DATE_OF_BIRTH, typed)
    v.cont(Fact.DATE_OF_BIRTH)
    v.wait_for_heading(old)
    assert v.current() is Fact.PERMIT_GRANTED_ON  # the date was read: the next question
    assert v.page.locator("#error-summary").count() == 0


def test_choosing_a_language_closes_the_menu_and_keeps_the_question(visit: Callable[..., Visit]) -> None:
    v = visit("nb")
    v.start()
    question = v.current()
    v.switch("ar")
    # The menu closed with the choice (a menu left open would cover the page in the new language).
    v.wait_for_menu_closed()
    assert v.current() is question
    v.switch("nb")
    v.wait_for_menu_closed()
    assert v.current() is question
