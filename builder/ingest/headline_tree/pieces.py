"""Breaking the news clause into pieces: tokens kept or dropped together, ranked by importance."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from builder.ingest.headline_tree.grammar import (
    _OBJECTS,
    _SUBJECTS,
    _age_clause,
    _base,
    _has_dative,
    _has_object,
    _infinitive,
    _infinitive_of,
    _is_age,
    _is_article,
    _is_time,
    _own_event,
    _partitive,
    _said_of,
    _says,
    _subject,
    _words,
)
from builder.ingest.headline_tree.phrases import (
    _bare,
    _in_name,
    _is_sum,
    _named_by,
    _none_other_than,
    _reduced_relative,
    _set_off,
    _spare_possessive,
    _than,
    _told_to,
)

# Adjectives that change who is meant ("former director", "alleged gunman"): never colour.
_STATUS = _words("former ex late alleged suspected acting interim would-be self-styled so-called")
# Ordinals say which one ("third round", "second referendum"): never colour.
_ORDINALS = _words("first second third fourth fifth sixth seventh eighth ninth tenth")
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")


_NEGATIONS = frozenset({"not", "never", "n't"})
_HEDGES = _words("allegedly reportedly purportedly supposedly apparently")


_RATHER = _words("rather sooner more less")
_PARTICLES = _words("out up down off away back over around")
_PARTICLE_WORDS = 4


@dataclass
class _Piece:
    """Tokens kept or dropped together.

    A piece is kept only if its parent is, and only with the pieces it ``needs`` (a verb
    without its object, or "saying" without what was said, would leave a fragment).
    """

    tokens: list[int]
    rank: float
    parent: int | None = None
    index: int = 0
    kept: bool = False
    needs: list[int] = field(default_factory=list)
    clause: bool = False
    argument: bool = False
    colour: bool = False
    spare: bool = False  # a possessive the headline may do without (see _spare_possessive)


def _piece(
    pieces: list[_Piece],
    tokens: list[int],
    rank: float,
    parent: int | None,
    *,
    clause: bool = False,
) -> int:
    index = len(pieces)
    pieces.append(_Piece(tokens=tokens, rank=rank, parent=parent, index=index, clause=clause))
    return index


# How far down the list each kind of piece comes: the arguments first, then what the
# verb's phrases add, then what the nouns' phrases add, and last the clauses about them.
_OBJECT_RANK = 0.5
_COMPLEMENT_RANK = 1.0
_MODIFIER_RANK = 0.8
_PHRASE_RANK = 1.5
_NOUN_CLAUSE_RANK = 4.0
_ADVERBIAL_RANK = 5.0


def _add_clause(
    doc: Any,
    verb: Any,
    pieces: list[_Piece],
    rank: float,
    parent: int | None,
    *,
    subject: Any | None = None,
) -> int:
    """The verb (with its auxiliaries, negation and particle) and its arguments; ``subject``
    replaces the parser's subject when that was an apposition (see :func:`_agreeing_subject`)."""
    reduced = _reduced_relative(verb)
    core = [verb.i] + [
        c.i
        for c in verb.children
        if c.dep_ in {"neg", "prt"} or (c.dep_ in {"aux", "auxpass"} and not reduced)
    ]
    core += _than(doc, verb)
    if verb.dep_ == "ccomp":
        # "told how she left": the question word the reported clause opens on.
        core += [
            c.i
            for c in verb.children
            if c.i == verb.left_edge.i and (c.tag_ == "WRB" or c.lower_ in {"whether", "if"})
        ]
    if verb.dep_ == "relcl":
        # The relative word that is not the subject: "a point where all ...".
        core += [c.i for c in verb.children if c.tag_ == "WRB" and c.i < verb.i]
        opening = doc[verb.left_edge.i]
        if opening.tag_ == "WRB" and opening.i not in core:
            core.append(opening.i)  # "where" the parser hung on a verb further on
    # A particle the parser did not call one is still the verb's ("took the boat out",
    # "shut the game out of their minds"): with it, or the verb means something else.
    for c in verb.children:
        particle = c.dep_ in {"advmod", "prep"} and c.lower_ in _PARTICLES and c.i > verb.i
        if particle and not any(g.dep_ == "pobj" for g in c.children):
            words = [t.i for t in c.subtree if not t.is_punct and not _is_article(t)]
            if len(words) <= _PARTICLE_WORDS:
                core += words
    # A comparison is what the verb says ("wouldn't have moved any quicker"), and a
    # negation never goes ("no longer speak").
    core += [
        t.i
        for c in verb.children
        if c.dep_ == "advmod"
        and (
            (c.tag_ in {"RBR", "JJR"} and c.i > verb.i)
            or any(g.dep_ == "neg" or g.lower_ in _NEGATIONS for g in c.children)
        )
        for t in c.subtree
        if not t.is_punct
    ]
    # A hedge says the news is a claim, not a fact ("allegedly took cash", "was
    # reportedly attacked"): a headline that drops it states an allegation as true.
    core += [c.i for c in verb.children if c.dep_ == "advmod" and c.lower_ in _HEDGES]
    if _base(verb) == "be" and not any(c.dep_ in _OBJECTS for c in verb.children):
        core += [c.i for c in verb.children if c.dep_ == "advmod" and c.i > verb.i]  # "is over"
    me = _piece(pieces, core, rank, parent, clause=True)
    needed = False
    weak = False  # the object is a pronoun: "left her" needs "with no choice"
    objects = 0
    reports = 0
    preps = 0
    if not _has_object(verb):
        # "can make or break a season": the object belongs to both verbs.
        shared = [
            c
            for c in verb.children
            if c.dep_ == "conj" and c.i == verb.i + 2 and doc[verb.i + 1].dep_ == "cc"
        ]
        if shared and shared[0].pos_ in {"VERB", "AUX"} and _has_object(shared[0]):
            index = _add_clause(doc, shared[0], pieces, rank, me)
            pieces[index].tokens.append(verb.i + 1)
            pieces[me].needs.append(index)
            needed = True
    replaced = subject is not None and subject.head.i != verb.i
    if replaced:
        pieces[me].needs.append(_add_noun(doc, subject, pieces, rank, me))
    for child in verb.children:
        dep = child.dep_
        if child.i < verb.i and dep not in _SUBJECTS:
            continue  # what comes before the subject and verb is a setting
        if dep in _SUBJECTS:
            if replaced or reduced:
                continue  # the apposition the parser took for the subject, or "who"
            first = _subject(verb)
            if first is not None and child.i != first.i:
                continue  # a second subject is a word of a clause about the first one
            pieces[me].needs.append(_add_noun(doc, child, pieces, rank, me))
        elif dep in _OBJECTS:
            objects += dep == "dobj"
            if objects > 1 and dep == "dobj":
                continue  # a second object is the parser's misreading of a list or a colon
            index = _add_noun(doc, child, pieces, rank + _OBJECT_RANK, me)
            pieces[index].argument = True
            if not needed or (dep == "dobj" and _has_dative(verb)):
                pieces[me].needs.append(index)  # "gave students a quiz": both objects
                needed = True
                weak = child.tag_ == "PRP"
        elif (dep in {"xcomp", "ccomp"} or _infinitive(child)) and child.pos_ in {"VERB", "AUX"}:
            reports += dep == "ccomp"
            if reports > 1 and dep == "ccomp":
                # A verb reports one thing: a second reported clause is the parser's
                # misreading of what a dropped phrase held ("denied it will sell the
                # library amid claims it has agreed a price").
                continue
            index = _add_clause(doc, child, pieces, rank + _COMPLEMENT_RANK, me)
            pieces[index].argument = True
            if not needed or _told_to(verb, child):
                pieces[me].needs.append(index)
                needed = True
        elif dep == "npadvmod" and _is_sum(child):
            # "fined the plant £2million": the figure the verb comes to.
            _piece(pieces, [t.i for t in child.subtree if not t.is_punct], rank + _OBJECT_RANK, me)
        elif dep in {"prep", "agent"} and not _is_time(child):
            phrase = _add_phrase(doc, child, pieces, rank + _PHRASE_RANK + preps, me)
            if phrase is not None:
                preps += 1

                if pieces[phrase].argument and phrase not in pieces[me].needs:
                    pieces[me].needs.append(phrase)  # "put patients at risk": one phrase
                elif weak or (not needed and (parent is not None or not _has_object(verb))):
                    # "accused" needs "of spying", "ended" its "in tragedy".
                    pieces[me].needs.append(phrase)
                    needed = True
                    weak = False
        elif dep == "advcl" and (age := _age_clause(child)) is not None:
            # "when he was 9" is written "at 9": a figure, kept when it fits.
            _piece(pieces, list(age), rank + _ADVERBIAL_RANK, me)
        elif dep == "advcl" and child.pos_ in {"VERB", "AUX"} and _says(child):
            marks = [c.i for c in child.children if c.dep_ in {"mark", "advmod"} and c.i < child.i]
            if not marks and child.tag_ == "VBG":
                continue  # "..., sobbing as she ...": a trailing participle dangles
            index = _add_clause(doc, child, pieces, rank + _ADVERBIAL_RANK, me)
            pieces[index].tokens[1:1] = marks
            # A subordinate clause is kept whole or not at all ("as he labelled their
            # clash" without what he labelled it is a fragment); but one with a subject
            # of its own, that says a second event in the words of a clause ("while
            # Calder Town have been fined £5,000 following ..."), is whole
            # with its subject, verb and what the verb needs, as the news clause is.
            if not _own_event(child):
                pieces[index].needs = _descendants(pieces, index)
    _compare(doc, verb, pieces, me)
    return me


def _compare(doc: Any, verb: Any, pieces: list[_Piece], me: int) -> None:
    """ "Would rather have X than Y": the "than" phrase, wherever the parser hung it, is
    needed with the "rather" it completes ("would have X" alone says something else)."""
    rather = [c.i for c in verb.children if c.dep_ == "advmod" and c.lower_ in _RATHER]
    if not rather:
        return
    for piece in pieces[me + 1 :]:
        if piece.parent is None or not any(
            doc[i].lower_ == "than" and doc[i].dep_ == "prep" for i in piece.tokens
        ):
            continue
        piece.tokens += rather
        if piece.index not in pieces[piece.parent].needs:
            pieces[piece.parent].needs.append(piece.index)


def _add_phrase(doc: Any, prep: Any, pieces: list[_Piece], rank: float, parent: int) -> int | None:
    """A prepositional phrase: the preposition kept with its object."""
    objects = [c for c in prep.children if c.dep_ in {"pobj", "pcomp"}]
    if not objects:
        return None
    target = objects[0]
    if target.pos_ in {"VERB", "AUX"}:
        index = _add_clause(doc, target, pieces, rank, parent)
        pieces[index].tokens.append(prep.i)
        return index
    index = _add_noun(doc, target, pieces, rank, parent, lead=prep.i)
    if _bare(target):
        pieces[index].argument = True  # "at risk", "in court", "to death": part of the verb
    # "from a trawler off the coast of Port Linden": a phrase the parser hung on the first.
    for child in prep.children:
        if child.dep_ == "prep" and child.i > target.i and not _is_time(child):
            _add_phrase(doc, child, pieces, rank + 0.5, index)
    return index


def _add_noun(
    doc: Any,
    noun: Any,
    pieces: list[_Piece],
    rank: float,
    parent: int,
    *,
    lead: int | None = None,
) -> int:
    """A noun phrase: its head with the words that name it, then its other modifiers,
    its phrases ("of ...") and the clauses about it."""
    if noun.pos_ in {"VERB", "AUX"}:
        index = _add_clause(doc, noun, pieces, rank, parent)
        if lead is not None:
            pieces[index].tokens.append(lead)
        return index
    noun = _none_other_than(noun)
    tokens = [noun.i] + ([lead] if lead is not None else [])
    me = _piece(pieces, tokens, rank, parent)
    modifiers: list[int] = []
    for child in noun.children:
        dep = child.dep_
        if child.i > noun.i and dep not in {"conj", "cc", "prep", "acl", "relcl"}:
            continue
        if _is_age(child):
            continue  # "a 26-year-old instructor": a headline names the person, not the age
        if dep in {"nummod", "quantmod"}:
            # A figure keeps all its words: "more than 3,000 people".
            pieces[me].tokens += [t.i for t in child.subtree if not t.is_punct]
        elif dep in {"compound", "poss", "nmod", "case", "amod"}:
            # An age inside a name's words goes too ("26-year-old karate instructor Jo Bell").
            ages = {u.i for t in child.subtree if _is_age(t) for u in t.subtree}
            modifiers += [
                t.i
                for t in child.subtree
                if not _is_article(t) and not t.is_punct and t.i not in ages
            ]
        elif dep == "neg" or (dep == "advmod" and child.lower_ in _NEGATIONS):
            pieces[me].tokens.append(child.i)  # "not guilty" never loses its "not"
        elif dep == "det" and child.lower_ in {"no", "all", "every", "each", "both", "some"}:
            pieces[me].tokens.append(child.i)
    conjoined = [c for c in noun.children if c.dep_ == "conj"]
    if conjoined:
        cc = [c.i for c in noun.children if c.dep_ == "cc"]
        pieces[me].tokens += [*cc, conjoined[0].i]
        for child in conjoined[0].children:
            if child.dep_ in {"compound", "poss", "case", "nummod"}:
                pieces[me].tokens += [t.i for t in child.subtree if not t.is_punct]
    # The words that name the thing travel with it ("Tory MP", "Three Calder men").
    # So do a number's comparison ("four fewer crossings"), a unit's word after a number
    # ("200 square miles") and a superlative ("largest").
    figures = [c.i for c in noun.children if c.dep_ == "nummod"]
    if figures:
        modifiers, units = (
            [i for i in modifiers if i < min(figures)],
            [i for i in modifiers if i > min(figures)],
        )
        pieces[me].tokens += units
    names = [
        i
        for i in modifiers
        if doc[i].pos_ in {"PROPN", "NUM"}
        or doc[i].dep_ in {"case", "compound"}
        or (doc[i].dep_ == "poss" and doc[i].pos_ == "PRON")
        or doc[i].tag_ in {"JJR", "JJS"}
        or doc[i].lower_ in _STATUS | _ORDINALS
        or _ORDINAL.fullmatch(doc[i].lower_) is not None
        or (doc[i].dep_ == "amod" and doc[i].head.dep_ == "compound" and doc[i].head.i != noun.i)
        or (doc[i].pos_ == "ADJ" and doc[i].text[:1].isupper() and i != noun.sent.start)
        # "the Port of Calder dredging plan": the "of" inside the name, not "Port Calder".
        or (
            doc[i].lower_ in {"of", "and", "&"}
            and 0 < i < len(doc) - 1
            and doc[i - 1].pos_ == "PROPN"
            and doc[i + 1].pos_ == "PROPN"
        )
    ]
    spare = [i for i in names if _spare_possessive(doc[i], noun)]
    names = [i for i in names if i not in spare]
    pieces[me].tokens += names
    if spare:
        possessive = _piece(pieces, spare, rank, me)
        pieces[possessive].spare = True
        pieces[me].needs.append(possessive)
    rest = [i for i in modifiers if i not in names + spare]
    if rest and (_said_of(noun) or (noun.head.lower_ == "of" and _said_of(noun.head.head))):
        pieces[me].tokens += rest  # "is a far cry from": what is said of the subject
    elif rest:
        pieces[_piece(pieces, rest, rank + _MODIFIER_RANK, me)].colour = True
    preps = 0
    for child in noun.children:
        if child.i < noun.i:
            continue
        if _in_name(noun, child) or _named_by(noun, child):
            pieces[me].tokens += [t.i for t in child.subtree if not t.is_punct]
        elif child.dep_ == "prep" and (child.lower_ == "of" or not _is_time(child)):
            extra = _COMPLEMENT_RANK if child.lower_ == "of" else _PHRASE_RANK + 0.5
            phrase = _add_phrase(doc, child, pieces, rank + extra + preps, me)
            if phrase is not None:
                preps += 1
                if (
                    child.lower_ == "of"
                    and preps == 1
                    and (_partitive(noun) or _said_of(noun) or _defined_by_of(noun))
                ):
                    pieces[me].needs.append(phrase)  # "one of her first endorsements"
        elif child.dep_ == "relcl" and _set_off(doc, child):
            continue  # "Jo Bell, who is 32, was ...": an aside between commas, not who is meant
        elif child.dep_ in {"acl", "relcl"} and child.pos_ in {"VERB", "AUX"} and _says(child):
            clause = _add_clause(doc, child, pieces, rank + _NOUN_CLAUSE_RANK, me)
            if (
                _infinitive_of(child)
                and child.left_edge.i == noun.i + 1
                and child.left_edge.lower_ == "to"
            ):
                pieces[me].needs.append(clause)  # "work to do", "plans to build"
            elif noun.pos_ == "PRON" and child.dep_ == "relcl":
                pieces[me].needs.append(clause)  # "all you need to know": "all" says nothing
            elif lead is not None and _bare_content_noun(noun, child):
                # "amid fears it has run out of money": "amid fears" says nothing
                # without what is feared, so it goes whole or not at all.
                pieces[me].needs.append(clause)
    return me


def _descendants(pieces: list[_Piece], index: int) -> list[int]:
    """The pieces under a piece: "from the rubble" is news if "of the warehouse" is."""
    out: list[int] = []
    for piece in pieces:
        ancestor = piece.parent
        while ancestor is not None and ancestor != index:
            ancestor = pieces[ancestor].parent
        if ancestor == index:
            out.append(piece.index)
    return out


def _with_needs(pieces: list[_Piece], index: int) -> list[int]:
    group = [index]
    for need in pieces[index].needs:
        group += _with_needs(pieces, need)
    return group


def _bare_content_noun(noun: Any, clause: Any) -> bool:
    """Whether a noun with no word of its own before it ("reports", "claims", "fears")
    is followed at once by the clause that says what it holds ("fears it has run out of
    money", "claims that he lied"): a content clause, not a relative one ("claims which
    ..."), so the noun is empty without it."""
    if any(c.i < noun.i for c in noun.children) or noun.pos_ != "NOUN":
        return False
    opening = clause.left_edge
    return (
        opening.i == noun.i + 1
        and clause.i > noun.i
        and opening.tag_ not in {"WDT", "WP", "WP$", "WRB"}
        and any(c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children)
    )


def _defined_by_of(noun: Any) -> bool:
    """Whether "the" points at the "of" phrase after the object of an "-ing" phrase
    ("fined following the postponement of their cup tie", "... after ordering the
    closure of the ward"): without it the headline ends on a doing of nothing ("fined
    following postponement")."""
    definite = any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)
    doing = noun.head.dep_ in {"acl", "advcl", "pcomp", "prep"} and noun.head.tag_ == "VBG"
    return definite and doing and noun.dep_ in {"dobj", "pobj"}
