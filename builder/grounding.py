"""Grounding: every piece of evidence in a brief must be a sentence of its article.

:func:`grounding_problems` is a pure function over a brief and the sentences of its
stored article. ``briefing check`` reports what it finds against the brief's YAML lines;
``briefing add`` and ``briefing extract`` run it on every fresh draft, whichever engine
made it, so an ungrounded item is never written.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from builder.model import Brief
from builder.sentences import Sentence

Loc = tuple[str | int, ...]


@dataclass(frozen=True)
class GroundingProblem:
    """Evidence that does not resolve: where it is in the brief, and why."""

    loc: Loc  # of the evidence number itself, e.g. ("stakes", 0, "evidence", 1)
    field: str  # the evidence list as a person reads it, e.g. "stakes[0].evidence"
    message: str

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


def grounding_problems(brief: Brief, sentences: Sequence[Sentence]) -> list[GroundingProblem]:
    """Every evidence number of ``brief`` that names no sentence of its article, in order."""
    return evidence_problems(brief.evidence_refs(), brief.source.file, len(sentences))


def evidence_problems(
    refs: Iterable[tuple[Loc, Sequence[int]]], source_file: str, sentence_count: int
) -> list[GroundingProblem]:
    """The same check over bare evidence lists, for a brief the schema rejected: its
    evidence is still checked against the article (``briefing check`` reports all)."""
    problems: list[GroundingProblem] = []
    for loc, numbers in refs:
        for k, number in enumerate(numbers):
            if number > sentence_count:
                problems.append(
                    GroundingProblem(
                        (*loc, k),
                        field_name(loc),
                        f"sentence {number} does not exist ('{source_file}' has "
                        f"{sentence_count} sentences)",
                    )
                )
    return problems


def field_name(loc: Loc) -> str:
    """A location in a brief as a person reads it: ``open_questions[2].evidence``."""
    name = ""
    for part in loc:
        if isinstance(part, int):
            name += f"[{part}]"
        else:
            name += ("." if name else "") + part
    return name or "brief"
