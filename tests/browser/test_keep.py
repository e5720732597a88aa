"""Keeping the result, in a real browser: the summary PDF reaches only the person's own browser (a
Blob made inside the page, no address on the server that anyone else could fetch), and a kiosk
offers no download at all (issue 11, point 4).
"""

from __future__ import annotations

import io
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Request, Response
from pypdf import PdfReader

from tests.browser.conftest import LOCALES, _visits
from tests.browser.server import ROOT, Server
from tests.browser.visit import HEIGHT, WIDTH, Visit, refugee


class ServiceEntry(Server):
    """`uvicorn serve:app`, the service's entry (with its protective headers), instead of `streamlit run`."""

    def start(self, timeout: float = 60) -> ServiceEntry:
        command = [
            sys.executable,
            "-m",
            "uvicorn",
            "serve:app",
            "--host",
            "127.0.0.1",
            "--port",
            str(self.port),
        ]
        with self.log.open("wb") as log:
            self.process = subprocess.Popen(
                command, cwd=ROOT, env=self.env, stdout=log, stderr=subprocess.STDOUT
            )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            assert self.process.poll() is None, self.log_text()
            try:
                with urllib.request.urlopen(f"{self.url}_stcore/health", timeout=2) as response:
                    if response.status == 200:
                        return self
            except OSError:
                time.sleep(0.2)
        self.stop()
        raise RuntimeError("uvicorn serve:app did not become healthy")


@pytest.fixture(scope="module")
def service_entry(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    running = ServiceEntry(tmp_path_factory.mktemp("service")).start()
    yield running
    running.stop()


@pytest.fixture(params=["streamlit run app.py", "uvicorn serve:app"])
def entry(request: pytest.FixtureRequest) -> Server:
    name = "server" if request.param.startswith("streamlit") else "service_entry"
    server: Server = request.getfixturevalue(name)
    return server


@pytest.fixture
def entry_visit(browser: object, entry: Server) -> Iterator[Visit]:
    """A new person in English on the entry under test."""
    context = browser.new_context(  # type: ignore[attr-defined]
        locale=LOCALES["en"], viewport={"width": WIDTH, "height": HEIGHT}
    )
    yield Visit(context.new_page(), entry.url, "en").open()
    context.close()


@pytest.fixture(scope="module")
def calm_kiosk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """A kiosk that resets after a minute, so no idle warning covers the result while it is read."""
    env = {"SELFCHECK_KIOSK": "1", "SELFCHECK_IDLE_SECONDS": "60", "SELFCHECK_IDLE_WARNING_SECONDS": "20"}
    running = Server(tmp_path_factory.mktemp("calm-kiosk"), env).start()
    yield running
    running.stop()


@pytest.fixture
def calm_kiosk_visit(browser: object, calm_kiosk: Server) -> Iterator[Callable[..., Visit]]:
    yield from _visits(browser, calm_kiosk)


def _pdf_text(path: str | Path) -> str:
    reader = PdfReader(io.BytesIO(Path(path).read_bytes()))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def test_the_summary_is_made_inside_the_page_and_no_address_serves_it(
    entry_visit: Visit, entry: Server
) -> None:
    v = entry_visit
    v.result(refugee())
    requests: list[Request] = []
    pdf_responses: list[Response] = []
    v.page.on("request", lambda r: requests.append(r))  # noqa: PLW0108 (Playwright wraps the handler)
    v.page.on(
        "response",
        lambda r: pdf_responses.append(r) if "pdf" in (r.headers.get("content-type") or "") else None,
    )

    with v.page.expect_download() as first:
        v.press("download_summary")
    download = first.value
    assert download.url.startswith("blob:")  # made in the page, not fetched from the server
    assert download.suggested_filename == "introduction-programme-self-check.pdf"
    content = _pdf_text(download.path())
    assert "It looks like you have the right and the duty to take part" in content
    assert "Det ser ut til at du har rett og plikt til introduksjonsprogram" in content

    # Pressing again downloads again (the page does not keep an old copy to hand out).
    with v.page.expect_download() as second:
        v.press("download_summary")
    assert second.value.url.startswith("blob:")
    assert second.value.url != download.url

    # The browser asked the server for no file: no /media/ address, no PDF over HTTP.
    assert [r.url for r in requests if "/media/" in r.url] == []
    assert pdf_responses == []
    # ... and no one else can fetch the blob: it lives in this tab's memory only.
    try:
        with urllib.request.urlopen(entry.url + "media/", timeout=5) as reply:
            status = reply.status
    except urllib.error.HTTPError as error:
        status = error.code
    assert status == 404


def test_a_kiosk_offers_no_download_only_a_picture_with_your_own_phone(
    calm_kiosk_visit: Callable[..., Visit],
) -> None:
    v = calm_kiosk_visit("nb")
    v.result(refugee())
    v.page.get_by_text("Ta vare på resultatet", exact=True).wait_for()
    assert "ta bilde av skjermen med din egen telefon" in v.text()
    assert "trykker du på «Begynn på nytt»" in v.text()
    assert v.page.locator(".st-key-download_summary").count() == 0
    assert v.page.locator('[data-testid="stDownloadButton"]').count() == 0
