"""A progress bar for long batches, on standard error and only when it is a terminal.

Standard output stays clean for what a command prints (a brief, JSON lines), so a bar
never mixes into a pipe or a file; in a terminal it disappears when the work is done.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any


class Bar:
    """Advances by one item (call it); :meth:`stage` switches to a step of unknown length."""

    def __init__(self, progress: Any = None, task: Any = None) -> None:
        self._progress = progress
        self._task = task

    def advance(self) -> None:
        if self._progress is not None:
            self._progress.advance(self._task)

    __call__ = advance  # ``with progress_bar(...) as tick: tick()`` reads well in a loop

    def stage(self, description: str) -> None:
        if self._progress is not None:
            self._progress.update(self._task, description=description, total=None, completed=0)


@contextmanager
def progress_bar(total: int, description: str) -> Iterator[Bar]:
    """A bar for ``total`` items, shown only for two or more items in a terminal."""
    if total < 2 or not sys.stderr.isatty():
        yield Bar()
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
               TimeElapsedColumn())  # fmt: skip
    with Progress(*columns, console=Console(stderr=True), transient=True) as progress:
        yield Bar(progress, progress.add_task(description, total=total))
