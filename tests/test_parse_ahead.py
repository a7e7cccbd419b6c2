"""Sentences are parsed in one batch before the actors read them, not one by one.

The parser reads a batch of sentences at well under half the cost of reading them one
at a time, so :func:`builder.extract.analyze_articles` parses ahead every sentence the
actors will read: those with an entity mention, and those where a tagged name or a
person's surname stands untagged. These tests pin down that no sentence is parsed
alone during an extraction of the fixture articles.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from builder.article import Article
from builder.extract import _named_in, analyze_articles, nlp
from builder.extract.nlp import Mention

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "extract"


def _article(path: Path) -> Article:
    title, _, body = path.read_text(encoding="utf-8").partition("\n\n")
    return Article(title=title.strip(), text=body.strip())


def test_a_sentence_naming_someone_only_by_surname_is_parsed_ahead() -> None:
    text = (
        "Mayor Ines Caro opened the bridge on Monday. "
        "The crowd was small. "
        "Caro said the tolls would end in May."
    )
    article = Article(title="Bridge opens", text=text)
    start = text.index("Ines Caro")
    mention = Mention("Ines Caro", "PERSON", start, start + len("Ines Caro"), 1)
    chosen = [text[s.start : s.end] for s in _named_in(article, [mention])]
    assert chosen == [
        "Mayor Ines Caro opened the bridge on Monday.",
        "Caro said the tolls would end in May.",
    ]


def test_no_sentence_is_parsed_alone_during_an_extraction(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    alone: list[str] = []
    parse = nlp.parse

    def counting(text: str) -> object:
        if nlp.parsed(text) is None:
            alone.append(text)
        return parse(text)

    for module in ("builder.extract.syntax", "builder.extract.bodies"):
        monkeypatch.setattr(f"{module}.parse", counting)
    for path in sorted(FIXTURES.glob("*.txt")):
        nlp.clear_parses()
        analyze_articles([_article(path)])
    assert len(alone) <= 2, alone
