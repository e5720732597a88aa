"""The browser tests under load: the whole suite N times back to back while busy loops keep every core
busy. Proves that no browser test depends on the machine being quiet (no fixed sleeps, timeouts that
hold on a busy 2-core machine). Prints each run's pytest summary, failures and wall time.

    .venv/bin/python bench/browser_tests_under_load.py [--runs 5] [--burners 2]

Each busy loop is a Python process spinning at normal priority (default: one per core), started
before the first run and stopped after the last; they compete with chromium, the two Streamlit
servers and pytest for the same cores, as another engineer's test run or a CI neighbour would.
Exits 1 if any run had a failure or an error; the full output of a failed run is kept and named.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# pytest's closing line, with -q: "1 failed, 22 passed in 170.56s (0:02:50)"
SUMMARY = re.compile(r"^=* ?(\d+ \w+(?:, \d+ \w+)*) in [\d.]+s\b.*$", re.MULTILINE)


def _spin() -> None:
    while True:
        pass


def _counts(summary: str) -> dict[str, int]:
    return {word: int(number) for number, word in re.findall(r"(\d+) (\w+)", summary)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--burners", type=int, default=os.cpu_count() or 2, help="busy loops")
    args = parser.parse_args()

    logs = Path(tempfile.mkdtemp(prefix="browser-under-load-"))
    burners = [multiprocessing.Process(target=_spin, daemon=True) for _ in range(args.burners)]
    for burner in burners:
        burner.start()
    failed_runs = 0
    walls = []
    try:
        time.sleep(2)  # the busy loops are running before the first test starts
        for run in range(1, args.runs + 1):
            log = logs / f"run-{run}.log"
            started = time.perf_counter()
            with log.open("w") as out:
                done = subprocess.run(
                    [sys.executable, "-m", "pytest", "tests/browser", "-q", "-p", "no:cacheprovider"],
                    cwd=ROOT,
                    stdout=out,
                    stderr=subprocess.STDOUT,
                    check=False,
                )
            wall = time.perf_counter() - started
            walls.append(wall)
            text = log.read_text(errors="replace")
            found = SUMMARY.findall(text)
            summary = found[-1] if found else f"no pytest summary (exit {done.returncode})"
            counts = _counts(summary)
            bad = counts.get("failed", 0) + counts.get("error", 0) + counts.get("errors", 0)
            if done.returncode != 0 or bad or not counts.get("passed"):
                failed_runs += 1
                print(f"run {run}: {summary}; wall {wall:.0f} s; FAILED, see {log}")
                for line in text.splitlines():
                    if line.startswith(("FAILED", "ERROR")):
                        print(f"    {line}")
            else:
                print(f"run {run}: {summary}; wall {wall:.0f} s; load average {os.getloadavg()[0]:.1f}")
    finally:
        for burner in burners:
            burner.terminate()
        for burner in burners:
            burner.join()
    print(
        f"{args.runs} runs with {args.burners} busy loops: {failed_runs} with a failure;"
        f" wall {min(walls):.0f}-{max(walls):.0f} s (median {sorted(walls)[len(walls) // 2]:.0f} s)"
    )
    return 1 if failed_runs else 0


if __name__ == "__main__":
    sys.exit(main())
