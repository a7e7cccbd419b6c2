"""Markdown articles with optional YAML front matter (title, date, url, outlet, ...)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from typing import Any

import markdown
from bs4 import BeautifulSoup

from builder.article import Article
from builder.errors import InputError
from builder.ingest.outlets import outlet_of_url
from builder.ingest.plaintext import article_from, read_blocks
from builder.ingest.textmeta import clean_authors, clean_language, clean_url
from builder.sentences import SEGMENTATION
from builder.yaml_io import YamlSyntaxError, parse_yaml

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_BLOCKS = ("p", "li", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "pre", "div")
_ROW_BLOCKS = ("p", "li", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "pre", "div")


def markdown_to_article(
    text: str, source: str, segmentation: int = SEGMENTATION, *, write_title: bool = True
) -> Article:
    """Read a Markdown article; front matter wins over what the body suggests.

    The title is the front matter's, else the first level-one heading, else the headline
    found as in plain text, else one written from the lead. Bylines, dates, captions and
    credits around the body are kept out of it as in plain text (see
    :func:`~builder.ingest.plaintext.read_blocks`).
    """
    meta, body, offset = _split_front_matter(text, source)
    html = markdown.markdown(body, extensions=["tables"])
    soup = BeautifulSoup(html, "html.parser")
    title = str(meta.get("title") or "").strip() or None
    blocks: list[list[str]] = []
    rows = segmentation >= 4  # a table row is one line ("Route | Buses | 2027"), as in HTML
    for element in soup.find_all(_ROW_BLOCKS if rows else _BLOCKS):
        if element.find_parent(_BLOCKS[:-1]) or (element.name == "div" and element.find(_BLOCKS)):
            continue  # nested block: its text is part of the parent's (or its children's)
        if element.name == "tr":
            cells = (
                " ".join(cell.get_text(" ").split()) for cell in element.find_all(("td", "th"))
            )
            content = " | ".join(cell for cell in cells if cell)
        else:
            content = " ".join(element.get_text(" ").split())
        if not content:
            continue
        if not title and element.name == "h1":
            title = content
            continue
        if rows and not blocks and title and element.name[0] == "h" and _same_words(content, title):
            continue  # the front matter's title, repeated as the first heading
        blocks.append([content])
    title, paragraphs, found = read_blocks(blocks, title, segmentation=segmentation)
    if not title and not paragraphs:
        raise InputError(source, f"has no title (line {offset + 1})")
    url = _text(meta.get("url"))
    if url and not clean_url(url):
        raise InputError(source, f"front matter: url: '{url}' is not an http(s) address")
    language = _text(meta.get("language") or meta.get("lang"))
    if language and not clean_language(language):
        raise InputError(
            source, f"front matter: language: '{language}' is not a language tag such as 'en'"
        )
    article = article_from(title, paragraphs, found, segmentation, write_title=write_title)
    authors = _list(meta.get("authors") or meta.get("author"))
    published = _date(meta.get("date") or meta.get("published"), source)
    outlet = _text(meta.get("outlet"))
    url = clean_url(url) if url else article.url
    inferred = [f for f in article.inferred if not {"published": published, "outlet": outlet}[f]]
    if outlet is None and article.outlet is None and url is not None:
        outlet = outlet_of_url(url)
        inferred.append("outlet")
    return dataclasses.replace(
        article,
        published=published or article.published,
        outlet=outlet or article.outlet,
        inferred=tuple(inferred),
        authors=clean_authors(authors) if authors else article.authors,
        url=url,
        language=clean_language(language) if language else article.language,
        tags=tuple(_list(meta.get("tags"))),
        story=_text(meta.get("story")),
        sentences=article.sentences,
    )


def _same_words(a: str, b: str) -> bool:
    return re.findall(r"\w+", a.casefold()) == re.findall(r"\w+", b.casefold())


def _split_front_matter(text: str, source: str) -> tuple[dict[str, Any], str, int]:
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, text, 0
    try:
        data = parse_yaml(match.group(1)).data
    except YamlSyntaxError as exc:
        raise InputError(source, f"line {exc.line + 1}: front matter: {exc.message}") from exc
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise InputError(source, "line 2: front matter: must be a mapping of fields")
    return data, text[match.end() :], text[: match.end()].count("\n")


def _text(value: object) -> str | None:
    return str(value).strip() or None if value is not None else None


def _list(value: object) -> list[str]:
    if value is None:
        return []
    items = value if isinstance(value, list) else str(value).split(",")
    return [str(item).strip() for item in items if str(item).strip()]


def _date(value: object, source: str) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip()[:10])
    except ValueError as exc:
        raise InputError(
            source, f"front matter: date: '{value}' is not a date (YYYY-MM-DD)"
        ) from exc
