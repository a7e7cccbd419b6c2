"""Titles written from the lead of an article that has no headline (original fixtures).

Each article is in a shape real wire and tabloid copy takes: a scene-setting first
sentence, a long first sentence full of relative clauses and time words, "This is the
moment ...", and a photo caption with its credit above the story.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from builder.ingest.headline import MAX_WORDS
from builder.ingest.headline_tree import DANGLING
from builder.ingest.plaintext import text_to_article

ARTICLES = Path(__file__).parent / "fixtures" / "headlines"
TITLES = {
    # The first sentence only sets the scene: the news is in the second.
    "scene": "Merrion council declares state of emergency in Calder",
    # The relative clause, "yesterday" and "which heard that ..." go; the verb is headline tense.
    "long": "Former finance director of Calder Building Society jailed for six years",
    # "This is the moment" goes; the clause about the moment is the news.
    "moment": "Delivery driver rescued from roof after flash floods swept through Linden",
    # The caption and its credit are not the title; the attribution "the company said" goes.
    "caption": "Northbridge Retail will close 40 of its stores",
}


@pytest.mark.parametrize("name", sorted(TITLES))
def test_title_written_from_the_lead(name: str) -> None:
    title = text_to_article((ARTICLES / f"{name}.txt").read_text(encoding="utf-8")).title
    assert title == TITLES[name]
    words = title.split()
    assert len(words) <= MAX_WORDS
    assert words[-1].lower() not in DANGLING
    assert title[0].isupper() and not title.endswith((".", ",", ":", ";"))
