"""Plain-text articles: a headline line, then paragraphs separated by blank lines."""

from __future__ import annotations

import re

from builder.article import Article


def paragraphs_of(text: str) -> list[str]:
    """Paragraphs separated by blank lines, hard-wrapped lines joined, spacing normalised."""
    blocks = re.split(r"\n\s*\n", text.strip())
    return [" ".join(block.split()) for block in blocks if block.strip()]


def text_to_article(text: str) -> Article:
    """Read a plain-text article: the first paragraph's line is the headline."""
    lines = text.strip().split("\n")
    title = " ".join(lines[0].split())
    body = "\n\n".join(paragraphs_of("\n".join(lines[1:])))
    return Article(title=title, text=body)
