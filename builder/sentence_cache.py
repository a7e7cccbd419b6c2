"""Sentences of stored articles, cached by content hash and segmented in parallel.

Segmenting is the slowest part of loading a collection (syntok takes a few milliseconds
per article), and stored articles never change: their sha256 is in the brief. So the
sentences are cached under that hash, together with a fingerprint of the reader code,
and a rebuild after adding one article segments one article. Cache misses are spread
over the machine's cores when there are many.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path

from builder.errors import InputError
from builder.parallel import map_in_processes
from builder.sentences import Sentence
from builder.store import write_atomic

CACHE_FILE = "sentences.json"


# Libraries whose upgrade can change an article's text or sentences: syntok segments,
# trafilatura finds a page's main text, lxml (libxml2) parses the page.
READER_LIBRARIES = ("syntok", "trafilatura", "lxml")


def reader_fingerprint() -> str:
    """Changes whenever the code that produces sentence numbers changes."""
    digest = hashlib.sha256(
        " ".join(f"{name}=={version(name)}" for name in READER_LIBRARIES).encode()
    )
    package = Path(__file__).resolve().parent
    for path in sorted(
        [*package.joinpath("ingest").glob("*.py"), package / "sentences.py", package / "article.py"]
    ):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


@dataclass(frozen=True)
class SegmentJob:
    """One stored article to segment: its bytes, its name for errors, its suffix."""

    data: bytes
    name: str
    suffix: str


def _segment(job: SegmentJob) -> tuple[Sentence, ...] | str:
    # The readers (trafilatura, bs4, markdown) load only on a cache miss: a warm build
    # never needs them.
    from builder.ingest import bytes_to_article

    try:
        return bytes_to_article(job.data, job.name, job.suffix).sentences
    except InputError as exc:
        return exc.message


def segment_all(jobs: Sequence[SegmentJob]) -> list[tuple[Sentence, ...] | str]:
    """Sentences of each job (or its one-line error), in order; parallel when worth it."""
    return map_in_processes(_segment, jobs)


class SentenceCache:
    """sha256 + suffix of a stored article -> its sentences, persisted as one JSON file."""

    def __init__(self, folder: Path | None) -> None:
        self.path = folder / CACHE_FILE if folder else None
        self.fingerprint = reader_fingerprint()
        self.entries: dict[str, list[list[str | int]]] = {}
        self.changed = False
        if self.path and self.path.exists():
            try:
                stored = json.loads(self.path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                stored = {}  # a damaged cache is only a slower build
            if isinstance(stored, dict) and stored.get("fingerprint") == self.fingerprint:
                self.entries = stored.get("entries", {})

    def get(self, digest: str, suffix: str) -> tuple[Sentence, ...] | None:
        rows = self.entries.get(digest + suffix)
        if rows is None:
            return None
        return tuple(Sentence(int(n), str(t), int(s), int(e), int(p)) for n, t, s, e, p in rows)

    def put(self, digest: str, suffix: str, sentences: tuple[Sentence, ...]) -> None:
        self.entries[digest + suffix] = [
            [s.number, s.text, s.start, s.end, s.paragraph] for s in sentences
        ]
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
