"""Composing the headline: the pieces that fit, and the checks that what fits reads as one."""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from builder.ingest.headline_tree.grammar import _PARTS, DANGLING, MAX_WORDS, _is_quote
from builder.ingest.headline_tree.pieces import _add_clause, _descendants, _Piece, _with_needs
from builder.ingest.headline_tree.tense import _headline_forms
from builder.ingest.headline_tree.writing import _age_of, _count_words, _initialisms, _write

_CONTENT = frozenset({"NOUN", "PROPN", "VERB", "ADJ", "NUM"})
_KEY_LETTERS = 6


def _counts(text: str) -> Counter[str]:
    """How often the article uses each word (by its first letters, so that "charge",
    "charges" and "charged" count together)."""
    return Counter(_key(w) for w in re.findall(r"[^\W_]+", text.lower()))


def _key(word: str) -> str:
    return word.lower()[:_KEY_LETTERS]


# How often the story must use a describing word before the headline keeps it ("a
# scathing attack" is colour; the "flooded homes" of a story about floods is not).
_COLOUR_USES = 3


def _repeated(doc: Any, tokens: set[int], counts: Counter[str], uses: int = 2) -> bool:
    """Whether a piece says something the story is about: a name, a figure, or a content
    word the article uses again (a one-off "scathing" or "in the early hours" is colour)."""
    for i in tokens:
        token = doc[i]
        if token.pos_ in {"PROPN", "NUM"} or token.tag_ == "$":
            return True  # a name or a figure is news wherever it stands
        content = token.pos_ in _CONTENT and token.lower_ not in DANGLING and len(token.text) > 2
        if content and counts[_key(token.text)] >= uses:
            return True
    return False


def _compress(
    doc: Any,
    verb: Any,
    subject: Any,
    counts: Counter[str],
    short: Counter[str] | None = None,
) -> str | None:
    """The headline of the clause, or None when what fits would not read as one."""
    pieces: list[_Piece] = []
    _add_clause(doc, verb, pieces, rank=0.0, parent=None, subject=subject)
    # Words are counted as the headline will write them: the auxiliaries its tense drops
    # ("are investigating" → "investigate") and a name put in initials take no room.
    forms = _headline_forms(verb, subject)
    forms.update(_initialisms(doc, [t.i for t in doc], short or Counter()))
    forms.update(_age_of(subject))
    kept = _choose(doc, pieces, counts, forms)
    if _count_words(doc, kept, forms) > MAX_WORDS and any(p.spare for p in pieces):
        # Too long with "his", "her", "their": the headline writes "urges staff".
        for piece in pieces:
            piece.kept = False
            piece.needs = [n for n in piece.needs if not pieces[n].spare]
            if piece.spare:
                piece.tokens = []
        kept = _choose(doc, pieces, counts, forms)
    if _doubled_preposition(doc, kept) or _count_words(doc, kept, forms) > MAX_WORDS:
        return None  # the pieces that cannot go without each other do not fit
    if any(_measures_a_verb(doc[i]) for i in kept) or _unsaid(verb, kept):
        return None
    return _write(doc, verb, kept, subject, short)


def _doubled_preposition(doc: Any, tokens: list[int]) -> bool:
    """Whether the same preposition comes twice with at most one word between, and that
    no noun ("with all with team news"): what stood between the two phrases was left out,
    so the title is a fragment ("for hours for food" is two phrases, and reads well)."""
    seen: dict[str, int] = {}
    for place, i in enumerate(tokens):
        token = doc[i]
        if token.pos_ != "ADP":
            continue
        between = tokens[seen[token.lower_] + 1 : place] if token.lower_ in seen else None
        # "for hours for food" has its noun between: two phrases.
        if between is not None and len(between) <= 1 and not _has_noun(doc, between):
            return True
        seen[token.lower_] = place
    return False


def _has_noun(doc: Any, tokens: list[int]) -> bool:
    return any(doc[j].pos_ in {"NOUN", "PROPN", "NUM"} for j in tokens)


def _unsaid(verb: Any, kept: list[int]) -> bool:
    """Whether the news verb lost the clause it reports ("Actor reveals" with what he
    revealed left out, or hung by the parser on a noun): a fragment, not a headline. A
    second reported clause is a misreading (see :func:`_add_clause`) and is not asked for."""
    reported = [c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i][:1]
    return any(not any(t.i in kept for t in c.subtree) for c in reported)


def _measures_a_verb(noun: Any) -> bool:
    """Whether a measure's "of" holds only a describing word ("a series of stunning
    before and after photos" read with "stunning" as the object, or as a verb): the noun
    the series is of is lost, and the headline would end mid-way ("posts series of
    stunning")."""
    if noun.lower_ not in _PARTS or noun.pos_ != "NOUN":
        return False
    return any(
        c.dep_ == "prep"
        and c.lower_ == "of"
        and any(
            (
                g.dep_ == "pcomp"
                and g.tag_ == "VBG"
                and not any(h.dep_ == "dobj" for h in g.children)
            )
            or (g.dep_ == "pobj" and g.pos_ == "ADJ")
            for g in c.children
        )
        for c in noun.children
    )


def _choose(
    doc: Any, pieces: list[_Piece], counts: Counter[str], forms: dict[int, str] | None = None
) -> list[int]:
    """The tokens of the most important pieces that fit in the headline; a piece that
    is not needed is kept only when the story repeats what it says."""
    needed = {n for p in pieces for n in p.needs}
    kept: set[int] = set()
    for piece in sorted(pieces, key=lambda p: (p.rank, p.index)):
        if piece.kept or (piece.parent is not None and not pieces[piece.parent].kept):
            continue
        group = _with_needs(pieces, piece.index)
        tokens = {i for p in group for i in _whole_words(doc, pieces[p].tokens)}
        if piece.rank > 0 and _count_words(doc, sorted(kept | tokens), forms) > MAX_WORDS:
            continue  # the subject and the verb stay, whatever their length
        optional = piece.index not in needed and not piece.argument
        below = {i for p in _descendants(pieces, piece.index) for i in pieces[p].tokens}
        if piece.rank > 0 and optional and not _repeated(doc, tokens | below, counts):
            continue
        if piece.colour and not _repeated(doc, tokens, counts, _COLOUR_USES):
            continue
        if _detached(doc, piece, kept | tokens):
            continue
        kept |= tokens
        for p in group:
            pieces[p].kept = True
    return sorted(kept)


def _detached(doc: Any, piece: _Piece, kept: set[int]) -> bool:
    """Whether a relative clause would stand away from the noun it is about: "... a
    councillor over claims he tried to buy votes", its "over claims" left out, would read
    "councillor he tried to buy votes". What stands before the clause must stay too."""
    if not piece.clause:
        return False
    verb = doc[piece.tokens[0]]
    if verb.dep_ != "relcl":
        return False
    before = verb.left_edge.i - 1
    return (
        before > verb.head.i
        and before not in kept
        and not doc[before].is_punct
        and doc[before].pos_ not in {"ADV", "PART"}  # "a trend comes around that ..."
    )


def _whole_words(doc: Any, tokens: list[int]) -> list[int]:
    """Tokens with the tokens written onto them ("multi", "-", "million"; "U.S.")."""
    out = set(tokens)
    for i in tokens:
        j = i
        while j > 0 and not doc[j - 1].whitespace_ and not _is_quote(doc[j - 1]):
            j -= 1
            out.add(j)
        j = i
        while j + 1 < len(doc) and not doc[j].whitespace_ and not _is_quote(doc[j + 1]):
            if doc[j + 1].is_punct and doc[j + 1].text in {",", ".", ";", ":", "!", "?", ")"}:
                break
            j += 1
            out.add(j)
    return sorted(out)
