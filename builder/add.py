"""``briefing add`` and ``briefing extract``: articles in, draft briefs out.

Both read every input first, analyse all the articles in one call to the extraction
engine (:class:`~builder.extract.engine.Engine`; it batches), and build each brief as a
validated :class:`~builder.model.Brief` whose evidence is grounded in its article
(:func:`~builder.grounding.grounding_problems`), whatever the engine. ``add`` then stores the
original verbatim as ``briefings/sources/<id><ext>`` and writes ``briefings/<id>.yaml``,
each file atomically; ``extract`` only returns the records. An input that cannot be read
is reported and the others go on: a batch never stops at its first bad file.

With ``update``, an input already in the collection is extracted again from its *stored*
original (so evidence numbers keep pointing at the same sentences) and the fresh brief is
merged into the one on disk by :func:`~builder.extract.merge.merge_reextracted`: fields a
person listed in ``review.edited``, and every field of a reviewed brief, are kept unless
``force`` is given. The brief is rewritten only when the merge changed it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from pydantic import ValidationError

from builder.article import Article
from builder.brief_limits import MAX_BRIEF_BYTES
from builder.errors import InputError, shown_path
from builder.extract import Analysis, merge_reextracted
from builder.extract.engine import BuiltinEngine, Engine, EngineFailure
from builder.grounding import grounding_problems
from builder.ingest import bytes_to_article, decode
from builder.ingest.sources import RawInput, Source, load_input, read_input
from builder.known_articles import KnownArticles
from builder.library import SOURCES_DIR
from builder.locks import folder_lock
from builder.model import Brief
from builder.safe_files import UnsafeFileError, outside_of, read_bounded
from builder.slugs import slugify
from builder.store import brief_to_yaml, remove_dead_temporaries, write_atomic
from builder.yaml_comments import rewrite_keeping_comments
from builder.yaml_io import YamlSyntaxError, parse_yaml

Tick = Callable[[], None]
Stage = Callable[[str], None]


@dataclass(frozen=True)
class Draft:
    """An input that was read: its bytes, its article and their sha256."""

    raw: RawInput
    article: Article
    sha256: str


@dataclass(frozen=True)
class Outcome:
    """What happened to one input: added or updated (with the files written), unchanged,
    skipped, or failed. ``detail`` is the brief's id, or why it was skipped or failed."""

    name: str
    status: Literal["added", "updated", "unchanged", "skipped", "failed"]
    detail: str
    written: tuple[Path, ...] = ()
    notes: tuple[str, ...] = ()  # what the engine said about the draft (items it dropped)


@dataclass(frozen=True)
class Update:
    """A brief on disk to extract again: its file, its brief and its stored article."""

    index: int
    path: Path
    existing: Brief
    draft: Draft
    text: str = ""  # the brief file as it is, comments included


@dataclass(frozen=True)
class Extracted:
    """The brief ``extract`` prints for one input, with the article it was drafted from."""

    name: str
    brief: Brief
    article: Article
    notes: tuple[str, ...] = ()


def base_id(draft: Draft, today: dt.date) -> str:
    """``<published date, else today>-<slug of the title>``."""
    date = (draft.article.published or today).isoformat()
    return f"{date}-{slugify(draft.article.title) or draft.sha256[:8]}"


def brief_id_for(draft: Draft, today: dt.date, taken: Callable[[str], bool]) -> str:
    """``<published date, else today>-<slug of the title>``, with -2, -3 if taken."""
    base = base_id(draft, today)
    candidate, n = base, 1
    while taken(candidate):
        n += 1
        candidate = f"{base}-{n}"
    return candidate


def read_drafts(
    sources: Sequence[Source | InputError],
    *,
    tick: Tick | None = None,
    load: Callable[[Source], RawInput] = load_input,
    keep_data: bool = True,
) -> list[Draft | InputError]:
    """Read every input, in order; a failure is kept in its place as an :class:`InputError`.

    Without ``keep_data`` the bytes are dropped once hashed and read, so a batch of
    thousands of pages holds their text, not their HTML.
    """
    drafts: list[Draft | InputError] = []
    for source in sources:
        if isinstance(source, InputError):
            drafts.append(source)
        elif source.skipped:
            drafts.append(InputError(source.name, source.skipped))
        else:
            try:
                raw = load(source)
                article = read_input(raw)
                check_article_length(source.name, article)
                digest = hashlib.sha256(raw.data).hexdigest()
                if not keep_data:
                    raw = dataclasses.replace(raw, data=b"")
                drafts.append(Draft(raw, article, digest))
            except InputError as exc:
                drafts.append(exc)
        if tick:
            tick()
    return drafts


MAX_ARTICLE_CHARS = 200_000
"""The longest article text drafted (some 30,000 words: a long read is a third of that).
The language model's work and memory grow with the text; longer input is not an article."""


def check_article_length(name: str, article: Article) -> None:
    """Refuse an article too long to analyse, by name, before any work is spent on it."""
    if len(article.text) > MAX_ARTICLE_CHARS:
        raise InputError(
            name,
            f"is too long for one article ({len(article.text):,} characters of text; "
            f"the limit is {MAX_ARTICLE_CHARS:,})",
        )


def make_brief(
    draft: Draft, analysis: Analysis, brief_id: str, *, today: dt.date, now: dt.datetime
) -> Brief:
    """The validated draft brief of an article; never fails for a readable article."""
    article = draft.article
    tags = list(dict.fromkeys(t for t in (*map(slugify, article.tags), *analysis.tags) if t))
    data: dict[str, Any] = {
        "schema": 1,
        "id": brief_id,
        "title": article.title,
        "published": article.published,
        "source": {
            "outlet": article.outlet,
            "url": draft.raw.url or article.url,
            "authors": list(article.authors),
            "language": article.language,
            "added": today,
            "file": f"{SOURCES_DIR}/{brief_id}{draft.raw.suffix}",
            "sha256": draft.sha256,
            "segmentation": article.segmentation,
            "inferred": list(article.inferred),
        },
        "story": slugify(article.story, 120) or None if article.story else None,
        "tags": tags,
        "summary": analysis.summary,
        "summary_evidence": analysis.summary_evidence,
        "actors": analysis.actors,
        "stakes": analysis.stakes,
        "open_questions": analysis.open_questions,
        "review": {"status": "draft", "edited": []},
        "extraction": {"engine": analysis.engine, "at": now.replace(microsecond=0)},
    }
    try:
        brief = Brief.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        raise InputError(
            draft.raw.name, f"cannot make a valid brief: {where}: {first['msg']}"
        ) from exc
    ungrounded = grounding_problems(brief, article.sentences)
    if ungrounded:
        raise InputError(
            draft.raw.name,
            f"the {analysis.engine} engine gave evidence not in the article: {ungrounded[0]}",
        )
    return brief


def add_articles(
    sources: Sequence[Source | InputError],
    briefings_dir: Path,
    *,
    today: dt.date,
    now: dt.datetime,
    tick: Tick | None = None,
    stage: Stage | None = None,
    load: Callable[[Source], RawInput] = load_input,
    update: bool = False,
    force: bool = False,
    engine: Engine | None = None,
    story: str | None = None,
    waiting: Callable[[], None] | None = None,
) -> list[Outcome]:
    """Add every input to the collection; returns one outcome per input, in order.

    ``engine`` drafts the briefs (by default the built-in one); ``story`` (a slug) puts
    every brief added or extracted again in that story thread.

    With ``update``, an input already in the collection is extracted again from its stored
    original and merged into its brief (``force``: the fresh extraction wins everywhere).
    The collection is locked meanwhile: a second ``add`` waits (``waiting`` is called
    first), so two never claim the same id or add the same article twice.
    """
    with folder_lock(briefings_dir, waiting=waiting):
        remove_dead_temporaries(briefings_dir)
        return _add_locked(
            sources,
            briefings_dir,
            today=today,
            now=now,
            tick=tick,
            stage=stage,
            load=load,
            update=update,
            force=force,
            engine=engine,
            story=story,
        )


def _add_locked(
    sources: Sequence[Source | InputError],
    briefings_dir: Path,
    *,
    today: dt.date,
    now: dt.datetime,
    tick: Tick | None,
    stage: Stage | None,
    load: Callable[[Source], RawInput],
    update: bool,
    force: bool,
    engine: Engine | None,
    story: str | None = None,
) -> list[Outcome]:
    held = KnownArticles.load(briefings_dir)
    outcomes: dict[int, Outcome] = {}
    updates: list[Update] = []

    def known_as(i: int, name: str, brief_id: str) -> None:
        path = held.paths.get(brief_id)
        if not update or path is None or any(u.existing.id == brief_id for u in updates):
            outcomes[i] = Outcome(name, "skipped", f"already added as {brief_id}")
            return
        try:
            updates.append(_stored_update(i, briefings_dir, path, name))
        except InputError as exc:
            outcomes[i] = Outcome(name, "failed", exc.message)

    pending: list[tuple[int, Source | InputError]] = []
    for i, source in enumerate(sources):
        if not isinstance(source, InputError) and source.skipped:
            outcomes[i] = Outcome(source.name, "skipped", source.skipped)
            if tick:
                tick()
            continue
        # A URL already in the collection is not fetched again.
        known = (
            None
            if isinstance(source, InputError) or source.kind != "url"
            else held.duplicate_of(None, [source.name])
        )
        if known and not isinstance(source, InputError):
            known_as(i, source.name, known)
            if tick:
                tick()
        else:
            pending.append((i, source))
    drafts = read_drafts([s for _, s in pending], tick=tick, load=load)
    fresh: list[tuple[int, Draft]] = []
    for (i, _), draft in zip(pending, drafts, strict=True):
        if isinstance(draft, InputError):
            outcomes[i] = Outcome(draft.source, "failed", draft.message)
            continue
        urls = [draft.raw.url, draft.article.url]
        known = held.duplicate_of(draft.sha256, urls)
        if known is not None:
            known_as(i, draft.raw.name, known)
            continue
        fresh.append((i, draft))
        # Reserve the id now, so a second copy in this batch is recognised as a duplicate.
        # An original stored by an add that crashed before its brief was written is
        # adopted: the article gets the id it was meant to have.
        brief_id = held.orphan_of(
            draft.sha256, draft.raw.suffix, base_id(draft, today)
        ) or brief_id_for(draft, today, held.ids.__contains__)
        held.reserve(brief_id, draft.sha256, urls)
        outcomes[i] = Outcome(draft.raw.name, "added", brief_id)
    count = len(fresh) + len(updates)
    if stage and count:
        stage(f"Drafting {count} brief{'s' if count != 1 else ''}")
    analyses = (engine or BuiltinEngine()).analyze(
        [draft.article for _, draft in fresh] + [u.draft.article for u in updates]
    )
    briefs: list[tuple[int, Draft, Brief, tuple[str, ...]]] = []
    for (i, draft), analysis in zip(fresh, analyses[: len(fresh)], strict=True):
        if isinstance(analysis, EngineFailure):
            outcomes[i] = Outcome(draft.raw.name, "failed", analysis.message)
            continue
        try:
            brief = make_brief(draft, analysis, outcomes[i].detail, today=today, now=now)
        except InputError as exc:
            outcomes[i] = Outcome(draft.raw.name, "failed", exc.message)
            continue
        if story:
            brief = brief.model_copy(update={"story": story})
        briefs.append((i, draft, brief, analysis.notes))
    merged: list[tuple[Update, Brief, tuple[str, ...]]] = []
    for item, analysis in zip(updates, analyses[len(fresh) :], strict=True):
        if isinstance(analysis, EngineFailure):
            outcomes[item.index] = Outcome(item.draft.raw.name, "failed", analysis.message)
            continue
        try:
            brief = _reextracted(item, analysis, today=today, now=now, force=force)
        except InputError as exc:
            outcomes[item.index] = Outcome(item.draft.raw.name, "failed", exc.message)
            continue
        if story and (item.existing.review.status != "reviewed" or force):
            brief = brief.model_copy(update={"story": story})
        merged.append((item, brief, analysis.notes))
    for i, draft, brief, notes in briefs:  # everything read and validated: now write
        outcomes[i] = dataclasses.replace(_write(briefings_dir, draft, brief), notes=notes)
    for item, brief, notes in merged:
        outcomes[item.index] = dataclasses.replace(_rewrite(item, brief), notes=notes)
    return [outcomes[i] for i in range(len(sources))]


def _stored_update(index: int, root: Path, path: Path, name: str) -> Update:
    """The brief at ``path`` and its stored original, read for extraction again."""
    try:
        if outside_of(path, root):
            raise UnsafeFileError("leads outside the briefings folder")
        text = read_bounded(path, MAX_BRIEF_BYTES).decode("utf-8-sig")
        loaded = parse_yaml(text)
        existing = Brief.model_validate(loaded.data)
    except (OSError, UnicodeDecodeError, YamlSyntaxError, ValidationError) as exc:
        raise InputError(
            name, f"cannot update {shown_path(path)}: it is not a valid brief (run briefing check)"
        ) from exc
    stored = root / existing.source.file
    where = f"cannot update {existing.id}: stored article '{existing.source.file}'"
    try:
        if outside_of(stored, root):
            raise UnsafeFileError("is a symbolic link to outside the briefings folder")
        data = read_bounded(stored, decode.MAX_BYTES)
    except UnsafeFileError as exc:
        raise InputError(name, f"{where} {exc.reason}") from exc
    except FileNotFoundError as exc:
        raise InputError(name, f"{where} does not exist") from exc
    except OSError as exc:
        raise InputError(name, f"{where} cannot be read ({exc.strerror or exc})") from exc
    digest = hashlib.sha256(data).hexdigest()
    if digest != existing.source.sha256:
        raise InputError(name, f"{where} does not match its sha256 (run briefing check)")
    try:
        # Evidence kept from the brief counts in its own numbering, so it is read in that.
        article = bytes_to_article(data, str(stored), stored.suffix, existing.source.segmentation)
    except InputError as exc:
        raise InputError(name, f"{where} {exc.message}") from exc
    # The URL the article was fetched from is kept as it was when the brief was made.
    raw = RawInput(name, b"", stored.suffix, existing.source.url)
    return Update(index, path, existing, Draft(raw, article, digest), text)


def _reextracted(
    item: Update, analysis: Analysis, *, today: dt.date, now: dt.datetime, force: bool
) -> Brief:
    """The fresh brief of a stored article, merged into the brief on disk."""
    existing = item.existing
    fresh = make_brief(item.draft, analysis, existing.id, today=today, now=now)
    # The stored original stays where it is, whatever the brief's id says today.
    fresh = fresh.model_copy(
        update={"source": fresh.source.model_copy(update={"file": existing.source.file})}
    )
    return merge_reextracted(existing, fresh, force=force)


def _same_content(a: Brief, b: Brief) -> bool:
    """Equal but for when and by which engine they were extracted."""
    return a.model_dump(mode="json", exclude={"extraction"}) == b.model_dump(
        mode="json", exclude={"extraction"}
    )


def _text_keeping_comments(item: Update, brief: Brief) -> str:
    """The brief's canonical YAML, patched to keep the comments of the file it replaces
    (and, if the patch does not read back as the same brief, the canonical YAML alone)."""
    canonical = brief_to_yaml(brief)
    patched = rewrite_keeping_comments(
        item.text,
        canonical,
        item.existing.model_dump(mode="json", by_alias=True),
        brief.model_dump(mode="json", by_alias=True),
    )
    if patched == canonical:
        return canonical
    try:
        if Brief.model_validate(parse_yaml(patched).data) == brief:
            return patched
    except (YamlSyntaxError, ValidationError):
        pass
    return canonical


def _rewrite(item: Update, brief: Brief) -> Outcome:
    name, brief_id = item.draft.raw.name, item.existing.id
    if _same_content(brief, item.existing):
        return Outcome(name, "unchanged", brief_id)
    try:
        write_atomic(item.path, _text_keeping_comments(item, brief))
    except OSError as exc:
        return Outcome(
            name, "failed", f"cannot write {exc.filename or item.path} ({exc.strerror or exc})"
        )
    return Outcome(name, "updated", brief_id, (item.path,))


def _write(root: Path, draft: Draft, brief: Brief) -> Outcome:
    stored = root / brief.source.file
    yaml_path = root / f"{brief.id}.yaml"
    for path in (stored, yaml_path):
        if outside_of(path.parent, root):
            where = shown_path(path.parent)
            return Outcome(
                draft.raw.name,
                "failed",
                f"not written: {where} is a symbolic link to outside the briefings folder",
            )
    try:
        write_atomic(stored, draft.raw.data)
        try:
            write_atomic(yaml_path, brief_to_yaml(brief))
        except BaseException:
            stored.unlink(missing_ok=True)  # no stored original without its brief
            raise
    except OSError as exc:
        return Outcome(
            draft.raw.name, "failed", f"cannot write {exc.filename or root} ({exc.strerror or exc})"
        )
    return Outcome(draft.raw.name, "added", brief.id, (yaml_path, stored))


def extract_records(
    sources: Sequence[Source | InputError],
    *,
    today: dt.date,
    now: dt.datetime,
    tick: Tick | None = None,
    stage: Stage | None = None,
    load: Callable[[Source], RawInput] = load_input,
    engine: Engine | None = None,
) -> list[Extracted | InputError]:
    """The brief ``add`` would write for each input (in a fresh collection), in order."""
    drafts = read_drafts(sources, tick=tick, load=load, keep_data=False)
    readable = [d for d in drafts if isinstance(d, Draft)]
    if stage and readable:
        stage(f"Drafting {len(readable)} brief{'s' if len(readable) != 1 else ''}")
    analyses = iter((engine or BuiltinEngine()).analyze([d.article for d in readable]))
    ids: set[str] = set()
    results: list[Extracted | InputError] = []
    for draft in drafts:
        if isinstance(draft, InputError):
            results.append(draft)
            continue
        analysis = next(analyses)
        if isinstance(analysis, EngineFailure):
            results.append(InputError(draft.raw.name, analysis.message))
            continue
        brief_id = brief_id_for(draft, today, ids.__contains__)
        ids.add(brief_id)
        try:
            brief = make_brief(draft, analysis, brief_id, today=today, now=now)
            results.append(Extracted(draft.raw.name, brief, draft.article, analysis.notes))
        except InputError as exc:
            results.append(exc)
    return results
