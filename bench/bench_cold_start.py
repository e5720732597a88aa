"""Cold start: from starting the server process until `/_stcore/health` answers, and until a new
visitor's first page is rendered in headless chromium, against a hello-world app. Prints figures;
asserts nothing.

    python bench/bench_cold_start.py [--runs 5]

The server runs on core 1, chromium (started once, before the servers) on core 0. Each run starts a
fresh server process and opens the page in a new browser context (an empty cache: a new visitor);
"rendered" means the start button (`st.button(key="start")`, in every app) is visible. The apps are
started in turn (hello, wizard, wizard with `streamlit run`, floor app, ...) and the medians compared
with hello world's.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from playwright.sync_api import Browser, sync_playwright
from servers import CHROMIUM, CHROMIUM_ARGS, Server, pin_self

CASES = (
    ("hello world (floor)", "hello", "uvicorn"),
    ("wizard, uvicorn serve:app", "app", "uvicorn"),
    ("wizard, streamlit run", "app", "streamlit"),
    # Same pages and widgets as the wizard, no logic: what the browser's share of a first render
    # costs for this start page, served the same way.
    ("floor app, uvicorn", "floor", "uvicorn"),
)


def cold_start(browser: Browser, target: str, entry: str) -> tuple[float, float]:
    """Seconds from process start to health, and to the start button in a new browser context."""
    server = Server(target, entry=entry, cpu=1).start()
    try:
        healthy = server.wait_healthy()
        context = browser.new_context(locale="nb-NO")
        page = context.new_page()
        page.goto(f"{server.http}/")
        page.locator(".st-key-start button").wait_for(state="visible", timeout=60_000)
        rendered = time.perf_counter() - server.started
        context.close()
        return healthy, rendered
    finally:
        server.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    pin_self(0)
    figures: dict[str, list[tuple[float, float]]] = {name: [] for name, _t, _e in CASES}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        cold_start(browser, "hello", "uvicorn")  # warm-up: the disk cache, the browser
        for _ in range(args.runs):
            for name, target, entry in CASES:
                figures[name].append(cold_start(browser, target, entry))
        browser.close()
    floor_health = statistics.median(run[0] for run in figures[CASES[0][0]])
    floor_render = statistics.median(run[1] for run in figures[CASES[0][0]])
    print(f"cold start, median of {args.runs} runs (s): server on core 1, chromium on core 0")
    print(f"  {'':<28} {'health':>7} {'ratio':>6} {'first render':>13} {'ratio':>6}")
    for name, runs in figures.items():
        health = statistics.median(run[0] for run in runs)
        render = statistics.median(run[1] for run in runs)
        print(
            f"  {name:<28} {health:7.2f} {health / floor_health:5.2f}x "
            f"{render:13.2f} {render / floor_render:5.2f}x"
        )


if __name__ == "__main__":
    main()
