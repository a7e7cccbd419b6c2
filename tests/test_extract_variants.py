"""One actor per entity: a name written another way, or cut short, is one actor.

Each test gives the tagger's mentions of an original article by hand, so it checks the
merging (``builder.extract.variants``) and not the tagger; each fails with its rule off.
"""

from __future__ import annotations

import re

from builder.article import Article
from builder.extract.actors import build_actors
from builder.extract.nlp import Mention
from builder.model import Actor


def actors_of(title: str, text: str, tags: list[tuple[str, str]]) -> list[Actor]:
    """The actors built from mentions of every occurrence of each (name, label)."""
    article = Article(title=title, text=text)
    starts = [s.start for s in article.sentences]
    mentions = []
    for name, label in tags:
        for match in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text):
            sentence = sum(1 for s in starts if s <= match.start())
            mentions.append(Mention(name, label, match.start(), match.end(), max(sentence, 1)))
    taken: list[Mention] = []
    for mention in sorted(mentions, key=lambda m: (m.start, -m.end)):
        if not any(m.start <= mention.start < m.end for m in taken):
            taken.append(mention)
    return build_actors(article, taken)


def listing(actors: list[Actor]) -> dict[str, list[str]]:
    return {a.name: a.aliases for a in actors}


def test_accents_and_apostrophes_spell_one_name() -> None:
    text = (
        "Lena Mårtensson opened the Calder Valley cider mill on Friday. Pieter O’Dowd, "
        "who sold her the orchard, was there. Lena Martensson said the first pressing "
        "would be ready in May, and Pieter O'Dowd said he was proud of the place."
    )
    found = listing(
        actors_of(
            "Cider mill opens",
            text,
            [
                ("Lena Mårtensson", "PERSON"),
                ("Lena Martensson", "PERSON"),
                ("Pieter O’Dowd", "PERSON"),
                ("Pieter O'Dowd", "PERSON"),
            ],
        )
    )
    assert len(found) == 2, found
    assert "Lena Martensson" in found["Lena Mårtensson"]
    assert "Pieter O'Dowd" in found["Pieter O’Dowd"]


def test_a_slip_of_the_keyboard_is_the_same_name() -> None:
    text = (
        "Talia Brennagh won the Dorrow by-election on Thursday for the Vask Greens. Vantex "
        "Logistics, the largest employer in the seat, had backed her rival. Talia Brenagh "
        "thanked volunteers, and a spokesman for Vantex said the company would work with "
        "her. Vanetx declined to say more. Shares in Vantex rose."
    )
    found = listing(
        actors_of(
            "By-election result",
            text,
            [
                ("Talia Brennagh", "PERSON"),
                ("Talia Brenagh", "PERSON"),
                ("Vantex", "ORG"),
                ("Vanetx", "ORG"),
                ("Vask Greens", "ORG"),
            ],
        )
    )
    assert "Talia Brenagh" in found["Talia Brennagh"], found
    assert "Vanetx" in found["Vantex"], found
    assert "Vanetx" not in found and "Talia Brenagh" not in found


def test_two_people_whose_names_differ_by_a_given_name_stay_apart() -> None:
    text = (
        "Jon Harrow and his sister Joan Harrow opened a bakery in Dorrow. Jon Harrow bakes; "
        "Joan Harrow runs the shop."
    )
    found = listing(
        actors_of("Bakery opens", text, [("Jon Harrow", "PERSON"), ("Joan Harrow", "PERSON")])
    )
    assert {"Jon Harrow", "Joan Harrow"} <= set(found), found


def test_swapped_letters_in_an_acronym_are_the_same_body() -> None:
    text = (
        "The Vask Rowing Federation (VRFD) fined two clubs on Monday. The VRFD said the "
        "clubs had broken the rules. In a statement the VRDF added that appeals were open."
    )
    found = listing(
        actors_of(
            "Clubs fined",
            text,
            [("Vask Rowing Federation", "ORG"), ("VRFD", "ORG"), ("VRDF", "ORG")],
        )
    )
    assert "VRDF" not in found, found
    assert any("VRDF" in aliases for aliases in found.values())


def test_an_initial_stands_for_a_word() -> None:
    text = (
        "Ferries between Dorrow and Southern Vask stopped on Sunday. Ships to S. Vask "
        "will sail again on Tuesday, the port said."
    )
    found = listing(
        actors_of(
            "Ferries stop",
            text,
            [("Dorrow", "GPE"), ("Southern Vask", "GPE"), ("S. Vask", "GPE")],
        )
    )
    assert "S. Vask" not in found, found


def test_words_glued_before_a_name_are_not_another_person() -> None:
    text = (
        "Okonkwo Adeyemi was named manager of Calder Rovers on Monday. Adeyemi said he "
        "wanted to win at once. Adeyemi had coached in Vask for six years. Trophy Adeyemi "
        "holds the cup aloft after his last final. Inspector Adeyemi, as the players call "
        "him, starts on Friday."
    )
    actors = actors_of(
        "Calder Rovers name manager",
        text,
        [
            ("Okonkwo Adeyemi", "PERSON"),
            ("Adeyemi", "PERSON"),
            ("Trophy Adeyemi", "PERSON"),
            ("Inspector Adeyemi", "PERSON"),
            ("Calder Rovers", "ORG"),
        ],
    )
    found = listing(actors)
    people = [a.name for a in actors if a.type == "person"]
    assert people == ["Okonkwo Adeyemi"], found
    # The glued word is no name of his.
    assert not any("Trophy" in alias for alias in found["Okonkwo Adeyemi"])


def test_a_peer_and_a_relative_who_share_a_surname_stay_apart() -> None:
    text = (
        "Lord Pelham resigned from the board on Monday. Lord Pelham had chaired it for "
        "ten years. Pelham said he was tired. His son, Rufus Pelham, will stay on."
    )
    found = listing(
        actors_of(
            "Chairman resigns",
            text,
            [("Lord Pelham", "PERSON"), ("Pelham", "PERSON"), ("Rufus Pelham", "PERSON")],
        )
    )
    assert {"Lord Pelham", "Rufus Pelham"} <= set(found), found


def test_a_given_name_the_tagger_took_for_a_place_is_the_person() -> None:
    text = (
        "Kerensa Quenby, 9, raised money for the Dorrow animal shelter by selling "
        "lemonade. Kerensa sold 400 cups in a week. Her mother said Kerensa had planned "
        "the stall herself."
    )
    found = listing(
        actors_of(
            "Girl raises money",
            text,
            [("Kerensa Quenby", "PERSON"), ("Kerensa", "GPE"), ("Dorrow", "GPE")],
        )
    )
    assert "Kerensa" not in found, found
    assert "Kerensa" in found["Kerensa Quenby"]


def test_the_head_of_an_x_of_y_name_alone_is_that_body() -> None:
    text = (
        "The Bank of Vask raised interest rates on Thursday. The Bank said prices were "
        "rising too fast. Economists had expected the Bank to wait until June."
    )
    found = listing(
        actors_of(
            "Rates rise",
            text,
            [("Bank of Vask", "ORG"), ("Bank", "ORG")],
        )
    )
    assert "Bank" not in found, found
    assert "Bank" in found["Bank of Vask"]


def test_a_club_named_by_its_town_in_a_sport_report() -> None:
    text = (
        "Dunmore Athletic beat Calder 2-1 in the league on Saturday. The striker scored "
        "twice in the second half. Dunmore are now second in the table, three points "
        "behind the leaders, and the coach praised the goalkeeper after the match. "
        "Dunmore play away next week."
    )
    found = listing(
        actors_of(
            "Dunmore win again",
            text,
            [("Dunmore Athletic", "ORG"), ("Dunmore", "GPE"), ("Calder", "ORG")],
        )
    )
    assert "Dunmore" not in found, found
    assert "Dunmore" in found["Dunmore Athletic"]


def test_a_full_name_met_after_the_surname_alone_is_that_person() -> None:
    text = (
        "Kessler was dropped from the squad on Friday. The coach said Kessler had missed "
        "training twice. Teammates said Tobias Kessler had apologised."
    )
    article = Article(title="Player dropped", text=text)
    # The tagger found the surname alone, as an organisation, and not the full name.
    first, second = (m.start() for m in list(re.finditer("Kessler", text))[:2])
    mentions = [
        Mention("Kessler", "ORG", first, first + 7, 1),
        Mention("Kessler", "ORG", second, second + 7, 2),
    ]
    found = listing(build_actors(article, mentions))
    assert "Tobias Kessler" in found, found
    assert "Kessler" in found["Tobias Kessler"]


def test_a_clipped_name_is_the_organisation() -> None:
    text = (
        "The Federal Reserve of Vask held rates on Wednesday. The Fed said inflation was "
        "easing, and markets expect the Fed to cut in the spring."
    )
    found = listing(
        actors_of(
            "Rates held",
            text,
            [("Federal Reserve of Vask", "ORG"), ("Fed", "ORG")],
        )
    )
    assert "Fed" not in found, found
    assert "Fed" in found["Federal Reserve of Vask"]
