"""Server time per wizard step: walk the whole wizard with Streamlit's AppTest several times and print
the median time of each step's script run (ms). Prints figures; asserts nothing.

    python bench/bench_wizard_steps.py [walks]      (default: 15 walks, the first one not counted)

Each step is one script run (the form's submit callback moves the step). AppTest adds its own
overhead (building the element tree), so these are upper bounds for the server side of a step.
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from streamlit.testing.v1 import AppTest

APP = Path(__file__).resolve().parent.parent / "app.py"


def _walk() -> list[tuple[str, float]]:
    """One refugee's walk in bokmål, with a language switch on the check page; (step, seconds)."""
    at = AppTest.from_file(str(APP), default_timeout=30)
    at.context = {"locale": "nb-NO"}
    timings: list[tuple[str, float]] = []

    def step(name: str, act: Callable[[], object]) -> None:
        act()
        started = time.perf_counter()
        at.run()
        timings.append((name, time.perf_counter() - started))
        if at.exception:
            raise RuntimeError(f"{name}: {at.exception[0].value}")

    step("open start page (*)", lambda: None)
    today: date = at.session_state["today"]

    def typed(days: int) -> str:
        return (today - timedelta(days=days)).strftime("%d.%m.%Y")

    def choose(fact: str, value: object) -> None:
        at.radio(key=f"w_{fact}_nb").set_value(value)
        at.button(key=f"continue_{fact}").click()

    def type_date(fact: str, text: str) -> None:
        at.text_input(key=f"w_{fact}_nb").input(text)
        at.button(key=f"continue_{fact}").click()

    step("start", lambda: at.button(key="start").click())
    step("permit basis", lambda: choose("permit_basis", "refugee"))
    step("date of birth", lambda: type_date("date_of_birth", "12.08.1988"))
    step("permit date", lambda: type_date("permit_granted_on", typed(200)))
    step("settled", lambda: choose("settled", True))
    step("settlement date", lambda: type_date("settled_on", typed(100)))
    step("agreement with IMDi", lambda: choose("settled_by_agreement", True))
    step("declined -> check answers", lambda: choose("declined_or_dropped_out", False))
    step("switch language", lambda: at.segmented_control(key="w_lang_nb").set_value("en"))
    step("see result", lambda: at.button(key="see_result").click())
    step("back to check answers", lambda: at.button(key="back").click())
    return timings


def main() -> None:
    walks = int(sys.argv[1]) if len(sys.argv) > 1 else 15
    _walk()  # warm-up: imports, catalogue compilation, caches
    per_step: dict[str, list[float]] = {}
    for _ in range(walks):
        for name, seconds in _walk():
            per_step.setdefault(name, []).append(seconds * 1000)
    print(f"median AppTest run per step over {walks} walks (ms)")
    width = max(len(name) for name in per_step)
    for name, values in per_step.items():
        spread = f"(min {min(values):.1f}, max {max(values):.1f})"
        print(f"  {name:<{width}}  {statistics.median(values):7.1f}   {spread}")
    medians = [statistics.median(values) for values in per_step.values()]
    print(f"  {'median over all steps':<{width}}  {statistics.median(medians):7.1f}")
    print(f"  {'whole walk (sum of medians)':<{width}}  {sum(medians):7.1f}")
    print(
        "  (*) the first run of a new AppTest includes AppTest's own set-up (~150-250 ms for a one-line app)"
    )


if __name__ == "__main__":
    main()
