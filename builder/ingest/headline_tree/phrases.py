"""What the parse says about how a phrase hangs on its verb or noun, for :mod:`.pieces`."""

from __future__ import annotations

from typing import Any

from builder.ingest.headline_tree.grammar import _SUBJECTS, _infinitive_of, _is_article


def _than(doc: Any, verb: Any) -> list[int]:
    """ "No other option than to leave": a clause opening on "than" keeps it, and the
    "other" (or "more", "better") of the noun before it that the "than" answers."""
    marks = [c for c in verb.children if c.dep_ == "mark" and c.lower_ == "than"]
    if not marks or marks[0].i == 0:
        return []
    noun = doc[marks[0].i - 1]
    return [marks[0].i] + [
        c.i
        for c in noun.children
        if c.dep_ == "amod" and (c.lower_ in {"other", "else"} or c.tag_ in {"JJR", "RBR"})
    ]


def _told_to(verb: Any, complement: Any) -> bool:
    """Whether the complement says what the verb's object is told, asked or left to do
    ("urged her staff to rest", "forced the council to close"): the verb with its
    object alone ("urged her staff") leaves out what the news is."""
    return (
        complement.dep_ == "xcomp"
        and _infinitive_of(complement)
        and any(c.dep_ == "dobj" and c.i < complement.i for c in verb.children)
    )


def _reduced_relative(verb: Any) -> bool:
    """A passive relative clause a headline writes without its "who has been": "an
    instructor who has been charged with fraud" is "instructor charged with fraud"."""
    if verb.dep_ != "relcl" or verb.tag_ != "VBN":
        return False
    children = list(verb.children)
    relative = [c for c in children if c.dep_ == "nsubjpass" and c.tag_ in {"WP", "WDT"}]
    return bool(relative) and any(c.dep_ == "auxpass" for c in children)


def _bare(noun: Any) -> bool:
    """A noun with no word of its own before it ("at risk", "on hold")."""
    return (
        noun.pos_ == "NOUN" and noun.tag_ == "NN" and not any(c.i < noun.i for c in noun.children)
    )


def _none_other_than(noun: Any) -> Any:
    """The one named in "none other than the mayor": a headline says "the mayor"."""
    if noun.lower_ != "none":
        return noun
    for other in noun.children:
        if other.dep_ == "amod" and other.lower_ == "other" and other.i == noun.i + 1:
            than = [c for c in other.children if c.dep_ == "prep" and c.lower_ == "than"]
            named = [c for t in than for c in t.children if c.dep_ == "pobj"]
            if named and named[0].pos_ in {"NOUN", "PROPN"}:
                return named[0]
    return noun


def _spare_possessive(modifier: Any, noun: Any) -> bool:
    """A possessive pronoun on a subject or an object ("urges her staff", "sells his
    boat"), which a headline writes only when it has room: "urges staff" says the same.
    One inside a phrase stays ("out of the local papers", "on his farm")."""
    return (
        modifier.dep_ == "poss"
        and modifier.pos_ == "PRON"
        and modifier.head.i == noun.i
        and noun.dep_ in _SUBJECTS | {"dobj", "dative"}
    )


def _set_off(doc: Any, clause: Any) -> bool:
    """Whether a relative clause stands after a comma, as one that only adds a fact about
    someone already named does ("Jo Bell, who lives in Calder, ..."), where a clause
    that says which one is meant does not ("the driver who killed a boy")."""
    start = clause.left_edge.i
    return start > 0 and doc[start - 1].text in {",", "–", "—", "("}


def _is_sum(token: Any) -> bool:
    """A figure of money standing alone by a verb ("£2million", "$40,000")."""
    words = list(token.subtree)
    return token.pos_ == "NUM" and any(t.tag_ == "$" for t in words)


def _named_by(noun: Any, child: Any) -> bool:
    """A name written straight after the noun it names ("the river Linden")."""
    return bool(child.dep_ == "appos" and child.pos_ == "PROPN" and child.left_edge.i == noun.i + 1)


def _in_name(noun: Any, prep: Any) -> bool:
    """Whether an "of" phrase is part of a name ("Royal Bank of Calder")."""
    if noun.pos_ != "PROPN" or prep.dep_ != "prep" or prep.lower_ != "of":
        return False
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    return bool(objects) and all(t.pos_ == "PROPN" or _is_article(t) for t in objects[0].subtree)
