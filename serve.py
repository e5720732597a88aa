"""The ASGI entry of the self-check: Streamlit's `st.App` served by uvicorn, one process, one worker.

    uvicorn serve:app --host 0.0.0.0 --port 8501 --ws websockets-sansio --ws-per-message-deflate false

(the Dockerfile's command, with Streamlit's own websocket settings). `streamlit run app.py` still
works for development; this entry is what the service runs, for three reasons measured in
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

Settings come from `.streamlit/config.toml`; of the STREAMLIT_* environment variables only the
secret ones (e.g. STREAMLIT_SERVER_COOKIE_SECRET) are read here, unlike under `streamlit run`.
"""

from __future__ import annotations

import gc
import hashlib
import importlib
import inspect
import pkgutil
import sys
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path

import streamlit as st
from streamlit import config
from streamlit.runtime.app_session import AppSession

ROOT = Path(__file__).resolve().parent
PACKAGES = ("logic", "ui", "pages")  # imported by app.py on its first run anyway
# The method `_skip_file_watchers_when_disabled` wraps, as it was read when the patch was written:
# the Streamlit version and the SHA-256 of `inspect.getsource(AppSession.register_file_watchers)`.
PATCHED_STREAMLIT = "1.67.0"
PATCHED_SOURCE_SHA256 = "5c7007c6f7845864e34d7e1acf0ffd5129ffaef04f60dcaa27a1b0c328104eac"


def source_sha256(method: Callable[..., object]) -> str:
    try:
        source = inspect.getsource(method)
    except (OSError, TypeError):  # no Python source (a builtin, or a file that is gone)
        return "no source"
    return hashlib.sha256(source.encode("utf-8")).hexdigest()


def check_patch_target(
    method: Callable[..., object] = AppSession.register_file_watchers, version: str = st.__version__
) -> None:
    """Refuse to start unless the method to patch is exactly the one the patch was written for."""
    if version == PATCHED_STREAMLIT and source_sha256(method) == PATCHED_SOURCE_SHA256:
        return
    raise SystemExit(
        f"serve.py refuses to start: it patches AppSession.register_file_watchers as written in"
        f" Streamlit {PATCHED_STREAMLIT}, but this is Streamlit {version}"
        f" (source SHA-256 {source_sha256(method)[:12]}…, expected {PATCHED_SOURCE_SHA256[:12]}…)."
        " Install the pinned versions (requirements.txt), or reread the method and its callers in the"
        " new Streamlit and update PATCHED_STREAMLIT and PATCHED_SOURCE_SHA256 in serve.py."
    )


def preload() -> None:
    """Import the app's packages now, so that they are loaded before the collector is frozen."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    for name in PACKAGES:
        package = importlib.import_module(name)
        for module in pkgutil.walk_packages(package.__path__, f"{name}."):
            try:
                importlib.import_module(module.name)
            except Exception:  # the first script run imports it again and reports the error
                continue


def _skip_file_watchers_when_disabled() -> None:
    """Make a reconnecting session honour `server.fileWatcherType = "none"` as a new one does."""
    register = AppSession.register_file_watchers
    check_patch_target(register)

    def register_unless_disabled(session: AppSession) -> None:
        if config.get_option("server.fileWatcherType") != "none":
            register(session)

    AppSession.register_file_watchers = register_unless_disabled  # type: ignore[method-assign]


@asynccontextmanager
async def _lifespan(_app: st.App) -> AsyncIterator[None]:
    _skip_file_watchers_when_disabled()
    preload()
    gc.collect()
    gc.freeze()  # what is loaded now lives as long as the process: full collections skip it
    yield


check_patch_target()  # at import, before uvicorn starts serving
app = st.App(ROOT / "app.py", lifespan=_lifespan)
