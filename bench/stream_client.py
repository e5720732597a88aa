"""A simulated visitor speaking Streamlit's own websocket protocol, for the load, memory and proxy
benchmarks (a helper module, not a benchmark of its own).

What a browser does, minus the rendering: connect to `/_stcore/stream` with the `streamlit`
subprotocol, send a `rerun_script` BackMsg with the widget states of the page (the values a person
chose, the button they pressed), and read ForwardMsgs until `script_finished`. The widget ids are
taken from the elements the server sent (`$$ID-<hash>-<key>`), as the frontend does, so nothing
here recomputes Streamlit's hashes. A step's latency is the time from sending the BackMsg to the
`script_finished` message.

The walk is the refugee of docs/rules.md example 1 (every question answered, dates relative to today in
Norway): start, each question the wizard asks, check your answers, the result. Questions are
recognised by their widget keys (`w_<fact>_<lang>`, see ui/questions.py), so the walk follows
whatever order the rules ask in. A step that does not move on (the same question again, an error,
an exception element, no `script_finished` within the timeout) counts as an error.
"""

from __future__ import annotations

import asyncio
import random
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import websockets
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
from streamlit.proto.WidgetStates_pb2 import WidgetState

_QUESTION_KEY = re.compile(r"^w_(?P<fact>[a-z0-9_]+?)_(?P<lang>nb|en)$")
_TIMEOUT = 30.0  # seconds to wait for one script run


class StepFailed(Exception):
    """A step did not reach the page it should have (the message names the step, never an answer)."""


def _today() -> datetime:
    return datetime.now(ZoneInfo("Europe/Oslo"))


def refugee_answers(rng: random.Random | None = None) -> dict[str, tuple[str, Any]]:
    """A refugee in the target group, dates relative to today: ("choice", option index) or ("text",
    what is typed). Without `rng`, docs/rules.md example 1 (36 on the permit date, permit 200 days ago,
    settled 100 days ago); with it, each visitor's own dates within the same limits (aged 19-54 on
    the permit date, permit 100-600 days ago, settled since), so the rules engine's caches see
    different answers as they would in service.
    """
    today = _today().date()
    if rng is None:
        permit_days, settled_days, age_days = 200, 100, 37 * 365 + 3
    else:
        permit_days = rng.randint(100, 600)
        settled_days = rng.randint(10, permit_days - 10)
        age_days = permit_days + rng.randint(19 * 366, 54 * 365)
    born = today - timedelta(days=age_days)

    def typed(days: int) -> str:
        return (today - timedelta(days=days)).strftime("%d.%m.%Y")

    return {
        "permit_basis": ("choice", 0),  # refugee: the first option
        "date_of_birth": ("text", born.strftime("%d.%m.%Y")),
        "permit_granted_on": ("text", typed(permit_days)),
        "settled": ("choice", 0),  # yes
        "settled_on": ("text", typed(settled_days)),
        "settled_by_agreement": ("choice", 0),  # yes
        "claim_made": ("choice", 1),  # no, not asked the municipality yet
        "declined_or_dropped_out": ("choice", 1),  # no
        "works_30_hours_or_more": ("choice", 1),  # no
    }


@dataclass
class Page:
    """What one script run sent: the widgets by key, and whether an exception was shown."""

    widgets: dict[str, tuple[str, Any]] = field(default_factory=dict)  # key -> (element type, proto)
    exception: bool = False
    seconds: float = 0.0

    def question(self) -> str | None:
        """The fact asked on this page (from its answer widget's key), or None."""
        for key, (kind, _proto) in self.widgets.items():
            match = _QUESTION_KEY.match(key)
            if match and kind in ("radio", "text_input") and match["fact"] != "lang":
                return match["fact"]
        return None

    def name(self) -> str:
        """A short name for reports: the question, or the page's main button."""
        fact = self.question()
        if fact is not None:
            return fact
        for key in ("start", "see_result", "change_answers", "next_question"):
            if key in self.widgets:
                return {"start": "start", "see_result": "check", "change_answers": "result"}.get(key, key)
        return "unknown"


class Visitor:
    """One browser tab: a websocket session on the server."""

    def __init__(self, ws_url: str, *, locale: str = "nb-NO", headers: dict[str, str] | None = None) -> None:
        self.ws_url = ws_url
        self.locale = locale
        self.headers = headers or {}
        self.socket: Any = None
        self.session_id = ""
        self.query_string = ""  # the address's query, as the page last set it (`?step=n`)
        self.page = Page()

    async def connect(self, existing_session_id: str = "") -> None:
        # The frontend sends "streamlit", the XSRF token and (on a reconnect) the session id as
        # subprotocol entries. The XSRF token only matters for signed-in users; the frontend's own
        # placeholder stands in for it.
        protocols = (
            ["streamlit", "PLACEHOLDER_AUTH_TOKEN", existing_session_id]
            if existing_session_id
            else ["streamlit"]
        )
        self.socket = await websockets.connect(
            self.ws_url,
            subprotocols=protocols,  # type: ignore[arg-type]
            additional_headers=self.headers,
            max_size=None,
            compression=None,
            open_timeout=_TIMEOUT,
            ping_interval=None,
        )

    async def close(self) -> None:
        if self.socket is not None:
            await self.socket.close()
            self.socket = None

    async def rerun(self, states: list[WidgetState] | None = None, page_name: str = "") -> Page:
        """Send one rerun with these widget states; read until the script run has finished.
        (`page_name`: the path a browser asks for, as with a link to `/<page_name>`.)"""
        message = BackMsg()
        client = message.rerun_script
        client.query_string = self.query_string  # a browser sends the address the page set
        client.page_script_hash = ""
        client.page_name = page_name
        client.context_info.locale = self.locale
        client.context_info.timezone = "Europe/Oslo"
        client.context_info.url = self.ws_url.replace("ws", "http", 1).split("/_stcore")[0] + "/"
        for state in states or []:
            client.widget_states.widgets.append(state)
        page = Page()
        started = time.perf_counter()
        await self.socket.send(message.SerializeToString())
        async with asyncio.timeout(_TIMEOUT):
            while True:
                raw = await self.socket.recv()
                forward = ForwardMsg()
                forward.ParseFromString(raw)
                kind = forward.WhichOneof("type")
                if kind == "page_info_changed":
                    self.query_string = forward.page_info_changed.query_string
                elif kind == "new_session":
                    self.session_id = forward.new_session.initialize.session_id or self.session_id
                elif kind == "delta" and forward.delta.WhichOneof("type") == "new_element":
                    element = forward.delta.new_element
                    element_kind = element.WhichOneof("type")
                    if element_kind == "exception":
                        page.exception = True
                    elif element_kind is not None:
                        proto = getattr(element, element_kind)
                        element_id = (
                            getattr(proto, "id", "") if "id" in proto.DESCRIPTOR.fields_by_name else ""
                        )
                        if element_id:
                            page.widgets[element_id.split("-", 2)[-1]] = (element_kind, proto)
                elif kind == "script_finished":
                    if forward.script_finished == ForwardMsg.FINISHED_EARLY_FOR_RERUN:
                        continue
                    break
        page.seconds = time.perf_counter() - started
        self.page = page
        return page

    def _id(self, key: str) -> str:
        if key not in self.page.widgets:
            raise StepFailed(f"no widget {key!r} on page {self.page.name()!r}")
        return str(self.page.widgets[key][1].id)

    async def click(self, key: str) -> Page:
        state = WidgetState(id=self._id(key), trigger_value=True)
        return await self.rerun([state])

    async def answer(self, fact: str, how: tuple[str, Any], lang: str) -> Page:
        """Answer the question on the page and press Continue."""
        key = f"w_{fact}_{lang}"
        _kind, proto = self.page.widgets[key]
        states = []
        if how[0] == "choice":
            states.append(WidgetState(id=proto.id, string_value=proto.options[how[1]]))
        else:
            states.append(WidgetState(id=proto.id, string_value=how[1]))
            unknown = f"w_{fact}_unknown_{lang}"
            if unknown in self.page.widgets:
                states.append(WidgetState(id=self._id(unknown), bool_value=False))
        states.append(WidgetState(id=self._id(f"continue_{fact}"), trigger_value=True))
        return await self.rerun(states)


@dataclass
class Step:
    """One measured step of a walk."""

    name: str
    seconds: float
    ok: bool
    ended: float = 0.0  # time.perf_counter() when the run ended (to place the step in a load run)


async def walk(  # noqa: PLR0913 (the walk and its two reconnect options)
    visitor: Visitor,
    answers: dict[str, tuple[str, Any]],
    think: Callable[[], float] | float = 0.0,
    *,
    lang: str = "nb",
    reconnect_after: str | None = None,
    reconnect_headers: dict[str, str] | None = None,
) -> list[Step]:
    """Walk the whole wizard: open, start, every question, check, result. Bounded: 20 steps at most.

    `reconnect_after`: after answering this question, drop the websocket and reconnect with the
    session id (as the frontend does after a network blip); the session must still be on the next
    question, which only holds if the reconnect reaches the same server process.
    `reconnect_headers`: other request headers for the reconnect (e.g. without the routing cookie).
    """
    steps: list[Step] = []

    async def pause() -> None:
        seconds = think() if callable(think) else think
        if seconds > 0:
            await asyncio.sleep(seconds)

    def record(name: str, page: Page, ok: bool) -> None:
        steps.append(Step(name, page.seconds, ok and not page.exception, time.perf_counter()))

    page = await visitor.rerun()
    record("open", page, "start" in page.widgets)
    if "start" not in page.widgets:
        raise StepFailed("start page not shown")
    await pause()
    page = await visitor.click("start")
    record("start", page, page.question() is not None)
    for _ in range(20):
        fact = page.question()
        if fact is None:
            break
        if fact not in answers:
            raise StepFailed(f"unexpected question {fact}")
        await pause()
        page = await visitor.answer(fact, answers[fact], lang)
        moved = page.question() != fact
        record(fact, page, moved)
        if not moved:
            raise StepFailed(f"no progress after {fact}")
        if fact == reconnect_after:
            expected = page.question()
            await visitor.close()
            if reconnect_headers is not None:
                visitor.headers = reconnect_headers
            await visitor.connect(existing_session_id=visitor.session_id)
            page = await visitor.rerun()
            record("reconnect", page, page.question() == expected)
            if page.question() != expected:
                raise StepFailed("session lost on reconnect")
    if "see_result" not in page.widgets:
        raise StepFailed(f"check page not reached, at {page.name()}")
    await pause()
    page = await visitor.click("see_result")
    record("see result", page, "change_answers" in page.widgets)
    if "change_answers" not in page.widgets:
        raise StepFailed("result page not shown")
    return steps
