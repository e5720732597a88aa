"""Memory: the server's resident memory with 1 and with 50 open sessions, and the increment per
session, against a hello-world app measured the same way in the same run. Prints figures; asserts
nothing.

    python bench/bench_memory.py [--sessions 50] [--runs 3]

Each server (`uvicorn`, as in the Dockerfile, core 1) starts fresh for every run; a session is a
websocket client speaking Streamlit's protocol (bench/stream_client.py), kept open while measured.
RSS is VmRSS from /proc/<pid>/status, read one second after the sessions settle.
- "start page": every session opened and left on the start page; the floor is bench/hello_app.py;
- "after a walk": every session walked through the whole wizard to the result page and left open
  there; the floor is bench/floor_app.py (the same pages and widgets, no logic).
Per session = (RSS with N - RSS with 1) / (N - 1). Goal: at most 250 KiB per session.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from servers import Server, pin_self
from stream_client import Visitor, refugee_answers, walk

GOAL_KIB = 250


async def open_sessions(server: Server, count: int, walked: bool) -> list[Visitor]:
    guests = []
    for _ in range(count):
        guest = Visitor(server.ws)
        await guest.connect()
        if walked:
            await walk(guest, refugee_answers())
        else:
            await guest.rerun()
        guests.append(guest)
    return guests


def measure(target: str, sessions: int, walked: bool) -> tuple[int, int, int]:
    """(idle, with 1 session, with `sessions` sessions) RSS in KiB, on a fresh server."""

    async def scenario(server: Server) -> tuple[int, int, int]:
        await asyncio.sleep(1.0)
        idle = server.rss_kib()
        first = await open_sessions(server, 1, walked)
        await asyncio.sleep(1.0)
        one = server.rss_kib()
        rest = await open_sessions(server, sessions - 1, walked)
        await asyncio.sleep(1.0)
        many = server.rss_kib()
        for guest in first + rest:
            await guest.close()
        return idle, one, many

    with Server(target, cpu=1) as server:
        return asyncio.run(scenario(server))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--sessions", type=int, default=50)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    pin_self(0)
    cases = [("hello", False), ("app", False), ("floor", True), ("app", True)]
    figures: dict[tuple[str, bool], list[tuple[int, int, int]]] = {case: [] for case in cases}
    started = time.perf_counter()
    for _ in range(args.runs):
        for target, walked in cases:
            figures[(target, walked)].append(measure(target, args.sessions, walked))
    n = args.sessions
    took = time.perf_counter() - started
    print(f"server memory (VmRSS, KiB), median of {args.runs} fresh servers ({took:.0f} s)")
    print(f"  {'':<32} {'idle':>8} {'1 session':>10} {f'{n} sessions':>12} {'per session':>12}")
    per: dict[tuple[str, bool], float] = {}
    names = {
        ("hello", False): "hello world, start page (floor)",
        ("app", False): "wizard, start page",
        ("floor", True): "floor app, after a walk (floor)",
        ("app", True): "wizard, after a walk",
    }
    for case in cases:
        idle, one, many = (statistics.median(run[i] for run in figures[case]) for i in range(3))
        per[case] = (many - one) / (n - 1)
        print(f"  {names[case]:<32} {idle:>8.0f} {one:>10.0f} {many:>12.0f} {per[case]:>12.0f}")
    start_ratio = per[("app", False)] / per[("hello", False)]
    walk_ratio = per[("app", True)] / per[("floor", True)]
    print(f"  per session, wizard / hello world (start page): {start_ratio:.2f} x")
    print(f"  per session, wizard / floor app (after a walk): {walk_ratio:.2f} x")
    worst = max(per[("app", False)], per[("app", True)])
    verdict = "met" if worst <= GOAL_KIB else "NOT met"
    print(f"goal: at most {GOAL_KIB} KiB per session: {verdict} (worst {worst:.0f} KiB)")


if __name__ == "__main__":
    main()
