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
            "Mayor Ines Duarte this morning launched a furious attack on Harbour Board "
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
            "Dorrow Rovers have been hit with a two-match stadium ban after fans threw "
            "flares onto the pitch.",
            "Will Dorrow Rovers appeal against the two-match stadium ban?",
        ),
        (
            "The league fined Kelso Athletic £20,000 and docked them three points.",
            "Will Kelso Athletic appeal against the fine?",
        ),
        (
            "Rescuers said 212 people are known to have died so far in the floods.",
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
            "The Tories have blamed the last Labour government for the crisis.",
            "The Tories have blamed the last Labour government for the crisis.",
        ),
        # The article already speaks of an appeal.
        (
            "Dorrow Rovers have been hit with a stadium ban.",
            "Dorrow Rovers have been hit with a stadium ban. The club said it would appeal.",
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
Prime Minister Ruth Calloway launched a furious attack on the Green Party on Tuesday, \
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
