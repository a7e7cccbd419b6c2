"""Summary: sentences the rest of the article supports, never a caption run into a sentence.

The articles and sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from builder.article import Article
from builder.extract.summary import MAX_WORDS, has_run_on, summarize


@pytest.mark.parametrize(
    "text",
    [
        "The artist painted the dancers so they melt into the hedgerow In most of the "
        "photographs the paint makes it hard to tell where the leaves end.",
        "Morgan will be named head coach of the club on Friday ‘I’d be thrilled to get the "
        "job after all these months,’ she said.",
        "The ferry was moored at the quay overnight The crew said the engine had failed "
        "twice before.",
    ],
)
def test_a_caption_or_sentence_run_into_another_is_found(text: str) -> None:
    assert has_run_on(text)


@pytest.mark.parametrize(
    "text",
    [
        "The raid was later retold in The Long Night, starring a Hollywood cast.",
        "The series is already being billed as ‘The Second Long Night’ by the network.",
        "She will present an award at the Grammys On The Hill dinner in Washington.",
        "He said: ‘We will not give up on this town, whatever the council decides.’",
        "The board told her 'you can keep the post until March' in a letter.",
        "Police said the suspect, who is 34, was arrested in Leeds on Monday.",
    ],
)
def test_names_titles_and_ordinary_quotations_are_not_run_ons(text: str) -> None:
    assert not has_run_on(text)


RUN_ON_ARTICLE = """\
The county closed the Alder Street bridge to all traffic on Monday after engineers found \
deep cracks in two of its steel supports.

The bridge will stay shut to all traffic until the steel supports are repaired ‘We \
cannot take any risk with a bridge this old,’ the county engineer said.

About 14,000 vehicles cross the bridge each day, and drivers now face a detour of \
almost six miles through the town centre.

Engineers said the supports could be repaired within eight weeks if the steel can be \
sourced locally.

The county has asked the state for emergency funds to pay for the repair of the bridge.
"""


def test_a_sentence_with_a_caption_run_into_it_is_never_in_the_summary() -> None:
    article = Article(title="Alder Street bridge closed", text=RUN_ON_ARTICLE)
    text, evidence = summarize(article)
    assert 2 not in evidence
    assert "repaired ‘We" not in text
    assert len(text.split()) <= MAX_WORDS
    assert text == " ".join(article.sentences[n - 1].text for n in evidence)


SUPPORT_ARTICLE = """\
Rain, more rain and then still more rain: the wettest spring on record, and the rain \
has not stopped.

The Harlow water board voted on Tuesday to raise household water bills by 12 per cent \
to pay for the replacement of the town's ageing pipes.

The board said the pipes, some laid in the 1890s, leak about a fifth of the town's \
water.

Households will see the higher water bills from April, the board said.

The pipes will be replaced street by street over six years, and the board will publish \
a timetable for each street in March.

Consumer groups said the water board should have replaced the pipes years ago.
"""


def test_the_sentence_the_rest_of_the_article_repeats_leads_the_summary() -> None:
    article = Article(title="", text=SUPPORT_ARTICLE)
    _, evidence = summarize(article)
    assert 2 in evidence
    # It opens the article and repeats its own words, but nothing after it returns to them.
    assert 1 not in evidence


def test_a_quotation_after_a_colon_and_a_pronoun_opener_are_marked_down() -> None:
    from collections import Counter

    from builder.extract.summary import _score, content_words
    from builder.sentences import Sentence

    texts = {
        "plain": "The harbour master said the ferry has failed its safety checks four times.",
        "quoted": "The harbour master said: ‘The ferry has failed its safety checks four times.’",
        "pronoun": "It has failed its safety checks four times, the harbour master said.",
    }
    counts = Counter(content_words(" ".join(texts.values()) * 2))
    scores = {
        kind: _score(Sentence(2, text, 0, len(text), 1), 1, counts) for kind, text in texts.items()
    }
    assert scores["quoted"] < scores["plain"]
    assert scores["pronoun"] < scores["plain"]


NOVELTY_ARTICLE = """\
The Kelso town council voted on Thursday to close the Riverside swimming pool for good \
after an inspection found that the pool's roof could collapse under heavy snow.

Councillors said the Riverside swimming pool, which opened in 1968, would shut because \
the roof of the pool is unsafe and the whole pool could be flooded.

A new leisure centre with two pools is planned on the site of the old bus depot, but it \
will not open before 2029, leaving swimmers to travel to Hawick.

The inspection of the roof was ordered in October after staff at the pool reported \
water leaking through the ceiling above the changing rooms.

Swimmers said the journey to Hawick takes forty minutes by bus, and the Hawick pool is \
already full on weekday evenings.

The new leisure centre will cost £14 million, and the council hopes to find a builder \
for the leisure centre by the spring, so that swimmers can return sooner.
"""


def test_the_next_sentence_chosen_adds_to_the_story_rather_than_retelling_it() -> None:
    article = Article(title="", text=NOVELTY_ARTICLE)
    text, evidence = summarize(article)
    # The second sentence retells the first (pool, roof, close for good); the third says
    # what follows, and only two of them fit in the summary.
    assert evidence[0] == 1
    assert 3 in evidence
    assert 2 not in evidence
    assert len(text.split()) <= MAX_WORDS


LABELLED_CAPTION_ARTICLE = """\
The Marlow ferry will stop running on Friday after the county council cut the grant \
that has paid for the ferry crossing since 1981.

Shuttered: The Marlow ferry landing stage, where the ferry crossing has run for \
decades, will close on Friday when the county grant ends.

The ferry carries about 300 passengers a day across the river, most of them commuters \
who would otherwise drive twelve miles round by the bridge.

A group of ferry passengers has started a petition asking the council to restore the \
grant before the summer.
"""


def test_a_labelled_photo_caption_left_as_a_sentence_is_not_quoted() -> None:
    article = Article(title="", text=LABELLED_CAPTION_ARTICLE)
    text, evidence = summarize(article)
    assert 2 not in evidence
    assert "Shuttered:" not in text


@pytest.mark.parametrize(
    ("text", "caption"),
    [
        ("Shuttered: The landing stage will close on Friday when the grant ends.", True),
        ("Heavy flooding: Water covers the road outside the school on Sunday.", True),
        ("Police said: The driver was not hurt and no one was arrested at the scene.", False),
        ("Commuters who cross the river each day take note: The ferry stops on Friday.", False),
        ("He said: ‘We will run the ferry for as long as the grant lasts.’", False),
    ],
)
def test_a_caption_label_is_told_from_speech_and_a_longer_opening(text: str, caption: bool) -> None:
    from builder.extract.summary import _CAPTION_LABEL

    assert bool(_CAPTION_LABEL.match(text)) is caption


FILLER_ARTICLE = """\
The Dunmore bakery on Mill Lane will close on Saturday after ninety years, its owners \
said, because the bakery's rent has doubled since January.

The owners of the bakery said the rent on Mill Lane rose after the building was sold \
to a property company, and the bakery could not pay the new rent.

‘I used to come in for a loaf on my way to school,’ one neighbour recalled.

Several shops on Mill Lane have closed since the building changed hands, and the \
property company has said it plans to turn the lane's shops into flats, though the \
council has not yet been asked for permission and the owners doubt it ever will be.
"""


def test_a_third_sentence_worth_a_fraction_of_the_first_is_left_out() -> None:
    article = Article(title="", text=FILLER_ARTICLE)
    text, evidence = summarize(article)
    # The remembered loaf shares no word with the story; the last sentence is too long
    # to fit after the first two.
    assert evidence == [1, 2]
    assert "loaf" not in text


@pytest.mark.parametrize(
    ("text", "candidate"),
    [
        ("Video footage shows the driver leaving the car park at speed.", True),
        ("Share prices fell 5 per cent in early trading on Monday.", True),
        ("The bakery sold more than 500 cookies on its last Saturday.", True),
        ("Follow-up tests found no damage to the bridge's steel supports.", True),
        ("Credit card debt rose for the fourth month in a row, the bank said.", True),
        ("The mayor explained the plan in a newsletter sent to every household.", True),
        ("Video: the flood water reaches the doors of the town hall.", False),
        ("Share this article with your friends and family today.", False),
        ("Follow us on social media for the latest news from the valley.", False),
        ("Sign up for our free weekly newsletter to get the news first.", False),
        ("This site uses cookies to give you the best experience online.", False),
        ("Watch the video of the rescue at the harbour below.", False),
    ],
)
def test_boilerplate_is_told_by_its_shape_not_by_an_ordinary_word(
    text: str, candidate: bool
) -> None:
    from builder.extract.summary import is_summary_candidate
    from builder.sentences import Sentence

    assert is_summary_candidate(Sentence(3, text, 0, len(text), 1)) is candidate
