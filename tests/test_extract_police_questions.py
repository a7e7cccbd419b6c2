"""Questions about a police case in its first days: a search, a hunt, an arrest with no
charge yet, an appeal for witnesses, a post-mortem still to be made.

Every sentence and article is written for these tests, in the shapes news gives them.
"""

from __future__ import annotations

import pytest

from builder.extract.police_questions import police_questions
from tests.test_extract import is_grammatical_question


def no_antecedent(word: str) -> str | None:
    return None


@pytest.mark.parametrize(
    ("sentence", "article", "question"),
    [
        (
            "Lifeboat crews are searching for a man who fell from a trawler on Friday.",
            "",
            "Will the man who fell from a trawler be found?",
        ),
        (
            "Detectives have launched a manhunt for the gunman.",
            "",
            "Will the gunman be caught?",
        ),
        (
            "Two teenagers have been arrested on suspicion of arson.",
            "",
            "Will the two teenagers be charged with arson?",
        ),
        (
            "A 41-year-old woman has been arrested and is being questioned by detectives.",
            "",
            "Will the 41-year-old woman be charged?",
        ),
        (
            "Police are appealing for witnesses.",
            "A shopkeeper was hurt in a robbery at a corner shop in Tarrow on Sunday night. "
            "Police are appealing for witnesses.",
            "Who is responsible for the robbery?",
        ),
        (
            "A post-mortem examination will be carried out later this week.",
            "",
            "What will the post-mortem examination find?",
        ),
    ],
)
def test_an_open_police_case_asks_how_it_will_end(
    sentence: str, article: str, question: str
) -> None:
    found = police_questions(sentence, no_antecedent, article or sentence)
    assert found == [question]
    assert is_grammatical_question(question)


@pytest.mark.parametrize(
    ("sentence", "article"),
    [
        # The one sought is found later in the article.
        (
            "Lifeboat crews are searching for a man who fell from a trawler.",
            "Lifeboat crews are searching for a man who fell from a trawler. He was later "
            "found alive on a sandbank.",
        ),
        # A charge told later settles whether there will be one.
        (
            "Two teenagers have been arrested on suspicion of arson.",
            "Two teenagers have been arrested on suspicion of arson. Both were later charged.",
        ),
        # An appeal with no attack named gives nothing to ask who is responsible for.
        ("Police are appealing for witnesses.", "Police are appealing for witnesses."),
    ],
)
def test_a_settled_police_case_asks_nothing(sentence: str, article: str) -> None:
    assert police_questions(sentence, no_antecedent, article) == []


@pytest.mark.parametrize(
    ("sentence", "question"),
    [
        ("Deputies took the driver into custody.", "Will the driver be charged?"),
        (
            "When wardens arrived, they took custody of the intruder.",
            "Will the intruder be charged?",
        ),
        ("The robber remains at large.", "Will the robber be caught?"),
        ("Two hikers are still missing on the moor.", "Will the two hikers be found?"),
        (
            "The league has launched an independent inquiry into the transfer.",
            "What will the independent inquiry into the transfer find?",
        ),
    ],
)
def test_custody_a_fugitive_a_missing_person_and_an_inquiry_ask_what_comes(
    sentence: str, question: str
) -> None:
    assert police_questions(sentence, no_antecedent, sentence) == [question]


def test_an_inquiry_whose_finding_is_told_asks_nothing() -> None:
    article = (
        "The league has launched an independent inquiry into the transfer. In March it "
        "concluded that no rule had been broken."
    )
    sentence = "The league has launched an independent inquiry into the transfer."
    assert police_questions(sentence, no_antecedent, article) == []


@pytest.mark.parametrize(
    ("sentence", "question"),
    [
        (
            "An inquiry has been opened into the collapse of the footbridge.",
            "What will the inquiry into the collapse of the footbridge find?",
        ),
        (
            "The case has been referred to the Crown Prosecution Service.",
            "Will the Crown Prosecution Service bring charges?",
        ),
        ("Dana Kove will stand trial in June.", "Will Dana Kove be convicted?"),
    ],
)
def test_an_inquiry_a_referral_and_a_trial_ask_how_they_end(sentence: str, question: str) -> None:
    assert police_questions(sentence, no_antecedent, sentence) == [question]


def test_a_trial_whose_verdict_is_told_asks_nothing() -> None:
    article = "Dana Kove will stand trial in June. In July she was acquitted."
    assert police_questions("Dana Kove will stand trial in June.", no_antecedent, article) == []
