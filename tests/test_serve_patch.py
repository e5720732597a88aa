"""`serve.py` patches four functions of Streamlit 1.67 (README "Performance"). It starts only when each
is exactly the one its patch was written for; on any other it refuses with a message that says what
to do, instead of silently patching code it was not written for. A patch changes how much work is
done, never what is sent."""

from __future__ import annotations

import asyncio
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from streamlit import config
from streamlit.proto.NewSession_pb2 import CustomThemeConfig
from streamlit.runtime import app_session
from streamlit.runtime.app_session import AppSession
from streamlit.runtime.runtime import Runtime

import serve

ROOT = Path(__file__).resolve().parent.parent


def test_the_pinned_streamlit_has_the_functions_the_patches_were_written_for() -> None:
    serve.check_patch_targets()  # the installed (locked) Streamlit: no SystemExit
    assert serve.source_sha256(AppSession.register_file_watchers) == serve.PATCHED_SOURCE_SHA256
    assert serve.source_sha256(app_session._populate_theme_msg) == serve.THEME_SOURCE_SHA256
    assert serve.source_sha256(AppSession._on_scriptrunner_event) == serve.EVENTS_SOURCE_SHA256
    assert serve.source_sha256(Runtime._enqueued_some_message) == serve.SEND_FLAG_SOURCE_SHA256


def test_a_changed_method_is_refused_with_a_clear_message() -> None:
    def register_file_watchers(self: AppSession) -> None:  # what a new Streamlit might have
        self._local_sources_watcher = None

    with pytest.raises(SystemExit) as refused:
        serve.check_patch_target(register_file_watchers, serve.PATCHED_STREAMLIT)
    message = str(refused.value.code)
    assert message.startswith("serve.py refuses to start")
    assert "PATCHED_SOURCE_SHA256" in message


def test_another_streamlit_version_is_refused_even_with_the_same_method() -> None:
    with pytest.raises(SystemExit) as refused:
        serve.check_patch_target(AppSession.register_file_watchers, "1.68.0")
    assert "this is Streamlit 1.68.0" in str(refused.value.code)


def test_the_service_does_not_start_on_a_changed_method() -> None:
    """What uvicorn does with `serve:app`: import the module. It exits 1 with the message alone."""
    code = (
        "from streamlit.runtime.app_session import AppSession\n"
        "AppSession.register_file_watchers = lambda self: None\n"
        "import serve\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 1
    assert done.stderr.strip().startswith("serve.py refuses to start")
    assert "Traceback" not in done.stderr


# The six parts of the theme in the message that starts a run, as Streamlit 1.67 fills them in
# (`AppSession._create_new_session_message`): (the part of the message, the config section).
THEME_PARTS = (
    ((), "theme"),
    (("light",), "theme.light"),
    (("dark",), "theme.dark"),
    (("sidebar",), "theme.sidebar"),
    (("light", "sidebar"), "theme.light.sidebar"),
    (("dark", "sidebar"), "theme.dark.sidebar"),
)


def _theme_message(populate: Callable[..., None]) -> bytes:
    message = CustomThemeConfig()
    for part, section in THEME_PARTS:
        target = message
        for name in part:
            target = getattr(target, name)
        populate(target, section)
    return message.SerializeToString(deterministic=True)


def test_the_theme_built_once_is_the_one_streamlit_builds_and_the_config_is_read_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    streamlits = app_session._populate_theme_msg
    monkeypatch.setattr(app_session, "_populate_theme_msg", streamlits)  # put back after the test
    monkeypatch.setattr(serve, "_theme_built_once", False)
    expected = _theme_message(streamlits)
    assert expected  # the project's config sets theme options (.streamlit/config.toml)
    reads: list[str] = []
    read = config.get_options_for_section
    monkeypatch.setattr(
        config, "get_options_for_section", lambda section: reads.append(section) or read(section)
    )
    serve.build_theme_once()
    assert app_session._populate_theme_msg is not streamlits
    for _run in range(3):
        assert _theme_message(app_session._populate_theme_msg) == expected
    assert sorted(reads) == sorted(section for _part, section in THEME_PARTS)  # each section once


def test_a_changed_theme_function_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    def _populate_theme_msg(msg: CustomThemeConfig, section: str = "theme") -> None:  # a new version
        msg.base = msg.BaseTheme.DARK

    monkeypatch.setattr(app_session, "_populate_theme_msg", _populate_theme_msg)
    monkeypatch.setattr(serve, "_theme_built_once", False)
    with pytest.raises(SystemExit) as refused:
        serve.build_theme_once()
    assert "THEME_SOURCE_SHA256" in str(refused.value.code)
    assert app_session._populate_theme_msg is _populate_theme_msg  # nothing was patched


# --- a script run's events handed to the event loop in batches (`serve.hand_over_in_batches`) -------

WAIT = 60.0  # seconds: a bound for a busy 2-core machine, never a measured time


class _Session:
    """What `serve.batched` uses of an AppSession: its `__dict__` and its way onto the event loop."""

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self.loop = loop
        self.calls = 0  # calls scheduled on the loop

    def _call_soon_on_event_loop(self, callback: Callable[[], None]) -> None:
        self.calls += 1
        self.loop.call_soon_threadsafe(callback)


class _Loop:
    """An event loop in its own thread, as the server's; errors of callbacks are collected."""

    def __enter__(self) -> _Loop:
        self.loop = asyncio.new_event_loop()
        self.errors: list[BaseException] = []
        self.loop.set_exception_handler(lambda _loop, context: self.errors.append(context["exception"]))
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(WAIT)
        self.loop.close()


def _recorder(expected: int) -> tuple[list[int], threading.Event, Callable[..., None]]:
    handled: list[int] = []
    done = threading.Event()

    def handle(_session: object, sender: object, event: int, **kwargs: Any) -> None:
        assert threading.current_thread() is not threading.main_thread()  # on the loop's thread
        handled.append(event)
        if len(handled) == expected:
            done.set()

    return handled, done, handle


def test_a_runs_elements_reach_the_loop_all_in_order_with_one_wake_up_while_it_is_busy() -> None:
    """While the loop is busy (another session's step), the run draws its elements; the loop then
    handles all of them, in the order drawn, from one call instead of one call each."""
    handled, done, handle = _recorder(25)
    on_event = serve.batched(handle)
    with _Loop() as running:
        session = _Session(running.loop)
        busy, drawn = threading.Event(), threading.Event()
        running.loop.call_soon_threadsafe(lambda: (busy.set(), drawn.wait(WAIT)))
        assert busy.wait(WAIT)
        for element in range(25):  # from this thread, as from a script run's
            on_event(session, None, element, forward_msg=None)
        drawn.set()
        assert done.wait(WAIT)
    assert handled == list(range(25))
    assert session.calls == 1
    assert running.errors == []


def test_no_event_is_lost_or_reordered_when_the_loop_and_the_run_race() -> None:
    handled, done, handle = _recorder(20_000)
    on_event = serve.batched(handle)
    with _Loop() as running:
        session = _Session(running.loop)
        for element in range(20_000):
            on_event(session, None, element)
        assert done.wait(WAIT)
    assert handled == list(range(20_000))
    assert 1 <= session.calls <= 20_000


def test_an_event_whose_handling_fails_does_not_stop_the_ones_after_it() -> None:
    handled, done, handle = _recorder(9)

    def handle_or_fail(session: object, sender: object, event: int, **kwargs: Any) -> None:
        if event == 3:
            raise RuntimeError("one event's handling failed")
        handle(session, sender, event, **kwargs)

    on_event = serve.batched(handle_or_fail)
    with _Loop() as running:
        session = _Session(running.loop)
        busy, drawn = threading.Event(), threading.Event()
        running.loop.call_soon_threadsafe(lambda: (busy.set(), drawn.wait(WAIT)))
        assert busy.wait(WAIT)
        for element in range(10):
            on_event(session, None, element)
        drawn.set()
        assert done.wait(WAIT)
    assert handled == [0, 1, 2, 4, 5, 6, 7, 8, 9]
    assert [str(error) for error in running.errors] == ["one event's handling failed"]


def test_the_send_flag_is_set_at_once_on_the_loop_and_scheduled_from_another_thread() -> None:
    with _Loop() as running:
        flag = asyncio.Event()
        runtime = SimpleNamespace(
            _get_async_objs=lambda: SimpleNamespace(eventloop=running.loop, need_send_data=flag)
        )

        async def on_the_loop() -> bool:
            serve._set_send_flag(runtime)  # type: ignore[arg-type]
            return flag.is_set()  # set before the loop takes another turn

        assert asyncio.run_coroutine_threadsafe(on_the_loop(), running.loop).result(WAIT)
        running.loop.call_soon_threadsafe(flag.clear)
        serve._set_send_flag(runtime)  # type: ignore[arg-type]  # from this thread, as from a run's
        assert asyncio.run_coroutine_threadsafe(flag.wait(), running.loop).result(WAIT)


def test_a_changed_event_function_is_refused_and_nothing_is_patched(monkeypatch: pytest.MonkeyPatch) -> None:
    def _on_scriptrunner_event(self: AppSession, sender: Any, event: Any) -> None:  # a new version
        self._handle_scriptrunner_event_on_event_loop(sender, event)

    monkeypatch.setattr(AppSession, "_on_scriptrunner_event", _on_scriptrunner_event)
    monkeypatch.setattr(serve, "_handed_over_in_batches", False)
    with pytest.raises(SystemExit) as refused:
        serve.hand_over_in_batches()
    assert "EVENTS_SOURCE_SHA256" in str(refused.value.code)
    assert AppSession._on_scriptrunner_event is _on_scriptrunner_event
