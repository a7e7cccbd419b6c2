"""What a lawyer claims for a client, asked as an open question (sentences written for
these tests)."""

from __future__ import annotations

import pytest

from builder.extract.defence_questions import defence_questions
from builder.extract.questions import questions_for


def no_antecedent(pronoun: str) -> str | None:
    return None


@pytest.mark.parametrize(
    ("sentence", "question"),
    [
        (
            "The boy's solicitor, Ines Marr, said on Monday she believes her client was "
            "acting on his uncle's orders throughout.",
            "Was the boy acting on his uncle's orders throughout?",
        ),
        (
            "Dorran's lawyer conceded that his client struck the first blow but insisted "
            "the man was 'terrified' and was acting to 'protect his brother'.",
            "Was the man terrified and acting to protect his brother?",
        ),
        (
            "The driver's barrister told the jury his client was blinded by the low sun "
            "and could not have seen the cyclist.",
            "Was the driver blinded by the low sun?",
        ),
    ],
)
def test_a_lawyer_s_claim_for_a_client_is_asked(sentence: str, question: str) -> None:
    assert defence_questions(sentence, no_antecedent) == [question]
    assert question in [q for _, q in questions_for(sentence, no_antecedent)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Dorran's lawyer said his client was released on bail on Friday.",
        "Dorran's lawyer said his client was due in court again in March.",
        "The lawyer said the hearing was adjourned.",  # whose lawyer is not said
        "Officials said the bridge was closed to traffic.",
    ],
)
def test_procedure_and_claims_of_no_one_s_client_are_not_asked(sentence: str) -> None:
    assert defence_questions(sentence, no_antecedent) == []
