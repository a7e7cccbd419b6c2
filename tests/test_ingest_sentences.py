"""Sentence numbers: the same as syntok's own ``segmenter.analyze`` gives, always.

Evidence in every stored brief points at sentence numbers, so version 1 of ``split_sentences``
(the numbering of briefs made before version 2) may be
made faster but never different. It is compared here with a plain use of syntok's public
API on every article the repository holds and on texts chosen to stress paragraphs,
offsets and brackets.
"""

from __future__ import annotations

import random
from collections.abc import Iterable
from pathlib import Path

import pytest
from syntok import segmenter
from syntok.tokenizer import Token, Tokenizer

import builder.sentence_cache
from builder.errors import InputError
from builder.ingest import SUPPORTED_SUFFIXES, bytes_to_article
from builder.sentence_cache import reader_fingerprint
from builder.sentences import Sentence, split_sentences, tokenize

from .conftest import FIXTURES, REPO


def reference_sentences(text: str) -> list[Sentence]:
    """Sentences straight from ``segmenter.analyze``, as split_sentences was first written."""
    sentences: list[Sentence] = []
    for paragraph_index, paragraph in enumerate(segmenter.analyze(text)):
        for tokens in paragraph:
            if not tokens:
                continue
            start = tokens[0].offset
            end = tokens[-1].offset + len(tokens[-1].value)
            chunk = " ".join(text[start:end].split())
            if chunk:
                sentences.append(Sentence(len(sentences) + 1, chunk, start, end, paragraph_index))
    return sentences


def _stored_articles() -> list[Path]:
    folders = [REPO / "briefings", FIXTURES]
    return sorted(
        path
        for folder in folders
        for path in folder.rglob("*")
        if path.is_file() and path.suffix.lower() in SUPPORTED_SUFFIXES
    )


STRESS = [
    "",
    "   ",
    "One sentence without a full stop",
    "V. Putin met Mr. Smith at 10 a.m. on Jan. 5. They talked (briefly. Or not.) for hours.",
    "First paragraph. Second sentence.\n\n   Indented paragraph starts here. And ends.\n\n\n",
    "Windows lines.\r\n\r\nAnother paragraph.\r\n \r\nA third one!",
    "  Leading spaces. \n\n \t \n\nTabs and spaces between paragraphs. Done?",
    '"Quoted sentence," she said. "Another one." (A bracketed aside.) Then more.',
    "Hyphen-\nated words and U.S. abbreviations. It's 3.5 per cent, isn't it? Yes... maybe.",
    "Zoë said: «Ça va.» Der Preis stieg um 3,5 %. 東京で会議が開かれた。次の文。",
    "Word\u200bwith a zero-width space. And\u00a0a no-break space. End.",
    "\n\n".join(
        f"Paragraph {i} has a sentence. And a second one (with brackets)." for i in range(60)
    ),
]


@pytest.mark.parametrize("text", STRESS)
def test_sentences_equal_syntok_analyze_on_hard_texts(text: str) -> None:
    assert split_sentences(text, 1) == reference_sentences(text)


def test_sentences_equal_syntok_analyze_on_every_stored_article() -> None:
    checked = 0
    for path in _stored_articles():
        try:
            article = bytes_to_article(path.read_bytes(), str(path), path.suffix, 1)
        except InputError:
            continue  # fixtures that must be refused
        assert list(article.sentences) == reference_sentences(article.text), path
        checked += 1
    assert checked >= 30


def _tokens(tokens: Iterable[Token]) -> list[tuple[str, str, int]]:
    return [(t.spacing, t.value, t.offset) for t in tokens]


SYNTOK = Tokenizer(replace_not_contraction=False)
# Characters around syntok's splitting rules: cases (title case too), apostrophes, also those
# that are letters (U+02B9, U+02BC), hyphens, brackets, quotes, digits, odd spaces.
ALPHABET = [
    *"abcxyzABCXYZ \u01c5\u01c8\u02b9\u02bc'’´′.,;:!?-_()[]{}\"“”«»…0123456789",
    *"\n\t\u00a0\u200b\u00ad\u2010\u30a0\u0f0cªºßẞİıéÉ東京한국\u0301",
    " ", " ", "\n\n", "...", "n't", "U.S.", "Mr.", "e.g.",
]  # fmt: skip


@pytest.mark.parametrize("text", STRESS)
def test_tokens_equal_syntok_tokenizer_on_hard_texts(text: str) -> None:
    assert _tokens(tokenize(text)) == _tokens(SYNTOK.tokenize(text))


def test_tokens_equal_syntok_tokenizer_on_random_texts() -> None:
    rng = random.Random(2026)
    for _ in range(5000):
        text = "".join(rng.choice(ALPHABET) for _ in range(rng.randint(1, 30)))
        assert _tokens(tokenize(text)) == _tokens(SYNTOK.tokenize(text)), repr(text)


def test_tokens_equal_syntok_tokenizer_around_every_character() -> None:
    for code in range(0x20, 0x3100):  # Latin to CJK punctuation, every script's letters between
        char = chr(code)
        for text in (char, f"a{char}", f"{char}a", f"A{char}b", f"x{char}Y"):
            assert _tokens(tokenize(text)) == _tokens(SYNTOK.tokenize(text)), hex(code)


def test_reader_fingerprint_follows_the_reader_libraries(monkeypatch: pytest.MonkeyPatch) -> None:
    before = reader_fingerprint()
    real = builder.sentence_cache.version

    def upgraded(name: str) -> str:
        return "99.0" if name == "trafilatura" else real(name)

    monkeypatch.setattr(builder.sentence_cache, "version", upgraded)
    assert reader_fingerprint() != before
