"""The benchmarks' floor (`bench/floor_app.py`) stays the wizard's twin: the same pages with the same
widgets. Every benchmark compares the wizard with it, so a floor that has fallen behind the wizard
(a widget, a page, a section of the result added to one only) would make the wizard look cheaper or
dearer than it is.

Both are walked as `bench/bench_wizard_steps.py` walks them (Streamlit's AppTest, no browser) and,
after each step, the page's widgets are counted by kind and must be the same; the other elements
(text, headings, captions) must be within a quarter of each other.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from bench_wizard_steps import APP, FLOOR, _walk  # noqa: E402 (bench/ is not a package)

WIDGETS = frozenset(
    {
        "bidi_component",
        "button",
        "button_group",
        "checkbox",
        "chat_input",
        "color_picker",
        "date_input",
        "download_button",
        "expander",
        "file_uploader",
        "form",
        "multiselect",
        "number_input",
        "radio",
        "selectbox",
        "select_slider",
        "slider",
        "text_area",
        "text_input",
        "time_input",
        "toggle",
    }
)
CONTAINERS = frozenset({"root", "main", "sidebar", "event", "flex_container"})


def _kinds(at: AppTest) -> Counter[str]:
    counted: Counter[str] = Counter()

    def visit(node: object) -> None:
        counted[str(getattr(node, "type", type(node).__name__))] += 1
        for child in getattr(node, "children", {}).values():
            visit(child)

    visit(at._tree)
    return counted


def _pages(app: Path) -> dict[str, Counter[str]]:
    pages: dict[str, Counter[str]] = {}
    _walk(app, lambda step, at: pages.__setitem__(step, _kinds(at)))
    return pages


def _drift(wizard: dict[str, Counter[str]], floor: dict[str, Counter[str]]) -> list[str]:
    """How the two walks differ: steps, widgets by kind, and the other elements beyond a quarter."""
    if list(wizard) != list(floor):
        return [f"steps: {list(wizard)} != {list(floor)}"]
    found = []
    for step, ours in wizard.items():
        bare = floor[step]
        widgets = {kind: (ours[kind], bare[kind]) for kind in WIDGETS if ours[kind] != bare[kind]}
        if widgets:
            found.append(f"{step}: widgets (wizard, floor) {widgets}")
        others = [
            sum(n for kind, n in page.items() if kind not in WIDGETS | CONTAINERS) for page in (ours, bare)
        ]
        if not 0.75 <= others[1] / others[0] <= 1.25:
            found.append(f"{step}: other elements (wizard, floor) {others}")
    return found


def test_the_floor_has_the_wizards_pages_and_widgets_at_every_step() -> None:
    drift = _drift(_pages(APP), _pages(FLOOR))
    assert not drift, "bench/floor_app.py no longer mirrors the wizard; update it:\n" + "\n".join(drift)


def test_a_widget_or_a_page_that_only_one_has_is_a_drift() -> None:
    wizard = _pages(APP)
    assert wizard["see result"]["expander"] == 1  # the count sees the result page's widgets
    assert not _drift(wizard, wizard)
    fewer = {step: Counter(page) for step, page in wizard.items()}
    fewer["see result"]["download_button"] += 1
    assert _drift(wizard, fewer) == ["see result: widgets (wizard, floor) {'download_button': (0, 1)}"]
    assert _drift(wizard, dict(list(wizard.items())[:-1]))[0].startswith("steps:")
