"""Slugs for ids, tags, stories and URLs: lower-case ASCII words joined by hyphens."""

from __future__ import annotations

import re
import unicodedata

from anyascii import anyascii

SLUG_LENGTH = 60


def ascii_letters(text: str) -> str:
    """``text`` in ASCII: letters transliterated ('Vestsjø' -> 'Vestsjo', 'Straße' ->
    'Strasse', 'Łódź' -> 'Lodz'), accents folded, other symbols ('$', '€') dropped.

    Only letters go through the transliteration table, so a currency sign never becomes a
    word ('€40m' -> '40m', as '$40m' does) and ids made before transliteration came in
    stay what they were for text without non-ASCII letters.
    """
    out: list[str] = []
    for char in text:
        if char.isascii():
            out.append(char)
        elif unicodedata.category(char).startswith("L"):
            out.append(anyascii(char))
        else:
            out.append(unicodedata.normalize("NFKD", char).encode("ascii", "ignore").decode())
    return "".join(out)


def slugify(text: str, max_length: int = SLUG_LENGTH) -> str:
    """'Zoë's $40m plan' -> 'zoes-40m-plan': letters transliterated, cut at a word boundary.

    Returns '' when the text has no letters or digits; callers choose their fallback.
    """
    words = re.findall(r"[a-z0-9]+", ascii_letters(text).lower().replace("'", ""))
    slug = ""
    for word in words:
        candidate = f"{slug}-{word}" if slug else word
        if len(candidate) > max_length:
            break
        slug = candidate
    return slug or (words[0][:max_length] if words else "")
