"""``briefing pdf``: print briefs as PDF files, one per brief or one digest.

The command checks every brief first (exactly as ``briefing check`` does) and writes
nothing if any brief is invalid. WeasyPrint is imported only when there is work to do, so
``briefing --help`` stays fast and a missing system library is reported in one line.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import click

from builder.errors import BriefingError, ValidationFailedError, shown_path
from builder.invocation import invocation
from builder.library import LoadedBrief, load_library
from builder.pdf.document import PAPERS, Paper
from builder.pdf.export import (
    PDF_DIR,
    PdfExporter,
    PdfFile,
    Selection,
    chronological,
    find_briefs,
    select,
    write_brief_pdfs,
    write_digest_pdf,
)
from builder.progress import progress_bar
from builder.project import project_settings

_DATE = click.DateTime(["%Y-%m-%d"])


def _report(written: PdfFile) -> str:
    pages = f"{written.pages} page{'s' if written.pages != 1 else ''}"
    if written.briefs > 1:
        return f"wrote {shown_path(written.path)} ({written.briefs} briefs, {pages})"
    return f"wrote {shown_path(written.path)} ({pages})"


def _check_out(out: Path | None, *, as_file: bool) -> None:
    """Refuse an --out that cannot be written, before any PDF is laid out."""
    if out is None or not out.exists():
        return
    if as_file and out.is_dir():
        raise BriefingError(f"--out {out}: is a folder; give a new .pdf file name")
    if not as_file and not out.is_dir():
        raise BriefingError(
            f"--out {out}: is a file that is not a PDF; give a folder, or a .pdf file "
            "for one brief or a digest"
        )


@click.command(name="pdf")
@click.argument("ids", nargs=-1, metavar="[ID...]")
@click.option("--all", "all_briefs", is_flag=True, help="Every brief.")
@click.option(
    "--digest",
    is_flag=True,
    help="One digest PDF (cover, contents, then each brief) instead of one PDF per brief.",
)
@click.option("--story", metavar="STORY", help="The briefs of this story.")
@click.option("--tag", metavar="TAG", help="The briefs with this tag.")
@click.option("--since", type=_DATE, metavar="DATE", help="Briefs published on or after DATE.")
@click.option("--until", type=_DATE, metavar="DATE", help="Briefs published on or before DATE.")
@click.option("--title", help="The digest's title (default: the story or tag, in words).")
@click.option(
    "--paper",
    type=click.Choice(PAPERS),
    default=None,
    help="Paper size (default: the paper option in mkdocs.yml, else a4).",
)
@click.option(
    "-o",
    "--out",
    type=click.Path(path_type=Path),
    default=None,
    metavar="DIR|FILE",
    help=f"Folder to write into (default: {PDF_DIR}/), or a .pdf file for a digest or one brief.",
)
@click.pass_context
def pdf(  # noqa: PLR0917 (one parameter per option, as click passes them)
    ctx: click.Context,
    ids: tuple[str, ...],
    all_briefs: bool,
    digest: bool,
    story: str | None,
    tag: str | None,
    since: dt.datetime | None,
    until: dt.datetime | None,
    title: str | None,
    paper: Paper | None,
    out: Path | None,
) -> None:
    """Print briefs as PDF: one page per brief, or a digest of several.

    Give brief IDs, or --all, or a selection (--story, --tag, --since, --until;
    they combine). Each brief becomes <id>.pdf, set to fit on one page. With
    --digest the selected briefs, oldest first, become one PDF with a cover and
    a contents page. Briefs are checked first, as by `briefing check`.

    \b
    Example:
        briefing pdf 2026-03-02-harbour-board-approves-dredging-plan
        briefing pdf --digest --story calder-harbour --paper letter
        briefing pdf --all --out print/
    """
    selection = Selection(
        ids=ids,
        story=story,
        tag=tag,
        since=since.date() if since else None,
        until=until.date() if until else None,
    )
    if ids and all_briefs:
        raise click.UsageError("give brief IDs or --all, not both")
    if not (ids or all_briefs or story or tag or since or until):
        raise click.UsageError(
            "give brief IDs, --all, or a selection (--story, --tag, --since, --until)"
        )
    if title is not None and not digest:
        raise click.UsageError("--title names a digest: add --digest")

    settings = project_settings(invocation(ctx).config_file)
    library = load_library(settings.briefings_dir, cache_dir=settings.cache_dir)
    if library.problems:
        raise ValidationFailedError(library.problems)
    items: list[LoadedBrief]
    if ids and not digest:
        found = find_briefs(library.briefs, ids)
        items = [item for item in found if selection.matches(item.brief)]
    else:
        items = select(library.briefs, selection)
    if not items:
        raise BriefingError("no brief matches the selection")
    as_file = out is not None and out.suffix.lower() == ".pdf"
    _check_out(out, as_file=as_file)
    if as_file and not digest and len(items) != 1:
        raise click.UsageError(
            f"--out {out} is one file, but {len(items)} briefs are selected: "
            "give a folder, or add --digest"
        )

    exporter = PdfExporter(
        settings.templates_dir,
        paper=paper or settings.paper,
        briefs={item.brief.id: item.brief for item in library.briefs},
    )
    if digest:
        path = (
            out
            if as_file and out is not None
            else (out or Path(PDF_DIR)) / (selection.stem + ".pdf")
        )
        heading = title or selection.title
        click.echo(f"Laying out {len(items)} briefs...", err=True)
        click.echo(
            _report(write_digest_pdf(exporter, items, path, title=heading, kicker=selection.kicker))
        )
        return
    if as_file and out is not None:
        data, pages = exporter.brief_pdf(items[0])
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(data)
        click.echo(_report(PdfFile(out, pages, 1)))
        return
    ordered = items if ids else chronological(items)
    with progress_bar(len(ordered), "Writing PDFs") as tick:
        for written in write_brief_pdfs(exporter, ordered, out or Path(PDF_DIR)):
            click.echo(_report(written))
            tick()
