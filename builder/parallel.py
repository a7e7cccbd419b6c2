"""Spreading CPU-bound work over the machine's cores, for large collections only."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import TypeVar

from builder.owned_temp import die_with_parent

T = TypeVar("T")
R = TypeVar("R")

PARALLEL_MIN = 64  # below this, starting worker processes costs more than it saves


def usable_cores() -> int:
    """The cores this process may run on (``taskset`` and container limits included)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def map_in_processes(work: Callable[[T], R], items: Sequence[T]) -> list[R]:
    """``[work(item) for item in items]``, in order, over several processes when worth it.

    ``work`` must be a module-level function (it is pickled into the workers).
    """
    workers = min(usable_cores(), 8)
    if len(items) < PARALLEL_MIN or workers < 2:
        return [work(item) for item in items]
    # A worker waiting on the pool's pipe would outlive a parent killed with SIGKILL.
    with ProcessPoolExecutor(
        max_workers=workers, initializer=die_with_parent, initargs=(os.getpid(),)
    ) as pool:
        return list(pool.map(work, items, chunksize=max(1, len(items) // (workers * 8))))
