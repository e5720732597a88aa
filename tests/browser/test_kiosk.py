"""A shared screen: kiosk mode, the idle warning and reset, and "nothing kept".

The kiosk server runs with `SELFCHECK_KIOSK=1`, `SELFCHECK_IDLE_SECONDS=120` and
`SELFCHECK_IDLE_WARNING_SECONDS=20` (tests/browser/conftest.py); the kiosk pages run on Playwright's
clock, and "nobody touches the screen for a while" skips ahead on it (`Visit.idle`). After a whole
walk-through with distinctive dates and an idle reset: the screen, the browser's Back, the server's
log, the server's HOME and TMPDIR, the repository and /tmp hold nothing of what the first person
typed.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path

from tests.browser.conftest import KIOSK_IDLE_SECONDS, KIOSK_WARNING_SECONDS
from tests.browser.server import ROOT, Server
from tests.browser.visit import Visit, days_ago, refugee, today, typed, years_before
from tests.ui.test_ui_wizard import OUTCOME, TITLE
from tests.ui.wizard import shown_date

# Folders that change while tests run for reasons of their own (caches, the browser's profile).
_IGNORED_PARTS = {
    ".git",
    ".venv",
    "__pycache__",
    ".pytest_cache",
    ".hypothesis",
    ".mypy_cache",
    ".ruff_cache",
}


def _forms(value: date) -> set[str]:
    """Every way a typed date could show up in a log or a file."""
    return {
        typed(value),
        value.isoformat(),
        f"{value.day}.{value.month}.{value.year}",
        value.strftime("%d%m%Y"),
        shown_date(value, "nb"),
        shown_date(value, "en"),
    }


def _files(folders: Iterable[Path], since: float) -> list[Path]:
    found = []
    for folder in folders:
        for dirpath, dirnames, filenames in os.walk(folder):
            dirnames[:] = [d for d in dirnames if d not in _IGNORED_PARTS and not d.startswith("playwright")]
            for name in filenames:
                path = Path(dirpath, name)
                try:
                    if path.stat().st_mtime >= since and path.stat().st_size < 50_000_000:
                        found.append(path)
                except OSError:
                    continue
    return found


def _listing(folder: Path) -> set[Path]:
    return set(folder.rglob("*"))


def test_kiosk_has_large_targets_start_over_on_every_page_and_no_helper_section(
    kiosk_visit: Callable[..., Visit],
) -> None:
    v = kiosk_visit("nb")
    v.settle()
    v.page.locator(".st-key-start_over button").wait_for(state="visible")  # also on the start page
    assert v.page.get_by_text("For veiledere: sjekk en annen dato").count() == 0
    assert (
        v.page.locator('[data-testid="stToolbar"]:visible, [data-testid="stMainMenu"]:visible').count() == 0
    )
    height = v.page.locator(".st-key-start button").bounding_box()["height"]  # type: ignore[index]
    assert height >= 48
    v.start()
    v.page.locator(".st-key-start_over button").wait_for(state="visible")
    v.page.locator(".st-key-back button").wait_for(state="visible")


def test_after_a_walk_through_and_an_idle_reset_nothing_of_the_first_person_is_left(
    kiosk_visit: Callable[..., Visit], kiosk_server: Server
) -> None:
    started = time.time() - 1
    server_files = _listing(kiosk_server.home) | _listing(kiosk_server.tmp)
    born = years_before(today(), 41).replace(day=13)
    answers = refugee(date_of_birth=born, permit_granted_on=days_ago(173), settled_on=days_ago(97))
    secrets = set().union(
        *(_forms(answers[name]) for name in ("date_of_birth", "permit_granted_on", "settled_on"))
    )

    v = kiosk_visit("nb")
    v.switch("en")  # the person chooses English; the reset brings the default language back
    assert v.result(answers) == OUTCOME["right_and_duty"]["en"]

    # The warning: a modal dialog with a focused Continue button. Continue keeps the session.
    dialog = v.page.locator("#selfcheck-idle")
    v.idle(KIOSK_IDLE_SECONDS - KIOSK_WARNING_SECONDS)
    dialog.wait_for(state="visible")
    assert v.page.evaluate("document.activeElement.id") == "selfcheck-idle-continue"
    assert dialog.get_attribute("role") == "alertdialog"
    assert "Are you still there?" in dialog.inner_text()
    v.page.keyboard.press("Enter")
    dialog.wait_for(state="hidden")
    assert v.heading() == OUTCOME["right_and_duty"]["en"]

    # No one touches the screen: the warning again, then the reset to the start page in bokmål.
    v.idle(KIOSK_IDLE_SECONDS - KIOSK_WARNING_SECONDS)
    dialog.wait_for(state="visible")
    v.idle(KIOSK_WARNING_SECONDS)
    # The reset runs the start page, then reloads it: wait for the reloaded page (its kiosk script
    # is fresh, not the one that is resetting), else the reload could land in the middle of a check.
    v.page.wait_for_function(
        """title => {
            const h = document.querySelector('h1');
            const kiosk = window.selfcheckKiosk;
            return !!h && h.innerText.trim() === title && !!kiosk && !kiosk.resetting;
        }""",
        arg=TITLE["nb"],
    )
    v.lang = "nb"
    v.settle()
    assert v.page.url == kiosk_server.url  # nothing in the address
    assert v.html_lang() == "nb"
    assert v.page.locator(".st-key-back").count() == 0
    content = v.page.content()
    assert not [s for s in secrets if s in content]

    # The browser's Back and Forward do not bring anything back either.
    v.page.go_back()
    v.page.go_forward()
    v.page.locator(".st-key-start").wait_for()
    assert not [s for s in secrets if s in v.page.content()]
    v.start()
    assert v.page.locator(".st-key-w_permit_basis_nb input[type=radio]:checked").count() == 0
    assert v.page.locator(".st-key-back").count() == 1
    old = v.heading()
    v.press("back")
    v.wait_for_heading(old)
    assert v.heading() == TITLE["nb"]  # Back leads to the start, not to the first person's answers

    # The server's log holds none of the dates typed, in any form.
    log = kiosk_server.log_text()
    assert [s for s in secrets if s in log] == []
    # The server wrote no file in its HOME or TMPDIR, ...
    assert (_listing(kiosk_server.home) | _listing(kiosk_server.tmp)) - server_files == set()
    # ... and no file in the repository or /tmp written during the walk-through holds a date typed.
    leaked = []
    for path in _files([ROOT, Path("/tmp")], started):
        try:
            data = path.read_bytes()
        except OSError:
            continue
        if any(s.encode() in data for s in secrets):
            leaked.append(path)
    assert leaked == []


def test_start_over_leaves_no_way_back_to_the_answers(visit: Callable[..., Visit]) -> None:
    v = visit("nb")
    answers = refugee(date_of_birth=years_before(today(), 44).replace(day=27))
    v.walk(answers)
    assert v.heading() == "Sjekk svarene dine"
    old = v.heading()
    v.press("start_over")
    v.press("start_over_yes")  # "Start over" asks first (issue 9.1)
    v.wait_for_heading(old)
    assert v.heading() == TITLE["nb"]
    assert v.page.locator(".st-key-back").count() == 0
    assert typed(answers["date_of_birth"]) not in v.page.content()
    v.start()
    assert v.page.locator(".st-key-w_permit_basis_nb input[type=radio]:checked").count() == 0
    v.press("back")
    v.page.locator(".st-key-start").wait_for()
    assert not [s for s in _forms(answers["date_of_birth"]) if s in v.page.content()]
