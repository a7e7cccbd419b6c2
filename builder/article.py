"""The article: what every reader turns its input into, and what extraction reads."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from builder.sentences import SEGMENTATION, Sentence, split_sentences


@dataclass(frozen=True)
class Article:
    """An article's body text and metadata, independent of the format it came in.

    ``text`` is the body only (no headline, captions, credits or footers), paragraphs
    separated by one blank line; evidence numbers in a brief count its sentences, in the
    ``segmentation`` version of :mod:`builder.sentences`. ``inferred`` names the
    metadata fields guessed from the text rather than stated by the article (a date
    read from a caption, an outlet named after the URL's domain).
    """

    title: str
    text: str
    published: dt.date | None = None
    outlet: str | None = None
    authors: tuple[str, ...] = ()
    url: str | None = None
    language: str | None = None
    tags: tuple[str, ...] = ()
    story: str | None = None
    inferred: tuple[str, ...] = ()
    segmentation: int = SEGMENTATION
    sentences: tuple[Sentence, ...] = field(default=(), compare=False, repr=False)

    def __post_init__(self) -> None:
        if not self.sentences and self.text:
            # Frozen dataclass: the one place sentences are derived from the text.
            sentences = tuple(split_sentences(self.text, self.segmentation))
            object.__setattr__(self, "sentences", sentences)
