"""Screenshots of the self-check at phone width (420 px, whole page), in bokmål, English, Arabic and Tigrinya.

    python -m tests.browser.screenshots docs/screenshots

Starts its own `streamlit run app.py` on a free loopback port and Debian's chromium, and writes
`<lang>-1-start.png`, `<lang>-2-question.png`, `<lang>-3-error.png`, `<lang>-4-check.png` and
`<lang>-5-result-<outcome>.png` for each of the five outcomes (chapter 6A through the helpers' date
on the start page), plus `<lang>-6-kiosk-warning.png`. The dates are relative to today.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from playwright.sync_api import Browser, sync_playwright

from logic import Fact
from tests.browser.conftest import LOCALES
from tests.browser.server import CHROMIUM, CHROMIUM_ARGS, Server
from tests.browser.test_walks import PATHS, SIX_A_DAY
from tests.browser.visit import HEIGHT, WIDTH, Visit, refugee

LANGS = ("nb", "en", "ar", "ti")


def _visit(browser: Browser, server: Server, lang: str) -> Visit:
    context = browser.new_context(locale=LOCALES[lang], viewport={"width": WIDTH, "height": HEIGHT})
    return Visit(context.new_page(), server.url, lang).open()


def _pages(browser: Browser, server: Server, lang: str, out: Path) -> None:
    v = _visit(browser, server, lang)
    v.screenshot(out / f"{lang}-1-start.png")
    v.start()
    v.choose(Fact.PERMIT_BASIS, "refugee")
    v.settle()
    v.screenshot(out / f"{lang}-2-question.png")
    old = v.heading()
    v.cont(Fact.PERMIT_BASIS)
    v.wait_for_heading(old)
    v.fill(Fact.DATE_OF_BIRTH, "31.02.1990")
    v.cont(Fact.DATE_OF_BIRTH)
    v.page.locator("#error-summary").wait_for()
    v.settle()
    v.screenshot(out / f"{lang}-3-error.png")
    v.walk(refugee())
    v.screenshot(out / f"{lang}-4-check.png")
    v.page.context.close()
    for outcome, answers in PATHS.items():
        v = _visit(browser, server, lang)
        if outcome == "right_without_duty":
            v.assess_on(SIX_A_DAY)
        v.result(answers())
        v.screenshot(out / f"{lang}-5-result-{outcome}.png")
        print(f"  {lang} {outcome}: {v.heading()}")  # noqa: T201 (a command-line tool)
        v.page.context.close()


def _kiosk(browser: Browser, server: Server, lang: str, out: Path) -> None:
    v = _visit(browser, server, "nb")
    if lang != "nb":
        v.switch(lang)
    v.start()
    v.page.locator("#selfcheck-idle").wait_for(state="visible", timeout=30_000)
    v.page.screenshot(path=str(out / f"{lang}-6-kiosk-warning.png"))
    v.page.context.close()


def main(out: Path) -> None:
    if not CHROMIUM.exists():
        sys.exit(f"{CHROMIUM} is not installed (apt-get install chromium)")
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as work:
        server = Server(Path(work) / "normal").start()
        kiosk = Server(
            Path(work) / "kiosk",
            {"SELFCHECK_KIOSK": "1", "SELFCHECK_IDLE_SECONDS": "6", "SELFCHECK_IDLE_WARNING_SECONDS": "4"},
        ).start()
        try:
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
                for lang in LANGS:
                    _pages(browser, server, lang, out)
                    _kiosk(browser, kiosk, lang, out)
                browser.close()
        finally:
            server.stop()
            kiosk.stop()
    print(f"screenshots in {out}")  # noqa: T201


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"))
