"""The site's typefaces: the bundled fonts the PDFs use, served from the site itself.

The web and the print layout share one identity (Source Serif 4 for titles and summaries,
Source Sans 3 for the rest) and nothing is loaded from a third party. The declarations are
the print layout's own (``templates/print/fonts.css``), so both always name the same
files; the site gets them as ``assets/fonts.css`` and ``assets/fonts/*.ttf``.
"""

from __future__ import annotations

import re
from pathlib import Path

FONTS_DIR = "fonts"
PRINT_FONTS_CSS = "print/fonts.css"
SITE_FONTS_DIR = "assets/fonts"
SITE_FONTS_CSS = "assets/fonts.css"

_URL = re.compile(r"url\(\.\./fonts/([\w.-]+)\)")


def site_font_files(templates_dir: Path) -> list[tuple[str, Path]]:
    """Each bundled font file with the path it gets in the site, in name order."""
    folder = templates_dir / FONTS_DIR
    return [(f"{SITE_FONTS_DIR}/{path.name}", path) for path in sorted(folder.glob("*.ttf"))]


def site_fonts_css(templates_dir: Path) -> str:
    """The print layout's @font-face rules, pointing at the site's copies of the fonts.

    ``font-display: swap`` shows text at once in a fallback face while a font loads.
    """
    css = (templates_dir / PRINT_FONTS_CSS).read_text(encoding="utf-8")
    css = _URL.sub(lambda m: f"url(fonts/{m[1]})", css)
    return css.replace("@font-face {", "@font-face { font-display: swap;")
