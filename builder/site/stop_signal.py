"""SIGTERM treated as Ctrl+C while serving, so MkDocs' own clean-up runs.

MkDocs removes its ``mkdocs_*`` build folder only when the server stops by
KeyboardInterrupt; the default SIGTERM handler ends the process at once and leaves the
folder in the temporary directory. A service manager, ``kill`` or a closed terminal
session all send SIGTERM.
"""

from __future__ import annotations

import os
import signal
import threading
from collections.abc import Callable
from types import FrameType

Handler = Callable[[int, FrameType | None], object] | int | None


def stop_like_ctrl_c(serving_pid: int) -> Callable[[int, FrameType | None], None]:
    """A SIGTERM handler that stops the server as Ctrl+C does, so its clean-up runs."""

    def handler(signum: int, frame: FrameType | None) -> None:
        if os.getpid() != serving_pid:
            # A worker forked while loading briefs inherits the handler: it ends as usual.
            signal.signal(signal.SIGTERM, signal.SIG_DFL)
            os.kill(os.getpid(), signal.SIGTERM)
            return
        raise KeyboardInterrupt

    return handler


def take_sigterm_if_default() -> Handler | None:
    """Install :func:`stop_like_ctrl_c` unless someone already handles SIGTERM.

    Returns the handler to restore, or None when nothing was changed (not the main
    thread, or `briefing serve` — or the embedding program — has its own handler).
    """
    if threading.current_thread() is not threading.main_thread():
        return None
    if signal.getsignal(signal.SIGTERM) is not signal.SIG_DFL:
        return None
    return signal.signal(signal.SIGTERM, stop_like_ctrl_c(os.getpid()))


def give_back_sigterm(previous: Handler | None) -> None:
    if previous is not None and threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, previous)
