"""Questions about what an article reports without confirming it: hedged states, cited
reports, claims made without their evidence.

Every sentence is written for these tests, in the shapes news gives such reports.
"""

from __future__ import annotations

import pytest

from builder.extract.nlp import past_participle
from builder.extract.questions import questions_for
from builder.extract.unverified_questions import unverified_questions


def no_antecedent(word: str) -> str | None:
    return None


def the_mill(word: str) -> str | None:
    return "Corran Mill" if word == "it" else None


@pytest.mark.parametrize(
    ("sentence", "question"),
    [
        # A state hedged by the reporter, in the article's tense.
        (
            "But it has since emerged that the skipper was apparently fit enough to sail "
            "the ferry to Kelso that night.",
            "Was the skipper fit enough to sail the ferry to Kelso that night?",
        ),
        (
            "The bridge over the Tarn is reportedly unsafe for lorries.",
            "Is the bridge over the Tarn unsafe for lorries?",
        ),
        # A report the article only cites.
        (
            "The mill denied it would close, following reports it has sold its water rights "
            "to a developer.",
            "Has Corran Mill sold its water rights to a developer?",
        ),
        (
            "Shares rose amid reports that the board will replace the chief executive.",
            "Will the board replace the chief executive?",
        ),
        # A claim made without its evidence; the next claim is a question of its own.
        (
            "Ms Varga said, without providing figures, that ticket sales had doubled since "
            "May and that the league was pleased.",
            "Had ticket sales doubled since May?",
        ),
    ],
)
def test_unconfirmed_reports_are_asked(sentence: str, question: str) -> None:
    assert unverified_questions(sentence, the_mill) == [question]


@pytest.mark.parametrize(
    "sentence",
    [
        # A pronoun nobody can name, a speaker's own "we": nothing to ask cleanly.
        "Officials denied reports that she had resigned.",
        "He said, without giving details, that we had won.",
        # A report of something, not a reported clause.
        "The council acted after reports of flooding on Mill Lane.",
        # A quotation is the speaker's, not the article's report.
        "'The pier was apparently safe,' she said.",
    ],
)
def test_no_question_where_the_report_cannot_be_asked(sentence: str) -> None:
    assert unverified_questions(sentence, no_antecedent) == []


def test_unverified_reports_reach_the_article_s_questions() -> None:
    found = questions_for("The pier was apparently closed to walkers on Sunday.", no_antecedent)
    assert ("Was the pier closed to walkers on Sunday?") in [q for _, q in found]


@pytest.mark.parametrize(
    ("sentence", "question"),
    [
        (
            "Doctors are divided over banning the drug entirely: in two clinics it has "
            "helped patients recover.",
            "Will the drug be banned entirely?",
        ),
        (
            "Economists remain divided over lifting the ban on grain exports, the bank said.",
            "Will the ban on grain exports be lifted?",
        ),
    ],
)
def test_a_step_on_which_views_are_mixed_is_asked(sentence: str, question: str) -> None:
    assert question in unverified_questions(sentence, no_antecedent)


def test_views_mixed_on_a_noun_ask_nothing() -> None:
    assert unverified_questions("Views are split on the plan for the pier.", no_antecedent) == []


@pytest.mark.parametrize(
    ("base", "participle"),
    [
        ("stop", "stopped"),
        ("give", "given"),
        ("open", "opened"),
        ("try", "tried"),
        ("lift", "lifted"),
        ("hold", "held"),
        ("close", "closed"),
    ],
)
def test_past_participles(base: str, participle: str) -> None:
    assert past_participle(base) == participle


@pytest.mark.parametrize(
    ("sentence", "question"),
    [
        (
            "Coach Ivo Brandt is alleged to have told players that the match was fixed and "
            "that no one would find out.",
            "Did Coach Ivo Brandt tell players that the match was fixed?",
        ),
        ("The treasurer is believed to have fled abroad.", "Did the treasurer flee abroad?"),
        (
            "The warehouse fire is thought to have been started deliberately.",
            "Was the warehouse fire started deliberately?",
        ),
        (
            "The missing yacht is believed to be off the coast.",
            "Is the missing yacht off the coast?",
        ),
    ],
)
def test_what_others_are_said_to_believe_asks_whether_it_is_so(
    sentence: str, question: str
) -> None:
    assert unverified_questions(sentence, no_antecedent) == [question]


@pytest.mark.parametrize(
    "sentence",
    [
        "The singer is said to be delighted with the result.",  # a mood, not a fact
        "Ms Arlo is said to have two children.",  # "have" is the verb, not a tense
    ],
)
def test_a_mood_or_a_possession_passed_on_asks_nothing(sentence: str) -> None:
    assert unverified_questions(sentence, no_antecedent) == []
