"""Who a person is to someone the article names: "father of Ana Ruiz".

A story often says it from the other side: "Tom Ruiz told the court his daughter, Ana
Ruiz, had left home" names Ana by her tie to him ("his daughter"), and so names Tom as
her father. The possessive pronoun stands for the subject of the sentence's main verb,
and says whether that person is a man or a woman, which picks the word for the tie.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from builder.article import Article
from builder.extract.clauses import words_of
from builder.extract.nlp import Mention
from builder.extract.syntax import _SUBJECTS, _span, clean_phrase

# The tie the other person has to the subject, and what the subject is to that person,
# by the subject's possessive ("his daughter": he is her father).
_INVERSE: dict[str, dict[str, str]] = {
    "daughter": {"his": "father", "her": "mother"},
    "son": {"his": "father", "her": "mother"},
    "child": {"his": "father", "her": "mother"},
    "mother": {"his": "son", "her": "daughter"},
    "father": {"his": "son", "her": "daughter"},
    "brother": {"his": "brother", "her": "sister"},
    "sister": {"his": "brother", "her": "sister"},
    "wife": {"his": "husband"},
    "husband": {"her": "wife"},
    "girlfriend": {"his": "boyfriend"},
    "boyfriend": {"her": "girlfriend"},
    "fiancee": {"his": "fiance"},
    "fiance": {"her": "fiancee"},
}


# Forms of address before a name that say whether the person is a man or a woman.
_ADDRESS = re.compile(r"\b(Mr|Sir|Lord|Mrs|Ms|Miss|Lady|Dame)\.?\s+$")
_HIS = frozenset({"Mr", "Sir", "Lord"})


def kin_of(article: Article, mention: Mention, mentions: Sequence[Mention] = ()) -> str:
    """ "father of Ana Ruiz" when the mention is its sentence's main subject and the
    sentence names "his daughter, Ana Ruiz"; "" otherwise, or when the person's form of
    address elsewhere ("Mrs Ruiz") says the pronoun stands for someone else."""
    found = _span(article, mention)
    if found is None:
        return ""
    doc, span = found
    root = span.root
    if root.dep_ not in _SUBJECTS or root.head.dep_ != "ROOT":
        return ""
    own = set(range(span.start, span.end))
    for noun in doc:
        ties = _INVERSE.get(noun.lower_)
        if not ties or noun.tag_ != "NN" or noun.i in own:
            continue
        owner = next((c.lower_ for c in noun.children if c.dep_ == "poss"), "")
        named = [c for c in noun.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
        if owner not in ties or not named or _addressed(article, mentions) not in {"", owner}:
            continue
        name = words_of(sorted(named[0].subtree, key=lambda t: t.i))
        if any(t.i in own for t in named[0].subtree) or len(name) > 4:
            continue
        return clean_phrase([ties[owner], "of", *name])
    return ""


def _addressed(article: Article, mentions: Sequence[Mention]) -> str:
    """ "his" or "her" as the person's forms of address tell ("Mr Ruiz"), else ""."""
    for mention in mentions:
        match = _ADDRESS.search(article.text[max(0, mention.start - 8) : mention.start])
        if match:
            return "his" if match.group(1) in _HIS else "her"
    return ""
