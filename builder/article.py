"""The article: what every reader turns its input into, and what extraction reads."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from builder.sentences import Sentence, split_sentences


@dataclass(frozen=True)
class Article:
    """An article's body text and metadata, independent of the format it came in.

    ``text`` is the body only (no headline, captions, credits or footers), paragraphs
    separated by one blank line; evidence numbers in a brief count its sentences.
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
    sentences: tuple[Sentence, ...] = field(default=(), compare=False, repr=False)

    def __post_init__(self) -> None:
        if not self.sentences and self.text:
            # Frozen dataclass: the one place sentences are derived from the text.
            object.__setattr__(self, "sentences", tuple(split_sentences(self.text)))
