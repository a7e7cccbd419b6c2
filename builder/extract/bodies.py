"""Bodies the news names by a common noun: "police said", "prosecutors argued".

A story about a shooting or a trial often never names the force or the prosecuting
office, yet "police" is the subject of half its sentences: an analyst lists it. The
recogniser tags no such word, so this module finds them: a noun from :data:`BODY_NOUNS`
that the article uses at least :data:`MIN_USES` times, at least once as the subject of a
verb or the agent of a passive ("were arrested by police"), read from the parse. Its
mentions join a named body that ends with the same noun ("Calder County Police",
"Vask Valley police"), else they make an actor of their own named by the noun.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable
from typing import Any

from builder.article import Article
from builder.extract.aliases import C, absorb
from builder.extract.nlp import Mention, parse

# The noun as written -> the name of the body it stands for. General English: the
# bodies that act in crime, court and emergency news without a proper name.
BODY_NOUNS = {
    "police": "Police",
    "detectives": "Police",
    "prosecutors": "Prosecutors",
}
MIN_USES = 2
# Uses read with the parser for a sign that the body acts; the rest are only counted.
MAX_PARSED = 4
_BODY_WORDS = frozenset({"department", "service", "force", "office", "bureau", "authority"})
_AGENT_DEPS = frozenset({"nsubj", "nsubjpass"})
_NOUN = re.compile(r"(?<![\w-])(" + "|".join(BODY_NOUNS) + r")(?![\w-])", re.IGNORECASE)


def _acts(article: Article, mention: Mention) -> bool:
    """Whether the noun is a subject ("police said") or a passive's agent ("by police")."""
    if not 0 < mention.sentence <= len(article.sentences):
        return False
    sentence = article.sentences[mention.sentence - 1]
    doc: Any = parse(article.text[sentence.start : sentence.end])
    offset = mention.start - sentence.start
    span = doc.char_span(offset, offset + len(mention.text), alignment_mode="expand")
    if span is None or not len(span):
        return False
    root = span.root
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head  # "police and firefighters said"
    if root.dep_ in _AGENT_DEPS:
        return bool(root.head.pos_ in {"VERB", "AUX"})
    return bool(root.dep_ == "pobj" and root.head.dep_ == "agent")


def _names_body(tokens: list[str], noun: str) -> bool:
    """ "Vask Valley Police", "Calder County Police Department": a name of more than the
    noun, ending with it or with it and the words for a body ("department", "service")."""
    if noun not in tokens[1:]:
        return False
    rest = tokens[tokens.index(noun, 1) + 1 :]
    return all(word in _BODY_WORDS for word in rest)


def add_body_actors(
    article: Article,
    clusters: list[C],
    labels: dict[str, Counter[str]],
    make: Callable[[str], C],
) -> None:
    """Add the mentions of bodies named by a common noun, to a named body or a new actor."""
    text = article.text
    covered = sorted((m.start, m.end) for c in clusters for m in c.mentions)
    starts = [s.start for s in article.sentences]
    if not starts:
        return
    found: dict[str, list[Mention]] = {}
    for match in _NOUN.finditer(text):
        span = (match.start(), match.end())
        if any(a < span[1] and span[0] < b for a, b in covered):
            continue  # inside a name the recogniser found ("Calder Police Department")
        word = match.group(1)
        if word[0].isupper() and match.start() > 0 and text[match.start() - 1] not in "\n\"“‘'(":
            before = text[: match.start()].rstrip()
            if before and before[-1] not in ".!?:":
                continue  # "Police Scotland", "the Police Federation": part of a name
        index = max(bisect.bisect_right(starts, match.start()) - 1, 0)
        mention = Mention(word, "ORG", span[0], span[1], index + 1)
        found.setdefault(BODY_NOUNS[word.lower()], []).append(mention)
    for name, mentions in found.items():
        # The recogniser's own "Police" or "Detectives" (a capital at a sentence's start).
        tagged = [c for c in clusters if BODY_NOUNS.get(c.key) == name]
        uses = [*mentions, *(m for c in tagged for m in c.mentions)]
        if len(uses) < MIN_USES or not any(_acts(article, m) for m in uses[:MAX_PARSED]):
            continue
        last = name.lower()
        named = [
            c
            for c in clusters
            if _names_body(c.key.split(), last)
            and labels[c.key].most_common(1)[0][0] in {"ORG", "GPE", "NORP"}
        ]
        if named:
            cluster = max(named, key=lambda c: len(c.mentions))
        elif tagged:
            cluster = tagged[0]
        else:
            cluster = make(last)
            clusters.append(cluster)
            labels[last] = Counter()
        if not named:
            cluster.forms[name] += len(mentions)
        cluster.mentions.extend(mentions)
        labels[cluster.key]["ORG"] += len(mentions)
        for other in tagged:
            if other is not cluster:
                absorb(cluster, other, labels)
                clusters.remove(other)
