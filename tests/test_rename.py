"""`briefing rename OLD NEW`: the brief, its stored original and every answered_by move together."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml
from click.testing import Result

import builder.rename
from builder.library import load_library

from .conftest import snapshot

Run = Callable[..., Result]
OLD = "2026-02-03-tram-extension-approved"
NEW = "2026-02-03-calder-approves-tram-extension"
ANSWERING = "2026-01-15-council-delays-tram-vote"


def _yaml(project: Path, brief_id: str) -> dict[str, object]:
    data = yaml.safe_load((project / "briefings" / f"{brief_id}.yaml").read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def test_rename_moves_the_brief_and_its_original_and_fixes_answered_by(
    project: Path, run: Run
) -> None:
    briefings = project / "briefings"
    referring = (briefings / f"{ANSWERING}.yaml").read_text(encoding="utf-8")
    assert f"answered_by: {OLD}" in referring
    original = next((briefings / "sources").glob(f"{OLD}.*"))
    data = original.read_bytes()

    result = run("rename", OLD, NEW)

    assert result.exit_code == 0, result.output
    assert result.stdout == (
        f"renamed {OLD} to {NEW}: briefings/{NEW}.yaml "
        f"(original: briefings/sources/{NEW}{original.suffix})\n"
        f"  answered_by updated in briefings/{ANSWERING}.yaml\n"
    )
    assert not (briefings / f"{OLD}.yaml").exists() and not original.exists()
    assert (briefings / "sources" / f"{NEW}{original.suffix}").read_bytes() == data
    renamed = _yaml(project, NEW)
    assert renamed["id"] == NEW
    assert renamed["source"] == {**renamed["source"], "file": f"sources/{NEW}{original.suffix}"}  # type: ignore[dict-item]
    # Only the answered_by line changed in the brief that points at it.
    after = (briefings / f"{ANSWERING}.yaml").read_text(encoding="utf-8")
    assert after == referring.replace(f"answered_by: {OLD}", f"answered_by: {NEW}")
    library = load_library(briefings)
    assert not library.problems
    assert NEW in {b.brief.id for b in library.briefs}


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("nope", NEW), "Error: no brief has the id 'nope' in briefings\n"),
        (
            (OLD, "Bad_Id"),
            "Error: 'Bad_Id' is not a valid id: use lower-case letters, digits and single "
            "hyphens (e.g. 2026-03-02-harbour-board-approves-dredging-plan)\n",
        ),
        ((OLD, ANSWERING), f"Error: the id '{ANSWERING}' is already taken in briefings\n"),
        ((OLD, OLD), f"Error: '{OLD}' already has that id\n"),
    ],
)
def test_rename_refuses_with_one_line_and_changes_nothing(
    project: Path, run: Run, args: tuple[str, str], message: str
) -> None:
    before = snapshot(project / "briefings")
    result = run("rename", *args)
    assert result.exit_code == 1
    assert result.stderr == message
    assert snapshot(project / "briefings") == before


def test_a_failed_write_puts_everything_back(
    project: Path, run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = snapshot(project / "briefings")
    real = builder.rename.write_atomic
    calls: list[Path] = []

    def failing(path: Path, content: str | bytes) -> None:
        calls.append(path)
        if path.name == f"{ANSWERING}.yaml" and len(calls) == 3:
            raise OSError(28, os.strerror(28), str(path))
        real(path, content)

    monkeypatch.setattr(builder.rename, "write_atomic", failing)
    result = run("rename", OLD, NEW)
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: cannot write ")
    assert result.stderr.endswith("(No space left on device); nothing was renamed\n")
    assert snapshot(project / "briefings") == before


def test_rename_is_in_help_and_readme(run: Run) -> None:
    from .conftest import REPO

    assert "briefing rename" in (REPO / "README.md").read_text(encoding="utf-8")
    assert "answered_by" in run("rename", "--help").stdout
