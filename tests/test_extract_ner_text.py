"""What the recogniser reads: the words near a capital, and the names it finds there.

The recogniser is the slowest stage; it reads only the spans of an article that may
hold a name (:func:`builder.extract.nlp.name_spans`). These tests pin down that the
spans leave out sentences and stretches without a capital, that offsets map back to the
article exactly, and that on every fixture article the names found are those a reading
of the whole text finds.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from builder.article import Article
from builder.extract import nlp
from builder.extract.nlp import NerText, entity_mentions, name_spans, ner_text

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "extract"


def _article(name: str) -> Article:
    title, _, body = (FIXTURES / f"{name}.txt").read_text(encoding="utf-8").partition("\n\n")
    return Article(title=title.strip(), text=body.strip())


def test_a_sentence_without_a_capital_is_left_out() -> None:
    text = (
        "He said the talks would resume once the strike was over. "
        "The port reopened after a long night of talks when Mayor Ines Caro spoke."
    )
    (start, end), *rest = name_spans(text)
    assert not rest
    assert text[start:end].endswith("talks when Mayor Ines Caro spoke.")
    assert text.index("The port") <= start


def test_an_opening_function_word_is_no_capital_but_an_opening_name_is() -> None:
    assert name_spans("They left early. It rained all day.") == []
    text = "Calloway resigned on a wet Tuesday morning in the old harbour town."
    assert name_spans(text) != []


def test_words_far_from_any_capital_are_left_out() -> None:
    filler = " ".join(["the", "long", "and", "winding", "road"] * 4)
    text = f"Officials in Marrowby said {filler} would close for repairs next spring."
    (start, end), *rest = name_spans(text)
    kept = text[start:end].split()
    assert not rest
    assert kept[:3] == ["Officials", "in", "Marrowby"]
    assert len(kept) == 3 + nlp.CONTEXT_WORDS


def test_spans_separated_only_by_spaces_are_read_as_one() -> None:
    text = "Ana Ruiz met Tomas Ek. Both left."
    assert name_spans(text) == [(0, len(text))]


def test_offsets_map_back_to_the_article() -> None:
    article = _article("embassy-row")
    reduced = ner_text(article)
    assert len(reduced.text) < len(article.text)
    for start, origin, length in reduced.pieces:
        assert reduced.text[start : start + length] == article.text[origin : origin + length]
        assert reduced.article_offset(start + length - 1) == origin + length - 1


@pytest.mark.parametrize("name", sorted(p.stem for p in FIXTURES.glob("*.txt")))
def test_the_names_found_are_those_of_the_whole_text(
    name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    article = _article(name)
    (windows,) = entity_mentions([article])
    monkeypatch.setattr(nlp, "ner_text", lambda a: NerText(a.text, ((0, 0, len(a.text)),)))
    (whole,) = entity_mentions([article])
    assert windows == whole
