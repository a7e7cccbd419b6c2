"""Writing to briefings/: canonical brief YAML, atomic file replacement."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from builder.model import Brief
from builder.yaml_io import dump_yaml


def brief_to_yaml(brief: Brief) -> str:
    """The canonical YAML text of a brief: field order of the model, no null noise."""
    data = brief.model_dump(mode="json", by_alias=True)
    return dump_yaml(data)


def write_atomic(path: Path, content: str | bytes) -> None:
    """Replace ``path`` in one step: a crash leaves the old file or the new, never half."""
    path.parent.mkdir(parents=True, exist_ok=True)
    data = content.encode("utf-8") if isinstance(content, str) else content
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        Path(tmp).replace(path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
