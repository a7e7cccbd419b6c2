"""`briefing check`: every problem at once, as path:line: field: message, exit code 1."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

from click.testing import Result

from builder.library import load_library
from tests.conftest import snapshot

Run = Callable[..., Result]
TRAM = Path("briefings/2026-01-15-council-delays-tram-vote.yaml")
APPROVED = Path("briefings/2026-02-03-tram-extension-approved.yaml")


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_fixture_project_is_valid(project: Path, run: Run) -> None:
    result = run("check")
    assert result.exit_code == 0, result.output
    assert result.stdout == "OK: 3 briefs checked, no problems.\n"


def test_every_problem_is_reported_at_once_with_its_line(project: Path, run: Run) -> None:
    _edit(TRAM, "published: 2026-01-15", "published: 2025-13-05")
    _edit(TRAM, "story: ashford-tram", "story: ashford-tram\ncolour: blue")
    _edit(TRAM, "type: person", "type: human")
    _edit(TRAM, "mentions: 2", "mentions: two")
    _edit(
        APPROVED,
        "file: sources/2026-02-03-tram-extension-approved.txt",
        "file: sources/missing.txt",
    )
    Path("briefings/broken.yaml").write_text("schema: 1\nid: broken\ntitle: [unclosed\n")
    before = snapshot(project / "briefings")

    result = run("check")

    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.splitlines() == [
        "briefings/2026-01-15-council-delays-tram-vote.yaml:4: published: Input should be a valid"
        " date or datetime, month value is outside expected range of 1-12",
        "briefings/2026-01-15-council-delays-tram-vote.yaml:14: colour: unknown field",
        "briefings/2026-01-15-council-delays-tram-vote.yaml:30: actors[1].type: Input should be"
        " 'person', 'organization', 'place' or 'group'",
        "briefings/2026-01-15-council-delays-tram-vote.yaml:33: actors[1].mentions: Input should"
        " be a valid integer, unable to parse string as an integer",
        "briefings/2026-02-03-tram-extension-approved.yaml:11: source.file: stored article"
        " 'sources/missing.txt' does not exist",
        "briefings/broken.yaml:4:1: syntax: while parsing a flow sequence, did not find expected"
        " ',' or ']'",
        "Error: 6 problems in briefings",
    ]
    assert snapshot(project / "briefings") == before  # checking never writes


def test_id_must_equal_file_stem_and_be_unique(project: Path, run: Run) -> None:
    copy = Path("briefings/copy.yaml")
    copy.write_text(TRAM.read_text(encoding="utf-8"), encoding="utf-8")
    result = run("check")
    assert result.exit_code == 1
    assert result.stderr.splitlines()[:2] == [
        "briefings/copy.yaml:2: id: '2026-01-15-council-delays-tram-vote' differs from the file"
        " name 'copy'",
        "briefings/copy.yaml:2: id: duplicate id '2026-01-15-council-delays-tram-vote' (also in"
        " briefings/2026-01-15-council-delays-tram-vote.yaml)",
    ]


def test_evidence_outside_the_source_is_an_error(project: Path, run: Run) -> None:
    _edit(TRAM, "evidence: [7]", "evidence: [7, 40]")
    result = run("check")
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0] == (
        "briefings/2026-01-15-council-delays-tram-vote.yaml:55: open_questions[0].evidence:"
        " sentence 40 does not exist ('sources/2026-01-15-council-delays-tram-vote.txt' has 8"
        " sentences)"
    )


def test_dangling_answer_and_changed_source_are_errors(project: Path, run: Run) -> None:
    _edit(TRAM, "answered_by: 2026-02-03-tram-extension-approved", "answered_by: no-such-brief")
    source = Path("briefings/sources/2026-02-03-tram-extension-approved.txt")
    source.write_text(source.read_text(encoding="utf-8") + "\nAn extra line.\n", encoding="utf-8")
    digest = hashlib.sha256(source.read_bytes()).hexdigest()
    result = run("check")
    assert result.stderr.splitlines()[:2] == [
        "briefings/2026-01-15-council-delays-tram-vote.yaml:57: open_questions[0].answered_by: no"
        " brief has the id 'no-such-brief'",
        "briefings/2026-02-03-tram-extension-approved.yaml:12: source.sha256: does not match the"
        f" stored article (its sha256 is {digest})",
    ]


def test_status_and_answer_must_agree(project: Path, run: Run) -> None:
    _edit(TRAM, "status: answered", "status: open")
    result = run("check")
    assert result.stderr.splitlines()[0] == (
        "briefings/2026-01-15-council-delays-tram-vote.yaml:57: open_questions[0].answered_by:"
        " is set but status is 'open' (set status: answered)"
    )


def test_unsafe_yaml_tags_are_refused_not_executed(project: Path, run: Run) -> None:
    marker = project / "pwned"
    Path("briefings/evil.yaml").write_text(
        f'!!python/object/apply:os.system ["touch {marker}"]\n', encoding="utf-8"
    )
    result = run("check")
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0] == (
        "briefings/evil.yaml:1:1: syntax: tag '!!python/object/apply:os.system' is not allowed"
        " (briefs are plain YAML)"
    )
    assert not marker.exists()


def test_check_only_named_files_still_resolves_references(project: Path, run: Run) -> None:
    Path("briefings/broken.yaml").write_text("id: [\n", encoding="utf-8")
    result = run("check", str(TRAM))
    assert result.exit_code == 0, result.output
    assert result.stdout == "OK: 1 brief checked, no problems.\n"


def test_empty_and_scalar_files_are_errors(project: Path, run: Run) -> None:
    Path("briefings/empty.yaml").write_text("", encoding="utf-8")
    Path("briefings/scalar.yaml").write_text("just text\n", encoding="utf-8")
    result = run("check")
    assert result.stderr.splitlines()[:2] == [
        "briefings/empty.yaml:1: brief: must be a mapping of fields, not an empty file",
        "briefings/scalar.yaml:1: brief: must be a mapping of fields, not a single value",
    ]


def test_duplicate_keys_are_errors(project: Path, run: Run) -> None:
    _edit(TRAM, "tags: [transport, budget]", "tags: [transport, budget]\ntags: [other]")
    result = run("check")
    assert result.stderr.splitlines()[0] == (
        "briefings/2026-01-15-council-delays-tram-vote.yaml:15: tags: duplicate key (the earlier"
        " value would be lost)"
    )


def test_library_keeps_evidence_sentences(project: Path) -> None:
    library = load_library(project / "briefings")
    assert not library.problems
    tram = library.by_id()["2026-01-15-council-delays-tram-vote"]
    assert tram.quote(7) == (
        "It is not yet clear whether the transport authority's offer will"
        " stand if the vote slips past March."
    )
