"""Server time per wizard step: walk the whole wizard with Streamlit's AppTest several times and print
the median time of each step's script run (ms), against a floor walked the same way in the same run.
Prints figures; asserts nothing.

    python bench/bench_wizard_steps.py [walks]      (default: 15 walks, the first one not counted)

The floor is `bench/floor_app.py`: the same pages with the same widgets, keys and about the same
number of elements, and no rules, no translations, no question table. The two are walked in turn
(wizard, floor, wizard, ...) so that noise on this machine hits both alike; the ratio is the
wizard's median over the floor's, per step and over all steps (goal: at most 1.3).

Each step is one script run (the form's submit callback moves the step). AppTest adds its own
overhead (building the element tree) to both, so these are upper bounds for the server side of a
step.
"""

from __future__ import annotations

import logging
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from streamlit.testing.v1 import AppTest

APP = Path(__file__).resolve().parent.parent / "app.py"
FLOOR = Path(__file__).resolve().parent / "floor_app.py"
GOAL = 1.3  # the wizard's time per step, at most this many times the floor's (issue 13)


def _walk(app: Path = APP, seen: Callable[[str, AppTest], object] | None = None) -> list[tuple[str, float]]:
    """One refugee's walk in bokmål, with a language switch on the check page (the menu's opening is a
    run of its own: its buttons are made only while it is open); (step, seconds).
    `seen` is shown each page after its run (tests/test_floor_app.py compares the widgets)."""
    at = AppTest.from_file(str(app), default_timeout=30)
    at.context = {"locale": "nb-NO"}
    timings: list[tuple[str, float]] = []

    def step(name: str, act: Callable[[], object]) -> None:
        act()
        started = time.perf_counter()
        at.run()
        timings.append((name, time.perf_counter() - started))
        if at.exception:
            raise RuntimeError(f"{name}: {at.exception[0].value}")
        if seen is not None:
            seen(name, at)

    step("open start page (*)", lambda: None)
    # The wizard keeps its own values in one dict (ui.state.SESSION_KEY); the floor keeps its three keys.
    wizard = "selfcheck" in at.session_state
    today: date = (at.session_state["selfcheck"] if wizard else at.session_state)["today"]

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
    step("asked the municipality", lambda: choose("claim_made", "not_asked"))
    step("declined", lambda: choose("declined_or_dropped_out", False))
    step("work -> check answers", lambda: choose("works_30_hours_or_more", False))
    step("open language menu", lambda: at.session_state.__setitem__("language_menu", True))
    step("switch language", lambda: at.button(key="lang_en").click())
    step("see result", lambda: at.button(key="see_result").click())
    step("back to check answers", lambda: at.button(key="back").click())
    return timings


def main() -> None:
    walks = int(sys.argv[1]) if len(sys.argv) > 1 else 15
    logging.getLogger("selfcheck.usage").setLevel(logging.WARNING)  # one line per walk otherwise
    _walk()  # warm-up: imports, catalogue compilation, caches
    _walk(FLOOR)
    wizard: dict[str, list[float]] = {}
    floor: dict[str, list[float]] = {}
    for _ in range(walks):
        for app, per_step in ((APP, wizard), (FLOOR, floor)):
            for name, seconds in _walk(app):
                per_step.setdefault(name, []).append(seconds * 1000)
    print(f"median AppTest run per step over {walks} walks (ms): wizard, floor (bench/floor_app.py), ratio")
    width = max(len(name) for name in [*wizard, "median over all steps (*) left out"])
    for name, values in wizard.items():
        ours, bare = statistics.median(values), statistics.median(floor[name])
        spread = f"(wizard min {min(values):.1f}, max {max(values):.1f})"
        print(f"  {name:<{width}}  {ours:7.1f}  {bare:7.1f}  {ours / bare:5.2f} x   {spread}")
    counted = [name for name in wizard if not name.endswith("(*)")]
    ours = statistics.median([statistics.median(wizard[name]) for name in counted])
    bare = statistics.median([statistics.median(floor[name]) for name in counted])
    print(
        f"  {'median over all steps (*) left out':<{width}}  {ours:7.1f}  {bare:7.1f}  {ours / bare:5.2f} x"
    )
    whole = sum(statistics.median(wizard[name]) for name in counted)
    bare_whole = sum(statistics.median(floor[name]) for name in counted)
    label = "whole walk (sum of medians)"
    print(f"  {label:<{width}}  {whole:7.1f}  {bare_whole:7.1f}  {whole / bare_whole:5.2f} x")
    verdict = "met" if ours / bare <= GOAL else "NOT met"
    print(f"goal: per-step server time at most {GOAL} x the floor: {verdict}")
    print(
        "  (*) the first run of a new AppTest includes AppTest's own set-up (~150-250 ms for a one-line app)"
    )


if __name__ == "__main__":
    main()
