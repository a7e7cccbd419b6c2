"""Sentence segmentation with stable numbering, so briefs can point at evidence.

Sentences are numbered from 1 in reading order over the article's body text (the text a
reader produces; paragraphs separated by blank lines). The numbering depends only on
that text and syntok's rules, so the same stored article always yields the same numbers.
"""

from __future__ import annotations

from dataclasses import dataclass

from syntok import segmenter


@dataclass(frozen=True)
class Sentence:
    """One sentence of an article: its 1-based number, text and character span."""

    number: int
    text: str
    start: int
    end: int
    paragraph: int


def split_sentences(text: str) -> list[Sentence]:
    """Split body text into numbered sentences (1-based), keeping character offsets."""
    sentences: list[Sentence] = []
    for paragraph_index, paragraph in enumerate(segmenter.analyze(text)):
        for tokens in paragraph:
            if not tokens:
                continue
            start = tokens[0].offset
            end = tokens[-1].offset + len(tokens[-1].value)
            chunk = " ".join(text[start:end].split())
            if chunk:
                sentences.append(Sentence(len(sentences) + 1, chunk, start, end, paragraph_index))
    return sentences
