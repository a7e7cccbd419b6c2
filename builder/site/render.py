"""Render briefs into site pages: a pure function from briefs to Markdown documents.

Safety: every value from an article reaches a page through Jinja's HTML autoescaping,
inside raw HTML blocks that Python-Markdown passes through untouched, so article text
can carry neither HTML nor Markdown structure. Template code inside article text is
never evaluated: Jinja renders values, it does not re-parse them. Page titles go into
front matter HTML-escaped, because Material prints ``page.meta.title`` unescaped.
"""

from __future__ import annotations

import datetime as dt
import heapq
import html
import itertools
import json
import posixpath
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from jinja2 import Environment, TemplateError

from builder.model import Brief
from builder.site.collection import (
    ActorPage,
    Collection,
    Question,
    date_span,
    month_title,
    story_title,
)
from builder.site.questions import QuestionGroup, group_questions
from builder.templating import template_environment, template_failure, typographic

PAGE_TEMPLATES = "pages"


@dataclass(frozen=True)
class Page:
    """A generated page: where it goes in the docs tree, and its Markdown."""

    src_uri: str
    content: str
    in_nav: bool = False


@dataclass(frozen=True)
class PagePlan:
    """A page to generate, known before it is rendered.

    MkDocs needs every page's path up front, but not its text: plans let the pages render
    later, in another process, while MkDocs works on the ones already done. ``context``
    builds the template's variables when the page renders (some, like related briefs,
    cost real work).
    """

    src_uri: str
    template: str
    title: str
    in_nav: bool = False
    searchable: bool = False  # brief pages: indexed by Pagefind
    context: Callable[[], dict[str, object]] = field(default=dict, repr=False, compare=False)


@dataclass(frozen=True)
class Evidence:
    """A cited sentence: its number in the article, its text, and the items citing it.

    ``cited_by`` holds each citing item's anchor on the page and a label for the link
    back to it ("Summary", an actor's name, "Stake 2").
    """

    number: int
    text: str
    cited_by: tuple[tuple[str, str], ...] = ()


def citing_items(brief: Brief) -> dict[int, list[tuple[str, str]]]:
    """For each cited sentence, the (anchor, label) of every item citing it, in page order."""
    items: list[tuple[str, str, list[int]]] = [("cite-summary", "Summary", brief.summary_evidence)]
    items += [
        (f"cite-actor-{i}", actor.name, actor.evidence)
        for i, actor in enumerate(brief.actors, start=1)
    ]
    items += [(f"cite-stake-{i}", f"Stake {i}", s.evidence) for i, s in enumerate(brief.stakes, 1)]
    items += [
        (f"cite-question-{i}", f"Question {i}", q.evidence)
        for i, q in enumerate(brief.open_questions, start=1)
    ]
    cited: dict[int, list[tuple[str, str]]] = {}
    for anchor, label, numbers in items:
        for n in sorted(set(numbers)):
            cited.setdefault(n, []).append((anchor, label))
    return cited


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
    env.filters["first_sentence"] = first_sentence
    env.filters["story_title"] = story_title
    env.filters["month_title"] = month_title
    env.filters["date_span"] = date_span
    return env


def front_matter_text(meta: dict[str, object]) -> str:
    """A page's front matter block holding ``meta``."""
    # JSON strings are valid YAML double-quoted scalars: no YAML injection possible.
    lines = [f"{key}: {json.dumps(value)}" for key, value in meta.items()]
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
        originals: bool = False,
    ):
        self.env = make_environment(templates_dir)
        self.pdf = pdf  # brief pages link to pdf/<id>.pdf (`briefing build --pdf`)
        self.originals = originals  # brief pages link to originals/<id>.txt
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

    def render(self, plan: PagePlan) -> Page:
        """One page's Markdown: front matter, then the template's raw HTML blocks."""
        return Page(plan.src_uri, self.front_matter(plan) + self.render_body(plan), plan.in_nav)

    def render_body(self, plan: PagePlan) -> str:
        """A page's Markdown without its front matter."""
        try:
            template = self.env.get_template(plan.template)
            return template.render(url=self._url_for(plan.src_uri), **plan.context())
        except TemplateError as exc:
            raise template_failure(exc, plan.template) from exc

    def page_meta(self, plan: PagePlan) -> dict[str, object]:
        """A page's front matter data: what MkDocs reads from its front matter."""
        # Material prints page.meta.title unescaped: titles go in HTML-escaped.
        # Material's lunr index is left empty: search is Pagefind's (see search_index.py).
        # The left sidebar would only repeat the tab: generated pages hide it.
        meta: dict[str, object] = {"title": html.escape(typographic(plan.title))}
        # The home page has no sections worth a table of contents.
        meta["hide"] = ["navigation", "toc"] if plan.src_uri == "index.md" else ["navigation"]
        if plan.searchable:
            meta["pagefind"] = True
        meta["search"] = {"exclude": True}
        return meta

    def front_matter(self, plan: PagePlan) -> str:
        return front_matter_text(self.page_meta(plan))

    def render_all(self, collection: Collection) -> list[Page]:
        """Every generated page, in a stable order."""
        return [self.render(plan) for plan in self.plan(collection)]

    def plan(self, collection: Collection) -> list[PagePlan]:
        """Every generated page, unrendered, in a stable order.

        Brief pages come first and the index pages, which list the whole collection and
        take longest to render, last: MkDocs reads pages in this order, so the first ones
        it asks for are ready soonest.
        """
        indexes = [
            self._home_plan(collection),
            PagePlan(
                "actors/index.md",
                "actors.md.j2",
                "Actors",
                in_nav=True,
                context=partial(_actors_context, collection),
            ),
            PagePlan(
                "tags/index.md",
                "tags.md.j2",
                "Tags",
                in_nav=True,
                context=partial(dict, collection=collection),
            ),
            PagePlan(
                "stories/index.md",
                "stories.md.j2",
                "Stories",
                in_nav=True,
                context=partial(dict, collection=collection),
            ),
            PagePlan(
                "archive/index.md",
                "archive.md.j2",
                "Archive",
                in_nav=True,
                context=partial(_archive_context, collection),
            ),
            PagePlan(
                "questions.md",
                "questions.md.j2",
                "Open questions",
                in_nav=True,
                context=partial(_questions_context, collection),
            ),
            PagePlan("search.md", "search.md.j2", "Search", in_nav=True),
        ]
        plans = [self._brief_plan(collection, b) for b in collection.briefs]
        plans += [
            PagePlan(f"actors/{a.slug}.md", "actor.md.j2", a.name, context=partial(dict, actor=a))
            for a in collection.actors.values()
        ]
        plans += [
            PagePlan(
                f"tags/{tag}.md",
                "tag.md.j2",
                f"Tag: {tag}",
                context=partial(dict, tag=tag, briefs=items),
            )
            for tag, items in collection.tags.items()
        ]
        questions_by_story = _questions_by_story(collection)
        plans += [
            PagePlan(
                f"stories/{story}.md",
                "story.md.j2",
                story_title(story),
                context=partial(
                    dict,
                    story=story,
                    timeline=timeline,
                    questions=_open_first(group_questions(questions_by_story.get(story, []))),
                ),
            )
            for story, timeline in collection.stories.items()
        ]
        plans += [
            PagePlan(
                f"archive/{month}.md",
                "month.md.j2",
                month_title(month),
                context=partial(dict, month=month, briefs=items),
            )
            for month, items in collection.months.items()
        ]
        return plans + indexes

    def render_home(self, collection: Collection) -> Page:
        return self.render(self._home_plan(collection))

    def render_brief(self, collection: Collection, brief: Brief) -> Page:
        return self.render(self._brief_plan(collection, brief))

    def _home_plan(self, collection: Collection) -> PagePlan:
        return PagePlan(
            "index.md",
            "home.md.j2",
            "Home",
            in_nav=True,
            context=partial(_home_context, collection, self.latest),
        )

    def _brief_plan(self, collection: Collection, brief: Brief) -> PagePlan:
        return PagePlan(
            brief_src(brief.id),
            "brief.md.j2",
            brief.title,
            searchable=True,
            context=partial(self._brief_context, collection, brief),
        )

    def _brief_context(self, collection: Collection, brief: Brief) -> dict[str, object]:
        item = collection.loaded[brief.id]
        cited = citing_items(brief)
        previous, following = collection.story_neighbours(brief)
        answered_ids = {q.answered_by for q in brief.open_questions if q.answered_by}
        return {
            "brief": brief,
            "evidence": [Evidence(n, item.quote(n), tuple(cited[n])) for n in sorted(cited)],
            "actor_slug": collection.actor_slug,
            "titles": {i: collection.by_id(i).title for i in sorted(answered_ids)},
            "answers": collection.answered_by.get(brief.id, []),
            "previous": previous,
            "next": following,
            "related": collection.related(brief),
            "pdf": self.pdf,
            "original": self.originals,
        }


HOME_STORIES = 5
HOME_RECENT = 6


def _home_context(collection: Collection, latest: int) -> dict[str, object]:
    """The front page: a lead, the next ``latest`` briefs, threads, and the newest additions.

    "Recently added" goes by the day a brief was added, not its publication date, so an
    article added today shows on the home page even when it is old or undated.
    """
    briefs = collection.briefs
    stories = list(itertools.islice(collection.stories.items(), HOME_STORIES))
    recent = heapq.nlargest(
        HOME_RECENT, briefs, key=lambda b: (b.source.added, b.published or dt.date.min, b.id)
    )
    return {
        "collection": collection,
        "lead": briefs[0] if briefs else None,
        "latest": briefs[1 : latest + 1],
        "stories": stories,
        "more_stories": len(collection.stories) > len(stories),
        "recent": recent,
        "shown": min(len(briefs), latest + 1),
        # The questions page's count: a question raised by three briefs is one question.
        "open_count": sum(
            1 for _, _, groups in question_sections(collection) for g in groups if g.is_open
        ),
    }


def _actors_context(collection: Collection) -> dict[str, object]:
    return {"collection": collection, "actors_by_type": _actors_by_type(collection)}


def _archive_context(collection: Collection) -> dict[str, object]:
    years: dict[str, list[tuple[str, list[Brief]]]] = {}
    for month, items in collection.months.items():
        years.setdefault(month[:4], []).append((month, items))
    undated = [b for b in collection.briefs if b.published is None]
    return {"years": list(years.items()), "undated": undated}


def question_sections(collection: Collection) -> list[tuple[str, str, list[QuestionGroup]]]:
    """The questions page's sections: (heading, story slug, groups), open groups first.

    Story sections come in story order, "Other briefs" last. Within a story, near repeats
    join; among briefs outside any story, only exact repeats do.
    """
    sections = [
        (story_title(story) if story else "Other briefs", story, _open_first(group_questions(items, near=bool(story))))
        for story, items in _questions_by_story(collection).items()
    ]
    return sorted(sections, key=lambda section: section[1] == "")


def _questions_context(collection: Collection) -> dict[str, object]:
    sections = question_sections(collection)
    groups = [group for _, _, items in sections for group in items]
    open_count = sum(1 for group in groups if group.is_open)
    return {
        "sections": sections,
        "open_count": open_count,
        "answered_count": len(groups) - open_count,
        "repeated": sum(1 for group in groups if len(group.raised) > 1),
    }


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


def _open_first(groups: list[QuestionGroup]) -> list[QuestionGroup]:
    return sorted(groups, key=lambda group: not group.is_open)
