"""Rendering the generated pages beside MkDocs, not before it.

MkDocs converts pages one at a time, on one core. Where a second core and ``fork`` are
available, a worker process forked from the build renders the generated pages ahead of
MkDocs, writing the search record of each brief page as it goes, and then builds the
Pagefind index while MkDocs is still writing the site. The plugin hands MkDocs each page
when MkDocs asks for it. The worker inherits the loaded collection through ``fork``, so
nothing is pickled on the way in; only the rendered text comes back.

Elsewhere, or when the process already runs threads (``mkdocs serve``: forking a threaded
process can deadlock the child), the same steps run in-process, with the same output.
"""

from __future__ import annotations

import bisect
import multiprocessing
import os
import sys
import threading
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from builder.site.render import PagePlan, SiteRenderer
from builder.site.search_index import build_search_index, record_path, search_record, write_record

# Pages per task. The first task is small so that MkDocs can start at once; later ones
# are larger, as the worker then runs ahead of MkDocs and fewer round trips cost less.
FIRST_CHUNK = 8
CHUNK = 64


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


@dataclass(frozen=True)
class RenderJob:
    """Everything needed to render the pages, and to index them when ``search`` is set."""

    renderer: SiteRenderer
    plans: list[PagePlan]
    search: SearchRecords | None

    def render_range(self, start: int, stop: int) -> list[str]:
        """The Markdown of pages ``start``..``stop - 1``; brief pages also get their record."""
        contents: list[str] = []
        for plan in self.plans[start:stop]:
            body = self.renderer.render_body(plan)
            if self.search is not None and plan.searchable:
                write_record(
                    self.search.records_dir,
                    record_path(plan.src_uri, directory_urls=self.search.directory_urls),
                    search_record(plan.title, body, lang=self.search.lang),
                )
            contents.append(self.renderer.front_matter(plan) + body)
        return contents

    def build_index(self) -> None:
        if self.search is not None:
            build_search_index(self.search.records_dir, self.search.bundle_dir)


class RenderedPages:
    """The rendered pages of a job, rendered in-process the first time one is asked for."""

    def __init__(self, job: RenderJob) -> None:
        self.job = job
        self._contents: list[str] | None = None

    def _all(self) -> list[str]:
        if self._contents is None:
            self._contents = self.job.render_range(0, len(self.job.plans))
        return self._contents

    def content(self, index: int) -> str:
        return self._all()[index]

    def finish(self) -> None:
        """Render whatever was not asked for, and build the search index."""
        self._all()
        self.job.build_index()

    def close(self) -> None:
        """Release what a build that stopped early left running (nothing, in-process)."""


# The worker's job. Set by the pool's initializer: with ``fork`` the job reaches the
# worker as memory it inherits, not as a pickle.
_JOB: RenderJob | None = None


def _install(job: RenderJob) -> None:
    global _JOB  # noqa: PLW0603 (the worker process's one piece of state)
    _JOB = job


def _render_range(start: int, stop: int) -> list[str]:
    assert _JOB is not None
    return _JOB.render_range(start, stop)


def _build_index() -> None:
    assert _JOB is not None
    _JOB.build_index()


class ForkedPages(RenderedPages):
    """The rendered pages of a job, rendered ahead of MkDocs by one forked worker."""

    def __init__(self, job: RenderJob) -> None:
        super().__init__(job)
        self._pool = ProcessPoolExecutor(
            max_workers=1,
            mp_context=multiprocessing.get_context("fork"),
            initializer=_install,
            initargs=(job,),
        )
        count = len(job.plans)
        self._starts: list[int] = [0, *range(FIRST_CHUNK, count, CHUNK)] if count else []
        ends = [*self._starts[1:], count]
        self._chunks: list[Future[list[str]]] = [
            self._pool.submit(_render_range, start, end)
            for start, end in zip(self._starts, ends, strict=True)
        ]
        # Queued behind the pages: Pagefind runs while MkDocs writes the site.
        self._index: Future[None] = self._pool.submit(_build_index)

    def content(self, index: int) -> str:
        chunk = bisect.bisect_right(self._starts, index) - 1
        pages: list[str] = self._chunks[chunk].result()
        return pages[index - self._starts[chunk]]

    def finish(self) -> None:
        try:
            self._index.result()
        finally:
            self._pool.shutdown()

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)


def can_fork() -> bool:
    """Whether rendering in a forked worker is both possible and worth it here."""
    return (
        sys.platform == "linux"
        and (os.cpu_count() or 1) > 1
        and threading.active_count() == 1
        and "fork" in multiprocessing.get_all_start_methods()
    )


def start_rendering(job: RenderJob, *, fork: bool | None = None) -> RenderedPages:
    """Begin rendering the job's pages: in a forked worker when ``can_fork()``."""
    if fork if fork is not None else can_fork():
        return ForkedPages(job)
    return RenderedPages(job)
