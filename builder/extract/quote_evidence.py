"""Quotes to evidence: the numbers of the article sentences an exact quote is in.

An LLM cites the article by quoting it. A quote counts only when its words are in the
article, as whole words, in order; small differences a model makes when it copies text
are forgiven (typographic quotes and dashes, spacing, letter case, a leading ``[3]``
sentence marker, quotation marks around the quote). A quote with an ellipsis is read as
its parts, each of which must be found. A quote may run across sentences: it is evidence
for each of them.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Sequence

from builder.sentences import Sentence

MIN_QUOTE = 3  # characters: shorter fragments ("a", "is") would be found anywhere

_TYPOGRAPHY = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u2033": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2015": "-",
        "\u2212": "-",
    }
)
_MARKER = re.compile(r"^\s*\[\d+\]\s*")
_ELLIPSIS = re.compile(r"\.\.\.+|\[\.\.\.\]")
_EDGE = " \"'"


def normalize(text: str) -> str:
    """Text as quotes are compared: NFKC, plain quotes and dashes, single spaces, casefold."""
    text = unicodedata.normalize("NFKC", text).translate(_TYPOGRAPHY)
    return " ".join(text.split()).casefold()


class QuoteIndex:
    """The sentences of one article, searchable by quote."""

    def __init__(self, sentences: Sequence[Sentence]) -> None:
        parts: list[str] = []
        self._starts: list[int] = []
        self._numbers: list[int] = []
        offset = 0
        for sentence in sentences:
            self._starts.append(offset)
            self._numbers.append(sentence.number)
            text = normalize(sentence.text)
            parts.append(text)
            offset += len(text) + 1
        self._text = " ".join(parts)

    def find(self, quote: str) -> list[int] | None:
        """The sentence numbers one quote is in, or None when it is not in the article."""
        text = _MARKER.sub("", normalize(quote)).strip(_EDGE)
        fragments = [f.strip(_EDGE) for f in _ELLIPSIS.split(text)]
        fragments = [f for f in fragments if f]
        if not fragments or sum(len(f) for f in fragments) < MIN_QUOTE:
            return None
        numbers: set[int] = set()
        for fragment in fragments:
            span = self._whole_words(fragment)
            if span is None:
                return None
            numbers.update(self._sentences_in(*span))
        return sorted(numbers)

    def evidence(self, quotes: Sequence[str]) -> list[int] | None:
        """The sentences all the quotes are in; None when there is none, or one is not found."""
        if not quotes:
            return None
        numbers: set[int] = set()
        for quote in quotes:
            found = self.find(quote)
            if found is None:
                return None
            numbers.update(found)
        return sorted(numbers)

    def _whole_words(self, fragment: str) -> tuple[int, int] | None:
        """The first place the fragment starts and ends at word boundaries."""
        start = self._text.find(fragment)
        while start != -1:
            end = start + len(fragment)
            before = self._text[start - 1] if start else " "
            after = self._text[end] if end < len(self._text) else " "
            if not (fragment[0].isalnum() and before.isalnum()) and not (
                fragment[-1].isalnum() and after.isalnum()
            ):
                return start, end
            start = self._text.find(fragment, start + 1)
        return None

    def _sentences_in(self, start: int, end: int) -> list[int]:
        first = bisect.bisect_right(self._starts, start) - 1
        last = bisect.bisect_right(self._starts, end - 1) - 1
        return self._numbers[first : last + 1]
