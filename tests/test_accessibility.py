"""Every page type passes axe-core's WCAG 2.2 AA rules: light and dark, desktop and phone.

axe-core comes from the npm registry (package.json, the lock committed; `make test` runs
`npm ci`) and is injected into the pages headless Chromium (Debian's package) shows
through Playwright, as in test_browser.py. Without Chromium the test is skipped, with the
reason; without axe-core it fails, saying how to install it.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import REPO
from tests.test_browser import base_url, browser, pytestmark  # noqa: F401 (fixtures)

AXE = REPO / "node_modules" / "axe-core" / "axe.min.js"
# The rules of WCAG 2.0, 2.1 and 2.2 at levels A and AA.
WCAG_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]
# Best-practice rules enforced as well: a dialog and each search landmark have a name.
ALSO = ["aria-dialog-name", "landmark-unique"]
# One page of each type; the brief page with a citation opened, the search page with results.
PAGES = [
    "",
    "briefs/2026-01-15-council-delays-tram-vote/",
    "search/?q=tram",
    "questions/",
    "stories/",
    "stories/ashford-tram/",
    "actors/",
    "actors/priya-raman/",
    "tags/",
    "tags/transport/",
    "archive/",
    "archive/2026-01/",
    "about/",
]
# Each page is checked in Material's light scheme and in its dark one ("slate", chosen
# from the reader's preference), each as a desktop and as a phone shows it.
SCHEMES = {"light": "default", "dark": "slate"}
WIDTHS = (1280, 390)


def _violations(page: Any, label: str) -> list[str]:
    result = page.evaluate(
        "([tags, extra]) => axe.run(document, {runOnly: {type: 'tag', values: tags},"
        " rules: Object.fromEntries(extra.map(id => [id, {enabled: true}])),"
        " resultTypes: ['violations']})",
        [WCAG_AA, ALSO],
    )
    return [
        f"{label}: {v['id']} ({v['impact']}), {len(v['nodes'])} elements: "
        + "; ".join(
            " ".join(node["target"]) + " " + node.get("failureSummary", "").split("\n")[-1].strip()
            for node in v["nodes"][:8]
        )
        for v in result["violations"]
    ]


@pytest.mark.parametrize("path", PAGES)
def test_no_wcag_aa_violations(browser: Any, base_url: str, path: str) -> None:  # noqa: F811
    assert AXE.is_file(), f"{AXE} is missing: run `npm ci` (make test does it)"
    problems: list[str] = []
    for preference, scheme in SCHEMES.items():
        context = browser.new_context(
            viewport={"width": WIDTHS[0], "height": 900}, color_scheme=preference
        )
        tab = context.new_page()
        tab.goto(base_url + path)
        assert tab.evaluate("document.body.dataset.mdColorScheme") == scheme
        if path.startswith("search/"):
            tab.wait_for_selector(".briefing-search-result")
        if path.startswith("briefs/"):
            tab.locator("a.brief-cite").first.click()
            tab.wait_for_selector(".brief-cite-panel")
        tab.add_script_tag(path=str(AXE))
        for width in WIDTHS:
            tab.set_viewport_size({"width": width, "height": 900})
            problems += _violations(tab, f"{path or 'home'} at {width}px, {scheme}")
        context.close()
    assert problems == [], "\n".join(problems)
