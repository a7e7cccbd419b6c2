"""Sentence segmentation with stable numbering, so briefs can point at evidence.

Sentences are numbered from 1 in reading order over the article's body text (the text a
reader produces; paragraphs separated by blank lines). The numbering depends only on
that text, syntok's rules and the *segmentation* version, so the same stored article
always yields the same numbers.

A brief records the version its evidence numbers count in (``source.segmentation``;
briefs without one count in version 1), and its stored original is segmented in that
version whenever the collection is checked or built. A change to the numbering is
therefore a new version, and version 1 stays exactly as it was:

1. syntok's sentences of the body text, every one numbered.
2. as 1, then a photo caption glued to the start of a sentence is cut off, captions
   (a sentence ending in a credit, a one-sentence paragraph describing a picture) are
   not numbered, sentences inside one quotation are one sentence (see
   :mod:`builder.captions` and :mod:`builder.quotes`), and Chinese and Japanese text is
   cut at its own full stops (。！？). Readers of version 2 also keep caption lines and
   reprint notices out of the body text itself.
3. as 2, but where version 2 cut off one caption glued to the start of a sentence, every
   caption glued before it is cut off ("Label: a scene on Tuesday Another scene at the
   ground The club said ...": see :func:`builder.captions.story_start`). The captions stay
   in the body text and the stored original; they are no sentences, so no summary, stake,
   question or evidence number can be one.
4. as 3 for the text a reader gives; readers of version 4 read more of a saved page's
   story into that text (a body the page splits into twin containers, a standfirst above
   it: see :mod:`builder.ingest.split_body` and :mod:`builder.ingest.standfirst`) and keep
   more out of it (links labelled "Related:", live-blog time stamps, a repeated headline,
   a dated byline, wire credits and contributor lines, pop-up cards in a sentence; a
   Markdown table is read one row a line). Its sentences also end after "a.m." or
   "p.m." where a new sentence starts ("... shortly after 4 a.m. Engineers said ..."),
   which syntok never cuts; a day, a month or a time zone after it ("4 a.m. Tuesday",
   "9 p.m. ET") goes on the same sentence.
5. as 4, but a list is one sentence: syntok ends one at a semicolon before a capital,
   which cuts a list of names ("Charged are Ana Ruiz, 21; Tom Hale, 19; and ...") into
   pieces that read as sentences of their own ("Tom Hale, 19;"). A run of pieces ending
   in semicolons, or one before a piece as short as a list's last item, is joined again.
   Readers of version 5 also keep the line break of a results list's score lines
   ("Schalke 2 Hansa Rostock 0"), which is a space to the sentences.

Segmenting is the slowest step of reading an article, so syntok is driven more cheaply
than ``syntok.segmenter.analyze`` drives it, to the same tokens and sentences (tests
compare the two on every stored article and fixture, and on hard texts):

- ``analyze`` tokenises each paragraph behind as many spaces as the paragraph's offset in
  the text, to get absolute offsets; that makes a long article quadratic. Here each
  paragraph is tokenised on its own and its offset added afterwards.
- syntok's tokenizer cuts the text at whitespace, then splits each word on its own
  (punctuation, apostrophes, hyphens, case changes): a word's tokens depend only on the
  word, and the first one takes the whitespace before it as its spacing. So a word of
  letters alone with no capital after its first letter, three in four words of news,
  is one token and needs no splitting; any other word is split by syntok itself, once,
  and its tokens are remembered (words such as "said," recur in every article).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from syntok import segmenter
from syntok.tokenizer import Token, Tokenizer

from builder import captions
from builder.quotes import open_quotes, quotation_groups

SEGMENTATION = 5  # the version new briefs are numbered in
SEGMENTATIONS = (1, 2, 3, 4, 5)
_CJK_STOP = re.compile(r"[。！？]+[」』）”’]*")

_CACHE_LIMIT = 50_000  # distinct words remembered (a few MB); the cache starts again beyond it
_TOKENIZER = Tokenizer(replace_not_contraction=False)  # as segmenter.analyze makes it
_WORD = Tokenizer._spaces  # syntok's own pattern for a run of non-whitespace characters
# Letters that syntok takes for apostrophes (modifier letters, so str.isalpha() is True).
_LETTER_APOSTROPHES = ("\u02b9", "\u02bc")
_word_tokens: dict[str, tuple[tuple[str, str, int], ...]] = {}


@dataclass(frozen=True)
class Sentence:
    """One sentence of an article: its 1-based number, text and character span."""

    number: int
    text: str
    start: int
    end: int
    paragraph: int


def split_sentences(text: str, segmentation: int = SEGMENTATION) -> list[Sentence]:
    """Split body text into numbered sentences (1-based), keeping character offsets.

    ``segmentation`` is the numbering version (see the module docstring).
    """
    if segmentation not in SEGMENTATIONS:
        raise ValueError(f"unknown segmentation version {segmentation}")
    sentences: list[Sentence] = []
    for index, (offset, paragraph) in enumerate(segmenter.preprocess_with_offsets(text)):
        spans: list[tuple[int, int]] = []
        for tokens in segmenter.segment(iter(tokenize(paragraph))):
            if not tokens:
                continue
            start = offset + tokens[0].offset
            end = offset + tokens[-1].offset + len(tokens[-1].value)
            if text[start:end].strip():
                spans.append((start, end))
        if segmentation >= 5:
            spans = _joined_at_semicolons(text, spans)
        if segmentation >= 4:
            spans = [piece for start, end in spans for piece in _after_clock(text, start, end)]
        if segmentation >= 2:
            spans = _story_spans(text, spans, segmentation)
        for start, end in spans:
            chunk = " ".join(text[start:end].split())
            sentences.append(Sentence(len(sentences) + 1, chunk, start, end, index))
    return sentences


def _story_spans(
    text: str, spans: list[tuple[int, int]], segmentation: int
) -> list[tuple[int, int]]:
    """One paragraph's sentence spans without captions, quotations kept whole (version 2
    on; version 3 also drops every caption glued before a sentence, not only one)."""
    kept: list[tuple[int, int]] = []
    spans = [piece for start, end in spans for piece in _cjk_sentences(text, start, end)]
    alone = len(spans) == 1
    for start, end in spans:
        raw = text[start:end]
        if captions.is_caption(raw, alone=alone):
            continue
        if segmentation >= 3:
            kept.append((captions.story_start(text, start, end), end))
        else:
            kept.append((start + captions.glued_caption_length(raw), end))
    groups = quotation_groups([text[start:end] for start, end in kept])
    return [(kept[first][0], kept[last][1]) for first, last in groups]


# A list's last item after its semicolons can be this short ("Tom Hale, 19.").
_LAST_ITEM_WORDS = 4


def _joined_at_semicolons(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """One paragraph's sentence spans, with the pieces of a list syntok cut at its
    semicolons joined again: a run of pieces that end in one, or one before a piece as
    short as a list's last item or with a semicolon of its own. A lone semicolon before
    a clause stays a cut ("... the crowd cheered; Ferries ran ..."), as syntok reads it."""
    ends = [text[start:end].rstrip().endswith(";") for start, end in spans]
    joined: list[tuple[int, int]] = []
    for i, (start, end) in enumerate(spans):
        if i and ends[i - 1]:
            piece = text[start:end]
            short = len(piece.split()) <= _LAST_ITEM_WORDS
            # "Tom Hale, 19; and Ivo Marsh, 30.": the list goes on inside the piece
            if ends[i] or short or ";" in piece or (i > 1 and ends[i - 2]):
                joined[-1] = (joined[-1][0], end)
                continue
        joined.append((start, end))
    return joined


# "a.m." or "p.m." and the capitalised word after it: a new sentence unless the word
# says more of the time (a day, a month, a zone: "Tuesday", "March", "ET", "Eastern").
_CLOCK = re.compile(r"\b[ap]\.m\.\s+(?=[\"“‘]?([A-Z][\w’']*))")
_TIME_WORDS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march
    april may june july august september october november december jan feb mar apr jun
    jul aug sep sept oct nov dec eastern pacific central mountain atlantic greenwich
    local""".split()  # noqa: SIM905
)


def _after_clock(text: str, start: int, end: int) -> list[tuple[int, int]]:
    pieces: list[tuple[int, int]] = []
    for match in _CLOCK.finditer(text, start, end):
        word = match.group(1)
        bare = word.lower().removesuffix("'s").removesuffix("’s").rstrip(".,")
        if bare in _TIME_WORDS or (word.isupper() and len(word) <= 4):
            continue  # "4 a.m. Tuesday", "9 p.m. ET", "10 a.m. GMT"
        pieces.append((start, match.start() + 4))
        start = match.end()
    pieces.append((start, end))
    return pieces


def _cjk_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A span cut after each Chinese or Japanese full stop (syntok knows only Latin
    punctuation), unless the stop is inside a quotation (「…。」と述べた)."""
    pieces: list[tuple[int, int]] = []
    for match in _CJK_STOP.finditer(text, start, end):
        cut = match.end()
        if cut < end and not open_quotes(text[start:cut]):
            pieces.append((start, cut))
            start = cut
            while start < end and text[start].isspace():
                start += 1
    if start < end:
        pieces.append((start, end))
    return pieces


def tokenize(text: str) -> list[Token]:
    """The tokens ``Tokenizer(replace_not_contraction=False).tokenize(text)`` gives."""
    tokens: list[Token] = []
    offset = 0
    for match in _WORD.finditer(text):
        word, start = match.group(0), match.start()
        spacing = text[offset:start]  # the first token's; the others carry their own
        if _is_plain(word):
            tokens.append(Token(spacing, word, start))
        else:
            for prefix, value, at in _word_tokens.get(word) or _split_word(word):
                tokens.append(Token(spacing if at == 0 else prefix, value, start + at))
        offset = match.end()
    if offset < len(text):
        tokens.append(Token(text[offset:], "", len(text)))
    return tokens


def _is_plain(word: str) -> bool:
    """A word syntok keeps whole: letters only (no apostrophe, hyphen or punctuation),
    and no capital after the first letter (syntok splits "newsDesk" before the capital)."""
    return (
        word.isalpha()
        and (len(word) == 1 or word[1:].islower())
        and _LETTER_APOSTROPHES[0] not in word
        and _LETTER_APOSTROPHES[1] not in word
    )


def forget_words() -> None:
    """Empty the cache of split words (a benchmark measures a process's first articles)."""
    _word_tokens.clear()


def _split_word(word: str) -> tuple[tuple[str, str, int], ...]:
    """syntok's tokens of one word: (spacing, value, offset in the word) each."""
    parts = tuple((t.spacing, t.value, t.offset) for t in _TOKENIZER.tokenize(word))
    if len(_word_tokens) >= _CACHE_LIMIT:
        _word_tokens.clear()
    _word_tokens[word] = parts
    return parts
