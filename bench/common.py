"""What the benchmarks share: one-core pinning and best-of-N rates."""

from __future__ import annotations

import os
import time
from collections.abc import Callable


def pin_to_one_core() -> None:
    """Run on one core, as the targets are stated ("on one core"), where the OS allows."""
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})


def best_rate(work: Callable[[], object], count: int, rounds: int = 3) -> float:
    """Items per second of the fastest of ``rounds`` runs: other processes on a shared
    machine only ever slow a run down."""
    return best_rates({"work": work}, count, rounds)["work"]


def best_rates(
    works: dict[str, Callable[[], object]], count: int, rounds: int = 3
) -> dict[str, float]:
    """Items per second of the fastest run of each work, the works taking turns round by
    round, so a load that comes and goes on a shared machine falls on all of them alike
    and the ratios between them hold."""
    best = dict.fromkeys(works, float("inf"))
    for _ in range(rounds):
        for name, work in works.items():
            start = time.perf_counter()
            work()
            best[name] = min(best[name], time.perf_counter() - start)
    return {name: count / seconds for name, seconds in best.items()}
