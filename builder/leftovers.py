"""What an interrupted ``briefing add`` can leave in a collection, for ``briefing check``.

``add`` stores the original first and writes its brief second, each file atomically, so a
crash between the two leaves a stored original that no brief names (the next ``add`` of
the same article adopts it), and a crash during a write leaves a temporary file.
"""

from __future__ import annotations

from pathlib import Path

from builder.errors import Problem, shown_path
from builder.known_articles import orphan_sources
from builder.library import brief_files
from builder.store import temporary_files


def collection_leftovers(root: Path) -> list[Problem]:
    """Orphaned stored originals and temporary files under ``root``, as problems."""
    if not root.is_dir():
        return []
    ids = {path.stem for path in brief_files([root])}
    problems = [
        Problem(
            shown_path(path),
            1,
            "file",
            "stored article that no brief names (an interrupted add?): add the article "
            "again to adopt it, or delete the file",
        )
        for path in orphan_sources(root, ids)
    ]
    problems += [
        Problem(
            shown_path(path),
            1,
            "file",
            "temporary file of an interrupted write: delete it (briefing add removes those "
            "of finished processes)",
        )
        for path in temporary_files(root)
    ]
    return problems
