"""The Atom feed of the latest briefs (feedgen writes escaped XML; see _entry_links)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from feedgen.feed import FeedGenerator
from lxml import etree

from builder.model import Brief
from builder.site.render import brief_src, page_url
from builder.templating import typographic

FEED_PATH = "feed.xml"
ATOM = "{http://www.w3.org/2005/Atom}"


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
    feed.title(typographic(f"{site_name}: latest briefs"))
    feed.author({"name": typographic(site_name)})
    feed.link(href=base or "./", rel="alternate", type="text/html")
    # A relative self link resolves against the feed's own address: it is the feed.
    feed.link(href=base + FEED_PATH if base else FEED_PATH, rel="self", type="application/atom+xml")
    feed.language("en")
    feed.generator("Briefing")
    dates = [b.published or b.source.added for b in latest]
    feed.updated(_moment(max(dates)) if dates else _moment(dt.date(2000, 1, 1)))
    links: list[list[dict[str, str]]] = []
    for brief in latest:
        link = base + page_url(brief_src(brief.id), directory_urls=directory_urls)
        entry = feed.add_entry(order="append")
        entry.id(link if base else f"urn:briefing:brief:{brief.id}")
        entry.title(typographic(brief.title))
        entry_links = [{"href": link, "rel": "alternate", "type": "text/html"}]
        if brief.source.url:
            entry_links.append({"href": brief.source.url, "rel": "related"})
        for attributes in entry_links:
            entry.link(**attributes)
        links.append(entry_links)
        entry.summary(typographic(brief.summary or brief.title))
        entry.author({"name": typographic(brief.source.outlet or "Unknown outlet")})
        moment = _moment(brief.published or brief.source.added)
        entry.published(moment)
        entry.updated(moment)
        for tag in brief.tags:
            entry.category(term=tag)
    return _entry_links(feed.atom_str(pretty=False), links)


def _entry_links(xml: bytes, links: Sequence[Sequence[dict[str, str]]]) -> bytes:
    """The feed with each entry's links written in full.

    feedgen 1.0 writes an entry's ``<link>`` with its ``href`` only (it reads ``rel`` and
    ``type`` back from the element it has just made), so an entry with a page and a source
    would have two alternate links, which RFC 4287 forbids. The links are set here instead.
    """
    root = etree.fromstring(xml)
    for entry, entry_links in zip(root.iter(f"{ATOM}entry"), links, strict=True):
        for element in entry.findall(f"{ATOM}link"):
            entry.remove(element)
        before = entry.find(f"{ATOM}summary")
        for attributes in entry_links:
            element = etree.Element(f"{ATOM}link", attrib=dict(attributes))
            if before is not None:
                before.addprevious(element)
            else:
                entry.append(element)
    etree.indent(root, space="  ")
    out: bytes = etree.tostring(root, xml_declaration=True, encoding="UTF-8")
    return out + b"\n"
