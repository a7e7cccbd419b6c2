"""Titles written from the lead of an article that has no headline (original fixtures).

Each article is in a shape real wire and tabloid copy takes: a scene-setting first
sentence, a long first sentence full of relative clauses and time words, "This is the
moment ...", and a photo caption with its credit above the story.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from builder.ingest.headline import MAX_WORDS
from builder.ingest.headline_tree import DANGLING, headline_of
from builder.ingest.plaintext import text_to_article

ARTICLES = Path(__file__).parent / "fixtures" / "headlines"
TITLES = {
    # The first sentence only sets the scene: the news is in the second.
    "scene": "Merrion council declares state of emergency in Calder",
    # The relative clause, "yesterday" and "which heard that ..." go; the verb is headline tense.
    "long": "Former finance director of Calder Building Society jailed for six years",
    # "This is the moment" goes; with no one named in the next sentence, the clause
    # about the moment is the news.
    "moment": "Delivery driver rescued from roof after flash floods swept through Linden",
    # The next sentence names who acts: it states the news the video shows.
    "moment_named": "Builder Mark Ellis fined £1,200 by Merrion magistrates for fly-tipping",
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


@pytest.mark.parametrize(
    ("lead", "headline"),
    [
        # Headline tense; the attribution after the news and the day go.
        (
            [
                "The Calder harbour board has denied that it will sell the old ferry terminal "
                "to developers, the chairman said on Monday."
            ],
            "Calder harbour board denies it will sell ferry terminal",
        ),
        # A plural subject keeps the plural verb; "at risk" is part of "put".
        (
            [
                "Nurses at Linden General Hospital have warned that the closure of the night "
                "ward will put patients at risk."
            ],
            "Nurses at Linden General Hospital warn closure will put patients at risk",
        ),
        # "not guilty" keeps its "not".
        (
            [
                "A Merrion man has pleaded not guilty to setting fire to a block of flats in "
                "Calder in which two people died."
            ],
            "Merrion man pleads not guilty to setting fire to block of flats",
        ),
        # A figure keeps all its words.
        (
            [
                "More than 3,000 people have signed a petition calling on the council to save "
                "the Eastgate library."
            ],
            "More than 3,000 people sign petition calling on council to save Eastgate library",
        ),
        # Passive: "were rescued" is "rescued"; a phrase hung on a phrase is still read.
        (
            [
                "Four fishermen were rescued from a sinking trawler off the coast of Port Linden "
                "yesterday after a coastguard helicopter spotted their flare, officials said."
            ],
            "Four fishermen rescued from trawler off coast of Port Linden",
        ),
        # A quotation opens the story: the next sentence states the news.
        (
            [
                '"We will never forget him," said the mother of a Calder schoolboy who was '
                "killed by a speeding driver.",
                "A delivery driver who killed a 12-year-old boy on a zebra crossing in Calder "
                "while using his phone has been jailed for eight years.",
            ],
            "Delivery driver who killed boy on zebra crossing jailed for eight years",
        ),
        # A reporting verb without what it reports (the quotation hung elsewhere by the
        # parser) is left out with its clause: never "... who claims actor".
        (
            [
                "Actor Tom Reeve is being sued by a Merrion songwriter who claims the actor "
                "'stole her best song' as teenagers."
            ],
            "Actor Tom Reeve sued by Merrion songwriter",
        ),
        # A question opens the story.
        (
            [
                "Is this the end of the high street as we know it?",
                "Northbridge Retail has announced that it will close all 40 of its shops in "
                "Merrion by the summer.",
            ],
            "Northbridge Retail announces it will close all 40 of its shops in Merrion",
        ),
        # An apposition the parser took for the subject ("a crowd ... have signed"): the
        # verb's number shows it, and the noun it stands beside heads the title.
        (
            [
                "Since the spring more than 4,000 residents, a crowd about the size of a small "
                "market town, have signed a petition against the Calder bypass."
            ],
            "More than 4,000 residents sign petition against Calder bypass",
        ),
        # "all" says nothing without what it stands for: the clause stays with it, and the
        # title never reads "with all with team news".
        (
            [
                "Ahead of this weekend's county fixtures, the Gazette is providing you with "
                "all you need to know about every match, with team news, likely line-ups and "
                "odds."
            ],
            "Gazette provides you with all you need to know about every match",
        ),
        # A verb that only says the doing began gives its tense to the doing; a modal
        # keeps the verbs as written.
        (
            [
                "Merrion council began planning a new flood defence scheme for the Calder "
                "valley last week."
            ],
            "Merrion council plans flood defence scheme for Calder valley",
        ),
        (
            [
                "Engineers in Linden have started repairing the collapsed railway bridge over "
                "the river Calder."
            ],
            "Engineers in Linden repair railway bridge over river Calder",
        ),
        (
            ["Linden Rovers will begin building their new stadium in the spring."],
            "Linden Rovers will begin building their stadium",
        ),
        # An age goes even inside the words that name someone.
        (
            [
                "Detectives in Linden have issued a warrant for the arrest of 34-year-old taxi "
                "driver Mark Ellis, who is accused of fraud."
            ],
            "Detectives in Linden issue warrant for arrest of taxi driver Mark Ellis",
        ),
    ],
)
def test_headline_of_a_lead(lead: list[str], headline: str) -> None:
    written = headline_of(lead)
    assert written == headline
    assert len(headline.split()) <= MAX_WORDS
    assert headline.rsplit(maxsplit=1)[-1].lower() not in DANGLING


def test_an_article_in_another_language_is_not_read_by_the_english_grammar() -> None:
    text = (
        "Die Stadt Calder hat am Dienstag angekündigt, dass sie bis zum Frühjahr neue Radwege "
        "bauen wird.\n\nDas Projekt kostet drei Millionen Euro und wird von der Stadt und dem "
        "Land bezahlt, die sich die Kosten teilen. Die Arbeiten beginnen im März."
    )
    # Trimmed at the clause, as the sentence stands: no English tense or word order forced on it.
    assert text_to_article(text).title == "Die Stadt Calder hat am Dienstag angekündigt"


@pytest.mark.parametrize(
    "lead",
    [
        # An inverted clause has no noun phrase for a subject ("Making showing are ...").
        [
            "Also making a very impressive showing are the Linden Rovers and Merrion United, "
            "who have fans across a wide area in the north."
        ],
        # "It" is never the actor a headline names, even when nothing better is found.
        ["Rain has long been part of summer in Calder, so it should come as no surprise."],
    ],
)
def test_a_lead_without_a_subject_to_head_it_gives_no_parsed_title(lead: list[str]) -> None:
    assert headline_of(lead) is None


def test_a_doubled_preposition_sends_the_title_to_the_next_sentence() -> None:
    from builder.extract.nlp import parse
    from builder.ingest.headline_tree import _doubled_preposition

    doc = parse("She came with all with team news and waited for hours for food.")
    tokens = [t.i for t in doc if not t.is_punct]
    assert _doubled_preposition(doc, tokens[:6])  # "She came with all with team"
    assert not _doubled_preposition(doc, tokens[7:])  # "waited for hours for food"
