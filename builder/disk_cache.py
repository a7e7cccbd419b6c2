"""Work kept between runs in ``.cache/briefing/``, keyed by the hash of what it came from.

Each cache is one JSON file of entries stamped with a fingerprint of the code that made
them: when that code (or a library it relies on) changes, the entries are dropped. A
damaged, outdated or unwritable cache only makes a run slower, never wrong.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from pathlib import Path

from builder.store import write_atomic

JsonValue = object


def code_fingerprint(versions: Mapping[str, str], files: Iterable[Path]) -> str:
    """A short hash of library versions and source files: changes when any of them does."""
    digest = hashlib.sha256(" ".join(f"{n}=={v}" for n, v in sorted(versions.items())).encode())
    for path in sorted(files):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


class JsonCache:
    """Entries persisted as one JSON file under a fingerprint (no file: memory only)."""

    def __init__(self, path: Path | None, fingerprint: str) -> None:
        self.path = path
        self.fingerprint = fingerprint
        self.entries: dict[str, JsonValue] = {}
        self.changed = False
        if path is not None and path.exists():
            try:
                stored = json.loads(path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                stored = {}
            if isinstance(stored, dict) and stored.get("fingerprint") == fingerprint:
                entries = stored.get("entries")
                self.entries = entries if isinstance(entries, dict) else {}

    def get(self, key: str) -> JsonValue | None:
        return self.entries.get(key)

    def put(self, key: str, value: JsonValue) -> None:
        self.entries[key] = value
        self.changed = True

    def keep_only(self, keys: Iterable[str]) -> None:
        """Forget every entry but these (what the last run used), so the file cannot grow
        with every edit ever made."""
        wanted = set(keys)
        if any(key not in wanted for key in self.entries):
            self.entries = {k: v for k, v in self.entries.items() if k in wanted}
            self.changed = True

    def save(self) -> None:
        if self.path is None or not self.changed:
            return
        payload = {"fingerprint": self.fingerprint, "entries": self.entries}
        try:
            write_atomic(self.path, json.dumps(payload, ensure_ascii=False, sort_keys=True))
        except OSError:
            return  # a read-only checkout still builds, just without the cache
        self.changed = False
