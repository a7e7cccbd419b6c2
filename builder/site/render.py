"""Render briefs into site pages: a pure function from briefs to Markdown documents.

Safety: every value from an article reaches a page through Jinja's HTML autoescaping,
inside raw HTML blocks that Python-Markdown passes through untouched, so article text
can carry neither HTML nor Markdown structure. Template code inside article text is
never evaluated: Jinja renders values, it does not re-parse them. Page titles go into
front matter HTML-escaped, because Material prints ``page.meta.title`` unescaped.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import posixpath
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from builder.library import LoadedBrief
from builder.model import Brief

PAGE_TEMPLATES = "pages"


@dataclass(frozen=True)
class Page:
    """A generated page: where it goes in the docs tree, and its Markdown."""

    src_uri: str
    content: str
    in_nav: bool = False


@dataclass(frozen=True)
class Evidence:
    """A cited sentence: its number in the article and its text."""

    number: int
    text: str


def page_url(src_uri: str, *, directory_urls: bool = True) -> str:
    """The URL MkDocs gives a page, relative to the site root ('' for the home page)."""
    stem, _ = posixpath.splitext(src_uri)
    if not directory_urls:
        return stem + ".html"
    if posixpath.basename(stem) == "index":
        parent = posixpath.dirname(stem)
        return parent + "/" if parent else ""
    return stem + "/"


def relative_url(from_url: str, to_url: str) -> str:
    """A link from the page at ``from_url`` to ``to_url`` that works when deployed anywhere."""
    base = from_url[:-1] if from_url.endswith("/") else posixpath.dirname(from_url)
    rel = posixpath.relpath(to_url or ".", base or ".")
    if to_url == "" or to_url.endswith("/"):
        return "./" if rel == "." else rel + "/"
    return rel


def long_date(value: dt.date | None) -> str:
    """'2 March 2026' — unambiguous for readers in every country."""
    return f"{value.day} {value:%B %Y}" if value else "Undated"


def make_environment(templates_dir: Path) -> Environment:
    """The Jinja environment every page template is rendered with."""
    env = Environment(
        loader=FileSystemLoader(str(templates_dir / PAGE_TEMPLATES)),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["long_date"] = long_date
    return env


def _front_matter(title: str, **extra: object) -> str:
    # JSON strings are valid YAML double-quoted scalars: no YAML injection possible.
    lines = [f"title: {json.dumps(html.escape(title))}"]
    lines += [f"{key}: {json.dumps(value)}" for key, value in extra.items()]
    return "---\n" + "\n".join(lines) + "\n---\n\n"


def _sort_key(item: LoadedBrief) -> tuple[str, str]:
    brief = item.brief
    return (brief.published.isoformat() if brief.published else "", brief.id)


def brief_src(brief_id: str) -> str:
    """Where a brief's page lives in the docs tree: ``briefs/<id>.md``."""
    return f"briefs/{brief_id}.md"


class SiteRenderer:
    """Renders every page of the site from the loaded briefs."""

    def __init__(self, templates_dir: Path, *, directory_urls: bool = True, latest: int = 12):
        self.env = make_environment(templates_dir)
        self.directory_urls = directory_urls
        self.latest = latest

    def _url_for(self, src_uri: str) -> Callable[[str], str]:
        here = page_url(src_uri, directory_urls=self.directory_urls)

        def url(target_src: str) -> str:
            if target_src.endswith(".md"):
                target = page_url(target_src, directory_urls=self.directory_urls)
            else:
                target = target_src
            return relative_url(here, target)

        return url

    def _render(
        self, template: str, src_uri: str, title: str, *, in_nav: bool = False, **context: object
    ) -> Page:
        body = self.env.get_template(template).render(
            url=self._url_for(src_uri), brief_src=brief_src, **context
        )
        return Page(src_uri, _front_matter(title) + body, in_nav=in_nav)

    def render_all(self, briefs: Sequence[LoadedBrief]) -> list[Page]:
        """Every generated page, in a stable order."""
        ordered = sorted(briefs, key=_sort_key, reverse=True)
        pages = [self.render_home(ordered)]
        pages += [self.render_brief(item) for item in ordered]
        return pages

    def render_home(self, ordered: Sequence[LoadedBrief]) -> Page:
        stories: dict[str, list[Brief]] = {}
        for item in ordered:
            if item.brief.story:
                stories.setdefault(item.brief.story, []).append(item.brief)
        return self._render(
            "home.md.j2",
            "index.md",
            "Home",
            in_nav=True,
            latest=[item.brief for item in ordered[: self.latest]],
            stories=sorted(
                stories.items(),
                key=lambda kv: (kv[1][0].published or dt.date.min, kv[0]),
                reverse=True,
            ),
            count=len(ordered),
        )

    def render_brief(self, item: LoadedBrief) -> Page:
        brief = item.brief
        cited = sorted({n for _, numbers in brief.evidence_refs() for n in numbers})
        return self._render(
            "brief.md.j2",
            brief_src(brief.id),
            brief.title,
            brief=brief,
            evidence=[Evidence(n, item.quote(n)) for n in cited],
        )
