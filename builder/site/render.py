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
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from jinja2 import Environment

from builder.model import Brief
from builder.site.collection import (
    ActorPage,
    Collection,
    Question,
    month_title,
    story_title,
)
from builder.templating import long_date, template_environment

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
    """A link from the page at ``from_url`` to ``to_url`` that works when deployed anywhere.

    Pure string work on site-relative URLs (posixpath.relpath would consult the current
    folder for every one of the site's links).
    """
    base = from_url[:-1] if from_url.endswith("/") else posixpath.dirname(from_url)
    base_parts = base.split("/") if base else []
    target_parts = to_url.rstrip("/").split("/") if to_url.rstrip("/") else []
    common = 0
    for a, b in zip(base_parts, target_parts, strict=False):
        if a != b:
            break
        common += 1
    parts = [".."] * (len(base_parts) - common) + target_parts[common:]
    rel = "/".join(parts) or "."
    if to_url == "" or to_url.endswith("/"):
        return "./" if rel == "." else rel + "/"
    return rel



def make_environment(templates_dir: Path) -> Environment:
    """The Jinja environment every page template is rendered with."""
    env = template_environment(templates_dir / PAGE_TEMPLATES, keep_trailing_newline=True)
    env.filters["long_date"] = long_date
    env.filters["first_sentence"] = first_sentence
    env.filters["story_title"] = story_title
    env.filters["month_title"] = month_title
    return env


def _front_matter(title: str, **extra: object) -> str:
    # JSON strings are valid YAML double-quoted scalars: no YAML injection possible.
    lines = [f"title: {json.dumps(html.escape(title))}"]
    lines += [f"{key}: {json.dumps(value)}" for key, value in sorted(extra.items())]
    return "---\n" + "\n".join(lines) + "\n---\n\n"


def first_sentence(text: str) -> str:
    """The first sentence of a summary, for one-line listings."""
    match = re.match(r"(.+?[.!?])[\"'”’)]*(?:\s|$)", text.strip())
    return match.group(0).strip() if match else text.strip()


def brief_src(brief_id: str) -> str:
    """Where a brief's page lives in the docs tree: ``briefs/<id>.md``."""
    return f"briefs/{brief_id}.md"


class SiteRenderer:
    """Renders every page of the site from the loaded briefs."""

    def __init__(
        self,
        templates_dir: Path,
        *,
        directory_urls: bool = True,
        latest: int = 12,
        site_name: str = "Briefing",
        pdf: bool = False,
    ):
        self.env = make_environment(templates_dir)
        self.pdf = pdf  # brief pages link to pdf/<id>.pdf (`briefing build --pdf`)
        self.site_name = site_name
        self.directory_urls = directory_urls
        self.latest = latest

    def _url_for(self, src_uri: str) -> Callable[[str], str]:
        here = page_url(src_uri, directory_urls=self.directory_urls)
        known: dict[str, str] = {}

        def url(target_src: str) -> str:
            link = known.get(target_src)
            if link is None:
                if target_src.endswith(".md"):
                    target = page_url(target_src, directory_urls=self.directory_urls)
                else:
                    target = target_src
                link = known[target_src] = relative_url(here, target)
            return link

        return url

    def _render(
        self,
        template: str,
        src_uri: str,
        title: str,
        *,
        in_nav: bool = False,
        meta: dict[str, object] | None = None,
        **context: object,
    ) -> Page:
        body = self.env.get_template(template).render(url=self._url_for(src_uri), **context)
        # Material's lunr index is left empty: search is Pagefind's (see search_index.py).
        # The left sidebar would only repeat the tab: generated pages hide it.
        front = _front_matter(title, search={"exclude": True}, hide=["navigation"], **(meta or {}))
        return Page(src_uri, front + body, in_nav=in_nav)

    def render_all(self, collection: Collection) -> list[Page]:
        """Every generated page, in a stable order."""
        pages = [
            self.render_home(collection),
            self._render(
                "actors.md.j2",
                "actors/index.md",
                "Actors",
                in_nav=True,
                collection=collection,
                actors_by_type=_actors_by_type(collection),
            ),
            self._render("tags.md.j2", "tags/index.md", "Tags", in_nav=True, collection=collection),
            self._render(
                "stories.md.j2", "stories/index.md", "Stories", in_nav=True, collection=collection
            ),
            self.render_archive(collection),
            self.render_questions(collection),
            self._render("search.md.j2", "search.md", "Search", in_nav=True),
        ]
        pages += [self.render_brief(collection, b) for b in collection.briefs]
        pages += [
            self._render("actor.md.j2", f"actors/{a.slug}.md", a.name, actor=a)
            for a in collection.actors.values()
        ]
        pages += [
            self._render("tag.md.j2", f"tags/{tag}.md", f"Tag: {tag}", tag=tag, briefs=items)
            for tag, items in collection.tags.items()
        ]
        questions_by_story = _questions_by_story(collection)
        pages += [
            self._render(
                "story.md.j2",
                f"stories/{story}.md",
                story_title(story),
                story=story,
                timeline=timeline,
                questions=questions_by_story.get(story, []),
            )
            for story, timeline in collection.stories.items()
        ]
        pages += [
            self._render(
                "month.md.j2", f"archive/{month}.md", month_title(month), month=month, briefs=items
            )
            for month, items in collection.months.items()
        ]
        return pages

    def render_home(self, collection: Collection) -> Page:
        return self._render(
            "home.md.j2",
            "index.md",
            "Home",
            in_nav=True,
            collection=collection,
            site_name=self.site_name,
            latest=collection.briefs[: self.latest],
            open_count=sum(1 for q in collection.questions if q.answered_in is None),
        )

    def render_archive(self, collection: Collection) -> Page:
        years: dict[str, list[tuple[str, list[Brief]]]] = {}
        for month, items in collection.months.items():
            years.setdefault(month[:4], []).append((month, items))
        undated = [b for b in collection.briefs if b.published is None]
        return self._render(
            "archive.md.j2",
            "archive/index.md",
            "Archive",
            in_nav=True,
            years=list(years.items()),
            undated=undated,
        )

    def render_questions(self, collection: Collection) -> Page:
        by_story = _questions_by_story(collection)
        groups = [
            (story_title(story), story, _open_first(items))
            for story, items in by_story.items()
            if story
        ]
        if "" in by_story:
            groups.append(("Other briefs", "", _open_first(by_story[""])))
        open_count = sum(1 for q in collection.questions if q.answered_in is None)
        return self._render(
            "questions.md.j2",
            "questions.md",
            "Open questions",
            in_nav=True,
            groups=groups,
            open_count=open_count,
            answered_count=len(collection.questions) - open_count,
        )

    def render_brief(self, collection: Collection, brief: Brief) -> Page:
        item = collection.loaded[brief.id]
        cited = sorted({n for _, numbers in brief.evidence_refs() for n in numbers})
        previous, following = collection.story_neighbours(brief)
        answered_ids = {q.answered_by for q in brief.open_questions if q.answered_by}
        return self._render(
            "brief.md.j2",
            brief_src(brief.id),
            brief.title,
            meta={"pagefind": True},
            brief=brief,
            quotes={n: item.quote(n) for n in cited},
            evidence=[Evidence(n, item.quote(n)) for n in cited],
            actor_slug=collection.actor_slug,
            titles={i: collection.by_id(i).title for i in sorted(answered_ids)},
            answers=collection.answered_by.get(brief.id, []),
            previous=previous,
            next=following,
            related=collection.related(brief),
            pdf=self.pdf,
        )


def _actors_by_type(collection: Collection) -> dict[str, list[ActorPage]]:
    groups: dict[str, list[ActorPage]] = {
        t: [] for t in ("person", "organization", "place", "group")
    }
    for actor in collection.actors.values():
        groups[actor.type].append(actor)
    return groups


def _questions_by_story(collection: Collection) -> dict[str, list[Question]]:
    """Questions per story ('' for briefs outside any story), in collection story order."""
    groups: dict[str, list[Question]] = {story: [] for story in collection.stories}
    for question in collection.questions:
        groups.setdefault(question.raised_in.story or "", []).append(question)
    return {story: items for story, items in groups.items() if items}


def _open_first(items: list[Question]) -> list[Question]:
    return sorted(items, key=lambda q: q.answered_in is not None)
