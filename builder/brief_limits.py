"""Limits on what a brief file may hold, checked before the schema, in one linear pass.

A brief is a page of plain data a person reviews. Text with control characters (terminal
escapes, NUL, BEL) breaks the feed and can rewrite a terminal; a summary of 100 MB or a
list of 40,000 tags makes a site of gigabytes. Such files are refused with the line of the
offending value, like any other problem.
"""

from __future__ import annotations

import re
from typing import Any

MAX_BRIEF_BYTES = 2 * 1024 * 1024
"""The largest brief file read (the example briefs are 3 to 6 KB)."""
MAX_TEXT = 5_000
"""Characters in one text field: a summary is some 500, a long title 200."""
MAX_ITEMS = 1_000
"""Items in one list (actors, tags, evidence numbers...)."""

CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
"""Control characters other than tab, line feed and carriage return."""

Loc = tuple[str | int, ...]


def limit_problems(data: Any) -> list[tuple[Loc, str]]:
    """Every value of parsed brief data over a limit, with its location, in one pass."""
    found: list[tuple[Loc, str]] = []
    stack: list[tuple[Loc, Any]] = [((), data)]
    while stack:  # no recursion: the depth is bounded by the YAML reader, not the stack
        loc, value = stack.pop()
        if isinstance(value, str):
            found.extend((loc, message) for message in _text_problems(value))
        elif isinstance(value, dict):
            stack.extend(((*loc, str(key)), item) for key, item in value.items())
        elif isinstance(value, list):
            if len(value) > MAX_ITEMS:
                found.append((loc, f"has {len(value):,} items; the limit is {MAX_ITEMS:,}"))
                continue
            stack.extend(((*loc, i), item) for i, item in enumerate(value))
    return sorted(found, key=lambda problem: [str(part) for part in problem[0]])


def _text_problems(value: str) -> list[str]:
    problems: list[str] = []
    if len(value) > MAX_TEXT:
        problems.append(f"is {len(value):,} characters long; the limit is {MAX_TEXT:,}")
    control = CONTROL_CHARACTERS.search(value[: MAX_TEXT + 1])
    if control is not None:
        problems.append(f"contains a control character (U+{ord(control[0]):04X}); remove it")
    return problems
