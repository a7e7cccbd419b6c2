"""Extraction: an article's analytical fields (summary, actors, stakes, open questions).

:func:`analyze_articles` is the one entry point ``briefing add`` and ``briefing extract``
call. It takes a batch so an engine can load its models once and pipe many texts.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from builder.article import Article
from builder.model import Actor, OpenQuestion, Stake

ENGINE = "builtin 0.1"


@dataclass(frozen=True)
class Analysis:
    """What extraction found in one article; every item carries evidence sentence numbers."""

    summary: str = ""
    summary_evidence: list[int] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    stakes: list[Stake] = field(default_factory=list)
    open_questions: list[OpenQuestion] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    engine: str = ENGINE


def analyze_articles(articles: Sequence[Article]) -> list[Analysis]:
    """Analyse a batch of articles, in order. (The built-in engine lands with issue 4.)"""
    return [Analysis() for _ in articles]
