"""The WeasyPrint edge: loading it (or saying exactly what is missing) and laying out HTML.

WeasyPrint needs Pango and HarfBuzz from the system. When they are missing, importing it
fails deep inside cffi with a long message on stdout; we look for the libraries first and
name the Debian packages to install, in one line.

One engine is kept per templates folder: its font configuration and parsed stylesheets are
reused, so only the first PDF pays for loading the fonts.

Layout and writing run with Python's cycle collector paused. WeasyPrint makes hundreds of
thousands of short-lived objects (styles, boxes, text layouts) for a document; the collector
kept scanning them, and everything else alive in the process, while they were made: an
eighth of the time of a 50-brief digest. Reference counting still frees them as they go,
and the few cycles they leave are collected once the collector runs again.
"""

from __future__ import annotations

import contextlib
import ctypes
import importlib
import io
import logging
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

from builder.errors import BriefingError
from builder.heap import collector_paused
from builder.pdf.document import PRINT_TEMPLATES, Paper

STYLESHEET = "print.css"

# The shared libraries WeasyPrint opens, and the Debian package that ships each one.
SYSTEM_LIBRARIES: tuple[tuple[str, str], ...] = (
    ("libgobject-2.0.so.0", "libglib2.0-0"),
    ("libpango-1.0.so.0", "libpango-1.0-0"),
    ("libpangoft2-1.0.so.0", "libpangoft2-1.0-0"),
    ("libharfbuzz.so.0", "libharfbuzz0b"),
    ("libharfbuzz-subset.so.0", "libharfbuzz-subset0"),
    ("libfontconfig.so.1", "libfontconfig1"),
)

PAPER_CSS: dict[Paper, str] = {"a4": "@page { size: A4; }", "letter": "@page { size: letter; }"}


class MissingSystemLibrariesError(BriefingError):
    """WeasyPrint cannot run because system libraries (Pango, HarfBuzz...) are missing."""

    def __init__(self, packages: list[str]) -> None:
        self.packages = packages
        super().__init__(
            "PDF output needs system libraries that are missing; install them "
            f"with: sudo apt-get install {' '.join(packages)}"
        )


def _library_loads(soname: str) -> bool:
    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


def missing_system_packages() -> list[str]:
    """The Debian packages whose libraries WeasyPrint needs but cannot open."""
    return [package for soname, package in SYSTEM_LIBRARIES if not _library_loads(soname)]


def _import_weasyprint() -> ModuleType:
    return importlib.import_module("weasyprint")


@cache
def load_weasyprint() -> ModuleType:
    """The weasyprint module, or :class:`MissingSystemLibrariesError` naming what to install."""
    missing = missing_system_packages()
    if missing:
        raise MissingSystemLibrariesError(missing)
    try:
        # WeasyPrint prints a multi-line installation notice on stdout when a library is
        # missing; the user gets our one line instead.
        with contextlib.redirect_stdout(io.StringIO()):
            module = _import_weasyprint()
    except (ImportError, OSError) as exc:
        missing = missing_system_packages() or [package for _, package in SYSTEM_LIBRARIES]
        raise MissingSystemLibrariesError(missing) from exc
    # WeasyPrint logs unsupported CSS as warnings; our stylesheet is tested, so keep the
    # user's terminal for real problems only.
    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    return module


@dataclass(frozen=True)
class Rendered:
    """A laid-out document: its page count, ready to be written."""

    document: Any
    pages: int


class PdfEngine:
    """Lays out print HTML with the bundled stylesheet and fonts, and writes PDF bytes."""

    def __init__(self, templates_dir: Path) -> None:
        weasyprint = load_weasyprint()
        self._weasyprint = weasyprint
        self.base_dir = (templates_dir / PRINT_TEMPLATES).resolve()
        stylesheet = self.base_dir / STYLESHEET
        if not stylesheet.is_file():
            raise BriefingError(f"{stylesheet}: print stylesheet not found")
        # Only local files: a print document never fetches anything from the network.
        self._fetcher = weasyprint.URLFetcher(allowed_protocols=("file",))
        self._fonts = weasyprint.text.fonts.FontConfiguration()
        self._stylesheet = weasyprint.CSS(
            filename=str(stylesheet), font_config=self._fonts, url_fetcher=self._fetcher
        )
        self._paper = {paper: weasyprint.CSS(string=css) for paper, css in PAPER_CSS.items()}

    def render(self, html: str, *, paper: Paper) -> Rendered:
        """Lay out ``html`` into pages."""
        with collector_paused():
            document = self._weasyprint.HTML(
                string=html,
                base_url=self.base_dir.as_uri() + "/",
                url_fetcher=self._fetcher,
            ).render(stylesheets=[self._stylesheet, self._paper[paper]], font_config=self._fonts)
        return Rendered(document, len(document.pages))

    def write(self, rendered: Rendered) -> bytes:
        """The PDF bytes. Title, author, subject and dates come from the HTML's <head>.

        No file identifier is written: it is optional, and pydyf computes it by serialising
        and compressing every object a second time. Without it (and with no clock in the
        metadata) the same input gives the same bytes.
        """
        with collector_paused():
            pdf: bytes = rendered.document.write_pdf(pdf_tags=True)
        return pdf


@cache
def engine_for(templates_dir: Path) -> PdfEngine:
    """The engine for a templates folder, created once per process."""
    return PdfEngine(templates_dir.resolve())
