"""Questions about reactions still to come: a reply, an appeal, a death toll.

Every sentence and article is written for these tests, in the shapes news gives them.
"""

from __future__ import annotations

import pytest

from builder.article import Article
from builder.extract import analyze_articles
from builder.extract.reaction_questions import reaction_questions
from tests.test_extract import is_grammatical_question


def no_antecedent(word: str) -> str | None:
    return None


@pytest.mark.parametrize(
    ("sentence", "question"),
    [
        (
            "Mayor Ines Duarte this morning launched a scathing attack on Harbour Board "
            "officials over the dredging delays.",
            "How will Harbour Board officials respond to Mayor Ines Duarte's attack?",
        ),
        (
            "Giving evidence to the committee, Dr Amos Pell accused police of ignoring "
            "repeated warnings about the site.",
            "How will police respond to Dr Amos Pell's accusations?",
        ),
        (
            "The union criticised Calder Rail for cutting weekend services without notice.",
            "How will Calder Rail respond to the union's criticism?",
        ),
        (
            "Dorrow Rovers have been hit with a two-match ban after fans threw "
            "flares onto the pitch.",
            "Will Dorrow Rovers appeal against the two-match ban?",
        ),
        # A sum or a count before the penalty is part of it.
        (
            "Marlow Town have been hit with a £20,000 fine over the crowd trouble.",
            "Will Marlow Town appeal against the £20,000 fine?",
        ),
        (
            "Arlen City were hit with a six-point deduction for breaking spending rules.",
            "Will Arlen City appeal against the six-point deduction?",
        ),
        (
            "The league fined Kelso Athletic £20,000 and docked them three points.",
            "Will Kelso Athletic appeal against the fine?",
        ),
        (
            "Rescuers said 212 people have been confirmed dead so far in the floods.",
            "Will the death toll rise further?",
        ),
    ],
)
def test_a_move_that_awaits_a_reaction_asks_for_it(sentence: str, question: str) -> None:
    assert reaction_questions(sentence, no_antecedent, sentence) == [question]


@pytest.mark.parametrize(
    ("sentence", "article"),
    [
        # The side's reply is in the article.
        (
            "The union criticised Calder Rail for cutting weekend services.",
            "The union criticised Calder Rail for cutting weekend services. Calder Rail "
            "said the cuts were needed to repair the line.",
        ),
        # A side that no longer exists cannot answer.
        (
            "The Greens have blamed the previous Liberal government for the housing shortage.",
            "The Greens have blamed the previous Liberal government for the housing shortage.",
        ),
        # The article already speaks of an appeal.
        (
            "Dorrow Rovers have been hit with a two-match ban.",
            "Dorrow Rovers have been hit with a two-match ban. The club said it would appeal.",
        ),
        # A side that imposes a suspension is not penalised by it.
        (
            "The Vask Port Board has suspended all traffic at the quay after a crane fell.",
            "The Vask Port Board has suspended all traffic at the quay after a crane fell.",
        ),
        # A pronoun's penalty may be someone else's.
        ("He was suspended by the party after the report.", "He was suspended by the party."),
        # The toll is final.
        (
            "Officials said 31 people died in the fire so far this year.",
            "Officials said 31 people died in the fire so far this year. The final death "
            "toll was confirmed on Monday.",
        ),
        # A criminal accusation against a person is a charge, not an attack to answer.
        (
            "His former pupils have accused him of abuse.",
            "His former pupils have accused him of abuse.",
        ),
    ],
)
def test_no_reaction_is_asked_for_when_the_article_settles_it(sentence: str, article: str) -> None:
    assert reaction_questions(sentence, no_antecedent, article) == []


ATTACK_ARTICLE = """\
Prime Minister Ruth Calloway launched a scathing attack on the Green Party on Tuesday, \
saying its plans for a carbon levy would cost every household £400 a year.

She accused Green leaders Tom Ashby and Mara Lind of misleading voters about the cost of \
the levy.

The Green Party's plans include a levy on petrol and gas, and a fund to insulate two \
million homes by 2030.

Mrs Calloway said the levy would hit families in rural areas hardest, where people \
depend on their cars.
"""


def test_one_reply_is_asked_for_however_often_the_attack_is_retold() -> None:
    (analysis,) = analyze_articles([Article(title="", text=ATTACK_ARTICLE)])
    questions = [q.text for q in analysis.open_questions]
    replies = [q for q in questions if " respond to " in q]
    assert replies == ["How will the Green Party respond to Prime Minister Ruth Calloway's attack?"]
    assert all(is_grammatical_question(q) for q in questions)
    assert analysis.open_questions[questions.index(replies[0])].evidence == [1]


def test_an_aside_between_dashes_does_not_hide_what_was_not_confirmed() -> None:
    from builder.extract.questions import questions_for

    sentence = (
        "Officials did not confirm who the two men - thought to be in their thirties - were "
        "or when they were detained."
    )
    questions = [q for _, q in questions_for(sentence, no_antecedent)]
    assert "Who were the two men?" in questions


@pytest.mark.parametrize(
    ("sentence", "question"),
    [
        (
            "The plant will not reopen until Harlow Metals finds a buyer for the site.",
            "Will Harlow Metals find a buyer for the site?",
        ),
        (
            "The agency said the island can no longer pay its nurses unless the treasury "
            "agrees to release the emergency fund.",
            "Will the treasury agree to release the emergency fund?",
        ),
    ],
)
def test_a_condition_still_to_be_met_asks_whether_it_will_be(sentence: str, question: str) -> None:
    from builder.extract.questions import questions_for

    assert question in [q for _, q in questions_for(sentence, no_antecedent)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The families waited in the hall until the police arrived.",  # told, not open
        "The bridge will stay closed until March.",  # a date, not a condition
    ],
)
def test_a_told_or_dated_until_is_no_condition(sentence: str) -> None:
    from builder.extract.questions import _condition

    assert _condition(sentence, no_antecedent) == []


def test_a_lawsuit_against_a_named_side_asks_whether_it_will_be_found_liable() -> None:
    from builder.extract.case_questions import case_questions

    sentence = (
        "In May, one of the parents brought a $250,000 lawsuit against the Calder School "
        "Board, accusing it of negligence."
    )
    assert "Will the Calder School Board be found liable?" in case_questions(
        sentence, no_antecedent, sentence
    )
    settled = sentence + " The board settled the case in June."
    assert "Will the Calder School Board be found liable?" not in case_questions(
        sentence, no_antecedent, settled
    )


def test_someone_named_who_fled_and_is_not_caught_asks_where_they_are() -> None:
    from builder.extract.case_questions import case_questions

    sentence = "Two days after the raid, Piet Varga fled the country, police said."
    assert "Where is Piet Varga now?" in case_questions(sentence, no_antecedent, sentence)
    caught = sentence + " Varga was arrested in Vienna on Sunday."
    assert "Where is Piet Varga now?" not in case_questions(sentence, no_antecedent, caught)
    # "He fled": a pronoun may stand for whoever was named last; not asked.
    assert not [
        q for q in case_questions("He fled the country.", lambda w: "Varga", "") if "Where" in q
    ]


def test_a_future_the_article_states_as_its_own_is_not_asked() -> None:
    from builder.extract.outcomes import outcome_questions

    # The article says it will be: nothing is left open.
    assert (
        outcome_questions(
            "The Tarrow ferry will leave its berth between June 2 and June 4, according to the "
            "port authority.",
            no_antecedent,
        )
        == []
    )
    assert outcome_questions("The inquiry will hear from two former managers.", no_antecedent) == []
    # A promise someone made is reported, and may not be kept.
    assert outcome_questions(
        "Mayor Ines Duarte said that the council will reopen the Alder Street library.",
        no_antecedent,
    ) == ["Will the council reopen the Alder Street library?"]


@pytest.mark.parametrize(
    ("sentence", "questions"),
    [
        (
            "Her lawyer said he intends to have Ana Ruiz assessed by a psychiatrist and will "
            "apply to have the trial moved to a youth court.",
            [
                "Will Ana Ruiz be assessed by a psychiatrist?",
                "Will the trial be moved to a youth court?",
            ],
        ),
        (
            "One committee member said she was in favour of Dr Pell being recalled to answer "
            "further questions.",
            ["Will Dr Pell be recalled to answer further questions?"],
        ),
    ],
)
def test_a_request_to_have_something_done_asks_whether_it_will_be(
    sentence: str, questions: list[str]
) -> None:
    from builder.extract.case_questions import case_questions

    found = case_questions(sentence, no_antecedent, sentence)
    assert all(q in found for q in questions)


def test_someone_hurt_whose_condition_is_never_given_asks_for_it() -> None:
    sentence = "The driver was stabbed twice."
    article = "Police stopped a van on the Calder bridge at noon. The driver was stabbed twice."
    assert reaction_questions(sentence, no_antecedent, article) == [
        "What is the condition of the driver?"
    ]
    told = article + " The driver was taken to hospital in a stable condition."
    assert reaction_questions(sentence, no_antecedent, told) == []
    # Another person's death in the article says nothing of the driver's condition.
    other = "A guard died after a man attacked him. " + article
    assert reaction_questions(sentence, no_antecedent, other) == [
        "What is the condition of the driver?"
    ]


def test_a_suspect_described_only_by_looks_asks_who_it_is() -> None:
    from builder.extract.case_questions import case_questions

    sentence = "Officers are looking for the suspect, described only as a tall man in a grey coat."
    asked = "Who is the suspect, described only as a tall man in a grey coat?"
    assert asked in case_questions(sentence, no_antecedent, sentence)


SHORT_QUESTIONS_ARTICLE = """\
Police in Kelso said on Sunday that the suspect, described only as a man in his 20s, \
may be linked to two earlier break-ins on the same street.

The suspect was shot in the leg by an officer during the arrest.

The Kelso force said it would not comment further while the inquiry continues.
"""


def test_short_questions_about_one_person_are_not_taken_for_duplicates() -> None:
    (analysis,) = analyze_articles([Article(title="", text=SHORT_QUESTIONS_ARTICLE)])
    questions = [q.text for q in analysis.open_questions]
    assert "Who is the suspect, described only as a man in his 20s?" in questions
    assert "What is the condition of the suspect?" in questions


def test_a_step_someone_says_should_be_taken_asks_whether_it_will_be() -> None:
    from builder.extract.outcomes import outcome_questions

    assert outcome_questions(
        "The regulator said last year that three nurses should face disciplinary hearings.",
        no_antecedent,
    ) == ["Will three nurses face disciplinary hearings?"]
    assert (
        outcome_questions(
            "The guide says their role should be to listen and to serve.", no_antecedent
        )
        == []
    )


def test_claims_still_open_against_a_named_side_ask_how_they_will_be_resolved() -> None:
    from builder.extract.case_questions import case_questions

    sentence = (
        "It comes after Harlow Bank put aside £90 million to meet claims and penalties still "
        "being decided in two countries."
    )
    assert case_questions(sentence, no_antecedent, sentence) == [
        "How will the claims and penalties still being decided against Harlow Bank be resolved?"
    ]
    # "faces claims": a noun, so nothing here is claimed to be true.
    faced = "Calder Mining faces claims still pending in three states."
    assert case_questions(faced, no_antecedent, faced) == [
        "How will the claims still pending against Calder Mining be resolved?"
    ]


def test_what_was_asked_inside_someones_account_is_not_an_open_question() -> None:
    from builder.extract.questions import questions_for

    sentence = (
        "The prosecutor added: 'The messages became threatening. He asked if she would meet "
        "him alone at the quarry, and she refused.'"
    )
    assert questions_for(sentence, lambda word: "Ms Roe") == []


def test_what_an_announced_decision_says_would_happen_is_settled() -> None:
    from builder.extract.outcomes import outcome_questions

    assert (
        outcome_questions(
            "The regulator has drawn criticism since announcing on Monday that Quinn would "
            "avoid prosecution over the fire.",
            no_antecedent,
        )
        == []
    )
    assert outcome_questions(
        "The union warned that Quinn would lose his licence over the fire.", no_antecedent
    ) == ["Will Quinn lose his licence over the fire?"]
