"""Stakes, pronoun resolution, and a floor on the bundled examples.

The unit cases are sentences written for these tests, one per rule. The floor compares
the engine with the 15 hand-written example briefs in ``briefings/``: a reference stake
or question counts as found when an engine item cites one of its evidence sentences.
The floor is what the engine reached when it was set; raise it when the engine improves,
never lower it to make a change pass.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from builder.article import Article
from builder.extract import Analysis, analyze_articles
from builder.extract.antecedents import Antecedents, sentence_subject
from builder.extract.stake_cues import looks_ahead
from builder.extract.stakes import MAX_STAKES, MAX_WORDS, find_stakes, stake_score, state_stake
from builder.ingest import read_article
from builder.model import Actor
from tests.test_extract import is_grammatical_question

BRIEFINGS = Path(__file__).resolve().parent.parent / "briefings"
# Measured when set: 28 of 50 reference stakes, 46 of 51 reference questions. Both keep
# one in hand because pronoun resolution depends on how actors are typed.
STAKES_FLOOR = 27
QUESTIONS_FLOOR = 45


@pytest.mark.parametrize(
    "sentence",
    [
        "The closure could cost the town about 400 jobs.",
        "Growers face fines of up to $5,000 a day if they keep pumping.",
        "The clinic is counting on a state grant to stay open.",
        "The mill lost a third of its customers during the strike.",
        "Residents are asking the court to block the demolition.",
        "The hospital cannot afford new scanners if the levy fails.",
        "The ruling would give the union a seat on the board.",
        "The new law would allow landlords to evict tenants at short notice.",
    ],
)
def test_sentences_that_state_a_stake_score_high(sentence: str) -> None:
    assert stake_score(sentence) >= 2.0


@pytest.mark.parametrize(
    "sentence",
    [
        "The council met on Tuesday evening in the old library.",
        "About 2 million cubic metres of sand were moved last year.",
        "She has lived in the valley since 1998.",
    ],
)
def test_plain_facts_do_not_score(sentence: str) -> None:
    assert stake_score(sentence) < 2.0


def test_could_be_is_a_hypothetical_but_may_be_in_order_is_not() -> None:
    from builder.extract.stake_cues import looks_ahead

    risk = "Unpaid invoices from the council could be a threat to small builders."
    assert looks_ahead(risk)
    assert stake_score(risk) > stake_score(risk.replace("could be", "are"))
    aside = "A review of the rules may be in order, the minister said."
    assert stake_score(aside) == stake_score(aside.replace("may be in", "is in"))
    assert stake_score("The contrast could not be clearer.") == 0


@pytest.mark.parametrize(
    "sentence",
    [
        "Two men were charged with arson after the fire at the depot.",
        "The club was hit with a two-match ban and fined for the crowd trouble.",
        "Three climbers were killed and four injured when the ridge collapsed.",
        "The region will need outside help for many months ahead.",
    ],
)
def test_harm_legal_process_penalty_and_need_are_cues(sentence: str) -> None:
    assert stake_score(sentence) >= 1.0


@pytest.mark.parametrize(
    ("sentence", "ahead"),
    [
        ("The council postponed the vote after the cost doubled to $3 million.", False),
        ("About 300 people lost their homes in the floods.", False),
        ("The delay could cost the town $3 million.", True),
        ("The mayor warned that the plant would close.", True),
        ("She was charged with fraud on Friday.", True),
    ],
)
def test_only_what_is_still_to_come_or_open_looks_ahead(sentence: str, ahead: bool) -> None:
    assert looks_ahead(sentence) is ahead


def test_the_opening_report_does_not_outrank_the_stakes_it_leads_to() -> None:
    article = Article(
        title="",
        text=(
            "The Vell council on Monday postponed a vote on the $40 million ring road after "
            "the estimated cost rose by a quarter.\n\n"
            "Shops on the high street say the delay could force some of them to close.\n\n"
            "The road was first proposed in 2011.\n\n"
            "Hauliers warned that lorries would keep using the narrow streets of the old town "
            "if the road is not built.\n\n"
            "Residents who fear more traffic at night have threatened to sue the council.\n\n"
            "The regional transport board said it may withdraw its grant unless work starts "
            "by June.\n\n"
            "Without the road, the planned business park could lose its two largest tenants."
        ),
    )
    stakes = find_stakes(article)
    assert len(stakes) == MAX_STAKES
    assert [s.evidence for s in stakes] == [[2], [4], [5], [6], [7]]


@pytest.mark.parametrize(
    ("sentence", "stake"),
    [
        (
            '"The quarry could poison the river," said Ana Torres, a local farmer.',
            "Ana Torres said the quarry could poison the river.",
        ),
        (
            "The union warned that the cuts would close three depots.",
            "The union warned that the cuts would close three depots.",
        ),
        (
            "'We may lose the whole harvest,' the fruit co-operative said on Monday.",
            "The fruit co-operative said we may lose the whole harvest.",
        ),
        (
            "A ministry aide told the paper: 'The deadline could slip.'",
            "A ministry aide told the paper the deadline could slip.",
        ),
        (
            "Dunmore, which is counting on the ferry link to keep its tourist trade alive, "
            "was not consulted about the timetable changes announced last week by the "
            "operator.",
            "Dunmore is counting on the ferry link to keep its tourist trade alive.",
        ),
        # Whole, it says whose decision it is; "The decision could force ..." would not.
        (
            "The regulator on Friday rejected the operator's request to extend the licence of "
            "the old coal plant for another decade, a decision that could force the plant to "
            "close within two years.",
            "The regulator on Friday rejected the operator's request to extend the licence of "
            "the old coal plant for another decade, a decision that could force the plant to "
            "close within two years.",
        ),
        # Too long to keep whole: the consequence in the apposition is the stake.
        (
            "The regulator on Friday rejected the operator's request to extend the licence of "
            "the old coal plant at Harlow Point for another decade despite a petition signed "
            "by 4,000 residents, a decision that could force the plant to close within two "
            "years.",
            "The decision could force the plant to close within two years.",
        ),
        (
            "It is likely that the levy would raise prices for about 90,000 households.",
            "It is likely that the levy would raise prices for about 90,000 households.",
        ),
    ],
)
def test_state_stake_keeps_attribution_and_drops_asides(sentence: str, stake: str) -> None:
    assert state_stake(sentence) == stake


def test_long_stake_is_cut_at_a_boundary() -> None:
    sentence = (
        "The ministry said the new tariff would add about $30 to the average monthly bill "
        "for some 2 million customers across the region from April, when the winter "
        "discount ends and the network charge rises again."
    )
    stake = state_stake(sentence)
    assert len(stake.split()) <= MAX_WORDS
    assert stake.startswith("The ministry said the new tariff would add about $30")
    assert stake.endswith(".")
    assert stake.rstrip(".").split()[-1] not in {"and", "the", "of", "to", "when"}


def test_a_leading_pronoun_is_named() -> None:
    sentence = "Corlis Mining said it would shut the smelter if power prices kept rising."
    assert state_stake(sentence, lambda pronoun: None) == sentence
    named = "It warned that the smelter could close if power prices kept rising."
    assert state_stake(named, lambda pronoun: "Corlis Mining") == (
        "Corlis Mining warned that the smelter could close if power prices kept rising."
    )
    kept = "Orchard owners say frost could ruin their harvest."
    assert state_stake(kept) == kept


ARTICLE = """\
The Tarrow Bay harbour board on Thursday postponed a vote on a $12 million dredging \
contract after the estimated cost of the required impact study doubled to $3.2 million.

Board chair Lena Ostrova said the board could not award the contract until it knew who \
would pay for the study. "We will not sign a contract we cannot fund," she said.

Governor Paul Renner promised in March that the state would cover half the cost of the \
study. His office has not said whether that promise covers the higher figure.

Shipping lines have warned that they could move their larger vessels to the rival port \
of Easton if the channel is not deepened by 2028, which would threaten about 450 jobs at \
the container terminal.

The delay could also push back the start of work by at least six months and add to the \
bill for taxpayers. The board is expected to vote again on May 12.

Mussel farmers, who say silt from dredging could smother their beds, welcomed the pause. \
Their association said it would ask the state environment agency to order a wider study.
"""


@pytest.fixture(scope="module")
def harbour() -> Analysis:
    article = Article(title="Harbour board delays dredging contract vote", text=ARTICLE)
    (analysis,) = analyze_articles([article])
    return analysis


def test_article_stakes_are_short_grounded_and_in_order(harbour: Analysis) -> None:
    stakes = harbour.stakes
    assert 3 <= len(stakes) <= MAX_STAKES
    assert [s.evidence for s in stakes] == sorted(s.evidence for s in stakes)
    assert all(len(s.text.split()) <= MAX_WORDS and s.text.endswith(".") for s in stakes)
    texts = " ".join(s.text for s in stakes)
    assert "could move their larger vessels" in texts
    assert "push back the start of work" in texts
    assert "Mussel farmers say silt from dredging could smother their beds." in texts


def test_article_questions_stand_alone(harbour: Analysis) -> None:
    questions = [q.text for q in harbour.open_questions]
    assert "Does Governor Paul Renner's promise cover the higher figure?" in questions
    assert "Who would pay for the study?" in questions
    assert "Will the board vote again on May 12?" in questions
    assert "Will the state environment agency order a wider study?" in questions
    assert all(is_grammatical_question(q) for q in questions)
    assert not any(
        " that promise" in q or q.startswith(("Will it ", "Does it ")) for q in questions
    )


def test_stakes_need_no_actors() -> None:
    article = Article(title="t", text="The strike could close the port for a month.")
    assert [s.text for s in find_stakes(article)] == [
        "The strike could close the port for a month."
    ]


def sentences_of(text: str) -> Article:
    return Article(title="t", text=text)


def test_pronouns_take_the_sentence_subject_or_a_lone_actor() -> None:
    article = sentences_of(
        "Corlis Mining said it would appeal. Judge Mara Velt did not say when she would rule. "
        "Velt and Corlis Mining chief Ivo Darn left. The city said it had not been told whether "
        "its grant would survive."
    )
    actors = [
        Actor(name="Corlis Mining", type="organization", mentions=1, evidence=[1]),
        Actor(name="Mara Velt", type="person", aliases=["Velt"], mentions=2, evidence=[2, 3]),
        Actor(name="Ivo Darn", type="person", aliases=["Darn"], mentions=1, evidence=[3]),
    ]
    antecedents = Antecedents(article.sentences, actors)
    assert antecedents.name_for("it", 1) == "Corlis Mining"
    assert antecedents.name_for("she", 2) == "Velt"
    assert antecedents.name_for("it", 4) == "the city"
    assert antecedents.name_for("he", 4) is None  # two people a sentence back: not safe
    assert sentence_subject("Velt, who chairs the panel, said the case was closed.") == "Velt"
    assert sentence_subject("City engineers said the bridge was safe.") is None


def test_a_person_styled_with_a_place_is_never_called_by_the_place() -> None:
    article = sentences_of(
        "The Duchess of Arlen opened the ward. She met the nurses. The Duchess waved. "
        "She left for Dorrow."
    )
    actors = [
        Actor(
            name="Duchess of Arlen",
            type="person",
            aliases=["Duchess"],
            mentions=2,
            evidence=[1, 3],
        ),
    ]
    antecedents = Antecedents(article.sentences, actors)
    assert antecedents.name_for("she", 2) == "the Duchess of Arlen"
    assert antecedents.name_for("she", 4) == "the Duchess"


def test_it_never_stands_for_a_person_left_off_the_actors() -> None:
    # Ivo Darn and Rhys Darn are not among the actors: "it" is the report, not either.
    article = sentences_of(
        "The report named the Darn brothers. Ivo Darn remains at large. It also said Rhys "
        "Darn had fled. Zorvik Tallow has resigned. It said the case was closed."
    )
    actors = [
        Actor(name="Corlis Mining", type="organization", mentions=1, evidence=[1]),
        Actor(name="Mara Tallow", type="person", aliases=["Tallow"], mentions=1, evidence=[4]),
    ]
    antecedents = Antecedents(article.sentences, actors)
    assert antecedents.name_for("it", 3) is None  # a given name and a surname
    assert antecedents.name_for("it", 5) is None  # the surname of a person among them


def test_demonstrative_takes_the_nearest_owned_noun() -> None:
    article = sentences_of(
        "The mayor's pledge of free buses won applause. Critics asked whether that pledge "
        "was affordable."
    )
    antecedents = Antecedents(article.sentences, [])
    assert antecedents.noun_for("pledge", 2) == "the mayor's pledge"
    assert antecedents.noun_for("subsidy", 2) == "the subsidy"


# The bundled example briefs, read once for the floor and the checks below.


@pytest.fixture(scope="module")
def examples() -> list[tuple[dict[str, list[dict[str, object]]], Analysis]]:
    refs = [
        yaml.safe_load(path.read_text(encoding="utf-8"))
        for path in sorted(BRIEFINGS.glob("*.yaml"))
    ]
    articles = [read_article(BRIEFINGS / ref["source"]["file"]) for ref in refs]
    return list(zip(refs, analyze_articles(articles), strict=True))


def matched(references: list[dict[str, object]], evidence: list[list[int]]) -> int:
    """How many references share an evidence sentence with some engine item."""
    found = 0
    for reference in references:
        cited = set(reference["evidence"])  # type: ignore[call-overload]
        found += any(cited & set(numbers) for numbers in evidence)
    return found


def test_examples_reach_the_floor(
    examples: list[tuple[dict[str, list[dict[str, object]]], Analysis]],
) -> None:
    assert len(examples) == 15
    stakes = sum(matched(r["stakes"], [s.evidence for s in a.stakes]) for r, a in examples)
    questions = sum(
        matched(r["open_questions"], [q.evidence for q in a.open_questions]) for r, a in examples
    )
    assert stakes >= STAKES_FLOOR and questions >= QUESTIONS_FLOOR, (stakes, questions)


def test_example_output_is_short_and_grammatical(
    examples: list[tuple[dict[str, list[dict[str, object]]], Analysis]],
) -> None:
    for _, analysis in examples:
        assert len(analysis.stakes) <= MAX_STAKES
        assert len(analysis.open_questions) <= 5
        for stake in analysis.stakes:
            assert len(stake.text.split()) <= MAX_WORDS, stake.text
        texts = [q.text.lower() for q in analysis.open_questions]
        assert len(set(texts)) == len(texts)
        for question in analysis.open_questions:
            assert is_grammatical_question(question.text), question.text
            assert len(question.text.split()) <= 20, question.text


@pytest.mark.parametrize(
    "sentence",
    [
        "In court: Dara Quinn, pictured at a hearing in May, could face ten years in prison.",
        "In March, an independent inquiry into what went wrong at the Kelso plant.",
        "Wanted: Kelso police are seeking Dara Quinn on an arrest warrant; she "
        "could face ten years in prison.",
    ],
)
def test_a_caption_or_a_fragment_is_never_a_stake(sentence: str) -> None:
    assert state_stake(sentence) == ""


def test_a_plural_subject_with_a_present_verb_is_a_whole_sentence() -> None:
    sentence = "Older people with heart disease face the greatest risk of complications."
    assert state_stake(sentence) == sentence


CHARGES_ARTICLE = """\
Dara Quinn, 31, was charged on Monday with arson after a fire destroyed the Kelso bus \
depot and damaged twelve buses.

The fire has left the town with half its fleet, and the council warned that some rural \
routes could be cut for months.

Prosecutors said Quinn had been charged with three counts of arson and one of criminal \
damage.

Quinn, who was arrested at his home on Sunday, is also accused of setting fire to a \
council van in March.

The operator said replacing the buses could cost £4 million, and fares may rise to pay \
for them.

Insurers warned that the depot's cover may not pay for the full loss.
"""


def test_one_stake_per_case_not_one_per_sentence_that_retells_the_charges() -> None:
    article = Article(title="", text=CHARGES_ARTICLE)
    actors = [Actor(name="Dara Quinn", type="person", evidence=[1], mentions=3)]
    stakes = find_stakes(article, actors)
    about_the_case = [s for s in stakes if s.evidence[0] in {1, 3, 4}]
    assert len(about_the_case) == 1
    assert {2, 5} <= {s.evidence[0] for s in stakes}


@pytest.mark.parametrize(
    ("sentence", "stake"),
    [
        (
            "Okafor could face eight years behind bars once the judge rules in May Okafor "
            "pleaded guilty to two thefts after the prosecution withdrew four others.",
            "Okafor could face eight years behind bars once the judge rules in May.",
        ),
        # A clause after a verb of saying, a weekday, a participle: no second sentence.
        (
            "The prosecutor told the jury Quinn was lying and could face jail for perjury.",
            "The prosecutor told the jury Quinn was lying and could face jail for perjury.",
        ),
        (
            "Dara Quinn denied the theft Friday based on advice, though the charges could "
            "bring a long prison term.",
            "Dara Quinn denied the theft Friday based on advice, though the charges could "
            "bring a long prison term.",
        ),
        (
            "Three women face up to 12 years in jail, the latest Britons charged with "
            "smuggling rare birds.",
            "Three women face up to 12 years in jail, the latest Britons charged with "
            "smuggling rare birds.",
        ),
    ],
)
def test_a_sentence_run_into_the_stake_is_cut_off(sentence: str, stake: str) -> None:
    assert state_stake(sentence) == stake


QUOTED_ARTICLE = """\
Harbour workers in Calder voted on Monday to strike for two days next week, which the \
port warned could delay shipments worth $40 million.

Union leader Sara Voss said the strike could spread to the rail freight depot if the \
port refuses to reopen talks.

'It doesn't mean we want to hurt the town, and it could cost us our wages too.

'We want a fair deal, and we will keep going until we get one,' Voss told the rally.
"""


def test_a_quotation_that_says_neither_who_speaks_nor_what_it_means_is_no_stake() -> None:
    stakes = find_stakes(Article(title="", text=QUOTED_ARTICLE))
    texts = [s.text for s in stakes]
    assert not any(t.startswith("It doesn") for t in texts)
    assert 1 in [s.evidence[0] for s in stakes]


def test_a_plural_possessive_keeps_its_apostrophe_when_quotation_marks_go() -> None:
    stake = state_stake(
        "The drivers' union warned that the cuts could cost its members a week's pay, "
        "citing the depots' records."
    )
    assert "drivers' union" in stake and "depots' records" in stake
    # A closing quotation mark after an "s" still goes with its opening one.
    quoted = state_stake("He called the plan 'a risk to the towns' and said it could shut schools.")
    assert "'" not in quoted


def test_a_relative_clause_after_a_whole_clause_is_not_made_its_subject_s_sentence() -> None:
    sentence = (
        "Hauliers have begun sending freight to Calder, which could cost Dorrow up to "
        "£2million a week in fees, according to the city council."
    )
    assert state_stake(sentence) == sentence  # never "... to Calder could cost Dorrow ..."
    # After a name, the aside is still the stake.
    assert state_stake(
        "The ferry operator, which could lose its licence over the crash, was not consulted."
    ) == ("The ferry operator could lose its licence over the crash.")


@pytest.mark.parametrize(
    ("sentence", "stake"),
    [
        # When a thing was said is no part of the stake.
        (
            "Harbour officials last night said the strike could delay shipments worth $40 million.",
            "Harbour officials said the strike could delay shipments worth $40 million.",
        ),
        # A speaker with an abbreviation, and where the words were said.
        (
            "'The fines could close the mill,' U.S. Attorney Ana Ruiz said at a press "
            "conference Monday.",
            "U.S. Attorney Ana Ruiz said the fines could close the mill.",
        ),
    ],
)
def test_attribution_is_kept_without_its_time_and_place(sentence: str, stake: str) -> None:
    assert state_stake(sentence) == stake


@pytest.mark.parametrize(
    "sentence",
    [
        # What was said was cut off: the speaker's words are the stake.
        "Tomas Verhoef told the inspectors last week, after the second collapse at the Kelso "
        "quarry and the evacuation of forty homes near the river and the old mill, that he "
        "could think of "
        "nothing that would stop the slope from failing again this winter.",
        # One side of a "between" was cut off.
        "The regulator said it was aware of links between a senior adviser.",
    ],
)
def test_a_stake_cut_before_its_point_is_no_stake(sentence: str) -> None:
    assert state_stake(sentence) == ""


@pytest.mark.parametrize(
    "sentence",
    [
        "School governors did not do enough to protect the pupils, the parents say.",
        "These were determined men who were intent on reaching the front line.",
        "The panel's chairman faces a conflict of interest over his brother's firm.",
        "Soldiers destroyed the bridge and two churches in the valley.",
    ],
)
def test_a_duty_not_met_an_intent_and_harm_done_are_cues(sentence: str) -> None:
    assert stake_score(sentence) >= 1.0


@pytest.mark.parametrize(
    "sentence",
    [
        # A loss of life, of a child, of a livelihood.
        "The night shift on the quay cost him his job.",
        "Two of the families lost their children in the flood.",
        # Harm to a standing, or trouble still ahead.
        "The delay is a blow to the fishers who had planned the spring season.",
        "The row is unhelpful for the mayor as she seeks a second term.",
        "Councillor Roe is bringing the harbour board into disrepute.",
        "There are still many legal hurdles looming for the ferry operator.",
    ],
)
def test_a_loss_a_blow_to_standing_and_trouble_ahead_are_cues(sentence: str) -> None:
    assert stake_score(sentence) >= 1.5


def test_trouble_that_only_tells_the_time_is_no_cue() -> None:
    assert stake_score("As the night of the regatta loomed, the boats were painted.") == 0


SIX_ARTICLE = """\
Six Kelso men have been charged with arson over a fire that destroyed the bus depot.

The six, whom police described as friends, are accused of conspiracy to commit arson and \
could face ten years in prison.

The council warned that rural bus routes could be cut for months, costing jobs.

Insurers said the depot's cover may not pay for the full loss of £4 million.
"""


def test_charges_retold_of_people_the_article_does_not_name_are_one_case() -> None:
    stakes = find_stakes(Article(title="", text=SIX_ARTICLE))
    assert len([s for s in stakes if s.evidence[0] in {1, 2}]) == 1


def test_an_evasion_is_no_stake() -> None:
    article = Article(
        title="",
        text="The mayor cannot give a straight answer on whether the depot could close.\n\n"
        "The council warned that rural bus routes could be cut for months, costing jobs.\n",
    )
    assert [s.evidence[0] for s in find_stakes(article)] == [2]


def test_a_speaker_s_words_that_state_nothing_at_stake_are_no_stake() -> None:
    article = Article(
        title="",
        text="The victim's neighbour Ana Torres, 80, told the paper: 'I met him in 1961 when "
        "I started work at the mill.'\n",
    )
    assert find_stakes(article) == []


def test_of_sentences_run_together_the_one_that_states_the_stake_is_kept() -> None:
    sentence = (
        "'We are ready,' he said. Deputy mayor Ana Ruiz said that Kelso will in fact pay "
        "the bill on time Dorrow's Evening Post quoted councillor Piet Maas as saying that "
        "a delay was out of the question, otherwise the depot could close."
    )
    assert state_stake(sentence) == (
        "Dorrow's Evening Post quoted councillor Piet Maas as saying that a delay was out "
        "of the question, otherwise the depot could close."
    )


@pytest.mark.parametrize(
    ("sentence", "stake"),
    [
        # A name and "has" after a noun: a relative clause without "that", not a caption.
        (
            "The £9,000 was easily the richest purse Kelso Lad has collected so far, but "
            "his owners could lose the stable if the lease ends.",
            "The £9,000 was easily the richest purse Kelso Lad has collected so far, but "
            "his owners could lose the stable if the lease ends.",
        ),
    ],
)
def test_a_glued_has_is_no_caption(sentence: str, stake: str) -> None:
    assert state_stake(sentence) == stake


def test_a_glued_is_does_not_start_a_stake_of_its_own() -> None:
    # After a glued "is", what follows may be a clause of the sentence before: cut off.
    stake = state_stake(
        "Two reporters from the town have worked with the group Dorrowa is Counting "
        "Quietly who could face jail for the risks they take."
    )
    assert "Counting Quietly" not in stake


def test_a_quotation_going_on_in_its_speaker_s_voice_is_no_stake() -> None:
    text = (
        "'I had just moved to Kelso from the coast. My parents are not rich, so they cannot "
        "afford to pay my rent.'\n"
    )
    assert find_stakes(Article(title="", text=text)) == []


def test_a_long_sentence_keeps_its_main_clause_not_a_participle_phrase() -> None:
    sentence = (
        "The Kelso harbour board has fined Dorrow Ferries $2.1 million for failing to warn "
        "about 90,000 passengers that crossings on its southern route had been cancelled during "
        "the storms in March and April, the largest penalty imposed under the board's ferry "
        "service rules."
    )
    assert state_stake(sentence) == "The Kelso harbour board has fined Dorrow Ferries $2.1 million."


def test_a_run_of_sentences_opening_with_one_pronoun_names_one_side() -> None:
    article = sentences_of(
        "Mayor Ana Ruiz spoke at the quay on Monday. He added: 'The pier is safe.' "
        "He said the ferry could stop in May."
    )
    actors = [Actor(name="Ana Ruiz", type="person", aliases=["Ruiz"], mentions=1, evidence=[1])]
    antecedents = Antecedents(article.sentences, actors)
    assert antecedents.name_for("he", 3) == "Ruiz"


def test_a_subject_with_an_apposition_in_its_aside_is_the_sentence_s_subject() -> None:
    text = "The report, written by Ana Ruiz, the port's engineer, says that the pier is unsafe."
    assert sentence_subject(text) == "The report"


def _names(stakes: list[object]) -> list[int]:
    return [s.evidence[0] for s in stakes]  # type: ignore[attr-defined]


def test_an_article_with_one_strong_stake_gets_a_second_that_names_a_side() -> None:
    # The first sentence is far stronger than the rest, which fall below the floor; of
    # the two weaker ones the stake that names who is hurt is taken, not the bare fact.
    article = Article(
        title="",
        text="Engineers warned that the Velden dam could fail within days, forcing the "
        "evacuation of 4,000 residents and putting the valley's farms at risk.\n\n"
        "A heron was found killed on the towpath along the east bank last week.\n\n"
        "The Velden Water Board found a shortfall in the strength of the east wall.\n",
    )
    board = Actor(name="Velden Water Board", type="organization", mentions=1, evidence=[3])
    stakes = find_stakes(article, [board])
    assert _names(stakes) == [1, 3]


def test_what_happened_years_before_the_story_is_background_not_a_stake() -> None:
    # The same charge set in 1994 is history in a story of 2026: it falls below the floor
    # the story's own stakes set, and the two stakes of now are enough.
    article = Article(
        title="",
        text="The Corvin club could be expelled from the league and lose its £3 million "
        "grant if the inquiry upholds the complaints, officials warned in 2026.\n\n"
        "Players fear the club could be forced to sell its ground at Tarrow.\n\n"
        "The league's board met in Hollin on Tuesday evening for four hours.\n\n"
        "Its members heard from the club's chairman and two of its former players.\n\n"
        "The coach was accused of taking £3,000 in cash from an agent and was cautioned "
        "by the league in 1994.\n",
    )
    assert _names(find_stakes(article)) == [1, 2]


def test_what_a_lawyer_says_of_a_client_is_the_defence_s_case() -> None:
    sentence = "Ruiz's lawyer said his client never saw the cyclist on the unlit road."
    assert stake_score(sentence) >= 2.0  # as much as a charge faced
    article = Article(
        title="",
        text="Tomas Ruiz, 19, is charged with attempted murder and could face life in "
        "prison if convicted.\n\n" + sentence + "\n",
    )
    assert _names(find_stakes(article)) == [1, 2]


def test_a_sentence_ending_in_a_place_is_no_run_on() -> None:
    sentence = (
        "Talks between the two fishing fleets broke down this week and will resume in "
        "the spring in Peru."
    )
    assert state_stake(sentence) == sentence


def test_a_comma_inside_a_name_of_several_parts_starts_no_stake() -> None:
    sentence = (
        "A statement from the sport's governing body read: 'The Harbour Safety, Standards "
        "and Licensing Board sat for two days this week and issued a fine over the crews "
        "who sailed through the closed channel in the bay between the clubs of Dorrow and "
        "Kelso, which was closed in Arlen on 3 May."
    )
    stake = state_stake(sentence)
    assert not stake.startswith("Standards")
    assert not stake.endswith("Safety.")


@pytest.mark.parametrize(
    ("sentence", "score"),
    [
        ("The Marsh Fraud and Risk Panel met in Arlen today.", 0.0),
        ("The Coastal Crisis Group published its yearly report.", 0.0),
        ("Warning signs were missed, the report said.", 1.5),
        ("He said: Risks to the harbour are rising.", 1.5),
    ],
)
def test_a_cue_word_inside_a_name_is_no_cue(sentence: str, score: float) -> None:
    assert stake_score(sentence) == score


def test_the_side_that_brings_a_case_is_not_what_the_case_is_about() -> None:
    article = Article(
        title="",
        text="Four men have been charged with smuggling cigarettes through the port of Kelso "
        "and could face up to ten years in prison.\n\n"
        "On Friday, the Customs Agency arrested four men from Dorrow, accused of bribing "
        "dock staff to wave lorries through.\n\n"
        "The council warned that rural bus routes could be cut for months, costing jobs.\n",
    )
    agency = Actor(name="Customs Agency", type="organization", mentions=1, evidence=[2])
    assert _names(find_stakes(article, [agency])) == [1, 3]


def test_a_quotation_in_its_speaker_s_voice_with_no_speaker_is_no_stake() -> None:
    article = Article(
        title="",
        text="'My biggest fear is that the landlord could evict us before the winter.'\n\n"
        "The council warned that rural bus routes could be cut for months, costing jobs.\n",
    )
    assert _names(find_stakes(article)) == [2]


def test_a_speaker_s_voice_run_on_after_a_colon_is_no_stake() -> None:
    article = Article(
        title="",
        text="The tenants' leader warns the problem is growing on the estate: Last year I "
        "watched three families lose their jobs and homes to a landlord who could evict "
        "more.\n\n"
        "The council warned that rural bus routes could be cut for months, costing jobs.\n",
    )
    assert _names(find_stakes(article)) == [2]


@pytest.mark.parametrize(
    "sentence",
    [
        "As the price of diesel at the harbour pumps climbed past £1,200 a tonne.",
        "Because the ferry operator could lose its licence over the missed sailings.",
    ],
)
def test_a_subordinate_clause_alone_is_a_fragment(sentence: str) -> None:
    assert state_stake(sentence) == ""


def test_a_subordinate_clause_before_its_main_clause_is_a_stake() -> None:
    sentence = "As the river rose, hundreds of farms could lose their winter feed."
    assert state_stake(sentence) == sentence


def test_of_equal_parts_the_one_naming_a_loss_beats_the_one_that_only_hedges() -> None:
    sentence = (
        "‘If the board gets its way, that suggests the yard may stay open. The owners are "
        "bringing the harbour town into disrepute.’"
    )
    assert state_stake(sentence) == "The owners are bringing the harbour town into disrepute."
