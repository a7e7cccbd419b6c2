"""Slugs for ids, tags, stories and URLs: lower-case ASCII words joined by hyphens."""

from __future__ import annotations

import re
import unicodedata

SLUG_LENGTH = 60


def slugify(text: str, max_length: int = SLUG_LENGTH) -> str:
    """'Zoë's $40m plan' -> 'zoes-40m-plan': accents folded, cut at a word boundary.

    Returns '' when the text has no letters or digits; callers choose their fallback.
    """
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    words = re.findall(r"[a-z0-9]+", ascii_text.lower().replace("'", "").replace("’", ""))
    slug = ""
    for word in words:
        candidate = f"{slug}-{word}" if slug else word
        if len(candidate) > max_length:
            break
        slug = candidate
    return slug or (words[0][:max_length] if words else "")
