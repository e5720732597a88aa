"""Where the server's time per step goes under load: cProfile on the server while simulated visitors
walk the wizard, the floor app beside it. Prints figures; asserts nothing.

    python bench/profile_server.py [--users 100] [--think 2] [--top 20] [--targets app,floor]

Each target is served by `bench/profiled_server.py` (uvicorn as in production, pinned to core 1),
warmed up by two visitors, and then walked by `--users` visitors as in `bench/bench_load.py`. The
profilers count CPU time per thread. Printed per target, in ms per script run (one run per step):
- the CPU time of the script runs and of the event loop;
- the functions with the most cumulative time inside a script run (what a step pays for);
- the functions with the most time of their own, script runs and event loop together.
Profiling costs about as much as it measures: compare the targets and the shares, not the
absolute times with `bench_load.py`'s.
"""

from __future__ import annotations

import argparse
import asyncio
import pstats
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_load import CLIENT_CPU, SERVER_CPU, load
from servers import BENCH, ROOT, Server, free_port, pin_self

Key = tuple[str, int, str]


def _name(key: Key) -> str:
    file, line, function = key
    text = file.split("site-packages/", 1)[-1].replace(f"{ROOT}/", "")
    return f"{text}:{line}({function})" if line else function


def _rows(stats: pstats.Stats, column: int, top: int, runs: int) -> list[str]:
    table = stats.stats  # type: ignore[attr-defined]
    ordered = sorted(table.items(), key=lambda item: item[1][column], reverse=True)
    rows = []
    for key, (_cc, calls, own, cumulative, _callers) in ordered[:top]:
        rows.append(
            f"    {cumulative / runs * 1000:7.2f} {own / runs * 1000:7.2f} {calls / runs:8.1f}  {_name(key)}"
        )
    return rows


def _total(stats: pstats.Stats) -> float:
    return sum(row[2] for row in stats.stats.values())  # type: ignore[attr-defined]


def profile(target: str, users: int, think: float, top: int) -> None:
    port = free_port()
    folder = Path(tempfile.mkdtemp(prefix="profile-"))
    prefix = folder / target
    command = ["taskset", "-c", str(SERVER_CPU), sys.executable, str(BENCH / "profiled_server.py")]
    server = Server(target, cpu=None, port=port)  # for its health check only
    server.process = subprocess.Popen([*command, target, str(port), str(prefix)], cwd=ROOT)
    server.started = time.perf_counter()
    try:
        server.wait_healthy()
        asyncio.run(load(server.ws, 2, 0.0))  # warm-up: imports, catalogues
        server.process.send_signal(signal.SIGUSR1)
        time.sleep(0.5)
        run = asyncio.run(load(server.ws, users, think))
    finally:
        server.process.send_signal(signal.SIGINT)
        server.process.wait(timeout=60)
    runs = int((folder / f"{target}.runs").read_text())
    script = pstats.Stats(str(prefix) + ".script")
    loop = pstats.Stats(str(prefix) + ".loop")
    steps = len(run.latencies)
    print(f"\n== {target}: {users} visitors, {steps} steps, {run.errors} errors, {runs} script runs")
    print(
        f"  CPU per script run {_total(script) / runs * 1000:.2f} ms, event loop per step "
        f"{_total(loop) / max(1, steps) * 1000:.2f} ms (profiled)"
    )
    header = "    cumul.    own    calls  (ms per script run; calls per run)"
    print(f"  inside a script run, by cumulative time:\n{header}")
    print("\n".join(_rows(script, 3, top, runs)))
    print(f"  inside a script run, by own time:\n{header}")
    print("\n".join(_rows(script, 2, top, runs)))
    print(f"  event loop, by own time (ms per step):\n{header}")
    print("\n".join(_rows(loop, 2, top // 2, max(1, steps))))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--users", type=int, default=100)
    parser.add_argument("--think", type=float, default=2.0)
    parser.add_argument("--top", type=int, default=20)
    parser.add_argument("--targets", default="app,floor")
    args = parser.parse_args()
    pin_self(CLIENT_CPU)
    for target in args.targets.split(","):
        profile(target, args.users, args.think, args.top)


if __name__ == "__main__":
    main()
