"""Keeping the result, through AppTest: the summary is handed to the page once, when the person asks
for it, and never on a kiosk (issue 11, point 4; the download itself: tests/browser/test_keep.py).
"""

from __future__ import annotations

import base64
import io
import re

import pytest
from pypdf import PdfReader

from tests.ui.wizard import Wizard, refugee
from ui import settings

_DATA = re.compile(r'atob\("([A-Za-z0-9+/=]+)"\)')


def _handed_over(w: Wizard) -> list[bytes]:
    """The PDFs in the page's save scripts."""
    return [base64.b64decode(found) for found in _DATA.findall(w.html())]


def test_the_summary_is_handed_to_the_page_only_in_the_run_after_the_button_is_pressed() -> None:
    w = Wizard("en")
    w.result(refugee(w))
    assert _handed_over(w) == []  # nothing is made until the person asks
    w.click("download_summary")
    pdfs = _handed_over(w)
    assert len(pdfs) == 1
    assert pdfs[0].startswith(b"%PDF")
    assert len(PdfReader(io.BytesIO(pdfs[0])).pages) >= 1
    assert '"introduction-programme-self-check.pdf"' in w.html()
    first_script = w.html()
    w.click("download_summary")
    assert w.html() != first_script  # a fresh mark: the browser saves it again
    w.switch("nb")
    assert _handed_over(w) == []  # the next run leaves nothing in the page


@pytest.fixture
def kiosk(monkeypatch: pytest.MonkeyPatch) -> None:
    chosen = settings.Settings(kiosk=True, idle_seconds=60, warning_seconds=10)
    monkeypatch.setattr(settings, "current", lambda: chosen)


@pytest.mark.usefixtures("kiosk")
@pytest.mark.parametrize(
    ("lang", "photo"),
    [
        ("nb", "kan du ta bilde av skjermen med din egen telefon"),
        ("en", "take a picture of the screen with your own phone"),
    ],
)
def test_a_kiosk_offers_no_download_but_a_picture_with_your_own_phone(lang: str, photo: str) -> None:
    w = Wizard(lang)
    w.result(refugee(w))
    assert "download_summary" not in [b.key for b in w.at.button]
    assert photo in w.text()
    assert _handed_over(w) == []
