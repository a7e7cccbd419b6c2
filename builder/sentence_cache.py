"""Sentences of stored articles, cached by content hash and segmented in parallel.

Segmenting is the slowest part of loading a collection (syntok takes a few milliseconds
per article), and stored articles never change: their sha256 is in the brief. So the
sentences are cached under that hash, together with a fingerprint of the reader code,
and a rebuild after adding one article segments one article. Cache misses are spread
over the machine's cores when there are many.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path

from builder.disk_cache import JsonCache, code_fingerprint
from builder.errors import InputError
from builder.parallel import map_in_processes
from builder.sentences import SEGMENTATION, Sentence

CACHE_FILE = "sentences.json"


# Libraries whose upgrade can change an article's text or sentences: syntok segments,
# trafilatura finds a page's main text, lxml (libxml2) parses the page.
READER_LIBRARIES = ("syntok", "trafilatura", "lxml")


def reader_fingerprint() -> str:
    """Changes whenever the code that produces sentence numbers changes."""
    package = Path(__file__).resolve().parent
    return code_fingerprint(
        {name: version(name) for name in READER_LIBRARIES},
        [
            *package.joinpath("ingest").glob("*.py"),
            package / "sentences.py",
            package / "captions.py",
            package / "quotes.py",
            package / "article.py",
        ],
    )


@dataclass(frozen=True)
class SegmentJob:
    """One stored article to segment: its bytes, its name for errors, its suffix, and the
    segmentation version its brief counts evidence in."""

    data: bytes
    name: str
    suffix: str
    segmentation: int = SEGMENTATION


def _segment(job: SegmentJob) -> tuple[Sentence, ...] | str:
    # The readers (trafilatura, bs4, markdown) load only on a cache miss: a warm build
    # never needs them.
    from builder.ingest import article_sentences

    try:
        return article_sentences(job.data, job.name, job.suffix, job.segmentation)
    except InputError as exc:
        return exc.message


def segment_all(jobs: Sequence[SegmentJob]) -> list[tuple[Sentence, ...] | str]:
    """Sentences of each job (or its one-line error), in order; parallel when worth it."""
    return map_in_processes(_segment, jobs)


class SentenceCache:
    """sha256 + suffix + segmentation version of a stored article -> its sentences,
    persisted as one JSON file."""

    def __init__(self, folder: Path | None) -> None:
        self.store = JsonCache(folder / CACHE_FILE if folder else None, reader_fingerprint())

    def get(
        self, digest: str, suffix: str, segmentation: int = SEGMENTATION
    ) -> tuple[Sentence, ...] | None:
        rows = self.store.get(_key(digest, suffix, segmentation))
        if not isinstance(rows, list):
            return None
        return tuple(Sentence(int(n), str(t), int(s), int(e), int(p)) for n, t, s, e, p in rows)

    def put(
        self,
        digest: str,
        suffix: str,
        sentences: tuple[Sentence, ...],
        segmentation: int = SEGMENTATION,
    ) -> None:
        self.store.put(
            _key(digest, suffix, segmentation),
            [[s.number, s.text, s.start, s.end, s.paragraph] for s in sentences],
        )

    def save(self) -> None:
        self.store.save()


def _key(digest: str, suffix: str, segmentation: int) -> str:
    return f"{digest}{suffix}/{segmentation}"
