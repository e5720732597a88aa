"""Benchmark: rules-engine assessments per second on one core, for a realistic mix of answers.

    python bench/bench_logic.py [--seconds 3] [--runs 5]

The mix (fixed seed): 60 % fully known answers over every permit basis, 30 % with one to three
unknown answers, 10 % invalid (refused with InvalidAnswers). Each item is a plain dict, as it
arrives from the wizard or the command line, and is parsed with `Answers.model_validate` first.
Prints the median of several runs, and the ratio against a floor measured in the same run:
parsing the same dicts into `Answers` and nothing else. "cold" clears the decision cache before
every assessment (the worst case); "warm" is a long-running server process.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import contextlib

from logic import Answers, InvalidAnswers, PermitBasis, ReferencePersonBasis, assess
from logic.decision import explore

ON = date(2026, 11, 29)
OPTIONAL = [
    "date_of_birth",
    "permit_granted_on",
    "settled_on",
    "settled_by_agreement",
    "declined_or_dropped_out",
    "reference_person_settled_on",
]


def _day(rng: random.Random, start: date, end: date) -> date:
    return start + timedelta(days=rng.randrange(max(1, (end - start).days)))


def make_mix(count: int, seed: int = 2026) -> list[dict[str, Any]]:
    """Answer dicts: fully known, with unknowns, and invalid, in a fixed realistic proportion."""
    rng = random.Random(seed)
    items: list[dict[str, Any]] = []
    for i in range(count):
        permit = _day(rng, date(2021, 1, 1), ON)
        settled = _day(rng, permit, ON)
        answers: dict[str, Any] = {
            "permit_basis": rng.choice(list(PermitBasis)).value,
            "date_of_birth": _day(rng, date(1950, 1, 1), date(2008, 1, 1)).isoformat(),
            "permit_granted_on": permit.isoformat(),
            "settled": True,
            "settled_on": settled.isoformat(),
            "settled_by_agreement": rng.random() < 0.8,
            "declined_or_dropped_out": rng.random() < 0.05,
        }
        if answers["permit_basis"] == "family_immigration":
            answers["reference_person_basis"] = rng.choice(list(ReferencePersonBasis)).value
            answers["reference_person_settled_at_application"] = True
            answers["reference_person_settled_on"] = _day(rng, date(2015, 1, 1), permit).isoformat()
            answers["family_application_on"] = _day(rng, date(2020, 1, 1), permit).isoformat()
        kind = i % 10
        if kind in (6, 7, 8):  # 30 %: one to three unknown answers
            for field in rng.sample(OPTIONAL, rng.randint(1, 3)):
                answers.pop(field, None)
        elif kind == 9:  # 10 %: invalid (a permit before birth, or a date in the future)
            if rng.random() < 0.5:
                answers["permit_granted_on"] = "1949-01-01"
            else:
                answers["settled_on"] = (ON + timedelta(days=30)).isoformat()
        items.append(answers)
    return items


def parse_only(item: dict[str, Any]) -> None:
    Answers.model_validate(item)


def assess_warm(item: dict[str, Any]) -> None:
    with contextlib.suppress(InvalidAnswers):
        assess(Answers.model_validate(item), ON)


def assess_cold(item: dict[str, Any]) -> None:
    explore.cache_clear()
    assess_warm(item)


def rate(work: Callable[[dict[str, Any]], None], items: list[dict[str, Any]], seconds: float) -> float:
    """Items per second over at least `seconds`."""
    done = 0
    start = time.perf_counter()
    while True:
        for item in items:
            work(item)
        done += len(items)
        elapsed = time.perf_counter() - start
        if elapsed >= seconds:
            return done / elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--seconds", type=float, default=2.0, help="time per measurement")
    parser.add_argument("--runs", type=int, default=5, help="measurements per figure (median)")
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {max(os.sched_getaffinity(0))})  # one core
    items = make_mix(2000)
    for item in items[:200]:  # warm imports and caches
        assess_warm(item)
    figures: dict[str, list[float]] = {
        "parse only (floor)": [],
        "assess, warm cache": [],
        "assess, cold cache": [],
    }
    for _ in range(args.runs):
        figures["parse only (floor)"].append(rate(parse_only, items, args.seconds))
        figures["assess, warm cache"].append(rate(assess_warm, items, args.seconds))
        figures["assess, cold cache"].append(rate(assess_cold, items, args.seconds))
    floor = statistics.median(figures["parse only (floor)"])
    print(f"rules engine benchmark: {len(items)} answer sets (60 % known, 30 % unknowns, 10 % invalid)")
    print(f"one core, median of {args.runs} runs of {args.seconds:.1f} s, Python {sys.version.split()[0]}")
    for name, values in figures.items():
        median = statistics.median(values)
        print(f"  {name:<22} {median:>10,.0f} per second   {median / floor:5.2f} x floor")
    goal = 20_000
    warm = statistics.median(figures["assess, warm cache"])
    print(f"goal {goal:,} assessments per second (warm): {'met' if warm >= goal else 'NOT met'}")


if __name__ == "__main__":
    main()
