"""Segmentation version 3: every photo caption run into the next sentence is no sentence.

A page flattened to one paragraph (a copied article, a news archive's text) keeps its
picture captions with no full stop, each glued to what follows it. Version 3 cuts them
all off the sentence they precede; the text around them (real sentences that mention a
picture or speak in the present tense) must stay whole. The texts here are written for
these tests.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml
from click.testing import Result

from builder import captions
from builder.ingest import bytes_to_article
from builder.ingest.plaintext import text_to_article
from builder.library import load_library
from builder.sentences import SEGMENTATION, split_sentences

from .conftest import REPO

Run = Callable[..., Result]

# One paragraph, as a flattened page gives it: captions (no full stop) between sentences.
FLAT = (
    "Calder council voted on Tuesday to close the old ferry pier after engineers found "
    "cracks in its piles. Scroll down for video Closed for good: The ferry pier at Calder "
    "harbour has stood since 1921 Engineers inspect the piles beneath the pier deck on Monday "
    "afternoon The council said repairs would cost more than a new pier. Harbour master Ines "
    "Okafor, pictured, said the ferry would move to the north quay. Ferry passengers wait at "
    "the north quay in the rain on Saturday However, the operator warned that crossings could "
    "be cut in winter. Okafor walks along the closed pier with two inspectors on Monday "
    "Okafor, a former ferry captain, says the move will take a month. The pier stands on oak "
    "piles driven into the harbour bed. Councillors will vote on the cost of a new pier in "
    "March."
)
CAPTION_WORDS = ("Scroll down", "Closed for good", "Engineers inspect", "passengers wait", "walks")


def _texts(text: str, version: int = SEGMENTATION) -> list[str]:
    return [s.text for s in split_sentences(text, version)]


def test_captions_glued_between_sentences_are_not_sentences() -> None:
    texts = _texts(FLAT)
    assert SEGMENTATION >= 3
    assert not any(word in t for t in texts for word in CAPTION_WORDS), texts
    assert texts == [
        "Calder council voted on Tuesday to close the old ferry pier after engineers found "
        "cracks in its piles.",
        "The council said repairs would cost more than a new pier.",
        # A sentence of the story that says "pictured" is no caption.
        "Harbour master Ines Okafor, pictured, said the ferry would move to the north quay.",
        "However, the operator warned that crossings could be cut in winter.",
        "Okafor, a former ferry captain, says the move will take a month.",
        # Nor is one in the present tense.
        "The pier stands on oak piles driven into the harbour bed.",
        "Councillors will vote on the cost of a new pier in March.",
    ]


def test_the_captions_stay_in_the_body_text() -> None:
    article = text_to_article(FLAT)
    assert article.text == FLAT  # the stored text is the page's; only sentences leave them
    assert article.sentences[1].text == "The council said repairs would cost more than a new pier."
    assert FLAT[article.sentences[1].start : article.sentences[1].end] == (
        article.sentences[1].text
    )


def test_version_2_keeps_the_captions_it_kept() -> None:
    old = _texts(FLAT, 2)
    assert len(old) == 7  # the same sentences, two of them with their captions
    assert old[3].startswith("Ferry passengers wait at the north quay")
    assert old[4].startswith("Okafor walks along the closed pier")


@pytest.mark.parametrize(
    ("text", "sentence"),
    [
        # A label ("Word: ...") after a caption with no full stop.
        (
            "The minister opened the new bridge over the Linden on Friday. Crowds line the "
            "bridge for the opening ceremony Long wait: The bridge took nine years to build.",
            "Long wait: The bridge took nine years to build.",
        ),
        # An opener after a capitalised word, and after a comma ("However, ...").
        (
            "The storm reached the coast at dawn. Waves break over the sea wall at Portlow "
            "However, no homes were flooded, the council said.",
            "However, no homes were flooded, the council said.",
        ),
        # Two captions in a row (version 2 cut off the first one only).
        (
            "Ruiz won the final in four sets. Ruiz lifts the trophy in front of the home crowd "
            "A fan waves a flag from the top of the stand The champion said it was the best "
            "day of her life.",
            "The champion said it was the best day of her life.",
        ),
        # A surname the story has used already, with its apposition and a verb, after a
        # caption that ends on a weekday.
        (
            "Ana Ruiz has been named captain of the Calder rowing crew. Ruiz trains on the "
            "river in heavy rain on Sunday Ruiz, a nurse by day, rows before every shift.",
            "Ruiz, a nurse by day, rows before every shift.",
        ),
        # A sum of money ends a caption as a number does.
        (
            "Ana Ruiz has sued the council. Ruiz leaves court on Monday after suing the "
            "council for $5,000 In her claim, Ruiz says the pier was unsafe.",
            "In her claim, Ruiz says the pier was unsafe.",
        ),
        # A speaker named with the title a country gives her, and her verb of speaking,
        # after a caption in the present tense.
        (
            "The party launched its pledge in Calder. Party leader Ana Ruiz meets nurses "
            "outside the Calder infirmary today Vaskland's Deputy First Minister Tom Hale "
            "said the pledge would cost nothing.",
            "Vaskland's Deputy First Minister Tom Hale said the pledge would cost nothing.",
        ),
        # After a labelled caption, someone named with a possessive title and a verb.
        (
            "Aid reached the valley on Monday. On the ground: Devastation in Dorrow "
            "Vaskland's Prime Minister Tom Hale has pledged ten more aid flights.",
            "Vaskland's Prime Minister Tom Hale has pledged ten more aid flights.",
        ),
        # After a labelled caption, a surname and its verb end it, even after a plural.
        (
            "Ana Ruiz rowed the crew home. Home at last: The crew rows past the cheering "
            "crowds Ruiz has now won four titles.",
            "Ruiz has now won four titles.",
        ),
    ],
)
def test_each_sign_of_a_glued_caption(text: str, sentence: str) -> None:
    texts = _texts(text)
    assert texts[-1] == sentence
    assert len(_texts(text, 2)) == len(texts)  # version 2 kept the caption glued on
    assert _texts(text, 2)[-1] != sentence


@pytest.mark.parametrize(
    "sentence",
    [
        # A quotation reported without its colon after a capitalised name.
        "A neighbour who saw the fire from her window told the Calder Post 'We ran out "
        "with nothing but our coats.'",
        # A message sent to someone is no label.
        "Before he left the harbour the skipper texted Okafor: 'Storm coming, stay ashore.'",
        # Capitalised words of a title after an opener.
        "The festival closes with a concert by the band Grammys On The Hill at the river stage.",
        "The cinema reopens with a screening of the restored film In The Mood For Love next week.",
        # A clause reported without "that" after a weekday.
        "Ana Ruiz was named captain. The club said on Sunday Ruiz had accepted the role.",
        # A name after its title.
        "Ana Ruiz was named captain. Okafor looks on from the quay where the club's "
        "chief Ruiz had signed the lease a year earlier.",
        # A time clause ("at the time ...").
        "Ana Ruiz was named captain. Pama works an early shift and was asleep at the time "
        "Ruiz was calling the crew.",
        # A speaker's title after a clause reported without "that", not after a caption.
        "Ana Ruiz told the hearing on Monday Vaskland's Deputy First Minister Tom Hale "
        "said the pledge was costed.",
        # A name seen for the first time follows a title, not a caption.
        "The ferry stops at the quay on Monday Okafor said would be closed for repairs.",
    ],
)
def test_sentences_that_only_look_glued_are_whole(sentence: str) -> None:
    assert _texts(sentence)[-1] == _texts(sentence, 2)[-1]


def test_a_sentence_syntok_did_not_end_is_no_caption() -> None:
    # A full stop inside the closing quotation mark ends a sentence of the story, even
    # where syntok reads on into the next one (as it does before another quotation).
    span = "Ruiz watched on Monday as the crew won for the third time.' He said it was a record."
    assert captions.story_start(span, 0, len(span)) == 0


def test_a_caption_inside_a_quotation_is_left_alone() -> None:
    text = "She said: 'We watched the water rise all night The next morning it had gone.'"
    assert _texts(text) == [text]


def test_story_start_reads_only_the_span() -> None:
    text = "Okafor spoke. The crew trains on the pier on Monday Okafor, aged 50, says it is safe."
    start = text.index("The crew")
    cut = captions.story_start(text, start, len(text))
    assert text[cut:] == "Okafor, aged 50, says it is safe."
    # The name is known only from the text before the span.
    lone = text[start:]
    assert captions.story_start(lone, 0, len(lone)) == 0


# Text and version-2 sentences of the example briefs' stored originals and of the test
# fixtures, as the code before version 3 read them (measured on that code): version 2
# must never change, since briefs made in it cite its sentence numbers.
V2_DIGEST = "71c21839eb59dbcb9de1782e43f708e5139f1d6230b2c594a6bada1352727ed3"
# The files read when version 2 was frozen: a fixture added later does not change it.
V2_FILES = REPO / "tests" / "golden" / "segmentation-v2-files.json"


def test_version_2_reads_stored_articles_exactly_as_before() -> None:
    digest = hashlib.sha256()
    names = json.loads(V2_FILES.read_text(encoding="utf-8"))
    for name in names:
        path = REPO / name
        article = bytes_to_article(path.read_bytes(), str(path), path.suffix, 2)
        rows = [[s.number, s.text, s.start, s.end, s.paragraph] for s in article.sentences]
        digest.update(json.dumps([name, article.text, rows]).encode())
    assert (len(names), digest.hexdigest()) == (82, V2_DIGEST)


def test_a_brief_made_in_version_2_keeps_its_sentences(
    project: Path, run: Run, engine: object
) -> None:
    (project / "pier.txt").write_text("Calder closes its ferry pier\n\n" + FLAT, encoding="utf-8")
    assert run("add", "pier.txt").exit_code == 0
    path = next((project / "briefings").glob("*calder-closes-its-ferry-pier*.yaml"))
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert data["source"]["segmentation"] == SEGMENTATION
    library = load_library(project / "briefings")
    loaded = next(b for b in library.briefs if b.brief.id == path.stem)
    assert loaded.sentences[3].text.startswith("However, the operator warned")
    # The same stored article, for a brief made before version 3: its numbering is kept.
    data["source"]["segmentation"] = 2
    data["summary_evidence"] = [4]
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    assert run("check").exit_code == 0
    library = load_library(project / "briefings")
    loaded = next(b for b in library.briefs if b.brief.id == path.stem)
    assert loaded.sentences[3].text.startswith("Ferry passengers wait at the north quay")
