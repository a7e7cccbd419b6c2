"""Rewriting a brief without losing the comments a reviewer wrote in it.

``briefing add --update`` rewrites a brief in its canonical form. A reviewer's comments
(``# checked with the outlet``) would go with the old text, so the rewrite is a patch:
each top-level field whose value did not change keeps its old lines verbatim, comments and
layout included; a changed field takes its canonical lines, preceded by the comments the
old field held. Comments between fields stay above the field they preceded. Comments are
found as the text the YAML scanner skips, so a ``#`` inside a quoted or folded string is
never mistaken for one. A file without comments is simply the canonical text, as for a
new brief.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import Any

import yaml

from builder.yaml_io import YamlSyntaxError, parse_yaml, scan_tokens

_TOP_KEY = re.compile(r"^([A-Za-z_][\w-]*):", re.MULTILINE)


@dataclass(frozen=True)
class _Comment:
    line: int  # 0-based
    column: int
    text: str  # from '#' to the end of the line

    @property
    def own_line(self) -> bool:
        return self.column == 0


def _comments(text: str) -> list[_Comment]:
    """Every comment of a YAML text: '#' outside every token the scanner produced."""
    spans = scan_tokens(text)
    starts = [start for start, _ in spans]
    found: list[_Comment] = []
    offset = 0
    for number, line in enumerate(text.splitlines(keepends=True)):
        column = line.find("#")
        while column != -1:
            index = offset + column
            k = bisect_right(starts, index) - 1
            if k < 0 or not spans[k][0] <= index < spans[k][1]:
                found.append(_Comment(number, column, line[column:].rstrip("\r\n")))
                break
            column = line.find("#", spans[k][1] - offset)
        offset += len(line)
    return found


def _blocks(lines: list[str], starts: dict[str, int]) -> dict[str, tuple[int, int]]:
    """Each top-level key's lines [start, end): up to the next key, less the blank and
    comment lines just above it (those belong to the next key)."""
    ordered = sorted(starts.items(), key=lambda item: item[1])
    blocks: dict[str, tuple[int, int]] = {}
    for i, (key, start) in enumerate(ordered):
        end = ordered[i + 1][1] if i + 1 < len(ordered) else len(lines)
        while end > start + 1 and (not lines[end - 1].strip() or lines[end - 1].startswith("#")):
            end -= 1
        blocks[key] = (start, end)
    return blocks


def _top_level_lines(node: yaml.Node | None) -> dict[str, int] | None:
    if not isinstance(node, yaml.MappingNode):
        return None
    found: dict[str, int] = {}
    for key_node, _ in node.value:
        if not isinstance(key_node, yaml.ScalarNode) or key_node.start_mark.column != 0:
            return None
        found[key_node.value] = key_node.start_mark.line
    return found


def rewrite_keeping_comments(
    old_text: str, new_text: str, old_data: dict[str, Any], new_data: dict[str, Any]
) -> str:
    """``new_text`` (the canonical YAML of ``new_data``) with the comments of ``old_text``
    (whose validated data is ``old_data``) kept, and its unchanged fields kept verbatim."""
    if "#" not in old_text:
        return new_text
    try:
        comments = _comments(old_text)
        starts = _top_level_lines(parse_yaml(old_text).node)
    except YamlSyntaxError:
        return new_text
    if not comments or starts is None:
        return new_text
    old_lines = old_text.splitlines(keepends=True)
    if old_lines and not old_lines[-1].endswith("\n"):
        old_lines[-1] += "\n"
    old_blocks = _blocks(old_lines, starts)
    new_lines = new_text.splitlines(keepends=True)
    new_starts = {m[1]: new_text.count("\n", 0, m.start()) for m in _TOP_KEY.finditer(new_text)}
    new_blocks = _blocks(new_lines, new_starts)

    # Each old key's leading lines: the blank and comment lines since the previous field.
    leading_of: dict[str, list[str]] = {}
    leftover: list[str] = []  # comments of fields the new brief does not have
    previous_end = 0
    for key, (start, end) in sorted(old_blocks.items(), key=lambda item: item[1][0]):
        leading_of[key] = old_lines[previous_end:start]
        previous_end = end
        if key not in new_blocks:
            leftover += leading_of[key] + [c.text + "\n" for c in comments if start <= c.line < end]
    footer = old_lines[previous_end:]
    out: list[str] = []
    for key, (start, end) in sorted(new_blocks.items(), key=lambda item: item[1][0]):
        old_block = old_blocks.get(key)
        if old_block is None:
            out += new_lines[start:end]
            continue
        out += leading_of.get(key, [])
        if old_data.get(key) == new_data.get(key):
            out += old_lines[old_block[0] : old_block[1]]
        else:
            out += [c.text + "\n" for c in comments if old_block[0] <= c.line < old_block[1]]
            out += new_lines[start:end]
    out += leftover + footer
    return "".join(out)
