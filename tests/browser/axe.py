"""The accessibility scan: axe-core injected into the page.

axe-core's `axe.min.js` comes from the PyPI package `axe-playwright-python` (pinned in
requirements-dev.txt), so no npm is needed. Its version is in the file's first line.

Runs the WCAG 2.0 and 2.1 A and AA rules and returns the serious and critical violations, minus the
few that come from Streamlit's own frontend and cannot be fixed from the app. Each of those is
excluded by rule *and* element, never a whole page; docs/accessibility.md explains each one.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path
from typing import Any

from playwright.sync_api import Page

AXE = Path(str(files("axe_playwright_python") / "axe.min.js"))
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
SERIOUS = frozenset({"serious", "critical"})
# (rule id, CSS selector of the element axe reports): Streamlit's markup, documented in
# docs/accessibility.md. Empty while nothing needs excluding.
KNOWN: frozenset[tuple[str, str]] = frozenset()


def scan(page: Page) -> list[dict[str, Any]]:
    """Serious and critical WCAG 2.1 A/AA violations on the page as it is now."""
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.add_script_tag(path=str(AXE))
    result: dict[str, Any] = page.evaluate(
        """tags => axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})""",
        TAGS,
    )
    found = []
    for violation in result["violations"]:
        if violation["impact"] not in SERIOUS:
            continue
        nodes = [
            {"target": node["target"], "html": node["html"][:200], "summary": node.get("failureSummary", "")}
            for node in violation["nodes"]
            if not any((violation["id"], selector) in KNOWN for selector in map(str, node["target"]))
        ]
        if nodes:
            found.append({"rule": violation["id"], "impact": violation["impact"], "nodes": nodes})
    return found
