"""Questions about facts an article says are not known: no information given, a motive
or an identity unknown.

Every sentence is written for these tests, in the shapes news gives them.
"""

from __future__ import annotations

import pytest

from builder.extract.unknown_questions import unknown_questions


def no_antecedent(word: str) -> str | None:
    return None


@pytest.mark.parametrize(
    ("sentence", "question"),
    [
        (
            "No further information on the climber's condition was immediately available.",
            "What is the climber's condition?",
        ),
        (
            "No details about the value of the contract were disclosed.",
            "What is the value of the contract?",
        ),
        (
            "No more information on the skipper's condition or when the ferry would sail "
            "was available.",
            "When would the ferry sail?",
        ),
        ("The motive for the stabbing is not known.", "What is the motive for the stabbing?"),
        (
            "The identity of the second rider remains unclear.",
            "What is the identity of the second rider?",
        ),
    ],
)
def test_a_fact_said_to_be_unknown_is_asked_for(sentence: str, question: str) -> None:
    assert unknown_questions(sentence, no_antecedent)[0] == question


@pytest.mark.parametrize(
    "sentence",
    [
        "Her whereabouts are unknown.",  # whose, the question could not say
        "No further details about the victims were released.",  # no fact to ask for
    ],
)
def test_an_unknown_with_no_owner_or_fact_asks_nothing(sentence: str) -> None:
    assert unknown_questions(sentence, no_antecedent) == []


def test_a_condition_the_article_gives_elsewhere_is_not_asked_for() -> None:
    sentence = "No further information on the climber's condition was immediately available."
    article = f"The climber was flown to hospital. {sentence} Friends said he was much better."
    assert unknown_questions(sentence, no_antecedent, article) == []
