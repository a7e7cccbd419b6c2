"""The collection seen as a website: briefs grouped by actor, tag, story and month.

Pure functions over loaded briefs; nothing here knows about MkDocs or templates. Every
grouping is sorted with tie-breakers so the site is byte-identical from run to run.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from builder.heap import collector_paused
from builder.library import LoadedBrief
from builder.model import Actor, Brief, OpenQuestion
from builder.slugs import slugify
from builder.templating import date_range


def story_title(slug: str) -> str:
    """A readable name for a story slug: 'calder-harbour' -> 'Calder Harbour'."""
    return " ".join(word[:1].upper() + word[1:] for word in slug.split("-") if word)


def month_key(brief: Brief) -> str | None:
    return f"{brief.published:%Y-%m}" if brief.published else None


def month_title(key: str) -> str:
    return f"{dt.date.fromisoformat(key + '-01'):%B %Y}"


# An undated brief (publication date unknown) cannot be placed in time: lists put it
# after every dated brief, whichever way they run, never at the start of a timeline.
def newest_first(briefs: Sequence[Brief]) -> list[Brief]:
    return sorted(
        briefs, key=lambda b: (b.published is not None, b.published or dt.date.min, b.id), reverse=True
    )


def oldest_first(briefs: Sequence[Brief]) -> list[Brief]:
    return sorted(briefs, key=lambda b: (b.published is None, b.published or dt.date.min, b.id))


def date_span(briefs: Sequence[Brief]) -> str:
    """The dates a list of briefs covers, for a page's header: '3 March – 5 May 2026'.

    Undated briefs are counted, not shown as a date ('…, 2 undated'); when none is
    dated the span is 'Undated' alone, so a header never reads 'Undated – Undated'.
    """
    span = date_range([b.published for b in briefs])
    undated = sum(b.published is None for b in briefs)
    if 0 < undated < len(briefs):
        span += f", {undated} undated"
    return span


RELATED_PER_ACTOR = 30


@dataclass(frozen=True)
class Appearance:
    """An actor in one brief, with the role the article gave them there."""

    brief: Brief
    actor: Actor


@dataclass
class ActorPage:
    """Everything the site knows about one actor across briefs."""

    slug: str
    name: str
    type: str
    appearances: list[Appearance] = field(default_factory=list)
    co_actors: list[tuple[ActorPage, int]] = field(default_factory=list)

    @property
    def briefs(self) -> list[Brief]:
        return [a.brief for a in self.appearances]


@dataclass(frozen=True)
class Question:
    """An open question with the brief that raised it and the one that answered it."""

    question: OpenQuestion
    raised_in: Brief
    answered_in: Brief | None


@dataclass
class Collection:
    """All briefs, and the groupings the site's index pages are made of."""

    briefs: list[Brief]  # newest first
    loaded: dict[str, LoadedBrief]
    actors: dict[str, ActorPage]  # by slug, sorted by name
    actor_slug: dict[str, str]  # canonical name -> slug
    tags: dict[str, list[Brief]]  # sorted by tag, briefs newest first
    stories: dict[str, list[Brief]]  # briefs oldest first (a timeline), newest story first
    months: dict[str, list[Brief]]  # 'YYYY-MM', newest month first, briefs newest first
    questions: list[Question]
    answered_by: dict[str, list[Question]]  # brief id -> the earlier questions it answers
    outlets: list[str]

    def by_id(self, brief_id: str) -> Brief:
        return self.loaded[brief_id].brief

    def actor_of(self, actor: Actor) -> ActorPage:
        return self.actors[self.actor_slug[actor.name]]

    def story_neighbours(self, brief: Brief) -> tuple[Brief | None, Brief | None]:
        """The previous and next brief in the same story, by date."""
        if not brief.story:
            return None, None
        timeline = self.stories[brief.story]
        i = next(k for k, b in enumerate(timeline) if b.id == brief.id)
        return (
            timeline[i - 1] if i > 0 else None,
            timeline[i + 1] if i + 1 < len(timeline) else None,
        )

    def related(self, brief: Brief, limit: int = 5) -> list[Brief]:
        """Briefs sharing actors, story or tags, the strongest links first.

        Candidates come from shared actors and the story (small groups); a tag, which may
        cover thousands of briefs, only adds weight to them, or fills up the list from its
        most recent briefs when too few are found.
        """
        scores: Counter[str] = Counter()
        for actor in brief.actors:
            # A governor may appear in thousands of briefs: their latest few are enough
            # to rank, and keep this linear in the size of the collection.
            for appearance in self.actor_of(actor).appearances[:RELATED_PER_ACTOR]:
                scores[appearance.brief.id] += 2
        if brief.story:
            for other in self.stories[brief.story]:
                scores[other.id] += 3
        scores.pop(brief.id, None)
        tags = set(brief.tags)
        for other_id in scores:
            scores[other_id] += len(tags.intersection(self.by_id(other_id).tags))
        for tag in sorted(brief.tags, key=lambda t: (len(self.tags[t]), t)):
            for other in self.tags[tag]:
                if len(scores) >= limit:
                    break
                if other.id != brief.id and other.id not in scores:
                    scores[other.id] = len(tags.intersection(other.tags))
        ranked = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))
        return [self.by_id(brief_id) for brief_id, _ in ranked[:limit]]


def build_collection(loaded: Sequence[LoadedBrief]) -> Collection:
    """Group the briefs for the site. Runs in time linear in briefs and actors."""
    with collector_paused():  # many long-lived objects, no garbage (see heap.py)
        return _build_collection(loaded)


def _build_collection(loaded: Sequence[LoadedBrief]) -> Collection:
    briefs = newest_first([item.brief for item in loaded])
    actors, actor_slug = _group_actors(briefs)
    tags: dict[str, list[Brief]] = defaultdict(list)
    stories: dict[str, list[Brief]] = defaultdict(list)
    months: dict[str, list[Brief]] = defaultdict(list)
    for brief in briefs:
        for tag in brief.tags:
            tags[tag].append(brief)
        if brief.story:
            stories[brief.story].append(brief)
        key = month_key(brief)
        if key:
            months[key].append(brief)
    timelines = {story: oldest_first(items) for story, items in stories.items()}
    story_order = sorted(timelines, key=lambda s: (_last_date(timelines[s]), s), reverse=True)
    by_id = {item.brief.id: item for item in loaded}
    questions = [
        Question(q, brief, by_id[q.answered_by].brief if q.answered_by else None)
        for brief in oldest_first(briefs)
        for q in brief.open_questions
    ]
    return Collection(
        briefs=briefs,
        loaded=by_id,
        actors=actors,
        actor_slug=actor_slug,
        tags={tag: tags[tag] for tag in sorted(tags)},
        stories={story: timelines[story] for story in story_order},
        months={key: months[key] for key in sorted(months, reverse=True)},
        questions=questions,
        answered_by=_answers_by_brief(questions),
        outlets=sorted({b.source.outlet for b in briefs if b.source.outlet}),
    )


def _last_date(timeline: Sequence[Brief]) -> dt.date:
    """When a story was last updated: its newest dated brief (undated ones come last)."""
    return max((b.published for b in timeline if b.published), default=dt.date.min)


def _answers_by_brief(questions: Sequence[Question]) -> dict[str, list[Question]]:
    answers: dict[str, list[Question]] = defaultdict(list)
    for question in questions:
        if question.answered_in is not None:
            answers[question.answered_in.id].append(question)
    return dict(answers)


def _group_actors(briefs: Sequence[Brief]) -> tuple[dict[str, ActorPage], dict[str, str]]:
    """One page per canonical actor name; briefs newest first; co-actors by frequency."""
    names = sorted({actor.name for brief in briefs for actor in brief.actors})
    actor_slug: dict[str, str] = {}
    taken: set[str] = set()
    for name in names:
        base = slugify(name) or "actor"
        slug, n = base, 2
        while slug in taken:  # different names, same slug: 'O'Neil' and 'ONeil'
            slug, n = f"{base}-{n}", n + 1
        taken.add(slug)
        actor_slug[name] = slug
    pages: dict[str, ActorPage] = {}
    types: dict[str, Counter[str]] = defaultdict(Counter)
    together: dict[str, Counter[str]] = defaultdict(Counter)
    for brief in briefs:  # newest first, so appearances are too
        slugs = []
        for actor in brief.actors:
            slug = actor_slug[actor.name]
            page = pages.setdefault(slug, ActorPage(slug, actor.name, actor.type))
            page.appearances.append(Appearance(brief, actor))
            types[slug][actor.type] += 1
            slugs.append(slug)
        for slug in slugs:
            together[slug].update(s for s in slugs if s != slug)
    for slug, page in pages.items():
        page.type = max(sorted(types[slug]), key=lambda t: types[slug][t])
        page.co_actors = [
            (pages[s], n)
            for s, n in sorted(together[slug].items(), key=lambda kv: (-kv[1], pages[kv[0]].name))
        ]
    return dict(sorted(pages.items(), key=lambda kv: (kv[1].name.casefold(), kv[0]))), actor_slug
