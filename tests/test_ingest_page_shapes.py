"""Saved pages and texts in more shapes real news takes: a body split into twin
containers with link boxes between, wire footers, live-blog timestamps."""

from __future__ import annotations

import datetime as dt

from builder.ingest import read_article
from builder.ingest.html_reader import html_to_article

from .conftest import FIXTURES

ARTICLES = FIXTURES / "articles"


def test_a_body_split_into_twin_containers_is_read_whole() -> None:
    # An advertisement row between two "story-body" pieces; a "Related:" link and a
    # newsletter box inside the second. trafilatura alone keeps the first piece only.
    article = read_article(ARTICLES / "split_body.html")
    assert article.title == "Calder council votes to close two branch libraries"
    assert article.outlet == "The Calder Ledger"
    assert article.published == dt.date(2026, 9, 15)
    texts = [s.text for s in article.sentences]
    assert texts[0].startswith("Calder's city council voted seven to four")
    assert texts[-1].startswith("A group of residents said on Tuesday")
    assert any(t.startswith("The Millbrook branch also houses") for t in texts)
    assert not any("Related" in t or "Sign up" in t or "Advertisement" in t for t in texts)
    assert len(texts) == 9


def test_version_3_reads_a_split_page_as_it_did() -> None:
    page = (ARTICLES / "split_body.html").read_text(encoding="utf-8")
    old = html_to_article(page, "split_body.html", 3)
    assert "Millbrook branch also houses" not in old.text


def test_twin_containers_of_another_kind_or_story_stay_out() -> None:
    lead = "".join(
        f"<p>Paragraph {n} of the story tells what the harbour board decided on its vote.</p>"
        for n in range(1, 5)
    )
    other = "<p>A quoted claim in a box of its own frame, which the page checks below it.</p>"
    next_story = (
        "<h1>Another story loaded below</h1><div class='wrap'><div class='rich'>"
        "<p>The next story's first paragraph is about a different council and its budget.</p>"
        "</div></div>"
    )
    page = (
        "<html><body><div class='claim'><div class='rich'>" + other + "</div></div>"
        "<article><div class='wrap'><div class='rich'>"
        + lead
        + "</div></div></article>"
        + next_story
        + "</body></html>"
    )
    text = html_to_article(page, "page.html").text
    assert "Paragraph 4 of the story" in text
    assert "quoted claim" not in text and "next story" not in text
