"""The one way templates are loaded: autoescaped HTML, strict about undefined names.

Site pages and PDF print layouts both put article text into HTML, so both environments
escape every value, and a typo in a template is an error rather than an empty string.
"""

from __future__ import annotations

import datetime as dt
import re
import traceback
from collections.abc import Iterable, Sequence
from pathlib import Path

from jinja2 import (
    Environment,
    FileSystemLoader,
    StrictUndefined,
    TemplateError,
    TemplateSyntaxError,
    select_autoescape,
)
from markupsafe import Markup, escape

from builder.errors import BriefingError, shown_path


def template_environment(folder: Path, *, keep_trailing_newline: bool = False) -> Environment:
    """An autoescaping, strict Jinja environment over the templates in ``folder``.

    Every text value a template prints gets typographic quotes (see :func:`typographic`)
    before it is escaped; values that must stay byte for byte, such as URLs in ``href``,
    go through the ``verbatim`` filter.
    """
    env = Environment(
        loader=FileSystemLoader(str(folder)),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=keep_trailing_newline,
        finalize=_typographic_output,
    )
    env.filters["long_date"] = long_date
    env.filters["verbatim"] = verbatim
    env.filters["evidence_label"] = evidence_label
    return env


def _typographic_output(value: object) -> object:
    # Markup (macro output, verbatim values) is already final; only plain text changes.
    if type(value) is str and ('"' in value or "'" in value):
        return typographic(value)
    return value


def verbatim(value: object) -> Markup:
    """``value`` escaped but otherwise untouched: for URLs and other exact strings."""
    return escape(value)


# A straight quote opens after these (or at the start of the text); anywhere else it closes.
_OPENERS = frozenset(" \t\n\r\u00a0([{<\u2018\u201c\u2014\u2013-/")
# An apostrophe that starts a word: '90s, 'tis, 'em, rock 'n' roll.
_ELISION = re.compile(r"(?:\d\d(?:s|\b)|(?:tis|twas|em|n|cause|til)\b)", re.IGNORECASE)
_QUOTE = re.compile("[\"']")


def typographic(text: str) -> str:
    """Straight quotes and apostrophes made typographic, SmartyPants-style.

    ``"Not yet," she said`` becomes ``“Not yet,” she said``; ``Okafor's`` becomes
    ``Okafor’s``. Pure text to text: escaping happens afterwards, as for any value.
    """
    if '"' not in text and "'" not in text:
        return text
    out: list[str] = []
    last = 0
    for match in _QUOTE.finditer(text):
        start = match.start()
        out.append(text[last:start])
        previous = out[-1][-1] if out[-1] else (out[-2][-1] if len(out) > 1 else "")
        opens = previous == "" or previous in _OPENERS
        if match.group() == '"':
            out.append("\u201c" if opens else "\u201d")
        elif opens and not _ELISION.match(text, start + 1):
            following = text[start + 1 : start + 2]
            out.append("\u2018" if following and not following.isspace() else "\u2019")
        else:
            out.append("\u2019")
        last = match.end()
    out.append(text[last:])
    return "".join(out)


def evidence_runs(numbers: Iterable[int]) -> list[tuple[int, int]]:
    """Sentence numbers as runs of consecutive ones: [1, 2, 3, 7] -> [(1, 3), (7, 7)]."""
    runs: list[list[int]] = []
    for n in sorted(set(numbers)):
        if runs and n == runs[-1][1] + 1:
            runs[-1][1] = n
        else:
            runs.append([n, n])
    return [(first, last) for first, last in runs]


def evidence_label(numbers: Iterable[int]) -> str:
    """Sentence numbers as a reader writes them: [1, 2, 3, 8, 10] -> '1–3, 8, 10'.

    A pair stays two numbers ('4, 5'); three or more in a row become a range.
    """
    parts: list[str] = []
    for first, last in evidence_runs(numbers):
        if last == first:
            parts.append(str(first))
        elif last == first + 1:
            parts.append(f"{first}, {last}")
        else:
            parts.append(f"{first}\u2013{last}")
    return ", ".join(parts)


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
