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
# One page of each type; the brief page with one citation opened, the search page with results.
PAGES = [
    "",
    "briefs/2026-01-15-council-delays-tram-vote/",
    "briefs/2026-02-10-hostile-markup/",
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


def _violations(page: Any, path: str) -> list[str]:
    if path.startswith("search/"):
        page.wait_for_selector(".briefing-search-result")
    if path.startswith("briefs/"):
        page.locator("a.brief-cite").first.click()
        page.wait_for_selector(".brief-cite-panel")
    page.add_script_tag(path=str(AXE))
    result = page.evaluate(
        "([tags, extra]) => axe.run(document, {runOnly: {type: 'tag', values: tags},"
        " rules: Object.fromEntries(extra.map(id => [id, {enabled: true}])),"
        " resultTypes: ['violations']})",
        [WCAG_AA, ALSO],
    )
    return [
        f"{path or 'home'}: {v['id']} ({v['impact']}), {len(v['nodes'])} elements: "
        + "; ".join(
            " ".join(node["target"]) + " " + node.get("failureSummary", "").split("\n")[-1].strip()
            for node in v["nodes"][:8]
        )
        for v in result["violations"]
    ]


@pytest.mark.parametrize("width", [1280, 390])
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_no_wcag_aa_violations(browser: Any, base_url: str, scheme: str, width: int) -> None:  # noqa: F811
    assert AXE.is_file(), f"{AXE} is missing: run `npm ci` (make test does it)"
    context = browser.new_context(viewport={"width": width, "height": 900}, color_scheme=scheme)
    tab = context.new_page()
    problems: list[str] = []
    for path in PAGES:
        tab.goto(base_url + path)
        problems += _violations(tab, path)
    context.close()
    assert problems == [], "\n".join(problems)
