"""On a phone (390 px) and on a desktop, in bokmål and English: what a person taps, what a screen
reader is told, and what the browser fetches (issue 9, points 6, 8, 9 and 10).

One walk per screen and language, recorded page by page (`Walk`); each test asserts one thing about
it. The walk: the start page (Tab reaches the skip link), the permit question (tap a group heading,
then an option's hint), a date of birth without a year (an error), then a refugee born on 1 January
and settled on the 1st of a month, through "Check your answers" to the result with the full
reasoning open.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any
from urllib.parse import urlsplit

import pytest

from logic import Fact
from tests.browser.axe import scan
from tests.browser.conftest import LOCALES
from tests.browser.server import Server
from tests.browser.visit import Visit, days_ago, refugee, today
from tests.ui.wizard import shown_date
from ui.dates import InputError
from ui.i18n import Texts
from ui.messages import ERROR
from ui.questions import QUESTIONS

SCREENS = {"phone": (390, 844), "desktop": (1280, 800)}
CASES = [(lang, screen) for screen in SCREENS for lang in ("nb", "en")]
MIN_TARGET = 44  # px, WCAG 2.5.5 (AAA; the project's own rule for every page)
BORN = date(today().year - 37, 1, 1)  # the common 01.01 birth date
SETTLED = days_ago(100).replace(day=1)
HINT = "Day, month and year, for example 05.03.2024 or 05032024"  # under every date field

# Everything a person can tap or type into, as drawn (a radio's own <input> is hidden: its label is
# the target). Only what is visible is measured; the skip link is measured when it has the focus.
_TARGETS = """() => {
  const found = [];
  const selector = 'a[href], button, summary, input:not([type=radio]):not([type=checkbox]), ' +
    '[data-testid="stRadioOption"], [data-testid="stCheckbox"] label';
  for (const el of document.querySelectorAll(selector)) {
    if (el.matches('[data-testid="stSkipToContent"]')) continue;
    if (!el.checkVisibility({visibilityProperty: true})) continue;
    const box = el.getBoundingClientRect(), size = `${Math.round(box.width)}x${Math.round(box.height)}`;
    if (box.width < 44 || box.height < 44) found.push(`${el.tagName} "${el.innerText.trim()}" ${size}`);
  }
  return found;
}"""
_GROUPS = """key => [...document.querySelectorAll(`.st-key-${key} [data-testid="stRadioGroup"] > div`)]
  .map(o => [getComputedStyle(o, "::before").content, o.querySelector("label").innerText.trim()])
  .filter(([heading]) => heading !== 'none')
  .map(([heading, label]) => [JSON.parse(heading), label])"""
_FOCUSED = """() => {
  const a = document.activeElement, box = a.getBoundingClientRect();
  return {testid: a.dataset.testid, text: a.innerText.trim(), width: box.width, height: box.height};
}"""
_ICONS = """() => {
  const icons = [...document.querySelectorAll('[data-testid="stMain"] span[role=img]')];
  return {shown: icons.length, hidden: icons.filter(i => i.getAttribute("aria-hidden") === "true").length};
}"""
_DESCRIBED = """el => ({
  inputmode: el.getAttribute('inputmode'),
  invalid: el.getAttribute('aria-invalid'),
  described: (el.getAttribute('aria-describedby') || '').split(' ').filter(Boolean)
    .map(id => document.getElementById(id).innerText.trim()),
})"""


@dataclass
class Walk:
    """What one person's browser showed and did, page by page."""

    lang: str
    screen: str
    origin: str
    requests: list[str] = field(default_factory=list)
    small: dict[str, list[str]] = field(default_factory=dict)
    axe: dict[str, list[Any]] = field(default_factory=dict)
    skip_link: dict[str, Any] = field(default_factory=dict)
    groups: list[list[str]] = field(default_factory=list)
    checked_after_heading_tap: int = -1
    checked_after_hint_tap: str = ""
    date_field: dict[str, Any] = field(default_factory=dict)
    invalid_field: dict[str, Any] = field(default_factory=dict)
    check_lists: int = -1
    check_text: str = ""
    icons: dict[str, int] = field(default_factory=dict)
    result_tree: str = ""


def _open_expanders(v: Visit) -> None:
    for summary in v.page.locator('[data-testid="stExpander"] summary').all():
        if summary.is_visible() and summary.get_attribute("aria-expanded") != "true":
            summary.click()
    v.settle()


def _record(w: Walk, v: Visit, scan_it: bool = False) -> None:
    """Targets on this page (expanders open), and axe's findings where asked."""
    _open_expanders(v)
    where = v.heading()
    w.small[where] = v.page.evaluate(_TARGETS)
    if scan_it:
        w.axe[where] = scan(v.page)


def _tap(v: Visit, target: Any, dy: float | None = None) -> None:
    """A tap where a finger would land on `target` (a locator): its middle, or `dy` px below its top."""
    target.scroll_into_view_if_needed()
    box = target.bounding_box()
    v.page.mouse.click(box["x"] + box["width"] / 2, box["y"] + (box["height"] / 2 if dy is None else dy))
    v.settle()


def _permit_question(w: Walk, v: Visit) -> None:
    key = f"w_permit_basis_{v.lang}"
    checked = v.page.locator(f".st-key-{key} input[type=radio]:checked")
    w.groups = v.page.evaluate(_GROUPS, key)
    options = v.page.locator(f".st-key-{key} [data-testid='stRadioGroup'] > div")
    values = [option.value for option in QUESTIONS[Fact.PERMIT_BASIS].options]
    family = values.index("family_immigration")
    _tap(v, options.nth(family), dy=8)  # on the group's heading
    w.checked_after_heading_tap = checked.count()
    _tap(v, v.page.locator(f".st-key-{key} [data-testid='stRadioCaption']").nth(2))
    w.checked_after_hint_tap = checked.evaluate("el => el.closest('label').innerText.trim()")


def _walk(browser: Any, server: Server, lang: str, screen: str) -> Walk:
    width, height = SCREENS[screen]
    context = browser.new_context(locale=LOCALES[lang], viewport={"width": width, "height": height})
    page = context.new_page()
    w = Walk(lang, screen, f"{urlsplit(server.url).scheme}://{urlsplit(server.url).netloc}")
    page.on("request", lambda request: w.requests.append(request.url))
    page.on("websocket", lambda socket: w.requests.append(socket.url))
    try:
        v = Visit(page, server.url, lang).open()
        page.keyboard.press("Tab")  # the first thing Tab reaches
        w.skip_link = page.evaluate(_FOCUSED)
        _record(w, v, scan_it=True)
        v.start()
        _record(w, v, scan_it=True)
        _permit_question(w, v)
        v.choose(Fact.PERMIT_BASIS, "refugee")
        old = v.heading()
        v.cont(Fact.PERMIT_BASIS)
        v.wait_for_heading(old)
        field_ = page.locator(f".st-key-w_date_of_birth_{lang} input")
        w.date_field = field_.evaluate(_DESCRIBED)
        v.fill(Fact.DATE_OF_BIRTH, "12.08")
        v.cont(Fact.DATE_OF_BIRTH)
        page.locator("#error-summary").wait_for()
        v.settle()
        w.invalid_field = field_.evaluate(_DESCRIBED)
        w.axe["error"] = scan(page)
        answers = refugee(date_of_birth=BORN, settled_on=SETTLED)
        v.walk(answers, on_page=lambda visit: _record(w, visit))
        main = page.locator('[data-testid="stMain"]')
        w.check_lists = main.locator("ol, ul, li").count()
        w.check_text = v.text()
        w.axe["check"] = scan(page)
        old = v.heading()
        v.press("see_result")
        v.wait_for_heading(old)
        _record(w, v, scan_it=True)
        w.icons = page.evaluate(_ICONS)
        w.result_tree = main.aria_snapshot()
    finally:
        context.close()
    return w


@pytest.fixture(scope="module", params=CASES, ids=[f"{lang}-{screen}" for lang, screen in CASES])
def walk(request: pytest.FixtureRequest, browser: Any, server: Server) -> Walk:
    lang, screen = request.param
    return _walk(browser, server, lang, screen)


def _g(w: Walk, msgid: str) -> str:
    return Texts(w.lang).gettext(msgid)


# --- 6: a date on the 1st of a month -------------------------------------------------------------


def test_a_date_on_the_1st_of_a_month_reads_whole_on_the_check_page_not_as_a_list(walk: Walk) -> None:
    assert walk.check_lists == 0  # "1. januar 1989" is no numbered list
    assert shown_date(BORN, walk.lang) in walk.check_text
    assert shown_date(SETTLED, walk.lang) in walk.check_text


# --- 8: no request to anyone else ----------------------------------------------------------------


def test_a_whole_walk_makes_no_request_to_any_origin_but_the_apps_own(walk: Walk) -> None:
    assert walk.requests  # the recording works
    elsewhere = [
        url
        for url in walk.requests
        if urlsplit(url).scheme not in ("data", "blob")
        and f"{urlsplit(url).hostname}:{urlsplit(url).port}" != urlsplit(walk.origin).netloc
    ]
    assert elsewhere == []


# --- 9: targets, the whole option, the keypad, the groups ----------------------------------------


def test_every_target_on_every_page_is_at_least_44_px(walk: Walk) -> None:
    assert len(walk.small) >= 9  # start, every question, check your answers, the result
    assert {page: small for page, small in walk.small.items() if small} == {}
    assert walk.skip_link["width"] >= MIN_TARGET
    assert walk.skip_link["height"] >= MIN_TARGET


def test_tapping_an_options_hint_chooses_the_option_and_tapping_a_group_heading_chooses_nothing(
    walk: Walk,
) -> None:
    assert walk.checked_after_heading_tap == 0
    third = QUESTIONS[Fact.PERMIT_BASIS].options[2]
    assert walk.checked_after_hint_tap == _g(walk, third.label)


def test_the_permit_options_are_grouped_under_headings(walk: Walk) -> None:
    headings = {
        "nb": ["Asyl, flyktning eller beskyttelse", "Familie", "Andre tillatelser"],
        "en": ["Asylum, refugee or protection", "Family", "Other permits"],
    }
    question = QUESTIONS[Fact.PERMIT_BASIS]
    first = ["refugee", "family_immigration", "eea_or_nordic"]  # each group's first option
    labels = [_g(walk, question.label_of(value)) for value in first]
    expected = [list(pair) for pair in zip(headings[walk.lang], labels, strict=True)]
    assert walk.groups == expected


def test_a_date_field_opens_the_number_keypad_and_is_described_by_its_hint(walk: Walk) -> None:
    assert walk.date_field["inputmode"] == "numeric"
    assert walk.date_field["invalid"] is None
    assert walk.date_field["described"] == [_g(walk, HINT)]


# --- 10: screen readers --------------------------------------------------------------------------


def test_an_invalid_date_field_is_marked_invalid_and_described_by_its_error(walk: Walk) -> None:
    assert walk.invalid_field["invalid"] == "true"
    assert walk.invalid_field["described"] == [
        _g(walk, ERROR[InputError.MISSING_YEAR]),
        _g(walk, HINT),
    ]


def test_the_status_icons_are_not_read_out_the_status_word_is(walk: Walk) -> None:
    assert walk.icons["shown"] >= 5  # the icons are still drawn ...
    assert walk.icons["hidden"] == walk.icons["shown"]  # ... and hidden from screen readers
    assert "img" not in walk.result_tree
    assert "check_circle" not in walk.result_tree


def test_the_skip_link_is_in_the_page_language(walk: Walk) -> None:
    assert walk.skip_link["testid"] == "stSkipToContent"
    assert walk.skip_link["text"] == {"nb": "Gå til hovedinnholdet", "en": "Skip to main content"}[walk.lang]


def test_axe_finds_no_serious_violation_on_the_pages_this_changes(walk: Walk) -> None:
    assert len(walk.axe) == 5
    assert {page: found for page, found in walk.axe.items() if found} == {}
