"""The site serves the PDFs' bundled fonts itself: one identity, no third party."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from builder.site.fonts import SITE_FONTS_CSS, site_font_files, site_fonts_css
from tests.conftest import REPO

TEMPLATES = REPO / "templates"


def test_every_font_rule_points_at_a_file_the_site_gets() -> None:
    css = site_fonts_css(TEMPLATES)
    urls = re.findall(r"url\(([^)]*)\)", css)
    served = {uri for uri, _ in site_font_files(TEMPLATES)}
    assert urls, "no @font-face rules"
    assert {"assets/" + url for url in urls} <= served  # relative to assets/fonts.css
    assert "url(../fonts/" not in css and "url(http" not in css
    families = set(re.findall(r"font-family: '([^']+)'", css))
    assert families == {"Source Serif 4", "Source Sans 3"}
    assert css.count("font-display: swap") == css.count("@font-face")


@pytest.mark.slow
def test_built_site_has_the_fonts(built_fixture_site: Path) -> None:
    css = (built_fixture_site / SITE_FONTS_CSS).read_text(encoding="utf-8")
    for url in re.findall(r"url\(([^)]*)\)", css):
        font = built_fixture_site / "assets" / url
        assert font.is_file(), url
        assert font.read_bytes() == (TEMPLATES / "fonts" / font.name).read_bytes()
    home = (built_fixture_site / "index.html").read_text(encoding="utf-8")
    assert 'href="assets/fonts.css"' in home
