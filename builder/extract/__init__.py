"""Extraction: an article's analytical fields (summary, actors, stakes, open questions).

:func:`analyze_articles` is the one entry point ``briefing add`` and ``briefing extract``
call. It takes a batch so the engine loads its spaCy pipeline once per process and pipes
many texts through it. Every item it returns carries evidence: 1-based numbers of the
article's sentences (``Article.sentences``), which ``briefing check`` resolves against the
stored source. The same input always gives the same output.

The stages, one module each: :mod:`.nlp` (entity mentions, and parses on demand),
:mod:`.actors` (with :mod:`.aliases`, :mod:`.gazetteer` and :mod:`.syntax`) and
:mod:`.roles`, :mod:`.summary`, :mod:`.stakes` (cues in :mod:`.stake_cues`),
:mod:`.questions` (with :mod:`.outcomes`, :mod:`.case_questions`,
:mod:`.reaction_questions`, :mod:`.prospect_questions` and :mod:`.unverified_questions`,
sharing :mod:`.question_parts`, phrased by
:mod:`.phrasing`; both name what "it" or "that promise" stands for with
:mod:`.antecedents`), :mod:`.tags`;
:mod:`.merge` keeps a person's edits when an article is extracted again.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from builder.article import Article
from builder.extract.actors import build_actors
from builder.extract.merge import merge_reextracted
from builder.extract.names import titled_names
from builder.extract.nlp import Mention, entity_mentions, parse_ahead, sentence_of
from builder.extract.questions import find_questions
from builder.extract.stakes import find_stakes
from builder.extract.summary import summarize
from builder.extract.tags import suggest_tags
from builder.model import Actor, OpenQuestion, Stake
from builder.sentences import Sentence

ENGINE = "builtin 0.1"
# Names shorter than this are not looked for untagged (the actors skip them too).
MIN_FORM = 3

__all__ = ["ENGINE", "Analysis", "analyze_article", "analyze_articles", "merge_reextracted"]


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
    story: str | None = None  # kept from the input (front matter) when it gives one
    # What the user should hear about this draft (items an engine dropped, a fallback).
    notes: tuple[str, ...] = ()


def analyze_article(article: Article, actors: list[Actor]) -> Analysis:
    """The analysis of one article whose actors are already known."""
    if not article.sentences:
        return Analysis(story=article.story, tags=suggest_tags(article))
    summary, evidence = summarize(article, [a.name for a in actors])
    return Analysis(
        summary=summary,
        summary_evidence=evidence,
        actors=actors,
        stakes=find_stakes(article, actors),
        open_questions=find_questions(article, actors),
        tags=suggest_tags(article, actors),
        story=article.story,
    )


def _named_in(article: Article, mentions: Sequence[Mention]) -> list[Sentence]:
    """The article's sentences that name someone, in order: those with an entity mention,
    and those where a name the recogniser tagged elsewhere, or a person's surname, stands
    untagged ("Okafor said ..."), which the actors count and read roles from too."""
    numbers = {m.sentence for m in mentions if 0 < m.sentence <= len(article.sentences)}
    forms = {m.text for m in mentions if len(m.text) >= MIN_FORM}
    forms |= {m.text.split()[-1] for m in mentions if m.label == "PERSON" and " " in m.text}
    forms = {f for f in forms if len(f) >= MIN_FORM}
    if forms:
        alternatives = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
        named = re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])")
        text = article.text
        for number, sentence in enumerate(article.sentences, 1):
            if number not in numbers and named.search(text, sentence.start, sentence.end):
                numbers.add(number)
    return [article.sentences[n - 1] for n in sorted(numbers)]


def analyze_articles(articles: Sequence[Article]) -> list[Analysis]:
    """Analyse a batch of articles, in order, with one pass of the NER pipeline."""
    with_text = [a for a in articles if a.text]
    mentions = [
        titled_names(article.text, found, sentence_of(article))
        for article, found in zip(with_text, entity_mentions(with_text), strict=True)
    ]
    # Roles are read from the parse of the sentences that name someone: parse them at once.
    parse_ahead(
        article.text[sentence.start : sentence.end]
        for article, found in zip(with_text, mentions, strict=True)
        for sentence in _named_in(article, found)
    )
    results: list[Analysis] = []
    found = iter(mentions)
    for article in articles:
        actors = build_actors(article, next(found)) if article.text else []
        results.append(analyze_article(article, actors))
    return results
