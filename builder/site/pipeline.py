"""Rendering the generated pages beside MkDocs, not before it.

MkDocs reads and converts pages one at a time, on one core. Where more cores and ``fork``
are available, worker processes forked from the build render the generated pages ahead
of MkDocs: each worker renders a chunk of pages from their templates, converts their
Markdown to HTML the way MkDocs would (``generated_pages.py``) and writes the search
record of each brief page. The plugin hands MkDocs each page when MkDocs asks for it.
Workers inherit the loaded collection and MkDocs' state through ``fork``, so nothing is
pickled on the way in; only the rendered pages come back. Brief pages come first: once
their chunks are done, every search record is written, and the Pagefind index builds in
its own process while the workers convert the index pages and MkDocs writes the site.

Elsewhere, or when the process already runs threads (``mkdocs serve``: forking a threaded
process can deadlock the child), pages render in-process and MkDocs converts them, with
the same output.
"""

from __future__ import annotations

import bisect
import multiprocessing
import os
import sys
import threading
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Generic, TypeVar

from mkdocs.exceptions import PluginError

from builder.owned_temp import die_with_parent
from builder.parallel import usable_cores
from builder.site.render import PagePlan, SiteRenderer, front_matter_text
from builder.site.search_index import (
    SearchIndexRun,
    record_path,
    search_record,
    start_search_index,
    write_record,
)
from builder.templating import typographic

# Pages per task. The first tasks are small so that MkDocs can start at once; later ones
# are larger, as the workers then run ahead of MkDocs and fewer round trips cost less.
FIRST_CHUNK = 8
CHUNK = 64
MAX_WORKERS = 8

C = TypeVar("C")


@dataclass(frozen=True)
class RenderedPage(Generic[C]):
    """A generated page's text, split as MkDocs splits it, and its HTML if converted."""

    markdown: str
    meta: dict[str, object]  # the front matter's data
    converted: C | None = None

    @property
    def source(self) -> str:
        """The page's whole text: front matter, then Markdown."""
        return front_matter_text(self.meta) + self.markdown


@dataclass(frozen=True)
class SearchRecords:
    """A scratch folder for the search records and the Pagefind bundle built from them."""

    folder: Path
    lang: str
    directory_urls: bool

    @property
    def records_dir(self) -> Path:
        return self.folder / "records"

    @property
    def bundle_dir(self) -> Path:
        return self.folder / "bundle"


Convert = Callable[[str, str], C]
"""Turns a page's Markdown (its src_uri, its Markdown) into its HTML."""


@dataclass(frozen=True)
class RenderJob:
    """Everything needed to render the pages, and to index them when ``search`` is set."""

    renderer: SiteRenderer
    plans: list[PagePlan]
    search: SearchRecords | None

    def render_page(self, plan: PagePlan, convert: Convert[C] | None) -> RenderedPage[C]:
        """One page's text (and HTML, given ``convert``); a brief page also gets its record."""
        body = self.renderer.render_body(plan)
        if self.search is not None and plan.searchable:
            write_record(
                self.search.records_dir,
                record_path(plan.src_uri, directory_urls=self.search.directory_urls),
                search_record(typographic(plan.title), body, lang=self.search.lang),
            )
        markdown = body.lstrip("\n")  # as MkDocs splits a page after its front matter
        return RenderedPage(
            markdown,
            self.renderer.page_meta(plan),
            None if convert is None else convert(plan.src_uri, markdown),
        )

    def start_index(self) -> SearchIndexRun | None:
        """Start indexing the records (every page must have rendered)."""
        if self.search is None:
            return None
        return start_search_index(self.search.records_dir, self.search.bundle_dir)


class RenderedPages(Generic[C]):
    """The rendered pages of a job, rendered in-process the first time one is asked for.

    The search index starts building as soon as every page has rendered, in its own
    process, and ``finish`` waits for it.
    """

    def __init__(self, job: RenderJob) -> None:
        self.job = job
        self._pages: list[RenderedPage[C]] | None = None
        self._index: SearchIndexRun | None = None
        self._index_failure: PluginError | None = None
        self._index_lock = threading.Lock()  # the index may start from a pool's thread
        self._index_started = False

    def rendered(self, index: int) -> RenderedPage[C]:
        if self._pages is None:
            self._pages = [self.job.render_page(plan, None) for plan in self.job.plans]
            self._start_index()
        return self._pages[index]

    def _start_index(self) -> None:
        """Start building the search index (every record has been written)."""
        with self._index_lock:
            if self._index_started:
                return
            self._index_started = True
            try:
                self._index = self.job.start_index()
            except PluginError as exc:  # raised by ``finish``, in the build's thread
                self._index_failure = exc

    def _render_all(self) -> None:
        if self.job.plans:
            self.rendered(0)

    def finish(self) -> None:
        """Render whatever was not asked for, and wait for the search index."""
        self._render_all()
        self._start_index()
        if self._index_failure is not None:
            raise self._index_failure
        if self._index is not None:
            self._index.wait()

    def close(self) -> None:
        """Stop what a build that ended early left running."""
        with self._index_lock:
            self._index_started = True  # too late to start now
        if self._index is not None:
            self._index.kill()


# The workers' job. Set by the pool's initializer: with ``fork`` it reaches each worker as
# memory the worker inherits, not as a pickle.
_WORK: tuple[RenderJob, Convert[object] | None] | None = None


def _install(job: RenderJob, convert: Convert[object] | None, parent: int) -> None:
    global _WORK  # noqa: PLW0603 (a worker process's one piece of state)
    # A worker blocked on the pool's pipe never notices a build killed with SIGKILL.
    die_with_parent(parent)
    _WORK = (job, convert)


def _render_range(start: int, stop: int) -> list[RenderedPage[object]]:
    assert _WORK is not None
    job, convert = _WORK
    return [job.render_page(plan, convert) for plan in job.plans[start:stop]]


class ForkedPages(RenderedPages[C]):
    """The rendered pages of a job, rendered (and converted) ahead of MkDocs by workers."""

    def __init__(self, job: RenderJob, convert: Convert[C] | None, workers: int) -> None:
        super().__init__(job)
        self._pool = ProcessPoolExecutor(
            max_workers=workers,
            mp_context=multiprocessing.get_context("fork"),
            initializer=_install,
            initargs=(job, convert, os.getpid()),
        )
        count = len(job.plans)
        self._starts: list[int] = [0, *range(FIRST_CHUNK, count, CHUNK)] if count else []
        ends = [*self._starts[1:], count]
        self._chunks: list[Future[list[RenderedPage[C]]]] = [
            self._pool.submit(_render_range, start, end)  # type: ignore[arg-type]
            for start, end in zip(self._starts, ends, strict=True)
        ]
        self._fetched: set[int] = set()
        # The index starts as soon as the chunks with brief pages (which come first) are
        # done: Pagefind then runs while the workers convert the index pages.
        searchable = [i for i, plan in enumerate(job.plans) if plan.searchable]
        self._record_chunks = (
            bisect.bisect_right(self._starts, searchable[-1]) if searchable else 0
        )
        self._records_done = 0
        for future in self._chunks[: self._record_chunks]:
            future.add_done_callback(self._chunk_done)

    def _chunk_done(self, future: Future[list[RenderedPage[C]]]) -> None:
        if future.cancelled() or future.exception() is not None:
            return  # the build stops with the error when it asks for those pages
        with self._index_lock:
            self._records_done += 1
            ready = self._records_done == self._record_chunks
        if ready:
            self._start_index()

    def rendered(self, index: int) -> RenderedPage[C]:
        chunk = bisect.bisect_right(self._starts, index) - 1
        pages = self._chunks[chunk].result()
        if chunk not in self._fetched:
            self._fetched.add(chunk)
            if len(self._fetched) == len(self._chunks):  # the last pages are in
                self._pool.shutdown()  # the workers' memory goes back now
                self._start_index()
        return pages[index - self._starts[chunk]]

    def _render_all(self) -> None:
        for start in self._starts:
            self.rendered(start)

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)
        super().close()


def can_fork() -> bool:
    """Whether rendering in forked workers is both possible and worth it here."""
    return (
        sys.platform == "linux"
        and usable_cores() > 1
        and threading.active_count() == 1
        and "fork" in multiprocessing.get_all_start_methods()
    )


def start_rendering(
    job: RenderJob, convert: Convert[C] | None = None, *, fork: bool | None = None
) -> RenderedPages[C]:
    """Begin rendering the job's pages: in forked workers (which also run ``convert``)
    when ``can_fork()``, else in-process when MkDocs asks for them."""
    if fork if fork is not None else can_fork():
        return ForkedPages(job, convert, workers=min(usable_cores(), MAX_WORKERS))
    return RenderedPages(job)
