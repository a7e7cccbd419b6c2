"""The extraction engine seam: what ``add``, ``extract`` and ``add --update`` call.

An :class:`Engine` turns a batch of articles into one :class:`~builder.extract.Analysis`
per article, in order, or an :class:`EngineFailure` for an article it could not analyse
(a batch always goes on past one). Its ``name`` (engine, version and model) is recorded in
each brief's ``extraction.engine``. Whatever the engine, every draft is checked by
:func:`builder.grounding.grounding_problems` before it is written.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from builder.article import Article
from builder.extract import ENGINE, Analysis, analyze_articles


@dataclass(frozen=True)
class EngineFailure:
    """Why an engine gave no analysis of one article, as one line."""

    message: str


AnalysisResult = Analysis | EngineFailure


class Engine(Protocol):
    """Anything that drafts the analytical fields of a brief from articles."""

    @property
    def name(self) -> str:
        """Engine, version and model, e.g. ``builtin 0.1``; stored in ``extraction.engine``."""
        ...

    def analyze(self, articles: Sequence[Article]) -> Sequence[AnalysisResult]:
        """One result per article, in order."""
        ...


class BuiltinEngine:
    """The offline, deterministic engine of :mod:`builder.extract` (spaCy and rules)."""

    name = ENGINE

    def analyze(self, articles: Sequence[Article]) -> Sequence[AnalysisResult]:
        return analyze_articles(articles)
