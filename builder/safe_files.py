"""Reading files the collection or the user names, without hanging, exhausting memory or
leaving the project.

``Path.read_bytes`` trusts the file: ``/dev/zero`` never ends, a FIFO blocks forever, a
symbolic link may lead anywhere on the machine. :func:`read_bounded` opens without blocking,
refuses anything that is not a regular file, and never reads more than its limit;
:func:`outside_of` tells whether a path inside a folder really resolves inside it.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from pathlib import Path


class UnsafeFileError(OSError):
    """A file that is not read: not a regular file, too large, or leading outside."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _kind(mode: int) -> str | None:
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "is a folder, not a file"
    if stat.S_ISFIFO(mode):
        return "is a named pipe (FIFO), not a regular file"
    if stat.S_ISSOCK(mode):
        return "is a socket, not a regular file"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "is a device, not a regular file"
    return "is not a regular file"


def read_bounded(
    path: Path, limit: int, *, too_large: Callable[[int | None], str] | None = None
) -> bytes:
    """The bytes of the regular file ``path``, at most ``limit`` of them.

    Raises :class:`UnsafeFileError` for a device, FIFO, socket or folder (checked on the
    opened file, so a swap after a check cannot slip one in) and for a file over the
    limit (``too_large(size)`` is then the reason, ``size`` None when not known exactly);
    other failures are the usual ``OSError``.
    """
    # O_NONBLOCK: opening a FIFO with no writer would otherwise wait forever.
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    try:
        info = os.fstat(fd)
        reason = _kind(info.st_mode)
        if reason is not None:
            raise UnsafeFileError(reason)
        if info.st_size > limit:
            raise UnsafeFileError(_too_large(too_large, info.st_size, limit))
        os.set_blocking(fd, True)
        chunks: list[bytes] = []
        size = 0
        while True:
            chunk = os.read(fd, min(1 << 20, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
            if size > limit:  # a file that grew while it was read
                raise UnsafeFileError(_too_large(too_large, None, limit))
        return b"".join(chunks)
    finally:
        os.close(fd)


def _too_large(message: Callable[[int | None], str] | None, size: int | None, limit: int) -> str:
    return message(size) if message else f"is too large (the limit is {limit} bytes)"


def outside_of(path: Path, root: Path) -> bool:
    """Whether ``path`` (under ``root``) resolves to somewhere outside ``root``, through a
    symbolic link in it or in one of its folders."""
    try:
        resolved = path.resolve()
        base = root.resolve()
    except (OSError, RuntimeError):  # a symlink loop
        return True
    return resolved != base and base not in resolved.parents
