"""Every rule of briefing.css styles something: its selectors match the pages we build.

A selector that matches nothing is a silent bug (the evidence list was once styled as
``ol.brief-evidence`` while the markup was ``div.brief-evidence > ol``). Selectors are
matched against every page of the built fixture and example sites; states only a browser has
(``:hover``, ``:target``...) are stripped first, and classes that only the site's scripts
create are accepted when a script really creates them.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import soupsieve
from bs4 import BeautifulSoup

REPO = Path(__file__).resolve().parent.parent
ASSETS = REPO / "templates" / "docs" / "assets"

# Pseudo-classes that depend on the user or the URL, and pseudo-elements: a page at rest
# has them nowhere, so they are removed before matching.
_DYNAMIC = re.compile(
    r"::?(?:before|after|marker|placeholder|selection|-webkit-[\w-]+)"
    r"|:(?:hover|focus-visible|focus-within|focus|active|visited|link|target|checked)"
    r"|\[aria-expanded=true\]"
    # The dark scheme: Material sets it on <body> in the browser, from the reader's choice.
    r"|\[data-md-color-scheme=\"slate\"\]"
)
_CLASS = re.compile(r"\.(-?[_a-zA-Z][\w-]*)")
# Classes of states the fixture briefs do not show, each with the template emitting it.
NOT_IN_FIXTURES = {"brief-empty": "pages/brief.md.j2"}


def css_selectors(css: str) -> list[str]:
    """The selectors of every style rule in ``css``, including those inside @media."""
    css = re.sub(r"/\*.*?\*/", "", css, flags=re.DOTALL)
    selectors: list[str] = []
    depth, start = 0, 0
    for i, char in enumerate(css):
        if char == "{":
            head = css[start:i].strip()
            if not head.startswith("@"):
                selectors += [s.strip() for s in _top_level_split(head) if s.strip()]
            depth += 1
            start = i + 1
        elif char == "}":
            depth -= 1
            start = i + 1
        elif char == ";" and depth == 0:
            start = i + 1  # @import and other statements at the top level
    return selectors


def _top_level_split(selector_list: str) -> list[str]:
    """A selector list cut at its commas, but not those inside :is(...) or :not(...)."""
    parts, depth, start = [], 0, 0
    for i, char in enumerate(selector_list):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if char == "," and depth == 0:
            parts.append(selector_list[start:i])
            start = i + 1
    return [*parts, selector_list[start:]]


def script_classes() -> set[str]:
    """Class names the site's scripts give to elements they create."""
    found: set[str] = set()
    for script in ASSETS.glob("*.js"):
        text = script.read_text(encoding="utf-8")
        for value in re.findall(r"className\s*=\s*\"([^\"]+)\"", text):
            found.update(value.split())
        found.update(re.findall(r"classList\.(?:add|toggle)\(\"([^\"]+)\"", text))
    return found


def test_the_parser_sees_media_rules_and_lists() -> None:
    css = "@import url(x.css);\n/* a { } */ .a, .b > p { x: 1 }\n@media print { .c:hover { } }"
    assert css_selectors(css) == [".a", ".b > p", ".c:hover"]
    assert css_selectors(":is(p, li) > a, .d { }") == [":is(p, li) > a", ".d"]


@pytest.mark.slow
def test_every_selector_in_briefing_css_matches_a_page(
    built_fixture_site: Path, built_example_site: Path
) -> None:
    pages = [
        BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
        for site in (built_fixture_site, built_example_site)
        for path in sorted(site.rglob("*.html"))
        if "pagefind" not in path.parts
    ]
    static_classes = {
        c for page in pages for tag in page.find_all(class_=True) for c in tag["class"]
    }
    from_scripts = script_classes()
    unmatched = []
    for selector in css_selectors((ASSETS / "briefing.css").read_text(encoding="utf-8")):
        plain = _DYNAMIC.sub("", selector).strip() or "*"
        compiled = soupsieve.compile(plain)
        if any(compiled.select_one(page) is not None for page in pages):
            continue
        missing = set(_CLASS.findall(plain)) - static_classes
        if missing and missing <= from_scripts:
            continue  # styles what a script creates (search results, opened evidence)
        if (
            missing
            and all(
                f'class="{name}"' in (REPO / "templates" / NOT_IN_FIXTURES[name]).read_text()
                for name in missing
                if name in NOT_IN_FIXTURES
            )
            and missing <= set(NOT_IN_FIXTURES)
        ):
            continue
        unmatched.append(selector)
    assert unmatched == [], "selectors matching nothing: " + ", ".join(unmatched)
