"""Shared fixtures: a scratch copy of the fixture project, and a CLI runner."""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from builder.article import Article
from builder.cli import cli
from builder.extract import Analysis
from builder.extract.engine import AnalysisResult, Engine
from builder.invocation import Invocation

REPO = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
FIXTURE_PROJECT = FIXTURES / "project"


def write_project_config(project: Path) -> Path:
    """mkdocs.yml for a project folder, using the repository's templates."""
    text = (REPO / "mkdocs.yml").read_text(encoding="utf-8")
    text = text.replace("docs_dir: templates/docs", f"docs_dir: {REPO / 'templates/docs'}")
    text = text.replace(
        "custom_dir: templates/overrides", f"custom_dir: {REPO / 'templates/overrides'}"
    )
    text = text.replace("templates_dir: templates", f"templates_dir: {REPO / 'templates'}")
    config = project / "mkdocs.yml"
    config.write_text(text, encoding="utf-8")
    return config


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A writable copy of tests/fixtures/project, made the current folder."""
    shutil.copytree(FIXTURE_PROJECT / "briefings", tmp_path / "briefings")
    write_project_config(tmp_path)
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.fixture
def given_engine() -> list[Engine]:
    """The extraction engine a test hands the CLI (none: the configured one is used)."""
    return []


@pytest.fixture
def run(given_engine: list[Engine]) -> Callable[..., Result]:
    """Invoke the CLI in-process; stdout and stderr are kept apart."""

    def invoke(*args: str, input: str | None = None) -> Result:
        obj = Invocation(engine=given_engine[-1] if given_engine else None)
        return CliRunner().invoke(cli, list(args), input=input, obj=obj, catch_exceptions=False)

    return invoke


@pytest.fixture(scope="session")
def built_fixture_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The fixture project built once with `briefing build` (strict) for all site tests."""
    root = tmp_path_factory.mktemp("fixture-site")
    shutil.copytree(FIXTURE_PROJECT / "briefings", root / "briefings")
    config = write_project_config(root)
    site = root / "site"
    result = CliRunner().invoke(
        cli, ["-f", str(config), "build", "--site-dir", str(site)], catch_exceptions=False
    )
    assert result.exit_code == 0, result.output
    return site


@pytest.fixture(scope="session")
def built_example_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled example briefings built with the repository's own mkdocs.yml."""
    site = tmp_path_factory.mktemp("example-site") / "site"
    result = CliRunner().invoke(
        cli,
        ["-f", str(REPO / "mkdocs.yml"), "build", "--site-dir", str(site)],
        catch_exceptions=False,
    )
    assert result.exit_code == 0, result.output
    return site


def snapshot(folder: Path) -> dict[str, str]:
    """Every file below ``folder`` with its sha256: compare before and after a command."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


class RecordingEngine:
    """An engine that finds nothing and records the size of each batch it is given."""

    name = "test 0"

    def __init__(self) -> None:
        self.batches: list[int] = []

    def analyze(self, articles: Sequence[Article]) -> Sequence[AnalysisResult]:
        self.batches.append(len(articles))
        return [Analysis() for _ in articles]


@pytest.fixture
def engine(given_engine: list[Engine]) -> list[int]:
    """The CLI given an engine that finds nothing; returns the size of each batch."""
    recording = RecordingEngine()
    given_engine.append(recording)
    return recording.batches
