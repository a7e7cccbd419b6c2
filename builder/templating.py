"""The one way templates are loaded: autoescaped HTML, strict about undefined names.

Site pages and PDF print layouts both put article text into HTML, so both environments
escape every value, and a typo in a template is an error rather than an empty string.
"""

from __future__ import annotations

import datetime as dt
import traceback
from collections.abc import Sequence
from pathlib import Path

from jinja2 import (
    Environment,
    FileSystemLoader,
    StrictUndefined,
    TemplateError,
    TemplateSyntaxError,
    select_autoescape,
)

from builder.errors import BriefingError, shown_path


def template_environment(folder: Path, *, keep_trailing_newline: bool = False) -> Environment:
    """An autoescaping, strict Jinja environment over the templates in ``folder``."""
    return Environment(
        loader=FileSystemLoader(str(folder)),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=keep_trailing_newline,
    )


def long_date(value: dt.date | None) -> str:
    """'2 March 2026' — unambiguous for readers in every country (pages and PDFs alike)."""
    return f"{value.day} {value:%B %Y}" if value else "Undated"


def date_range(dates: Sequence[dt.date | None]) -> str:
    """'15 January – 10 February 2026', compressed where the month or year repeat."""
    known = sorted(d for d in dates if d is not None)
    if not known:
        return "Undated"
    first, last = known[0], known[-1]
    if first == last:
        return long_date(first)
    if first.year != last.year:
        return f"{long_date(first)} – {long_date(last)}"
    if first.month != last.month:
        return f"{first.day} {first:%B} – {long_date(last)}"
    return f"{first.day}–{long_date(last)}"


def template_failure(exc: TemplateError, template: str) -> BriefingError:
    """A one-line ``path:line: message`` error for a template that failed to compile or render.

    Jinja reports syntax errors with their place; for errors while rendering, the place is
    the innermost template frame of the traceback (Jinja maps those to template lines).
    """
    if isinstance(exc, TemplateSyntaxError) and exc.filename:
        return BriefingError(f"{shown_path(Path(exc.filename))}:{exc.lineno}: {exc.message}")
    frames = [f for f in traceback.extract_tb(exc.__traceback__) if not f.filename.endswith(".py")]
    if frames:
        return BriefingError(f"{shown_path(Path(frames[-1].filename))}:{frames[-1].lineno}: {exc}")
    return BriefingError(f"template {template}: {exc}")
