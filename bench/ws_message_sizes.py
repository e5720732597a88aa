"""The largest websocket message a real browser sends to the self-check (a measurement for the limit in
serve.py, `WS_MAX_BYTES`).

A person in chromium walks the wizard in both languages, types the longest text a field takes (20
characters, `max_chars`) into every date field before the real date, switches language, opens the
helpers' section and the full reasoning and keeps the summary; every frame the page sends on
`/_stcore/stream` is measured.

    python bench/ws_message_sizes.py
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from playwright.sync_api import sync_playwright  # noqa: E402

from tests.browser.server import CHROMIUM, CHROMIUM_ARGS, Server  # noqa: E402
from tests.browser.visit import Visit, refugee  # noqa: E402
from ui.questions import QUESTIONS, Kind  # noqa: E402


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
                    page.on(
                        "websocket",
                        lambda ws: ws.on("framesent", lambda payload: sizes.append(len(payload))),
                    )
                    visit = Visit(page, server.url, lang).open()

                    def long_text_first(v: Visit) -> None:
                        fact = v.current() if v.page.locator(".st-key-start").count() == 0 else None
                        if fact is not None and QUESTIONS[fact].kind is Kind.DATE:
                            v.fill(fact, "9" * 20)

                    visit.switch("en" if lang == "nb" else "nb").switch(lang)
                    visit.result(refugee(), on_page=lambda v: _safely(long_text_first, v))
                    visit.page.get_by_text(visit.g("Full reasoning (for helpers)"), exact=True).click()
                    visit.settle()
                    context.close()
                browser.close()
        finally:
            server.stop()
    print(f"frames sent by the browser: {len(sizes)}")
    print(f"largest: {max(sizes)} bytes; median: {sorted(sizes)[len(sizes) // 2]} bytes")


def _safely(step: object, v: Visit) -> None:
    try:
        step(v)  # type: ignore[operator]
    except AssertionError:  # not a question page (check your answers)
        return


if __name__ == "__main__":
    main()
