"""A kiosk keeps the person in the app and tells the truth about their answers (issue 9, point 7).

On a kiosk no link leaves the app or opens another tab (the law references to Lovdata read as
text), the start page says when the answers are deleted there, and the idle warning hides the page
behind it. On a personal device the law references stay links.

The idle warning is tested on the suite's kiosk server (tests/browser/conftest.py: a reset after
8 s without use, a warning 4 s before); the links on a kiosk of their own that resets after a
minute, so that no warning covers the page while the test reads it.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PIL import Image

from tests.browser.conftest import KIOSK_IDLE_SECONDS, KIOSK_WARNING_SECONDS, _visits
from tests.browser.server import Server
from tests.browser.visit import Visit, refugee
from tests.ui.test_ui_wizard import OUTCOME

SCREENS = {"phone": (390, 844), "desktop": (1280, 800)}
LAW = "integreringsloven § 8"  # a law reference on every refugee's result page
_LEAVING = """() => [...document.querySelectorAll("a[href]")]
  .filter(a => new URL(a.href).origin !== location.origin || !["", "_self"].includes(a.target))
  .map(a => a.href)"""
_DELETED = {
    "nb": "De blir slettet når du trykker «Begynn på nytt», eller senest 1 minutt etter at skjermen sist "
    "ble brukt.",
    "en": "They are deleted when you press «Start over», or at the latest 1 minute after the screen was "
    "last used.",
}
_CLOSE_THE_PAGE = {"nb": "lukker siden", "en": "close the page"}


@pytest.fixture(scope="module")
def calm_kiosk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    env = {"SELFCHECK_KIOSK": "1", "SELFCHECK_IDLE_SECONDS": "60", "SELFCHECK_IDLE_WARNING_SECONDS": "20"}
    running = Server(tmp_path_factory.mktemp("calm-kiosk"), env).start()
    yield running
    running.stop()


@pytest.fixture
def calm_kiosk_visit(browser: object, calm_kiosk: Server) -> Iterator[Callable[..., Visit]]:
    yield from _visits(browser, calm_kiosk)


def _kiosk(kiosk_visit: Callable[..., Visit], lang: str, screen: str) -> Visit:
    v = kiosk_visit("nb")
    width, height = SCREENS[screen]
    v.page.set_viewport_size({"width": width, "height": height})
    if lang != "nb":
        v.switch(lang)
    return v


@pytest.mark.parametrize(("lang", "screen"), [("nb", "phone"), ("en", "desktop")])
def test_on_a_kiosk_no_link_leaves_the_app_or_opens_another_tab(
    calm_kiosk_visit: Callable[..., Visit], calm_kiosk: Server, lang: str, screen: str
) -> None:
    v = _kiosk(calm_kiosk_visit, lang, screen)
    text = v.text()
    assert _DELETED[lang] in " ".join(text.split())  # the start page says what is true on a kiosk
    assert _CLOSE_THE_PAGE[lang] not in text
    assert v.result(refugee()) == OUTCOME["right_and_duty"][lang]
    assert LAW in v.text()  # the law reference is still there to read ...
    assert v.page.evaluate(_LEAVING) == []  # ... but no link leaves the app
    v.page.get_by_text(LAW).first.click()
    assert v.page.evaluate("window.open('about:blank')") is None
    v.page.wait_for_timeout(500)  # a new tab would open within this
    assert len(v.page.context.pages) == 1
    assert v.page.url == calm_kiosk.url
    assert v.heading() == OUTCOME["right_and_duty"][lang]


def test_on_a_personal_device_the_law_references_are_links(visit: Callable[..., Visit]) -> None:
    v = visit("nb")
    assert _CLOSE_THE_PAGE["nb"] in v.text()
    v.result(refugee())
    assert any(href.startswith("https://lovdata.no/") for href in v.page.evaluate(_LEAVING))


def _colours(png: bytes, box: dict[str, float]) -> set[Any]:
    """The colours of the screenshot outside the dialog (a margin of 8 px for its shadow)."""
    image = Image.open(io.BytesIO(png)).convert("RGB")
    left, top = int(box["x"]) - 8, int(box["y"]) - 8
    right, bottom = int(box["x"] + box["width"]) + 8, int(box["y"] + box["height"]) + 8
    return {
        image.getpixel((x, y))
        for x in range(0, image.width, 4)
        for y in range(0, image.height, 4)
        if not (left <= x <= right and top <= y <= bottom)
    }


@pytest.mark.parametrize(("lang", "screen"), [("nb", "phone"), ("en", "desktop")])
def test_the_idle_warning_hides_the_page_behind_it(
    kiosk_visit: Callable[..., Visit], lang: str, screen: str
) -> None:
    v = _kiosk(kiosk_visit, lang, screen).start()
    dialog = v.page.locator("#selfcheck-idle")
    v.idle(KIOSK_IDLE_SECONDS - KIOSK_WARNING_SECONDS + 2)  # nobody touches the screen
    dialog.wait_for(state="visible")
    v.page.wait_for_function(
        "() => document.querySelector('#selfcheck-idle').getAnimations()"
        ".every(a => a.playState !== 'running')"
    )
    backdrop = v.page.evaluate(
        "getComputedStyle(document.querySelector('#selfcheck-idle'), '::backdrop').backgroundColor"
    )
    assert backdrop.startswith("rgb(")  # no alpha: opaque
    colours = _colours(v.page.screenshot(), dialog.bounding_box() or {})
    assert len(colours) == 1  # nothing of the page shows through, only the backdrop's one colour
    v.page.keyboard.press("Enter")
    dialog.wait_for(state="hidden")
