"""Work handed to a child below the build's priority: the command runs, its status and
output come back, and the folders are deleted afterwards, even when the command fails."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from builder.background import NICENESS, start_below_build


def _folder(root: Path, name: str) -> Path:
    folder = root / name / "deep"
    folder.mkdir(parents=True)
    (folder / "file.txt").write_text("x", encoding="utf-8")
    return root / name


def test_the_command_runs_below_the_build_then_the_folders_go(tmp_path: Path) -> None:
    folders = [_folder(tmp_path, "a"), _folder(tmp_path, "b")]
    # The command sees its input, which is deleted only once it has finished.
    probe = f"import os; print(os.nice(0), os.path.isdir({str(folders[0])!r}))"
    command = [sys.executable, "-c", probe]
    with tempfile.TemporaryFile() as output:
        assert start_below_build(delete=folders, command=command, output=output).wait() == 0
        output.seek(0)
        niceness, saw_input = output.read().decode().split()
    assert int(niceness) == min(19, os.nice(0) + NICENESS)
    assert saw_input == "True"
    assert not any(folder.exists() for folder in folders)


def test_a_failing_command_keeps_its_status_and_the_folders_still_go(tmp_path: Path) -> None:
    folder = _folder(tmp_path, "records")
    command = [sys.executable, "-c", "import sys; sys.exit(3)"]
    assert start_below_build(delete=[folder], command=command).wait() == 3
    assert not folder.exists()


def test_without_a_command_it_only_deletes(tmp_path: Path) -> None:
    folder = _folder(tmp_path, "old-site")
    assert start_below_build(delete=[folder]).wait() == 0
    assert not folder.exists()
