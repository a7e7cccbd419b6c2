"""Writing to briefings/: canonical brief YAML, atomic file replacement."""

from __future__ import annotations

import os
import re
import stat
import tempfile
from pathlib import Path

from builder.model import Brief
from builder.owned_temp import owner_is_alive, owner_tag
from builder.yaml_io import dump_yaml


def brief_to_yaml(brief: Brief) -> str:
    """The canonical YAML text of a brief: field order of the model, no null noise."""
    data = brief.model_dump(mode="json", by_alias=True)
    return dump_yaml(data)


TEMP_SUFFIX = ".tmp"
_TEMP = re.compile(r"^\..+\.(\d+\.\d+-)[^.]+\.tmp$")


def write_atomic(path: Path, content: str | bytes) -> None:
    """Replace ``path`` in one step: a crash leaves the old file or the new, never half.

    The file gets the permissions of the file it replaces, or those the umask gives a new
    file (a temporary file alone would be private to its owner). The temporary file is
    ``.<name>.<pid>.<start>-XXXX.tmp``, ignored by git and removable once its writer died.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    data = content.encode("utf-8") if isinstance(content, str) else content
    try:
        mode = stat.S_IMODE(path.stat().st_mode)
    except FileNotFoundError:
        mode = 0o666 & ~_umask()
    fd, tmp = tempfile.mkstemp(
        prefix=f".{path.name}.{owner_tag()}-", suffix=TEMP_SUFFIX, dir=path.parent
    )
    try:
        os.fchmod(fd, mode)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        Path(tmp).replace(path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _umask() -> int:
    try:
        for line in Path("/proc/self/status").read_text(encoding="ascii").splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    current = os.umask(0o022)  # reading the umask means setting it: put it straight back
    os.umask(current)
    return current


def temporary_files(folder: Path) -> list[Path]:
    """Temporary files of :func:`write_atomic` below ``folder`` (writes that were cut off,
    or are under way)."""
    return sorted(p for p in folder.rglob(f".*{TEMP_SUFFIX}") if _TEMP.match(p.name))


def remove_dead_temporaries(folder: Path) -> None:
    """Delete the temporary files below ``folder`` whose writer has died."""
    for path in temporary_files(folder) if folder.is_dir() else []:
        match = _TEMP.match(path.name)
        if match and not owner_is_alive(match[1], ""):
            path.unlink(missing_ok=True)
