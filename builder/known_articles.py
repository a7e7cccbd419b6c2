"""What a briefings folder already holds: ids, article hashes and URLs, brief files.

``briefing add`` reads it once, before adding anything, to give new briefs free ids and
to recognise an article added before (same bytes or same canonical URL).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import yaml

from builder.library import SOURCES_DIR, brief_files

_FastLoader = getattr(yaml, "CBaseLoader", yaml.BaseLoader)


@dataclass
class KnownArticles:
    """The ids, hashes and URLs already in a briefings folder, for ids and de-duplication."""

    root: Path
    ids: set[str] = field(default_factory=set)
    by_sha256: dict[str, str] = field(default_factory=dict)
    by_url: dict[str, str] = field(default_factory=dict)
    paths: dict[str, Path] = field(default_factory=dict)  # id -> its brief file on disk

    @classmethod
    def load(cls, root: Path) -> KnownArticles:
        known = cls(root)
        for path in brief_files([root]) if root.is_dir() else []:
            known.ids.add(path.stem)
            data = _brief_data(path)
            brief_id = str(data.get("id") or path.stem)
            known.ids.add(brief_id)
            known.paths.setdefault(brief_id, path)
            source = data.get("source")
            if isinstance(source, dict):
                known.reserve(brief_id, source.get("sha256"), [source.get("url")])
        sources = root / SOURCES_DIR
        if sources.is_dir():
            known.ids.update(path.stem for path in sources.iterdir())
        return known

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


def _brief_data(path: Path) -> dict[str, Any]:
    # Only ids, hashes and URLs are needed: the base loader keeps every scalar a string and
    # is the fastest safe way through thousands of briefs.
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_FastLoader)  # noqa: S506
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
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
