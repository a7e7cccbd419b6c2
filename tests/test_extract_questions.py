"""Turning statements of what is unresolved into real questions."""

from __future__ import annotations

import pytest

from builder.extract.questions import question_for, question_from_clause


def no_antecedent(pronoun: str) -> str | None:
    return None


@pytest.mark.parametrize(
    ("wh", "clause", "question"),
    [
        (
            "whether",
            "the council will reverse the decision.",
            "Will the council reverse the decision?",
        ),
        ("how much", "it paid for the land", "How much did it pay for the land?"),
        ("whether", "the ministry approved the plan", "Did the ministry approve the plan?"),
        ("when", "the plant reopens", "When does the plant reopen?"),
        ("who", "will lead the party", "Who will lead the party?"),
        ("what", "caused the fire, officials said", "What caused the fire?"),
        ("whether", "the company has enough cash", "Does the company have enough cash?"),
        ("whether", "the talks have failed", "Have the talks failed?"),
        (
            "how many",
            "people outside the city were affected",
            "How many people outside the city were affected?",
        ),
    ],
)
def test_question_from_clause(wh: str, clause: str, question: str) -> None:
    assert question_from_clause(wh, clause, no_antecedent) == question


@pytest.mark.parametrize(
    ("sentence", "question"),
    [
        (
            "It remains uncertain whether the regulator will reverse the decision.",
            "Will the regulator reverse the decision?",
        ),
        (
            "Financial terms of the deal were not disclosed.",
            "What are the financial terms of the deal?",
        ),
        (
            "The board is expected to vote on the plan in May.",
            "Will the board vote on the plan in May?",
        ),
        (
            "The ministry has yet to respond to the complaint.",
            "Will the ministry respond to the complaint?",
        ),
        (
            "The minister denied that the report had been changed.",
            "Is it true that the report had been changed?",
        ),
        (
            "The mayor declined to say when the bridge would reopen.",
            "When would the bridge reopen?",
        ),
    ],
)
def test_question_for_sentence(sentence: str, question: str) -> None:
    assert question_for(sentence, no_antecedent) == question


@pytest.mark.parametrize(
    "sentence",
    [
        "The council approved the plan on Monday.",
        "The company did not respond to requests for comment.",
        '"It is unclear whether we will survive," she said.',
        "It is unclear whether.",
    ],
)
def test_no_question_where_none_is_raised(sentence: str) -> None:
    assert question_for(sentence, no_antecedent) is None


def test_pronoun_subject_takes_a_lone_antecedent() -> None:
    question = question_from_clause("whether", "she will resign", lambda p: "Okafor")
    assert question == "Will Okafor resign?"
