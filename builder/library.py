"""Load and validate every brief in the briefings folder, collecting *all* problems.

Validation runs in two passes. The first parses and validates each file on its own
(syntax, schema, id = file stem). The second checks what needs the whole collection or
the stored sources: duplicate ids, answered_by references, stored files and their hashes,
and that every evidence number resolves to a sentence of the stored article.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from builder.brief_cache import BriefCache
from builder.brief_limits import MAX_BRIEF_BYTES, limit_problems
from builder.errors import Problem, shown_path
from builder.grounding import evidence_problems, field_name
from builder.heap import collector_paused
from builder.ingest import decode
from builder.model import Brief, Source
from builder.parallel import map_in_processes
from builder.safe_files import UnsafeFileError, outside_of, read_bounded
from builder.sentence_cache import SegmentJob, SentenceCache, segment_all
from builder.sentences import Sentence
from builder.yaml_io import YamlSyntaxError, duplicate_keys, line_of, parse_yaml

SOURCES_DIR = "sources"

Loc = tuple[str | int, ...]


@dataclass(frozen=True)
class LoadedBrief:
    """A valid brief, the file it came from, and the sentences of its stored article."""

    brief: Brief
    path: Path
    sentences: tuple[Sentence, ...] = field(repr=False)

    def quote(self, number: int) -> str:
        """The text of evidence sentence ``number`` (1-based)."""
        return self.sentences[number - 1].text


@dataclass
class Library:
    """Every brief that loaded cleanly, and every problem found on the way."""

    root: Path
    briefs: list[LoadedBrief]
    problems: list[Problem]

    def by_id(self) -> dict[str, LoadedBrief]:
        return {item.brief.id: item for item in self.briefs}


@dataclass(frozen=True)
class _Refs:
    """What the collection checks read from a brief: its id, stored source, answered_by
    links and evidence numbers.

    They come from the validated brief or, when the schema rejected the file, from its
    raw YAML wherever the values there are usable, so one schema error does not hide an
    evidence number that points past the article's end (every problem is reported).
    """

    id: str | None
    source: Source | None
    answers: tuple[tuple[int, str], ...]  # (question index, answered_by)
    evidence: tuple[tuple[Loc, tuple[int, ...]], ...]

    @classmethod
    def of_brief(cls, brief: Brief) -> _Refs:
        return cls(
            brief.id,
            brief.source,
            tuple((i, q.answered_by) for i, q in enumerate(brief.open_questions) if q.answered_by),
            tuple((loc, tuple(numbers)) for loc, numbers in brief.evidence_refs()),
        )

    @classmethod
    def of_raw(cls, data: dict[str, Any]) -> _Refs:
        """The usable references of a brief that failed validation (nothing is guessed)."""
        raw_id = data.get("id")
        try:
            source: Source | None = Source.model_validate(data.get("source"))
        except ValidationError:
            source = None  # the schema errors say why; nothing to resolve evidence against
        answers: list[tuple[int, str]] = []
        evidence: list[tuple[Loc, tuple[int, ...]]] = []
        numbers = _sentence_numbers(data.get("summary_evidence"))
        if numbers:
            evidence.append((("summary_evidence",), numbers))
        for section in ("actors", "stakes", "open_questions"):
            items = data.get(section)
            for i, item in enumerate(items if isinstance(items, list) else []):
                if not isinstance(item, dict):
                    continue
                numbers = _sentence_numbers(item.get("evidence"))
                if numbers:
                    evidence.append(((section, i, "evidence"), numbers))
                answer = item.get("answered_by") if section == "open_questions" else None
                if isinstance(answer, str) and answer:
                    answers.append((i, answer))
        return cls(
            raw_id if isinstance(raw_id, str) else None, source, tuple(answers), tuple(evidence)
        )


def _sentence_numbers(value: object) -> tuple[int, ...]:
    """A raw evidence list if every entry is a sentence number, else () (a schema error)."""
    if not isinstance(value, list):
        return ()
    if all(isinstance(n, int) and not isinstance(n, bool) and n >= 1 for n in value):
        return tuple(value)
    return ()


@dataclass
class _Parsed:
    """A parsed brief file, with the lines the collection checks may report.

    ``brief`` is None when the file failed the schema: the collection checks still run
    on its usable references, but it never reaches the site. Line numbers are looked up
    once, while the node tree exists, so parsed files can come back from worker
    processes without it. A brief from the cache has no tree: its file is parsed again
    only if a problem needs a line.
    """

    path: Path
    shown: str
    brief: Brief | None
    refs: _Refs
    lines: dict[Loc, int] | None

    def line(self, loc: Loc) -> int:
        if self.lines is None:
            self.lines = _lines_in_file(self.path, self.refs)
        return self.lines.get(loc, 1)


def _lines_in_file(path: Path, refs: _Refs) -> dict[Loc, int]:
    try:
        return _report_lines(parse_yaml(path.read_text(encoding="utf-8-sig")).node, refs)
    except (OSError, UnicodeDecodeError, YamlSyntaxError):
        return {}  # changed since it was read: messages fall back to line 1


def _report_lines(node: yaml.Node | None, refs: _Refs) -> dict[Loc, int]:
    locs: list[Loc] = [("id",), ("source", "file"), ("source", "sha256")]
    locs += [("open_questions", i, "answered_by") for i, _ in refs.answers]
    locs += [(*loc, k) for loc, numbers in refs.evidence for k in range(len(numbers))]
    return {loc: line_of(node, loc) for loc in locs}


BRIEF_SUFFIXES = (".yaml", ".yml")


def brief_files(paths: Iterable[Path]) -> list[Path]:
    """Every brief YAML (``.yaml`` or ``.yml``) under the given files and folders, sorted,
    stored sources excluded."""
    found: set[Path] = set()
    for path in paths:
        if path.is_dir():
            found.update(
                p
                for suffix in BRIEF_SUFFIXES
                for p in path.rglob(f"*{suffix}")
                if SOURCES_DIR not in p.parent.parts
                and not any(part.startswith(".") for part in p.parts)
            )
        else:
            found.add(path)
    return sorted(found)


def load_library(
    root: Path, only: Sequence[Path] | None = None, *, cache_dir: Path | None = None
) -> Library:
    """Load every brief under ``root`` and validate it.

    With ``only``, problems are reported for those files (and folders) alone, but ids and
    references are still checked against the whole collection under ``root``. With
    ``cache_dir``, sentences of stored articles are cached there between runs.
    """
    with collector_paused():
        return _load(root, only, cache_dir)


def _load(root: Path, only: Sequence[Path] | None, cache_dir: Path | None) -> Library:
    # A project whose first article is not added yet has no briefings folder: no briefs.
    collection = [root] if root.exists() else []
    files = brief_files([*collection, *(only or [])])
    named = {path.absolute() for path in only or [] if not path.is_dir()}
    cache = BriefCache(cache_dir)
    parsed: list[_Parsed] = []
    problems: list[Problem] = []
    for result, found in _parse_all(files, cache, root, named):
        problems += found
        if result is not None:
            parsed.append(result)
            mismatch = _id_mismatch(result)
            if mismatch is not None:
                problems.append(mismatch)
    cache.save()
    briefs = _check_collection(root, parsed, problems, SentenceCache(cache_dir))
    if only is not None:
        wanted = {p.resolve() for p in brief_files(only)}
        problems = [p for p in problems if Path(p.path).resolve() in wanted]
        briefs = [b for b in briefs if b.path.resolve() in wanted]
    return Library(root, briefs, sorted(problems))


_Result = tuple[_Parsed | None, list[Problem]]


@dataclass(frozen=True)
class _BriefFile:
    """A brief file as read once by the loading process: its bytes go to the parser."""

    path: Path
    shown: str
    data: bytes


def _parse_one(file: _BriefFile) -> _Result:
    problems: list[Problem] = []
    return _parse_file(file, problems), problems


class _ShownPaths:
    """shown_path for many files in few folders, resolving each folder once."""

    def __init__(self) -> None:
        self.folders: dict[Path, str] = {}

    def __call__(self, path: Path) -> str:
        folder = self.folders.get(path.parent)
        if folder is None:
            folder = self.folders[path.parent] = shown_path(path.parent)
        return str(Path(folder, path.name))


def _parse_all(files: list[Path], cache: BriefCache, root: Path, named: set[Path]) -> list[_Result]:
    """Read each file once and parse and validate it, in order: from the cache when its
    bytes are known, otherwise spread over the cores for large collections.

    A file found in the collection that leads outside it (a symbolic link) is not read;
    one the user named is.
    """
    results: list[_Result | None] = []
    misses: list[tuple[int, str, _BriefFile]] = []
    shown = _ShownPaths()
    for path in files:
        name = shown(path)
        try:
            if path.absolute() not in named and outside_of(path, root):
                raise UnsafeFileError("is a symbolic link to outside the briefings folder")
            data = read_bounded(path, MAX_BRIEF_BYTES, too_large=_brief_too_large)
        except UnsafeFileError as exc:
            results.append((None, [Problem(name, 1, "file", f"{exc.reason}; not read")]))
            continue
        except FileNotFoundError:
            results.append((None, [Problem(name, 1, "file", "no such file")]))
            continue
        except OSError as exc:
            results.append((None, [Problem(name, 1, "file", f"cannot be read ({exc.strerror})")]))
            continue
        digest = hashlib.sha256(data).hexdigest()
        cached = cache.get(digest)
        if cached is None:
            misses.append((len(results), digest, _BriefFile(path, name, data)))
            results.append(None)
        else:
            results.append((_Parsed(path, name, cached, _Refs.of_brief(cached), None), []))
    parsed_misses = map_in_processes(_parse_one, [file for _, _, file in misses])
    for (index, digest, _), (parsed, problems) in zip(misses, parsed_misses, strict=True):
        if parsed is not None and parsed.brief is not None and not problems:
            cache.put(digest, parsed.brief)
        results[index] = (parsed, problems)
    return [result for result in results if result is not None]


def _brief_too_large(size: int | None) -> str:
    return decode.too_large(size, MAX_BRIEF_BYTES).replace(
        "is too large", "is too large for a brief"
    )


def _parse_file(file: _BriefFile, problems: list[Problem]) -> _Parsed | None:
    path, shown = file.path, file.shown
    try:
        text = file.data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        problems.append(Problem(shown, 1, "file", f"is not UTF-8 text ({exc.reason})"))
        return None
    try:
        loaded = parse_yaml(text)
    except YamlSyntaxError as exc:
        problems.append(Problem(shown, exc.line, "syntax", exc.message, column=exc.column))
        return None
    over = limit_problems(loaded.data)
    for loc, message in over:
        problems.append(Problem(shown, line_of(loaded.node, loc), field_name(loc), message))
    if over:
        return None
    for line, key in duplicate_keys(loaded.node):
        problems.append(
            Problem(shown, line, key, "duplicate key (the earlier value would be lost)")
        )
    if not isinstance(loaded.data, dict):
        problems.append(
            Problem(
                shown,
                1,
                "brief",
                "must be a mapping of fields, not "
                + ("an empty file" if loaded.data is None else "a single value"),
            )
        )
        return None
    try:
        brief = Brief.model_validate(loaded.data)
    except ValidationError as exc:
        for error in exc.errors(include_url=False):
            loc = tuple(error["loc"])
            problems.append(
                Problem(
                    shown,
                    line_of(loaded.node, loc),
                    field_name(loc),
                    _message(error["type"], error["msg"]),
                )
            )
        refs = _Refs.of_raw(loaded.data)
        return _Parsed(path, shown, None, refs, _report_lines(loaded.node, refs))
    refs = _Refs.of_brief(brief)
    return _Parsed(path, shown, brief, refs, _report_lines(loaded.node, refs))


def _id_mismatch(item: _Parsed) -> Problem | None:
    """The id must be the file name, which is what page URLs and answered_by links use."""
    if item.refs.id is None or item.refs.id == item.path.stem:
        return None
    return Problem(
        item.shown,
        item.line(("id",)),
        "id",
        f"'{item.refs.id}' differs from the file name '{item.path.stem}'",
    )


def _message(kind: str, msg: str) -> str:
    if kind == "extra_forbidden":
        return "unknown field"
    if kind == "missing":
        return "required field is missing"
    return msg.removeprefix("Value error, ").removeprefix("Assertion failed, ")


def _check_collection(
    root: Path, parsed: list[_Parsed], problems: list[Problem], cache: SentenceCache
) -> list[LoadedBrief]:
    first_seen: dict[str, _Parsed] = {}
    for item in parsed:
        if item.refs.id is None:
            continue
        earlier = first_seen.setdefault(item.refs.id, item)
        if earlier is not item:
            problems.append(
                Problem(
                    item.shown,
                    item.line(("id",)),
                    "id",
                    f"duplicate id '{item.refs.id}' (also in {earlier.shown})",
                )
            )
    ids = set(first_seen)
    for item in parsed:
        for i, answered_by in item.refs.answers:
            if answered_by not in ids:
                problems.append(
                    Problem(
                        item.shown,
                        item.line(("open_questions", i, "answered_by")),
                        f"open_questions[{i}].answered_by",
                        f"no brief has the id '{answered_by}'",
                    )
                )
    sentences = _sentences_of_sources(root, parsed, problems, cache)
    resolved = [
        (item, found)
        for item in parsed
        if (found := sentences.get(id(item))) is not None
        and _evidence_resolves(item, found, problems)
    ]
    failed = {problem.path for problem in problems}
    return [
        LoadedBrief(item.brief, item.path, found)
        for item, found in resolved
        if item.brief is not None and item.shown not in failed
    ]


def _sentences_of_sources(
    root: Path, parsed: list[_Parsed], problems: list[Problem], cache: SentenceCache
) -> dict[int, tuple[Sentence, ...]]:
    """Read each stored article, verify its hash, and get its sentences (cached or fresh)."""
    found: dict[int, tuple[Sentence, ...]] = {}
    pending: list[tuple[_Parsed, str, SegmentJob]] = []
    for item in parsed:
        read = _read_source(root, item, problems)
        if read is None:
            continue
        data, digest, stored = read
        version = item.refs.source.segmentation if item.refs.source else 1
        cached = cache.get(digest, stored.suffix, version)
        if cached is not None:
            found[id(item)] = cached
        else:
            job = SegmentJob(data, str(stored), stored.suffix, version)
            pending.append((item, digest, job))
    results = segment_all([job for _, _, job in pending])
    for (item, digest, job), result in zip(pending, results, strict=True):
        if isinstance(result, str):
            problems.append(
                Problem(
                    item.shown,
                    item.line(("source", "file")),
                    "source.file",
                    f"stored article '{_stored_name(item)}' {result}",
                )
            )
            continue
        cache.put(digest, job.suffix, result, job.segmentation)
        found[id(item)] = result
    cache.save()
    return found


def _stored_name(item: _Parsed) -> str:
    return item.refs.source.file if item.refs.source is not None else ""


def _read_source(
    root: Path, item: _Parsed, problems: list[Problem]
) -> tuple[bytes, str, Path] | None:
    source = item.refs.source
    if source is None:
        return None
    stored = root / source.file
    try:
        if outside_of(stored, root):
            raise UnsafeFileError("is a symbolic link to outside the briefings folder")
        data = read_bounded(stored, decode.MAX_BYTES)
    except UnsafeFileError as exc:
        reason = f"{exc.reason}; not read"
    except FileNotFoundError:
        reason = "does not exist"
    except OSError as exc:
        reason = f"cannot be read ({exc.strerror})"
    else:
        reason = ""
    if reason:
        message = f"stored article '{source.file}' {reason}"
        problems.append(Problem(item.shown, item.line(("source", "file")), "source.file", message))
        return None
    digest = hashlib.sha256(data).hexdigest()
    if digest != source.sha256:
        problems.append(
            Problem(
                item.shown,
                item.line(("source", "sha256")),
                "source.sha256",
                f"does not match the stored article (its sha256 is {digest})",
            )
        )
    return data, digest, stored


def _evidence_resolves(
    item: _Parsed, sentences: tuple[Sentence, ...], problems: list[Problem]
) -> bool:
    found = evidence_problems(item.refs.evidence, _stored_name(item), len(sentences))
    problems += [
        Problem(item.shown, item.line(problem.loc), problem.field, problem.message)
        for problem in found
    ]
    return not found
