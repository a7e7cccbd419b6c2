"""Keeping Python's cycle collector out of the way of large, long-lived data.

Loading 10,000 briefs creates millions of objects that live until the build ends and
form no garbage cycles. The cycle collector would scan them again and again as they are
made, and then at every full collection while MkDocs works: at that size, more than
half of the time of loading. So collection pauses while they are built, and a build that
will not load again (not ``mkdocs serve``) freezes them: the collector then skips them.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Run the block without cyclic garbage collection (reference counting still frees)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def freeze_long_lived() -> None:
    """Exempt every object alive now from later collections, for the rest of the process."""
    gc.freeze()
