"""ASGI entries for the benchmarks' comparison apps, served like `serve.py` serves the wizard:

    uvicorn --app-dir bench asgi_apps:hello      (bench/hello_app.py)
    uvicorn --app-dir bench asgi_apps:floor      (bench/floor_app.py)

Run from the repository root, so `.streamlit/config.toml` applies to them as it does to the app.
Each name builds its `st.App` only when uvicorn asks for it (one `st.App` per process), and, like
serve.py, freezes the garbage collector on what is loaded at start-up. The floor also gets
serve.py's two patches of a step's work (`serve.build_theme_once`: the theme part of Streamlit's
run message built once; `serve.hand_over_in_batches`: a script run's elements handed to the event
loop in batches), so that a step costs it what it costs the wizard's server; hello world stays
Streamlit as shipped.
"""

import gc
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import streamlit as st

SCRIPTS = {"hello": "hello_app.py", "floor": "floor_app.py"}


@asynccontextmanager
async def _lifespan(_app: st.App) -> AsyncIterator[None]:
    gc.collect()
    gc.freeze()
    yield


@asynccontextmanager
async def _floor_lifespan(app: st.App) -> AsyncIterator[None]:
    import serve  # noqa: PLC0415 (here, after this process's own st.App exists: serve makes one too)

    serve.build_theme_once()
    serve.hand_over_in_batches()
    async with _lifespan(app):
        yield


def __getattr__(name: str) -> st.App:
    if name not in SCRIPTS:
        raise AttributeError(name)
    lifespan = _floor_lifespan if name == "floor" else _lifespan
    return st.App(Path(__file__).resolve().parent / SCRIPTS[name], lifespan=lifespan)
