"""Choosing the clause that states the news, and a subject for it that can be trusted."""

from __future__ import annotations

from typing import Any

from builder.extract.nlp import verb_base, verb_tables
from builder.ingest.headline_tree.grammar import (
    _REPORTING,
    _TIME,
    _base,
    _names,
    _partitive,
    _subject,
    _words,
)

# A study or a survey reports what it found: "X, a survey has found" is news about X.
_FINDINGS = _words("find show")
_PRONOUNS = _words("i you he she it we they this that these those there here one someone who what")
# Pronouns that never head a headline, even the last one tried: "it should come" refers
# back to nothing a reader has seen.
_EMPTY = _words("it this that there here")


# How much a sentence must show to head the story (see :func:`headline_of`).
_NEWS, _NAMED, _LOOSE, _ANY = range(4)


def _news_clause(doc: Any, level: int) -> Any | None:
    """The verb of the clause that states the news, or None if the sentence has none."""
    text = doc.text.strip()
    if not text or text.endswith("?") or text[0] in "\"“‘'":
        return None  # a question or a quotation opens a feature, it does not state news
    roots = [t for t in doc if t.dep_ == "ROOT"]
    if not roots:
        return None
    verb = roots[0]
    quoted = _quoted(doc)
    for _ in range(3):
        # A quotation ("'We want him out,' it emerged") or a report that follows what it
        # reports ("Three men were executed, the group claimed"): the news is the clause
        # reported, outside the quotation marks.
        reported = [
            c for c in verb.children if c.dep_ == "ccomp" and c.i not in quoted and c.i != verb.i
        ]
        after_report = (
            _base(verb) in _REPORTING | _FINDINGS and bool(reported) and reported[0].i < verb.i
        )
        if reported and (verb.i in quoted or after_report or not _is_verb(verb)):
            verb = reported[0]
        else:
            break
    subject = _subject(verb)
    # "This is the moment a man was caught ...": the news is the clause about the moment.
    if _base(verb) == "be":
        attributes = [c for c in verb.children if c.dep_ == "attr"]
        clauses = [c for a in attributes for c in a.children if c.dep_ in {"relcl", "acl"}]
        if subject is not None and subject.lower_ in _PRONOUNS and clauses:
            if level in (_NEWS, _NAMED):
                return None  # a caption for a video; the next sentence may name the news
            verb = clauses[0]
            subject = _subject(verb)
    if verb.pos_ not in {"VERB", "AUX"} or subject is None:
        return None
    if subject.dep_ == "csubj" or subject.pos_ not in _SUBJECT_HEADS:
        return None  # "Also making a showing are ...": an inverted clause, no subject to head it
    if subject.lower_ in _TIME:
        return None  # "The last time she called, ...": a when the parser took for the subject
    if _verb_as_adverb(verb):
        return None
    if subject.lower_ in _PRONOUNS and (level != _ANY or subject.lower_ in _EMPTY):
        return None  # "It was a turning point": no actor to head the story
    if level == _NAMED and not _names(subject):
        return None
    if level == _NEWS and _sets_scene(verb, subject):
        return None
    if level != _ANY and _judges(verb, subject):
        return None
    return verb


def _is_verb(token: Any) -> bool:
    """Whether the word the parser made a verb is one English has ("Darts legend J.J.
    Lowry was ..." read with "legend" as the verb is not); unsure without the tables."""
    exceptions, index, _ = verb_tables()
    if not index or token.pos_ != "VERB" or token.tag_ not in {"VB", "VBP"}:
        return True  # a noun is misread as a bare verb ("legend" agreeing with "Darts")
    lower = token.lower_
    return lower in index or lower in exceptions or verb_base(lower) is not None


def _verb_as_adverb(verb: Any) -> bool:
    """Whether the parser took the news verb's own "-ing" form for an adverb and the next
    word for the verb ("is now nursing abandoned animals" read with "abandoned" as the
    verb): the clause it gives says something the sentence does not."""
    return any(
        c.dep_ in {"advmod", "npadvmod"} and c.tag_ == "VBG" and c.i == verb.i - 1
        for c in verb.children
    )


# What a subject noun phrase may be headed by ("Three were killed", "Some fight ...").
_SUBJECT_HEADS = frozenset({"NOUN", "PROPN", "PRON", "NUM", "DET"})


def _agreeing_subject(doc: Any, verb: Any) -> Any | None:
    """The verb's subject, checked against the verb's number.

    A parser may take an apposition for the subject ("25,000 people, a population the size
    of a city, have fought ..." read with "population" as the subject of "have"). A
    singular noun with a plural verb, or the reverse, right after a comma shows the
    misreading: the subject is then the noun the apposition stands beside, before the
    comma, if it agrees; failing that there is no subject to trust (None).
    """
    subject = _subject(verb)
    if subject is None or _agrees(subject, verb):
        return subject
    start = subject.left_edge.i
    if start < 2 or doc[start - 1].text != ",":
        return subject  # "the government have": a collective noun, not a misreading
    before = doc[start - 2]
    if before.pos_ in {"NOUN", "PROPN"} and _agrees(before, verb):
        return before
    return None


def _agrees(subject: Any, verb: Any) -> bool:
    """Whether the subject's number fits the verb's (only a present verb or auxiliary shows it)."""
    finite = [c for c in verb.children if c.dep_ in {"aux", "auxpass"} and c.i < verb.i]
    shown: str = (finite[0] if finite else verb).tag_
    if shown not in {"VBZ", "VBP"} or subject.pos_ not in {"NOUN", "PROPN"}:
        return True
    if any(c.dep_ == "conj" for c in subject.children):
        return shown == "VBP"
    if _partitive(subject):
        return True  # "a series of images have been released": the "of" phrase counts
    if subject.tag_ in {"NN", "NNP"}:
        # A name may be a team's, which British copy makes plural ("Arsenal are").
        return shown == "VBZ" or subject.tag_ == "NNP"
    return shown == "VBP" if subject.tag_ in {"NNS", "NNPS"} else True


def _quoted(doc: Any) -> set[int]:
    """Indexes of the tokens inside quotation marks."""
    inside: set[int] = set()
    depth = 0
    for token in doc:
        if token.tag_ == "``":
            depth += 1
        elif token.tag_ == "''":
            depth = max(depth - 1, 0)
        elif depth:
            inside.add(token.i)
    return inside


def _sets_scene(verb: Any, subject: Any) -> bool:
    """A first sentence that opens on a subordinate clause ("As the earth shook ...") and
    names no one as its subject sets a scene; the news comes in a later sentence."""
    opening = [
        c for c in verb.children if c.dep_ == "advcl" and c.i < subject.i and c.left_edge.i == 0
    ]
    return bool(opening) and not _names(subject)


def _judges(verb: Any, subject: Any) -> bool:
    """A first sentence that only says what something is like ("Her row across the
    estuary was astonishing"): "be" with an adjective, about a thing rather than someone named,
    is a feature's opening; the news comes in a later sentence."""
    return (
        _base(verb) == "be"
        and any(
            c.dep_ == "acomp"
            and c.pos_ == "ADJ"
            and all(g.dep_ in {"advmod", "punct"} for g in c.children)
            for c in verb.children
        )
        and not any(c.dep_ in {"prep", "xcomp", "ccomp"} for c in verb.children)
        and subject.pos_ == "NOUN"
    ) or (_base(verb) == "be" and _pointed_at(subject) and _has_attribute(verb))


def _pointed_at(subject: Any) -> bool:
    """A subject the reader is shown ("This cat", "These pictures"): a sentence saying
    what it is ("This cat is the luckiest pet") describes a picture, as a caption does."""
    return subject.pos_ == "NOUN" and any(
        c.dep_ == "det" and c.lower_ in {"this", "these"} for c in subject.children
    )


def _has_attribute(verb: Any) -> bool:
    return any(c.dep_ == "attr" and c.pos_ == "NOUN" for c in verb.children)
