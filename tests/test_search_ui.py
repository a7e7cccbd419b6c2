"""The search page as a reader uses it: summaries as excerpts, labelled filters, an empty
state that helps, the "/" shortcut and a visible focus (headless Chromium via Playwright)."""

from __future__ import annotations

from typing import Any

from tests.test_browser import _search, base_url, browser, page, pytestmark  # noqa: F401


def test_a_result_shows_the_brief_summary_first(page: Any, base_url: str) -> None:  # noqa: F811
    _search(page, base_url, "?q=tram+vote")
    page.wait_for_selector(".briefing-search-result")
    first = page.locator(".briefing-search-result").filter(has_text="delays vote").first
    summary = first.locator(".briefing-search-summary").inner_text()
    assert summary.startswith("Ashford’s council postponed its vote on the $210 million")
    assert not summary.startswith("Ashford council delays vote")  # not "Title. Summary. …"
    assert page.errors == []


def test_a_match_outside_the_summary_shows_where_it_is(page: Any, base_url: str) -> None:  # noqa: F811
    _search(page, base_url, "?q=Helen+Cho")
    page.wait_for_selector(".briefing-search-result")
    result = page.locator(".briefing-search-result").first
    assert "Helen Cho" not in result.locator(".briefing-search-summary").inner_text()
    marked = result.locator(".briefing-search-excerpt mark").all_inner_texts()
    assert [m.lower().strip(".,") for m in marked][:2] == ["helen", "cho"]


def test_no_result_says_what_to_try_and_clears_filters(page: Any, base_url: str) -> None:  # noqa: F811
    _search(page, base_url, "?q=tram&tag=testing")
    page.wait_for_selector(".briefing-search-empty")
    assert "No brief matches “tram” with these filters." in page.inner_text(
        ".briefing-search-empty"
    )
    page.click("#briefing-search-clear")
    page.wait_for_selector(".briefing-search-result")
    assert page.locator("#briefing-filter-tag").input_value() == ""
    assert page.locator("#briefing-search-clear").is_hidden()
    assert "tag=" not in page.url
    assert page.errors == []


def test_filters_are_labelled_and_wrap_on_a_phone(browser: Any, base_url: str) -> None:  # noqa: F811
    context = browser.new_context(viewport={"width": 390, "height": 844})
    tab = context.new_page()
    _search(tab, base_url)
    labels = tab.locator(".briefing-filter > span").all_inner_texts()
    assert labels == ["Actor", "Tag", "Story", "Outlet", "Order"]
    boxes = [
        tab.locator(f"#{i}").bounding_box()
        for i in ("briefing-filter-actor", "briefing-filter-tag")
    ]
    assert boxes[0] and boxes[1] and boxes[0]["y"] == boxes[1]["y"]  # two to a row
    assert tab.evaluate("document.documentElement.scrollWidth") <= 390
    context.close()


def test_slash_focuses_the_search_box(page: Any, base_url: str) -> None:  # noqa: F811
    page.goto(base_url + "about/")
    page.keyboard.press("/")
    assert page.evaluate("document.activeElement.classList.contains('md-search__input')")
    assert page.locator(".md-search__input").input_value() == ""  # the "/" is not typed
    _search(page, base_url, "?q=tram")
    page.locator("body").click()
    page.keyboard.press("/")
    assert page.evaluate("document.activeElement.id") == "briefing-search-input"
    assert page.errors == []


def test_every_search_input_shows_its_focus(page: Any, base_url: str) -> None:  # noqa: F811
    _search(page, base_url)
    for selector in ("#briefing-search-input", "#briefing-filter-tag", "#briefing-sort"):
        page.focus(selector)
        style = page.evaluate(
            "s => getComputedStyle(document.querySelector(s)).outlineStyle", selector
        )
        assert style == "solid", selector
    page.goto(base_url + "about/")
    page.focus(".md-search__input")
    assert (
        page.evaluate("getComputedStyle(document.querySelector('.md-search__input')).outlineStyle")
        == "solid"
    )
