"""Fixtures for the browser tests: one real `streamlit run` per mode (normal and kiosk), one chromium.

The tests skip only when Debian's chromium is not installed (`apt-get install chromium`; `.ci/run`
installs it, so CI always runs them). Servers and the browser are stopped at the end of the session.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.browser.server import CHROMIUM, CHROMIUM_ARGS, Server
from tests.browser.visit import HEIGHT, WIDTH, Visit

KIOSK_IDLE_SECONDS = 8
KIOSK_WARNING_SECONDS = 4
LOCALES = {"nb": "nb-NO", "en": "en-GB"}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    if CHROMIUM.exists():
        return
    skip = pytest.mark.skip(reason=f"{CHROMIUM} is not installed (apt-get install chromium)")
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    running = Server(tmp_path_factory.mktemp("server")).start()
    yield running
    running.stop()


@pytest.fixture(scope="session")
def kiosk_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    env = {
        "SELFCHECK_KIOSK": "1",
        "SELFCHECK_IDLE_SECONDS": str(KIOSK_IDLE_SECONDS),
        "SELFCHECK_IDLE_WARNING_SECONDS": str(KIOSK_WARNING_SECONDS),
    }
    running = Server(tmp_path_factory.mktemp("kiosk"), env).start()
    yield running
    running.stop()


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def visit(browser: object, server: Server) -> Iterator[Callable[..., Visit]]:
    """`visit(lang)`: a new browser context (a new person) on the normal server."""
    yield from _visits(browser, server)


@pytest.fixture
def kiosk_visit(browser: object, kiosk_server: Server) -> Iterator[Callable[..., Visit]]:
    """`kiosk_visit(lang)`: a new browser context on the kiosk server."""
    yield from _visits(browser, kiosk_server)


def _visits(browser: object, server: Server) -> Iterator[Callable[..., Visit]]:
    contexts = []

    def open_visit(lang: str = "nb", **options: object) -> Visit:
        context = browser.new_context(  # type: ignore[attr-defined]
            locale=LOCALES[lang], viewport={"width": WIDTH, "height": HEIGHT}, **options
        )
        contexts.append(context)
        return Visit(context.new_page(), server.url, lang).open()

    yield open_visit
    for context in contexts:
        context.close()
