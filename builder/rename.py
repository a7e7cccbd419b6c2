"""``briefing rename OLD NEW``: give a brief a new id, so a bad title at add time is not
permanent.

A brief's id is its file name (``briefings/<id>.yaml``), its stored original's name
(``briefings/sources/<id>.txt``), its page's URL, and what other briefs' open questions
point at (``answered_by: <id>``). Renaming changes all of them together: every new file
is prepared and validated in memory first, then written atomically (new files before
old ones are removed), and a failure while writing puts back what was already changed.
Only the lines that carry the id are edited, so comments and layout in the YAML stay.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from builder.errors import BriefingError, shown_path
from builder.known_articles import KnownArticles
from builder.library import SOURCES_DIR
from builder.locks import folder_lock
from builder.model import SLUG_PATTERN, Brief
from builder.store import write_atomic
from builder.yaml_io import YamlSyntaxError, parse_yaml


@dataclass(frozen=True)
class Renamed:
    """What a rename wrote: the brief's new file, its stored original, and the briefs
    whose ``answered_by`` now names the new id."""

    brief: Path
    original: Path
    references: tuple[Path, ...]


def rename_brief(root: Path, old: str, new: str) -> Renamed:
    """Rename brief ``old`` to ``new`` in the briefings folder ``root``.

    The collection is locked meanwhile, as ``add`` locks it, so an ``add`` running at the
    same time cannot claim ``new`` or read a half-renamed collection.
    """
    if not root.is_dir():
        raise BriefingError(f"no brief has the id '{old}' in {shown_path(root)}")
    with folder_lock(root):
        return _rename_locked(root, old, new)


def _rename_locked(root: Path, old: str, new: str) -> Renamed:
    if not re.match(SLUG_PATTERN, new) or len(new) > 120:
        raise BriefingError(
            f"'{new}' is not a valid id: use lower-case letters, digits and single hyphens "
            "(e.g. 2026-03-02-harbour-board-approves-dredging-plan)"
        )
    known = KnownArticles.load(root)
    old_path = known.paths.get(old)
    if old_path is None:
        raise BriefingError(f"no brief has the id '{old}' in {shown_path(root)}")
    if new == old:
        raise BriefingError(f"'{old}' already has that id")
    if new in known.ids:
        raise BriefingError(f"the id '{new}' is already taken in {shown_path(root)}")
    text = _read_text(old_path)
    brief = _brief_of(old_path, text)
    new_path = old_path.with_name(f"{new}.yaml")
    old_original = root / brief.source.file
    new_file = f"{SOURCES_DIR}/{new}{old_original.suffix}"
    new_original = root / new_file
    if new_path.exists() or new_original.exists():
        raise BriefingError(f"the id '{new}' is already taken in {shown_path(root)}")
    try:
        data = old_original.read_bytes()
    except OSError as exc:
        raise BriefingError(
            f"{shown_path(old_path)}: stored article '{brief.source.file}' cannot be read "
            f"({exc.strerror or exc})"
        ) from exc
    renamed_text = _replace_value(
        _replace_value(text, "id", old, new, old_path),
        "file",
        brief.source.file,
        new_file,
        old_path,
    )
    if any(q.answered_by == old for q in brief.open_questions):  # it answers itself
        renamed_text = _replace_value(renamed_text, "answered_by", old, new, old_path)
    _check(old_path, renamed_text, lambda b: b.id == new and b.source.file == new_file)
    changes = _answered_by_changes(known, old, new, skip=old_path)
    _write_all(
        [(new_original, data), (new_path, renamed_text)],
        [(path, after) for path, _, after in changes],
        [(path, before) for path, before, _ in changes],
    )
    old_path.unlink()
    if old_original.resolve() != new_original.resolve():
        old_original.unlink(missing_ok=True)
    return Renamed(new_path, new_original, tuple(path for path, _, _ in changes))


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise BriefingError(f"{shown_path(path)}: cannot be read ({exc})") from exc


def _brief_of(path: Path, text: str) -> Brief:
    try:
        return Brief.model_validate(parse_yaml(text).data)
    except (YamlSyntaxError, ValidationError) as exc:
        raise BriefingError(
            f"{shown_path(path)}: is not a valid brief (run briefing check)"
        ) from exc


def _replace_value(text: str, key: str, old: str, new: str, path: Path) -> str:
    """``key: old`` -> ``key: new`` on the one line that says it (quoted or not)."""
    pattern = re.compile(
        r"^(?P<lead>[ \t-]*" + re.escape(key) + r":[ \t]*(?:>-?[ \t]*\n[ \t]+)?)"
        r"(?P<q>['\"]?)" + re.escape(old) + r"(?P=q)(?P<tail>[ \t]*(?:#.*)?)$",
        re.M,
    )  # fmt: skip
    result, count = pattern.subn(lambda m: f"{m['lead']}{m['q']}{new}{m['q']}{m['tail']}", text)
    if count == 0:
        raise BriefingError(
            f"{shown_path(path)}: cannot find the line '{key}: {old}' to rename (write it on "
            "one line, then try again)"
        )
    return result


def _check(path: Path, text: str, ok: Callable[[Brief], bool]) -> None:
    if not ok(_brief_of(path, text)):
        raise BriefingError(f"{shown_path(path)}: the renamed brief does not read back right")


def _answered_by_changes(
    known: KnownArticles, old: str, new: str, *, skip: Path
) -> list[tuple[Path, str, str]]:
    """(file, text before, text after) for every brief with ``answered_by: old``."""
    changes: list[tuple[Path, str, str]] = []
    for path in sorted(set(known.paths.values()) - {skip}):
        text = _read_text(path)
        if old not in text:
            continue
        brief = _brief_of(path, text)
        if not any(q.answered_by == old for q in brief.open_questions):
            continue
        after = _replace_value(text, "answered_by", old, new, path)
        _check(path, after, lambda b: all(q.answered_by != old for q in b.open_questions))
        changes.append((path, text, after))
    return changes


def _write_all(
    created: list[tuple[Path, str | bytes]],
    rewritten: list[tuple[Path, str]],
    originals: list[tuple[Path, str]],
) -> None:
    """Write new files, then rewrite others; on failure undo what was done, then raise."""
    done_new: list[Path] = []
    done_rewrite: list[tuple[Path, str]] = []
    try:
        for path, content in created:
            write_atomic(path, content)
            done_new.append(path)
        for (path, content), (_, before) in zip(rewritten, originals, strict=True):
            write_atomic(path, content)
            done_rewrite.append((path, before))
    except OSError as exc:
        for path, before in done_rewrite:
            write_atomic(path, before)
        for path in done_new:
            path.unlink(missing_ok=True)
        raise BriefingError(
            f"cannot write {exc.filename or path} ({exc.strerror or exc}); nothing was renamed"
        ) from exc
