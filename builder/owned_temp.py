"""Temporary folders that name the process owning them, so a crash's leftovers can be told
from a live process's work and cleaned on the next run.

Other builds may run at the same time on the machine (several projects, a test suite): a
folder is deleted only when the process named in it is provably gone, that is, no process
has its id or the one that has it started at another time. The start time comes from
``/proc`` on Linux; elsewhere a folder is removed only when its id is free.

Worker processes ask the kernel to kill them when their parent dies
(:func:`die_with_parent`), so a ``kill -9`` of a build leaves no workers blocked on a pipe.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import re
import shutil
import signal
import sys
import tempfile
from pathlib import Path

_OWNER = re.compile(r"^(\d+)\.(\d+)-")
_PR_SET_PDEATHSIG = 1


def process_start(pid: int) -> int | None:
    """When process ``pid`` started (clock ticks since boot), or None if unknown or gone."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text(encoding="ascii", errors="replace")
    except OSError:
        return None
    # The command name (field 2) may hold spaces and parentheses: fields follow its last ")".
    fields = stat.rsplit(")", 1)[-1].split()
    try:
        return int(fields[19])
    except (IndexError, ValueError):
        return None


def owner_tag(pid: int | None = None) -> str:
    """``<pid>.<start time>``, the owner part of a temporary folder's name."""
    pid = os.getpid() if pid is None else pid
    return f"{pid}.{process_start(pid) or 0}"


def owned_mkdtemp(prefix: str, folder: Path | None = None) -> Path:
    """A new folder ``<prefix><pid>.<start>-XXXXXXXX`` in ``folder`` (default: the system
    temporary folder), owned by this process."""
    return Path(tempfile.mkdtemp(prefix=f"{prefix}{owner_tag()}-", dir=folder))


def owner_is_alive(name: str, prefix: str) -> bool:
    """Whether the process named in a folder's name may still run (True when unsure)."""
    match = _OWNER.match(name.removeprefix(prefix))
    if match is None:
        return True  # not ours to judge
    pid, start = int(match[1]), int(match[2])
    if pid == os.getpid():
        return start == (process_start(pid) or 0)
    if Path("/proc/self/stat").exists():
        now = process_start(pid)
        return now is not None and (start in (0, now))
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def remove_dead_leftovers(prefix: str, folder: Path | None = None) -> list[Path]:
    """Delete the folders ``<prefix>*`` in ``folder`` whose owner has died; returns them."""
    base = Path(tempfile.gettempdir()) if folder is None else folder
    removed: list[Path] = []
    try:
        candidates = [p for p in base.iterdir() if p.name.startswith(prefix)]
    except OSError:
        return removed
    for path in candidates:
        if path.is_dir() and not path.is_symlink() and not owner_is_alive(path.name, prefix):
            shutil.rmtree(path, ignore_errors=True)
            removed.append(path)
    return removed


def die_with_parent(parent: int | None = None) -> None:
    """Ask the kernel to kill this process when its parent dies (Linux; elsewhere a no-op).

    ``parent`` is the pid of the process that forked this one: if it already died before
    the request took effect, this process exits at once. A process started by a fork
    server (whose parent is that server) is left as it is.
    """
    if sys.platform != "linux":
        return
    if parent is not None and os.getppid() != parent:
        if process_start(parent) is None:
            os._exit(1)
        return
    with contextlib.suppress(OSError, AttributeError):
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if parent is not None and os.getppid() != parent:
        os._exit(1)
