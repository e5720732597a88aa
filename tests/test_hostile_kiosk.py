"""The kiosk's guarantee with JavaScript disabled: a client that runs no script — it answers, then
stays connected and silent — loses its answers when the server's own limit has passed (issue 11,
point 8), under both entries. A person who keeps using the page is never reset by the server.

The client speaks Streamlit's websocket protocol (bench/stream_client.py) and nothing else: no
idle script, no fragment timer. The servers run with `SELFCHECK_IDLE_SECONDS=5`, so the server's
limit is 15 s (three times the idle time) and its check runs every 5 s.
"""

from __future__ import annotations

import asyncio
import sys
import time
from collections.abc import Iterator

import pytest
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

from tests.browser.server import free_port
from tests.test_hostile_server import ROOT, Service, dockerfile_command, question, run
from ui import kiosk_guard, settings
from ui.i18n import Texts

sys.path.insert(0, str(ROOT / "bench"))

from stream_client import Page, Visitor

IDLE_SECONDS = 5
LIMIT = settings.from_environment({"SELFCHECK_IDLE_SECONDS": str(IDLE_SECONDS)}).server_limit_seconds
KIOSK_ENV = {
    "SELFCHECK_KIOSK": "1",
    "SELFCHECK_IDLE_SECONDS": str(IDLE_SECONDS),
    "SELFCHECK_IDLE_WARNING_SECONDS": "2",
}
# Generous: the limit, the check's interval, and a busy machine.
WAIT_SECONDS = LIMIT + kiosk_guard.SWEEP_SECONDS + 90


@pytest.fixture(scope="module", params=["streamlit run app.py", "uvicorn serve:app (Dockerfile)"])
def kiosk_service(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Service]:
    port = free_port()
    if request.param.startswith("streamlit"):
        command = [sys.executable, "-m", "streamlit", "run", "app.py", "--server.headless", "true"]
        command += ["--server.port", str(port), "--server.address", "127.0.0.1"]
    else:
        command = dockerfile_command(port)
    running = Service(command, port, tmp_path_factory.mktemp("kiosk") / "server.log", KIOSK_ENV)
    yield running
    running.stop()


async def server_run(guest: Visitor, timeout: float) -> Page:
    """Wait, sending nothing, for a page run the server starts on its own; returns what it showed."""
    page = Page()
    async with asyncio.timeout(timeout):
        while True:
            forward = ForwardMsg()
            forward.ParseFromString(await guest.socket.recv())
            kind = forward.WhichOneof("type")
            if kind == "new_session":
                page = Page()  # a new run of the page: what counts is the last one
            elif kind == "delta" and forward.delta.WhichOneof("type") == "new_element":
                element = forward.delta.new_element
                element_kind = element.WhichOneof("type")
                if element_kind == "exception":
                    page.exception = True
                elif element_kind is not None:
                    proto = getattr(element, element_kind)
                    element_id = getattr(proto, "id", "") if "id" in proto.DESCRIPTOR.fields_by_name else ""
                    if element_id:
                        page.widgets[element_id.split("-", 2)[-1]] = (element_kind, proto)
            elif kind == "script_finished" and forward.script_finished != ForwardMsg.FINISHED_EARLY_FOR_RERUN:
                return page


async def answer_then_stay_silent(url: str) -> tuple[float, Page, Page]:
    guest = Visitor(url, locale="en-GB")
    await guest.connect()
    try:
        page = await guest.rerun()
        assert "start" in page.widgets
        await guest.click("start")
        page = await guest.answer("permit_basis", ("choice", 0), "en")  # refugee
        assert question(page) not in (None, "permit_basis")
        answered = time.monotonic()
        shown = await server_run(guest, WAIT_SECONDS)
        waited = time.monotonic() - answered
        guest.page = shown
        again = await guest.click("start")
        return waited, shown, again
    finally:
        await guest.close()


def test_a_client_without_javascript_loses_its_answers_when_the_servers_limit_has_passed(
    kiosk_service: Service,
) -> None:
    waited, shown, again = run(answer_then_stay_silent(kiosk_service.ws))
    assert waited >= LIMIT - 1  # not before the limit ...
    # ... then the server ran the page by itself: the start page, in the default language.
    assert not shown.exception
    assert "start" in shown.widgets
    assert question(shown) is None
    assert "back" not in shown.widgets
    assert shown.widgets["start"][1].label == Texts("nb").gettext("Start now")
    # The first question again, with nothing chosen: the answer "refugee" is gone.
    assert question(again) == "permit_basis"
    radio = again.widgets["w_permit_basis_nb"][1]
    assert not radio.HasField("default")


async def keep_using(url: str, seconds: float) -> list[str | None]:
    """A person who does something every few seconds for `seconds`: the question shown each time."""
    guest = Visitor(url)
    await guest.connect()
    try:
        await guest.rerun()
        page = await guest.click("start")
        shown = [question(page)]
        until = time.monotonic() + seconds
        while time.monotonic() < until:
            await asyncio.sleep(IDLE_SECONDS / 2)
            shown.append(question(await guest.rerun()))
        return shown
    finally:
        await guest.close()


def test_a_person_who_keeps_using_the_page_is_not_reset_by_the_server(kiosk_service: Service) -> None:
    shown = run(keep_using(kiosk_service.ws, LIMIT + 2 * kiosk_guard.SWEEP_SECONDS))
    assert set(shown) == {"permit_basis"}
