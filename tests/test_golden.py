"""Golden files for rendered pages: the generated Markdown and the built HTML content.

The fixture project is rendered and built; the output is compared byte for byte with
tests/golden/. After an intended change, `make golden` refreshes them for review.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from builder.library import load_library
from builder.site.collection import build_collection
from builder.site.render import SiteRenderer
from tests.conftest import REPO
from tests.golden import assert_golden

BRIEF = "2026-01-15-council-delays-tram-vote"


@pytest.fixture
def pages(project: Path) -> dict[str, str]:
    library = load_library(project / "briefings")
    assert not library.problems
    renderer = SiteRenderer(REPO / "templates")
    pages = renderer.render_all(build_collection(library.briefs))
    return {page.src_uri: page.content for page in pages}


def test_brief_page_markdown(pages: dict[str, str]) -> None:
    assert_golden(f"{BRIEF}.md", pages[f"briefs/{BRIEF}.md"])


def test_home_page_markdown(pages: dict[str, str]) -> None:
    assert_golden("index.md", pages["index.md"])


def _article_html(html: str) -> str:
    match = re.search(r'<article class="md-content__inner md-typeset">(.*?)</article>', html, re.S)
    assert match, "no Material article element"
    return match.group(1).strip() + "\n"


@pytest.mark.slow
def test_built_html_of_brief_and_home(built_fixture_site: Path) -> None:
    brief = (built_fixture_site / "briefs" / BRIEF / "index.html").read_text(encoding="utf-8")
    home = (built_fixture_site / "index.html").read_text(encoding="utf-8")
    assert_golden(f"{BRIEF}.html", _article_html(brief))
    assert_golden("index.html", _article_html(home))
