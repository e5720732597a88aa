"""The largest websocket message a real browser sends to the self-check (a measurement for the limit in
serve.py, `WS_MAX_BYTES`).

A person in chromium walks the wizard in both languages: switches language back and forth, types
the longest text a date field takes (20 characters, `max_chars`) into every date field before the
real date, answers every question the wizard asks (a refugee's answers; any other question: its
second option), sees the result, opens the full reasoning and downloads the summary. Every frame
the page sends on `/_stcore/stream` is measured.

    python bench/ws_message_sizes.py
"""

from __future__ import annotations

import re
import sys
import tempfile
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from playwright.sync_api import Page, sync_playwright  # noqa: E402

from tests.browser.server import CHROMIUM, CHROMIUM_ARGS, Server  # noqa: E402

TIMEOUT_MS = 30_000


def _typed(days_ago: int) -> str:
    return (datetime.now(ZoneInfo("Europe/Oslo")).date() - timedelta(days=days_ago)).strftime("%d.%m.%Y")


# The refugee of docs/rules.md example 1: option numbers and dates (days before today).
KNOWN = {
    "permit_basis": 0,
    "settled": 0,
    "settled_by_agreement": 0,
    "declined_or_dropped_out": 1,
    "date_of_birth": 37 * 365 + 3,
    "permit_granted_on": 200,
    "settled_on": 100,
}
DATES = {"date_of_birth", "permit_granted_on", "settled_on"}


def settle(page: Page) -> None:
    page.wait_for_function("() => !document.querySelector('[data-stale=\"true\"]')")
    page.wait_for_timeout(200)


def walk(page: Page, url: str, lang: str) -> None:
    page.goto(url)
    page.locator(".st-key-start button").wait_for()
    settle(page)
    other = "en" if lang == "nb" else "nb"
    for to in (other, lang):
        page.locator('[data-testid="stPopover"] button').first.click()
        page.locator(f".st-key-lang_{to} button:visible").first.wait_for(state="visible")
        settle(page)
        page.locator(f".st-key-lang_{to} button:visible").first.click()
        page.wait_for_function("lang => document.documentElement.lang === lang", arg=to)
        settle(page)
    page.locator(".st-key-start button").click()
    for _ in range(30):
        page.locator('[class*="st-key-continue_"], .st-key-see_result').first.wait_for()
        settle(page)
        if page.locator(".st-key-see_result").count():
            break
        classes = page.locator('[class*="st-key-continue_"]').first.get_attribute("class") or ""
        found = re.search(r"st-key-continue_(\w+)", classes)
        assert found is not None
        fact = found.group(1)
        field = page.locator(f".st-key-w_{fact}_{lang} input[type=text]")
        if field.count():
            field.fill("9" * 20)
            field.fill(_typed(KNOWN[fact] if fact in DATES else 30))
            field.press("Escape")
        else:
            options = page.locator(f".st-key-w_{fact}_{lang} label:has(input[type=radio])")
            options.nth(KNOWN.get(fact, 1 if options.count() > 1 else 0)).click()
        page.locator(f".st-key-continue_{fact} button").click()
        page.wait_for_function(
            "key => !document.querySelector(`.st-key-${key}`) || document.querySelector('#error-summary')",
            arg=f"continue_{fact}",
        )
    page.locator(".st-key-see_result button").click()
    page.locator(".st-key-download_summary button").wait_for()
    settle(page)
    page.locator('[data-testid="stExpander"] summary').first.click()
    with page.expect_download():
        page.locator(".st-key-download_summary button").click()
    settle(page)


def main() -> None:
    sizes: list[int] = []
    with tempfile.TemporaryDirectory() as folder:
        server = Server(Path(folder)).start()
        try:
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
                for lang, locale in (("nb", "nb-NO"), ("en", "en-GB")):
                    context = browser.new_context(locale=locale, accept_downloads=True)
                    page = context.new_page()
                    page.set_default_timeout(TIMEOUT_MS)
                    page.on("websocket", lambda ws: ws.on("framesent", lambda data: sizes.append(len(data))))
                    walk(page, server.url, lang)
                    context.close()
                browser.close()
        finally:
            server.stop()
    print(f"frames sent by the browser: {len(sizes)}")
    print(f"largest: {max(sizes)} bytes; median: {sorted(sizes)[len(sizes) // 2]} bytes")


if __name__ == "__main__":
    main()
