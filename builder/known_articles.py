"""What a briefings folder already holds: ids, article hashes and URLs, brief files.

``briefing add`` reads it once, before adding anything, to give new briefs free ids and
to recognise an article added before (same bytes or same canonical URL).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import yaml

from builder.brief_limits import MAX_BRIEF_BYTES
from builder.ingest import decode
from builder.library import SOURCES_DIR, brief_files
from builder.safe_files import outside_of, read_bounded
from builder.yaml_io import YamlSyntaxError, check_yaml_shape

_FastLoader = getattr(yaml, "CBaseLoader", yaml.BaseLoader)


@dataclass
class KnownArticles:
    """The ids, hashes and URLs already in a briefings folder, for ids and de-duplication."""

    root: Path
    ids: set[str] = field(default_factory=set)
    by_sha256: dict[str, str] = field(default_factory=dict)
    by_url: dict[str, str] = field(default_factory=dict)
    paths: dict[str, Path] = field(default_factory=dict)  # id -> its brief file on disk
    # sha256 -> stored original that no brief names (an add cut off before its brief)
    orphans: dict[str, Path] = field(default_factory=dict)

    @classmethod
    def load(cls, root: Path) -> KnownArticles:
        known = cls(root)
        for path in brief_files([root]) if root.is_dir() else []:
            known.ids.add(path.stem)
            data = _brief_data(path, root)
            brief_id = str(data.get("id") or path.stem)
            known.ids.add(brief_id)
            known.paths.setdefault(brief_id, path)
            source = data.get("source")
            if isinstance(source, dict):
                known.reserve(brief_id, source.get("sha256"), [source.get("url")])
        for path in orphan_sources(root, known.ids):
            known.ids.add(path.stem)
            try:
                stored = read_bounded(path, decode.MAX_BYTES)
            except OSError:
                continue
            known.orphans.setdefault(hashlib.sha256(stored).hexdigest(), path)
        return known

    def orphan_of(self, sha256: str, suffix: str, base: str) -> str | None:
        """The id of the orphaned stored original with these bytes, to adopt it: only one
        named as ``add`` names them (``base``, ``base-2``...), not any file put there."""
        path = self.orphans.get(sha256)
        if path is None or path.suffix != suffix or sha256 in self.by_sha256:
            return None
        stem = path.stem
        if stem != base and not (
            stem.startswith(f"{base}-") and stem.removeprefix(f"{base}-").isdigit()
        ):
            return None
        del self.orphans[sha256]
        return stem

    def duplicate_of(self, sha256: str | None, urls: Iterable[str | None]) -> str | None:
        """The id of a brief holding the same article (same bytes or same canonical URL)."""
        if sha256 and sha256 in self.by_sha256:
            return self.by_sha256[sha256]
        for url in urls:
            if url and canonical_url(url) in self.by_url:
                return self.by_url[canonical_url(url)]
        return None

    def reserve(self, brief_id: str, sha256: object, urls: Iterable[object]) -> None:
        """Record an id with its article's hash and URLs, so later copies are recognised."""
        self.ids.add(brief_id)
        if isinstance(sha256, str):
            self.by_sha256.setdefault(sha256, brief_id)
        for url in urls:
            if isinstance(url, str) and url:
                self.by_url.setdefault(canonical_url(url), brief_id)


def orphan_sources(root: Path, ids: set[str]) -> list[Path]:
    """Stored originals in ``root/sources`` whose name is no brief's id, sorted."""
    sources = root / SOURCES_DIR
    if not sources.is_dir() or outside_of(sources, root):
        return []
    return sorted(
        path
        for path in sources.iterdir()
        if path.stem not in ids and not path.name.startswith(".") and path.is_file()
    )


def _brief_data(path: Path, root: Path) -> dict[str, Any]:
    # Only ids, hashes and URLs are needed: the base loader keeps every scalar a string and
    # is the fastest safe way through thousands of briefs.
    try:
        if outside_of(path, root):
            return {}  # `briefing check` reports the link
        text = read_bounded(path, MAX_BRIEF_BYTES).decode("utf-8")
        check_yaml_shape(text)
        data = yaml.load(text, Loader=_FastLoader)  # noqa: S506
    except (OSError, UnicodeDecodeError, yaml.YAMLError, YamlSyntaxError):
        return {}  # a broken brief is `briefing check`'s to report; its file name still counts
    return data if isinstance(data, dict) else {}


def canonical_url(url: str) -> str:
    """A URL as compared for de-duplication: lower-case scheme and host, no fragment,
    no trailing slash, no ``utm_*`` tracking parameters."""
    parts = urlsplit(url.strip())
    query = urlencode(
        [
            (k, v)
            for k, v in parse_qsl(parts.query, keep_blank_values=True)
            if not k.lower().startswith("utm_")
        ]
    )
    path = parts.path.rstrip("/")
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), path, query, ""))
