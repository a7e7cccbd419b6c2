"""Quotation marks across sentence boundaries.

A sentence splitter cuts at every full stop, so a quotation of two sentences
(``"We have given the company every chance. They failed," she said.``) comes out as two
sentences, the first ending inside an open quotation. :func:`quotation_groups` says which
consecutive sentences of a paragraph belong together because a quotation opened in one
closes in a later one. A quotation that never closes in its paragraph (news style opens
each paragraph of a long quotation and closes only the last) joins nothing, and neither
does one interrupted by a new quotation opening a sentence.

Straight quotes are ambiguous: ``'`` is also an apostrophe (``don't``, ``the Smiths'``).
A quote mark counts as opening only before a letter or digit and after a space, a
bracket, a dash or the start; a closing one only after a non-space, where a quotation of
that kind is open.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

MAX_JOINED = 6  # sentences one quotation may span; beyond it a quote mark was probably lost

_OPENERS = {"“": "d", "‘": "s", "«": "g", "「": "c", "『": "w"}
_CLOSERS = {"”": "d", "’": "s", "»": "g", "」": "c", "』": "w"}
_BEFORE_OPENING = " \t\n([{—–-:/"
_QUOTE_MARK = re.compile("[\"'“”‘’«»「」『』]")


def open_quotes(text: str, state: frozenset[str] = frozenset()) -> frozenset[str]:
    """The kinds of quotation still open after ``text``, starting from ``state``."""
    opened = set(state)
    last = len(text) - 1
    for match in _QUOTE_MARK.finditer(text):
        i, ch = match.start(), match.group()
        before = text[i - 1] if i > 0 else " "
        after = text[i + 1] if i < last else " "
        if ch == '"':
            kind = "d"
            if kind in opened:
                opened.discard(kind)
            elif before in _BEFORE_OPENING and not after.isspace():
                opened.add(kind)
        elif ch in ("'", "’"):
            if "s" in opened and not before.isspace() and not after.isalnum():
                opened.discard("s")
            elif ch == "'" and before in _BEFORE_OPENING and after.isalnum():
                opened.add("s")
        elif ch in _OPENERS:
            if ch == "‘" and before.isalnum():
                continue  # a left quote used as an apostrophe ("rock ‘n’ roll")
            opened.add(_OPENERS[ch])
        else:
            opened.discard(_CLOSERS[ch])
    return frozenset(opened)


def _opens_with_quote(text: str) -> str | None:
    stripped = text.lstrip()
    if not stripped:
        return None
    first = stripped[0]
    if first in _OPENERS:
        return _OPENERS[first]
    if first == '"':
        return "d"
    if first == "'" and stripped[1:2].isalnum():
        return "s"
    return None


def quotation_groups(sentences: Sequence[str]) -> list[tuple[int, int]]:
    """``(first, last)`` index pairs covering ``sentences`` in order; a pair spans more
    than one sentence where a quotation opened in ``first`` closes in ``last``."""
    groups: list[tuple[int, int]] = []
    i, count = 0, len(sentences)
    while i < count:
        last = i
        state = open_quotes(sentences[i])
        if state:
            k = i + 1
            while k < count and k - i < MAX_JOINED:
                if _opens_with_quote(sentences[k]) in state:
                    break  # a new quotation: the earlier one was left open on purpose
                state = open_quotes(sentences[k], state)
                if not state:
                    last = k
                    break
                k += 1
        groups.append((i, last))
        i = last + 1
    return groups
