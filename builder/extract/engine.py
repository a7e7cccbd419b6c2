"""The extraction engine seam: what ``add``, ``extract`` and ``add --update`` call.

An :class:`Engine` turns a batch of articles into one :class:`~builder.extract.Analysis`
per article, in order, or an :class:`EngineFailure` for an article it could not analyse
(a batch always goes on past one). Its ``name`` (engine, version and model) is recorded in
each brief's ``extraction.engine``. Whatever the engine, every draft is checked by
:func:`builder.grounding.grounding_problems` before it is written.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from builder.article import Article
from builder.errors import BriefingError
from builder.extract import ENGINE, Analysis, analyze_articles
from builder.options import BriefingOptions, EngineName


@dataclass(frozen=True)
class EngineFailure:
    """Why an engine gave no analysis of one article, as one line."""

    message: str


AnalysisResult = Analysis | EngineFailure


class EngineUnavailableError(BriefingError):
    """An engine that can analyse no article at all (its server is unreachable, say)."""


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


class FallbackEngine:
    """``primary``, with ``fallback`` drafting every article it fails (``--fallback``)."""

    def __init__(self, primary: Engine, fallback: Engine) -> None:
        self.primary = primary
        self.fallback = fallback

    @property
    def name(self) -> str:
        return self.primary.name

    def analyze(self, articles: Sequence[Article]) -> Sequence[AnalysisResult]:
        results: list[AnalysisResult]
        try:
            results = list(self.primary.analyze(articles))
        except EngineUnavailableError as exc:
            results = [EngineFailure(str(exc)) for _ in articles]
        failed = [i for i, result in enumerate(results) if isinstance(result, EngineFailure)]
        redone = self.fallback.analyze([articles[i] for i in failed]) if failed else []
        for i, redo in zip(failed, redone, strict=True):
            results[i] = self._noted(results[i], redo)
        return results

    def _noted(self, failure: AnalysisResult, redo: AnalysisResult) -> AnalysisResult:
        """The fallback's result, saying why the primary engine did not draft it."""
        if not isinstance(redo, Analysis) or not isinstance(failure, EngineFailure):
            return redo
        note = f"{failure.message}; drafted by the {self.fallback.name} engine instead"
        return dataclasses.replace(redo, notes=(*redo.notes, note))


def configured_engine(
    options: BriefingOptions,
    *,
    choice: EngineName | None = None,
    fallback: EngineName | None = None,
    cache_dir: Path | None = None,
) -> Engine:
    """The engine ``choice`` names (else the ``engine`` option), with its fallback.

    The LLM engine caches its answers under ``cache_dir``/llm.
    """
    name = choice or options.engine
    engine: Engine
    if name == "llm":
        from builder.extract.llm_engine import LlmEngine

        llm_cache = cache_dir / "llm" if cache_dir is not None else None
        engine = LlmEngine.configured(options.llm, cache_dir=llm_cache)
    else:
        engine = BuiltinEngine()
    if fallback is not None and fallback != name:
        return FallbackEngine(engine, configured_engine(options, choice=fallback))
    return engine
