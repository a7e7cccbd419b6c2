"""The cache of parsed briefs: same briefs and problems as a fresh parse, keyed by content."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

import builder.library
from builder.brief_cache import CACHE_FILE
from builder.errors import Problem
from builder.library import Library, load_library

TRAM = "2026-01-15-council-delays-tram-vote"


@pytest.fixture
def parses(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The files actually parsed from YAML (not taken from the cache), in-process."""
    seen: list[Path] = []
    real = builder.library._parse_file

    def counting(file: builder.library._BriefFile, problems: list[Problem]) -> object:
        seen.append(file.path)
        return real(file, problems)

    monkeypatch.setattr(builder.library, "_parse_file", counting)
    return seen


def _same(a: Library, b: Library) -> None:
    assert [x.brief for x in a.briefs] == [y.brief for y in b.briefs]
    assert a.problems == b.problems


def test_a_rebuild_parses_nothing_and_loads_the_same_briefs(
    project: Path, tmp_path: Path, parses: list[Path]
) -> None:
    cache = tmp_path / "cache"
    fresh = load_library(project / "briefings", cache_dir=cache)
    assert len(parses) == 3
    assert (cache / CACHE_FILE).exists()
    parses.clear()
    again = load_library(project / "briefings", cache_dir=cache)
    assert parses == []
    _same(fresh, again)


def test_an_edited_brief_is_parsed_again(project: Path, tmp_path: Path, parses: list[Path]) -> None:
    cache = tmp_path / "cache"
    load_library(project / "briefings", cache_dir=cache)
    path = project / "briefings" / f"{TRAM}.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("title: ", "title: Edited ", 1), encoding="utf-8"
    )
    parses.clear()
    library = load_library(project / "briefings", cache_dir=cache)
    assert parses == [path]
    assert library.by_id()[TRAM].brief.title.startswith("Edited ")


def test_problems_found_later_keep_their_lines_when_cached(project: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    load_library(project / "briefings", cache_dir=cache)
    # Removing the answering brief leaves a dangling answered_by in a cached, unchanged file.
    (project / "briefings" / "2026-02-03-tram-extension-approved.yaml").unlink()
    cached = load_library(project / "briefings", cache_dir=cache)
    fresh = load_library(project / "briefings")
    assert cached.problems == fresh.problems
    assert [str(p) for p in cached.problems] == [
        f"briefings/{TRAM}.yaml:57: open_questions[0].answered_by: "
        "no brief has the id '2026-02-03-tram-extension-approved'"
    ]


def test_a_cached_brief_copied_under_another_name_still_fails_the_id_check(
    project: Path, tmp_path: Path
) -> None:
    cache = tmp_path / "cache"
    load_library(project / "briefings", cache_dir=cache)
    shutil.copy(project / "briefings" / f"{TRAM}.yaml", project / "briefings" / "copy.yaml")
    problems = [str(p) for p in load_library(project / "briefings", cache_dir=cache).problems]
    assert f"briefings/copy.yaml:2: id: '{TRAM}' differs from the file name 'copy'" in problems


def test_files_with_problems_are_never_cached(project: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    (project / "briefings" / "bad.yaml").write_text("id: [unclosed\n", encoding="utf-8")
    first = load_library(project / "briefings", cache_dir=cache)
    second = load_library(project / "briefings", cache_dir=cache)
    assert first.problems == second.problems
    assert any(p.path.endswith("bad.yaml") for p in second.problems)
    entries = json.loads((cache / CACHE_FILE).read_text(encoding="utf-8"))["entries"]
    assert len(entries) == 3


@pytest.mark.parametrize("damage", ["fingerprint", "entry", "file"])
def test_a_damaged_or_outdated_cache_is_ignored(
    project: Path, tmp_path: Path, parses: list[Path], damage: str
) -> None:
    cache = tmp_path / "cache"
    fresh = load_library(project / "briefings", cache_dir=cache)
    stored = json.loads((cache / CACHE_FILE).read_text(encoding="utf-8"))
    if damage == "fingerprint":
        # An entry from an older schema, which would load a different title, is not used.
        stored["fingerprint"] = "older-schema"
        for key, entry in stored["entries"].items():
            stored["entries"][key] = entry.replace('"title":"', '"title":"Poisoned ')
        text = json.dumps(stored)
    elif damage == "entry":
        for key in stored["entries"]:
            stored["entries"][key] = '{"not": "a brief"}'
        text = json.dumps(stored)
    else:
        text = "{not json"
    (cache / CACHE_FILE).write_text(text, encoding="utf-8")
    parses.clear()
    again = load_library(project / "briefings", cache_dir=cache)
    assert len(parses) == 3
    _same(fresh, again)


def test_the_cache_keeps_only_what_the_last_load_used(project: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    load_library(project / "briefings", cache_dir=cache)
    (project / "briefings" / f"{TRAM}.yaml").unlink()
    load_library(project / "briefings", cache_dir=cache)
    entries = json.loads((cache / CACHE_FILE).read_text(encoding="utf-8"))["entries"]
    assert len(entries) == 2
