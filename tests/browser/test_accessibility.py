"""Accessibility in a real browser (WCAG 2.1 AA, the Norwegian legal baseline; docs/accessibility.md).

- axe-core scans every page of a walk-through in both languages (start page with the helpers'
  section open, every question with "Where do I find this?" open, an error, check your answers, the
  result with the full reasoning open), the kiosk start page and its idle warning: no serious or
  critical violation. The result pages of the other outcomes are scanned in test_walks.py.
- The whole wizard works with the keyboard alone, and the page's `lang` follows the language.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from logic import Fact
from tests.browser.axe import scan
from tests.browser.conftest import KIOSK_IDLE_SECONDS, KIOSK_WARNING_SECONDS
from tests.browser.visit import Visit, refugee
from tests.ui.test_ui_wizard import OUTCOME
from ui.questions import QUESTIONS

LANGS = ("nb", "en")


def assert_accessible(v: Visit, where: str) -> None:
    violations = scan(v.page)
    assert violations == [], (where, v.lang, violations)


def _open_expanders(v: Visit) -> None:
    for summary in v.page.locator('[data-testid="stExpander"] summary').all():
        if summary.is_visible() and summary.get_attribute("aria-expanded") != "true":
            summary.click()
    v.settle()


@pytest.mark.parametrize("lang", LANGS)
def test_axe_finds_no_serious_violation_on_any_page(visit: Callable[..., Visit], lang: str) -> None:
    v = visit(lang)
    scanned: list[str] = []

    def check(page: Visit) -> None:
        _open_expanders(page)
        assert_accessible(page, page.heading())
        scanned.append(page.heading())

    check(v)  # the start page with the helpers' section open
    v.start()
    # an error on a date question
    v.choose(Fact.PERMIT_BASIS, "refugee")
    old = v.heading()
    v.cont(Fact.PERMIT_BASIS)
    v.wait_for_heading(old)
    v.fill(Fact.DATE_OF_BIRTH, "12.08")
    v.cont(Fact.DATE_OF_BIRTH)
    v.page.locator("#error-summary").wait_for()
    check(v)
    assert v.result(refugee(), on_page=check) == OUTCOME["right_and_duty"][lang]
    check(v)  # the result, full reasoning open
    assert len(scanned) >= 10


@pytest.mark.parametrize("lang", LANGS)
def test_axe_finds_no_serious_violation_in_kiosk_mode_and_its_idle_warning(
    kiosk_visit: Callable[..., Visit], lang: str
) -> None:
    v = kiosk_visit("nb")
    if lang != "nb":
        v.switch(lang)
    assert_accessible(v, "kiosk start page")
    dialog = v.page.locator("#selfcheck-idle")
    v.idle(KIOSK_IDLE_SECONDS - KIOSK_WARNING_SECONDS)
    dialog.wait_for(state="visible")
    assert_accessible(v, "idle warning")
    v.page.keyboard.press("Enter")
    dialog.wait_for(state="hidden")


def _tab_to(v: Visit, selector: str, limit: int = 60) -> None:
    """Press Tab until the focus is inside `selector`."""
    for _ in range(limit):
        inside = v.page.evaluate(
            "sel => { const a = document.activeElement; return !!(a && a.closest(sel)); }", selector
        )
        if inside:
            return
        v.page.keyboard.press("Tab")
    raise AssertionError(f"Tab never reached {selector}")


def test_the_whole_wizard_works_with_the_keyboard_alone(visit: Callable[..., Visit]) -> None:
    v = visit("en")
    answers = refugee()
    _tab_to(v, ".st-key-start")
    old = v.heading()
    v.page.keyboard.press("Enter")
    v.wait_for_heading(old)
    while v.heading() != "Check your answers":
        fact = v.current()
        value = answers[fact.value]
        old = v.heading()
        if isinstance(value, bool | str):
            label = v.g(QUESTIONS[fact].label_of(value))
            _tab_to(v, f".st-key-w_{fact.value}_en")
            for _ in range(20):  # arrow keys move the choice within the group
                checked = v.page.locator(f".st-key-w_{fact.value}_en input[type=radio]:checked")
                if checked.count() and v.page.evaluate(
                    "el => el.closest('label').innerText", checked.element_handle()
                ).startswith(label):
                    break
                v.page.keyboard.press("ArrowDown")
            v.page.keyboard.press("Tab")
            _tab_to(v, f".st-key-continue_{fact.value}")
            v.page.keyboard.press("Enter")
        else:
            _tab_to(v, f".st-key-w_{fact.value}_en")
            v.page.keyboard.type(value.strftime("%d.%m.%Y"))
            v.page.keyboard.press("Enter")
        v.wait_for_heading(old)
    old = v.heading()
    _tab_to(v, ".st-key-see_result")
    v.page.keyboard.press("Enter")
    assert v.wait_for_heading(old) == OUTCOME["right_and_duty"]["en"]
    assert v.html_lang() == "en"
