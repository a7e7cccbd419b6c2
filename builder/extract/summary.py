"""Summary: the two or three article sentences that best say what happened, why, and next.

News puts the event first, so position weighs; but among the opening sentences the one a
reader needs is the one the rest of the article keeps coming back to. A sentence scores
for its position, for how many of its content words the *other* sentences repeat (its own
repetitions do not count, so a long sentence is not central for being long), and for the
names it carries (news summaries are dense in who and where). Captions (also one left as
a sentence under a short label, "Flooded: The high street ..."), credits, bylines and
boilerplate are skipped, and so is a sentence with a caption or another sentence run
into it (no full stop between them); a quotation is marked down. A sentence that mostly
repeats one already chosen is dropped, each next sentence is chosen for what it adds
(its score less the share of its words already chosen), a third only when it is worth a
fair share of the first, and the summary stops at about 75 words. Sentences are quoted
whole (never rewritten), so each one is its own evidence.
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
# Weights of the sentence score: position, support by the rest of the article (the share
# of its content words other sentences repeat, and how often they do), density of names.
# Set on the development set (score.py summ, 100 articles; 3-6 all score within 0.2 R1):
# support outweighs position, which mostly breaks ties among the opening sentences.
SUPPORT_WEIGHT = 4.5
REPETITION_WEIGHT = 1.0
REPETITION_CAP = 10  # a word repeated ten times elsewhere is as central as it gets
NAME_WEIGHT = 1.0
QUOTE_FACTOR = 0.7  # a quotation rarely states what happened
PRONOUN_FACTOR = 0.8
# Each next sentence is chosen by its score less this weight times the share of its
# content words the sentences already chosen hold: a summary adds to the story (why,
# what follows) rather than retelling its opening in other words.
NOVELTY_WEIGHT = 1.0
# A third sentence is quoted only when it is worth at least this share of the first
# sentence's value: the issue asks for two or three sentences, and two that say what
# happened read better than two and a filler the article hardly returns to (a line
# picked out of a quotation, a remark).
THIRD_SENTENCE_SHARE = 0.2
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
# Boilerplate is told by its shape, not by a word a story may use too: "Video: ..." and
# "Share this article" are page furniture, "Video footage shows ..." and "Share prices
# fell ..." are sentences; so are "Follow-up tests ...", "Credit card debt ..." and a
# sentence about a newsletter or cookies, unless it asks to sign up or to accept them.
_BOILERPLATE = re.compile(
    r"^(?:(?:photo|picture|image|credit|source|video|watch|related|see also)s?\s*[:|]|"
    r"(?:read more|click|scroll down|subscribe|sign up|advertisement|copyright|"
    r"all rights reserved|watch (?:the |our )?video)\b|follow (?:us|me|@)|share (?:this|on|via)\b|"
    r"by [A-Z][a-z]+ [A-Z][a-z]+$|"
    r"(?:updated?|published|last modified)(?: on| at)?\s*[:\d])|"
    r"\((?:reuters|ap|afp|pa)\)|\b(?:getty images|shutterstock|file photo|click here)\b|"
    r"\b(?:sign up|subscribe) (?:for|to) (?:our|the)\b[^.!?]{0,30}\bnewsletter\b|"
    r"\b(?:uses?|accept|allow) (?:all )?cookies\b|\bcookie (?:policy|settings)\b|"
    r"^(?:pictured|above|below|left|right|top|inset)\b\s*[:,]|"
    # A caption run into the sentence: "... on Monday Pictured: the mayor".
    r"\s(?:Pictured|PICTURED)\s*:",
    re.IGNORECASE,
)


# A run-on: a lower-case word (not one that leads into a name or a title, such as "in" or
# "called") followed with no punctuation by a word that only opens a sentence ("... in
# the park In several of the photos"), or by an opening quotation of a whole utterance
# ("... on Friday 'I'd be thrilled to win it'").
_GLUE = re.compile(r"(?<=[A-Za-z0-9%)])\s+([‘'\"“]?)([A-Z][a-z]*)\b")
_LEADS_INTO_NAME = terms(
    """
    a, an, the, of, in, on, at, to, for, from, by, with, and, or, but, as, into, onto, over,
    under, after, before, about, than, that, which, who, whose, whom, when, where, while,
    if, is, are, was, were, be, been, has, have, had, said, says, told, asked, named,
    called, dubbed, titled, entitled, like, near, via, per, her, him, them, us, me, my,
    your, our, their, his, its
    """
)
_SENTENCE_OPENERS = terms(
    """
    the, a, an, in, on, at, he, she, it, they, we, his, her, its, their, our, this, these,
    those, there, but, however, meanwhile, not, if, when, after, as, for, with, so, then,
    now, while, during
    """
)
_CLOSING = {"‘": "’", "'": "'", '"': '"', "“": "”"}
_NAME = re.compile(r"\b[A-Z][a-z]+")
_OPENING_QUOTE = re.compile(r"^[\"“‘']")
_COLON_QUOTE = re.compile(r":\s*[\"“‘']")  # "He said: 'We ...'" is a quotation too
# A sentence that opens with a pronoun leans on the one before it, which a summary may
# not quote.
_PRONOUN_OPENER = re.compile(r"^(?:He|She|It|They|His|Her|Its|Their|This|These|That|Those)\b")
MIN_QUOTED_UTTERANCE = 5  # words: a quoted title is shorter ("dubbed 'The Long Walk'")
# A photo caption the segmenter kept as a sentence: a label of one or two words and a
# colon before a capital ("Flooded: The high street on Sunday"), the way picture desks
# caption a photograph. "He said: ‘We ...’" opens a quotation, and a reporting verb after
# the first word ("Police said: ...") is speech, not a label; a sentence such as "Bakers
# across the county take note: ..." has more words before its colon.
_CAPTION_LABEL = re.compile(
    r"^[A-Z][a-z]+(?! (?:said|says|added|told|wrote|writes|explained|warned)\b)"
    r"(?: [a-z]+)?:\s+[A-Z]"
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
    if _BOILERPLATE.search(text) or text.endswith("?") or has_run_on(text):
        return False
    letters = [c for c in text if c.isalpha()]
    return not (letters and sum(c.isupper() for c in letters) > 0.6 * len(letters))


def _quoted_words(text: str, quote: str) -> int:
    """How many words the quotation opening at the start of ``text`` holds (to its close,
    or to the end); an apostrophe inside a word ("I’d") does not close it."""
    close = _CLOSING[quote]
    for index in range(1, len(text)):
        if text[index] == close and not text[index + 1 : index + 2].isalpha():
            return len(text[:index].split())
    return len(text.split())


def has_run_on(text: str) -> bool:
    """Whether a caption or another sentence runs into ``text`` without punctuation."""
    for match in _GLUE.finditer(text):
        before = text[: match.start()].rsplit(maxsplit=1)[-1]
        if before.lower().strip(",;:") in _LEADS_INTO_NAME:
            continue
        quote, word = match.group(1), match.group(2)
        if not quote and not before[:1].islower() and not before[:1].isdigit():
            continue  # "Grammys On The Hill": capitals in a row are a name or a title
        if quote:
            rest = text[match.start(1) :]
            if _quoted_words(rest, quote) >= MIN_QUOTED_UTTERANCE:
                return True
        elif word.lower() in _SENTENCE_OPENERS:
            return True
    return False


def _score(sentence: Sentence, rank: int, counts: Counter[str]) -> float:
    words = content_words(sentence.text)
    distinct = set(words)
    if not distinct:
        return 0.0
    own = Counter(words)
    elsewhere = [counts[w] - own[w] for w in distinct]
    support = sum(1 for n in elsewhere if n > 0) / len(distinct)
    repetition = sum(min(n, REPETITION_CAP) for n in elsewhere) / (len(distinct) * REPETITION_CAP)
    names = len(_NAME.findall(sentence.text[1:])) / len(sentence.text.split())
    score = (
        1.0 / math.sqrt(1 + rank)
        + SUPPORT_WEIGHT * support
        + REPETITION_WEIGHT * repetition
        + NAME_WEIGHT * names
    )
    if _OPENING_QUOTE.match(sentence.text) or _COLON_QUOTE.search(sentence.text):
        score *= QUOTE_FACTOR
    if _PRONOUN_OPENER.match(sentence.text):
        score *= PRONOUN_FACTOR
    return score


def _redundant(words: set[str], chosen: list[set[str]]) -> bool:
    return any(len(words & other) > 0.6 * min(len(words), len(other)) for other in chosen)


def summarize(article: Article, actor_names: Sequence[str] = ()) -> tuple[str, list[int]]:
    """The summary text and the numbers of the sentences it quotes."""
    candidates = [
        s for s in article.sentences if is_summary_candidate(s) and not _CAPTION_LABEL.match(s.text)
    ]
    if not candidates:
        candidates = [s for s in article.sentences if len(s.text.split()) >= 3][:1]
    if not candidates:
        return "", []
    counts = Counter(content_words(article.text))
    window = candidates[:WINDOW]
    scored = [(_score(s, rank, counts), s) for rank, s in enumerate(window)]
    chosen: list[Sentence] = []
    chosen_words: list[set[str]] = []
    used = 0
    first_value = 0.0
    while len(chosen) < MAX_SENTENCES:
        seen: set[str] = set().union(*chosen_words)
        best: tuple[float, int, Sentence] | None = None
        for score, sentence in scored:
            words = set(content_words(sentence.text))
            if sentence in chosen or used + len(sentence.text.split()) > MAX_WORDS:
                continue
            if chosen and _redundant(words, chosen_words):
                continue
            repeated = len(words & seen) / len(words) if words else 1.0
            value = (score - NOVELTY_WEIGHT * repeated, -sentence.number, sentence)
            if best is None or value[:2] > best[:2]:
                best = value
        if best is None:
            break
        if not chosen:
            first_value = best[0]
        elif len(chosen) == 2 and best[0] < THIRD_SENTENCE_SHARE * first_value:
            break
        chosen.append(best[2])
        chosen_words.append(set(content_words(best[2].text)))
        used += len(best[2].text.split())
    if not chosen:
        chosen = [window[0]]
    chosen.sort(key=lambda s: s.number)
    return " ".join(s.text for s in chosen), [s.number for s in chosen]
