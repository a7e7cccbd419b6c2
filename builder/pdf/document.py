"""Briefs to print HTML: a pure function from loaded briefs to the document WeasyPrint lays out.

The print layout is its own Jinja template (``templates/print/``), not the Material page: a
sheet of paper needs a running header, page numbers, endnotes and a layout that tightens to
fit one page, none of which a web page has.

Safety: every value from an article reaches the HTML through Jinja's autoescaping, so a
title full of ``<script>`` or ``{{ }}`` is printed literally. Nothing in the document refers
to a resource outside ``templates/`` (the engine refuses any other URL anyway).
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal
from urllib.parse import urlsplit

from jinja2 import Environment

from builder.library import LoadedBrief
from builder.model import Brief
from builder.site.collection import story_title
from builder.templating import date_range, evidence_runs, long_date, template_environment

PRINT_TEMPLATES = "print"

Paper = Literal["a4", "letter"]
PAPERS: tuple[Paper, ...] = ("a4", "letter")

# How tightly a brief is set, loosest first. The engine starts at the level the brief's size
# suggests and tightens until it fits on one page (see builder.pdf.export).
Density = Literal["regular", "compact", "dense", "tight"]
DENSITIES: tuple[Density, ...] = ("regular", "compact", "dense", "tight")

# Rough capacity of one page at each density, in "layout characters" (see brief_weight),
# measured on A4 with the bundled template; Letter holds about 5% less. An estimate only
# picks where to start: the exporter checks the real page count and tightens if needed.
_CAPACITY: dict[Density, int] = {"regular": 3300, "compact": 4700, "dense": 5800, "tight": 6800}
_PAPER_FACTOR: dict[Paper, float] = {"a4": 1.0, "letter": 0.95}

RUNNING_TITLE_MAX = 90
# What a digest's cover lists: its first briefs and the questions still open (the
# contents page has every brief).
COVER_BRIEFS = 8
COVER_QUESTIONS = 8

# Endnote columns at each density, and the characters a note costs beyond its text (its
# number and the space between notes).
NOTE_COLUMNS: dict[Density, int] = {"regular": 2, "compact": 3, "dense": 3, "tight": 3}
_NOTE_OVERHEAD = 20


@dataclass(frozen=True)
class Note:
    """An endnote: a sentence of the stored article, under its number in the article.

    Notes carry the article's own sentence numbers — the numbers in the brief's YAML and on
    its web page — so a reader can follow one reference everywhere.
    """

    number: int
    text: str


@dataclass(frozen=True)
class Answer:
    """The brief that answers an open question, and where it is in this document (if it is)."""

    title: str
    published: dt.date | None
    anchor: str | None


@dataclass(frozen=True)
class PrintBrief:
    """A brief ready for the print template: endnotes collected, answers resolved."""

    brief: Brief
    anchor: str
    notes: tuple[Note, ...]
    answers: Mapping[str, Answer]
    density: Density
    as_of: dt.date | None = None  # the day the PDF was made: what it says holds as of then

    def cites(self, sentences: Sequence[int]) -> list[tuple[int, int]]:
        """Evidence references as runs of consecutive sentences: [1, 2, 3, 7] → (1, 3), (7, 7).

        The template prints a run of three or more as "1–3", a pair as "1,2".
        """
        return evidence_runs(sentences)

    def note_anchor(self, number: int) -> str:
        return f"{self.anchor}-s{number}"

    def note_columns(self) -> list[tuple[Note, ...]]:
        """The endnotes split, in order, into balanced columns for the page.

        CSS multi-column layout would do this, but WeasyPrint balances columns by laying
        them out again and again: it tripled the time of a page. Splitting by text length
        here is instant and close enough.
        """
        return balanced_columns(self.notes, NOTE_COLUMNS[self.density])

    @property
    def running_title(self) -> str:
        """The title for the running header, shortened to fit on one line."""
        return shorten(self.brief.title, RUNNING_TITLE_MAX)

    @property
    def running_foot(self) -> str:
        """Outlet and date for the running footer."""
        parts = [self.brief.source.outlet or "", long_date(self.brief.published)]
        return " · ".join(p for p in parts if p)


@dataclass(frozen=True)
class RemainingQuestion:
    """A question still open at the end of a digest, with the brief that last raised it."""

    text: str
    raised_in: Brief


@dataclass(frozen=True)
class Digest:
    """What a digest's cover says about its selection."""

    title: str
    kicker: str
    briefs: tuple[PrintBrief, ...]
    as_of: dt.date | None = None

    @property
    def open_questions(self) -> list[RemainingQuestion]:
        """The questions of these briefs nobody has answered yet, newest raising first.

        A question repeated word for word by later briefs is listed once.
        """
        seen: set[str] = set()
        remaining: list[RemainingQuestion] = []
        for pb in reversed(self.briefs):  # briefs are oldest first
            for question in pb.brief.open_questions:
                key = " ".join(question.text.casefold().split())
                if question.status == "open" and not question.answered_by and key not in seen:
                    seen.add(key)
                    remaining.append(RemainingQuestion(question.text, pb.brief))
        return remaining

    @property
    def date_range(self) -> str:
        return date_range([pb.brief.published for pb in self.briefs])

    @property
    def count(self) -> str:
        n = len(self.briefs)
        return f"{n} brief{'s' if n != 1 else ''}"

    @property
    def outlets(self) -> list[str]:
        return sorted({pb.brief.source.outlet for pb in self.briefs if pb.brief.source.outlet})


def balanced_columns(notes: Sequence[Note], count: int) -> list[tuple[Note, ...]]:
    """``notes`` cut into at most ``count`` runs, in order, so the longest run is shortest."""
    weights = [len(note.text) + _NOTE_OVERHEAD for note in notes]
    if count <= 1 or len(notes) <= 1:
        return [tuple(notes)] if notes else []
    total = sum(weights)
    cuts: list[int] = []
    start, done = 0, 0
    for column in range(1, count):
        target = total * column / count
        end = start
        # Take notes while the column's end is closer to the ideal cut than without them.
        while end < len(notes) and abs(done + weights[end] - target) <= abs(done - target):
            done += weights[end]
            end += 1
        cuts.append(end)
        start = end
    bounds = [0, *cuts, len(notes)]
    return [tuple(notes[a:b]) for a, b in itertools.pairwise(bounds) if b > a]


def shorten(text: str, limit: int) -> str:
    """``text`` cut at a word boundary to at most ``limit`` characters, with an ellipsis."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0].rstrip(" ,;:–-")
    return cut + "…"


def url_label(url: str) -> str:
    """The source URL as printed: host and path, without the scheme."""
    parts = urlsplit(url)
    label = parts.netloc + parts.path
    if parts.query:
        label += "?" + parts.query
    return label.rstrip("/") or url


def brief_weight(item: LoadedBrief) -> int:
    """How much room a brief needs, in characters plus a line's worth per listed item.

    A cheap stand-in for layout, used to pick the starting density; the engine checks the
    real page count.
    """
    brief = item.brief
    lines = 90  # a line's worth of characters at regular density
    cited = {n for _, numbers in brief.evidence_refs() for n in numbers}
    weight = len(brief.title) * 2 + len(brief.summary) + 6 * lines
    weight += sum(len(a.name) + len(a.role) + lines // 2 for a in brief.actors)
    weight += sum(len(s.text) + lines // 3 for s in brief.stakes)
    weight += sum(len(q.text) + lines // 3 for q in brief.open_questions)
    weight += sum(int(len(item.quote(n)) * 0.8) + lines // 4 for n in cited)
    return weight


def initial_density(item: LoadedBrief, paper: Paper = "a4") -> Density:
    """The loosest density whose capacity holds the brief, by estimate."""
    weight = brief_weight(item)
    for density in DENSITIES:
        if weight <= _CAPACITY[density] * _PAPER_FACTOR[paper]:
            return density
    return DENSITIES[-1]


def anchor_for(brief_id: str) -> str:
    """The HTML id of a brief in a document (ids are slugs, so they are safe as-is)."""
    return f"brief-{brief_id}"


def prepare(
    item: LoadedBrief,
    *,
    density: Density,
    briefs: Mapping[str, Brief],
    included: frozenset[str] = frozenset(),
    as_of: dt.date | None = None,
) -> PrintBrief:
    """Collect a brief's evidence as endnotes, in article order, and resolve its answers.

    ``briefs`` gives the titles of answering briefs; those in ``included`` are in the same
    document and get an internal link.
    """
    brief = item.brief
    cited = sorted({n for _, numbers in brief.evidence_refs() for n in numbers})
    notes = tuple(Note(n, item.quote(n)) for n in cited)
    answers: dict[str, Answer] = {}
    for question in brief.open_questions:
        target = question.answered_by
        if target is not None and target in briefs:
            answer = briefs[target]
            answers[target] = Answer(
                answer.title, answer.published, anchor_for(target) if target in included else None
            )
    return PrintBrief(brief, anchor_for(brief.id), notes, answers, density, as_of)


def make_print_environment(templates_dir: Path) -> Environment:
    """The Jinja environment of the print templates: autoescaped, strict."""
    env = template_environment(templates_dir / PRINT_TEMPLATES)
    env.filters["humanize"] = story_title  # the same names as on the website
    env.filters["url_label"] = url_label
    return env


class PrintTemplates:
    """Renders the print HTML of one brief or of a digest."""

    def __init__(self, templates_dir: Path) -> None:
        self.env = make_print_environment(templates_dir)

    def brief_html(self, pb: PrintBrief, *, paper: Paper) -> str:
        return self.env.get_template("brief.html.j2").render(pb=pb, paper=paper)

    def digest_html(self, digest: Digest, *, paper: Paper) -> str:
        return self.env.get_template("digest.html.j2").render(
            digest=digest,
            paper=paper,
            cover_briefs=COVER_BRIEFS,
            cover_questions=COVER_QUESTIONS,
        )
