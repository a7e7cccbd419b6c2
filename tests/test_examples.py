"""The bundled example briefings: valid, rich enough to show every page type, and stable.

The evidence golden file lists every sentence each example cites. A change to the
readers or the sentence splitter that shifts numbering shows up here as a diff, instead
of silently pointing briefs at the wrong sentences.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

from builder.library import Library, load_library
from tests.conftest import REPO
from tests.golden import assert_golden

Run = Callable[..., Result]


@pytest.fixture(scope="module")
def examples() -> Library:
    return load_library(REPO / "briefings")


def test_examples_pass_check(run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(REPO)
    result = run("check")
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("OK: ")


def test_examples_exercise_every_page_type(examples: Library) -> None:
    briefs = [item.brief for item in examples.briefs]
    assert len(briefs) >= 12
    stories = Counter(b.story for b in briefs if b.story)
    assert sum(1 for n in stories.values() if n >= 3) >= 3
    for story in stories:
        months = {b.published.month for b in briefs if b.story == story and b.published}
        assert len(months) >= 3, f"{story} spans fewer than three months"
    actors = Counter(a.name for b in briefs for a in b.actors)
    assert sum(1 for n in actors.values() if n >= 2) >= 8
    answered = [(b, q) for b in briefs for q in b.open_questions if q.answered_by]
    assert len(answered) >= 2
    by_id = {b.id: b for b in briefs}
    for brief, question in answered:
        answer = by_id[question.answered_by or ""]
        assert answer.published and brief.published and answer.published > brief.published
    assert any(q.status == "open" for b in briefs for q in b.open_questions)
    assert len({b.source.outlet for b in briefs}) >= 3


def test_example_evidence_is_stable(examples: Library) -> None:
    lines = []
    for item in sorted(examples.briefs, key=lambda i: i.brief.id):
        cited = sorted({n for _, numbers in item.brief.evidence_refs() for n in numbers})
        lines.append(item.brief.id)
        lines += [f"  {n}: {item.quote(n)}" for n in cited]
    assert_golden("examples-evidence.txt", "\n".join(lines) + "\n")


def test_every_example_source_is_stored(examples: Library) -> None:
    stored = {p.name for p in (REPO / "briefings/sources").iterdir()}
    assert stored == {Path(item.brief.source.file).name for item in examples.briefs}
