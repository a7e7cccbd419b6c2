"""The Pagefind search index of the brief pages (the PyPI package ships the binary).

Pagefind reads a small search record per brief rather than the finished site: the record
is the brief page's own content, without Material's navigation, header and footer, which
would make up most of what Pagefind parses. Records are written as pages render, so the
index can build while MkDocs is still writing the site (see ``pipeline.py``); the bundle
then moves into ``site/pagefind/``. Pagefind names each result by the record's path,
which mirrors the page's path in the site, so result links are the pages' URLs.

The Pagefind command line indexes the records in one pass. (Its Python API polls for
replies ten times a second, one reply per poll: 10,000 pages would take over a quarter
of an hour.)
"""

from __future__ import annotations

import contextlib
import html
import os
import re
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path
from typing import IO

from mkdocs.exceptions import PluginError

from builder.background import start_below_build
from builder.site.render import page_url

BUNDLE_DIR = "pagefind"

# Parts of a brief page that are not worth finding: permalinks, the date line, tag chips
# and the story link (filters cover those), besides everything marked data-pagefind-ignore.
EXCLUDED = ".headerlink, .brief-meta, .brief-tags, .brief-story"

# Generated pages are raw HTML blocks under ATX headings ("## Actors"): the only Markdown
# a record has to turn into HTML.
_HEADING = re.compile(r"^(#{1,6})[ \t]+(.+?)[ \t]*$", re.MULTILINE)


def record_path(src_uri: str, *, directory_urls: bool = True) -> str:
    """Where a page's record goes, relative to the records folder: the page's own path."""
    url = page_url(src_uri, directory_urls=directory_urls)
    return url + "index.html" if url == "" or url.endswith("/") else url


def search_record(title: str, body: str, *, lang: str) -> str:
    """The HTML document Pagefind indexes for a page whose Markdown body is ``body``."""
    content = _HEADING.sub(
        lambda m: f"<h{len(m[1])}>{html.escape(m[2], quote=False)}</h{len(m[1])}>", body
    )
    return (
        f'<!doctype html>\n<html lang="{html.escape(lang)}">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{html.escape(title)}</title>\n</head>\n<body>\n"
        f"<div data-pagefind-body>\n{content}</div>\n</body>\n</html>\n"
    )


def write_record(records_dir: Path, relative: str, document: str) -> None:
    path = records_dir / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(document, encoding="utf-8")


def pagefind_binary() -> str:
    """The binary of the pagefind[bin] dependency (not `python -m pagefind`, which only
    starts a Python to find and exec the same binary)."""
    try:
        from pagefind_bin import get_executable

        return str(get_executable())
    except (ImportError, FileNotFoundError) as exc:
        raise PluginError(
            f"search index: the Pagefind binary is missing ({exc}); "
            "reinstall with `pip install 'pagefind[bin]'`"
        ) from exc


class SearchIndexRun:
    """Pagefind indexing in its own process; ``wait`` for the bundle, or ``kill``."""

    def __init__(self, process: subprocess.Popen[bytes], errors: IO[bytes]) -> None:
        self._process = process
        self._errors = errors

    def wait(self) -> None:
        try:
            status = self._process.wait()
            self._errors.seek(0)
            detail = self._errors.read().decode("utf-8", "replace").strip().splitlines()
        finally:
            self._errors.close()
        if status != 0:
            last = detail[-1] if detail else f"exit status {status}"
            raise PluginError(f"search index: Pagefind failed: {last}")

    def kill(self) -> None:
        if self._process.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self._process.pid, signal.SIGKILL)  # Pagefind too
            self._process.wait()
        self._errors.close()


def start_search_index(records_dir: Path, bundle_dir: Path) -> SearchIndexRun:
    """Start indexing every record under ``records_dir`` into the bundle ``bundle_dir``;
    the records are deleted once read."""
    command = [
        pagefind_binary(),
        "--site",
        str(records_dir),
        "--output-path",
        str(bundle_dir),
        "--silent",
        "--exclude-selectors",
        EXCLUDED,
    ]
    errors = tempfile.TemporaryFile()  # noqa: SIM115 (closed by the run)
    try:
        # Below the build's priority (MkDocs still writes the site), and the records are
        # deleted once read, so the build waits for neither.
        process = start_below_build(
            delete=[records_dir], command=command, output=errors, own_group=True,
            die_with_build=True,
        )
    except OSError as exc:
        errors.close()
        raise PluginError(f"search index: cannot run Pagefind ({exc})") from exc
    return SearchIndexRun(process, errors)


def install_bundle(bundle_dir: Path, site_dir: Path) -> None:
    """Move a built bundle to ``site_dir/pagefind/``, replacing any older one."""
    target = site_dir / BUNDLE_DIR
    if target.exists():
        shutil.rmtree(target)
    shutil.move(str(bundle_dir), str(target))
