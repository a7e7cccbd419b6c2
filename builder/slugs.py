"""Slugs for ids, tags, stories and URLs: lower-case ASCII words joined by hyphens."""

from __future__ import annotations

import re
import unicodedata

from anyascii import anyascii

SLUG_LENGTH = 60
# Words that cannot end a cut-short slug: articles, prepositions, conjunctions.
_DANGLING = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "to",
        "in",
        "on",
        "at",
        "for",
        "with",
        "from",
        "by",
        "as",
        "into",
        "over",
        "after",
        "before",
        "and",
        "or",
        "but",
    ]
)


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
    kept: list[str] = []
    for word in words:
        if len("-".join([*kept, word])) > max_length:
            # Cut short: a permanent address should not end '...-rubble-of'.
            while len(kept) > 1 and kept[-1] in _DANGLING:
                kept.pop()
            break
        kept.append(word)
    return "-".join(kept) or (words[0][:max_length] if words else "")
