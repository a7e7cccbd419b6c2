"""Quotes to sentence numbers: what counts as a quote of the article."""

from __future__ import annotations

import pytest

from builder.extract.quote_evidence import QuoteIndex
from builder.sentences import split_sentences

TEXT = (
    "The council voted 7–2 to close the Mill Street depot. "
    "“We had no choice,” said Mayor Ana Ruiz.\n\n"
    "Workers will be moved to the Harbour yard. The union has not said whether it will appeal."
)
INDEX = QuoteIndex(split_sentences(TEXT))


@pytest.mark.parametrize(
    ("quote", "numbers"),
    [
        ("voted 7-2 to close the Mill Street depot", [1]),  # a plain dash for an en dash
        ('"We had no choice," said Mayor Ana Ruiz.', [2]),  # plain quotes, outer ones dropped
        ("[3] Workers will be moved", [3]),  # a sentence marker copied from the prompt
        ("WORKERS   will be\nmoved", [3]),  # case and spacing
        ("the Harbour yard. The union has not said", [3, 4]),  # across two sentences
        ("The council voted ... the Mill Street depot", [1]),  # an ellipsis joins fragments
        ("Mayor Ana Ruiz … Harbour yard", [2, 3]),
        ("Ruiz", [2]),
    ],
)
def test_quotes_found(quote: str, numbers: list[int]) -> None:
    assert INDEX.find(quote) == numbers


@pytest.mark.parametrize(
    "quote",
    [
        "The council voted to close two depots",  # paraphrase
        "Rui",  # part of a word
        "ill Street",  # starts inside a word
        "is",  # too short to point anywhere
        "",
        "...",
        "the Mill Street depot ... will strike",  # one fragment missing
    ],
)
def test_quotes_not_found(quote: str) -> None:
    assert INDEX.find(quote) is None


def test_evidence_needs_every_quote() -> None:
    assert INDEX.evidence(["Mayor Ana Ruiz", "Harbour yard"]) == [2, 3]
    assert INDEX.evidence(["Mayor Ana Ruiz", "a quote from elsewhere"]) is None
    assert INDEX.evidence([]) is None
