"""A headline built from the dependency parse of a lead sentence.

A headline keeps the skeleton of the news clause and little else: who (the subject's
head noun with the words that name it), the main verb in the headline present ("has
denied" → "denies", "was charged" → "charged"), what it acts on, and the one or two
complements that say what the story is about. Everything a sub-editor strikes goes:
articles, time words, adverbs, relative and subordinate clauses, asides, appositions,
attributions. The parse gives those pieces by their grammatical role, so no word list of
topics is needed; the few lists here are closed classes of general English (articles,
reporting verbs, words of time).

The sentence is parsed by :func:`builder.extract.nlp.parse` (cached). Pieces are kept in
order of importance while the headline stays within :data:`MAX_WORDS`, then written in
the sentence's own word order, so the result is a compression of the sentence, never a
rewording of it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from builder.extract.nlp import parse

# The names imported "as" themselves are re-exported: tests import them from here.
from builder.ingest.headline_tree.clause import _ANY, _LOOSE, _NAMED, _NEWS, _agreeing_subject
from builder.ingest.headline_tree.clause import _news_clause as _news_clause
from builder.ingest.headline_tree.compose import _compress, _counts
from builder.ingest.headline_tree.compose import _doubled_preposition as _doubled_preposition
from builder.ingest.headline_tree.grammar import DANGLING as DANGLING
from builder.ingest.headline_tree.grammar import MAX_WORDS as MAX_WORDS
from builder.ingest.headline_tree.grammar import MIN_WORDS
from builder.ingest.headline_tree.writing import _short_forms


def headline_of(sentences: Sequence[str], article: str = "") -> str | None:
    """A headline from the sentence of the lead that carries the news, else None.

    ``sentences`` are the lead's first few sentences. The first one heads the story
    unless it only sets the scene: a question, a quotation, "This is the moment ...", a
    subordinate clause opening on a subject that names no one, or a pronoun as subject.
    Then the next sentence is taken if its subject names who acts; failing that, the
    first sentence's own news clause ("the moment a man was caught"), then any later
    sentence with a subject of its own. When none gives a clause the caller falls back
    to plain compression.
    """
    counts = _counts(article or " ".join(sentences))
    short = _short_forms(article or " ".join(sentences))
    first, *rest = [_candidates(text) for text in sentences] or [[]]
    tries = (
        [(text, _NEWS) for text in first[:1]]
        + [(text, _NAMED) for text in (rest[0] if rest else [])]
        + [(text, _LOOSE) for text in first[:1]]
        + [(text, _NEWS) for texts in [first[1:], *rest] for text in texts]
        + [(text, _ANY) for text in first[:1]]
    )
    for text, level in tries:
        doc: Any = parse(text)
        clause = _news_clause(doc, level)
        if clause is None:
            continue
        subject = _agreeing_subject(doc, clause)
        if subject is None:
            continue  # the parser's subject cannot be the verb's: the parse is not to be trusted
        headline = _compress(doc, clause, subject, counts, short)
        if headline and len(headline.split()) >= MIN_WORDS:
            return headline
    return None


def _candidates(text: str) -> list[str]:
    """The sentence, followed by what comes after its colon ("It was a turning point:
    within days, the council began ...") when that is a sentence of its own."""
    out = [text]
    head, colon, tail = text.partition(": ")
    if colon and len(tail.split()) >= 6 and len(head.split()) <= 8:
        out.append(tail[:1].upper() + tail[1:])
    return out
