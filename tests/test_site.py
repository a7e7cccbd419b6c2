"""The built website: strict build, links that resolve, escaping of hostile articles."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from bs4 import BeautifulSoup, Tag
from click.testing import Result

from builder.site.render import page_url, relative_url

Run = Callable[..., Result]
HOSTILE = "2026-02-10-hostile-markup"


def test_page_urls_match_mkdocs() -> None:
    assert page_url("index.md") == ""
    assert page_url("briefs/x.md") == "briefs/x/"
    assert page_url("stories/index.md") == "stories/"
    assert page_url("briefs/x.md", directory_urls=False) == "briefs/x.html"


@pytest.mark.parametrize(
    ("src", "dst", "expected"),
    [
        ("", "briefs/x/", "briefs/x/"),
        ("briefs/x/", "", "../../"),
        ("briefs/x/", "briefs/y/", "../y/"),
        ("briefs/x/", "assets/a.css", "../../assets/a.css"),
        ("briefs/x.html", "index.html", "../index.html"),
        ("briefs/x/", "briefs/x/", "./"),
    ],
)
def test_relative_urls(src: str, dst: str, expected: str) -> None:
    assert relative_url(src, dst) == expected


def _pages(site: Path) -> Iterator[Path]:
    yield from sorted(site.rglob("*.html"))


def _local_target(site: Path, page: Path, href: str) -> Path | None:
    parts = urlsplit(href)
    if parts.scheme or parts.netloc or href.startswith(("#", "mailto:")):
        return None
    base = site if parts.path.startswith("/") else page.parent  # 404.html links from the root
    target = (base / unquote(parts.path).lstrip("/")).resolve()
    return target / "index.html" if target.is_dir() else target


@pytest.mark.slow
@pytest.mark.parametrize("site_fixture", ["built_fixture_site", "built_example_site"])
def test_every_internal_link_resolves(site_fixture: str, request: pytest.FixtureRequest) -> None:
    built_fixture_site: Path = request.getfixturevalue(site_fixture)
    broken = []
    for page in _pages(built_fixture_site):
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        ids = {str(tag["id"]) for tag in soup.find_all(id=True)}
        for tag in soup.find_all(["a", "link", "script", "img"]):
            assert isinstance(tag, Tag)
            href = tag.get("href") or tag.get("src")
            if not isinstance(href, str) or not href:
                continue
            if href.startswith("#"):
                if href != "#" and href[1:] not in ids and not href.startswith("#__"):
                    broken.append(f"{page.relative_to(built_fixture_site)}: {href}")
                continue
            target = _local_target(built_fixture_site, page, href)
            if target is not None and not target.exists():
                broken.append(f"{page.relative_to(built_fixture_site)}: {href}")
    assert broken == []


@pytest.mark.slow
def test_hostile_article_text_stays_text(built_fixture_site: Path) -> None:
    benign = BeautifulSoup(
        (built_fixture_site / "briefs/2026-02-03-tram-extension-approved/index.html").read_text(
            encoding="utf-8"
        ),
        "html.parser",
    )
    page = built_fixture_site / "briefs" / HOSTILE / "index.html"
    html = page.read_text(encoding="utf-8")
    soup = BeautifulSoup(html, "html.parser")
    # No element, attribute or script the article brought with it.
    assert len(soup.find_all("script")) == len(benign.find_all("script"))
    assert soup.find_all(["img", "iframe"]) == []
    assert not [t for t in soup.find_all(True) if any(a.startswith("on") for a in t.attrs)]
    assert not [a for a in soup.find_all("a") if "javascript" in str(a.get("href", ""))]
    # No Markdown structure: the heading and the table stayed inside their sentences.
    content = soup.select_one("article.md-content__inner")
    assert content is not None
    assert [h.get_text(strip=True) for h in content.find_all("h2")] == [
        "Summary¶",
        "Actors¶",
        "Stakes¶",
        "Open questions¶",
        "Source¶",
        "Evidence¶",
    ]
    assert len(content.find_all("table")) == 1  # the actors table only
    assert content.find_all(["strong", "em", "code"]) == []
    # Template code was not evaluated, and the text is there for the reader, literally.
    text = content.get_text(" ")
    assert "{{ 7*7 }}" in text
    assert "{% raw %}{{ config }}{% endraw %}" in text
    assert "<script>alert(1)</script>" in text
    assert soup.title is not None
    title = "Hostile <script>alert(“x”)</script> {{ 7*7 }} headline - Briefing"
    assert soup.title.get_text() == title


@pytest.mark.slow
def test_plain_mkdocs_build_strict_works(project: Path, tmp_path: Path) -> None:
    mkdocs = Path(sys.executable).parent / "mkdocs"
    result = subprocess.run(
        [str(mkdocs), "build", "--strict", "-q", "-d", str(tmp_path / "out")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "out/briefs/2026-01-15-council-delays-tram-vote/index.html").exists()


@pytest.mark.slow
def test_build_never_touches_briefings(project: Path, run: Run) -> None:
    before = {
        p: hashlib.sha256(p.read_bytes()).digest()
        for p in project.rglob("briefings/**/*")
        if p.is_file()
    }
    assert run("build").exit_code == 0
    after = {
        p: hashlib.sha256(p.read_bytes()).digest()
        for p in project.rglob("briefings/**/*")
        if p.is_file()
    }
    assert before == after
    assert (project / "site/index.html").exists()


@pytest.mark.slow
def test_failed_build_reports_problems_and_keeps_the_old_site(project: Path, run: Run) -> None:
    assert run("build").exit_code == 0
    Path("briefings/bad.yaml").write_text("schema: 1\nid: bad\ntitle: [\n", encoding="utf-8")
    result = run("build")
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        "briefings/bad.yaml:4:1: syntax: while parsing a flow node, did not find expected node"
        " content",
        "Error: 1 problem in briefings",
    ]
    assert (project / "site/index.html").exists()


@pytest.mark.slow
def test_plain_mkdocs_reports_invalid_briefs(project: Path) -> None:
    Path("briefings/bad.yaml").write_text("schema: 1\nid: bad\ntitle: [\n", encoding="utf-8")
    mkdocs = Path(sys.executable).parent / "mkdocs"
    result = subprocess.run(
        [str(mkdocs), "build", "-q"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 1
    assert "briefings/bad.yaml:4:1: syntax:" in result.stderr


def test_fixture_copy_is_isolated(project: Path) -> None:
    shutil.rmtree(project / "briefings")  # the original fixture folder must survive this
    assert (Path(__file__).parent / "fixtures/project/briefings").is_dir()


@pytest.mark.slow
def test_every_page_type_is_built(built_fixture_site: Path) -> None:
    for path in (
        "index.html",
        "stories/index.html",
        "stories/ashford-tram/index.html",
        "actors/index.html",
        "actors/priya-raman/index.html",
        "tags/index.html",
        "tags/transport/index.html",
        "archive/index.html",
        "archive/2026-01/index.html",
        "questions/index.html",
        "search/index.html",
        "about/index.html",
        "feed.xml",
        "pagefind/pagefind.js",
    ):
        assert (built_fixture_site / path).exists(), path


@pytest.mark.slow
def test_navigation_stays_short(built_fixture_site: Path) -> None:
    soup = BeautifulSoup(
        (built_fixture_site / "briefs/2026-01-15-council-delays-tram-vote/index.html").read_text(
            encoding="utf-8"
        ),
        "html.parser",
    )
    tabs = [a.get_text(strip=True) for a in soup.select(".md-tabs__link")]
    assert tabs == [
        "Home",
        "Stories",
        "Actors",
        "Tags",
        "Archive",
        "Open questions",
        "Search",
        "About",
    ]
    assert not soup.select(".md-nav--primary a[href*='briefs/']")


@pytest.mark.slow
def test_questions_link_raising_and_answering_briefs(built_fixture_site: Path) -> None:
    soup = BeautifulSoup(
        (built_fixture_site / "questions/index.html").read_text(encoding="utf-8"), "html.parser"
    )
    answered = soup.select_one(".question-list .question-answered")
    assert answered is not None
    assert "Will the transport authority’s offer stand" in answered.get_text()
    hrefs = [a["href"] for a in answered.select("a")]
    assert hrefs == [
        "../briefs/2026-01-15-council-delays-tram-vote/",
        "../briefs/2026-02-03-tram-extension-approved/",
    ]
    first = soup.select_one(".question-list li")
    assert first is not None and "question-open" in first["class"]  # open ones first


@pytest.mark.slow
def test_feed_is_valid_atom_with_literal_text(built_fixture_site: Path) -> None:
    from xml.etree import ElementTree

    atom = "{http://www.w3.org/2005/Atom}"
    root = ElementTree.fromstring((built_fixture_site / "feed.xml").read_bytes())
    entries = root.findall(f"{atom}entry")
    assert len(entries) == 3
    titles = [e.findtext(f"{atom}title") for e in entries]
    assert titles[0] == "Hostile <script>alert(“x”)</script> {{ 7*7 }} headline"
    for entry in entries:
        assert entry.findtext(f"{atom}id") and entry.findtext(f"{atom}updated")
        assert entry.find(f"{atom}author/{atom}name") is not None


def test_feed_links_are_absolute_with_site_url(project: Path) -> None:
    from xml.etree import ElementTree

    from builder.library import load_library
    from builder.site.collection import build_collection
    from builder.site.feed import render_feed

    briefs = build_collection(load_library(project / "briefings").briefs).briefs
    xml = render_feed(briefs, site_name="Desk", site_url="https://news.example/briefs/")
    root = ElementTree.fromstring(xml)
    atom = "{http://www.w3.org/2005/Atom}"
    links = [link.get("href") for link in root.iter(f"{atom}link")]
    assert "https://news.example/briefs/feed.xml" in links
    assert "https://news.example/briefs/briefs/2026-02-10-hostile-markup/" in links
    assert render_feed(briefs, site_name="Desk", site_url="https://news.example/briefs/") == xml


@pytest.mark.slow
def test_builds_are_byte_identical(project: Path, run: Run, tmp_path: Path) -> None:
    def snapshot(site: Path) -> dict[str, bytes]:
        return {
            str(p.relative_to(site)): p.read_bytes()
            for p in sorted(site.rglob("*"))
            if p.is_file() and p.suffix in {".html", ".xml"}
        }

    assert run("build", "--site-dir", str(tmp_path / "one")).exit_code == 0
    assert run("build", "--site-dir", str(tmp_path / "two")).exit_code == 0
    one, two = snapshot(tmp_path / "one"), snapshot(tmp_path / "two")
    assert one.keys() == two.keys()
    assert [name for name in one if one[name] != two[name]] == []


@pytest.mark.slow
def test_example_site_shows_every_page_type(built_example_site: Path) -> None:
    home = (built_example_site / "index.html").read_text(encoding="utf-8")
    soup = BeautifulSoup(home, "html.parser")
    assert len(soup.select(".brief-card")) == 12
    assert len(soup.select(".home-stories li")) >= 3
    questions = (built_example_site / "questions/index.html").read_text(encoding="utf-8")
    assert questions.count('class="question-answered"') >= 2
    assert len(list((built_example_site / "stories").glob("*/index.html"))) >= 3
    assert len(list((built_example_site / "archive").glob("*/index.html"))) >= 6


@pytest.mark.slow
def test_search_index_can_be_turned_off(project: Path, run: Run) -> None:
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    assert "      latest: 12\n" in text
    config.write_text(
        text.replace("      latest: 12\n", "      latest: 12\n      search_index: false\n"),
        encoding="utf-8",
    )
    assert run("build").exit_code == 0
    assert (project / "site/briefs/2026-01-15-council-delays-tram-vote/index.html").exists()
    assert not (project / "site/pagefind").exists()


def test_each_stored_article_is_published_as_plain_text(built_fixture_site: Path) -> None:
    sources = Path(__file__).parent / "fixtures/project/briefings/sources"
    for stored in sorted(sources.iterdir()):
        published = built_fixture_site / "originals" / f"{stored.stem}.txt"
        assert published.read_bytes() == stored.read_bytes(), stored.name
        page = built_fixture_site / "briefs" / stored.stem / "index.html"
        link = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser").find(
            "a", string="The article as added (plain text)"
        )
        assert isinstance(link, Tag)
        assert link["href"] == f"../../originals/{stored.stem}.txt"


@pytest.mark.slow
def test_a_saved_web_page_is_published_as_text_and_originals_can_be_off(
    project: Path, run: Run
) -> None:
    hostile = Path(__file__).parent / "fixtures/articles/hostile.html"
    assert run("add", str(hostile)).exit_code == 0
    stored = next((project / "briefings/sources").glob("*.html"))
    assert run("build").exit_code == 0
    # As text, never as a page of the site: its markup cannot run from the site's address.
    assert (project / "site/originals" / f"{stored.stem}.txt").read_bytes() == stored.read_bytes()
    assert not list((project / "site/originals").glob("*.html"))

    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    config.write_text(
        text.replace("      latest: 12\n", "      latest: 12\n      originals: false\n"),
        encoding="utf-8",
    )
    assert run("build").exit_code == 0
    assert not (project / "site/originals").exists()
    page = project / "site/briefs" / stored.stem / "index.html"
    assert "The article as added" not in page.read_text(encoding="utf-8")
