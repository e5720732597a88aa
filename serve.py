"""The ASGI entry of the self-check: Streamlit's `st.App` served by uvicorn, one process, one worker.

    uvicorn serve:app --host 0.0.0.0 --port 8501 --ws websockets-sansio --ws-per-message-deflate false

(the Dockerfile's command, with Streamlit's own websocket settings). `streamlit run app.py` still
works for development; this entry is what the service runs, for the reasons below, measured in
README "Performance":

- Nagle's algorithm. In Streamlit 1.67 `streamlit run` binds its listening socket itself with
  `socket.socket(family)`, protocol number 0, and asyncio only switches Nagle off for sockets whose
  protocol is `IPPROTO_TCP` (`asyncio.base_events._set_nodelay`). Each script run then waits for
  a delayed ACK between two websocket messages: up to 45 ms more per step (47 ms instead of 7 ms
  for a rerun of the start page; at 100 visitors p95 84 ms instead of 43 ms).
  uvicorn creates its socket from `getaddrinfo`, so TCP_NODELAY is set.
- Garbage-collector pauses. With `runner.postScriptGC = false` Python's own collector still runs a
  full collection now and then, and it walks every object in the process, stalling every session:
  with 100 walked sessions open one full collection took 82 ms. At start-up this module imports the
  app's packages and then freezes everything loaded so far (`gc.freeze()`), so full collections
  walk only the sessions' own objects: 34 ms (at 100 visitors p95 49 -> 43 ms, p99 93 -> 72 ms).
  It does so in a thread, after health already answers: sessions wait for it (`_lifespan`).
- Streamlit's emulation of a `pages/` folder app. A folder named `pages` next to the entry script
  puts Streamlit 1.67 in its first multipage mode: every script run lists the folder's files, makes a
  page of each, sends the list of pages to the browser and then runs `app.py` as one of them (about
  1.4 ms of a step's 7-9 ms). This app's `pages/` is a package of step renderers that `app.py`
  imports; it has one page. `_one_page_app` makes every run run `app.py` directly. A URL naming a
  file in `pages/` then shows the wizard itself (its start page), like any other unknown path.
- A stall on every reconnect. With `server.fileWatcherType = "none"` a new session watches no
  files, but a session that reconnects (a phone changing network, a proxy restarting a
  connection) gets file watchers anyway (Streamlit 1.67, `websocket_session_manager.py` calls
  `register_file_watchers()` without the check `AppSession.__init__` makes; see streamlit issue
  #8738 for the same scan on new sessions, since fixed). Its next run then resolves the path of
  every loaded module on the event loop: 100-400 ms during which no session on the replica gets an
  answer. `_skip_file_watchers_when_disabled` makes the reconnect path honour the setting.
  It was written for Streamlit 1.67.0's `AppSession.register_file_watchers`: on import this module
  checks the Streamlit version and a hash of that method's source, and refuses to start on any
  other (`check_patch_target`): after an upgrade, reread the method and its callers, then update
  `PATCHED_STREAMLIT` and `PATCHED_SOURCE_SHA256`.
- The theme, rebuilt on every run. The message that starts each script run carries the theme,
  which Streamlit 1.67 fills in from the config every time, on the event loop (six sections, about
  300 config lookups: some 5 % of a step). `build_theme_once` builds each section once per process
  and copies it after; the message is the same byte for byte. Checked like the patch above
  (`THEME_SOURCE_SHA256`).
- A wake-up of the event loop for every element. Each element a script run draws is handed from
  the run's thread to the event loop by its own `call_soon_threadsafe` (a write to the loop's
  wake-up socket), and each sets the runtime's "send" flag by another. A step draws about 25.
  `hand_over_in_batches` queues a session's events in order and wakes the loop once for all that
  are waiting (when the core is busy, a run draws several elements before the loop gets its turn);
  on the loop, the flag is set directly. Same events, same order, same messages; at 200 visitors
  on one core, p95 134-255 ms in five runs against 439-1,611 ms in three without (README
  "Performance"). Checked like the patches above
  (`EVENTS_SOURCE_SHA256`, `SEND_FLAG_SOURCE_SHA256`).

Settings come from `.streamlit/config.toml`; of the STREAMLIT_* environment variables only the
secret ones (e.g. STREAMLIT_SERVER_COOKIE_SECRET) are read here, unlike under `streamlit run`.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import hashlib
import importlib
import inspect
import ipaddress
import logging
import pkgutil
import re
import sys
import threading
from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable, MutableMapping
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import streamlit as st
from starlette.middleware import Middleware
from streamlit import config
from streamlit.proto.NewSession_pb2 import CustomThemeConfig
from streamlit.runtime import app_session
from streamlit.runtime.app_session import AppSession
from streamlit.runtime.pages_manager import PagesManager
from streamlit.runtime.runtime import Runtime

ROOT = Path(__file__).resolve().parent
PACKAGES = ("logic", "ui", "pages")  # imported by app.py on its first run anyway
# Imported by Streamlit or the standard library during a process's first script run, not before.
FIRST_RUN_IMPORTS = ("streamlit.emojis", "streamlit.material_icon_names", "_strptime")
# What serve.py patches in Streamlit, as it was read when each patch was written: the Streamlit
# version (which also pins the callers), and the SHA-256 of `inspect.getsource` of each function:
# `AppSession.register_file_watchers` (`_skip_file_watchers_when_disabled`),
# `app_session._populate_theme_msg` (`build_theme_once`), and (`hand_over_in_batches`)
# `AppSession._on_scriptrunner_event` and `Runtime._enqueued_some_message`.
PATCHED_STREAMLIT = "1.67.0"
PATCHED_SOURCE_SHA256 = "5c7007c6f7845864e34d7e1acf0ffd5129ffaef04f60dcaa27a1b0c328104eac"
THEME_SOURCE_SHA256 = "844b9eb40d0f7d97356dd05beb5c07cf44ee73a95cfdfa0dd02e53868e3c341f"
EVENTS_SOURCE_SHA256 = "a622d57aa2bacdc2ff56e7ebee6b4307d5be503fd2fb55b4b65483308a868552"
SEND_FLAG_SOURCE_SHA256 = "82ae537d91f146d1d7fe2560ed08474c5c14e473bbd86d97b263b9a84281176d"


def source_sha256(method: Callable[..., object]) -> str:
    try:
        source = inspect.getsource(method)
    except (OSError, TypeError):  # no Python source (a builtin, or a file that is gone)
        return "no source"
    return hashlib.sha256(source.encode("utf-8")).hexdigest()


def check_patch_target(
    method: Callable[..., object] = AppSession.register_file_watchers,
    version: str = st.__version__,
    *,
    expected: str = PATCHED_SOURCE_SHA256,
    constant: str = "PATCHED_SOURCE_SHA256",
) -> None:
    """Refuse to start unless the function to patch is exactly the one the patch was written for
    (`expected`: the SHA-256 of its source, kept in serve.py under the name `constant`)."""
    if version == PATCHED_STREAMLIT and source_sha256(method) == expected:
        return
    raise SystemExit(
        f"serve.py refuses to start: it patches {method.__qualname__} as written in"
        f" Streamlit {PATCHED_STREAMLIT}, but this is Streamlit {version}"
        f" (source SHA-256 {source_sha256(method)[:12]}…, expected {expected[:12]}…)."
        " Install the pinned versions (requirements.txt), or reread the function and its callers in"
        f" the new Streamlit and update PATCHED_STREAMLIT and {constant} in serve.py."
    )


def _check_theme_target(populate: Callable[..., object]) -> None:
    check_patch_target(populate, expected=THEME_SOURCE_SHA256, constant="THEME_SOURCE_SHA256")


def _check_event_targets(on_event: Callable[..., object], enqueued: Callable[..., object]) -> None:
    check_patch_target(on_event, expected=EVENTS_SOURCE_SHA256, constant="EVENTS_SOURCE_SHA256")
    check_patch_target(enqueued, expected=SEND_FLAG_SOURCE_SHA256, constant="SEND_FLAG_SOURCE_SHA256")


def check_patch_targets() -> None:
    """Every patched function, before anything is patched."""
    check_patch_target()
    _check_theme_target(app_session._populate_theme_msg)
    _check_event_targets(AppSession._on_scriptrunner_event, Runtime._enqueued_some_message)


def preload() -> None:
    """Import the app's packages now, so that they are loaded before the collector is frozen, and do
    what a session's first script run would otherwise do the first time (`first_run_work`)."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    for name in PACKAGES:
        package = importlib.import_module(name)
        for module in pkgutil.walk_packages(package.__path__, f"{name}."):
            try:
                importlib.import_module(module.name)
            except Exception:  # the first script run imports it again and reports the error
                continue
    try:
        first_run_work()
    except Exception:  # the first script run does it again and reports the error
        logging.getLogger(__name__).exception("warm-up")


def first_run_work() -> None:
    """What the first script run in a process paid for before: Streamlit's tables of icon and emoji
    names (imported when an element has an icon) and `_strptime` (the first parsed date), about
    58 ms; the default language's catalogue, compiled the first time it is used (about 22 ms)."""
    for name in FIRST_RUN_IMPORTS:
        importlib.import_module(name)
    from ui import i18n, languages  # noqa: PLC0415 (imported by preload just now)

    i18n.catalogue(languages.DEFAULT)


def _skip_file_watchers_when_disabled() -> None:
    """Make a reconnecting session honour `server.fileWatcherType = "none"` as a new one does."""
    register = AppSession.register_file_watchers
    check_patch_target(register)

    def register_unless_disabled(session: AppSession) -> None:
        if config.get_option("server.fileWatcherType") != "none":
            register(session)

    AppSession.register_file_watchers = register_unless_disabled  # type: ignore[method-assign]


_theme_built_once = False


def build_theme_once() -> None:
    """Build the theme part of the message that starts every script run once per process.

    Streamlit 1.67 fills it in from the config on every run, on the event loop: six sections of the
    theme, each a scan of every config option (about 300 lookups, some 5 % of a step's CPU time,
    measured with `bench/profile_server.py`). The config does not change while the server runs
    (no file watcher, no reload), so each section's part is built the first time and copied after.
    The message is the same, byte for byte (tests/test_serve_patch.py). Also used by the
    benchmarks' floor app (bench/asgi_apps.py), which is served the same way.
    """
    global _theme_built_once  # noqa: PLW0603 (once per process)
    if _theme_built_once:
        return
    populate = app_session._populate_theme_msg
    _check_theme_target(populate)
    built: dict[str, CustomThemeConfig] = {}

    def populate_once(msg: CustomThemeConfig, section: str = "theme") -> None:
        theme = built.get(section)
        if theme is None:
            theme = built[section] = CustomThemeConfig()
            populate(theme, section)
        if theme.ByteSize():  # an empty section leaves the message as it was, as Streamlit does
            msg.MergeFrom(theme)

    app_session._populate_theme_msg = populate_once
    _theme_built_once = True


Event = tuple[tuple[Any, ...], dict[str, Any]]
_EVENTS_KEY = "_selfcheck_events"  # an AppSession's queue of events not yet handled


def batched(handle: Callable[..., None]) -> Callable[..., None]:
    """`AppSession._on_scriptrunner_event` that queues the session's events in order and schedules
    one call of the event loop for all that are waiting, instead of one each. `handle` is
    `AppSession._handle_scriptrunner_event_on_event_loop`, called for each event on the loop, as before.

    Thread-safe without a lock: appending to and popping from a deque are atomic. An event is
    appended before the length is read; a length of one means no call is pending for the events
    before it, so one is scheduled. A call pops until the queue is empty, so whatever it finds
    waiting, however late it was appended, is handled by it; an extra call finds nothing to do.
    If handling one event raises, the call that follows handles the rest (Streamlit's loop logs the
    error, as it did for a callback of its own)."""

    def on_event(session: AppSession, *args: Any, **kwargs: Any) -> None:
        waiting: deque[Event] | None = session.__dict__.get(_EVENTS_KEY)
        if waiting is None:  # the session's first event; setdefault keeps one queue if two race
            waiting = session.__dict__.setdefault(_EVENTS_KEY, deque())
        waiting.append((args, kwargs))
        if len(waiting) == 1:
            session._call_soon_on_event_loop(lambda: handle_waiting(session, waiting))

    def handle_waiting(session: AppSession, waiting: deque[Event]) -> None:
        while waiting:
            args, kwargs = waiting.popleft()
            try:
                handle(session, *args, **kwargs)
            except Exception:
                if waiting:
                    session._call_soon_on_event_loop(lambda: handle_waiting(session, waiting))
                raise

    return on_event


def _set_send_flag(runtime: Runtime) -> None:
    """`Runtime._enqueued_some_message`: sets the flag that wakes the runtime's sending loop. On
    the loop's own thread (every message `batched` hands over) it is set directly; from another
    thread it is scheduled, as Streamlit does."""
    objects = runtime._get_async_objs()
    if asyncio._get_running_loop() is objects.eventloop:
        objects.need_send_data.set()
    else:
        objects.eventloop.call_soon_threadsafe(objects.need_send_data.set)


_handed_over_in_batches = False


def hand_over_in_batches() -> None:
    """Patch both functions (see the module's docstring). Once per process. Also used by the
    benchmarks' floor app (bench/asgi_apps.py), which is served the same way."""
    global _handed_over_in_batches  # noqa: PLW0603 (once per process)
    if _handed_over_in_batches:
        return
    _check_event_targets(AppSession._on_scriptrunner_event, Runtime._enqueued_some_message)
    AppSession._on_scriptrunner_event = batched(  # type: ignore[method-assign]
        AppSession._handle_scriptrunner_event_on_event_loop
    )
    Runtime._enqueued_some_message = _set_send_flag  # type: ignore[method-assign]
    _handed_over_in_batches = True


def _one_page_app() -> None:
    """Run `app.py` on every script run, not Streamlit's multipage emulation for a `pages/` folder."""
    PagesManager.uses_pages_directory = False


# Set (on the event loop) once `_warm_up` is done; until then no websocket is let in (`Guard`).
_warm: asyncio.Event | None = None


def _warm_up(loop: asyncio.AbstractEventLoop, done: asyncio.Event) -> None:
    """Import the app's packages and freeze the collector on them, then open the door to sessions."""
    try:
        preload()
        gc.collect()
        gc.freeze()  # what is loaded now lives as long as the process: full collections skip it
    finally:
        with contextlib.suppress(RuntimeError):  # the server stopped first: its loop is closed
            loop.call_soon_threadsafe(done.set)


async def wait_until_warm() -> None:
    """Return once the start-up imports are done (at once when they are, or were never started)."""
    if _warm is not None and not _warm.is_set():
        await _warm.wait()


@asynccontextmanager
async def _lifespan(_app: st.App) -> AsyncIterator[None]:
    """Patch, then warm up in a thread while the server already answers health and static files.

    The imports and `gc.freeze()` take about a quarter of a second. They run while a first visitor's
    browser loads Streamlit's JavaScript, instead of before the server listens. No session starts
    before they are done (`Guard` holds websocket handshakes until then): so no script run imports
    the app at the same time as the warm-up thread (two threads importing one package's modules in
    different orders can fail with a deadlock error), and the freeze holds no session's objects."""
    global _warm  # noqa: PLW0603 (one server per process)
    _skip_file_watchers_when_disabled()
    build_theme_once()
    hand_over_in_batches()
    _one_page_app()
    _warm = asyncio.Event()
    threading.Thread(
        target=_warm_up, args=(asyncio.get_running_loop(), _warm), name="selfcheck-warm-up", daemon=True
    ).start()
    yield


# --- a public service in a hostile world: message size, headers, hidden endpoints, logs --------------

# The largest websocket message a browser sends to this app is under 400 bytes (`python
# bench/ws_message_sizes.py`: a whole walk in both languages, 20 characters in every date field).
# Anything over 32 KiB is refused before it is parsed: by uvicorn (`--ws-max-size 32768` in the
# Dockerfile: the frame is refused from its header, before its payload is read) and, for a server
# started without that flag, by `Guard` below, before Streamlit parses it.
WS_MAX_BYTES = 32 * 1024
# The close code for a message that is too big (RFC 6455).
WS_MESSAGE_TOO_BIG = 1009
# The app takes no uploads: an HTTP request body over this is refused (413) before it is read.
MAX_BODY_BYTES = WS_MAX_BYTES

# Sent with every HTTP response: no other site may frame the app (clickjacking), no content-type
# guessing, no address of the app in requests to other sites (Lovdata links).
SECURITY_HEADERS: tuple[tuple[bytes, bytes], ...] = (
    (b"content-security-policy", b"frame-ancestors 'none'; object-src 'none'; base-uri 'self'"),
    (b"x-frame-options", b"DENY"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
)
_HEADER_NAMES = frozenset(name for name, _value in SECURITY_HEADERS)
# Streamlit endpoints a visitor has no use for: the metrics (sessions, memory) are for operators.
HIDDEN_PATHS = ("/_stcore/metrics",)

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


def _hidden(path: str) -> bool:
    trimmed = path.rstrip("/")
    return any(trimmed.endswith(hidden) or f"{hidden}/" in path for hidden in HIDDEN_PATHS)


class Guard:
    """ASGI middleware in front of Streamlit: the protective headers on every HTTP response, 404 for
    the hidden endpoints, HTTP request bodies over `MAX_BODY_BYTES` refused (413), and websocket
    messages over `WS_MAX_BYTES` refused (close code 1009) before Streamlit parses them. A websocket
    (a session) is let in only once the start-up warm-up is done (`wait_until_warm`)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            await self._http(scope, receive, send)
        elif scope["type"] == "websocket":
            await wait_until_warm()
            await self.app(scope, self._limited(receive, send), send)
        else:
            await self.app(scope, receive, send)

    async def _http(self, scope: Scope, receive: Receive, send: Send) -> None:
        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                kept = [(k, v) for k, v in message.get("headers", []) if k.lower() not in _HEADER_NAMES]
                message = {**message, "headers": [*kept, *SECURITY_HEADERS]}
            await send(message)

        async def refuse(status: int, text: bytes) -> None:
            start = {"type": "http.response.start", "status": status}
            await send_with_headers({**start, "headers": [(b"content-type", b"text/plain")]})
            await send_with_headers({"type": "http.response.body", "body": text})

        if _hidden(scope["path"]):
            await refuse(404, b"Not Found")
            return
        declared = dict(scope.get("headers", [])).get(b"content-length", b"0")
        if not declared.isdigit() or int(declared) > MAX_BODY_BYTES:
            await refuse(413, b"Request body too large")
            return
        await self.app(scope, self._body_limited(receive), send_with_headers)

    @staticmethod
    def _body_limited(receive: Receive) -> Receive:
        """A body sent without a length (chunked) is cut off as a disconnect past the limit."""
        received = 0

        async def receive_limited() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > MAX_BODY_BYTES:
                    return {"type": "http.disconnect"}
            return message

        return receive_limited

    @staticmethod
    def _limited(receive: Receive, send: Send) -> Receive:
        async def receive_limited() -> Message:
            message = await receive()
            if message["type"] == "websocket.receive":
                size = len(message.get("bytes") or b"") + len((message.get("text") or "").encode())
                if size > WS_MAX_BYTES:
                    await send({"type": "websocket.close", "code": WS_MESSAGE_TOO_BIG})
                    return {"type": "websocket.disconnect", "code": WS_MESSAGE_TOO_BIG}
            return message

        return receive_limited


# uvicorn's lines about single connections: the websocket handshake ('<address> - "WebSocket
# /_stcore/stream" [accepted]', or 403) and the websockets library's "connection open/closed".
_CONNECTION_LINE = re.compile(r'\S+ - "WebSocket |connection (?:open|closed)$')
_IPV4 = re.compile(r"(?<![\w.])\d{1,3}(?:\.\d{1,3}){3}(?![\w.])")
_IPV6 = re.compile(r"(?<![\w:.])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?:%\w+)?(?![\w:])")
ADDRESS_MARK = "[address]"
_logs_kept_private = False


def _address_hidden(match: re.Match[str]) -> str:
    try:
        ipaddress.ip_address(match.group(0).split("%")[0])
    except ValueError:
        return match.group(0)  # a version number, a time of day
    return ADDRESS_MARK


def hide_addresses(text: str) -> str:
    """The text with every IPv4 and IPv6 address replaced by `[address]`."""
    return _IPV6.sub(_address_hidden, _IPV4.sub(_address_hidden, text))


class _NoConnectionLines(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        return not (record.levelno <= logging.INFO and _CONNECTION_LINE.match(record.getMessage()))


def keep_visitors_out_of_logs() -> None:
    """Configure logging once for the process, so that no line names a visitor's address.

    - uvicorn's access log is off for good: `--no-access-log` alone is undone when Streamlit is
      imported (its logger setup gives `uvicorn.access` a handler of its own again), and behind a
      proxy the line names the client from `X-Forwarded-For`. A logger filter survives that setup.
    - uvicorn's informational lines about single connections are dropped (warnings and errors stay).
    - Every log record made in this process has any IP address replaced by `[address]`, whichever
      library writes it (a record factory, so also loggers that do not propagate).
    What remains: start-up and shut-down, warnings and errors, and the usage log's one line per
    completed check (`ui/usage_log.py`).
    """
    global _logs_kept_private  # noqa: PLW0603 (once per process)
    if _logs_kept_private:
        return
    _logs_kept_private = True
    access = logging.getLogger("uvicorn.access")
    access.disabled = True
    access.addFilter(lambda _record: False)
    for name in ("uvicorn", "uvicorn.error"):
        logging.getLogger(name).addFilter(_NoConnectionLines())
    make_record = logging.getLogRecordFactory()

    def private_record(*args: Any, **kwargs: Any) -> logging.LogRecord:
        record = make_record(*args, **kwargs)
        try:
            message = record.getMessage()
        except Exception:  # a malformed call: logging reports it when the line is written
            return record
        hidden = hide_addresses(message)
        if hidden != message:
            record.msg, record.args = hidden, None
        return record

    logging.setLogRecordFactory(private_record)


check_patch_targets()  # at import, before uvicorn starts serving
keep_visitors_out_of_logs()
app = st.App(ROOT / "app.py", lifespan=_lifespan, middleware=[Middleware(Guard)])
