"""Questions about unsettled cases: charges, appeals, allegations, claims, suspicions.

Every sentence is written for these tests, in the shapes news gives such facts.
"""

from __future__ import annotations

import pytest

from builder.article import Article
from builder.extract import analyze_articles
from builder.extract.case_questions import case_questions, strip_attribution
from tests.test_extract import is_grammatical_question


def no_antecedent(word: str) -> str | None:
    return None


@pytest.mark.parametrize(
    ("sentence", "question"),
    [
        (
            "Dara Quinn, 31, was charged with arson after the fire at the Kelso depot.",
            "Will Dara Quinn be convicted of arson?",
        ),
        (
            "Helen Marsh has pleaded not guilty to three counts of fraud.",
            "Will Helen Marsh be convicted on three counts of fraud?",
        ),
        (
            "Prosecutors said on Tuesday that Owen Pike was charged with manslaughter.",
            "Will Owen Pike be convicted of manslaughter?",
        ),
        (
            "Karl Webb is accused of misleading investors about the mine's output.",
            "Did Karl Webb mislead investors about the mine's output?",
        ),
        (
            "Tomas Rehn has lodged an appeal against his deportation.",
            "Will Tomas Rehn's appeal succeed?",
        ),
        (
            "The councillor allegedly offered free tickets to voters at a rally in Dunmore.",
            "Did the councillor offer free tickets to voters at a rally in Dunmore?",
        ),
        (
            "Police believe the driver may have been targeted by a rival gang.",
            "Was the driver targeted by a rival gang?",
        ),
        (
            "Inspectors await the results of laboratory tests to confirm that the "
            "river was poisoned.",
            "Will laboratory tests confirm that the river was poisoned?",
        ),
        ("Police said the gunman has not been identified.", "Who is the gunman?"),
        # A hedge after an auxiliary: the auxiliary opens the question, in its tense.
        (
            "The two skippers had allegedly been fishing inside the closed zone for a week.",
            "Had the two skippers been fishing inside the closed zone for a week?",
        ),
        (
            "Mr Lund is now reportedly engaged to a Kelso lawyer.",
            "Is Mr Lund now engaged to a Kelso lawyer?",
        ),
        # What little is known of someone not named stays with the question.
        (
            "Police believe the attacker, only described as a tall woman in her 40s, fled by car.",
            "Who is the attacker, described only as a tall woman in her 40s?",
        ),
        (
            "The union claims that managers ignored repeated safety warnings at the plant.",
            "Is it true that managers ignored repeated safety warnings at the plant?",
        ),
        (
            "Four of the contracts were signed in a single week, auditors allege.",
            "Is it true that four of the contracts were signed in a single week?",
        ),
        (
            "Harbour Lines expects to reopen the northern route in the spring.",
            "Will Harbour Lines reopen the northern route in the spring?",
        ),
    ],
)
def test_an_unsettled_case_becomes_a_question(sentence: str, question: str) -> None:
    assert case_questions(sentence, no_antecedent) == [question]


@pytest.mark.parametrize(
    "sentence",
    [
        "The minister faces criticism over the delay.",  # no charge
        "She denied the report.",  # no charge, and a pronoun
        "He was charged with assault.",  # whom "he" stands for is not known here
        "The union claims 'they never listened to us'.",  # a quotation, not a clause
        "The company hopes to be ready by May.",  # nothing to ask
        "'We will appeal,' said the lawyer.",
        "A spokesman confirmed the alleged forger signed the letter himself.",  # an adjective
    ],
)
def test_no_question_without_a_clean_case(sentence: str) -> None:
    assert case_questions(sentence, no_antecedent) == []


def test_a_charge_the_article_reports_settled_raises_no_question() -> None:
    text = (
        "Dara Quinn, 31, was charged with arson after the fire at the Kelso depot. "
        "On Friday Quinn was convicted and jailed for four years."
    )
    assert case_questions(text.split(". ", maxsplit=1)[0] + ".", no_antecedent, text) == []


def test_the_reported_clause_of_an_attribution() -> None:
    assert strip_attribution("Police said Friday that the van was stolen.") == (
        "The van was stolen."
    )
    assert strip_attribution("The van was stolen.") == "The van was stolen."


COURT_ARTICLE = """\
A former nursery manager has pleaded not guilty to four counts of child neglect at \
Calder Crown Court.

Irene Vale, 52, is accused of leaving toddlers unsupervised for hours at the Little Oaks \
nursery in Calder.

Parents claim that staff were told to hide the failings from inspectors.

The nursery's owner has lodged an appeal against the council's decision to close it.

Police said the nursery's former deputy manager has not been named.

The trial is expected to last three weeks.
"""


def test_a_court_story_asks_what_it_leaves_open() -> None:
    article = Article(title="", text=COURT_ARTICLE)
    (analysis,) = analyze_articles([article])
    questions = [q.text for q in analysis.open_questions]
    assert all(is_grammatical_question(q) for q in questions)
    assert "Did Irene Vale leave toddlers unsupervised for hours?" in questions
    assert "Is it true that staff were told to hide the failings from inspectors?" in questions


def test_a_named_speaker_s_wish_keeps_who_wishes_it() -> None:
    sentence = (
        "Last night councillor Rosa Imbert, who sits on the board, said: 'I would be in "
        "favour of Mr Lund being reinstated to finish the audit.'"
    )
    assert case_questions(sentence, no_antecedent) == [
        "Will Mr Lund be reinstated, as councillor Rosa Imbert wants?"
    ]


def test_alleged_after_a_preposition_describes_a_noun_and_claims_nothing() -> None:
    sentence = "Two men were fined for alleged poaching and banned from the river for a year."
    assert not [q for q in case_questions(sentence, no_antecedent, sentence) if "true" in q]


@pytest.mark.parametrize(
    ("sentence", "question"),
    [
        (
            "The shots were fired by a man, who was wearing a grey hood and unidentifiable.",
            "Who is the man?",
        ),
        ("An unidentified gunman fired at the Kelso ferry on Monday.", "Who is the gunman?"),
    ],
)
def test_someone_the_article_cannot_name_is_asked_for(sentence: str, question: str) -> None:
    assert question in case_questions(sentence, no_antecedent, sentence)


def test_an_unnamed_source_is_no_one_to_ask_for() -> None:
    sentence = "An unnamed source said the ferry deal was close."
    assert not [q for q in case_questions(sentence, no_antecedent, sentence) if q.startswith("Who")]
