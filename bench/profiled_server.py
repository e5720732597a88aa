"""A server for `bench/profile_server.py`: the app or a comparison app under cProfile (a helper, not a
benchmark of its own).

    python bench/profiled_server.py {app,floor,hello} PORT STATS_PREFIX

Serves like `bench/servers.py` does (uvicorn, the Dockerfile's websocket settings) with two profilers
measuring CPU time (`time.thread_time`), not wall time:
- every script run (Streamlit runs each in a thread of its session), merged into `PREFIX.script`;
- the event loop in the main thread (websockets, sending the messages), into `PREFIX.loop`.
SIGUSR1 starts both afresh (after a warm-up). On SIGINT or SIGTERM uvicorn shuts down and the
statistics are written, with the number of script runs in `PREFIX.runs`. The usage log is off.
Profiling slows everything down: read the shares, not the absolute times.
"""

from __future__ import annotations

import cProfile
import logging
import pstats
import signal
import sys
import threading
import time
from pathlib import Path

import uvicorn
from streamlit.runtime.scriptrunner.script_runner import ScriptRunner

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent


def main() -> None:
    target, port, prefix = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    sys.path[:0] = [str(ROOT), str(BENCH)]
    profiles: list[cProfile.Profile] = []
    lock = threading.Lock()
    run_script = ScriptRunner._run_script

    def profiled_run(self: ScriptRunner, rerun_data: object) -> None:
        profile = cProfile.Profile(time.thread_time)
        profile.enable()
        try:
            run_script(self, rerun_data)  # type: ignore[arg-type]
        finally:
            profile.disable()
            with lock:
                profiles.append(profile)

    logging.getLogger("selfcheck.usage").addFilter(lambda _record: False)
    ScriptRunner._run_script = profiled_run  # type: ignore[method-assign]
    loop_profile = cProfile.Profile(time.thread_time)

    def afresh(*_args: object) -> None:
        nonlocal loop_profile
        loop_profile.disable()
        with lock:
            profiles.clear()
        loop_profile = cProfile.Profile(time.thread_time)
        loop_profile.enable()

    signal.signal(signal.SIGUSR1, afresh)
    loop_profile.enable()
    uvicorn.run(  # the settings of bench/servers.py's UVICORN_FLAGS
        "serve:app" if target == "app" else f"asgi_apps:{target}",
        host="127.0.0.1",
        port=port,
        ws="websockets-sansio",
        ws_per_message_deflate=False,
        ws_ping_interval=30,
        ws_ping_timeout=30,
        access_log=False,
        log_level="warning",
    )
    loop_profile.disable()
    pstats.Stats(loop_profile).dump_stats(f"{prefix}.loop")
    with lock:
        if profiles:
            merged = pstats.Stats(profiles[0])
            for profile in profiles[1:]:
                merged.add(profile)
            merged.dump_stats(f"{prefix}.script")
        Path(f"{prefix}.runs").write_text(str(len(profiles)))


if __name__ == "__main__":
    main()
