"""The built site in a real browser: headless Chromium (Debian's package) via Playwright.

Skipped, with the reason, when Chromium is not installed; `make test` installs it when
run as root, as CI does, so there they always run.
"""

from __future__ import annotations

import functools
import http.server
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        CHROMIUM is None,
        reason="Chromium is not installed: run "
        "`sudo apt-get install chromium` (make test does it when run as root)",
    ),
]
FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        return


@pytest.fixture(scope="module")
def base_url(built_fixture_site: Path) -> Iterator[str]:
    handler = functools.partial(_QuietHandler, directory=str(built_fixture_site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    thread.join()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    tab.errors = []
    tab.on("console", lambda m: tab.errors.append(m.text) if m.type == "error" else None)
    tab.on("pageerror", lambda e: tab.errors.append(str(e)))
    tab.on("dialog", lambda d: tab.errors.append(f"dialog opened: {d.message}"))
    yield tab
    context.close()


def _search(page: Any, base_url: str, query: str = "") -> None:
    page.goto(base_url + "search/" + query)
    page.wait_for_selector("#briefing-search[data-ready=true]")


def test_home_renders_without_console_errors(page: Any, base_url: str) -> None:
    page.goto(base_url)
    assert "Hostile" in page.inner_text(".home-lead")
    assert page.locator(".brief-card").count() == 2
    assert "Ashford approves tram extension" in page.inner_text(".brief-cards")
    assert page.locator(".md-sidebar--secondary .md-nav__link").count() == 0  # no empty TOC
    assert page.errors == []


def test_search_for_an_actor_finds_the_right_brief(page: Any, base_url: str) -> None:
    _search(page, base_url)
    page.fill("#briefing-search-input", "Helen Cho")
    page.wait_for_selector(".briefing-search-result")
    titles = page.locator(".briefing-search-title").all_inner_texts()
    assert titles == ["Ashford approves tram extension after funding pledge is confirmed"]
    assert page.errors == []


def test_header_search_box_leads_to_results(page: Any, base_url: str) -> None:
    page.goto(base_url + "about/")
    page.fill(".md-search__input", "Becker")
    page.press(".md-search__input", "Enter")
    page.wait_for_selector(".briefing-search-result")
    assert page.locator(".briefing-search-result").count() == 2
    assert page.errors == []


def test_a_filter_narrows_results(page: Any, base_url: str) -> None:
    _search(page, base_url, "?q=said")
    page.wait_for_selector(".briefing-search-result")
    before = page.locator(".briefing-search-result").count()
    page.select_option("#briefing-filter-tag", "testing")
    page.wait_for_function(
        f"document.querySelectorAll('.briefing-search-result').length < {before}"
    )
    assert page.locator(".briefing-search-title").all_inner_texts() == [
        "Hostile <script>alert(“x”)</script> {{ 7*7 }} headline"
    ]
    assert "tag=testing" in page.url
    assert page.errors == []


def test_filters_alone_and_date_sort(page: Any, base_url: str) -> None:
    _search(page, base_url, "?story=Ashford+Tram&sort=asc")
    page.wait_for_selector(".briefing-search-result")
    assert page.locator(".briefing-search-title").all_inner_texts() == [
        "Ashford council delays vote on $210m tram extension",
        "Ashford approves tram extension after funding pledge is confirmed",
    ]
    page.select_option("#briefing-sort", "desc")
    page.wait_for_function(
        "document.querySelector('.briefing-search-title').textContent"
        ".startsWith('Ashford approves')"
    )


def test_brief_page_reveals_evidence(page: Any, base_url: str) -> None:
    page.goto(base_url + "briefs/2026-01-15-council-delays-tram-vote/")
    cite = page.locator(".brief-questions a.brief-cite").first
    assert cite.text_content() == "Evidence: sentence 7"
    assert cite.get_attribute("href") == "#s7"  # without script: a jump to the list
    assert cite.get_attribute("aria-expanded") == "false"
    cite.click()
    # The sentence opens in place, under the question; the page does not jump.
    panel = page.locator(".brief-questions .brief-cite-panel").first
    assert panel.is_visible()
    assert panel.inner_text().endswith(
        "It is not yet clear whether the transport authority’s offer will stand if the vote "
        "slips past March."
    )
    assert cite.get_attribute("aria-expanded") == "true"
    assert not page.url.endswith("#s7")
    cite.press("Escape")
    assert not panel.is_visible()
    cite.press(" ")  # a button opens with the space bar as well
    assert panel.is_visible()
    # Ranges are compact, and every evidence sentence links back to the items citing it.
    summary = page.locator("#cite-summary")
    assert summary.text_content() == "Evidence: sentences 1, 5, 7"
    back = page.locator("#s7 .brief-evidence-back a")
    assert back.all_text_contents() == [
        "↩ Back to Summary",
        "↩ Back to Regional transport authority",
        "↩ Back to Stake 1",
        "↩ Back to Question 1",
    ]
    back.last.click()
    assert page.url.endswith("#cite-question-1")
    assert page.errors == []


def test_hostile_brief_runs_nothing(page: Any, base_url: str) -> None:
    page.goto(base_url + "briefs/2026-02-10-hostile-markup/")
    assert "<script>alert(1)</script>" in page.inner_text(".brief-actors")
    _search(page, base_url, "?q=mayor")
    page.wait_for_selector(".briefing-search-result")
    assert page.locator(".briefing-search-result img").count() == 0
    # A match in the summary: the result shows the summary, the article's text as written.
    summary = page.inner_text(".briefing-search-summary")
    assert "<img src=x onerror=alert(1)>" in summary
    assert "&lt;" not in summary and "&amp;" not in summary
    # A match elsewhere (a stake) shows the matching passage too, with its highlights.
    _search(page, base_url, "?q=iframe")
    page.wait_for_selector(".briefing-search-excerpt")
    assert page.locator(".briefing-search-result iframe").count() == 0
    excerpt = page.inner_text(".briefing-search-excerpt")
    assert "<iframe src=javascript:alert(1)></iframe>" in excerpt  # read as written
    assert "&lt;" not in excerpt and "&amp;" not in excerpt
    assert page.locator(".briefing-search-excerpt mark").count() >= 1
    assert page.errors == []


def test_phone_width_has_no_horizontal_scroll(browser: Any, base_url: str) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 844})
    tab = context.new_page()
    for path in ("", "briefs/2026-01-15-council-delays-tram-vote/", "search/?q=tram"):
        tab.goto(base_url + path)
        width = tab.evaluate("document.documentElement.scrollWidth")
        assert width <= 390, f"{path or 'home'} is {width}px wide on a 390px phone"
    context.close()


def test_print_view_has_no_navigation_search_or_footer(page: Any, base_url: str) -> None:
    page.goto(base_url + "briefs/2026-01-15-council-delays-tram-vote/")
    page.emulate_media(media="print")
    for selector in (
        ".md-header",
        ".md-tabs",
        ".md-sidebar--primary",
        ".md-footer",
        ".brief-story-nav",
        ".brief-related",
    ):
        if page.locator(selector).count():
            assert not page.locator(selector).first.is_visible(), selector
    for selector in (".brief-summary", ".brief-actors", ".brief-questions", ".brief-evidence"):
        assert page.locator(selector).is_visible(), selector
    assert (
        page.evaluate("getComputedStyle(document.querySelector('.brief-stakes')).breakInside")
        == "avoid"
    )


def test_site_read_from_disk_follows_links_and_says_search_needs_serving(
    page: Any, built_fixture_site: Path
) -> None:
    """Opening site/index.html from the file system (file://): folder links open their
    index.html instead of a directory listing, and search tells the truth."""
    home = (built_fixture_site / "index.html").as_uri()
    page.goto(home)
    page.click(".md-tabs__link:text-is('Stories')")
    assert page.url == (built_fixture_site / "stories/index.html").as_uri()
    page.click("a.home-story-name")
    assert page.url == (built_fixture_site / "stories/ashford-tram/index.html").as_uri()
    page.click(".story-timeline a.brief-list-title >> nth=0")
    assert page.locator("h1").first.inner_text().startswith("Ashford council delays vote")
    page.fill(".md-search__input", "Becker")
    page.press(".md-search__input", "Enter")
    page.wait_for_selector("#briefing-search-status:has-text('make serve')")
    assert page.url.startswith((built_fixture_site / "search/index.html").as_uri() + "?q=Becker")
    assert page.inner_text("#briefing-search-status") == (
        "Search needs the site served: run `make serve` (or `briefing serve`) and open it "
        "at http://127.0.0.1:8000/search/."
    )
    assert page.is_disabled("#briefing-search-input")
    # Material's bundle fetches sitemap.xml beside every <link rel=alternate> (ours is the
    # feed) to map translations; from disk the browser refuses it, harmlessly.
    material = ("sitemap.xml' from origin 'null'", "Failed to load resource: net::ERR_FAILED")
    errors = [e for e in page.errors if not any(m in e for m in material)]
    assert errors == [], "\n".join(errors)


def test_served_site_keeps_its_folder_links(page: Any, base_url: str) -> None:
    page.goto(base_url)
    hrefs = page.eval_on_selector_all("a[href]", "links => links.map(a => a.getAttribute('href'))")
    assert "stories/" in hrefs
    assert not [href for href in hrefs if href.endswith("index.html")]
