"""The Pagefind search index, built over the finished site (the PyPI package ships the binary).

The Pagefind command line indexes the written brief pages in one pass. (Its Python API,
which could take pages as MkDocs renders them, polls for replies ten times a second, one
reply per poll: 10,000 pages would take over a quarter of an hour.)
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from mkdocs.exceptions import PluginError

BUNDLE_DIR = "pagefind"


def build_search_index(site_dir: Path) -> None:
    """Index every page marked ``data-pagefind-body`` into ``site_dir/pagefind/``."""
    command = [
        sys.executable,
        "-m",
        "pagefind",
        "--site",
        str(site_dir),
        "--output-subdir",
        BUNDLE_DIR,
        "--silent",
        "--glob",
        "briefs/**/*.html",
        "--exclude-selectors",
        ".headerlink, .brief-meta, .brief-tags, .brief-story",
    ]
    try:
        result = subprocess.run(command, capture_output=True, text=True, check=False)
    except OSError as exc:
        raise PluginError(f"search index: cannot run Pagefind ({exc})") from exc
    if result.returncode != 0:
        detail = (result.stderr or result.stdout).strip().splitlines()
        raise PluginError(f"search index: Pagefind failed: {detail[-1] if detail else 'no output'}")
