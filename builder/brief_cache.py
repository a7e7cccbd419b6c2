"""Validated briefs cached by the sha256 of their YAML, so a rebuild re-parses only edits.

Parsing YAML with line marks and validating it is most of the cost of loading a large
collection. The cache keeps each cleanly parsed brief as JSON, which pydantic validates
again on the way out (in Rust, far faster than the YAML route). A fingerprint of the
schema and parsing code drops every entry when either changes.
"""

from __future__ import annotations

from importlib.metadata import version
from pathlib import Path

from builder.disk_cache import JsonCache, code_fingerprint
from builder.model import Brief

CACHE_FILE = "briefs.json"


def schema_fingerprint() -> str:
    """Changes whenever the code that turns YAML into a valid brief changes."""
    package = Path(__file__).resolve().parent
    return code_fingerprint(
        {name: version(name) for name in ("pydantic", "pydantic-core", "PyYAML")},
        [package / "model.py", package / "yaml_io.py", package / "library.py"],
    )


class BriefCache:
    """sha256 of a brief file -> the brief it holds."""

    def __init__(self, folder: Path | None) -> None:
        self.store = JsonCache(folder / CACHE_FILE if folder else None, schema_fingerprint())
        self.used: set[str] = set()

    def get(self, digest: str) -> Brief | None:
        entry = self.store.get(digest)
        if not isinstance(entry, str):
            return None
        try:
            brief = Brief.model_validate_json(entry)
        except ValueError:  # a damaged entry (pydantic's ValidationError is a ValueError)
            return None
        self.used.add(digest)
        return brief

    def put(self, digest: str, brief: Brief) -> None:
        self.used.add(digest)
        self.store.put(digest, brief.model_dump_json(by_alias=True))

    def save(self) -> None:
        """Keep what this run used, and write it."""
        self.store.keep_only(self.used)
        self.store.save()
