"""Roles read from the dependency parse, on an original fixture article.

Each test names the mechanism it checks and fails without it: a report before its verb
("..., the authority said"), "according to", "quoted X as saying", a quotation in the
first person left out, a passive written from its participle, the agent of a participle
("an inquiry, led by Judge Brel,"), the object of a verb in the present tense, a place
that is only a setting, a long action cut by whole dependents, the lead's action first;
and, on a second fixture, a body's spokesperson speaking for it, a relative clause when
the main verb is a first-person quotation, both objects of one verb, an age after the
name or before it, a form of address and a count that are not titles, the common noun a
body's name modifies, an occupation noun, and a name after "is" that is not an act;
and, on short articles written for each test, what keeps a role a whole phrase (no end
on a word that needs more, a verb's adverb and a name as ends, no share cut from what it
counts), what is not the actor's act (a question put, a speaker's view, a belief whose
clause was lost, a report opening on a conjunction), titles that are not titles, the
headline's act first, an age before what a person is, the setting of a fronted share,
what a body's name says it is, and what befell a thing of the actor's ("whose ...");
a passive's auxiliary behind a negation, a report hung from what it reports, and what
the lead calls the person the next sentence names, or a later one names as the same,
with what the lead says that person did.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from builder.article import Article
from builder.extract.nlp import Mention
from builder.extract.roles import find_role
from builder.extract.syntax import DANGLING, MAX_ROLE_WORDS, clean_phrase

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "actors"


def read(name: str) -> Article:
    title, _, body = (FIXTURES / name).read_text(encoding="utf-8").partition("\n\n")
    return Article(title=title.strip(), text=body.strip())


@pytest.fixture(scope="module")
def article() -> Article:
    return read("storm-recovery.txt")


@pytest.fixture(scope="module")
def clinic() -> Article:
    return read("clinic-hearing.txt")


def mentions(article: Article, name: str, label: str) -> list[Mention]:
    """Every mention of ``name`` in the article, with its sentence number."""
    found = []
    for match in re.finditer(rf"\b{re.escape(name)}\b", article.text):
        sentence = next(
            n for n, s in enumerate(article.sentences, 1) if s.start <= match.start() < s.end
        )
        found.append(Mention(name, label, match.start(), match.end(), sentence))
    return found


def role(article: Article, name: str, label: str, kind: str) -> str:
    return find_role(article, mentions(article, name, label), kind)[0]


def test_the_lead_action_comes_first_cut_by_whole_dependents(article: Article) -> None:
    # The lead's clause is longer than a role: its trailing "since ..." clause goes whole,
    # and the lead's action is chosen over the later, shorter report.
    assert role(article, "Vask Harbour Authority", "ORG", "organization") == (
        "has suspended all ferry crossings to Arlen Island, said the crossings will resume"
    )


def test_a_report_before_its_verb(article: Article) -> None:
    found = find_role(
        article, mentions(article, "Vask Harbour Authority", "ORG")[1:], "organization"
    )
    assert (
        found[0] == "said the crossings will resume on a temporary pontoon by the end of next month"
    )


def test_a_quotation_begun_in_an_earlier_sentence_is_no_report_of_its_end() -> None:
    # The quotation runs over two sentences; the parser hangs only the second on "told",
    # which would make the role a fragment ("told each one was missed").
    article = Article(
        title="Trust fined",
        text='The trust was fined on Friday. "There were repeated chances to save him. '
        'Each one was missed," prosecutor Diane Cole told the court.',
    )
    found = role(article, "Diane Cole", "PERSON", "person")
    assert "missed" not in found
    assert found.startswith("prosecutor")


def test_according_to(article: Article) -> None:
    assert role(article, "Calder Weather Office", "ORG", "organization") == (
        "said the storm brought the strongest winds recorded on the coast in forty years"
    )


def test_quoted_as_saying_without_the_outlet_that_reports_it(article: Article) -> None:
    assert role(article, "Ilse Morrow", "PERSON", "person") == (
        "council engineer; said the old pier had been due for repairs since 2019"
    )


def test_a_quotation_in_the_first_person_is_not_a_role_but_a_passive_is(
    article: Article,
) -> None:
    # '"We will rebuild ...," said Tomas Reuter' says nothing of him in the third person;
    # "Reuter was praised by residents" is written from its participle.
    assert role(article, "Reuter", "PERSON", "person") == (
        "authority's operations director; praised by residents for keeping the terminal open"
        " overnight"
    )


def test_a_long_passive_ends_where_a_phrase_ends(article: Article) -> None:
    found = role(article, "Pia Lund", "PERSON", "person")
    # Of the parts that end last, the smallest that makes it fit goes ("..., warning
    # schedules and the safety checks ..."), not the whole "about ..." phrase.
    assert found == (
        "ferry operator's chief executive; questioned by the inquiry panel about the"
        " company's maintenance records"
    )


def test_the_agent_of_a_participle_and_the_object_of_a_present_verb(article: Article) -> None:
    assert role(article, "Judge Anna Brel", "PERSON", "person") == "led an independent inquiry"
    brel = find_role(article, mentions(article, "Judge Brel", "PERSON"), "person")[0]
    assert brel == "blamed by the harbour union for the delay to the report"


def test_a_place_that_is_only_a_setting(article: Article) -> None:
    assert (
        role(article, "Dorrow", "GPE", "place")
        == "number of flooded homes has doubled since Monday"
    )
    # A pronoun's or another actor's clause is never taken: "the island's only shop" is.
    assert role(article, "Arlen", "GPE", "place") == "island's only shop has run out of bread"


def test_every_role_here_is_short_and_ends_on_a_full_word(article: Article) -> None:
    for name, label, kind in [
        ("Vask Harbour Authority", "ORG", "organization"),
        ("Tomas Reuter", "PERSON", "person"),
        ("Pia Lund", "PERSON", "person"),
        ("Dorrow", "GPE", "place"),
    ]:
        text = role(article, name, label, kind)
        assert text and len(text.split()) <= MAX_ROLE_WORDS
        assert text.split()[-1].lower() not in DANGLING


def test_a_spokesperson_speaks_for_the_body(clinic: Article) -> None:
    spoken = find_role(clinic, mentions(clinic, "Harlow Care", "ORG")[1:2], "organization")[0]
    assert spoken == "spokeswoman confirmed the clinic would close its maternity wing by the summer"


def test_the_common_noun_a_name_modifies_says_what_the_body_is(clinic: Article) -> None:
    assert find_role(clinic, mentions(clinic, "Harlow Care", "ORG")[:1], "organization")[0] == (
        "birthing clinic"
    )


def test_a_relative_clause_when_the_main_verb_quotes_the_first_person(clinic: Article) -> None:
    # 'Pell, who chairs the committee, said: "I want ..."': the quotation is no role.
    pell = find_role(clinic, mentions(clinic, "Jonas Pell", "PERSON")[:1], "person")[0]
    assert pell == "Councillor; chairs the county health committee"


def test_both_objects_of_one_verb(clinic: Article) -> None:
    pell = find_role(clinic, mentions(clinic, "Jonas Pell", "PERSON")[1:], "person")[0]
    assert pell == "criticised by the health secretary over the delays"


def test_ages_and_occupations(clinic: Article) -> None:
    assert role(clinic, "Lena Varga", "PERSON", "person").startswith("aged 34; ")
    assert role(clinic, "Milo Hart", "PERSON", "person").startswith(
        "29-year-old nursing student; told the panel"
    )
    # "midwife" is an occupation, and a day after "on" goes with its preposition.
    ansel = find_role(clinic, mentions(clinic, "Ruth Ansel", "PERSON")[:1], "person")[0]
    assert ansel == "Former midwife; struck off by a disciplinary panel"


def test_a_form_of_address_and_a_count_are_not_titles(clinic: Article) -> None:
    assert role(clinic, "Agnes Moor", "PERSON", "person") == "had prayed with the families"
    assert role(clinic, "Clara Dunn", "PERSON", "person") == ""


def test_a_name_after_is_is_not_an_act(clinic: Article) -> None:
    last = mentions(clinic, "Harlow Care", "ORG")[-1:]
    assert last[0].sentence == len(clinic.sentences)
    assert find_role(clinic, last, "organization")[0] == ""


@pytest.fixture(scope="module")
def trial() -> Article:
    return read("arson-trial.txt")


def test_a_dateline_is_not_read_as_a_clause(trial: Article) -> None:
    # "Port Ellis, Calder (CNN)As the jury returned ...": the parser makes the place line
    # the subject of the story's first clause.
    first = mentions(trial, "Port Ellis", "GPE")[:1]
    assert first[0].start == 0
    assert find_role(trial, first, "place")[:2] == ("", [])


def test_a_caption_run_on_gives_no_title(trial: Article) -> None:
    # "... at the scene in court Darren Kell showed ...": "court" is not his title; the
    # age is. What he did goes on past the aside between dashes ("- a building the
    # company had insured for $4 million -").
    assert role(trial, "Kell", "PERSON", "person") == (
        "aged 19; set fire to the Brightwater Logistics warehouse in August"
    )


def test_a_second_action_told_in_another_sentence_is_listed() -> None:
    # A future passive keeps "will be".
    text = (
        "Ana Ruiz set fire to a warehouse. A jury heard the case in Calder. "
        "Ana Ruiz will be sentenced in June."
    )
    assert one(text, "Ana Ruiz", "PERSON", "person") == (
        "set fire to a warehouse, will be sentenced in June"
    )


def test_every_name_of_a_list_in_apposition_to_the_subject_acts(trial: Article) -> None:
    # "His grandparents, Rita and Owen Brandt, sat ...": Owen, the second, sat too.
    assert role(trial, "Owen Brandt", "PERSON", "person") == "sat behind him throughout the trial"


def test_a_name_is_never_cut(article: Article) -> None:
    # The phrase is cut to fit at "of the Control of ... Act", never inside the Act's name
    # ("... of a breach of the Control").
    assert role(article, "Calder Coast Guard", "ORG", "organization") == (
        "said it was examining reports of a breach"
    )


def test_a_caption_and_a_source_are_not_titles(trial: Article) -> None:
    # "Kell, seen here outside the county court on Tuesday," is a photo's caption (the age
    # stays his description); "According to the local newspaper, Rita Brandt ..." names
    # who reports, not what she is.
    assert role(trial, "Kell", "PERSON", "person").startswith("aged 19; ")
    assert role(trial, "Rita Brandt", "PERSON", "person") == (
        "had raised money for the watchman's family"
    )


@pytest.fixture(scope="module")
def budget() -> Article:
    return read("county-budget.txt")


def test_an_aside_inside_the_phrase_is_skipped_not_cut_at(budget: Article) -> None:
    # "the fund, which holds about $90 million, would not be used": not "said the fund".
    assert role(budget, "Nina Okoro", "PERSON", "person") == (
        "Treasurer; said the county's reserve fund would not be used to close the gap"
    )


def test_a_verb_keeps_the_preposition_it_needs(budget: Article) -> None:
    # "was relying on ..." cannot lose "on ...": with no room left, no action at all.
    assert role(budget, "Paul Adeyemi", "PERSON", "person") == "Finance director"


def test_a_thing_of_a_place_does_not_act_for_it(budget: Article) -> None:
    # "The Dorrow bridge repair had been planned ...": the repair, not Dorrow.
    assert role(budget, "Dorrow", "GPE", "place") == ""


def test_a_level_of_government_is_not_a_title(budget: Article) -> None:
    assert role(budget, "Transport Review Board", "ORG", "organization") == (
        "said it would decide on the bridge grant in October"
    )


def test_a_quotation_in_the_first_person_is_never_an_action(budget: Article) -> None:
    # "The Dorrow Taxpayers Union will now have to show us every receipt," Okoro said.
    assert role(budget, "Dorrow Taxpayers Union", "ORG", "organization") == ""


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        # A dictionary word inside a capitalised run is part of the name the run spells.
        (
            "Harbour Lines chief executive Ines Duarte said fares would rise.",
            "Ines Duarte",
            "Harbour Lines chief executive",
        ),
        (
            "Rain stopped play. West Indies captain Dev Ramsaran won the toss.",
            "Dev Ramsaran",
            "West Indies captain",
        ),
        # A word that opens the sentence is not part of a name.
        ("Yesterday President Mara Quill spoke.", "Mara Quill", "President"),
    ],
)
def test_a_title_keeps_the_whole_name_of_its_body(text: str, name: str, title: str) -> None:
    from builder.extract.roles import title_before

    start = text.index(name)
    assert title_before(text, Mention(name, "PERSON", start, start + len(name), 1)) == title


def test_a_body_speaks_through_a_spokeswoman_for_it() -> None:
    from builder.extract import analyze_articles

    text = (
        "Ferries stopped on Monday. A spokeswoman for the Calder Coast Guard said it was "
        "sending a lifeboat."
    )
    (analysis,) = analyze_articles([Article(title="Ferries stop", text=text)])
    (guard,) = [a for a in analysis.actors if a.name == "Calder Coast Guard"]
    assert guard.role == "spokeswoman said it was sending a lifeboat"


@pytest.fixture(scope="module")
def strike() -> Article:
    return read("port-strike.txt")


def test_a_report_the_parser_hangs_from_what_it_reports(strike: Article) -> None:
    # "Fares will rise ..., the Vask Harbour Board announced on Friday, as ...": the
    # parser makes "announced" a clause of "rise"; what it announced is the role.
    assert role(strike, "Vask Harbour Board", "ORG", "organization") == (
        "announced ferry fares will rise by a tenth"
    )


def test_a_title_written_with_of_before_the_name(strike: Article) -> None:
    assert role(strike, "Lars Hemming", "PERSON", "person") == (
        "Director of Port Operations; said the night shifts would be cut from next month"
    )


def test_a_rank_between_the_title_and_the_name(strike: Article) -> None:
    assert role(strike, "Ines Okafor", "PERSON", "person").startswith("Police spokesman; ")


def test_a_capitalised_word_inside_a_sentence_is_part_of_the_title(strike: Article) -> None:
    # "Last week Green councillor Ada Fenn": the party; "Last week" opens the sentence.
    assert role(strike, "Ada Fenn", "PERSON", "person").startswith("Green councillor; ")


def test_a_short_form_with_full_stops_and_an_aside_in_brackets(strike: Article) -> None:
    # "U.N. envoy"; "The dockers' union (the harbour's largest) has agreed ...": the
    # aside goes, what was said stays.
    assert role(strike, "Mara Quist", "PERSON", "person") == (
        "U.N. envoy; said the dockers' union has agreed to talks"
    )


@pytest.fixture(scope="module")
def quarry() -> Article:
    return read("quarry-flood.txt")


def test_a_later_mention_says_what_a_place_does_when_the_first_only_set_the_scene(
    quarry: Article,
) -> None:
    # Six mentions as the setting ("in Tarnby", "near Tarnby"), then "Tarnby will need ...".
    assert role(quarry, "Tarnby", "GPE", "place") == (
        "will need a new drainage channel before the autumn storms"
    )


def test_the_agent_of_a_participle_puts_the_verb_first_and_keeps_at_least(
    quarry: Article,
) -> None:
    # "At least 40 quarry workers, described by the Stonecutters Guild as ...,": cut to
    # a role's length, the sentence's first words still follow the verb, in lower case.
    assert role(quarry, "Stonecutters Guild", "ORG", "organization") == (
        "described at least 40 quarry workers"
    )


def test_at_least_is_a_bound_not_a_leading_preposition() -> None:
    assert clean_phrase(["At", "least", "ten", "crews", "were", "sent", "home"]) == (
        "At least ten crews were sent home"
    )
    assert clean_phrase(["at", "the", "depot"]) == "depot"


@pytest.fixture(scope="module")
def mill() -> Article:
    return read("mill-fire.txt")


def test_a_list_after_a_name_is_not_its_apposition(mill: Article) -> None:
    # "found Oskar Vell, the watchman and Ruiz's brother, Teo,": three people found.
    assert role(mill, "Oskar Vell", "PERSON", "person") == (
        "watchman; found by firefighters on Tuesday"
    )


def test_a_sentence_end_is_not_a_title_and_a_predicate_ends_at_a_second_verb(
    mill: Article,
) -> None:
    # "... by the mill owner's son. Piet Halloran, ...": "son." ends a sentence; "was a
    # parish official of long standing and had helped ...": the description stops at "and".
    named = mentions(mill, "Piet Halloran", "PERSON") + mentions(mill, "Halloran", "PERSON")[1:]
    assert find_role(mill, named, "person")[0] == (
        "parish official of long standing; rang the fire service at midnight"
    )


def test_an_action_that_only_repeats_the_title_is_left_out(mill: Article) -> None:
    assert role(mill, "Ada Ruiz", "PERSON", "person") == "watchman's mother"


def test_names_listed_with_a_thing_did_not_act_but_names_listed_together_did(
    mill: Article,
) -> None:
    # "- namely Ivo Marek, Emil Sorn, ... - and her final job was in 2011 ...": the
    # parser makes the names and the job one subject, joined to the first name;
    # the names joined to it did not act. "Ivo Marek and Emil Sorn later repaired ..."
    # is a subject of two names.
    for name in ("Emil Sorn", "Kai Dunmore"):
        assert find_role(mill, mentions(mill, name, "PERSON")[:1], "person")[0] == ""
    assert role(mill, "Emil Sorn", "PERSON", "person") == "repaired the mill's roof"


def test_an_aside_in_brackets_inside_an_action_is_left_out(quarry: Article) -> None:
    assert role(quarry, "Calder Water Company", "ORG", "organization") == (
        "fined its pumping contractor 4,000 pounds for the delay"
    )


def test_a_report_cut_to_a_verb_that_says_nothing_alone_is_no_role(quarry: Article) -> None:
    # '"It does not look as though ...," Mayor Ilse Brandt told reporters': cut to fit,
    # "told it does not look" would say nothing; the title stands alone.
    assert role(quarry, "Ilse Brandt", "PERSON", "person") == "Mayor"


def one(text: str, name: str, label: str, kind: str, title: str = "Harbour news") -> str:
    """The role of ``name`` in a short article written for the test."""
    return role(Article(title=title, text=text), name, label, kind)


def test_a_name_in_capitals_is_not_a_dangling_word() -> None:
    # "OR" (the operating room) is a name when written in capitals, not "or".
    assert clean_phrase(["wheeled", "the", "patient", "to", "OR"]) == "wheeled the patient to OR"
    assert clean_phrase(["spoke", "to", "the"]) == "spoke"


def test_a_verb_s_adverb_ends_the_phrase_though_it_is_a_preposition() -> None:
    text = "The Vask Council thinks the dispute with Arlen Shipping is over."
    assert one(text, "Vask Council", "ORG", "organization") == (
        "thinks the dispute with Arlen Shipping is over"
    )


def test_a_phrase_that_stops_on_a_word_needing_more_is_no_role() -> None:
    from builder.extract.nlp import parse
    from builder.extract.syntax import _closed_phrase

    doc: Any = parse("The board voted to close the depot in May.")
    assert _closed_phrase(list(doc[2:4])) == ""  # "voted to"
    assert _closed_phrase(list(doc[2:6])) == ""  # "voted to close the"
    assert _closed_phrase(list(doc[2:7])) == "voted to close the depot"
    assert _closed_phrase(list(doc[2:9])) == "voted to close the depot in May"


def test_a_belief_whose_clause_was_lost_is_not_an_act() -> None:
    text = (
        "Now the Calder coastguard suspects the yacht, only seen as a light in the fog, "
        "may have run aground."
    )
    assert one(text, "Calder coastguard", "ORG", "organization") == ""


def test_a_question_put_about_the_actor_is_not_its_act() -> None:
    text = "The panel wanted to know whether Mara Quist had approved the harbour contract."
    assert one(text, "Mara Quist", "PERSON", "person") == ""


def test_what_a_speaker_sees_the_actor_do_is_not_its_act() -> None:
    text = (
        "'Every time I watch the Harbour Board boasting about record profits, I want to "
        "cry,' said Ana Brel."
    )
    assert one(text, "Harbour Board", "ORG", "organization") == ""


def test_where_someone_is_from_and_what_a_body_is_not_are_not_titles() -> None:
    from builder.extract.roles import apposition_after

    for text, name in (
        ("Tomas Ruiz, originally of the harbour board, said no.", "Tomas Ruiz"),
        ("The Calder Party, never a friend of the harbour union, lost.", "Calder Party"),
    ):
        start = text.index(name)
        mention = Mention(name, "PERSON", start, start + len(name), 1)
        assert apposition_after(text, mention) == ""


def test_a_report_that_opens_on_a_conjunction_is_no_report() -> None:
    text = "The ferry is safe. But the repairs will take a month, the Vask Harbour Board said."
    assert one(text, "Vask Harbour Board", "ORG", "organization") == ""


def test_the_act_the_headline_tells_comes_first() -> None:
    text = (
        "Mayor Tomas Ruiz arrived at the Calder town hall on Monday with his lawyer. The "
        "panel heard the case. Ruiz admitted two counts of fraud over the harbour contract."
    )
    found = one(text, "Ruiz", "PERSON", "person", title="Vask mayor admits fraud")
    # What he did on the way to it may follow, never before.
    assert found.split(", ")[0] == "admitted two counts of fraud over the harbour contract"


def test_an_age_goes_before_what_the_person_is() -> None:
    text = (
        "Pia Lund, 17, was fined for speeding on Monday. Lund, a trainee electrician, "
        "paid the fine."
    )
    assert one(text, "Lund", "PERSON", "person").startswith("17-year-old trainee electrician; ")
    # A title that opened its sentence loses the sentence's capital behind the age.
    text = "Forklift driver Omar Dris, 29, was banned from driving for two years."
    assert one(text, "Omar Dris", "PERSON", "person").startswith("29-year-old forklift driver; ")


def test_an_age_does_not_go_before_an_office_or_a_name() -> None:
    text = "Mayor Ines Varga, 61, opened the new harbour bridge on Monday."
    assert one(text, "Ines Varga", "PERSON", "person").startswith("Mayor; ")
    text = "Chief executive Ines Varga, 61, opened the new harbour bridge on Monday."
    assert one(text, "Ines Varga", "PERSON", "person").startswith("Chief executive; ")


def test_where_someone_came_from_is_not_a_body_she_is_of() -> None:
    text = "Tomas Ruiz, originally from the Vask Republic, repaired the harbour crane."
    assert one(text, "Tomas Ruiz", "PERSON", "person") == "repaired the harbour crane"


def test_a_share_set_before_its_number_follows_it_in_a_setting() -> None:
    # "In Dorrow, of the 12 fires, nine were ...": the place is only the setting; the
    # number alone would not say nine of what; the clause joined after it is another's.
    text = (
        "Fire crews were busy all summer. In Dorrow, of the 12 reported fires since May, "
        "nine were started deliberately and there were two arrests."
    )
    assert one(text, "Dorrow", "GPE", "place") == (
        "nine of the 12 reported fires were started deliberately"
    )


def test_a_body_that_neither_acts_nor_is_called_anything_is_what_its_name_says() -> None:
    text = (
        "Three porters worked nights at the understaffed Arlen Dental Hospital in "
        "Dorrow until the wing closed."
    )
    assert one(text, "Arlen Dental Hospital", "ORG", "organization") == (
        "understaffed hospital in Dorrow where three porters worked nights until the wing closed"
    )
    text = "The porters came from the understaffed Arlen Dental Hospital in Dorrow."
    assert one(text, "Arlen Dental Hospital", "ORG", "organization") == (
        "understaffed hospital in Dorrow"
    )
    # The name alone adds nothing to the name.
    text = "The porters came from Arlen Dental Hospital."
    assert one(text, "Arlen Dental Hospital", "ORG", "organization") == ""


def test_a_share_is_never_cut_from_what_it_counts() -> None:
    from builder.extract.clauses import fit, words_of
    from builder.extract.nlp import parse

    doc: Any = parse(
        "She refused to stand behind a string of complaints about the harbour at the inquiry."
    )
    # Cut to seven words, "behind a string" would be left without what it is a string of.
    assert words_of(fit(list(doc[1:-1]), doc[1], 7)) == ["refused", "to", "stand"]


def test_what_befell_a_body_s_own_part_in_a_whose_clause() -> None:
    text = "Fire crews reached the Vask Tannery, whose main warehouse was destroyed in the blaze."
    assert one(text, "Vask Tannery", "ORG", "organization") == (
        "main warehouse was destroyed in the blaze"
    )


def test_what_befell_a_thing_of_the_actor_s_that_is_a_subject() -> None:
    text = "The Vask Survey Office's main depot was flooded for three days."
    assert one(text, "Vask Survey Office", "ORG", "organization") == (
        "main depot was flooded for three days"
    )
    # Someone's claim about it is not what befell it.
    text = "Ana Brel said the Vask Survey Office's new plan would fail within a year."
    assert one(text, "Vask Survey Office", "ORG", "organization") == ""


def test_a_whose_phrase_joins_the_title_as_one_description_and_stands_alone() -> None:
    text = (
        "The council heard from the nurse Mia Holt. Mia Holt's note was read to the full council. "
        "Mia Holt has since moved to Arlen with her two sons."
    )
    assert one(text, "Mia Holt", "PERSON", "person") == (
        "nurse whose note was read to the full council"
    )


def test_a_long_thing_of_the_actor_s_is_no_role_skipped_words() -> None:
    text = "Kestrel Cup table after Sunday's games (columns: won, lost, points):\n\nDorrow 5 1 16"
    assert one(text, "Kestrel Cup", "ORG", "organization") == ""


def test_a_passive_after_a_negation_still_starts_at_its_participle() -> None:
    # "has not been charged": the negation opens the phrase, and the passive's own
    # auxiliary behind it goes, as it does when nothing stands before the participle.
    text = "Tomas Ruiz has not been charged with any offence over the crash."
    assert one(text, "Tomas Ruiz", "PERSON", "person") == (
        "not charged with any offence over the crash"
    )


def test_a_report_hung_from_what_it_reports_leaves_its_own_words_out() -> None:
    from builder.extract.nlp import parse
    from builder.extract.syntax import _said

    # The parser hangs "recalled" from the clause it reports: the report is the clause
    # without the reporting verb's own words, whatever the verb.
    doc: Any = parse(
        "The crane collapsed shortly after noon, Tomas Ruiz recalled, sending workers "
        "running for cover."
    )
    verb = next(t for t in doc if t.lower_ == "recalled")
    assert verb.head.lower_ == "collapsed"
    assert _said(verb, verb.head, MAX_ROLE_WORDS) == (
        "recalled the crane collapsed shortly after noon"
    )


def _lead_role(text: str, name: str) -> str:
    """The role of ``name`` when the extraction has parsed the lead, as it does for a
    lead that names a place or anyone else."""
    from builder.extract.nlp import parse

    article = Article(title="Harbour news", text=text)
    parse(text[article.sentences[0].start : article.sentences[0].end])
    return role(article, name, "PERSON", "person")


def test_the_lead_says_what_the_person_the_next_sentence_names_is() -> None:
    text = (
        "A 15-year-old Calder schoolboy has been charged over a fire at the Vask harbour "
        "depot. Tomas Ruiz appeared before magistrates on Monday and was released on bail."
    )
    assert _lead_role(text, "Tomas Ruiz").startswith("15-year-old Calder schoolboy; ")
    # Her own "Ana Ruiz's car": she owns the subject; the lead's report ("..., it emerged
    # today") still has the lead's subject.
    text = (
        "An elderly Calder nurse was attacked in her home, it emerged today. Ana Ruiz's "
        "front door had been forced open during the night."
    )
    assert _lead_role(text, "Ana Ruiz").startswith("elderly Calder nurse")
    # A place the lead names is where it happened, not someone else acted on.
    text = (
        "A Calder man was stabbed in Dorrow on Monday night. Tomas Ruiz was taken to "
        "hospital with wounds to his arm."
    )
    assert _lead_role(text, "Tomas Ruiz").startswith("Calder man; ")
    # Through the whole extraction, which parses the lead because it names a place.
    from builder.extract import analyze_articles

    text = (
        "A 15-year-old Calder schoolboy has been charged over a fire at the Vask harbour "
        "depot. Tomas Ruiz appeared before magistrates on Monday and was released on bail. "
        "Ruiz will return to court in May."
    )
    actors = analyze_articles([Article(title="Depot fire", text=text)])[0].actors
    found = next(a for a in actors if a.name == "Tomas Ruiz")
    assert found.role.startswith("15-year-old Calder schoolboy")


def test_the_lead_s_person_is_not_a_witness_a_later_name_or_one_beside_another_name() -> None:
    lead = "A 15-year-old Calder schoolboy has been charged over a fire at the harbour depot. "
    # A report's speaker is a witness, not the boy.
    text = lead + "Tomas Ruiz said he had seen smoke from the depot roof."
    assert not _lead_role(text, "Tomas Ruiz").startswith("15-year-old")
    # A name that does not open the next sentence is someone else the story brings in.
    text = lead + "On Monday Tomas Ruiz repaired the depot roof."
    assert not _lead_role(text, "Tomas Ruiz").startswith("15-year-old")
    # A lead that names someone its words act on: the next name may be either.
    text = (
        "A Calder man has been charged with attacking Pia Lund at the harbour depot. "
        "Tomas Ruiz appeared before magistrates on Monday."
    )
    assert not _lead_role(text, "Tomas Ruiz").startswith("Calder man")
    # More than one person, or a named one, is not what she is.
    text = (
        "Two Calder schoolboys have been charged over a fire at the harbour depot. "
        "Tomas Ruiz appeared before magistrates on Monday."
    )
    assert not _lead_role(text, "Tomas Ruiz").startswith("Calder")
    # "The harbour master" is someone the reader knows of, not a newcomer the story names.
    text = (
        "The Calder harbour master has resigned over a fire at the depot. "
        "Tomas Ruiz appeared before magistrates on Monday."
    )
    assert not _lead_role(text, "Tomas Ruiz").startswith("Calder harbour master")


def test_the_lead_s_person_by_a_tie_to_someone_new_and_what_the_lead_says_he_did() -> None:
    # "The grandfather of a missing toddler" brings in someone new, as "a man" does; what
    # the lead says he did is his news, before what the next sentence tells.
    lead = (
        "The grandfather of a missing Arlen toddler yesterday admitted leaving the boy "
        "alone on the quay for an hour. "
    )
    text = lead + "Tomas Brel wept as the coroner read out the timeline of the afternoon."
    assert _lead_role(text, "Tomas Brel") == (
        "grandfather of a missing Arlen toddler; admitted leaving the boy alone on the quay"
    )
    # A tie to someone named: the next name may be either of the two.
    text = (
        "The mother of Pia Lund has been charged over a fire at the depot. "
        "Pia Lund wept as the coroner read out the timeline."
    )
    assert _lead_role(text, "Pia Lund") == "wept as the coroner read out the timeline"
    # A title of his own tells his part; the lead's act is not put before it.
    text = lead + "Tomas Brel, a harbour pilot, wept as the coroner read out the timeline."
    assert _lead_role(text, "Tomas Brel") == (
        "harbour pilot; wept as the coroner read out the timeline"
    )


def test_a_lead_no_one_parsed_is_not_parsed_for_the_person_it_describes() -> None:
    from builder.extract.nlp import parsed

    lead = "A 16-year-old Arlen schoolgirl has gone missing from the harbour camp."
    text = lead + " Pia Lund was last seen on Sunday morning near the ferry pier."
    found = role(Article(title="Harbour news", text=text), "Pia Lund", "PERSON", "person")
    assert not found.startswith("16-year-old")
    assert parsed(lead) is None


def test_a_report_the_parser_joins_to_what_it_reports_says_what_was_reported() -> None:
    # The parser makes "confirmed" a conjunct of "will close": set off by a comma, not
    # joined by "and", it is the report of the clause before it.
    text = (
        "The old pier will close for good, the Vask Harbour Board confirmed last week, "
        "telling traders to move out by June."
    )
    assert one(text, "Vask Harbour Board", "ORG", "organization") == (
        "confirmed the old pier will close for good"
    )


def test_a_people_s_name_opening_a_report_keeps_its_capital() -> None:
    text = "Danish coastguards will close the harbour road on Sunday, the Calder Times said."
    assert one(text, "Calder Times", "ORG", "organization") == (
        "said Danish coastguards will close the harbour road"
    )
    text = "Local coastguards will close the harbour road on Sunday, the Calder Times said."
    assert one(text, "Calder Times", "ORG", "organization") == (
        "said local coastguards will close the harbour road"
    )


def test_a_later_sentence_naming_the_lead_s_person_takes_the_lead_s_description() -> None:
    lead = "A 15-year-old Calder schoolboy has been charged over a fire at the harbour depot. "
    text = lead + "The boy, Tomas Ruiz, appeared before magistrates on Monday."
    assert _lead_role(text, "Tomas Ruiz").startswith("15-year-old Calder schoolboy; ")
    text = (
        "An elderly nun was found dead in her room at the Calder mission. Police said "
        "the nun, named as Pia Lund, had lived there for 40 years."
    )
    assert _lead_role(text, "Pia Lund").startswith("elderly nun")
    # "Another man" is a second one; the boy's lawyer is someone else.
    text = (
        "A Calder man has been stabbed outside the harbour depot. Another man, Tomas "
        "Ruiz, was arrested at the scene on Monday."
    )
    assert not _lead_role(text, "Tomas Ruiz").startswith("Calder man")
    text = lead + "Tomas Ruiz, the boy's lawyer, said he would plead not guilty."
    assert _lead_role(text, "Tomas Ruiz").startswith("boy's lawyer")


def test_an_admission_after_what_it_admits_is_a_report() -> None:
    text = (
        "The crane was never inspected, the Vask Harbour Board admitted on Monday, "
        "promising to pay for the repairs."
    )
    assert one(text, "Vask Harbour Board", "ORG", "organization") == (
        "admitted the crane was never inspected"
    )
    text = "The crane had never been inspected, Tomas Ruiz conceded, though the harbour is busy."
    assert one(text, "Tomas Ruiz", "PERSON", "person") == (
        "conceded the crane had never been inspected"
    )
    # With its object it is what the actor did.
    text = "The Vask Harbour Board admitted two breaches of the safety code."
    assert one(text, "Vask Harbour Board", "ORG", "organization") == (
        "admitted two breaches of the safety code"
    )


def test_a_report_with_a_caption_run_into_it_is_no_report() -> None:
    text = "Ferry sold: the old ferry went to a scrap yard in Arlen, the Vask Harbour Board said."
    assert one(text, "Vask Harbour Board", "ORG", "organization") == ""


def test_a_name_let_do_something_was_allowed_to() -> None:
    # "The ... government has for the first time allowed Kestria to use long-range ...
    # missiles": the parser reads Kestria as the subject of "use"; it was allowed to.
    path = FIXTURES.parent / "extract" / "missile-permission.txt"
    title, _, body = path.read_text(encoding="utf-8").partition("\n\n")
    article = Article(title=title, text=body.strip())
    assert role(article, "Kestria", "GPE", "place").startswith(
        "allowed to use long-range Varnian missiles"
    )


def test_a_body_s_own_act_comes_before_what_it_said_of_others() -> None:
    text = (
        "The Dorrow Coastguard said the trawler had lost power near the harbour wall. "
        "The Dorrow Coastguard has sent two lifeboats to tow the trawler back to port."
    )
    assert one(text, "Dorrow Coastguard", "ORG", "organization") == (
        "has sent two lifeboats to tow the trawler back to port"
    )
    # A person's word is often her part in the story: her report keeps its place.
    text = text.replace("The Dorrow Coastguard", "Tomas Brel")
    assert one(text, "Tomas Brel", "PERSON", "person") == (
        "said the trawler had lost power near the harbour wall"
    )


def test_who_a_person_is_to_someone_the_sentence_names_goes_before_an_age() -> None:
    # "his daughter, Ana Brel": the subject is her father, which says more than "aged 52".
    text = "Tomas Brel, 52, told the inquest that his daughter, Ana Brel, had left the quay alone."
    assert one(text, "Tomas Brel", "PERSON", "person") == "father of Ana Brel"
    text = "Pia Lund, 44, said her son Marek Lund had not come home from the harbour."
    assert one(text, "Pia Lund", "PERSON", "person").startswith("mother of Marek Lund; ")
    # "his" beside a woman's name stands for someone else: no tie is read.
    text = (
        "Pia Lund, 44, said his son Marek Lund had not come home from the harbour. "
        "Mrs Lund called the coastguard."
    )
    assert not one(text, "Lund", "PERSON", "person").startswith(("mother", "father"))


def test_the_object_of_an_irregular_past_is_beaten_by_its_subject() -> None:
    # "beat" is its own past: the participle comes from the verb's irregular forms.
    article = Article(
        title="Rovers take the cup",
        text="Calder Rovers beat Dorrow Athletic 3-1 in the cup final on Saturday. "
        "The final was watched by a record crowd.",
    )
    assert role(article, "Dorrow Athletic", "ORG", "organization") == (
        "beaten by Calder Rovers in the cup final on Saturday"
    )


def test_who_heard_it_a_headline_and_a_score_table_are_not_agents() -> None:
    article = Article(
        title="Late collapse",
        text="Cricket - Calder Rovers beat Dorrow Athletic by 46 runs. "
        "Ana Ruiz told the Vask Harbour Board the port would close.",
    )
    assert role(article, "Dorrow Athletic", "ORG", "organization") == ""
    assert role(article, "Vask Harbour Board", "ORG", "organization") == ""


def test_a_body_named_in_the_title_of_who_leads_it_is_led_by_them() -> None:
    article = Article(
        title="Harbour talks stall",
        text="Talks on the harbour stalled on Monday. Harbour Lines chief executive Ana "
        "Ruiz said the offer was final. Dorrow Athletic captain Tom Hale said his side had "
        "been unlucky. Kestria Foreign Minister Lena Brel flew home. Vask Labour "
        "election campaign director Orrin Dale denied it.",
    )
    assert role(article, "Harbour Lines", "ORG", "organization") == (
        "led by chief executive Ana Ruiz"
    )
    assert role(article, "Dorrow Athletic", "ORG", "organization") == "led by captain Tom Hale"
    assert role(article, "Kestria", "GPE", "place") == ""  # a minister leads a ministry
    # The campaign's director, not the party's leader.
    assert role(article, "Vask Labour", "ORG", "organization") == ""


def test_the_object_of_a_pronoun_or_of_a_shared_subject_undergoes_the_act() -> None:
    # "she sued ...": the act without a "by her"; "arrived and thanked ...": the subject
    # of the first verb did both; "joined" tells where Hale went, not what befell the club.
    article = Article(
        title="Crew cleared",
        text="Ana Ruiz lost her case last year. She sued the Vask Harbour Board for damages "
        "in the county court. Captain Lena Brel arrived on Monday and thanked the Dorrow "
        "Coast Guard for its help. Tom Hale joined Calder Rovers in May.",
    )
    assert role(article, "Vask Harbour Board", "ORG", "organization") == (
        "sued for damages in the county court"
    )
    assert role(article, "Dorrow Coast Guard", "ORG", "organization") == (
        "thanked by Captain Lena Brel for its help"
    )
    assert role(article, "Calder Rovers", "ORG", "organization") == ""


def test_what_two_sides_do_together_is_the_other_sides_too() -> None:
    # "talks", "draw": either side may be named after "with"; a win against it is not
    # its win, a day owns a match only as its date, and a treaty it has not is not one.
    article = Article(
        title="Port strike talks",
        text="Mayor Lena Brel held talks with the Vask Dock Union on Monday. Calder "
        "Rovers' 1-1 draw with Dorrow Athletic left both clubs short of points. Calder "
        "Rovers celebrated a win against Harlow Town. Saturday's match against Orrin "
        "United was called off. Kestria has no extradition treaty with Vaskland.",
    )
    assert role(article, "Vask Dock Union", "ORG", "organization") == "talks with Mayor Lena Brel"
    assert role(article, "Dorrow Athletic", "ORG", "organization") == (
        "1-1 draw with Calder Rovers"
    )
    assert role(article, "Harlow Town", "ORG", "organization") == ""
    assert role(article, "Orrin United", "ORG", "organization") == ""
    assert role(article, "Vaskland", "GPE", "place") == ""


def test_a_body_owning_the_title_of_who_leads_it_is_led_by_them() -> None:
    # "Dorrow Athletic's captain, Tom Hale,": the owner and the name set off after it.
    article = Article(
        title="Harbour talks stall",
        text="Talks stalled. Dorrow Athletic's captain, Tom Hale, said his side had been "
        "unlucky. Harbour Lines' chief executive Ana Ruiz flew home. Kestria's foreign "
        "minister, Lena Brel, flew home.",
    )
    assert role(article, "Dorrow Athletic", "ORG", "organization") == "led by captain Tom Hale"
    assert role(article, "Harbour Lines", "ORG", "organization") == (
        "led by chief executive Ana Ruiz"
    )
    assert role(article, "Kestria", "GPE", "place") == ""


def test_the_doer_of_an_act_a_noun_names_carried_it_out_or_made_it() -> None:
    # "an investigation ... by the police": they carried it out; "a blunder by" a side:
    # it made it; "a report by" names no act the list knows, so no role.
    article = Article(
        title="Dock fire",
        text="The warehouse burned on Monday. Two men were charged after an investigation "
        "into the fire by the Vask County Police. It was the second costly blunder by "
        "Dorrow Athletic in four minutes. A report by the Harbour Board was published.",
    )
    assert role(article, "Vask County Police", "ORG", "organization") == (
        "carried out an investigation into the fire"
    )
    assert role(article, "Dorrow Athletic", "ORG", "organization") == (
        "made the second costly blunder"
    )
    assert role(article, "Harbour Board", "ORG", "organization") == ""


def test_what_two_do_together_the_named_subject_did_with_the_actor() -> None:
    # "celebrated with", "teamed up with": the actor did it too; not what was never done.
    article = Article(
        title="Rovers win",
        text="Calder Rovers won 2-0 on Saturday. Ana Ruiz celebrated with Tom Hale after "
        "the second goal. Lena Brel teamed up with Orrin Vask in 2019. Mara Lund never "
        "worked with Petr Dorn.",
    )
    assert role(article, "Tom Hale", "PERSON", "person") == "celebrated with Ana Ruiz"
    assert role(article, "Orrin Vask", "PERSON", "person") == "teamed up with Lena Brel"
    assert role(article, "Petr Dorn", "PERSON", "person") == ""


def test_an_object_only_wondered_about_is_not_acted_on() -> None:
    article = Article(
        title="Claim looms",
        text="Mara Lund lost her case. She has not said whether she will sue the Orrin Port "
        "Trust for damages.",
    )
    assert role(article, "Orrin Port Trust", "ORG", "organization") == ""


@pytest.mark.parametrize(
    ("quotation", "said"),
    [
        # Third person throughout: told as what was said, its first word in lower case.
        (
            "'This is going to be another tough year.'",
            "said this is going to be another tough year",
        ),
        # Runs on: its first sentence is whole.
        (
            "'The match was on the verge of being stopped. 'Nobody could see the ball.'",
            "said the match was on the verge of being stopped",
        ),
        # A fronted phrase keeps "that", or it would read as the verb's own.
        (
            "'By her letter the nurse is aware of the hearing.'",
            "said that by her letter the nurse is aware of the hearing",
        ),
        # Spoken as "we", asked, or ordered: nothing to tell in the third person.
        ("'We will appeal against the ruling.'", ""),
        ("'Who will pay for the repairs now?'", ""),
        ("'Remember that the board was warned twice.'", ""),
    ],
)
def test_a_quotation_after_a_colon_is_told_when_it_reads_in_the_third_person(
    quotation: str, said: str
) -> None:
    article = Article(
        title="Harbour Lines posts loss",
        text=f"Harbour Lines posted a loss on Friday. Chief executive Tom Ruiz said: {quotation}",
    )
    found = role(article, "Tom Ruiz", "PERSON", "person")
    assert found == (f"Chief executive; {said}" if said else "Chief executive")


def test_a_hyphenated_word_is_never_cut_in_a_title() -> None:
    # The tokenizer splits "all-rounder" at its hyphen, and the parse may keep only the
    # last part as the noun a name is described by; the role writes the word whole.
    article = Article(
        title="Rovers win at home",
        text=(
            "The home side won on Saturday. Her partnership with fellow all-rounder Ana "
            "Ruiz, who scored 21, added 71 runs. Ruiz was happy."
        ),
    )
    found = role(article, "Ana Ruiz", "PERSON", "person")
    assert found == "all-rounder"
    assert not re.search(r"(?<![\w-])-\w|\w-(?![\w-])", found)


def test_a_long_title_before_the_speaker_is_no_part_of_what_was_said() -> None:
    article = Article(
        title="Ruling party to debate reform",
        text=(
            "The ruling party will discuss reform at its congress, Foreign Minister and "
            "party vice-chairman Ana Ruiz said on Friday. Ruiz spoke in Brno."
        ),
    )
    found = role(article, "Ana Ruiz", "PERSON", "person")
    assert found == "vice-chairman; said the ruling party will discuss reform at its congress"


def test_the_office_the_next_sentence_calls_a_person_by_is_her_title() -> None:
    lead = "Tom Ruiz this morning launched a furious attack on the opposition over poverty. "
    told = "The Prime Minister said the opposition had trapped people on welfare."
    article = Article(title="Ruiz attacks opposition", text=lead + told)
    assert role(article, "Tom Ruiz", "PERSON", "person").startswith("Prime Minister; launched")
    # Named only as the one acted on, or beside someone else, he is not the office.
    for other in (
        "Police arrested Tom Ruiz outside the hall this morning. ",
        "Tom Ruiz and Ana Brel this morning launched an attack on the opposition. ",
    ):
        article = Article(title="Ruiz attacks opposition", text=other + told)
        assert not role(article, "Tom Ruiz", "PERSON", "person").startswith("Prime Minister")


def test_a_clause_whose_verb_lost_what_it_tells_of_is_left_off() -> None:
    # The parser hangs "more than a million people turned to food banks" on the main
    # verb; "after it emerged" alone says nothing.
    article = Article(
        title="Ruiz attacks opposition",
        text=(
            "Tom Ruiz this morning launched a furious attack on Calder MPs 'bleating' about "
            "poverty after it emerged more than a million people turned to food banks last "
            "year. Ruiz spoke in Harwick."
        ),
    )
    found = role(article, "Tom Ruiz", "PERSON", "person")
    assert found.startswith("launched a furious attack")
    assert not found.endswith("emerged")


def test_an_act_another_actor_claims_is_told_as_the_claim() -> None:
    # What Ana Brel said of the board is her claim, not a fact the story states.
    claim = "Ana Brel said the Harbour Board had ignored warnings about the pier for years."
    article = Article(title="Pier closes", text="The pier closed on Monday. " + claim)
    found = role(article, "Harbour Board", "ORG", "organization")
    assert found == "had ignored warnings about the pier for years, according to Ana Brel"
    # The story's own statement, or a claim by someone it does not name, stays as it is.
    for own in (
        "The Harbour Board had ignored warnings about the pier for years.",
        "She said the Harbour Board had ignored warnings about the pier for years.",
    ):
        article = Article(title="Pier closes", text="The pier closed on Monday. " + own)
        found = role(article, "Harbour Board", "ORG", "organization")
        assert found == "had ignored warnings about the pier for years"


def test_a_name_set_off_after_the_noun_it_names_does_not_end_a_role() -> None:
    article = Article(
        title="Norland recalls ambassador",
        text=(
            "Norland recalled its ambassador on Thursday. The Aram government had ignored "
            "repeated requests for consular access to the reporter, Erik Sand."
        ),
    )
    found = role(article, "Aram", "GPE", "place")
    assert found == "had ignored repeated requests for consular access to the reporter"


def test_a_claimant_is_named_with_her_title() -> None:
    claim = "Foreign Minister Ana Brel said the Harbour Board had ignored warnings for years."
    article = Article(title="Pier closes", text="The pier closed on Monday. " + claim)
    found = role(article, "Harbour Board", "ORG", "organization")
    assert found == "had ignored warnings for years, according to Foreign Minister Ana Brel"


def test_an_aside_between_said_and_what_was_said_is_skipped() -> None:
    article = Article(
        title="Dorrow Ferries suspends crossings",
        text=(
            "Dorrow Ferries suspended all crossings on Monday. Its chief executive, Ines "
            "Marlow, said, without providing figures, that bookings had risen since March."
        ),
    )
    found = role(article, "Ines Marlow", "PERSON", "person")
    assert found == "chief executive; said that bookings had risen since March"


def test_a_comma_after_words_left_out_closes_the_word_before_it() -> None:
    # "on Monday with his lawyer" left out, the full stop still ends "hall": it is no
    # word of the phrase's length, so the shorter act fits as a second one.
    text = (
        "Mayor Tomas Ruiz arrived at the Calder town hall on Monday with his lawyer. The "
        "panel heard the case. Ruiz admitted two counts of fraud over the harbour contract."
    )
    found = one(text, "Ruiz", "PERSON", "person", title="Vask mayor admits fraud")
    assert found.endswith(", arrived at the Calder town hall")
    assert " ," not in found


def test_a_cut_never_makes_the_object_the_one_who_acts() -> None:
    # Without "for a rate increase", "asked regulators ... to pay" would say the
    # regulators were to pay.
    text = (
        "The utility restored power on Friday. Ferrante, director of the Merrion "
        "Ratepayers Alliance, noted that Northbridge Electric had asked regulators for a "
        "rate increase last year partly to pay for substation upgrades."
    )
    found = one(text, "Ferrante", "PERSON", "person")
    assert found.startswith("director of the Merrion Ratepayers Alliance")
    assert "asked regulators to" not in found


def test_a_passive_keeps_the_particle_of_its_verb() -> None:
    text = "Brokers quickly ruled out Tarvo Mining as a bidder for the smelter on Monday."
    article = Article(title="Smelter bid", text=text)
    assert role(article, "Tarvo Mining", "ORG", "organization").startswith("ruled out by brokers")


def test_an_answer_not_given_is_no_act() -> None:
    text = (
        "Harth Mining made a bid for the Vask smelter on Monday. "
        "A Harth Mining spokesman was not immediately available to comment on the bid. "
        "Harth Mining has two mines in the north."
    )
    article = Article(title="Smelter bid", text=text)
    found = role(article, "Harth Mining", "ORG", "organization")
    assert "available" not in found
    assert found.startswith("made a bid for the Vask smelter")


def test_a_passive_agent_does_the_act_with_its_particle_and_article() -> None:
    text = "The survey will be carried out by Tarvo Marine, a firm based in Dorrow, by June."
    article = Article(title="Survey ordered", text=text)
    found = role(article, "Tarvo Marine", "ORG", "organization")
    assert found == "firm based in Dorrow; carried out the survey by June"


def test_an_answer_not_given_is_the_role_only_when_nothing_else_is_told() -> None:
    alone = Article(
        title="Ferries stop",
        text="Ferries stopped on Monday. Vask Island Council did not respond to a request "
        "for comment.",
    )
    assert role(alone, "Vask Island Council", "ORG", "organization") == (
        "did not respond to a request for comment"
    )
    asked = Article(
        title="Ferries stop",
        text="Vask Ferries said on Monday that it was solvent. Vask Ferries did not respond "
        "to questions about the February meeting.",
    )
    assert "February meeting" in role(asked, "Vask Ferries", "ORG", "organization")


def test_the_first_name_of_a_list_run_into_another_clause_does_not_act() -> None:
    text = (
        "According to the court papers, Amary married five men in 2004 - namely Tomas "
        "Rydell, Oren Vask, Ilan Dorrow, Pavel Skarra, and Jonas Harth - and her last "
        "marriage was in 2012 to Ivo Tembe."
    )
    article = Article(title="Agents hired", text=text)
    assert role(article, "Tomas Rydell", "PERSON", "person") == ""


def test_a_report_told_to_a_hearer_it_leaves_out_is_said() -> None:
    text = "'This is a serious breach of trust,' security adviser Oren Vask told Calder Radio."
    article = Article(title="Breach", text=text)
    assert role(article, "Oren Vask", "PERSON", "person").endswith(
        "said this is a serious breach of trust"
    )


def test_a_body_word_before_a_persons_name_is_not_her_title() -> None:
    text = "Ruth Fenwick also told the newspaper Tomas Rydell had left the firm in March."
    article = Article(title="Firm", text=text)
    assert not role(article, "Tomas Rydell", "PERSON", "person").startswith("newspaper")


def test_a_title_with_of_may_end_on_a_bodys_word_in_lower_case() -> None:
    text = "Former leader of the Vaskland Labour party Ines Marlow attended the launch."
    article = Article(title="Launch", text=text)
    assert role(article, "Ines Marlow", "PERSON", "person").startswith(
        "Former leader of the Vaskland Labour party"
    )


def test_a_listed_description_of_someone_named_is_not_a_thing() -> None:
    text = (
        "Major Rydell and another leading light of the escape Major Oren Vask, also of "
        "the Calder Rifles, survived the war and lived into their 70s."
    )
    article = Article(title="Escape", text=text)
    assert "survived the war" in role(article, "Major Rydell", "PERSON", "person")


def test_a_list_run_into_another_clause_does_not_make_its_names_act() -> None:
    from builder.extract.syntax import acts

    text = (
        "According to the court papers, Amary married five men in 2004 - namely Tomas "
        "Rydell, Oren Vask, Ilan Dorrow, Pavel Skarra, and Jonas Harth - and her last "
        "marriage was in 2012 to Ivo Tembe."
    )
    article = Article(title="Agents hired", text=text)
    (first,) = mentions(article, "Tomas Rydell", "PERSON")
    assert not acts(article, first)


def test_a_body_a_place_names_is_not_what_the_place_is() -> None:
    text = "Talks on the new manager's contract were being finalised at the Vaskshire club."
    article = Article(title="Manager sacked", text=text)
    assert role(article, "Vaskshire", "ORG", "place") == ""
    capital = Article(title="Ferry", text="The ferry sailed from Sarovo, the capital, at dawn.")
    assert role(capital, "Sarovo", "GPE", "place") == "capital"


def test_a_thing_a_demonym_describes_does_not_act_for_its_people() -> None:
    text = "Vaskish bank accounts were used to settle the debt after the war."
    article = Article(title="Accounts", text=text)
    assert role(article, "Vaskish", "NORP", "group") == ""
    troops = Article(title="Troops", text="Vaskish troops crossed the border on Monday.")
    assert role(troops, "Vaskish", "NORP", "group") == "crossed the border"


def test_a_body_acts_through_its_spokesman_not_through_someone_it_describes() -> None:
    text = "A former Vask Academy teacher pleaded guilty on Friday to three counts of fraud."
    article = Article(title="Teacher pleads guilty", text=text)
    assert role(article, "Vask Academy", "ORG", "organization") == ""
    spoken = Article(
        title="Ferries", text="A Vask Harbour Board spokesman confirmed the ferries would sail."
    )
    assert role(spoken, "Vask Harbour Board", "ORG", "organization").startswith("spokesman")


def test_what_happened_in_a_setting_does_not_keep_the_sentences_capital() -> None:
    text = "Thieves stole a batch of vaccines last week in Tarvosk, where they had been left."
    article = Article(title="Vaccines stolen", text=text)
    assert role(article, "Tarvosk", "GPE", "place").startswith("thieves stole")


def test_people_a_name_describes_come_first_when_their_verb_has_no_tense() -> None:
    text = (
        "The missiles are likely to be used first against Ostlandish troops massing near "
        "the border town of Mirov, the officials said."
    )
    article = Article(title="Missiles", text=text)
    assert role(article, "Ostlandish", "NORP", "place") == (
        "troops massing near the border town of Mirov"
    )


def test_what_a_quotation_says_of_the_actor_is_the_speakers_claim() -> None:
    claimed = Article(
        title="Campaign",
        text="Deputy leader Ana Ruiz said: 'While Tom Hale appears to be fighting the last "
        "election, the party is talking to voters.'",
    )
    assert role(claimed, "Tom Hale", "PERSON", "person").endswith("according to Ana Ruiz")
    shouted = Article(
        title="Protest",
        text="'Tom Hale is a liar,' one protester said outside the hall on Monday.",
    )
    assert "liar" not in role(shouted, "Tom Hale", "PERSON", "person")


def test_the_next_sentences_first_word_run_on_is_not_kept() -> None:
    text = (
        "Party leader Ana Ruiz faced off in a live TV election debate last night "
        "Overall, voters prefer more public spending."
    )
    article = Article(title="Debate", text=text)
    found = role(article, "Ana Ruiz", "PERSON", "person")
    assert found.endswith("last night") and "Overall" not in found


def test_the_act_of_names_joined_as_one_subject_is_said_of_one() -> None:
    # "Kestel and Marrow have ...": each one's role agrees with one ("has managed").
    text = "Kestel Foods and Marrow Stores have managed to keep prices low across the region."
    assert one(text, "Marrow Stores", "ORG", "organization") == (
        "has managed to keep prices low across the region"
    )
    assert one(text, "Kestel Foods", "ORG", "organization") == (
        "has managed to keep prices low across the region"
    )
    fit = "Defenders Tom Ashby and Lee Varga are available for the trip to Harlow on Sunday."
    assert one(fit, "Lee Varga", "PERSON", "person").startswith("is available for the trip")
    were = fit.replace(" are ", " were ")
    assert one(were, "Lee Varga", "PERSON", "person").startswith("was available for the trip")
    want = "Kestel Foods and Marrow Stores want to keep prices low across the region."
    assert one(want, "Marrow Stores", "ORG", "organization").startswith("wants to keep")
    # A tense that does not agree needs nothing.
    signed = "Vaskia and Ostland signed a border treaty in Mirov on Tuesday."
    assert one(signed, "Ostland", "GPE", "place").startswith("signed a border treaty")


def test_what_the_names_are_together_is_not_said_of_one() -> None:
    # "are the newcomers" and "first and second respectively" belong to both at once.
    text = "Dan Morrow and Ivo Pell are the newcomers in the squad for the match on Sunday."
    assert "newcomers" not in one(text, "Ivo Pell", "PERSON", "person")
    best = "Dan Morrow and Ivo Pell were the best players on the pitch at Harlow on Sunday."
    assert "players" not in one(best, "Ivo Pell", "PERSON", "person")
    ranked = "Arlen Rovers and Vask City finished first and second respectively in the league."
    assert one(ranked, "Vask City", "ORG", "organization") == ""
    partners = "Vaskia and Ostland are likely to remain close trading partners after the vote."
    assert "partners" not in one(partners, "Ostland", "GPE", "place")


def test_a_person_of_a_country_or_city_is_from_it() -> None:
    # "of Senegal" is where he is from; "of the Atlantic Council" is the body he is of.
    text = "Amadou Sow, of Senegal, married Lena Ruiz in Calder in 2010."
    assert one(text, "Amadou Sow", "PERSON", "person") == "from Senegal"
    body = "Alex Plitsas of the Atlantic Council said the decision was overdue."
    assert one(body, "Alex Plitsas", "PERSON", "person").startswith("Atlantic Council")


def test_whose_hangs_only_from_a_noun_that_is_the_actor() -> None:
    # "aged 28 whose family ..." and "from Madrid whose parents ..." would make the
    # family the age's and the parents the city's.
    aged = "Ivo Dorn, 28, whose family had been camping outside the store for days, was held."
    assert one(aged, "Ivo Dorn", "PERSON", "person") == "aged 28"
    city = "Nadia Kamal of Madrid, whose parents had been camping outside the store, was held."
    assert one(city, "Nadia Kamal", "PERSON", "person") == "from Madrid"


def test_the_body_a_person_is_of_is_named_without_its_clauses() -> None:
    text = "Police spoke to Tom Vell of Harlow United, which plays at Calder Park, on Monday."
    assert one(text, "Tom Vell", "PERSON", "person") == "Harlow United"


def test_a_table_row_is_no_role() -> None:
    # A standings row glued to the name's line: figures, not what the team did.
    assert clean_phrase(["CALDER", "10", "13", "5", "91", "81", "25", "VASK", "CITY"]) == ""
    # A score line keeps its three sets.
    assert clean_phrase(["won", "the", "final", "6-4", "6-3", "6-2", "on", "Sunday"]) == (
        "won the final 6-4 6-3 6-2 on Sunday"
    )


def test_a_comment_the_parser_took_for_a_second_object_is_not_the_act() -> None:
    # ", a thinly-veiled criticism of ..." says what the act meant; cut to fit, it
    # would end the role on the comment's bare noun.
    text = (
        "Ana Ruiz in the summer led calls for the party and its leaders to listen to more "
        "diverse views, a thinly-veiled criticism of Tom Hale who has run the party since 2019."
    )
    assert one(text, "Ana Ruiz", "PERSON", "person") == (
        "led calls for the party and its leaders to listen to more diverse views"
    )


def test_an_aside_between_dashes_is_left_out_and_the_phrase_goes_on() -> None:
    text = (
        "Ivo Dorn, one of the three divers, said a special rope made from steel - which is "
        "also used on cranes - had to be used to reach the wreck."
    )
    assert one(text, "Ivo Dorn", "PERSON", "person") == (
        "said a special rope made from steel had to be used to reach the wreck"
    )
    fire = "Ana Ruiz set fire to the Calder Foods depot — a building the firm had insured — in May."
    assert one(fire, "Ana Ruiz", "PERSON", "person") == "set fire to the Calder Foods depot in May"
    # After the second dash another clause begins: the phrase ends at the first.
    met = "Police said Ana Ruiz and Tom Vell met in October — when she was 13 — but that she lied."
    assert one(met, "Tom Vell", "PERSON", "person") == "met in October"


def test_a_word_the_tagger_made_a_verb_is_no_act(monkeypatch: pytest.MonkeyPatch) -> None:
    # "Blues legend B.B. King was ...": the tagger can read "legend" as a verb with
    # "Blues" its subject. A verb the lemmatizer does not know is no act.
    from builder.extract import syntax
    from builder.extract.nlp import is_verb_word, parse

    assert not is_verb_word("legend") and not is_verb_word("Lakers")
    assert is_verb_word("hospitalized") and is_verb_word("went") and is_verb_word("tweeted")
    doc: Any = parse("The Harlow Wolves signed the striker on Monday.")
    signed = doc[3]
    assert syntax._clause_of(doc, signed, 3, 14) == "signed the striker"
    monkeypatch.setattr(syntax, "is_verb_word", lambda word: False)
    assert syntax._clause_of(doc, signed, 3, 14) == ""


def test_the_present_tense_said_of_one_or_of_many() -> None:
    from builder.extract.nlp import present_tense

    assert [present_tense(b) for b in ("be", "have", "do", "say", "push", "carry", "stay")] == [
        "is",
        "has",
        "does",
        "says",
        "pushes",
        "carries",
        "stays",
    ]
    assert present_tense("be", plural=True) == "are" and present_tense("say", plural=True) == "say"


# What someone else did at a body's premises, with the clause's own subject kept.
PREMISES = (
    "Marta Quill handed out free bread while campaigning for the council at a Brelmart "
    "supermarket in Dorrow. Quill also visited the harbour. "
    "Tomas Hale was jailed for four years at Vaskport Crown Court on Friday. "
    "A nurse at the Arlen Dental Hospital was hurt in the fire."
)


def test_a_body_where_another_acted_is_where_it_happened() -> None:
    assert one(PREMISES, "Brelmart", "ORG", "organization") == (
        "supermarket where Marta Quill handed out free bread while campaigning for the council"
    )
    assert one(PREMISES, "Vaskport Crown Court", "ORG", "organization") == (
        "court where Tomas Hale was jailed for four years"
    )
    assert one(PREMISES, "Arlen Dental Hospital", "ORG", "organization") == (
        "hospital where a nurse was hurt in the fire"
    )


def test_a_body_is_not_where_a_pronoun_acted() -> None:
    text = "She was jailed for four years at Vaskport Crown Court on Friday."
    assert one(text, "Vaskport Crown Court", "ORG", "organization") == ""
    # "in" a body, with no word for its premises, is not at it.
    text = "Tomas Hale has invested heavily in Brel Holdings over the past decade."
    assert one(text, "Brel Holdings", "ORG", "organization") == ""


def test_names_listed_after_a_participle_underwent_it() -> None:
    # The splitter ends a sentence at each semicolon: the list is read back to its start.
    text = (
        "Four men from Dorrow appeared in court on Monday. Charged are Tomas Hale, 21; "
        "Rhys Tallow, 19; and Ivo Marsh, 20. Also arrested were Ana Ruiz and Lea Moss. "
        "Charged with arson are Kim Tate and Ole Brant."
    )
    assert one(text, "Ivo Marsh", "PERSON", "person") == "aged 20; charged"
    assert one(text, "Tomas Hale", "PERSON", "person") == "aged 21; charged"
    assert one(text, "Lea Moss", "PERSON", "person") == "arrested"
    assert one(text, "Ole Brant", "PERSON", "person") == "charged with arson"
    # A sentence that goes on after the names is not such a list.
    text = "Charged are Tomas Hale and the man seen driving the van."
    assert one(text, "Tomas Hale", "PERSON", "person") == ""


def test_whose_officer_set_off_after_a_body_is_not_the_body() -> None:
    # The parser takes "whose chief executive" for the company's apposition.
    text = (
        "The warehouse was owned by Quayside Grain, whose chief executive, Piet Oduya, "
        "said the company would rebuild on the same site."
    )
    assert one(text, "Quayside Grain", "ORG", "organization") == "owned the warehouse"


def test_a_rank_after_a_grade_is_the_title_s_not_the_name_s() -> None:
    # "Police spokesman Major Tom Hale": the rank goes with the name, the title before it;
    # "Detective Inspector", "Chief Inspector": one rank, the whole title.
    said = " said the road would reopen."
    assert one("Police spokesman Major Tom Hale" + said, "Tom Hale", "PERSON", "person") == (
        "Police spokesman; said the road would reopen"
    )
    assert one("Detective Inspector Mara Velt" + said, "Mara Velt", "PERSON", "person") == (
        "Detective Inspector; said the road would reopen"
    )
    assert one("Chief Inspector Mara Velt" + said, "Mara Velt", "PERSON", "person") == (
        "Chief Inspector; said the road would reopen"
    )


def test_a_purpose_clause_is_done_by_the_subject_it_hangs_from() -> None:
    text = (
        "Dated May 2026 and drawn up to brief the Vask Senate on the harbour sale, the memo "
        "warns that the port could close."
    )
    assert one(text, "Vask Senate", "ORG", "organization") == (
        "briefed by the memo on the harbour sale"
    )
    # An infinitive a verb takes as its object is not done by that verb's subject.
    text = "The mayor asked Ana Ruiz to brief the Vask Senate on the harbour sale."
    assert one(text, "Vask Senate", "ORG", "organization") == ""


def test_a_heading_before_a_colon_is_no_verb_of_the_name_after_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A betting table ("Brel Sports was betting : to win : Dorrow Rovers") as the parser
    # read one on a wire page: "Rovers" the object of "win", whose doer is "Brel Sports".
    from spacy.tokens import Doc

    from builder.extract import nlp, syntax

    words = ["Brel", "Sports", "was", "betting", ":", "to", "win", ":", "Dorrow", "Rovers"]
    doc = Doc(
        nlp.pipeline().vocab,
        words=words,
        heads=[1, 3, 3, 3, 3, 6, 3, 6, 9, 6],
        deps=["compound", "nsubj", "aux", "ROOT", "punct", "aux", "advcl", "punct",
              "compound", "dobj"],
        pos=["PROPN", "PROPN", "AUX", "VERB", "PUNCT", "PART", "VERB", "PUNCT", "PROPN",
             "PROPN"],
        tags=["NNP", "NNP", "VBD", "VBG", ":", "TO", "VB", ":", "NNP", "NNP"],
    )  # fmt: skip
    text = doc.text
    monkeypatch.setattr(syntax, "parse", lambda _: doc)
    article = Article(title="Odds", text=text)
    start = text.index("Dorrow")
    mention = Mention("Dorrow Rovers", "ORG", start, start + len("Dorrow Rovers"), 1)
    assert syntax.undergone(article, mention) == ""


def test_a_cut_never_leaves_the_first_half_of_in_place_of() -> None:
    text = (
        "Vaskland called up Dorrow central defender Ivo Marsh on Friday to face Arlenia in a "
        "World Cup qualifier in place of injured club colleague Tomas Hale, who is still "
        "nursing a broken nose after being head-butted by Calder striker Rhys Tallow."
    )
    role = one(text, "Arlenia", "GPE", "place")
    assert not role.endswith("in place"), role


def test_a_body_named_only_as_its_officer_s_takes_what_she_did() -> None:
    for text in (
        "Dale Ruiz, president of the Calder Growers Association, said members were relieved.",
        "The president of the Calder Growers Association, Dale Ruiz, said members were relieved.",
    ):
        assert one(text, "Calder Growers Association", "ORG", "organization") == (
            "its president, Dale Ruiz, said members were relieved"
        )
    text = "Judge Ana Brel of the Calder Superior Court said that she would not rule for now."
    assert one(text, "Calder Superior Court", "ORG", "organization") == (
        "its judge, Ana Brel, said that she would not rule for now"
    )
    # A body that owns another is not its officer.
    text = (
        "The parent company of Dorrow Power, Castlegate Energy Holdings, said it "
        "supported the board's decision."
    )
    assert one(text, "Dorrow Power", "ORG", "organization") == ""


def test_a_side_on_a_score_line_takes_its_result() -> None:
    from builder.ingest import bytes_to_article

    data = (
        b"SOCCER - VASKIAN LEAGUE RESULTS .\n\n"
        b"Results of Vaskian first division matches on Saturday :\n"
        b"Dorrow Rovers 2 ( Hale 30th ) Calder City 0\n"
        b"Arlen Town 1 Port Amber 1\n"
        b"Marlow Bay 0 Kestrel United 3\n"
    )
    article = bytes_to_article(data, "results.txt", ".txt", 5)
    assert role(article, "Dorrow Rovers", "ORG", "organization") == "beat Calder City 2-0"
    assert role(article, "Calder City", "ORG", "organization") == "lost 0-2 to Dorrow Rovers"
    assert role(article, "Port Amber", "ORG", "organization") == "drew 1-1 with Arlen Town"
    assert role(article, "Kestrel United", "ORG", "organization") == "beat Marlow Bay 3-0"


def test_a_player_on_a_draw_s_match_line_takes_his_result() -> None:
    from builder.ingest import bytes_to_article

    data = (
        b"TENNIS - ARLEN OPEN RESULTS .\n\n"
        b"Results of second-round matches at the Arlen Open on Thursday :\n"
        b"Men 's singles\n"
        b"Tomas Vell ( Arlenia ) beat Dan Ruiz ( Vaskland ) 6-4 7-6 ( 7-4 )\n"
        b"Piet de Maar ( Ostland ) beat Ivo Hale ( Arlenia ) 3-6 6-2 6-1\n"
        b"Women 's singles\n"
        b"Ana Brel ( Vaskland ) beat Mira Toll ( Ostland ) 6-0 6-1\n"
    )
    article = bytes_to_article(data, "results.txt", ".txt", 5)
    # The parse runs one line's loser into the next line's winner; the line does not.
    assert role(article, "Tomas Vell", "PERSON", "person") == "beat Dan Ruiz 6-4 7-6 ( 7-4 )"
    assert role(article, "Dan Ruiz", "PERSON", "person") == "lost 4-6 6-7 to Tomas Vell"
    assert role(article, "Piet de Maar", "PERSON", "person") == "beat Ivo Hale 3-6 6-2 6-1"
    assert role(article, "Mira Toll", "PERSON", "person") == "lost 0-6 1-6 to Ana Brel"
    assert role(article, "Ostland", "GPE", "place") == ""
    # The lines keep their breaks; the sentences are those the list had as one run.
    old = bytes_to_article(data, "results.txt", ".txt", 4)
    assert "6-4 7-6 ( 7-4 )\nPiet de Maar" in article.text
    assert [s.text for s in article.sentences] == [s.text for s in old.sentences]
    from builder.extract.nlp import ner_text

    assert "( 7-4 ) Piet de Maar" in ner_text(article).text  # the recogniser's one run


def test_the_recogniser_reads_a_results_list_as_one_run() -> None:
    from builder.extract.nlp import ner_text

    article = Article(title="Results", text="Arlen Town 1 Port Amber 1\nMarlow Bay 0 Kestrel 3")
    assert ner_text(article).text == "Arlen Town 1 Port Amber 1 Marlow Bay 0 Kestrel 3"


def test_an_officer_set_off_after_whose_is_the_body_s() -> None:
    text = "The fund is run by Brel Capital, whose founder, Ana Ruiz, declined to say more."
    assert one(text, "Ana Ruiz", "PERSON", "person").startswith("founder of Brel Capital")


def test_a_list_after_a_glued_caption_is_still_read() -> None:
    # A caption with no full stop runs into the list; a lower-case "charged are" inside
    # a sentence is no such list.
    text = (
        "The two men were led from the court on Monday Charged are Tomas Hale, 24; and "
        "Rhys Tallow, 19."
    )
    assert one(text, "Rhys Tallow", "PERSON", "person") == "aged 19; charged"
    text = "Police said those charged are Tomas Hale and Rhys Tallow."
    assert one(text, "Rhys Tallow", "PERSON", "person") == ""


def test_the_end_of_an_address_takes_no_one_else_s_words() -> None:
    # "the Leeds, England, resident": the address describes the resident; the country
    # has no apposition there.
    text = (
        "Mara Tolley, 31, said the club had helped the Leeds, England, resident to run "
        "her first marathon in May."
    )
    assert one(text, "England", "GPE", "place") == ""
    # "... a pub in Harrogate, Yorkshire had been drinking": the county read as a second
    # subject of the verb; the drinking is the landlord's.
    text = (
        "Tomas Brell, landlord of the Kestrel Arms pub in Harrogate, Yorkshire had been "
        "drinking with a friend in Ripon before the crash."
    )
    assert one(text, "Yorkshire", "GPE", "place") == ""
    assert one(text, "Tomas Brell", "PERSON", "person").endswith(
        "had been drinking with a friend in Ripon before the crash"
    )


def test_a_caption_label_is_not_what_the_police_did() -> None:
    # A caption's label the parse hung the clause from is not the patient: the driver is.
    text = (
        "A cyclist was hurt in Dorrow on Friday. Inquiry: The driver of the grey van that "
        "left the scene is still being questioned by police"
    )
    assert one(text, "police", "ORG", "organization") == (
        "questioned the driver of the grey van that left the scene"
    )


def test_a_clause_set_off_before_a_name_is_not_her_title() -> None:
    text = (
        "The last time Tom Ruiz spoke with his daughter, Ana Ruiz was climbing near "
        "Dorrow. Ana Ruiz, 29, had set out alone in March."
    )
    assert "spoke" not in one(text, "Ana Ruiz", "PERSON", "person")


def test_a_place_s_setting_needs_a_clause_with_a_tense() -> None:
    text = (
        "Mara Tolley had not been heard from in 40 days when she was spotted on Monday "
        "afternoon by the Arlen Star on her yacht drifting in the North Sea. In Dorrow, "
        "the number of rescues has doubled this year."
    )
    assert one(text, "North Sea", "LOC", "place") == ""
    assert one(text, "Dorrow", "GPE", "place") == "number of rescues has doubled this year"


def test_a_country_beside_a_player_s_name_did_not_play() -> None:
    # The bracket after a name gives his country: what he did is his, not the country's.
    text = (
        "Tomas Vell ( Arlenia ) beat Dan Ruiz ( Vaskland ) 15-9 15-7 in the group match on Friday."
    )
    assert one(text, "Arlenia", "GPE", "place") == ""
    assert one(text, "Tomas Vell", "PERSON", "person").startswith("beat Dan Ruiz")


def test_a_time_word_opening_the_sentence_is_not_part_of_the_title() -> None:
    text = "Yesterday respected analyst Tom Hallam posted his view of the plan online."
    assert one(text, "Tom Hallam", "PERSON", "person").startswith("respected analyst;")


def test_what_another_made_someone_do_is_not_her_act() -> None:
    # A bare infinitive another verb governs has no tense: "rekindle their romance" is
    # a fragment, and the act was the jockey's.
    text = (
        "The jockey helped the Duchess of Arlen rekindle her romance in 2007. The Duchess "
        "of Arlen will open the new hospital wing in May."
    )
    assert one(text, "Duchess of Arlen", "PERSON", "person") == (
        "will open the new hospital wing in May"
    )


def test_a_condition_joined_to_an_if_is_no_act() -> None:
    text = "Dorrow will be promoted if they win and Arlen Rovers fail to win on Saturday."
    assert one(text, "Arlen Rovers", "ORG", "organization") == ""


def test_a_relative_clause_that_acts_on_the_noun_before_it_is_no_act() -> None:
    # "that" is what the clause puts in place: without the noun the phrase ends mid-way.
    gap = "The language rule is something that even the Calder Health Board has yet put in place."
    assert one(gap, "Calder Health Board", "ORG", "organization") == ""
    # "in which" leaves the phrase whole.
    whole = "The party, in which Tom Vell often tries to copy the style of his rivals, won."
    assert one(whole, "Tom Vell", "PERSON", "person").startswith("tries to copy the style")
