"""The sentence cache: same results as fresh segmentation, invalidated by content."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from builder.errors import InputError
from builder.library import load_library
from builder.sentence_cache import CACHE_FILE, SegmentJob, segment_all


def test_cached_load_equals_fresh_load(project: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    fresh = load_library(project / "briefings")
    first = load_library(project / "briefings", cache_dir=cache)
    assert (cache / CACHE_FILE).exists()
    second = load_library(project / "briefings", cache_dir=cache)
    for a, b, c in zip(fresh.briefs, first.briefs, second.briefs, strict=True):
        assert a.sentences == b.sentences == c.sentences


def test_cache_is_keyed_by_content_and_reader(project: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    load_library(project / "briefings", cache_dir=cache)
    stored = json.loads((cache / CACHE_FILE).read_text(encoding="utf-8"))
    stored["fingerprint"] = "from-an-older-reader"
    first_key = sorted(stored["entries"])[0]
    stored["entries"][first_key] = [[1, "A poisoned sentence.", 0, 20, 0]]
    (cache / CACHE_FILE).write_text(json.dumps(stored), encoding="utf-8")
    library = load_library(project / "briefings", cache_dir=cache)
    assert all("poisoned" not in s.text for b in library.briefs for s in b.sentences)


def test_damaged_cache_is_ignored(project: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    cache.mkdir()
    (cache / CACHE_FILE).write_text("{not json", encoding="utf-8")
    assert not load_library(project / "briefings", cache_dir=cache).problems


def test_parallel_segmentation_matches_serial() -> None:
    jobs = [
        SegmentJob(f"Title {i}\n\nFirst sentence {i}. Second one.\n".encode(), f"a{i}.txt", ".txt")
        for i in range(80)
    ]
    parallel = segment_all(jobs)
    assert len(parallel) == 80
    assert parallel[5] == segment_all(jobs[5:6])[0]
    assert segment_all([SegmentJob(b"", "empty.txt", ".txt")]) == ["is empty"]


def test_sentences_for_the_cache_are_the_readers_sentences() -> None:
    from builder.ingest import article_sentences, bytes_to_article
    from tests.conftest import FIXTURES, REPO

    stored = [*(REPO / "briefings" / "sources").iterdir(), *FIXTURES.rglob("*.*")]
    articles = [p for p in stored if p.suffix in (".txt", ".md", ".html")]
    assert {p.suffix for p in articles} == {".txt", ".md", ".html"}
    for path in articles:
        data = path.read_bytes()
        try:
            expected = bytes_to_article(data, path.name, path.suffix).sentences
        except InputError:
            continue
        assert article_sentences(data, path.name, path.suffix) == expected, path


def test_reading_sentences_writes_no_title(monkeypatch: pytest.MonkeyPatch) -> None:
    # Checking evidence and building the site read sentences only: writing a headline
    # would load the parser for nothing.
    from builder.ingest import article_sentences, bytes_to_article, plaintext
    from tests.conftest import FIXTURES

    def no_parser(*args: object) -> str:
        raise AssertionError("a title was written")

    data = (FIXTURES / "articles" / "wire_caption_first.txt").read_bytes()
    expected = bytes_to_article(data, "a.txt", ".txt").sentences
    monkeypatch.setattr(plaintext, "write_headline", no_parser)
    assert article_sentences(data, "a.txt", ".txt") == expected
    with pytest.raises(AssertionError, match="a title was written"):
        bytes_to_article(data, "a.txt", ".txt")
