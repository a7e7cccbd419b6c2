"""The ``briefing`` command line. Library errors become one-line CLI errors here only.

Exit codes: 0 success, 1 bad input or a failed check, 2 usage error (click's default).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import difflib
import json
import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from builder import __version__
from builder.errors import BriefingError, InputError, ValidationFailedError, shown_path
from builder.invocation import Invocation, invocation
from builder.leftovers import collection_leftovers
from builder.library import Library, load_library
from builder.model import brief_json_schema
from builder.pdf.command import pdf
from builder.progress import progress_bar
from builder.project import find_config, project_settings
from builder.settings import Settings, load_settings
from builder.store import brief_to_yaml
from builder.terminal import printable

if TYPE_CHECKING:
    from builder.extract.engine import Engine
    from builder.options import EngineName

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


class _Group(click.Group):
    """Turns every :class:`BriefingError` into a one-line message and exit code 1."""

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except ValidationFailedError as exc:
            for problem in exc.problems:
                click.echo(printable(str(problem)), err=True)
            click.echo(f"Error: {exc}", err=True)
            sys.exit(1)
        except BriefingError as exc:
            click.echo(f"Error: {printable(str(exc))}", err=True)
            sys.exit(1)


@click.group(cls=_Group, context_settings=CONTEXT)
@click.version_option(__version__, prog_name="briefing")
@click.option(
    "-f",
    "--config-file",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="The project's configuration (default: the nearest mkdocs.yml, in this folder or above).",
)
@click.pass_context
def cli(ctx: click.Context, config_file: Path | None) -> None:
    """Briefing turns news articles into structured, evidence-linked briefs
    and publishes them as a searchable website and printable PDF briefs.

    \b
    Example:
        briefing check && briefing build
    """
    given = ctx.obj if isinstance(ctx.obj, Invocation) else Invocation()
    ctx.obj = dataclasses.replace(given, config_file=config_file)
    _show_warnings()


class _WarningLine(logging.Handler):
    """Prints a warning of the builder (a file read with a guessed encoding) as one line."""

    briefing = True

    def emit(self, record: logging.LogRecord) -> None:
        click.echo(f"Warning: {printable(record.getMessage())}", err=True)


def _show_warnings() -> None:
    logger = logging.getLogger("builder")
    if not any(getattr(h, "briefing", False) for h in logger.handlers):
        logger.addHandler(_WarningLine(logging.WARNING))
        logger.propagate = False


def _settings(ctx: click.Context) -> Settings:
    return project_settings(invocation(ctx).config_file)


def _settings_if_any(ctx: click.Context) -> Settings:
    """The project's settings, or the defaults outside any project (for `extract`, which
    writes nothing and needs mkdocs.yml only to configure its engine)."""
    config_file = invocation(ctx).config_file
    if config_file is None and find_config(Path()) is None:
        return load_settings(None)
    return project_settings(config_file)


def _engine(
    ctx: click.Context, settings: Settings, choice: EngineName | None, fallback: EngineName | None
) -> Engine:
    """The engine the caller gave, else the one ``--engine`` or mkdocs.yml names."""
    from builder.extract.engine import configured_engine

    given = invocation(ctx).engine
    if given is not None:
        return given
    if fallback is not None and (choice or settings.options.engine) == fallback:
        raise click.UsageError(f"--fallback {fallback} only applies with another --engine")
    return configured_engine(
        settings.options, choice=choice, fallback=fallback, cache_dir=settings.cache_dir
    )


_ENGINE_CHOICE = click.Choice(["builtin", "llm"])
_engine_option = click.option(
    "--engine",
    "engine_name",
    type=_ENGINE_CHOICE,
    default=None,
    help="The extraction engine: builtin (offline) or llm (an OpenAI-compatible server, "
    "set in mkdocs.yml under briefing: llm:). Default: briefing: engine:, else builtin.",
)
_fallback_option = click.option(
    "--fallback",
    type=click.Choice(["builtin"]),
    default=None,
    help="Draft an article the engine fails (a timeout, an invalid answer, the server "
    "down) with this engine instead of reporting it failed.",
)


def _print_notes(name: str, notes: tuple[str, ...]) -> None:
    for note in notes:
        click.echo(f"note: {printable(name)}: {printable(note)}", err=True)


def _checked_library(settings: Settings, paths: tuple[Path, ...] = ()) -> Library:
    library = load_library(
        settings.briefings_dir, list(paths) or None, cache_dir=settings.cache_dir
    )
    if library.problems:
        raise ValidationFailedError(library.problems)
    return library


@cli.command()
@click.argument("sources", nargs=-1, required=True, metavar="SOURCE...")
@click.option(
    "--update",
    is_flag=True,
    help="Extract an article added before again, from its stored original, and update its "
    "brief (fields listed in review.edited and reviewed briefs are kept).",
)
@click.option(
    "--force",
    is_flag=True,
    help="With --update: overwrite edited fields and reviewed briefs too.",
)
@_engine_option
@_fallback_option
@click.option(
    "--story",
    metavar="SLUG",
    help="Put the briefs in this story thread (e.g. calder-harbour), new or existing.",
)
@click.option(
    "--follow-symlinks",
    is_flag=True,
    help="Read symbolic links found in folders (skipped by default: they may lead anywhere).",
)
@click.pass_context
def add(
    ctx: click.Context,
    sources: tuple[str, ...],
    *,
    update: bool,
    force: bool,
    engine_name: EngineName | None,
    fallback: EngineName | None,
    story: str | None,
    follow_symlinks: bool,
) -> None:
    """Add articles: store each original and write a draft brief for it.

    SOURCE is a text file (.txt), a Markdown file (.md, front matter allowed),
    a saved web page (.html), a URL, a folder of such files, or - for standard
    input. The original is stored verbatim in briefings/sources/ and the brief
    is written to briefings/<id>.yaml for you to review. An article added
    before (same content or same URL) is skipped. A source that cannot be read
    is reported and the others are still added; the exit code is then 1.

    With --update an article added before is extracted again from its stored
    original and its brief rewritten if that changes it; the fields a person
    listed in review.edited, and every field of a brief whose review.status is
    reviewed, are kept unless --force is given. To re-extract briefs already
    in the collection, give their stored originals (briefings/sources/...).

    With --story the briefs join that story thread (a brief's story is also kept
    when it is extracted again). A new slug starts a thread.

    With --engine llm the drafts come from a model on an OpenAI-compatible
    server (briefing: llm: in mkdocs.yml, or BRIEFING_LLM_BASE_URL and
    BRIEFING_LLM_MODEL); items it cannot ground in the article are dropped.

    Symbolic links inside a folder are skipped (and listed) unless
    --follow-symlinks is given. Two adds at once take turns.

    \b
    Example:
        briefing add article.html https://example.com/news/story clippings/
        briefing add --story calder-harbour follow-up.txt
        briefing add --update briefings/sources/
        briefing add --engine llm --fallback builtin article.txt
    """
    from builder.add import add_articles  # trafilatura and the engine load slowly
    from builder.ingest.sources import expand_sources
    from builder.slugs import slugify

    if force and not update:
        raise click.UsageError("--force only applies with --update")
    thread = slugify(story, 120) if story is not None else None
    if story is not None and thread != story:
        suggestion = f" (try --story {thread})" if thread else ""
        raise click.BadParameter(
            f"{printable(story)!r} is not a story slug: lower-case letters, digits and "
            f"hyphens{suggestion}",
            param_hint="--story",
        )
    settings = _settings(ctx)
    engine = _engine(ctx, settings, engine_name, fallback)
    items = expand_sources(sources, follow_symlinks=follow_symlinks)
    with progress_bar(len(items), "Reading articles") as bar:
        outcomes = add_articles(
            items,
            settings.briefings_dir,
            today=dt.date.today(),
            now=dt.datetime.now(dt.UTC),
            tick=bar.advance,
            stage=bar.stage,
            update=update,
            force=force,
            engine=engine,
            story=thread,
            waiting=lambda: click.echo(
                f"Waiting for another briefing command to finish with {settings.briefings_dir}/...",
                err=True,
            ),
        )
    for outcome in outcomes:
        name = printable(outcome.name)
        if outcome.status == "added":
            brief, stored = (shown_path(path) for path in outcome.written)
            click.echo(f"added {name}: {brief} (original: {stored})")
        elif outcome.status == "updated":
            click.echo(f"updated {shown_path(outcome.written[0])}")
        elif outcome.status == "unchanged":
            click.echo(f"unchanged {outcome.detail}")
        elif outcome.status == "skipped":
            click.echo(f"skipped {name}: {printable(outcome.detail)}")
        else:
            click.echo(f"Error: {name}: {printable(outcome.detail)}", err=True)
        _print_notes(outcome.name, outcome.notes)
    statuses = ("added", "updated", "unchanged", "skipped") if update else ("added", "skipped")
    summary = ", ".join(f"{sum(o.status == s for o in outcomes)} {s}" for s in statuses)
    failed = sum(o.status == "failed" for o in outcomes)
    if failed:
        raise BriefingError(f"{failed} of {len(outcomes)} sources failed ({summary})")
    if len(outcomes) > 1:
        click.echo(summary, err=True)


@cli.command()
@click.argument("files", nargs=-1, required=True, metavar="FILE...")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["yaml", "jsonl"]),
    default="yaml",
    show_default=True,
    help="yaml: the brief of one file, as `add` would write it. jsonl: one JSON object per "
    "file, in order, with the article's text.",
)
@_engine_option
@_fallback_option
@click.pass_context
def extract(
    ctx: click.Context,
    files: tuple[str, ...],
    *,
    fmt: str,
    engine_name: EngineName | None,
    fallback: EngineName | None,
) -> None:
    """Print the brief of an article without writing anything.

    FILE is a .txt, .md or .html file (or a URL, or - for standard input); the
    extension picks the reader. With --format jsonl each line is the brief's
    fields plus "article" (title, text, published, outlet, url, authors,
    language); a file that cannot be read gives {"input": ..., "error": ...}
    and the batch goes on.

    \b
    Example:
        briefing extract --format jsonl articles/*.html > briefs.jsonl
        briefing extract --engine llm --format jsonl articles/*.txt
    """
    from builder.add import extract_records
    from builder.ingest.sources import expand_sources

    items = expand_sources(files)
    if fmt == "yaml" and len(items) != 1:
        raise click.UsageError(
            "--format yaml prints one brief: give one FILE (or use --format jsonl)"
        )
    engine = _engine(ctx, _settings_if_any(ctx), engine_name, fallback)
    with progress_bar(len(items), "Reading articles") as bar:
        results = extract_records(
            items,
            today=dt.date.today(),
            now=dt.datetime.now(dt.UTC),
            tick=bar.advance,
            stage=bar.stage,
            engine=engine,
        )
    if fmt == "yaml":
        if isinstance(results[0], InputError):
            raise results[0]
        click.echo(brief_to_yaml(results[0].brief), nl=False)
        _print_notes(results[0].name, results[0].notes)
        return
    for result in results:
        if isinstance(result, InputError):
            error = {"input": result.source, "error": result.message}
            click.echo(json.dumps(error, ensure_ascii=False))
            continue
        _print_notes(result.name, result.notes)
        article = result.article
        record = {
            "input": result.name,
            **result.brief.model_dump(mode="json", by_alias=True),
            "article": {
                "title": article.title,
                "text": article.text,
                "published": article.published.isoformat() if article.published else None,
                "outlet": article.outlet,
                "url": article.url,
                "authors": list(article.authors),
                "language": article.language,
            },
        }
        click.echo(json.dumps(record, ensure_ascii=False))


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
@click.pass_context
def check(ctx: click.Context, paths: tuple[Path, ...]) -> None:
    """Validate briefs: schema, ids, references, stored sources and evidence.

    Checks every brief in the briefings folder, or only the given files and
    folders (references are still resolved against the whole collection).
    Every problem is printed as path:line: field: message; exit code 1 if any.

    \b
    Example:
        briefing check briefings/2026-03-02-harbour-board-approves-dredging-plan.yaml
    """
    settings = _settings(ctx)
    library = load_library(
        settings.briefings_dir, list(paths) or None, cache_dir=settings.cache_dir
    )
    problems = library.problems
    if not paths:  # leftovers are the collection's, not any one brief's
        problems = [*problems, *collection_leftovers(settings.briefings_dir)]
    if problems:
        raise ValidationFailedError(problems)
    count = len(library.briefs)
    click.echo(f"OK: {count} brief{'s' if count != 1 else ''} checked, no problems.")


@cli.command()
@click.argument("old", metavar="OLD")
@click.argument("new", metavar="NEW")
@click.pass_context
def rename(ctx: click.Context, old: str, new: str) -> None:
    """Give a brief a new id (its file, stored original and page URL).

    Moves briefings/OLD.yaml to NEW.yaml and its stored original to
    sources/NEW.<ext>, and points every answered_by that named OLD at NEW.
    Nothing changes if any step would fail. Briefs keep their id when they
    are updated, so this is how a poor id chosen at add time is fixed.

    \b
    Example:
        briefing rename 2026-03-02-harbour-board-approves-dredging-plan calder-dredging-approved
    """
    from builder.rename import rename_brief

    done = rename_brief(_settings(ctx).briefings_dir, old, new)
    click.echo(
        f"renamed {old} to {new}: {shown_path(done.brief)} (original: {shown_path(done.original)})"
    )
    for path in done.references:
        click.echo(f"  answered_by updated in {shown_path(path)}")


@cli.command(name="list")
@click.option("--story", help="Only briefs of this story.")
@click.option("--tag", help="Only briefs with this tag.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "ids", "jsonl"]),
    default="table",
    show_default=True,
    help="Output format.",
)
@click.pass_context
def list_briefs(ctx: click.Context, story: str | None, tag: str | None, fmt: str) -> None:
    """List briefs, newest first.

    \b
    Example:
        briefing list --story calder-harbour
    """
    library = _checked_library(_settings(ctx))
    everything = [item.brief for item in library.briefs]
    if story is not None:
        _must_exist("story", story, {b.story for b in everything if b.story})
    if tag is not None:
        _must_exist("tag", tag, {t for b in everything for t in b.tags})
    briefs = [
        brief
        for brief in everything
        if (story is None or brief.story == story) and (tag is None or tag in brief.tags)
    ]
    # Newest first; undated briefs (publication date unknown) after all dated ones.
    briefs.sort(key=lambda b: (b.published is not None, b.published or dt.date.min, b.id))
    briefs.reverse()
    for brief in briefs:
        if fmt == "ids":
            click.echo(brief.id)
        elif fmt == "jsonl":
            click.echo(
                json.dumps(
                    {
                        "id": brief.id,
                        "published": brief.published and brief.published.isoformat(),
                        "title": brief.title,
                        "story": brief.story,
                        "tags": brief.tags,
                    },
                    ensure_ascii=False,
                )
            )
        else:
            date = brief.published.isoformat() if brief.published else "undated   "
            click.echo(f"{date}  {brief.id}  {printable(brief.title)}")
    if fmt == "table":
        click.echo(f"{len(briefs)} brief{'s' if len(briefs) != 1 else ''}", err=True)


def _must_exist(kind: str, wanted: str, known: set[str]) -> None:
    """A --story or --tag that no brief has is a mistake to name, not an empty list."""
    if wanted in known:
        return
    close = difflib.get_close_matches(wanted, sorted(known), n=3)
    if close:
        hint = "did you mean " + " or ".join(f"'{name}'" for name in close) + "?"
    elif 0 < len(known) <= 8:
        hint = f"{kind} names: " + ", ".join(sorted(known))
    elif known:
        hint = f"{len(known)} {kind} names in all; `briefing list --format jsonl` shows them"
    else:
        hint = f"no brief has a {kind} yet"
    raise BriefingError(f"no brief has the {kind} '{wanted}' ({hint})")


@cli.command()
@click.option(
    "--llm",
    is_flag=True,
    help="Print instead the JSON Schema of the answer the LLM engine asks a model for.",
)
def schema(llm: bool) -> None:
    """Print the JSON Schema of a brief (for editor completion and validation).

    With --llm, the schema of the one JSON object the LLM engine asks any
    OpenAI-compatible server for (sent as response_format where supported).

    \b
    Example:
        briefing schema > brief.schema.json
        briefing schema --llm > llm-answer.schema.json
    """
    if llm:
        from builder.extract.llm_contract import answer_json_schema

        click.echo(json.dumps(answer_json_schema(), indent=2, ensure_ascii=False))
        return
    click.echo(json.dumps(brief_json_schema(), indent=2, ensure_ascii=False))


@cli.command()
@click.option(
    "--strict/--no-strict",
    default=True,
    show_default=True,
    help="Fail on any MkDocs warning, such as a broken link.",
)
@click.option(
    "-d",
    "--site-dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Where to write the site (default: site_dir of mkdocs.yml).",
)
@click.option("--pdf", is_flag=True, help="Also print each brief to site/pdf/<id>.pdf, linked.")
@click.pass_context
def build(ctx: click.Context, strict: bool, site_dir: Path | None, pdf: bool) -> None:
    """Validate all briefs and build the website into site/.

    With --pdf every brief is also printed as a PDF (see `briefing pdf`) and
    its page links to it.

    \b
    Example:
        briefing build --site-dir public --pdf
    """
    from builder.site.mkdocs_run import build_site  # MkDocs loads slowly: only when building

    settings = _settings(ctx)
    library = _checked_library(settings)
    _log_mkdocs()
    build_site(settings, library, strict=strict, site_dir=site_dir, pdf=pdf)


@cli.command()
@click.option(
    "-a",
    "--dev-addr",
    default="127.0.0.1:8000",
    show_default=True,
    metavar="IP:PORT",
    help="Address to serve on.",
)
@click.option("--open", "open_browser", is_flag=True, help="Open the site in a browser.")
@click.pass_context
def serve(ctx: click.Context, dev_addr: str, open_browser: bool) -> None:
    """Serve the site with live reload; edits to briefs or templates rebuild it.

    \b
    Example:
        briefing serve --dev-addr 127.0.0.1:8001
    """
    from builder.site.mkdocs_run import serve_site

    settings = _settings(ctx)
    _checked_library(settings)
    _log_mkdocs()
    serve_site(settings, dev_addr=dev_addr, open_browser=open_browser)


cli.add_command(pdf)


def _log_mkdocs() -> None:
    """Show MkDocs' progress and warnings as `mkdocs build` would (once per process)."""
    logger = logging.getLogger("mkdocs")
    if not any(getattr(h, "briefing", False) for h in logger.handlers):
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(levelname)-7s -  %(message)s"))
        handler.briefing = True  # type: ignore[attr-defined]
        logger.addHandler(handler)
    logger.setLevel(logging.INFO)


def main() -> None:
    """Console entry point."""
    cli(prog_name="briefing")
