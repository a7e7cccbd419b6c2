"""The open-questions page: one question however many briefs raised it, and its answer."""

from __future__ import annotations

from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from builder.library import load_library
from builder.model import Brief, OpenQuestion
from builder.site.collection import Question, build_collection
from builder.site.questions import answer_sentence, group_questions, question_kind
from builder.site.render import SiteRenderer
from tests.conftest import REPO


@pytest.fixture
def briefs(project: Path) -> list[Brief]:
    """The fixture briefs, oldest first."""
    return sorted(
        (item.brief for item in load_library(project / "briefings").briefs),
        key=lambda b: b.id,
    )


def _q(text: str, raised_in: Brief, answered_in: Brief | None = None) -> Question:
    status = "answered" if answered_in else "open"
    question = OpenQuestion(
        text=text,
        evidence=[1],
        status=status,
        answered_by=answered_in.id if answered_in else None,
    )
    return Question(question, raised_in, answered_in)


def test_exact_and_near_repeats_are_one_question(briefs: list[Brief]) -> None:
    first, second, third = briefs
    groups = group_questions(
        [
            _q("Will the legislature shorten the notification deadline to 30 days?", first),
            _q("Who will pay for the new impact study?", first),
            _q("Will the legislature shorten the breach notification deadline to 30 days?", second),
            _q("Who will pay for the new impact study?", third),
            _q("Will the department order a new impact study?", third),
        ]
    )
    assert [(g.text, [q.raised_in.id for q in g.raised]) for g in groups] == [
        (
            "Will the legislature shorten the notification deadline to 30 days?",
            [first.id, second.id],
        ),
        ("Who will pay for the new impact study?", [first.id, third.id]),
        ("Will the department order a new impact study?", [third.id]),
    ]


def test_questions_alike_in_words_but_not_in_kind_stay_apart(briefs: list[Brief]) -> None:
    first, second, _ = briefs
    assert question_kind("Had the system been missing updates?") == "yes/no"
    assert question_kind("Who decided to postpone the update to the system, and why?") == "who"
    groups = group_questions(
        [
            _q("Had the remote-access system been missing security updates?", first),
            _q("Who decided to postpone the security updates to the remote-access system?", second),
        ]
    )
    assert len(groups) == 2


def test_two_questions_of_one_brief_stay_two(briefs: list[Brief]) -> None:
    first = briefs[0]
    groups = group_questions(
        [
            _q("Will the state fund the harbour dredging plan this year?", first),
            _q("Will the state fund the harbour dredging plan next year?", first),
        ]
    )
    assert len(groups) == 2


def test_outside_a_story_only_exact_repeats_join(briefs: list[Brief]) -> None:
    first, second, _ = briefs
    items = [
        _q("Will the legislature shorten the notification deadline to 30 days?", first),
        _q("Will the legislature shorten the breach notification deadline to 30 days?", second),
        _q("Will the legislature shorten the notification deadline to 30 days ?", second),
    ]
    assert [len(g.raised) for g in group_questions(items, near=False)] == [2, 1]


def test_a_group_is_answered_when_a_raising_is_answered(briefs: list[Brief]) -> None:
    first, second, third = briefs
    groups = group_questions(
        [
            _q("Will the transport authority's offer stand?", first),
            _q("Will the transport authority's offer still stand?", second, answered_in=third),
        ]
    )
    assert len(groups) == 1
    assert not groups[0].is_open
    assert groups[0].answered_in is third


def test_the_answer_is_the_summary_sentence_closest_to_the_question() -> None:
    summary = (
        "The council approved the tram by seven votes to four. "
        "The transport authority confirmed in writing that its offer to pay half stands. "
        "Building could start in the autumn."
    )
    assert answer_sentence("Will the transport authority's offer stand?", summary) == (
        "The transport authority confirmed in writing that its offer to pay half stands."
    )
    assert answer_sentence("Will it rain?", summary).startswith("The council approved")


def test_questions_page_says_what_the_answer_was(project: Path) -> None:
    collection = build_collection(load_library(project / "briefings").briefs)
    renderer = SiteRenderer(REPO / "templates")
    plan = next(p for p in renderer.plan(collection) if p.src_uri == "questions.md")
    soup = BeautifulSoup(renderer.render_body(plan), "html.parser")
    answered = soup.select_one(".question-answered")
    assert answered is not None
    answer = answered.select_one(".question-answer")
    assert answer is not None
    assert answer.get_text().startswith(
        "Answered in Ashford approves tram extension after funding pledge is confirmed "
        "(3 February 2026): "
    )
    assert "regional transport authority confirmed in writing" in answer.get_text()
    # Open questions come first and read as open.
    first = soup.select_one(".question-list li")
    assert first is not None and first.select_one(".question-badge").get_text() == "Open"  # type: ignore[union-attr]
    intro = soup.select_one(".index-intro")
    assert intro is not None and intro.get_text().startswith("3 open and 1 answered questions.")
