"""Closed classes of general English and the tests on parse tokens the headline modules share."""

from __future__ import annotations

import re
from typing import Any

from builder.extract.nlp import verb_base

MAX_WORDS = 14
MIN_WORDS = 3
ADULT_AGE = 18


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})
_OBJECTS = frozenset({"dobj", "dative", "attr", "oprd", "acomp"})
_ARTICLES = frozenset({"a", "an", "the"})
# Function words a headline cannot end on (it would stop mid-phrase).
DANGLING = _words(
    """a an the of to and or but nor in on at by for from with into onto over under about
    after before until than that which who whom whose when where while if because so as
    its his her their our my your this these those is are was were be been being has have
    had do does did will would could can may might must should shall not no also very per
    via among between against during without within across toward towards upon including
    like said says told"""
)
# Reporting verbs: when the report comes after what is reported ("X happened, police
# said"), the news is the reported clause.
_REPORTING = _words(
    """say tell claim report announce confirm reveal state add insist allege warn admit
    suggest indicate write note explain emerge"""
)
# Words of time: a headline does not say when ("on Thursday", "last night").
_TIME = _words(
    """monday tuesday wednesday thursday friday saturday sunday today yesterday tonight
    tomorrow morning afternoon evening night overnight week weekend month year day hour
    hours days weeks months years ago earlier later recently now currently january
    february march april may june july august september october november december
    weekday time"""
)


# Nouns that only measure out what their "of" phrase names.
_PARTS = _words(
    "set series number group part lot lots range couple pair handful dozens hundreds "
    "thousands millions majority minority half third quarter rest kind sort type host raft "
    "slew spate string flurry"
)


def _has_dative(verb: Any) -> bool:
    return any(c.dep_ == "dative" for c in verb.children)


def _has_object(verb: Any) -> bool:
    return any(
        c.dep_ in _OBJECTS | {"ccomp", "xcomp", "prt"} or _infinitive(c) for c in verb.children
    )


def _infinitive(token: Any) -> bool:
    """An infinitive the parser hung on the verb as an adverbial ("tipped him to win")."""
    return token.dep_ == "advcl" and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in token.children
    )


def _names(token: Any) -> bool:
    """Whether a phrase names someone (a proper noun in it, not only inside a clause)."""
    return any(t.pos_ == "PROPN" for t in token.subtree if t.dep_ not in {"relcl", "acl"})


def _subject(verb: Any) -> Any | None:
    return next((c for c in verb.children if c.dep_ in _SUBJECTS), None)


def _base(token: Any) -> str:
    return verb_base(token.lower_) or token.lower_


def _says(verb: Any) -> bool:
    """Whether a clause says what a reporting verb in it reports: "who claims the actress"
    without "stole her chicken" (which the parser may hang elsewhere) is a fragment."""
    return _base(verb) not in _REPORTING or any(c.dep_ == "ccomp" for c in verb.children)


def _said_of(noun: Any) -> bool:
    """Whether the noun is what the clause says its subject is or is made: "are a
    remnant" says nothing without its "of a bygone age", nor "named citizen" without
    "of the year"."""
    return (noun.dep_ == "attr" and _base(noun.head) == "be") or noun.dep_ == "oprd"


def _partitive(noun: Any) -> bool:
    """A head that says only how much of something: "one of", "a set of", "most of"."""
    return noun.pos_ in {"NUM", "PRON", "DET"} or noun.lower_ in _PARTS


def _infinitive_of(clause: Any) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)


def _is_age(modifier: Any) -> bool:
    """An age written before a noun: "14-year-old", "six-month-old"."""
    words = [t.lower_ for t in modifier.subtree if not t.is_punct]
    return (
        len(words) >= 3
        and words[-1] == "old"
        and words[-2].rstrip("s")
        in {
            "year",
            "month",
            "week",
            "day",
        }
    )


def _is_article(token: Any) -> bool:
    return token.dep_ == "det" and token.lower_ in _ARTICLES


# "the 21st", "the second week": a day or an ordinal; a word that merely ends the same
# way ("a protest march", "the north", "against") is no time word.
_DAY_OF_MONTH = re.compile(
    r"\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|"
    r"tenth|\w+(?:teenth|tieth)"
)


def _is_time(prep: Any) -> bool:
    """A phrase that says when ("on Thursday", "in August 2013", "for the first time")."""
    words = [
        t.lower_ for t in prep.subtree if t.i != prep.i and not _is_article(t) and not t.is_punct
    ]
    return (
        bool(words)
        and any(w in _TIME for w in words)
        and all(
            w in _TIME
            or w.isdigit()
            or w in {"last", "next", "this", "that", "same", "early", "late"}
            or _DAY_OF_MONTH.fullmatch(w) is not None
            for w in words
        )
    )


def _is_quote(token: Any) -> bool:
    return bool(token.is_quote) or token.text in {"'", "’", "‘", "“", "”", '"'}


def _own_event(verb: Any) -> bool:
    """Whether a subordinate clause tells an event of its own ("while Calder Town have
    been fined £5,000"): a named subject, and no complement a cut could part from its
    verb ("as he labelled their clash the biggest game")."""
    named = any(c.dep_ in {"nsubj", "nsubjpass"} and c.pos_ == "PROPN" for c in verb.children)
    return named and not any(c.dep_ in {"oprd", "ccomp", "xcomp"} for c in verb.children)


# Above this a number after "when she was" is not an age ("when it was 1990").
_OLDEST = 120
_PERSONS = _words("he she they i we you")


def _age_clause(verb: Any) -> tuple[int, int] | None:
    """The "when" and the number of a clause that only gives an age ("... took her son to
    a march when he was 9"), which a headline writes "at 9"; else None."""
    if _base(verb) != "be" or verb.dep_ != "advcl":
        return None
    when = [c for c in verb.children if c.lower_ == "when" and c.i < verb.i]
    subject = [c for c in verb.children if c.dep_ == "nsubj" and c.lower_ in _PERSONS]
    ages = [c for c in verb.children if c.dep_ in {"attr", "acomp"} and c.i == verb.i + 1]
    if not when or not subject or not ages or len(list(verb.subtree)) != 4:
        return None
    age = ages[0]
    if not age.like_num or (age.text.isdigit() and not 0 < int(age.text) <= _OLDEST):
        return None
    return when[0].i, age.i
