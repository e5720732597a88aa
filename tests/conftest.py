"""Shared test settings and the order of a whole run.

- Property tests run 300 examples each; `--hypothesis-profile=deep` runs 5000.
- Every test under tests/browser is marked `browser`: `python -m pytest -m "not browser"` runs only
  the fast ones. A whole run goes cheapest first: the linters (tests/test_lint.py), then the fast
  tests, then the browser tests, so that a failing browser test never hides a lint or logic error.
- Without Debian's chromium (`/usr/bin/chromium`, or the path in SELFCHECK_TEST_CHROMIUM) the browser
  tests are skipped as one, with one line saying how to install it. Under CI (CI=true) they are
  never skipped: .ci/run installs chromium, so a missing one is a failure there.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from tests.browser.server import CHROMIUM

_COMMON = {"deadline": None, "suppress_health_check": [HealthCheck.filter_too_much]}
settings.register_profile("project", max_examples=300, **_COMMON)
settings.register_profile("deep", max_examples=5000, **_COMMON)
settings.load_profile("project")

HERE = Path(__file__).resolve().parent
BROWSER = HERE / "browser"
LINT = HERE / "test_lint.py"
INSTALL = "apt-get install chromium fonts-dejavu-core fonts-noto-core"


class _BrowserTestsSkipped(pytest.Directory):
    """tests/browser when chromium is missing: one skip for the whole folder, nothing imported."""

    def collect(self) -> list[pytest.Item | pytest.Collector]:
        reason = f"browser tests: no chromium at {CHROMIUM}; install it (as root) with: {INSTALL}"
        raise pytest.skip.Exception(reason)


def _chromium_missing() -> bool:
    return not CHROMIUM.exists() and os.environ.get("CI", "").lower() != "true"


@pytest.hookimpl(tryfirst=True)
def pytest_collect_directory(path: Path, parent: pytest.Collector) -> pytest.Collector | None:
    if path == BROWSER and _chromium_missing():
        return _BrowserTestsSkipped.from_parent(parent, path=path)
    return None


def _stage(item: pytest.Item) -> int:
    path = Path(str(item.path))
    if path == LINT:
        return 0
    if BROWSER in path.parents:
        return 2
    return 1


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark the browser tests (before `-m` selects) and run the linters first, the browser tests last."""
    for item in items:
        if _stage(item) == 2:
            item.add_marker(pytest.mark.browser)
    items.sort(key=_stage)  # stable: the order within each stage is pytest's own
