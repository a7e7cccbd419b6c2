"""The extraction engine seam: engines are passed in, and every draft is grounded."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest
from click.testing import Result

from builder.add import Extracted, add_articles, extract_records
from builder.article import Article
from builder.errors import InputError
from builder.extract import ENGINE, Analysis
from builder.extract.engine import AnalysisResult, BuiltinEngine, Engine, EngineFailure
from builder.grounding import GroundingProblem, grounding_problems
from builder.ingest.sources import expand_sources, load_input, read_input
from builder.library import load_library
from builder.model import Brief, OpenQuestion, Stake
from builder.sentences import Sentence

from .conftest import FIXTURES, snapshot

Run = Callable[..., Result]
ARTICLES = FIXTURES / "articles"
NOW = dt.datetime(2026, 12, 1, 9, 30, tzinfo=dt.UTC)


class ScriptedEngine:
    """Gives each article the result a test wrote for its title (else an empty analysis)."""

    name = "scripted 1"

    def __init__(self, results: dict[str, AnalysisResult]) -> None:
        self.results = results
        self.seen: list[str] = []

    def analyze(self, articles: Sequence[Article]) -> Sequence[AnalysisResult]:
        self.seen += [a.title for a in articles]
        return [self.results.get(a.title, Analysis(engine=self.name)) for a in articles]


def _tram_brief() -> tuple[Brief, tuple[Sentence, ...]]:
    library = load_library(FIXTURES / "project" / "briefings")
    item = library.by_id()["2026-01-15-council-delays-tram-vote"]
    return item.brief, item.sentences


def test_grounding_is_a_pure_function_of_brief_and_sentences() -> None:
    brief, sentences = _tram_brief()
    assert grounding_problems(brief, sentences) == []
    stake = Stake(text="A stake.", evidence=[2, 9])
    question = OpenQuestion(text="Why?", evidence=[12])
    changed = brief.model_copy(update={"stakes": [stake], "open_questions": [question]})

    problems = grounding_problems(changed, sentences)

    message = (
        "sentence {} does not exist ('sources/2026-01-15-council-delays-tram-vote.txt' has 8 "
        "sentences)"
    )
    assert problems == [
        GroundingProblem(("stakes", 0, "evidence", 1), "stakes[0].evidence", message.format(9)),
        GroundingProblem(
            ("open_questions", 0, "evidence", 0), "open_questions[0].evidence", message.format(12)
        ),
    ]
    assert str(problems[0]) == f"stakes[0].evidence: {message.format(9)}"


def test_the_builtin_engine_is_the_default_and_names_itself() -> None:
    engine: Engine = BuiltinEngine()
    assert engine.name == ENGINE == "builtin 0.1"
    (analysis,) = engine.analyze([Article(title="Empty", text="")])
    assert analysis == Analysis()


def test_an_ungrounded_draft_is_never_written(project: Path, run: Run) -> None:
    names = ("clean.txt", "front_matter.md")
    for name in names:
        shutil.copy(ARTICLES / name, project / name)
    titles = _titles(names)
    before = snapshot(project / "briefings")
    bad = Analysis(stakes=[Stake(text="Made up.", evidence=[99])], engine="scripted 1")

    outcomes = add_articles(
        expand_sources(names),
        project / "briefings",
        today=NOW.date(),
        now=NOW,
        engine=ScriptedEngine({titles[0]: bad}),
    )

    assert [o.status for o in outcomes] == ["failed", "added"]
    assert outcomes[0].detail.startswith(
        "the scripted 1 engine gave evidence not in the article: stakes[0].evidence: "
        "sentence 99 does not exist ('sources/"
    )
    after = snapshot(project / "briefings")
    assert sorted(set(after) - set(before)) == sorted(
        str(path.relative_to(project / "briefings")) for path in outcomes[1].written
    )


def test_a_failed_article_does_not_stop_the_batch(project: Path, run: Run) -> None:
    for name in ("clean.txt", "front_matter.md"):
        shutil.copy(ARTICLES / name, project / name)
    titles = _titles(("clean.txt", "front_matter.md"))
    engine = ScriptedEngine({titles[0]: EngineFailure("llm: the server answered 500")})

    results = _records(("clean.txt", "front_matter.md"), engine)

    assert engine.seen == titles  # one batch, in order
    assert str(results[0]) == "clean.txt: llm: the server answered 500"
    assert isinstance(results[1], Extracted)
    assert results[1].brief.extraction.engine == "scripted 1"

    outcomes = add_articles(
        expand_sources(("clean.txt", "front_matter.md")),
        project / "briefings",
        today=NOW.date(),
        now=NOW,
        engine=engine,
    )
    assert (outcomes[0].status, outcomes[0].detail) == ("failed", "llm: the server answered 500")
    assert outcomes[1].status == "added"
    assert not load_library(project / "briefings").problems


def _records(names: tuple[str, ...], engine: Engine) -> list[Extracted | InputError]:
    return extract_records(expand_sources(names), today=NOW.date(), now=NOW, engine=engine)


def _titles(names: tuple[str, ...]) -> list[str]:
    """The titles the readers give these files (scripted engines answer by title)."""
    return [read_input(load_input(s)).title for s in expand_sources(names)]  # type: ignore[arg-type]


def test_extract_needs_no_project(
    tmp_path: Path, run: Run, engine: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    shutil.copy(ARTICLES / "clean.txt", tmp_path / "clean.txt")

    result = run("extract", "--format", "jsonl", "clean.txt")

    assert result.exit_code == 0, result.output
    assert engine == [1]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["clean.txt"]  # nothing written
