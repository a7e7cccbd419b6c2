"""PDF briefs and digests: choose briefs, render print HTML, fit it to the page, write files.

A one-brief PDF should fit on one page. The brief is set at the density its size suggests
and, if it still runs over, re-set tighter (regular → compact → dense); the fewest pages
win. A digest is one HTML document — cover, contents, then every brief from a new page —
so its contents page can give real page numbers.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from builder.errors import BriefingError
from builder.library import LoadedBrief
from builder.model import Brief
from builder.pdf.document import (
    DENSITIES,
    Density,
    Digest,
    Paper,
    PrintBrief,
    PrintTemplates,
    initial_density,
    prepare,
)
from builder.pdf.engine import PdfEngine, Rendered, engine_for
from builder.site.collection import story_title
from builder.templating import long_date

PDF_DIR = "pdf"


@dataclass(frozen=True)
class Selection:
    """Which briefs go into a digest. Empty criteria select every brief."""

    ids: tuple[str, ...] = ()
    story: str | None = None
    tag: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None

    def matches(self, brief: Brief) -> bool:
        if self.ids and brief.id not in self.ids:
            return False
        if self.story is not None and brief.story != self.story:
            return False
        if self.tag is not None and self.tag not in brief.tags:
            return False
        if self.since is not None and (brief.published is None or brief.published < self.since):
            return False
        return not (
            self.until is not None and (brief.published is None or brief.published > self.until)
        )

    @property
    def kicker(self) -> str:
        """What the cover says the selection is ('Story · since 1 March 2026')."""
        parts = []
        if self.story:
            parts.append("Story")
        if self.tag:
            parts.append("Tag" if not self.story else f"Tag {self.tag}")
        if not parts:
            parts.append("Selected briefs" if self.ids else "All briefs")
        if self.since:
            parts.append(f"since {long_date(self.since)}")
        if self.until:
            parts.append(f"until {long_date(self.until)}")
        return " · ".join(parts)

    @property
    def title(self) -> str:
        if self.story:
            return story_title(self.story)
        if self.tag:
            return story_title(self.tag)
        return "Briefing digest"

    @property
    def stem(self) -> str:
        """The digest's default file name, without '.pdf'."""
        parts = ["digest"]
        if self.story:
            parts += ["story", self.story]
        if self.tag:
            parts += ["tag", self.tag]
        if self.ids and not (self.story or self.tag):
            parts.append("selection")
        if self.since:
            parts += ["since", self.since.isoformat()]
        if self.until:
            parts += ["until", self.until.isoformat()]
        if len(parts) == 1:
            parts.append("all")
        return "-".join(parts)


@dataclass(frozen=True)
class PdfFile:
    """A PDF that was written."""

    path: Path
    pages: int
    briefs: int


def chronological(items: Iterable[LoadedBrief]) -> list[LoadedBrief]:
    """Oldest first, undated last; ties by id."""
    return sorted(items, key=lambda item: (item.brief.published or dt.date.max, item.brief.id))


def find_briefs(items: Sequence[LoadedBrief], ids: Sequence[str]) -> list[LoadedBrief]:
    """The briefs with these ids (or brief file paths), in the order given.

    Raises :class:`BriefingError` naming every id that matches no brief.
    """
    by_id = {item.brief.id: item for item in items}
    wanted = [Path(i).stem if i.endswith((".yaml", ".yml")) else i for i in ids]
    unknown = [i for i in wanted if i not in by_id]
    if unknown:
        names = ", ".join(f"'{i}'" for i in unknown)
        raise BriefingError(f"no brief has the id {names} (see: briefing list --format ids)")
    return [by_id[i] for i in dict.fromkeys(wanted)]


def select(items: Sequence[LoadedBrief], selection: Selection) -> list[LoadedBrief]:
    """The briefs a digest selection matches, oldest first."""
    if selection.ids:
        find_briefs(items, selection.ids)  # unknown ids are an error, not an empty digest
    chosen = chronological(item for item in items if selection.matches(item.brief))
    if not chosen:
        raise BriefingError("no brief matches the selection for the digest")
    return chosen


def made_on() -> dt.date:
    """The day a PDF is made: today, or the day of ``SOURCE_DATE_EPOCH`` when it is set.

    PDFs say "as of" this day. ``SOURCE_DATE_EPOCH`` (the reproducible-builds convention)
    pins it, so the same briefs give the same bytes on any day.
    """
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), tz=dt.UTC).date()
    return dt.datetime.now(tz=dt.UTC).date()


class PdfExporter:
    """Renders briefs and digests to PDF bytes with one engine and one set of templates."""

    def __init__(
        self,
        templates_dir: Path,
        *,
        paper: Paper,
        briefs: Mapping[str, Brief] | None = None,
        as_of: dt.date | None = None,
    ) -> None:
        self.engine: PdfEngine = engine_for(templates_dir)
        self.templates = PrintTemplates(templates_dir)
        self.paper: Paper = paper
        self.briefs: Mapping[str, Brief] = briefs or {}
        self.as_of = as_of or made_on()

    def _prepare(
        self, item: LoadedBrief, density: Density, included: frozenset[str] = frozenset()
    ) -> PrintBrief:
        return prepare(
            item, density=density, briefs=self.briefs, included=included, as_of=self.as_of
        )

    def _fit(self, item: LoadedBrief) -> tuple[Rendered, Density]:
        """The brief alone, laid out as tight as it must be to fit one page."""
        start = DENSITIES.index(initial_density(item, self.paper))
        best: Rendered | None = None
        best_density: Density = DENSITIES[start]
        for density in DENSITIES[start:]:
            rendered = self.engine.render(
                self.templates.brief_html(self._prepare(item, density), paper=self.paper),
                paper=self.paper,
            )
            if best is None or rendered.pages < best.pages:
                best, best_density = rendered, density
            if rendered.pages <= 1:
                break
        assert best is not None
        if best.pages > 1 and best_density != "compact" and "compact" in DENSITIES[start:]:
            # Two pages anyway: a looser setting reads better if it needs no more paper.
            looser = self.engine.render(
                self.templates.brief_html(self._prepare(item, "compact"), paper=self.paper),
                paper=self.paper,
            )
            if looser.pages <= best.pages:
                return looser, "compact"
        return best, best_density

    def brief_pdf(self, item: LoadedBrief) -> tuple[bytes, int]:
        """One brief as a PDF (bytes, page count), as tight as it must be to fit one page."""
        best, _ = self._fit(item)
        return self.engine.write(best), best.pages

    def digest_pdf(
        self, items: Sequence[LoadedBrief], *, title: str, kicker: str
    ) -> tuple[bytes, int]:
        """Several briefs as one PDF with a cover and a contents page (bytes, page count).

        Each brief starts on a new page at the density its size suggests. A brief that
        then runs onto a second page is fitted alone, as its own PDF would be, and the
        digest is laid out again with it at that density: a brief that fits one page
        never leaves its evidence on a half-empty second one.
        """
        included = frozenset(item.brief.id for item in items)
        densities = {item.brief.id: initial_density(item, self.paper) for item in items}

        def render() -> tuple[Rendered, tuple[PrintBrief, ...]]:
            prepared = tuple(
                self._prepare(item, densities[item.brief.id], included) for item in items
            )
            digest = Digest(title, kicker, prepared, self.as_of)
            html = self.templates.digest_html(digest, paper=self.paper)
            return self.engine.render(html, paper=self.paper), prepared

        rendered, prepared = render()
        spans = brief_page_spans(rendered, [pb.anchor for pb in prepared])
        changed = False
        for item, pages in zip(items, spans, strict=True):
            if pages > 1:
                alone, density = self._fit(item)
                if alone.pages == 1 and density != densities[item.brief.id]:
                    densities[item.brief.id] = density
                    changed = True
        if changed:
            rendered, _ = render()
        return self.engine.write(rendered), rendered.pages


def brief_page_spans(rendered: Rendered, anchors: Sequence[str]) -> list[int]:
    """How many pages each brief of a digest takes, from the pages its anchors are on."""
    first_page: dict[str, int] = {}
    for number, page in enumerate(rendered.document.pages):
        for anchor in page.anchors:
            first_page.setdefault(anchor, number)
    starts = [first_page[anchor] for anchor in anchors]
    ends = [*starts[1:], rendered.pages]
    return [end - start for start, end in zip(starts, ends, strict=True)]


def write_brief_pdfs(
    exporter: PdfExporter, items: Iterable[LoadedBrief], out_dir: Path
) -> Iterator[PdfFile]:
    """Write ``<out_dir>/<id>.pdf`` for each brief, yielding each file as it is written."""
    out_dir.mkdir(parents=True, exist_ok=True)
    for item in items:
        data, pages = exporter.brief_pdf(item)
        path = out_dir / f"{item.brief.id}.pdf"
        path.write_bytes(data)
        yield PdfFile(path, pages, 1)


def write_digest_pdf(
    exporter: PdfExporter, items: Sequence[LoadedBrief], path: Path, *, title: str, kicker: str
) -> PdfFile:
    """Write one digest PDF of ``items`` to ``path``."""
    data, pages = exporter.digest_pdf(items, title=title, kicker=kicker)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return PdfFile(path, pages, len(items))
