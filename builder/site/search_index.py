"""The Pagefind search index, built while MkDocs writes the site.

Pagefind's Python package drives its indexer binary as a separate process. Each brief
page is handed to it as soon as MkDocs has rendered it, so indexing runs on another core
alongside the build instead of re-reading every page afterwards.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
from concurrent.futures import Future
from pathlib import Path
from typing import Any

from mkdocs.exceptions import PluginError
from pagefind.index import IndexConfig, PagefindIndex

BUNDLE_DIR = "pagefind"
# Text that is not the brief's own: permalinks, the date/outlet line, tag chips, kicker.
EXCLUDE = [".headerlink", ".brief-meta", ".brief-tags", ".brief-story"]


class SearchIndexer:
    """Collects pages into a Pagefind index in a background event loop."""

    def __init__(self) -> None:
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, name="pagefind", daemon=True)
        self._thread.start()
        self._pending: list[Future[Any]] = []
        config: IndexConfig = {"exclude_selectors": EXCLUDE}
        try:
            self._index = self._call(PagefindIndex(config)._start())
        except Exception as exc:
            self._stop()
            raise PluginError(f"search index: cannot start Pagefind ({exc})") from exc

    def _call(self, coroutine: Any) -> Any:
        return asyncio.run_coroutine_threadsafe(coroutine, self._loop).result()

    def add(self, html: str, url: str) -> None:
        """Queue one rendered page (``url`` relative to the site root, e.g. 'briefs/x/')."""
        coroutine = self._index.add_html_file(content=html, url="/" + url)
        self._pending.append(asyncio.run_coroutine_threadsafe(coroutine, self._loop))

    def write(self, site_dir: Path) -> None:
        """Wait for every queued page, then write the bundle to ``site_dir/pagefind``."""
        try:
            for future in self._pending:
                future.result()
            self._call(self._index.write_files(output_path=str(site_dir / BUNDLE_DIR)))
        except Exception as exc:
            raise PluginError(f"search index: Pagefind failed ({exc})") from exc
        finally:
            self.close()

    def close(self) -> None:
        """Stop the indexer process and the loop (safe to call twice)."""
        service = getattr(self._index, "_service", None) if hasattr(self, "_index") else None
        if service is not None and self._loop.is_running():
            # Shutting down after the index is written (or the build failed): a failure to
            # stop the helper process changes nothing for the build's result.
            with contextlib.suppress(Exception):
                self._call(service.close())
            self._index._service = None
        self._stop()

    def _stop(self) -> None:
        if self._loop.is_running():
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join()
