"""The MkDocs plugin: loads briefs and adds their rendered pages to the build.

Registered as ``briefing`` (entry point in pyproject.toml), so both ``mkdocs build`` and
``briefing build`` produce the same site from mkdocs.yml.
"""

from __future__ import annotations

import logging
import shutil
from concurrent.futures.process import BrokenProcessPool
from functools import partial
from pathlib import Path
from typing import Any

from mkdocs.config.base import Config, ValidationError
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import BuildError, PluginError
from mkdocs.livereload import LiveReloadServer
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.utils.templates import TemplateContext

from builder.errors import BriefingError, Problem, ValidationFailedError
from builder.heap import freeze_long_lived
from builder.library import Library, load_library
from builder.options import BriefingOptions, read_site_config, validate_options
from builder.owned_temp import owned_mkdtemp, remove_dead_leftovers
from builder.settings import CACHE_DIR
from builder.site import pipeline
from builder.site.collection import Collection, build_collection
from builder.site.feed import FEED_PATH, render_feed
from builder.site.fonts import SITE_FONTS_CSS, site_font_files, site_fonts_css
from builder.site.generated_pages import (
    Converted,
    GeneratedFile,
    GeneratedPage,
    MarkdownConverter,
    html_may_wait,
    nav_titles,
)
from builder.site.pipeline import (
    RenderedPage,
    RenderedPages,
    RenderJob,
    SearchRecords,
    start_rendering,
)
from builder.site.render import SiteRenderer
from builder.site.search_index import install_bundle
from builder.site.site_dir import protected_folders, unsafe_site_dir
from builder.site.stop_signal import Handler, give_back_sigterm, take_sigterm_if_default

log = logging.getLogger("mkdocs.plugins.briefing")

ORIGINALS_DIR = "originals"  # the stored articles in the site, as plain text
SEARCH_PREFIX = "briefing-search-"  # the scratch folders of search records, in /tmp


class _MkDocsConfig(Config):  # type: ignore[no-untyped-call]
    """MkDocs' view of the plugin's options: none, the plugin validates its own (see
    :meth:`BriefingPlugin.load_config`) with the schema the command line uses."""


class BriefsInvalidError(PluginError):
    """Briefs failed validation; the message lists every problem, one per line."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        lines = [str(p) for p in problems]
        noun = "problem" if len(problems) == 1 else "problems"
        super().__init__("\n".join([*lines, f"{len(problems)} {noun} in briefings"]))


class BriefingPlugin(BasePlugin[_MkDocsConfig]):  # type: ignore[no-untyped-call]
    """Adds home, brief and index pages rendered from ``briefings/``."""

    def __init__(self) -> None:
        self.root = Path()
        self.options = BriefingOptions()
        # `briefing build` validates before MkDocs cleans site/, and hands the result over
        # here so the collection is read once.
        self.preloaded: Library | None = None
        self.collection: Collection | None = None
        self.job: RenderJob | None = None
        self.pages: RenderedPages[Converted] | None = None
        self.files: Files | None = None
        self.forked = False  # pages render (and convert) in worker processes
        self.failure: str | None = None  # the message of the error that stopped the build
        self.serving = False  # `mkdocs serve` builds again and again in one process
        self.sigterm: Handler | None = None  # the handler plain `mkdocs serve` had before

    def load_config(
        self, options: dict[str, Any], config_file_path: str | None = None
    ) -> tuple[list[tuple[str, Exception]], list[tuple[str, str]]]:
        """Validate the options with :class:`BriefingOptions`; a problem stops MkDocs with
        the same ``mkdocs.yml:line: briefing.key: message`` lines ``briefing`` prints."""
        self.config = _MkDocsConfig(config_file_path=config_file_path)
        try:
            self.options = validate_options(options, None)
        except ValidationFailedError as unplaced:
            problems = unplaced.problems
            if config_file_path:  # read the file again only to say on which lines
                try:
                    validate_options(options, read_site_config(Path(config_file_path)))
                except ValidationFailedError as placed:
                    problems = placed.problems
                except BriefingError:
                    pass
            raise ValidationError("\n".join(str(p) for p in problems)) from unplaced
        return [], []

    def on_startup(self, *, command: str, dirty: bool) -> None:
        self.serving = command == "serve"
        if self.serving:
            # Plain `mkdocs serve` stopped by SIGTERM would leave its build folder behind.
            self.sigterm = take_sigterm_if_default()

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        self.failure = None
        self.root = Path(config.config_file_path or "mkdocs.yml").resolve().parent
        self._refuse_unsafe_site_dir(config)
        return config

    def _refuse_unsafe_site_dir(self, config: MkDocsConfig) -> None:
        """`mkdocs build` empties site_dir: never where the briefings or templates are."""
        reason = unsafe_site_dir(
            Path(config.site_dir),
            protected_folders(
                briefings=self.briefings_dir,
                templates=self.templates_dir,
                config_dir=self.root,
                docs_dir=Path(config.docs_dir),
            ),
        )
        if reason is not None:
            self.failure = f"{reason}: building there would delete it"
            raise PluginError(self.failure)

    @property
    def briefings_dir(self) -> Path:
        return self.root / self.options.briefings_dir

    @property
    def templates_dir(self) -> Path:
        return self.root / self.options.templates_dir

    def on_files(self, files: Files, /, *, config: MkDocsConfig) -> Files:
        library = self.preloaded or load_library(
            self.briefings_dir, cache_dir=self.root / CACHE_DIR
        )
        self.preloaded = None  # `mkdocs serve` rebuilds must see edits
        if library.problems:
            raise BriefsInvalidError(library.problems)
        self.collection = build_collection(library.briefs)
        if not self.serving:
            freeze_long_lived()  # the briefs live until the build ends (see heap.py)
        renderer = SiteRenderer(
            self.templates_dir,
            directory_urls=config.use_directory_urls,
            latest=self.options.latest,
            site_name=config.site_name,
            pdf=self.options.pdf,
            originals=self.options.originals,
        )
        self._discard()  # a previous `mkdocs serve` build that failed midway
        search: SearchRecords | None = None
        if self.options.search_index:
            remove_dead_leftovers(SEARCH_PREFIX)  # of builds that were killed
            search = SearchRecords(
                owned_mkdtemp(SEARCH_PREFIX),
                lang=str(config.theme.get("language") or "en"),
                directory_urls=config.use_directory_urls,
            )
        self._add_fonts(files, config)
        if self.options.originals:
            self._add_originals(files, config, library)
        self.job = RenderJob(renderer, renderer.plan(self.collection), search)
        # MkDocs only needs the pages' paths now: they render from on_nav on, when every
        # plugin has added its files, and MkDocs reads them through GeneratedPage.
        titles = nav_titles(config.nav)
        self.forked = pipeline.can_fork()
        waits = self.forked and html_may_wait(config, self)
        for index, plan in enumerate(self.job.plans):
            existing = files.get_file_from_path(plan.src_uri)
            if existing is not None:
                files.remove(existing)  # generated pages own their paths
            inclusion = InclusionLevel.INCLUDED if plan.in_nav else InclusionLevel.NOT_IN_NAV
            file = GeneratedFile.generated(config, plan.src_uri, content="", inclusion=inclusion)
            files.append(file)
            GeneratedPage(
                titles.get(plan.src_uri),
                file,
                config,
                meta=renderer.page_meta(plan),
                source=partial(self._rendered, index),
                waits=waits,
            )
        return files

    def _add_originals(self, files: Files, config: MkDocsConfig, library: Library) -> None:
        """Each stored article, byte for byte, as ``originals/<id>.txt``.

        Always as plain text, whatever the original was: a saved web page served from the
        site's own address as HTML could run its scripts there; as text it is only read.
        """
        for item in library.briefs:
            stored = self.briefings_dir / item.brief.source.file
            src_uri = f"{ORIGINALS_DIR}/{item.brief.id}.txt"
            files.append(File.generated(config, src_uri, abs_src_path=str(stored)))

    def _add_fonts(self, files: Files, config: MkDocsConfig) -> None:
        """The bundled fonts and their @font-face rules, served from the site itself."""
        for src_uri, path in site_font_files(self.templates_dir):
            files.append(File.generated(config, src_uri, abs_src_path=str(path)))
        css = site_fonts_css(self.templates_dir)
        files.append(File.generated(config, SITE_FONTS_CSS, content=css))

    def on_nav(self, nav: Navigation, /, *, config: MkDocsConfig, files: Files) -> Navigation:
        if self.job is not None:
            self.files = files
            converter = MarkdownConverter(config, files)
            try:
                self.pages = start_rendering(self.job, converter, fork=self.forked)
            except BrokenProcessPool as exc:  # a worker died while the chunks were handed out
                raise _worker_stopped() from exc
        return nav

    def _rendered(self, index: int) -> RenderedPage[Converted]:
        assert self.pages is not None
        try:
            return self.pages.rendered(index)
        except BriefingError as exc:  # a template that does not compile or render
            raise PluginError(str(exc)) from exc
        except BrokenProcessPool as exc:
            raise _worker_stopped() from exc

    @event_priority(100)  # before any other plugin sees the page (Material's search)
    def on_page_context(
        self, context: TemplateContext, /, *, page: Page, config: MkDocsConfig, nav: Navigation
    ) -> TemplateContext:
        if isinstance(page, GeneratedPage) and self.files is not None:
            page.receive(config, self.files)
        return context

    def on_post_build(self, *, config: MkDocsConfig) -> None:
        """Write the feed, then wait for the search index and move it into the site."""
        if self.collection is None or self.pages is None:
            return
        site_dir = Path(config.site_dir)
        feed = render_feed(
            self.collection.briefs,
            site_name=config.site_name,
            site_url=config.site_url or None,
            directory_urls=config.use_directory_urls,
        )
        (site_dir / FEED_PATH).write_bytes(feed)
        if self.options.pdf:
            self._write_pdfs(site_dir)
        try:
            self.pages.finish()
            if self.pages.job.search is not None:
                install_bundle(self.pages.job.search.bundle_dir, site_dir)
        finally:
            self._discard()

    def on_build_error(self, *, error: Exception) -> None:
        # MkDocs logs a BuildError's message, then aborts with a generic one; keep the
        # message so `briefing build` can say what went wrong on its one line.
        if isinstance(error, BuildError):
            self.failure = str(error)
        self._discard()

    def on_shutdown(self) -> None:
        self._discard()
        give_back_sigterm(self.sigterm)
        self.sigterm = None

    def _discard(self) -> None:
        """Stop the page workers and delete the search records, if a build left any."""
        if self.pages is not None:
            self.pages.close()
            self.pages = None
        if self.job is not None:
            if self.job.search is not None:
                shutil.rmtree(self.job.search.folder, ignore_errors=True)
            self.job = None
        self.files = None

    def _write_pdfs(self, site_dir: Path) -> None:
        """Print every brief to site/pdf/<id>.pdf (WeasyPrint loads only when asked for)."""
        from builder.pdf.export import PDF_DIR, PdfExporter, write_brief_pdfs

        assert self.collection is not None
        loaded = self.collection.loaded
        log.info("Printing %d briefs to %s/", len(loaded), PDF_DIR)
        try:
            exporter = PdfExporter(
                self.templates_dir,
                paper=self.options.paper,
                briefs={brief_id: item.brief for brief_id, item in loaded.items()},
            )
            for _ in write_brief_pdfs(exporter, loaded.values(), site_dir / PDF_DIR):
                pass
        except BriefingError as exc:  # e.g. WeasyPrint's system libraries are missing
            raise PluginError(str(exc)) from exc

    def on_serve(
        self, server: LiveReloadServer, /, *, config: MkDocsConfig, builder: Any
    ) -> LiveReloadServer:
        server.watch(str(self.briefings_dir))
        server.watch(str(self.templates_dir))
        return server


def _worker_stopped() -> PluginError:
    return PluginError("a page worker stopped unexpectedly (out of memory?); build again")
