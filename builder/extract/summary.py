"""Summary: the two or three article sentences that best say what happened, why, and next.

News puts the event first, so position weighs most; among the opening sentences the
engine prefers those that carry the article's frequent content words and its main
actors, skips captions, credits, bylines and boilerplate, drops a sentence that mostly
repeats one already chosen, and stops at about 75 words. Sentences are quoted whole
(never rewritten), so each one is its own evidence.
"""

from __future__ import annotations

import functools
import math
import re
from collections import Counter
from collections.abc import Sequence

from builder.article import Article
from builder.extract.lexicon import terms
from builder.sentences import Sentence

MAX_WORDS = 75
MAX_SENTENCES = 3
MIN_WORDS = 6
LONG_SENTENCE = 55
WINDOW = 4  # how far into the article (in candidate sentences) a summary may reach
# Weights of the sentence score: position, frequent content words, headline words.
POSITION_WEIGHT = 1.0
CENTRALITY_WEIGHT = 0.15
TITLE_WEIGHT = 0.5
QUOTE_FACTOR = 0.7  # a quotation rarely states what happened
STOPWORDS = terms(
    """
    a, about, above, after, again, against, all, also, am, an, and, any, are, as, at, be,
    because, been, before, being, below, between, both, but, by, can, could, did, do, does,
    doing, down, during, each, few, for, from, further, had, has, have, having, he, her,
    here, hers, herself, him, himself, his, how, i, if, in, into, is, it, its, itself, just,
    me, more, most, my, no, nor, not, now, of, off, on, once, only, or, other, our, ours,
    out, over, own, same, she, should, so, some, such, than, that, the, their, theirs, them,
    then, there, these, they, this, those, through, to, too, under, until, up, very, was,
    we, were, what, when, where, which, while, who, whom, why, will, with, would, you, your,
    yours, said, says, say, told, new, one, two, also, year, years, mr, mrs, ms
    """
)
_WORD = re.compile(r"[a-z0-9]+(?:['’-][a-z0-9]+)*")
_BOILERPLATE = re.compile(
    r"^(?:photo|picture|image|credit|source|video|watch|read more|click|scroll down|follow|"
    r"share|subscribe|sign up|advertisement|copyright|all rights reserved|by [A-Z][a-z]+ "
    r"[A-Z][a-z]+$|updated?|published|last modified|related|see also)\b|"
    r"\((?:reuters|ap|afp|pa)\)|\b(?:getty images|shutterstock|file photo|click here|"
    r"newsletter|cookies?)\b|^(?:pictured|above|below|left|right|top|inset)\b\s*[:,]|"
    # A caption run into the sentence: "... on Monday Pictured: the mayor".
    r"\s(?:Pictured|PICTURED)\s*:",
    re.IGNORECASE,
)


def content_words(text: str) -> list[str]:
    """Lower-case words of a text that carry content (no stop words, no numbers alone)."""
    return [w for w in _WORD.findall(text.lower()) if w not in STOPWORDS and not w.isdigit()]


@functools.lru_cache(maxsize=8192)
def is_summary_candidate(sentence: Sentence) -> bool:
    """Whether a sentence can stand in a summary: whole, informative, not boilerplate."""
    text = sentence.text
    words = text.split()
    if not MIN_WORDS <= len(words) <= LONG_SENTENCE * 2:
        return False
    if _BOILERPLATE.search(text) or text.endswith("?"):
        return False
    letters = [c for c in text if c.isalpha()]
    return not (letters and sum(c.isupper() for c in letters) > 0.6 * len(letters))


def _score(sentence: Sentence, rank: int, weights: Counter[str], title: set[str]) -> float:
    words = content_words(sentence.text)
    if not words:
        return 0.0
    centrality = sum(float(weights[w]) for w in set(words)) / math.sqrt(len(set(words)))
    position = 1.0 / math.sqrt(1 + rank)
    overlap = len(title & set(words)) / max(len(title), 1)
    quote = QUOTE_FACTOR if re.match(r"^[\"“‘']", sentence.text) else 1.0
    return quote * (
        POSITION_WEIGHT * position + CENTRALITY_WEIGHT * centrality + TITLE_WEIGHT * overlap
    )


def _redundant(words: set[str], chosen: list[set[str]]) -> bool:
    return any(len(words & other) > 0.6 * min(len(words), len(other)) for other in chosen)


def summarize(article: Article, actor_names: Sequence[str] = ()) -> tuple[str, list[int]]:
    """The summary text and the numbers of the sentences it quotes."""
    candidates = [s for s in article.sentences if is_summary_candidate(s)]
    if not candidates:
        candidates = [s for s in article.sentences if len(s.text.split()) >= 3][:1]
    if not candidates:
        return "", []
    counts = Counter(content_words(article.text))
    for name in actor_names[:5]:
        for word in content_words(name):
            counts[word] += 2
    total = max(sum(counts.values()), 1)
    weights = Counter({w: c * 100 / total for w, c in counts.items() if c > 1})
    title = set(content_words(article.title))
    window = candidates[:WINDOW]
    scored = sorted(
        ((_score(s, rank, weights, title), s) for rank, s in enumerate(window)),
        key=lambda item: (-item[0], item[1].number),
    )
    chosen: list[Sentence] = []
    chosen_words: list[set[str]] = []
    used = 0
    for _, sentence in scored:
        length = len(sentence.text.split())
        words = set(content_words(sentence.text))
        if chosen and (used + length > MAX_WORDS or _redundant(words, chosen_words)):
            continue
        if not chosen and length > MAX_WORDS:
            continue
        chosen.append(sentence)
        chosen_words.append(words)
        used += length
        if len(chosen) == MAX_SENTENCES:
            break
    if not chosen:
        chosen = [window[0]]
    chosen.sort(key=lambda s: s.number)
    return " ".join(s.text for s in chosen), [s.number for s in chosen]
