"""``briefing add`` and ``briefing extract``: articles in, draft briefs out.

Both read every input first, analyse all the articles in one call (the engine batches),
and build each brief as a validated :class:`~builder.model.Brief`. ``add`` then stores the
original verbatim as ``briefings/sources/<id><ext>`` and writes ``briefings/<id>.yaml``,
each file atomically; ``extract`` only returns the records. An input that cannot be read
is reported and the others go on: a batch never stops at its first bad file.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import yaml
from pydantic import ValidationError

from builder.article import Article
from builder.errors import InputError
from builder.extract import Analysis, analyze_articles
from builder.ingest.sources import RawInput, Source, load_input, read_input
from builder.library import SOURCES_DIR, brief_files
from builder.model import Brief
from builder.store import brief_to_yaml, write_atomic

SLUG_LENGTH = 60
_FastLoader = getattr(yaml, "CBaseLoader", yaml.BaseLoader)
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
    """What happened to one input: added (with the files written), skipped, or failed."""

    name: str
    status: Literal["added", "skipped", "failed"]
    detail: str
    written: tuple[Path, ...] = ()


@dataclass(frozen=True)
class Extracted:
    """The brief ``extract`` prints for one input, with the article it was drafted from."""

    name: str
    brief: Brief
    article: Article


@dataclass
class Collection:
    """The ids, hashes and URLs already in a briefings folder, for ids and de-duplication."""

    root: Path
    ids: set[str] = field(default_factory=set)
    by_sha256: dict[str, str] = field(default_factory=dict)
    by_url: dict[str, str] = field(default_factory=dict)

    @classmethod
    def load(cls, root: Path) -> Collection:
        collection = cls(root)
        for path in brief_files([root]) if root.is_dir() else []:
            collection.ids.add(path.stem)
            data = _brief_data(path)
            brief_id = str(data.get("id") or path.stem)
            collection.ids.add(brief_id)
            source = data.get("source")
            if isinstance(source, dict):
                collection.reserve(brief_id, source.get("sha256"), [source.get("url")])
        sources = root / SOURCES_DIR
        if sources.is_dir():
            collection.ids.update(path.stem for path in sources.iterdir())
        return collection

    def duplicate_of(self, sha256: str | None, urls: Iterable[str | None]) -> str | None:
        """The id of a brief holding the same article (same bytes or same canonical URL)."""
        if sha256 and sha256 in self.by_sha256:
            return self.by_sha256[sha256]
        for url in urls:
            if url and canonical_url(url) in self.by_url:
                return self.by_url[canonical_url(url)]
        return None

    def reserve(self, brief_id: str, sha256: object, urls: Iterable[object]) -> None:
        """Record an id with its article's hash and URLs, so later copies are recognised."""
        self.ids.add(brief_id)
        if isinstance(sha256, str):
            self.by_sha256.setdefault(sha256, brief_id)
        for url in urls:
            if isinstance(url, str) and url:
                self.by_url.setdefault(canonical_url(url), brief_id)


def _brief_data(path: Path) -> dict[str, Any]:
    # Only ids, hashes and URLs are needed: the base loader keeps every scalar a string and
    # is the fastest safe way through thousands of briefs.
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_FastLoader)  # noqa: S506
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return {}  # a broken brief is `briefing check`'s to report; its file name still counts
    return data if isinstance(data, dict) else {}


def canonical_url(url: str) -> str:
    """A URL as compared for de-duplication: lower-case scheme and host, no fragment,
    no trailing slash, no ``utm_*`` tracking parameters."""
    parts = urlsplit(url.strip())
    query = urlencode(
        [
            (k, v)
            for k, v in parse_qsl(parts.query, keep_blank_values=True)
            if not k.lower().startswith("utm_")
        ]
    )
    path = parts.path.rstrip("/")
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), path, query, ""))


def slugify(text: str, max_length: int = SLUG_LENGTH) -> str:
    """Lower-case ASCII words joined by hyphens, cut at a word boundary."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    words = re.findall(r"[a-z0-9]+", ascii_text.lower().replace("'", "").replace("’", ""))
    slug = ""
    for word in words:
        candidate = f"{slug}-{word}" if slug else word
        if len(candidate) > max_length:
            break
        slug = candidate
    return slug or (words[0][:max_length] if words else "")


def brief_id_for(draft: Draft, today: dt.date, taken: Callable[[str], bool]) -> str:
    """``<published date, else today>-<slug of the title>``, with -2, -3 if taken."""
    date = (draft.article.published or today).isoformat()
    base = f"{date}-{slugify(draft.article.title) or draft.sha256[:8]}"
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
        else:
            try:
                raw = load(source)
                article = read_input(raw)
                digest = hashlib.sha256(raw.data).hexdigest()
                if not keep_data:
                    raw = dataclasses.replace(raw, data=b"")
                drafts.append(Draft(raw, article, digest))
            except InputError as exc:
                drafts.append(exc)
        if tick:
            tick()
    return drafts


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
        return Brief.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        raise InputError(
            draft.raw.name, f"cannot make a valid brief: {where}: {first['msg']}"
        ) from exc


def add_articles(
    sources: Sequence[Source | InputError],
    briefings_dir: Path,
    *,
    today: dt.date,
    now: dt.datetime,
    tick: Tick | None = None,
    stage: Stage | None = None,
    load: Callable[[Source], RawInput] = load_input,
) -> list[Outcome]:
    """Add every input to the collection; returns one outcome per input, in order."""
    collection = Collection.load(briefings_dir)
    outcomes: dict[int, Outcome] = {}
    pending: list[tuple[int, Source | InputError]] = []
    for i, source in enumerate(sources):
        # A URL already in the collection is not fetched again.
        known = (
            None
            if isinstance(source, InputError) or source.kind != "url"
            else collection.duplicate_of(None, [source.name])
        )
        if known and not isinstance(source, InputError):
            outcomes[i] = Outcome(source.name, "skipped", f"already added as {known}")
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
        known = collection.duplicate_of(draft.sha256, urls)
        if known is not None:
            outcomes[i] = Outcome(draft.raw.name, "skipped", f"already added as {known}")
            continue
        fresh.append((i, draft))
        # Reserve the id now, so a second copy in this batch is recognised as a duplicate.
        brief_id = brief_id_for(draft, today, collection.ids.__contains__)
        collection.reserve(brief_id, draft.sha256, urls)
        outcomes[i] = Outcome(draft.raw.name, "added", brief_id)
    if stage and fresh:
        stage(f"Drafting {len(fresh)} brief{'s' if len(fresh) != 1 else ''}")
    analyses = analyze_articles([draft.article for _, draft in fresh])
    briefs: list[tuple[int, Draft, Brief]] = []
    for (i, draft), analysis in zip(fresh, analyses, strict=True):
        try:
            brief = make_brief(draft, analysis, outcomes[i].detail, today=today, now=now)
        except InputError as exc:
            outcomes[i] = Outcome(draft.raw.name, "failed", exc.message)
            continue
        briefs.append((i, draft, brief))
    for i, draft, brief in briefs:  # everything read and validated: now write
        outcomes[i] = _write(briefings_dir, draft, brief)
    return [outcomes[i] for i in range(len(sources))]


def _write(root: Path, draft: Draft, brief: Brief) -> Outcome:
    stored = root / brief.source.file
    yaml_path = root / f"{brief.id}.yaml"
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
) -> list[Extracted | InputError]:
    """The brief ``add`` would write for each input (in a fresh collection), in order."""
    drafts = read_drafts(sources, tick=tick, load=load, keep_data=False)
    readable = [d for d in drafts if isinstance(d, Draft)]
    if stage and readable:
        stage(f"Drafting {len(readable)} brief{'s' if len(readable) != 1 else ''}")
    analyses = iter(analyze_articles([d.article for d in readable]))
    ids: set[str] = set()
    results: list[Extracted | InputError] = []
    for draft in drafts:
        if isinstance(draft, InputError):
            results.append(draft)
            continue
        brief_id = brief_id_for(draft, today, ids.__contains__)
        ids.add(brief_id)
        try:
            brief = make_brief(draft, next(analyses), brief_id, today=today, now=now)
            results.append(Extracted(draft.raw.name, brief, draft.article))
        except InputError as exc:
            results.append(exc)
    return results
