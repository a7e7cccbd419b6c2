"""Work the build hands to a child process running below the build's priority.

Deleting the last site (some 25,000 files at 10,000 briefs) and indexing the search
records need not hold the build up: a small Python child lowers its priority, runs an
optional command, then deletes the folders it was given. The build comes first; the
child takes the CPU time that is left. It imports nothing of the builder, so it starts
at once.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import IO

NICENESS = 10

_SCRIPT = """
import os, shutil, subprocess, sys, threading, time
os.nice(int(sys.argv[1]))
parent = int(sys.argv[2])
split = sys.argv.index("--")
folders, command = sys.argv[3:split], sys.argv[split + 1:]
child = subprocess.Popen(command, stdin=subprocess.DEVNULL) if command else None
def watch():
    # Polling, not PR_SET_PDEATHSIG: that fires when the *thread* that started us ends.
    while os.getppid() == parent:
        time.sleep(0.2)
    if child is not None:
        child.kill()
    os._exit(1)
if parent:
    threading.Thread(target=watch, daemon=True).start()
status = child.wait() if child is not None else 0
for folder in folders:
    shutil.rmtree(folder, ignore_errors=True)
sys.exit(status)
"""


def start_below_build(
    *,
    delete: Sequence[Path],
    command: Sequence[str] = (),
    output: int | IO[bytes] = subprocess.DEVNULL,
    own_group: bool = False,
    die_with_build: bool = False,
) -> subprocess.Popen[bytes]:
    """Run ``command`` (if any), then delete the ``delete`` folders, at a lower priority.

    The command's status is the child's; ``output`` takes its stdout and stderr. With
    ``own_group`` the child leads a process group, which can be killed as a whole. With
    ``die_with_build`` the child and its command are killed if this process dies (Linux),
    for work no one would wait for; deleting an old site goes on regardless.
    """
    parent = str(os.getpid()) if die_with_build else "0"
    return subprocess.Popen(
        [sys.executable, "-c", _SCRIPT, str(NICENESS), parent, *map(str, delete), "--", *command],
        stdin=subprocess.DEVNULL,
        stdout=output,
        stderr=output,
        start_new_session=own_group,
    )
