"""The home page as a front page: a lead, story threads, cards, recently added, older briefs."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

from bs4 import BeautifulSoup

from builder.library import LoadedBrief, load_library
from builder.site.collection import build_collection
from builder.site.render import SiteRenderer
from tests.conftest import REPO


def _home(loaded: list[LoadedBrief], *, latest: int = 12) -> BeautifulSoup:
    page = SiteRenderer(REPO / "templates", latest=latest).render_home(build_collection(loaded))
    front_matter, body = page.content.split("\n---\n", 1)
    assert '"toc"' in front_matter  # no empty table of contents on the right
    return BeautifulSoup(body, "html.parser")


def _with(item: LoadedBrief, **source: object) -> LoadedBrief:
    brief = item.brief
    published = source.pop("published", brief.published)
    changed = brief.model_copy(
        update={"published": published, "source": brief.source.model_copy(update=source)}
    )
    return dataclasses.replace(item, brief=changed)


def test_lead_then_cards_naming_their_story(project: Path) -> None:
    soup = _home(load_library(project / "briefings").briefs)
    assert soup.h1 is not None and soup.h1.get_text() == "Latest briefs"  # not the site name
    lead = soup.select_one(".home-lead")
    assert lead is not None
    assert "Hostile <script>" in lead.get_text()  # the newest brief, its full summary
    assert "{{ config }} and {% raw %} went into the minutes" in lead.get_text()
    cards = soup.select(".brief-card")
    assert [c.select_one(".brief-story").get_text() for c in cards] == ["Ashford Tram"] * 2  # type: ignore[union-attr]
    threads = soup.select(".home-stories li")
    assert len(threads) == 1
    assert "Latest, 3 February 2026: Ashford approves tram extension" in threads[0].get_text()


def test_a_brief_just_added_shows_even_when_old_or_undated(project: Path) -> None:
    loaded = load_library(project / "briefings").briefs
    old = _with(loaded[0], published=dt.date(1999, 5, 1), added=dt.date(2026, 12, 1))
    undated = _with(loaded[1], published=None, added=dt.date(2026, 11, 30))
    # With the lead alone on the front, the old and the undated brief are not there...
    soup = _home([old, undated, loaded[2]], latest=0)
    latest = [a.get_text() for a in soup.select(".home-lead-title a, .brief-card-title a")]
    assert old.brief.title not in latest and undated.brief.title not in latest
    # ...but they lead the recently added list, newest addition first.
    recent = soup.select(".home-recent li")
    assert [r.select_one(".brief-list-title").get_text() for r in recent][:2] == [  # type: ignore[union-attr]
        old.brief.title,
        undated.brief.title,
    ]
    assert "Added 1 December 2026 · published 1 May 1999" in recent[0].get_text()
    assert "Added 30 November 2026 · undated" in recent[1].get_text()
    older = soup.select_one(".home-more a")
    assert older is not None and older["href"] == "archive/"


def test_an_empty_collection_says_what_to_do() -> None:
    soup = _home([])
    assert "No briefs yet" in soup.get_text()
    assert soup.select(".brief-card") == []
