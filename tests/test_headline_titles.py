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
    "scene": (
        "Merrion council declares state of emergency in Calder after river Ouse burst its banks"
    ),
    # The relative clause, "yesterday" and "which heard that ..." go; the verb is headline tense.
    "long": "Former finance director of Calder Building Society jailed for six years",
    # "This is the moment" goes; with no one named in the next sentence, the clause
    # about the moment is the news.
    "moment": "Delivery driver rescued from roof after flash floods swept through Linden",
    # The next sentence names who acts: it states the news the video shows.
    "moment_named": "Builder Mark Ellis fined £1,200 by Merrion magistrates for fly-tipping",
    # The caption and its credit are not the title; the attribution "the company said" goes.
    "caption": "Northbridge Retail will close 40 of its stores",
    # The story calls the authority by its initials, so the title does too; the sum the
    # verb comes to stays.
    "initials": "CVWA fines chemical plant £2million",
    # A caption glued to the first sentence, saying what it says in the same words: the
    # title is written from the sentence, never from the caption.
    "glued": "Mountain rescue teams in Calder launch search for hiker who has been missing",
    # A feature opens on fragments, a quotation and a question: the news comes fifth.
    "feature": "Linden council promises to rehouse forty families",
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
            "Merrion man pleads not guilty to setting fire to block of flats in Calder",
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
            "Delivery driver who killed boy on zebra crossing in Calder jailed for eight years",
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
                "Before the regional finals this weekend, the Courier is giving its readers "
                "all they should know about the ties, with squad news, probable teams and "
                "prices."
            ],
            "Courier gives its readers all they should know about ties",
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
                "Detectives in Linden have obtained a warrant to arrest 34-year-old taxi "
                "driver Mark Ellis, who is accused of fraud."
            ],
            "Detectives in Linden obtain warrant to arrest taxi driver Mark Ellis",
        ),
        # What the object is urged to do is the news, so it stays; to make room the
        # possessive on the object goes ("urges colleagues"), the one inside a phrase not.
        (
            [
                "Linden council leader Ann Lowry has urged her fellow councillors to keep the "
                "row over parking charges out of the local newspapers."
            ],
            "Linden council leader Ann Lowry urges councillors to keep row out of local newspapers",
        ),
        # "None other than X" is X.
        (
            [
                "The new mural on the Calder library was painted by none other than the town's "
                "mayor, Jo Bell."
            ],
            "Mural on Calder library painted by town's mayor",
        ),
        # A child's age is news and is written after the noun, as headlines write it;
        # an adult's age, or one in months, goes.
        (
            [
                "A 15-year-old Calder schoolboy has been charged with setting fire to a "
                "Merrion warehouse."
            ],
            "Calder schoolboy, 15, charged with setting fire to Merrion warehouse",
        ),
        (
            ["A 34-year-old Calder man has been charged with setting fire to a Merrion warehouse."],
            "Calder man charged with setting fire to Merrion warehouse",
        ),
        (
            ["A six-month-old baby has been rescued from a burning flat in Linden."],
            "Baby rescued from flat in Linden",
        ),
        # A second subject the parser gave the verb is a word of the clause about the
        # first ("song ... Linden was written"): the verb has one subject.
        (
            [
                "Singer Ana Ruiz has said that the song she performs in the final episode of "
                "Channel 9's cookery show Linden was written by her brother."
            ],
            "Singer Ana Ruiz says song she performs in episode was written by her brother",
        ),
        # "A series of stunning before and after photographs" read with "stunning" as
        # what the series is of would end the title mid-phrase: the next sentence heads it.
        (
            [
                "A young man in Merrion has posted a series of stunning before and after "
                "photographs, which show how he lost six stone in a year.",
                "Tom Hale, 31, described the strict diet that helped him drop from 20 stone "
                "to 14 stone.",
            ],
            "Tom Hale describes diet that helped him drop from 20 stone to 14 stone",
        ),
        # A "than" clause is kept with its "than" and "other", or not at all.
        (
            [
                "A Calder nurse has said that the rent on her flat left her with no other "
                "option than to take a second job."
            ],
            "Calder nurse says rent left her with no option",
        ),
        # A reported question keeps the word it opens on.
        (
            [
                "The Linden student told how she found a missing painting in her "
                "grandmother's attic."
            ],
            "Linden student tells how she found painting",
        ),
        # "comes around" keeps its particle, so the clause after it still follows a verb.
        (
            [
                "Each spring a new game comes around that spreads through every playground in "
                "Linden."
            ],
            "Game comes around that spreads through every playground in Linden",
        ),
        # A first sentence that only judges ("... was astonishing") opens a feature.
        (
            [
                "Ann Lowry's row across the Calder estuary at the age of 80 was astonishing.",
                "But now Ann Lowry's second voyage is to be made into a film by a Merrion studio.",
            ],
            "Ann Lowry's second voyage is to be made into film by Merrion studio",
        ),
        # "This cat is ...": a sentence saying what the reader is shown is a caption's.
        (
            [
                "This cat is surely the luckiest pet in Calder after surviving a fall from a "
                "ninth-floor window.",
                "A tabby called Milo was found unhurt by a neighbour in a flowerbed below the "
                "flat in Merrion.",
            ],
            "Tabby called Milo found unhurt in flowerbed below flat in Merrion",
        ),
        # A word the article quotes keeps its quotation marks: it is someone's word.
        (
            [
                "The Merrion council leader has launched a fierce attack on Calder councillors "
                "'sulking' about the new budget."
            ],
            "Merrion council leader launches attack on Calder councillors 'sulking' about budget",
        ),
        # A noun the parser made the verb ("legend" agreeing with "Darts"): the clause
        # it governs is the news, in headline tense.
        (
            ["Darts legend J.J. Lowry was treated in hospital for dehydration."],
            "J.J. Lowry treated in hospital for dehydration",
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
        # An inverted clause has no noun phrase for a subject ("Putting display were ...").
        [
            "Also putting on a strong display were the Linden Rovers and Merrion United, "
            "who drew big crowds across the north."
        ],
        # "It" is never the actor a headline names, even when nothing better is found.
        ["Fog has long hung over Calder in autumn, so it will hardly surprise anyone."],
        # What was revealed, hung by the parser on a noun, is left out: "Actor Tom Reeve
        # reveals" is a fragment.
        [
            "Actor Tom Reeve has revealed that the long beard he grew for the third series "
            "of the drama Linden was copied from his grandfather."
        ],
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


# Articles the leads below stand at the head of: what they repeat is what the title keeps.
COUNCILLOR = (
    "Police are investigating a Merrion councillor over claims he tried to buy votes with "
    "bus passes. The councillor denies offering bus passes for votes. Police said the "
    "votes and the passes were under review."
)
NURSES = (
    "Nurses at three Linden hospitals are threatening to strike over plans to close the "
    "night wards. The nurses said a strike would go ahead unless the plans to close the "
    "wards were dropped. The hospitals said the night wards cost too much."
)
ROW = (
    "The row between the Linden neighbours has reached the stage where neighbours no longer "
    "speak and letters are sent through lawyers. The neighbours have not spoken for a year. "
    "The row began over a hedge."
)
NURSE = (
    "A Calder nurse has said that her rent left her with no other option than to take a "
    "second job. The second job is in a bar. Many nurses take a second job, the union said."
)
SHOPKEEPER = (
    "A furious shopkeeper has chased a shoplifter through the streets of Merrion. The "
    "shopkeeper, still furious, ran for half a mile before the shoplifter dropped the bag. "
    "Another shopkeeper filmed the chase through the streets."
)


@pytest.mark.parametrize(
    ("lead", "article", "headline"),
    [
        # The auxiliary the headline tense drops takes no room: the title has 14 words
        # as written, 15 with "are".
        (
            NURSES.split(". ", maxsplit=1)[0] + ".",
            NURSES,
            "Nurses at three Linden hospitals threaten to strike over plans to close night wards",
        ),
        # The story repeats the second job, but "no option to take second job" would lose
        # the "other ... than" it needs, and with them the clause does not fit: it goes.
        (
            NURSE.split(". ", maxsplit=1)[0] + ".",
            NURSE,
            "Calder nurse says her rent left her with no option",
        ),
        # A describing word the story never uses again is colour ("furious").
        (
            SHOPKEEPER.split(". ", maxsplit=1)[0] + ".",
            SHOPKEEPER,
            "Shopkeeper chases shoplifter through streets of Merrion",
        ),
        # A relative clause the parser hung on "councillor", with "over claims" left
        # out, would read "councillor he tried to buy votes": it goes too.
        (
            COUNCILLOR.split(". ", maxsplit=1)[0] + ".",
            COUNCILLOR,
            "Police investigate Merrion councillor",
        ),
        # A capitalised adjective says who (a nationality), not how: it stays.
        (
            "An Australian swimmer has broken the world record in Tokyo.",
            "",
            "Australian swimmer breaks world record in Tokyo",
        ),
        # An aside between commas goes; what the copula says the subject is keeps its
        # words and its "of" phrase.
        (
            "The old stone markers, which can be seen from the air, are a curious remnant of "
            "a bygone age.",
            "",
            "Stone markers are curious remnant of bygone age",
        ),
        # The same for what someone is named.
        (
            "Linden charity worker Anna Price, who has lived in the town for forty years, has "
            "been named citizen of the year.",
            "",
            "Linden charity worker Anna Price named citizen of year",
        ),
        # "A whole host of shops" is plural, as its verb says: "weeks", before the comma,
        # is not the subject.
        (
            "In recent weeks, a whole host of shops have closed their doors in Linden.",
            "",
            "Host of shops close their doors in Linden",
        ),
        # A comparison is what the verb says.
        (
            "Linden Rovers could not have started the season any better.",
            "",
            "Linden Rovers could not have started season any better",
        ),
        # "Rather" keeps its "than", wherever the parser hung it; a survey's finding is
        # the news, reported after it.
        (
            "Merrion residents would rather have a new library than another car park, a "
            "council survey has found.",
            "",
            "Merrion residents would rather have library than car park",
        ),
        # A relative clause keeps the "where" it opens on, wherever the parser hung it,
        # and a negation ("no longer") never goes.
        (
            ROW.split(". ", maxsplit=1)[0] + ".",
            ROW,
            "Row between Linden neighbours reaches stage where neighbours no longer speak",
        ),
        # A particle after the object is the verb's, whatever the parser called it.
        (
            "A Linden fisherman took his boat out despite a storm warning.",
            "",
            "Linden fisherman takes his boat out",
        ),
        (
            "The Merrion manager has told his players to put the defeat out of their minds.",
            "",
            "Merrion manager tells his players to put defeat out of their minds",
        ),
        # An ordinal says which one: it is not colour.
        (
            "Linden Rovers have reached the third round of the county cup for the first time.",
            "",
            "Linden Rovers reach third round",
        ),
        # A passive relative clause loses its "who was", as in a headline.
        (
            "Police are searching for a man who was seen running from the burning warehouse "
            "in Calder.",
            "",
            "Police search for man seen running from warehouse in Calder",
        ),
        # So is an ordinal written in figures.
        (
            "Linden Rovers captain Tom Hale has played his 400th game for the side.",
            "",
            "Linden Rovers captain Tom Hale plays his 400th game",
        ),
        # An adjective of a word that names the noun is part of the name ("primary
        # school headteacher"); one of the noun itself may be colour ("veteran").
        (
            "A veteran Calder primary school caretaker has been suspended from his post.",
            "",
            "Calder primary school caretaker suspended from his post",
        ),
        # A place's name written after its noun is part of it.
        (
            "A toxic spill has killed thousands of fish in the river Linden.",
            "",
            "Spill kills thousands of fish in river Linden",
        ),
    ],
)
def test_headline_keeps_what_the_story_repeats(lead: str, article: str, headline: str) -> None:
    written = headline_of([lead], article)
    assert written == headline
    assert len(headline.split()) <= MAX_WORDS


def test_a_name_in_initials_only_when_the_story_uses_them() -> None:
    lead = "The Calder Valley Water Authority has fined a chemical plant £2million after a spill."
    # Used twice in the story: the title writes the initials.
    assert headline_of([lead], lead + " The CVWA said the CVWA would act.") == (
        "CVWA fines chemical plant £2million"
    )
    # Used once, or never, the name stays written out.
    assert headline_of([lead], lead + " The CVWA said it would act.") == (
        "Calder Valley Water Authority fines chemical plant £2million"
    )


def test_a_when_the_parser_took_for_the_subject_heads_no_title() -> None:
    """ "The last time she spoke to him, ..." parsed with "time" as the subject."""
    from spacy.tokens import Doc

    from builder.extract.nlp import pipeline
    from builder.ingest.headline_tree import _news_clause

    words = [
        "The",
        "last",
        "time",
        "Ann",
        "Hale",
        "spoke",
        "to",
        "him",
        ",",
        "Tom",
        "was",
        "sailing",
        ".",
    ]
    heads = [2, 2, 11, 4, 5, 2, 5, 6, 6, 6, 11, 11, 11]
    deps = [
        "det",
        "amod",
        "nsubj",
        "compound",
        "nsubj",
        "relcl",
        "prep",
        "pobj",
        "punct",
        "appos",
        "aux",
        "ROOT",
        "punct",
    ]
    pos = [
        "DET",
        "ADJ",
        "NOUN",
        "PROPN",
        "PROPN",
        "VERB",
        "ADP",
        "PRON",
        "PUNCT",
        "PROPN",
        "AUX",
        "VERB",
        "PUNCT",
    ]
    tags = ["DT", "JJ", "NN", "NNP", "NNP", "VBD", "IN", "PRP", "，", "NNP", "VBD", "VBG", "."]
    tags[8] = ","
    doc = Doc(pipeline().vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags)
    assert _news_clause(doc, 3) is None


def test_a_caption_ends_where_the_opening_words_come_again() -> None:
    from builder.ingest.headline import _after_caption

    glued = (
        "Flood warning issued for the Calder valley as the river rises Flood warning "
        "sirens sounded across the Calder valley last night as the river burst its banks."
    )
    assert _after_caption(glued).startswith("Flood warning sirens sounded")
    # One opening word again after a capitalised word: a title-case caption ran into it.
    assert _after_caption(
        "Linden prepares for the Great Storm Linden residents were told to stay indoors "
        "as the storm approached the coast."
    ).startswith("Linden residents were told")
    # A name said twice is not a caption's end.
    whole = "John Smith met John Brown at the station on Monday to talk about the deal."
    assert _after_caption(whole) == whole


def test_a_verb_the_parser_read_as_an_adverb_heads_no_title() -> None:
    """ "is now nursing abandoned lambs" parsed with "abandoned" as the verb would give
    "Dog abandoned lambs", the opposite of the news: the next sentence heads the story."""
    lead = (
        "A stray dog who was found on a motorway is now nursing abandoned lambs back to "
        "health on a Merrion farm."
    )
    assert headline_of([lead]) is None
    assert headline_of([lead, "Farm dog Bess is the resident shepherd at the Merrion farm."]) == (
        "Farm dog Bess is resident shepherd at Merrion farm"
    )


def test_a_noun_empty_without_its_reported_clause_goes_with_it() -> None:
    # "amid fears" without what is feared would end the title on a phrase cut off from
    # its object; the clause does not fit, so the phrase goes whole.
    lead = (
        "The Calder harbour board has denied it will close the ferry terminal amid fears "
        "it has run out of money."
    )
    article = lead + " The fears were dismissed by the chairman, who said the board had reserves."
    assert (
        headline_of([lead], article) == "Calder harbour board denies it will close ferry terminal"
    )


def test_a_second_reported_clause_the_parser_gave_the_verb_is_left_out() -> None:
    # The parser hangs "it has already agreed a price" on "denied" once "amid claims" is
    # read as a phrase of its own: never "... sell library it has agreed price".
    lead = (
        "Merrion council has denied it will sell the library amid claims it has already "
        "agreed a price with a developer."
    )
    assert headline_of([lead]) == "Merrion council denies it will sell library"


def test_a_second_event_with_a_named_subject_is_kept_in_headline_tense() -> None:
    # "while Calder Town have been fined ..." tells a second event: it is kept when it
    # fits, written as the first one is ("fined", not "have been fined"), and the "-ing"
    # phrase after it goes whole ("following the postponement of ..."), never "following
    # postponement".
    lead = (
        "Linden Rovers have been awarded a 2-0 win while Calder Town have been fined £5,000 "
        "following the postponement of their cup tie at Mill Road."
    )
    assert headline_of([lead]) == "Linden Rovers awarded 2-0 win while Calder Town fined £5,000"


@pytest.mark.parametrize("age", ["9", "nine"])
def test_an_age_given_in_a_when_clause_is_written_at_the_age(age: str) -> None:
    # The age is the news figure of the clause: a headline writes "at 9", not "when he
    # was 9", and keeps it when it fits.
    lead = f"A Calder woman has admitted taking her son to a protest march when he was {age}."
    article = lead + " The woman said the protest march was peaceful and her son had asked to go."
    expected = f"Calder woman admits taking her son to protest march at {age}"
    assert headline_of([lead], article) == expected


def test_a_hedge_on_the_news_verb_is_kept() -> None:
    # "allegedly" says the news is a claim: a title without it would state the charge
    # as a fact.
    lead = "A Merrion councillor allegedly took cash from a developer to back its housing plan."
    assert headline_of([lead]) == "Merrion councillor allegedly takes cash to back its housing plan"


def test_a_word_that_only_ends_like_an_ordinal_is_no_time_word() -> None:
    # "to a protest march" is where she took him, not when ("the 21st", "the first
    # time" are times): it stays in the title.
    lead = "A Calder woman has admitted taking her son to a protest march."
    article = lead + " The woman said the protest march was peaceful and her son had asked to go."
    assert headline_of([lead], article) == "Calder woman admits taking her son to protest march"


def test_a_name_before_its_noun_keeps_its_of() -> None:
    lead = "A review of the Port of Calder expansion plan found that costs had doubled."
    assert (
        headline_of([lead], lead)
        == "Review of Port of Calder expansion plan finds costs had doubled"
    )
