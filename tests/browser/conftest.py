"""Fixtures for the browser tests: one real `streamlit run` per mode (normal and kiosk), one chromium.

Without Debian's chromium the whole folder is skipped with one line (tests/conftest.py; `.ci/run`
installs it, so CI always runs them). Every test here is marked `browser` and runs after the fast
ones. Servers and the browser are stopped at the end of the session.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from tests.browser.server import CHROMIUM, CHROMIUM_ARGS, Server
from tests.browser.visit import HEIGHT, WIDTH, Visit
from tests.ui.wizard import LOCALE

# The defaults: far longer than a step of a walk or an axe scan takes on a busy machine, so neither
# races the kiosk's timer. The kiosk pages run on Playwright's clock (real time, until a test
# skips ahead with `Visit.idle(seconds)`), so no test waits for them to pass.
KIOSK_IDLE_SECONDS = 120
KIOSK_WARNING_SECONDS = 20
LOCALES = LOCALE  # the browser language of each of the app's languages (`tests/ui/wizard.py`)


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
    """`kiosk_visit(lang)`: a new browser context on the kiosk server, on Playwright's clock."""
    yield from _visits(browser, kiosk_server, clock=True)


def _visits(browser: object, server: Server, *, clock: bool = False) -> Iterator[Callable[..., Visit]]:
    contexts = []

    def open_visit(lang: str = "nb", **options: object) -> Visit:
        context = browser.new_context(  # type: ignore[attr-defined]
            locale=LOCALES[lang], viewport={"width": WIDTH, "height": HEIGHT}, **options
        )
        if clock:
            context.clock.install()  # time runs as usual until Visit.idle() skips ahead
        contexts.append(context)
        return Visit(context.new_page(), server.url, lang).open()

    yield open_visit
    for context in contexts:
        context.close()
