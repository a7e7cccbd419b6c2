"""The built-in extraction engine on fixture articles written for the project.

Each ``tests/fixtures/extract/<name>.txt`` has a hand-written reference
(``<name>.expected.yaml``) of the stakes and open questions a reader should get. The
engine must find all but at most one of each list per article, and every question it
produces must be a grammatical question.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from builder.article import Article
from builder.extract import Analysis, analyze_articles
from builder.model import Actor

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "extract"
NAMES = sorted(p.stem for p in FIXTURES.glob("*.txt"))
QUESTION_START = {
    *"""
    will, would, can, could, should, may, might, must, is, are, was, were, has, have, had,
    does, do, did, who, what, when, where, why, how, which
    """.replace(",", " ").split()
}
WH_WORDS = {"who", "what", "when", "where", "why", "how", "which"}


def read_fixture(name: str) -> Article:
    title, _, body = (FIXTURES / f"{name}.txt").read_text(encoding="utf-8").partition("\n\n")
    return Article(title=title.strip(), text=body.strip())


@pytest.fixture(scope="module")
def analyses() -> dict[str, tuple[Article, Analysis]]:
    articles = [read_fixture(name) for name in NAMES]
    return dict(zip(NAMES, zip(articles, analyze_articles(articles), strict=True), strict=True))


def expected(name: str) -> dict[str, list[dict[str, object]]]:
    data = yaml.safe_load((FIXTURES / f"{name}.expected.yaml").read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def found(reference: dict[str, object], texts: list[str]) -> bool:
    keys = [str(k).lower() for k in reference["keys"]]  # type: ignore[union-attr]
    return any(all(k in text.lower() for k in keys) for text in texts)


def is_grammatical_question(text: str) -> bool:
    words = text.rstrip("?").split()
    return (
        text.endswith("?")
        and text.count("?") == 1
        and 3 <= len(words) <= 30
        and text[0].isupper()
        and words[0].lower() in QUESTION_START
        and words[1].lower() not in {"whether", "if", "that"}
        and not (words[0].lower() not in WH_WORDS and words[1].lower() in QUESTION_START)
        and not re.search(r"[\"“”]|\b(?:said|says)\?$|\s,", text)
    )


def test_there_are_six_fixture_articles() -> None:
    assert len(NAMES) == 6


@pytest.mark.parametrize("name", NAMES)
def test_key_stakes_found(name: str, analyses: dict[str, tuple[Article, Analysis]]) -> None:
    _, analysis = analyses[name]
    texts = [s.text for s in analysis.stakes]
    missed = [r["text"] for r in expected(name)["stakes"] if not found(r, texts)]
    assert len(missed) <= 1, f"missed stakes {missed} in {texts}"


@pytest.mark.parametrize("name", NAMES)
def test_key_questions_found(name: str, analyses: dict[str, tuple[Article, Analysis]]) -> None:
    _, analysis = analyses[name]
    texts = [q.text for q in analysis.open_questions]
    missed = [r["text"] for r in expected(name)["questions"] if not found(r, texts)]
    assert len(missed) <= 1, f"missed questions {missed} in {texts}"


@pytest.mark.parametrize("name", NAMES)
def test_every_question_is_grammatical(
    name: str, analyses: dict[str, tuple[Article, Analysis]]
) -> None:
    _, analysis = analyses[name]
    assert analysis.open_questions
    for question in analysis.open_questions:
        assert is_grammatical_question(question.text), question.text


@pytest.mark.parametrize("name", NAMES)
def test_summary_is_short_and_grounded(
    name: str, analyses: dict[str, tuple[Article, Analysis]]
) -> None:
    article, analysis = analyses[name]
    assert 2 <= len(analysis.summary_evidence) <= 3
    assert len(analysis.summary.split()) <= 75
    quoted = " ".join(article.sentences[n - 1].text for n in analysis.summary_evidence)
    assert analysis.summary == quoted


@pytest.mark.parametrize("name", NAMES)
def test_all_evidence_points_at_sentences(
    name: str, analyses: dict[str, tuple[Article, Analysis]]
) -> None:
    article, analysis = analyses[name]
    count = len(article.sentences)
    items: list[list[int]] = [analysis.summary_evidence]
    items += [a.evidence for a in analysis.actors]
    items += [s.evidence for s in analysis.stakes] + [q.evidence for q in analysis.open_questions]
    for evidence in items:
        assert evidence
        assert all(1 <= n <= count for n in evidence)
    for stake in analysis.stakes:
        assert stake.text.endswith(".")


@pytest.mark.parametrize("name", NAMES)
def test_tags_are_slugs(name: str, analyses: dict[str, tuple[Article, Analysis]]) -> None:
    _, analysis = analyses[name]
    assert all(re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", t) for t in analysis.tags)


def actor(analysis: Analysis, name: str) -> Actor:
    return next(a for a in analysis.actors if a.name == name)


def test_actors_have_types_roles_and_aliases(
    analyses: dict[str, tuple[Article, Analysis]],
) -> None:
    _, harbour = analyses["harbour-dredging"]
    okafor = actor(harbour, "Miriam Okafor")
    assert okafor.type == "person"
    assert okafor.role == "chair of the harbour board"
    assert "Okafor" in okafor.aliases
    assert okafor.mentions >= 2
    assert "Miriam Okafor" in [a.name for a in harbour.actors[:3]]
    _, merger = analyses["pharma-merger"]
    veltrix = actor(merger, "Veltrix Pharmaceuticals")
    assert veltrix.type == "organization"
    assert "Veltrix" in veltrix.aliases
    assert actor(merger, "Daniel Marsh").role == "Veltrix chief executive"
    _, breach = analyses["data-breach"]
    assert actor(breach, "Hannah Cole").role == "company's chief technology officer"
    _, coalition = analyses["coalition-talks"]
    assert actor(coalition, "Elena Vasquez").role == "Prime Minister"


def test_extraction_is_deterministic() -> None:
    articles = [read_fixture(name) for name in NAMES]
    assert analyze_articles(articles) == analyze_articles(list(reversed(articles)))[::-1]


def test_story_is_kept_and_empty_articles_are_fine() -> None:
    article = Article(title="Only a headline", text="", story="calder-harbour")
    (analysis,) = analyze_articles([article])
    assert analysis.story == "calder-harbour"
    assert analysis.summary == ""
    assert analysis.actors == []
