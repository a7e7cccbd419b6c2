"""The Atom feed checked against the rules of RFC 4287 that a feed reader relies on."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from pathlib import Path

import pytest
from lxml import etree

from builder.library import load_library
from builder.site.collection import build_collection
from builder.site.feed import render_feed

NS = "http://www.w3.org/2005/Atom"
A = "{" + NS + "}"
# RFC 3339 date-time, as RFC 4287 section 3.3 requires (a time zone is mandatory).
DATE_TIME = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$")
# The registered relations (RFC 4287 section 4.2.7.2) and IANA's, which readers know.
RELATIONS = {"alternate", "related", "self", "enclosure", "via"}


def atom_problems(xml: bytes) -> list[str]:
    """Every breach of RFC 4287's structural rules in a feed document, as messages."""
    problems: list[str] = []
    root = etree.fromstring(xml)
    if root.tag != A + "feed":
        return [f"root element is {root.tag}, not atom:feed"]
    problems += _container_problems(root, "feed", entry=False)
    entries = root.findall(A + "entry")
    has_feed_author = root.find(A + "author") is not None
    ids = Counter(e.findtext(A + "id") for e in entries)
    problems += [f"entry id {i!r} is used {n} times" for i, n in ids.items() if n > 1]
    for k, entry in enumerate(entries, start=1):
        problems += _container_problems(entry, f"entry {k}", entry=True)
        if not has_feed_author and entry.find(A + "author") is None:
            problems.append(f"entry {k}: no atom:author, and the feed has none")
        if entry.find(A + "content") is None and entry.find(A + "summary") is None:
            problems.append(f"entry {k}: neither atom:content nor atom:summary")
    if not any(link.get("rel") == "self" for link in root.findall(A + "link")):
        problems.append("feed: no atom:link with rel='self' (RFC 4287 4.1.1: SHOULD)")
    for element in root.iter():
        if isinstance(element.tag, str) and not element.tag.startswith("{"):
            problems.append(f"element <{element.tag}> is in no namespace")
    return problems


def _container_problems(element: etree._Element, name: str, *, entry: bool) -> list[str]:
    problems: list[str] = []
    for child in ("id", "title", "updated"):
        found = element.findall(A + child)
        if len(found) != 1:
            problems.append(f"{name}: {len(found)} atom:{child} elements, must be exactly one")
        elif not (found[0].text or "").strip():
            problems.append(f"{name}: atom:{child} is empty")
    for child in ("updated", "published"):
        for stamp in element.findall(A + child):
            if not DATE_TIME.match(stamp.text or ""):
                problems.append(f"{name}: atom:{child} {stamp.text!r} is not an RFC 3339 date")
    alternates: Counter[tuple[str | None, str | None]] = Counter()
    for link in element.findall(A + "link"):
        rel = link.get("rel")
        if rel is None:
            problems.append(f"{name}: atom:link {link.get('href')!r} has no rel")
        elif rel not in RELATIONS:
            problems.append(f"{name}: atom:link rel {rel!r} is not a registered relation")
        if not link.get("href"):
            problems.append(f"{name}: atom:link without href")
        if rel in (None, "alternate"):
            alternates[(link.get("type"), link.get("hreflang"))] += 1
    problems += [
        f"{name}: {n} alternate links of type {key[0]!r} (RFC 4287 4.1.1: at most one)"
        for key, n in alternates.items()
        if n > 1
    ]
    if entry and not alternates and element.find(A + "content") is None:
        problems.append(f"{name}: no alternate link and no content")
    return problems


def test_the_checker_finds_what_feedgen_alone_wrote() -> None:
    # Two entry links without rel: what the feed looked like before (feedgen drops them).
    bad = (
        f'<feed xmlns="{NS}"><id>x</id><title>t</title><updated>2026-01-01T00:00:00Z</updated>'
        "<author><name>a</name></author>"
        "<entry><id>e</id><title>t</title><updated>2026-01-01</updated>"
        '<link href="a"/><link href="b"/><summary>s</summary></entry></feed>'
    ).encode()
    assert atom_problems(bad) == [
        "entry 1: atom:updated '2026-01-01' is not an RFC 3339 date",
        "entry 1: atom:link 'a' has no rel",
        "entry 1: atom:link 'b' has no rel",
        "entry 1: 2 alternate links of type None (RFC 4287 4.1.1: at most one)",
        "feed: no atom:link with rel='self' (RFC 4287 4.1.1: SHOULD)",
    ]


@pytest.mark.parametrize("site_url", [None, "https://news.example/briefs/"])
def test_feed_follows_rfc_4287(project: Path, site_url: str | None) -> None:
    briefs = build_collection(load_library(project / "briefings").briefs).briefs
    xml = render_feed(briefs, site_name="Desk", site_url=site_url)
    assert atom_problems(xml) == []
    root = etree.fromstring(xml)
    self_link = root.find(f"{A}link[@rel='self']")
    assert self_link is not None
    assert self_link.get("href") == (site_url or "") + "feed.xml"
    for entry in root.findall(A + "entry"):
        links = {link.get("rel"): link.get("href") for link in entry.findall(A + "link")}
        assert re.fullmatch(
            r"(https://news\.example/briefs/)?briefs/2026-[\w-]+/", links["alternate"]
        )
        assert links["related"].startswith("https://www.ashford-ledger.example/news/")


def test_feed_text_is_typographic_and_literal(project: Path) -> None:
    briefs = build_collection(load_library(project / "briefings").briefs).briefs
    root = etree.fromstring(render_feed(briefs, site_name="Desk", site_url=None))
    titles = [e.findtext(A + "title") for e in root.findall(A + "entry")]
    assert titles[0] == "Hostile <script>alert(“x”)</script> {{ 7*7 }} headline"
    summaries = " ".join(e.findtext(A + "summary") or "" for e in root.findall(A + "entry"))
    assert "Ashford’s council" in summaries and "'" not in summaries


@pytest.mark.slow
def test_built_site_feed_follows_rfc_4287(built_fixture_site: Path) -> None:
    xml = (built_fixture_site / "feed.xml").read_bytes()
    assert atom_problems(xml) == []
    assert dt.datetime.fromisoformat(etree.fromstring(xml).findtext(A + "updated") or "")
