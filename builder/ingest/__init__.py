"""Ingest: turn an input file into an :class:`~builder.article.Article`.

The reader is chosen by the file's extension, so a stored original is always read back
the same way it was read when the brief was made (evidence numbers depend on it).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from builder.article import Article
from builder.errors import InputError
from builder.ingest.decode import decode_html, decode_text
from builder.ingest.language import detect_language
from builder.ingest.plaintext import text_to_article
from builder.sentences import SEGMENTATION, Sentence

TEXT_SUFFIXES = (".txt", ".text")
MARKDOWN_SUFFIXES = (".md", ".markdown")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
SUPPORTED_SUFFIXES = TEXT_SUFFIXES + MARKDOWN_SUFFIXES + HTML_SUFFIXES


def bytes_to_article(
    data: bytes, name: str, suffix: str, segmentation: int = SEGMENTATION
) -> Article:
    """Read article bytes in the format the suffix names; errors name ``name``.

    The language comes from the input (HTML markup, front matter) or, failing that, from
    the text itself. ``segmentation`` is the sentence numbering version (a stored
    original is read in the version its brief records; see :mod:`builder.sentences`).
    """
    article = _read(data, name, suffix.lower(), segmentation)
    if article.language is None:
        language = detect_language(article.text)
        if language is not None:
            article = replace(article, language=language, sentences=article.sentences)
    return article


def article_sentences(
    data: bytes, name: str, suffix: str, segmentation: int = SEGMENTATION
) -> tuple[Sentence, ...]:
    """The sentences of article bytes, exactly as :func:`bytes_to_article` numbers them
    (it skips only what does not change them: guessing the language, writing a title)."""
    return _read(data, name, suffix.lower(), segmentation, write_title=False).sentences


def _read(
    data: bytes, name: str, suffix: str, segmentation: int, *, write_title: bool = True
) -> Article:
    if suffix in HTML_SUFFIXES:
        from builder.ingest.html_reader import html_to_article  # trafilatura loads slowly

        return html_to_article(decode_html(data, name), name, segmentation, write_title=write_title)
    if suffix in MARKDOWN_SUFFIXES or suffix in TEXT_SUFFIXES:
        text = decode_text(data, name)
        if suffix in MARKDOWN_SUFFIXES:
            from builder.ingest.markdown_reader import markdown_to_article  # bs4 loads slowly

            article = markdown_to_article(text, name, segmentation, write_title=write_title)
        else:
            article = text_to_article(text, segmentation, write_title=write_title)
        if not article.text:
            raise InputError(name, "has a headline but no article text")
        return article
    supported = ", ".join(SUPPORTED_SUFFIXES)
    raise InputError(name, f"unsupported file type '{suffix or '(none)'}' (supported: {supported})")


def read_article(path: Path) -> Article:
    """Read an article file from disk."""
    try:
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise InputError(str(path), "no such file") from exc
    except IsADirectoryError as exc:
        raise InputError(str(path), "is a folder, not a file") from exc
    except OSError as exc:
        raise InputError(str(path), f"cannot be read ({exc.strerror})") from exc
    return bytes_to_article(data, str(path), path.suffix)
