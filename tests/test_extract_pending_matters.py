"""Questions about matters still in hand: an investigation, a date not set, no arrest,
a sentence after a remand, a grave condition.

Every sentence and article is written for these tests, in the shapes news gives them.
"""

from __future__ import annotations

import pytest

from builder.article import Article
from builder.extract import analyze_articles
from builder.extract.case_questions import case_questions
from builder.extract.outcomes import outcome_questions
from builder.extract.pending_matters import pending_matters
from tests.test_extract import is_grammatical_question


def no_antecedent(word: str) -> str | None:
    return None


@pytest.mark.parametrize(
    ("sentence", "article", "question"),
    [
        (
            "The driver of the tanker, who had no licence, is under investigation by police.",
            "",
            "What will the investigation into the driver of the tanker find?",
        ),
        (
            "Councillor Ada Brenn is still being investigated by the standards board.",
            "",
            "What will the investigation into Councillor Ada Brenn find?",
        ),
        (
            "The two sides left the capital and no date has been set for fresh negotiations.",
            "",
            "When will fresh negotiations be held?",
        ),
        (
            "There have been no arrests.",
            "Three drivers were shot dead at a depot outside Varn on Monday. Police said the "
            "shooting was the third this month. There have been no arrests.",
            "Will anyone be arrested over the shooting?",
        ),
        (
            "Tomas Reile has been remanded on bail until June 4 for reports.",
            "A jury found him guilty of arson at Kesby Crown Court. Tomas Reile has been "
            "remanded on bail until June 4 for reports.",
            "What sentence will Tomas Reile receive?",
        ),
        (
            "The cyclist remains in a critical condition in hospital.",
            "A van struck a cyclist on the ring road. The cyclist remains in a critical "
            "condition in hospital. The road was closed for six hours.",
            "Will the cyclist recover?",
        ),
        (
            "The younger boy is also ill and doctors described his condition as serious.",
            "Two boys fell ill at a camp. The younger boy is also ill and doctors described "
            "his condition as serious.",
            "Will the younger boy recover?",
        ),
    ],
)
def test_a_matter_still_in_hand_asks_how_it_will_end(
    sentence: str, article: str, question: str
) -> None:
    found = pending_matters(sentence, no_antecedent, article)
    assert found == [question]
    assert is_grammatical_question(question)


@pytest.mark.parametrize(
    ("sentence", "article"),
    [
        # The sentence was passed: nothing is left to ask about it.
        (
            "Ola Venn was remanded in custody until May 2.",
            "Ola Venn was found guilty of fraud. Ola Venn was remanded in custody until May 2. "
            "He was later jailed for four years.",
        ),
        # Remanded before any verdict: a sentence is not yet in question.
        (
            "Ola Venn was remanded in custody until May 2.",
            "Ola Venn was remanded in custody until May 2.",
        ),
        # A death reported later settles the condition.
        (
            "The cyclist remains in a critical condition in hospital.",
            "The cyclist remains in a critical condition in hospital. He died on Sunday.",
        ),
        # A pronoun alone cannot be the subject of a question that stands on its own.
        ("He is under investigation by police.", ""),
        # "no date set for when talks would restart" is no event noun for "be held".
        ("The round ended with no date set for when talks would restart.", ""),
    ],
)
def test_a_settled_or_unnamed_matter_asks_nothing(sentence: str, article: str) -> None:
    assert pending_matters(sentence, no_antecedent, article) == []


def test_unknown_attackers_ask_who_they_are() -> None:
    found = case_questions(
        "Two guards were killed when unknown gunmen opened fire on the convoy.", no_antecedent
    )
    assert "Who are the gunmen?" in found


def test_a_forecast_of_a_named_side_asks_whether_it_will_come_about() -> None:
    found = outcome_questions(
        "Analysts predict Harrow Foods will sell its dairy arm to the highest bidder.",
        no_antecedent,
    )
    assert found[0] == "Will Harrow Foods sell its dairy arm to the highest bidder?"


def test_an_article_with_no_arrest_gets_the_question_in_its_brief() -> None:
    text = (
        "Two night watchmen were killed when gunmen stormed a grain store near Pelt on "
        "Saturday, police said. Officers said the killings bore the marks of a feud between "
        "two families. There had been no arrests."
    )
    (analysis,) = analyze_articles([Article(title="", text=text)])
    asked = [q.text for q in analysis.open_questions]
    assert "Will anyone be arrested over the killings?" in asked


@pytest.mark.parametrize(
    ("sentence", "question"),
    [
        (
            "The pensioner was airlifted to hospital with serious head injuries.",
            "Will the pensioner recover?",
        ),
        (
            "The parish council is expected to vote on the bypass scheme next month.",
            "Will the parish council approve the bypass scheme?",
        ),
    ],
)
def test_grave_injuries_and_a_coming_vote_ask_how_they_end(sentence: str, question: str) -> None:
    assert pending_matters(sentence, no_antecedent, sentence) == [question]


def test_someone_under_pressure_to_act_asks_whether_they_will() -> None:
    found = pending_matters(
        "The harbour master is under mounting pressure to resign.", no_antecedent, ""
    )
    assert found == ["Will the harbour master resign?"]


def test_a_hope_voiced_for_a_recovery_asks_whether_it_will_come() -> None:
    found = outcome_questions(
        "Doctors are hopeful the jockey will make a full recovery.", no_antecedent
    )
    assert found[0] == "Will the jockey make a full recovery?"
