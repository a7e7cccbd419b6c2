"""The Atom feed of the latest briefs (feedgen writes valid, escaped XML)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from feedgen.feed import FeedGenerator

from builder.model import Brief
from builder.site.render import brief_src, page_url

FEED_PATH = "feed.xml"


def _moment(day: dt.date) -> dt.datetime:
    # Midnight UTC of the brief's date: feeds need a time, and `now` would break determinism.
    return dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC)


def render_feed(
    briefs: Sequence[Brief],
    *,
    site_name: str,
    site_url: str | None,
    directory_urls: bool = True,
    limit: int = 50,
) -> bytes:
    """Atom XML for the newest ``limit`` briefs (``briefs`` newest first).

    Links are absolute when ``site_url`` is set; otherwise relative to the feed, which
    sits at the site root.
    """
    base = site_url.rstrip("/") + "/" if site_url else ""
    latest = list(briefs[:limit])
    feed = FeedGenerator()
    feed.id(base + FEED_PATH if base else f"urn:briefing:{site_name.casefold()}")
    feed.title(f"{site_name}: latest briefs")
    feed.author({"name": site_name})
    feed.link(href=base or "./", rel="alternate")
    if base:
        feed.link(href=base + FEED_PATH, rel="self")
    feed.language("en")
    feed.generator("Briefing")
    dates = [b.published or b.source.added for b in latest]
    feed.updated(_moment(max(dates)) if dates else _moment(dt.date(2000, 1, 1)))
    for brief in latest:
        link = base + page_url(brief_src(brief.id), directory_urls=directory_urls)
        entry = feed.add_entry(order="append")
        entry.id(link if base else f"urn:briefing:brief:{brief.id}")
        entry.title(brief.title)
        entry.link(href=link, rel="alternate")
        if brief.source.url:
            entry.link(href=brief.source.url, rel="related")
        entry.summary(brief.summary or brief.title)
        entry.author({"name": brief.source.outlet or "Unknown outlet"})
        moment = _moment(brief.published or brief.source.added)
        entry.published(moment)
        entry.updated(moment)
        for tag in brief.tags:
            entry.category(term=tag)
    xml: bytes = feed.atom_str(pretty=True)
    return xml
