"""The command line: help with examples, exit codes, schema, list, python -m builder."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

from builder.cli import cli
from tests.conftest import REPO

Run = Callable[..., Result]
COMMANDS = sorted(cli.commands)


@pytest.mark.parametrize("name", COMMANDS)
def test_every_command_has_help_ending_with_an_example(name: str, run: Run) -> None:
    result = run(name, "--help")
    assert result.exit_code == 0
    assert "Example:" in result.stdout
    assert result.stdout.rstrip().splitlines()[-1].strip()  # help is not empty after it


@pytest.mark.parametrize("name", COMMANDS)
def test_every_command_is_in_the_readme(name: str) -> None:
    assert f"briefing {name}" in (REPO / "README.md").read_text(encoding="utf-8")


def test_usage_errors_exit_2(run: Run) -> None:
    assert run("no-such-command").exit_code == 2
    assert run("list", "--format", "xml").exit_code == 2
    assert run("check", "does/not/exist.yaml").exit_code == 2


def test_schema_is_json_schema_of_a_brief(run: Run) -> None:
    result = run("schema")
    schema = json.loads(result.stdout)
    assert schema["$schema"].startswith("https://json-schema.org/")
    assert {
        "schema",
        "id",
        "title",
        "published",
        "source",
        "actors",
        "stakes",
        "open_questions",
        "review",
    } <= set(schema["properties"])
    assert schema["additionalProperties"] is False


def test_list_shows_briefs_newest_first(project: Path, run: Run) -> None:
    result = run("list")
    assert result.exit_code == 0
    assert [line.split()[1] for line in result.stdout.splitlines()] == [
        "2026-02-10-hostile-markup",
        "2026-02-03-tram-extension-approved",
        "2026-01-15-council-delays-tram-vote",
    ]
    assert run("list", "--story", "ashford-tram", "--format", "ids").stdout.split() == [
        "2026-02-03-tram-extension-approved",
        "2026-01-15-council-delays-tram-vote",
    ]
    rows = [
        json.loads(line)
        for line in run("list", "--tag", "testing", "--format", "jsonl").stdout.splitlines()
    ]
    assert [row["id"] for row in rows] == ["2026-02-10-hostile-markup"]


def test_list_refuses_invalid_briefs(project: Path, run: Run) -> None:
    Path("briefings/bad.yaml").write_text("id: [\n", encoding="utf-8")
    result = run("list")
    assert result.exit_code == 1
    assert result.stderr.splitlines()[-1] == "Error: 1 problem in briefings"


def test_missing_config_file_is_one_line_error(tmp_path: Path, run: Run) -> None:
    result = run("-f", str(tmp_path / "nope.yml"), "check")
    assert result.exit_code == 1
    assert result.stderr == f"Error: {tmp_path / 'nope.yml'}: configuration file not found\n"


def test_python_dash_m_builder_is_the_cli(project: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "builder", "check"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == "OK: 3 briefs checked, no problems.\n"
