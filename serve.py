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

Settings come from `.streamlit/config.toml`; of the STREAMLIT_* environment variables only the
secret ones (e.g. STREAMLIT_SERVER_COOKIE_SECRET) are read here, unlike under `streamlit run`.
"""

from __future__ import annotations

import gc
import importlib
import pkgutil
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import streamlit as st
from streamlit import config
from streamlit.runtime.app_session import AppSession

ROOT = Path(__file__).resolve().parent
PACKAGES = ("logic", "ui", "pages")  # imported by app.py on its first run anyway


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


app = st.App(ROOT / "app.py", lifespan=_lifespan)
