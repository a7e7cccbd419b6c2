"""Roles: what an actor is or does in the story, read from the words around a mention.

In order of preference: a title before the name ("Poland's Foreign Minister Radoslaw
Sikorski"), an apposition after it ("Okafor, the chair of the harbour board,"), a
predicate ("Okafor is the chair of ..."), a title set off before it ("the board's chair,
Miriam Okafor"), and last what the actor did or said ("said the plan would go ahead").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from builder.article import Article
from builder.extract import lexicon
from builder.extract.lexicon import terms
from builder.extract.nlp import Mention, verb_base

MAX_ROLE_WORDS = 14
_ROLE_WORDS = frozenset(w.lower() for w in lexicon.ROLE_HEADS)
_MODIFIERS = terms(
    """
    former, new, deputy, acting, senior, chief, top, interim, assistant, vice, general,
    then, outgoing, incoming, veteran, fellow, longtime, foreign, prime, finance, defence,
    defense, interior, health, justice, executive, managing, head, team, club, party,
    opposition, state, federal, national, regional, local, city, county, district,
    presidential, republican, democratic, conservative, labour, liberal, police, army,
    military, company, union, board, cabinet, trade, economy, energy, environment,
    education, transport, agriculture, home, british, american, european, secretary, lead,
    caretaker, permanent, first, second, associate, principal, founding, co-founder, ex
    """
)
_STOP_BEFORE = terms(
    """
    the, a, an, and, or, but, said, says, told, with, by, of, to, for, from, in, on, at, as,
    that, which, who, when, after, while, his, her, their, its, our, is, was, are, were,
    has, had, have
    """
)
_APPOSITION = re.compile(
    r"^\s*,\s*(?:(?:the|a|an|his|her|their|its)\s+)?([^,;:.()\"“”\n]{3,110}?)\s*(?:,|;|\.|\)|—)"
)
_PREDICATE = re.compile(
    r"^\s+(?:is|was|has been|had been|became|will become|remains)\s+(?:the|a|an)\s+"
    r"([^,;:.()\"“”\n]{3,110})"
)
_SET_OFF_BEFORE = re.compile(r"\b(?:the|a|an)\s+([^,;:.()\"“”\n]{3,90}),\s*$", re.IGNORECASE)
_AGE = re.compile(r"^\d{1,3}$")
_LEADING_NOISE = re.compile(
    r"^(?:who|which|whose|that|where|when|said|says|and|but)\b", re.IGNORECASE
)
_AUX = frozenset(
    {
        "will",
        "would",
        "could",
        "can",
        "may",
        "might",
        "must",
        "should",
        "has",
        "have",
        "had",
        "is",
        "was",
        "are",
        "were",
    }
)


def _has_role_word(phrase: str) -> bool:
    words = re.findall(r"[A-Za-z][A-Za-z-]*", phrase.lower())
    return any(w in _ROLE_WORDS for w in words)


def _clip(words: list[str]) -> str:
    return " ".join(words[:MAX_ROLE_WORDS]).strip(" ,;:-—")


def title_before(text: str, mention: Mention) -> str:
    """ "Poland's Foreign Minister" from "Poland's Foreign Minister Radoslaw Sikorski"."""
    words = text[max(0, mention.start - 120) : mention.start].split()
    if not words:
        return ""
    head = words[-1].lower().rstrip(".")
    if head not in _ROLE_WORDS or not re.match(r"^[A-Za-z-]+\.?$", words[-1]):
        return ""
    taken = [words[-1]]
    for word in reversed(words[:-1]):
        bare = word.lower()
        if re.search(r"[,.;:!?\"“”()]$", word) or bare in _STOP_BEFORE:
            break
        if re.search(r"['’]s$", word) and word[0].isupper():
            taken.append(word)  # "Poland's": the owner of the title ends the phrase
            break
        if word[0].isupper() or bare in _MODIFIERS or bare in _ROLE_WORDS or "-" in word:
            taken.append(word)
            continue
        break
    taken.reverse()
    if len(taken) == 1 and head in {"mr", "mrs", "ms", "miss", "dr", "sir"}:
        return ""
    return _clip(taken)


def apposition_after(text: str, mention: Mention) -> str:
    """ "the chair of the harbour board" from "Okafor, the chair of the harbour board,"."""
    following = text[mention.end : mention.end + 160]
    match = _APPOSITION.match(following)
    if match:
        phrase = match.group(1).strip()
        if _AGE.match(phrase):
            # "Klopp, 47, the German coach, ..."; skip the age and look again.
            rest = following[match.end() - 1 :]
            again = _APPOSITION.match(rest)
            phrase = again.group(1).strip() if again else ""
        if phrase and not _LEADING_NOISE.match(phrase) and _has_role_word(phrase):
            words = phrase.split()
            if len(words) <= MAX_ROLE_WORDS and not (
                words[0][0].isupper() and words[0].lower() in {"he", "she"}
            ):
                return _clip(words)
    match = _PREDICATE.match(following)
    if match and _has_role_word(match.group(1)):
        return _clip(match.group(1).split())
    return ""


def set_off_before(text: str, mention: Mention) -> str:
    """ "chief executive" from "the company's chief executive, Jane Doe"."""
    preceding = text[max(0, mention.start - 100) : mention.start]
    match = _SET_OFF_BEFORE.search(preceding)
    if match and _has_role_word(match.group(1)) and len(match.group(1).split()) <= 8:
        return _clip(match.group(1).split())
    return ""


def action_after(text: str, mention: Mention) -> str:
    """What the actor did: "said the plan would go ahead" from "Okafor said the plan ..."."""
    following = text[mention.end : mention.end + 200]
    following = re.sub(r"^['’]s?\b", "", following)
    sentence = re.split(r"(?<=[.!?])\s", following, maxsplit=1)[0]
    words = sentence.split()
    if not words:
        return ""
    first = words[0].lower().strip(",")
    if first in _AUX and len(words) > 1:
        pass
    elif not (first.isalpha() and words[0].islower() and verb_base(first)):
        return ""
    clause = re.split(r"[;:]|,\s+(?:but|while|and|which|who|as)\b", sentence)[0]
    phrase = _clip(clause.split()).rstrip(".!?\"”’'")
    return phrase if len(phrase.split()) >= 2 else ""


def find_role(article: Article, mentions: Sequence[Mention], kind: str) -> tuple[str, int | None]:
    """The best role for an actor and the sentence it comes from."""
    text = article.text
    ordered = sorted(mentions, key=lambda m: m.start)
    finders = (
        [title_before, apposition_after, set_off_before]
        if kind in {"person", "organization", "group"}
        else [apposition_after]
    )
    for finder in finders:
        for mention in ordered:
            role = finder(text, mention)
            if role:
                return role, mention.sentence
    for mention in ordered:
        role = action_after(text, mention)
        if role:
            return role, mention.sentence
    return "", None
