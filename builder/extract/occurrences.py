"""Where a name stands in a text, found without compiling a pattern for it.

The actors, aliases and titles look for each of an article's names in its text. A
pattern per name ("(?<![\\w-])Calder(?![\\w-])") costs a compile for every name of every
article, and the hundreds of such patterns push the fixed patterns out of ``re``'s
cache (512 entries), so those were compiled again and again too: a twentieth of the
extraction's time went to compiling. A search for the plain string, with the edges
checked by one fixed pattern, finds the same places.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_WORD_CHAR = re.compile(r"\w")
_WORD_OR_HYPHEN = re.compile(r"[\w-]")


def _is(pattern: re.Pattern[str], text: str, at: int) -> bool:
    return 0 <= at < len(text) and pattern.match(text, at) is not None


def _word_edge(text: str, at: int) -> bool:
    # What ``\b`` tests: a word character on one side of ``at`` and not on the other.
    return _is(_WORD_CHAR, text, at - 1) != _is(_WORD_CHAR, text, at)


def standalone(text: str, form: str) -> Iterator[int]:
    """Starts of ``form`` where no word character or hyphen touches it on either side,
    left to right and not overlapping: ``re.finditer(r"(?<![\\w-])FORM(?![\\w-])")``."""
    if not form:
        return
    at = text.find(form)
    while at >= 0:
        end = at + len(form)
        if not _is(_WORD_OR_HYPHEN, text, at - 1) and not _is(_WORD_OR_HYPHEN, text, end):
            yield at
            at = text.find(form, end)
        else:
            at = text.find(form, at + 1)


def bounded(text: str, form: str) -> Iterator[int]:
    """Starts of ``form`` with a word boundary at both ends, left to right and not
    overlapping: ``re.finditer(r"\\bFORM\\b")``."""
    if not form:
        return
    at = text.find(form)
    while at >= 0:
        end = at + len(form)
        if _word_edge(text, at) and _word_edge(text, end):
            yield at
            at = text.find(form, end)
        else:
            at = text.find(form, at + 1)


def followed_by(
    text: str, form: str, after: re.Pattern[str]
) -> Iterator[tuple[int, re.Match[str]]]:
    """Where ``form`` stands with ``after`` matching right behind it, left to right and
    not overlapping, as ``re.finditer(re.escape(FORM) + AFTER)`` finds them: the start of
    ``form`` and the match of ``after``, whose groups are the whole pattern's."""
    if not form:
        return
    at = text.find(form)
    while at >= 0:
        found = after.match(text, at + len(form))
        if found:
            yield at, found
            at = text.find(form, max(found.end(), at + 1))
        else:
            at = text.find(form, at + 1)
