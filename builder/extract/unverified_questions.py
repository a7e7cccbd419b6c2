"""Open questions about what an article reports without confirming it.

News often passes on a state of affairs it has not established, and says so by the
shape of the sentence, whatever the story:

- a state hedged by the reporter ("the bridge was apparently safe to cross", "the
  minister is reportedly unwell") asks whether it is so ("Was the bridge safe to
  cross?"), in the tense the article uses;
- a report the article only cites ("following reports it has sold the stake", "amid
  reports that the mayor will resign") asks whether it is true ("Has the firm sold the
  stake?");
- a claim made without its evidence ("she said, without giving figures, that sales had
  risen") asks whether it holds ("Had sales risen?");
- what others are said to believe ("the gunman is believed to have fled abroad") asks
  whether it is so ("Did the gunman flee abroad?");
- a step on which views are mixed or divided ("doctors are divided over banning the
  drug entirely") asks whether it will be taken ("Will the drug be banned entirely?").

Each question keeps the sentence's tense, so what the article reports as done is never
asked as what "will" happen.
"""

from __future__ import annotations

import re

from builder.extract.nlp import past_participle, verb_base
from builder.extract.phrasing import (
    AUX,
    PRONOUNS,
    Resolver,
    bare,
    cut_clause,
    finish,
    is_verb,
    lower_first,
    question_from_clause,
    standalone_subject,
)

__all__ = ["unverified_questions"]

MAX_SUBJECT_WORDS = 7  # "the skipper of the last crossing"

_HEDGES = r"apparently|reportedly|seemingly|supposedly|purportedly|allegedly"
# "the captain was apparently well enough to ...": a subject, a form of "be", the hedge.
_HEDGED_STATE = re.compile(
    r"(?:^|\bthat\s+|,\s+)(?P<subject>(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+"
    r"(?:[\w'’-]+\s+){0,5}?[\w'’-]+|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}|he|she|they|it)\s+"
    rf"(?P<be>was|were|is|are)\s+(?:{_HEDGES})\s+(?P<rest>[a-z][^;:]+)"
)
# "following reports it has prepared a bid", "amid reports that the mayor will resign".
_CITED_REPORT = re.compile(
    r"\b(?:following|after|amid|despite|over|denied|denies|dismissed|rejected)\s+(?:the\s+)?"
    r"(?:media\s+|press\s+|newspaper\s+|unconfirmed\s+|recent\s+)?reports?\s+(?:that\s+)?"
    r"(?P<clause>(?:[\w'’.-]+\s+){1,6}?(?:has|have|had|is|are|was|were|will|would)\s+[^;:]+)"
)
# "said, without providing figures, that revenue had topped targets".
_UNSUPPORTED = re.compile(
    r"\b(?:said|says|claimed|claims|insisted|insists|announced|argued|argues),?\s+without\s+"
    r"(?:providing|giving|offering|citing|presenting|producing|showing|any)\s+(?:any\s+)?"
    r"(?:figures|details|evidence|proof|numbers|specifics|data)\b,?\s+(?:that\s+)?"
    r"(?P<clause>[^;:]+)"
)
# "that revenue had risen and that talks had gone well": two claims, asked one at a time.
_NEXT_CLAIM = re.compile(r",?\s+(?:and|but)\s+that\s+")
# "doctors are divided over banning the drug entirely", "experts remain divided over
# lifting the ban": a step of which the article can say only that views differ.
_MIXED_ON = re.compile(
    r"\b(?:reports|views|opinions|experts|analysts|scientists|officials|signals|results|"
    r"economists|doctors|lawyers)\s+(?:are|were|remain|remained)\s+(?:still\s+|sharply\s+|"
    r"deeply\s+)?(?:mixed|divided|split)\s+(?:on|over|about|as\s+to)\s+(?P<ing>[a-z]+ing)\s+"
    r"(?P<object>[^,.;:–—-]+)",
    re.IGNORECASE,
)
_MIXED = re.compile(r"\b(?:mixed|divided|split)\b")
# "Dorn is alleged to have told pupils ...", "the gunman is believed to be abroad": what
# is passed on as others' belief, asked as whether it is so, in its own tense.
_HEARSAY = re.compile(
    r"^(?P<subject>(?:The|His|Her|Their|Its)\s+(?:[\w'’-]+\s+){0,5}?[\w'’-]+|"
    r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s+(?P<be>is|are|was|were)\s+(?:also\s+|widely\s+|"
    r"now\s+)?(?P<hedge>alleged|believed|said|thought|understood|reported|rumou?red|suspected)\s+"
    r"to\s+(?:have\s+(?P<been>been\s+)?(?P<done>[a-z]+)\b|(?P<tobe>be)\s+)(?P<rest>[^;:]*)"
)
_GATE = re.compile(rf"\b(?:{_HEDGES}|reports?|without|mixed|divided|split)\b")
MAX_OBJECT_WORDS = 8
_OBJECT_START = frozenset({"the", "a", "an", "its", "their", "his", "her", "this", "that"})


def _hedged_state(text: str, resolve: Resolver) -> str | None:
    """ "X was apparently well enough to sign" asked as "Was X well enough to sign?"."""
    match = _HEDGED_STATE.search(text)
    if not match:
        return None
    words = match.group("subject").split()
    subject = standalone_subject(lower_first(words), resolve)
    rest = cut_clause(match.group("rest")).split()
    if not subject or len(subject) > MAX_SUBJECT_WORDS or not rest:
        return None
    if bare(rest[0]) in AUX:
        return None  # "was reportedly has": the hedge belongs to another clause
    return finish([match.group("be"), *subject, *rest])


def _reported(clause: str, resolve: Resolver) -> str | None:
    """A reported clause asked as a yes/no question, its pronoun subject named or dropped."""
    clause = _NEXT_CLAIM.split(clause, maxsplit=1)[0]
    first = bare(clause.split()[0])
    if first in {"i", "we", "you"}:
        return None  # a speaker's own words: who "we" are is not said here
    if first in PRONOUNS and not resolve(first):
        return None
    return question_from_clause("whether", clause, resolve)


def _mixed_on(text: str, resolve: Resolver) -> str | None:
    """ "doctors are divided over banning the drug entirely" asked as "Will the drug be
    banned entirely?": the step's object made the subject of its passive."""
    match = _MIXED_ON.search(text) if _MIXED.search(text) else None
    base = verb_base(match.group("ing")) if match else None
    participle = past_participle(base) if base else None
    if not match or not participle:
        return None
    words = cut_clause(match.group("object")).split()
    manner = [words.pop()] if len(words) > 1 and words[-1].endswith("ly") else []
    if not words or bare(words[0]) not in _OBJECT_START or len(words) > MAX_OBJECT_WORDS:
        return None  # "divided over banning entirely": no object to ask about
    subject = standalone_subject(lower_first(words), resolve)
    return finish(["will", *subject, "be", participle, *manner]) if subject else None


def _hearsay(text: str, resolve: Resolver) -> str | None:
    """ "Dorn is alleged to have told pupils X" asked as "Did Dorn tell pupils X?"."""
    match = _HEARSAY.match(text)
    if not match:
        return None
    subject = standalone_subject(lower_first(match.group("subject").split()), resolve)
    done = match.group("done")
    if not subject or len(subject) > MAX_SUBJECT_WORDS or (done and not is_verb(done)):
        return None  # "is said to have two children": "have" is the verb, not a tense
    rest = _NEXT_CLAIM.split(cut_clause(match.group("rest")), maxsplit=1)[0]
    plural = match.group("be") in {"are", "were"}
    if match.group("tobe") and match.group("hedge") not in {"believed", "suspected"}:
        return None  # "the star is said to be delighted": a mood, not a fact to check
    if match.group("tobe"):
        present = match.group("be") in {"is", "are"}
        be = ("are" if plural else "is") if present else ("were" if plural else "was")
        clause = " ".join([*subject, be, rest])
    elif match.group("been"):
        clause = " ".join([*subject, "were" if plural else "was", match.group("done"), rest])
    else:
        clause = " ".join([*subject, match.group("done"), rest])
    return (
        question_from_clause("whether", clause.strip(), resolve)
        if rest or match.group("done")
        else None
    )


def unverified_questions(text: str, resolve: Resolver) -> list[str]:
    """The open questions about unconfirmed states, reports and claims a sentence raises."""
    if text.startswith(('"', "“", "'", "‘")):
        return []
    # "said to have", "believed to be": a cheap test, as "said" alone is in most sentences.
    hearsay = _hearsay(text, resolve) if " to have " in text or " to be " in text else None
    if not _GATE.search(text):
        return [hearsay] if hearsay else []
    found = [_hedged_state(text, resolve), _mixed_on(text, resolve), hearsay]
    match = _CITED_REPORT.search(text)
    if match:
        found.append(_reported(match.group("clause"), resolve))
    match = _UNSUPPORTED.search(text)
    if match:
        found.append(_reported(match.group("clause"), resolve))
    return [q for q in found if q]
