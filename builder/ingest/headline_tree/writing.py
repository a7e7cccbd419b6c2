"""Writing the kept tokens as headline text: order, quotation marks, initials, a child's age."""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from builder.ingest.headline_tree.grammar import (
    ADULT_AGE,
    DANGLING,
    MIN_WORDS,
    _age_clause,
    _is_age,
    _is_quote,
    _words,
)
from builder.ingest.headline_tree.tense import _headline_forms, _without_aspect

_DOUBLE_QUOTES = str.maketrans("", "", '"“”')


def _age_of(subject: Any | None) -> dict[int, str]:
    """The form that writes a child's age after the noun, as headlines do ("A 15-year-old
    boy has been charged" → "Boy, 15, charged"): how old a child is is part of the news.
    An adult's age, or one in months, is left out (see :func:`_is_age`)."""
    if subject is None or subject.pos_ != "NOUN":
        return {}
    for child in subject.children:
        if child.i > subject.i or not _is_age(child):
            continue
        words = [t.lower_ for t in child.subtree if not t.is_punct]
        years = words[0]
        if years.isdigit() and int(years) < ADULT_AGE and words[-2].startswith("year"):
            return {subject.i: f"{subject.text}, {years},"}
    return {}


def _count_words(doc: Any, tokens: list[int], forms: dict[int, str] | None = None) -> int:
    return len(_join(doc, tokens, forms).split())


def _join(doc: Any, tokens: list[int], forms: dict[int, str] | None = None) -> str:
    out = ""
    previous: int | None = None
    opening, closing = _scare_quotes(doc, tokens)
    for i in tokens:
        token = doc[i]
        if _is_quote(token) or (token.is_punct and token.text in {",", ";", ":", "(", ")"}):
            continue
        text = (forms or {}).get(i, token.text)
        text = text.translate(_DOUBLE_QUOTES)  # 'Space Patrol"-type' loses its stray mark
        if not text:
            continue
        text = ("'" if i in opening else "") + text + ("'" if i in closing else "")
        adjacent = previous is not None and previous == i - 1 and not doc[previous].whitespace_
        attached = token.dep_ == "case" or token.text.lower() in {"'s", "’s", "n't", "%"}
        out += text if (adjacent or attached or not out) else " " + text
        previous = i
    return out


# The most words a quotation may have for the headline to keep its quotation marks.
_SCARE_QUOTE_WORDS = 2


def _scare_quotes(doc: Any, tokens: list[int]) -> tuple[set[int], set[int]]:
    """The first and last tokens of the short quotations the headline keeps whole (councillors
    "sulking" about the budget): a word the article quotes is someone's word, not the
    paper's, and a headline says so in single quotation marks."""
    kept = set(tokens)
    opening: set[int] = set()
    closing: set[int] = set()
    for token in doc:
        if token.tag_ != "``":
            continue
        end = next(
            (t.i for t in doc[token.i + 1 : token.i + 2 + _SCARE_QUOTE_WORDS] if t.tag_ == "''"),
            None,
        )
        inside = range(token.i + 1, end) if end is not None else range(0)
        if inside and all(j in kept and not doc[j].is_punct for j in inside):
            opening.add(inside[0])
            closing.add(inside[-1])
    return opening, closing


def _write(
    doc: Any,
    verb: Any,
    tokens: list[int],
    subject: Any | None = None,
    short: Counter[str] | None = None,
) -> str:
    """The kept tokens in sentence order, the news verb in the headline present (the
    clauses under it keep their own tense: "... before he was ruled unfit"), and a name
    the story goes on to call by its initials written in them."""
    forms = _headline_forms(verb, subject)
    forms.update(_without_aspect(verb, tokens, forms, subject))
    forms.update(_initialisms(doc, tokens, short or Counter()))
    forms.update(_age_of(subject))
    forms.update(_ages_at(doc, tokens))
    while len(tokens) > MIN_WORDS and _dangles(doc[tokens[-1]], tokens):
        tokens = tokens[:-1]
    headline = _join(doc, tokens, forms)
    return headline[:1].upper() + headline[1:]


# A short form must be used this often before a headline prefers it to the full name, and
# have at least this many letters ("IS" or "US" would be read as words).
_SHORT_FORM_USES = 2
_SHORT_FORM_LETTERS = 3
_NAME_LINKS = _words("of and for the")


def _short_forms(text: str) -> Counter[str]:
    """How often the article writes each word in capitals (NHS, NASA, WHO)."""
    return Counter(re.findall(rf"\b[A-Z]{{{_SHORT_FORM_LETTERS},6}}\b", text))


def _initialisms(doc: Any, tokens: list[int], short: Counter[str]) -> dict[int, str]:
    """Forms that write a kept name by the initials the story uses for it: a sub-editor
    writes "NHS" for "National Health Service" once the article has, to save the room.

    A name is a run of adjacent proper nouns, joined by "of", "and", "for" or "the"; any
    part of it of two words or more whose capitals spell a short form the article uses
    at least :data:`_SHORT_FORM_USES` times is replaced by that form."""
    kept = set(tokens)
    forms: dict[int, str] = {}
    runs: list[list[int]] = []
    for i in tokens:
        token = doc[i]
        joins = token.lower_ in _NAME_LINKS and runs and runs[-1][-1] == i - 1
        if token.pos_ == "PROPN" or joins:
            if runs and runs[-1][-1] == i - 1:
                runs[-1].append(i)
            else:
                runs.append([i])
    for run in runs:
        while run and doc[run[-1]].lower_ in _NAME_LINKS:
            run.pop()  # "Bank of": the name ends on a name
        start = 0
        while start < len(run):
            for end in range(len(run), start + 1, -1):
                part = run[start:end]
                words = [doc[i] for i in part if doc[i].lower_ not in _NAME_LINKS]
                letters = "".join(w.text[0] for w in words if w.text[:1].isupper())
                if (
                    len(words) >= 2
                    and len(letters) == len(words)
                    and doc[part[0]].lower_ not in _NAME_LINKS
                    and short[letters] >= _SHORT_FORM_USES
                    and not any(doc[i].text == letters for i in kept)
                ):
                    forms.update(dict.fromkeys(part, ""))
                    forms[part[0]] = letters
                    start = end
                    break
            else:
                start += 1
    return forms


def _dangles(token: Any, tokens: list[int]) -> bool:
    """Whether a headline ending on the token would stop mid-phrase: a function word,
    or a participle whose own words were left out ("embryos created", "set of inspiring")."""
    if (
        token.tag_ in {"VBG", "VBN"}
        and token.dep_ in {"acl", "pcomp"}
        and any(c.i > token.i and c.i not in tokens and not c.is_punct for c in token.children)
    ):
        return True
    if token.is_punct or _is_quote(token):
        return True
    if token.pos_ == "AUX":
        return token.dep_ in {"aux", "auxpass"}  # "work to do" ends on a verb of its own
    if token.pos_ in {"ADP", "DET", "CCONJ", "SCONJ", "PART", "PRON"}:
        return token.dep_ not in {"prt", "dobj", "pobj", "nsubj", "advmod", "acomp", "neg"}
    return token.lower_ in DANGLING and token.pos_ not in {"NOUN", "PROPN", "ADV", "ADJ", "VERB"}


def _ages_at(doc: Any, tokens: list[int]) -> dict[int, str]:
    """ "when he was 9" kept as its "when" and number is written "at 9"."""
    forms: dict[int, str] = {}
    for i in tokens:
        age = _age_clause(doc[i].head) if doc[i].lower_ == "when" else None
        if age is not None and age[1] in tokens:
            forms[i] = "at"
    return forms
