"""A clause cut to a role's length by whole dependents, never by counting words.

A verb phrase longer than a role ("has lost £40million in sales since it was fined
by the regulator and warned ...") loses its optional dependents — the right-most first:
a trailing clause, a prepositional phrase, an adverb, a conjoined verb — until it fits.
What is left still ends where a phrase ends ("has lost £40million in sales"), where
cutting at the fifteenth word would stop mid-phrase. The verb and its required
arguments (object, complement clause, subject) are never dropped.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from builder.extract.lexicon import terms
from builder.extract.nlp import verb_base

# Dependents a phrase can lose and still say what the verb did.
OPTIONAL = frozenset(
    {
        "prep",
        "advcl",
        "npadvmod",
        "advmod",
        "conj",
        "cc",
        "relcl",
        "acl",
        "appos",
        "parataxis",
        "dep",
        "intj",
        "meta",
        "preconj",
    }
)
# Time words that date a clause but say nothing of what was done ("said Thursday ...").
_WHEN = frozenset(
    {
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "today",
        "yesterday",
        "tonight",
        "tomorrow",
    }
)


# Verbs that need their preposition ("rely on", "lead to", "consist of").
_PREPOSITIONAL = terms(
    """
    rely, depend, consist, insist, hinge, dwell, cope, comply, belong, refer, amount, account,
    stem, result, count, focus, lead, contribute, participate, object, succeed, apply, wait,
    look, deal
    """
)


def words_of(tokens: Iterable[Any]) -> list[str]:
    """Token texts as they stand in the sentence: no space before a comma.
    A word the tokenizer split at its hyphens ("vice-premier", "thinly-veiled") is
    written whole when the tokens hold part of it: the parse often hangs its parts on
    different heads, and half of it ("is also vice", "a -veiled criticism") is no word."""
    out: list[str] = []
    previous: Any = None
    for token in whole_words(tokens):
        if token.is_space:
            continue
        glued = previous is not None and previous.i == token.i - 1 and not previous.whitespace_
        # A comma after words left out ("$4.2 million [in fines], the largest") still
        # closes the word before it.
        if out and (glued or token.text in _CLOSING):
            out[-1] += token.text
        else:
            out.append(token.text)
        previous = token
    return out


_HYPHENS = frozenset({"-", "‐", "‑"})
_CLOSING = frozenset({",", ";", ":", ".", "!", "?", ")"})


def _hyphen_joined(texts: list[str], spaced: list[bool], i: int) -> bool:
    """Whether tokens i and i + 1 are parts of one word written with a hyphen."""
    if i < 0 or i + 1 >= len(texts) or spaced[i]:
        return False
    if texts[i] in _HYPHENS:  # "-" then "premier"
        hyphen, before, after = i, i - 1, i + 1
    elif texts[i + 1] in _HYPHENS:  # "vice" then "-"
        hyphen, before, after = i + 1, i, i + 2
    else:
        return False
    return (
        before >= 0
        and after < len(texts)
        and not spaced[before]
        and not spaced[hyphen]
        and texts[before][-1:].isalnum()
        and texts[after][:1].isalnum()
    )


def _hyphenated(doc: Any) -> dict[int, range]:
    """The tokens of each word written with hyphens, by each token of it; a token that is
    a word alone is not listed."""
    # Kept with the parse: every phrase cut to length asks again, token by token.
    found: dict[int, range] | None = doc.user_data.get(_HYPHENATED)
    if found is None:
        texts = [t.text for t in doc]
        spaced = [bool(t.whitespace_) for t in doc]
        found = {}
        first = 0
        for i in range(len(texts)):
            if not _hyphen_joined(texts, spaced, i):
                if i > first:
                    word = range(first, i + 1)
                    found.update(dict.fromkeys(word, word))
                first = i + 1
        doc.user_data[_HYPHENATED] = found
    return found


_HYPHENATED = "briefing.hyphenated"


def whole_words(tokens: Iterable[Any]) -> list[Any]:
    """The tokens in their order, each with the rest of a hyphenated word it is part of."""
    out: list[Any] = []
    seen: set[int] = set()
    for token in tokens:
        word = _hyphenated(token.doc).get(token.i)
        if word is None:
            if token.i not in seen:
                seen.add(token.i)
                out.append(token)
            continue
        for i in word:
            if i not in seen:
                seen.add(i)
                out.append(token.doc[i])
    return out


def _subtree(token: Any) -> frozenset[int]:
    # Kept with the parse, which is cached per sentence: cutting a phrase to length asks
    # for the same subtrees again on every round.
    cache: dict[int, frozenset[int]] = token.doc.user_data.setdefault(_SUBTREES, {})
    found = cache.get(token.i)
    if found is None:
        found = cache[token.i] = frozenset(t.i for t in token.subtree)
    return found


_SUBTREES = "briefing.subtrees"


def undated(tokens: Iterable[Any]) -> list[Any]:
    """The tokens without a bare day word modifying a verb ("said Thursday that ...")."""
    kept = list(tokens)
    dropped: set[int] = set()
    for token in kept:
        if token.dep_ in {"npadvmod", "tmod"} and token.lower_ in _WHEN:
            dropped |= _subtree(token)
        # "struck off on Thursday": a day after "on" dates the act, nothing more.
        objects = [c for c in token.children if c.dep_ == "pobj"]
        if (
            token.dep_ == "prep"
            and token.lower_ == "on"
            and len(objects) == 1
            and objects[0].lower_ in _WHEN
            and len(_subtree(token)) == 2
        ):
            dropped |= _subtree(token)
    return [t for t in kept if t.i not in dropped]


def fit(tokens: Iterable[Any], keep: Any, budget: int) -> list[Any]:
    """The tokens cut to ``budget`` words by dropping whole optional dependents, the one
    that ends right-most first (the outermost of those ending together); [] when even
    the verb and its required arguments do not fit."""
    kept = {t.i: t for t in sorted(tokens, key=lambda t: t.i)}
    while len(words_of(kept.values())) > budget:
        candidates = [
            t
            for t in kept.values()
            if t.i != keep.i
            and t.dep_ in OPTIONAL
            and t.head.i in kept
            and t.i != t.head.i
            and not _required(t)
            and not _breaks_word(t, kept)
        ]
        if not candidates:
            return []
        # Edges within what is kept: a clause already dropped does not count.
        edges = {t.i: [i for i in _subtree(t) if i in kept] for t in candidates}
        last = max(max(edges[t.i]) for t in candidates)
        ending = sorted(
            (t for t in candidates if max(edges[t.i]) == last), key=lambda t: min(edges[t.i])
        )
        # The smallest of the parts that end right-most and whose loss makes the phrase
        # fit ("reports of a breach" keeps its "of a breach"); else the largest of them.
        chosen = next(
            (
                t
                for t in reversed(ending)
                # Only a noun's modifier or the verb's own adjunct leaves a whole phrase;
                # "along with ..." without "with ..." would stop on "along".
                if (t.head.pos_ in {"NOUN", "PROPN"} or t.head.i == keep.i)
                and len(words_of(t2 for i, t2 in kept.items() if i not in _dropped(t))) <= budget
            ),
            ending[0],
        )
        for index in _dropped(chosen):
            kept.pop(index, None)
    ordered = _without_closing_name(
        _without_emptied_clause(sorted(kept.values(), key=lambda t: t.i))
    )
    # A comma left beside another, or before a closing one, by a dropped aside.
    return [
        t
        for n, t in enumerate(ordered)
        if not (t.text == "," and n + 1 < len(ordered) and ordered[n + 1].is_punct)
    ]


# Verbs that say nothing without the clause they tell of ("after it emerged", "as
# police revealed").
_TELLING = terms(
    """
    emerge, reveal, say, claim, believe, think, show, find, learn, announce, confirm,
    suggest, report, insist, warn, admit, deny, fear, hope, know, realise, realize, discover
    """
)


def _without_emptied_clause(ordered: list[Any]) -> list[Any]:
    """Without a subordinate clause at the end whose verb lost what it tells of ("...
    about poverty after it emerged", the parser having hung "more than a million people
    turned to food banks" elsewhere): the words before it are the phrase."""
    words = [t for t in ordered if not t.is_punct]
    if not words:
        return ordered
    last = words[-1]
    if (
        last.pos_ not in {"VERB", "AUX"}
        or last.dep_ != "advcl"
        or (verb_base(last.lower_) or last.lower_) not in _TELLING
    ):
        return ordered
    inside = _subtree(last)
    rest = [t for t in ordered if t.i not in inside]
    return rest if len([t for t in rest if not t.is_punct]) >= 3 else ordered


def _without_closing_name(ordered: list[Any]) -> list[Any]:
    """Without a name set off by a comma after the noun it names, at the phrase's end
    ("access to the reporter, Erik Sand"): the name is an actor of its own, and the noun
    says enough."""
    words = [t for t in ordered if not t.is_punct]
    if not words:
        return ordered
    name = words[-1]
    while name.dep_ == "compound" and name.head.i > name.i:
        name = name.head
    while name.dep_ != "appos" and name.head.i != name.i and name.head.pos_ == "PROPN":
        name = name.head
    if name.dep_ != "appos" or name.pos_ != "PROPN" or name.head.pos_ != "NOUN":
        return ordered
    inside = _subtree(name)
    before = name.left_edge.i - 1
    if max(inside) < words[-1].i or before <= name.head.i or name.doc[before].text != ",":
        return ordered  # "his dog Sam", "dropped back row Ana Ruiz": no name set off
    rest = [t for t in ordered if t.i not in inside]
    while rest and rest[-1].is_punct:
        rest.pop()
    return rest if len(rest) >= 3 else ordered


# A preposition and a noun that make one preposition with the "of" after them ("in place
# of", "on behalf of"): the "of" phrase is never cut off alone.
_OF_PHRASES = frozenset(
    tuple(p.split())
    for p in (
        "in place", "in front", "on behalf", "in charge", "in favour", "in favor",
        "in terms", "in spite", "in case", "in light", "in view", "in search",
        "in support", "in honour", "in honor", "in memory", "on top", "in excess",
        "in respect", "by way", "in need",
    )
)  # fmt: skip


def _dropped(token: Any) -> set[int]:
    """The token's subtree, with the conjunction before a conjunct ("... and warned");
    for the "of" of "in place of", the whole phrase ("in place" would stop mid-phrase)."""
    outer = token.head.head
    if (
        token.dep_ == "prep"
        and token.lower_ == "of"
        and token.head.dep_ == "pobj"
        and (outer.lower_, token.head.lower_) in _OF_PHRASES
    ):
        return set(_subtree(outer))
    drop = set(_subtree(token))
    if token.dep_ == "conj":
        drop |= {c.i for c in token.head.children if c.dep_ == "cc" and c.i < token.i}
    return drop


def _required(token: Any) -> bool:
    """A phrase a copula or an adjective needs ("are on board", "due for repairs"),
    though a preposition elsewhere is not."""
    if token.dep_ != "prep":
        return False
    # "asked regulators for a rate increase to pay for upgrades": without its "for ...",
    # the verb's object would read as the one asked to pay.
    if any(c.dep_ == "xcomp" and c.i > token.i for c in token.head.children):
        return True
    # "Control of Harbour Works Act", "Bank of England": inside a name.
    inside_name = token.head.pos_ == "PROPN" and any(
        c.dep_ == "pobj" and c.pos_ == "PROPN" for c in token.children
    )
    if inside_name or token.head.lower_ in _BE or token.head.pos_ == "ADJ":
        return True
    # "a string of complaints", "one of four drivers": a share means nothing without its whole.
    if token.lower_ == "of" and (
        token.head.pos_ in {"NUM", "PRON"} or token.head.lower_ in _SHARES
    ):
        return True
    # "was relying on outdated data": a verb that means nothing without its preposition
    # keeps the first one when it has no object.
    head = token.head
    objects = {"dobj", "ccomp", "xcomp", "attr", "acomp", "oprd", "dative"}
    first = min((c.i for c in head.children if c.dep_ == "prep"), default=token.i)
    return (
        head.pos_ == "VERB"
        and (verb_base(head.lower_) or head.lower_) in _PREPOSITIONAL
        and token.i == first
        and token.i > head.i
        and not any(c.dep_ in objects | {"auxpass", "agent"} for c in head.children)
    )


_BE = frozenset({"is", "are", "was", "were", "be", "been", "being", "am"})
# Nouns of a number or a share, which need what they count ("a string of", "a series of").
_SHARES = terms(
    """
    one, some, most, many, all, none, each, both, half, part, rest, majority, number,
    host, string, series, handful, couple, pair, dozens, lot, lots, total, catalogue, litany
    """
)


def _breaks_word(token: Any, kept: dict[int, Any]) -> bool:
    """Whether dropping the token's subtree would cut a word in two ("re-enter")."""
    doc = token.doc
    left, right = token.left_edge.i, token.right_edge.i
    before = left - 1 in kept and not doc[left - 1].whitespace_ and not doc[left].is_punct
    after = right + 1 in kept and not doc[right].whitespace_ and not doc[right + 1].is_punct
    return before or after


def trim_edges(tokens: list[Any]) -> list[Any]:
    """Without punctuation at either end (quotation marks, commas)."""
    while tokens and tokens[0].is_punct:
        tokens = tokens[1:]
    while tokens and tokens[-1].is_punct:
        tokens = tokens[:-1]
    return tokens
