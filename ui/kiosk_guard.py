"""The kiosk's guarantee on the server's own clock: a kiosk session nobody has used for
`server_limit_seconds` is reset by the server, also when the browser runs no script at all.

The browser's idle script (`ui/kiosk.py`) resets the page first; this is the guarantee behind it. A
check inside the page (`st.fragment(run_every=...)`) is driven by the browser's timer, so a client
that runs no JavaScript kept its answers for as long as it stayed connected. Here:

- every full page run of a kiosk session notes its time in a table in this process (session id ->
  time of the last run; nothing else: no answer, no address);
- one task per process, on Streamlit's own event loop, looks at the table every `SWEEP_SECONDS`
  and asks Streamlit to run the page again for each connected session idle for longer than the
  limit, as the browser would; that run (`ui.kiosk._guard`) sees how long the session was idle,
  forgets it (`state.reset`) and sends the start page, in the default language, to whatever is
  connected;
- a session that is no longer connected is closed by Streamlit itself after
  `server.disconnectedSessionTTL` (30 s); its entry here is dropped an hour later.

The task starts with the first kiosk page run, so it works alike under `streamlit run app.py` and
`uvicorn serve:app`. It uses two parts of Streamlit's runtime that are not public API (the event loop
and `AppSession.request_rerun`); `tests/test_hostile_kiosk.py` fails if an upgrade changes them.
"""

from __future__ import annotations

import asyncio
import threading
import time
from concurrent.futures import Future
from typing import Any

from streamlit.runtime import Runtime

SWEEP_SECONDS = 5.0
# A session no longer connected has been closed by Streamlit long before this (30 s).
_DROP_AFTER_SECONDS = 3600.0

_lock = threading.Lock()
_last_run: dict[str, float] = {}
_sweeper: Future[None] | None = None


def note_run(session_id: str) -> float:
    """Note a full page run of the session now; returns the seconds since its previous one (0.0
    for a session not seen before)."""
    now = time.monotonic()
    with _lock:
        previous = _last_run.get(session_id)
        _last_run[session_id] = now
    return 0.0 if previous is None else now - previous


def start(limit_seconds: float) -> None:
    """Start the process's sweeper on Streamlit's event loop, once (no-op outside a server)."""
    global _sweeper  # noqa: PLW0603 (one per process)
    with _lock:
        if _sweeper is not None and not _sweeper.done():
            return
        if not Runtime.exists():
            return
        runtime = Runtime.instance()
        try:
            loop = runtime._get_async_objs().eventloop
        except Exception:  # the runtime is not started (yet)
            return
        if not isinstance(loop, asyncio.AbstractEventLoop) or not loop.is_running():
            return  # AppTest's stand-in runtime
        _sweeper = asyncio.run_coroutine_threadsafe(_sweep_forever(runtime, limit_seconds), loop)


async def _sweep_forever(runtime: Any, limit_seconds: float) -> None:
    while True:
        await asyncio.sleep(SWEEP_SECONDS)
        sweep(runtime, limit_seconds, time.monotonic())


def sweep(runtime: Any, limit_seconds: float, now: float) -> list[str]:
    """On the event loop: run the page again for every connected session idle for longer than the
    limit (that run resets it); drop entries of sessions long gone. Returns the ids rerun."""
    with _lock:
        idle = [(sid, seen) for sid, seen in _last_run.items() if now - seen > limit_seconds]
    rerun = []
    for session_id, seen in idle:
        session = runtime.get_app_session(session_id)
        if session is not None:
            session.request_rerun(None)  # no widget states: no button is pressed again
            rerun.append(session_id)
        elif now - seen > limit_seconds + _DROP_AFTER_SECONDS:
            with _lock:
                if _last_run.get(session_id) == seen:
                    del _last_run[session_id]
    return rerun
