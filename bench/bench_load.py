"""Load: N simulated visitors at once, each walking the whole wizard through Streamlit's websocket
protocol with a think time between steps. Prints figures; asserts nothing.

    python bench/bench_load.py [--users 10,50,100,200] [--floor 100] [--think 2] [--knee] [--entry streamlit]

The server (`uvicorn serve:app`, as in the Dockerfile; `--entry streamlit` for `streamlit run`) runs
on core 1 with `taskset`, the load generator on core 0; everything stays on 127.0.0.1. Each visitor
(bench/stream_client.py) starts at a random moment within the first think time, then walks start ->
every question -> check -> result as a refugee with dates of their own, thinking 0.5-1.5 x
`--think` seconds before each step (fixed seed). A step's latency runs from sending the BackMsg to
`script_finished`. An error is a walk that stopped: an exception on the page, no progress, a
timeout or a dropped connection.

For every N: step latency p50/p95/p99 (and p95 by when in the run the steps started), throughput
(steps per second over the run), errors, and CPU use: the server's, the load generator's, and other
processes' on the server's core ("others": the noise of a shared machine; figures with much of it
are not comparable). `--knee` goes on with
more visitors (300, 400, 600, 800) until p95 passes 250 ms.
The floor: the same load on `bench/floor_app.py` (same pages and widgets, no logic), served the
same way, right after the wizard's run at each N listed in `--floor` (default 100), with the
ratios of p50 and p95 (the noise of the two runs is close in time). On a shared machine a run is
repeated (`--tries`, default 3) while other processes use more than `--max-noise` (10 %) of the
server's core, and the least noisy run is shown, with its noise.
Goal: 100 visitors with 2 s think time, p95 < 100 ms and no errors.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from servers import Server, core_busy_seconds, pin_self
from stream_client import StepFailed, Visitor, refugee_answers, walk

KNEE_MS = 250.0
KNEE_USERS = (300, 400, 600, 800)
GOAL_USERS, GOAL_P95_MS = 100, 100.0
RUN_LIMIT = 180.0  # seconds: no run of one N lasts longer than this
SERVER_CPU, CLIENT_CPU = 1, 0


def _percentile(seconds: list[float], q: float) -> float:
    """The q-th percentile of step latencies, in ms (nan without any)."""
    if not seconds:
        return float("nan")
    ordered = sorted(seconds)
    return ordered[min(len(ordered) - 1, int(q / 100 * len(ordered)))] * 1000


@dataclass
class Run:
    """The figures of one load run."""

    users: int
    latencies: list[float] = field(default_factory=list)  # seconds, every step
    started: list[float] = field(default_factory=list)  # seconds into the run each step started
    reconnects: list[float] = field(default_factory=list)  # seconds, the first run after a reconnect
    errors: int = 0
    walks: int = 0
    seconds: float = 0.0
    server_cpu: float = 0.0
    client_cpu: float = 0.0
    others: float = 0.0  # other processes' CPU use on the server's core: noise
    reasons: dict[str, int] = field(default_factory=dict)

    def percentile(self, q: float) -> float:
        return _percentile(self.latencies, q)

    def p95_from(self, start: float, end: float) -> str:
        """p95 (ms) of the steps that started between `start` and `end` seconds into the run."""
        within = [s for s, t in zip(self.latencies, self.started, strict=True) if start <= t < end]
        return f"{_percentile(within, 95):.0f}" if within else "-"

    def cpu_per_step(self) -> float:
        """Server CPU time per step (ms): what a step costs, whatever else runs on the machine."""
        return self.server_cpu * self.seconds / max(1, len(self.latencies)) * 1000

    def line(self) -> str:
        steps = len(self.latencies)
        return (
            f"  {self.users:>5}  {self.percentile(50):7.1f}  {self.percentile(95):7.1f}  "
            f"{self.percentile(99):7.1f}  {steps / self.seconds:8.1f}  {steps:6}  {self.walks:5}  "
            f"{self.errors:6}  {self.server_cpu:5.0%}  {self.client_cpu:5.0%}  {self.others:5.0%}  "
            f"{self.cpu_per_step():8.1f}"
        )


HEADER = (
    "  users   p50 ms   p95 ms   p99 ms   steps/s   steps  walks  errors  server  client  others  cpu/step\n"
    "  (CPU use over the run: the server, the load generator, other processes on the server's core;\n"
    "   cpu/step: the server's CPU time per step in ms)"
)


async def visitor(  # noqa: PLR0913 (the run's start, to place each step in it)
    ws_url: str,
    think: float,
    rng: random.Random,
    run: Run,
    headers: dict[str, str] | None = None,
    *,
    run_started: float = 0.0,
) -> None:
    await asyncio.sleep(rng.uniform(0, think))
    guest = Visitor(ws_url, headers=headers)
    try:
        await guest.connect()
        steps = await walk(guest, refugee_answers(rng), lambda: rng.uniform(0.5, 1.5) * think)
        run.latencies += [step.seconds for step in steps]
        run.started += [step.ended - step.seconds - run_started for step in steps]
        run.walks += 1
        if not all(step.ok for step in steps):
            run.errors += 1
            run.reasons["exception shown"] = run.reasons.get("exception shown", 0) + 1
    except (StepFailed, TimeoutError, OSError, Exception) as error:  # every failure is counted
        run.errors += 1
        reason = type(error).__name__
        run.reasons[reason] = run.reasons.get(reason, 0) + 1
    finally:
        await guest.close()


async def load(ws_url: str, users: int, think: float, seed: int = 2026) -> Run:
    run = Run(users)
    started = time.perf_counter()
    cpu = time.process_time()
    tasks = [visitor(ws_url, think, random.Random(seed + i), run, run_started=started) for i in range(users)]
    try:
        async with asyncio.timeout(RUN_LIMIT):
            await asyncio.gather(*tasks)
    except TimeoutError:
        run.reasons["run limit"] = users - run.walks - run.errors
        run.errors = users - run.walks
    run.seconds = time.perf_counter() - started
    run.client_cpu = (time.process_time() - cpu) / run.seconds
    return run


def measure_once(server: Server, users: int, think: float) -> Run:
    cpu, core = server.cpu_seconds(), core_busy_seconds(SERVER_CPU)
    run = asyncio.run(load(server.ws, users, think))
    run.server_cpu = (server.cpu_seconds() - cpu) / run.seconds
    run.others = max(0.0, (core_busy_seconds(SERVER_CPU) - core) / run.seconds - run.server_cpu)
    return run


def measure(server: Server, users: int, think: float, tries: int = 1, max_noise: float = 1.0) -> Run:
    """The run with the least noise of up to `tries` (stops at the first under `max_noise`)."""
    runs: list[Run] = []
    for _ in range(max(1, tries)):
        runs.append(measure_once(server, users, think))
        if runs[-1].others <= max_noise:
            break
    return min(runs, key=lambda run: run.others)


def report(runs: list[Run], floors: dict[int, Run]) -> None:
    for run in runs:
        if run.reasons:
            print(f"  errors at {run.users} visitors: {run.reasons}")
    over = next((run.users for run in runs if run.percentile(95) > KNEE_MS), None)
    if over is None:
        print(f"p95 stayed under {KNEE_MS:.0f} ms up to {runs[-1].users} visitors")
    else:
        below = [run.users for run in runs if run.users < over]
        print(f"p95 passes {KNEE_MS:.0f} ms between {max(below, default=0)} and {over} visitors")
    print("p95 (ms) of the steps by when they started, 0-10 s / 10-20 s / 20 s on into the run:")
    for run in runs:
        for label, figures in (("", run), ("floor ", floors.get(run.users))):
            if figures is not None and figures.started:
                windows = " / ".join(figures.p95_from(a, b) for a, b in ((0, 10), (10, 20), (20, 1e9)))
                print(f"  {label}{run.users} visitors: {windows}")
    for run in runs:
        floor = floors.get(run.users)
        if floor is not None:
            p50, p95 = (run.percentile(q) / floor.percentile(q) for q in (50, 95))
            cpu = run.cpu_per_step() / floor.cpu_per_step()
            ratios = f"p50 {p50:.2f} x, p95 {p95:.2f} x, cpu/step {cpu:.2f} x"
            print(f"  wizard / floor at {run.users} visitors: {ratios}")
    cpu = statistics.median(run.cpu_per_step() for run in runs)
    print(
        f"server CPU per step, median of the runs: {cpu:.1f} ms (one core: {1000 / cpu:.0f} steps/s at most)"
    )
    goal = next((run for run in runs if run.users == GOAL_USERS), None)
    if goal is not None:
        met = goal.percentile(95) < GOAL_P95_MS and goal.errors == 0
        verdict = "met" if met else "NOT met"
        print(f"goal ({GOAL_USERS} visitors, p95 < {GOAL_P95_MS:.0f} ms, 0 errors): {verdict}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--users", default="10,50,100,200", help="numbers of visitors, comma-separated")
    parser.add_argument("--think", type=float, default=2.0, help="think time between steps (s)")
    parser.add_argument("--knee", action="store_true", help="go on until p95 passes 250 ms")
    parser.add_argument("--floor", default="100", help="numbers of visitors with a floor run ('': none)")
    parser.add_argument("--entry", choices=("uvicorn", "streamlit"), default="uvicorn")
    parser.add_argument("--tries", type=int, default=3, help="runs per figure at most, see --max-noise")
    parser.add_argument(
        "--max-noise", type=float, default=0.10, help="run again while others use more of the core than this"
    )
    args = parser.parse_args()
    noise = {"tries": args.tries, "max_noise": args.max_noise}
    pin_self(CLIENT_CPU)
    counts = [int(n) for n in args.users.split(",") if n]
    with_floor = {int(n) for n in args.floor.split(",") if n}
    print(f"load: each visitor walks the whole wizard (12 steps), think {args.think:.1f} s (0.5-1.5 x)")
    print(f"server: {'uvicorn serve:app' if args.entry == 'uvicorn' else 'streamlit run app.py'}, core 1")
    print("floor: bench/floor_app.py (same walk, same widgets, no logic), right after the wizard's run")
    runs: list[Run] = []
    floors: dict[int, Run] = {}
    floor_entry = args.entry if args.entry == "uvicorn" else "streamlit"
    with (
        Server("app", entry=args.entry, cpu=SERVER_CPU) as server,
        Server("floor", entry=floor_entry, cpu=SERVER_CPU) as bare,
    ):
        for warm in (server, bare):  # warm-up: imports, catalogues
            asyncio.run(load(warm.ws, 2, 0.0))
        print(HEADER)
        for users in counts + (list(KNEE_USERS) if args.knee else []):
            if users in KNEE_USERS and (not runs or runs[-1].percentile(95) > KNEE_MS):
                break
            runs.append(measure(server, users, args.think, **noise))
            print(runs[-1].line(), flush=True)
            if users in with_floor:
                floors[users] = measure(bare, users, args.think, **noise)
                print(floors[users].line().replace(f"  {users:>5}", f"  {'floor':>5}", 1), flush=True)
    report(runs, floors)


if __name__ == "__main__":
    main()
