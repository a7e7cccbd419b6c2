"""What the user names on the command line: files, folders, URLs and ``-`` (standard input).

:func:`expand_sources` turns the arguments into a list of inputs (a folder becomes every
supported file inside it, sorted), so progress can be shown against a known total;
:func:`load_input` then reads one input's bytes; :func:`read_input` reads its article.
Each step raises :class:`~builder.errors.InputError` naming the input, never a traceback.
"""

from __future__ import annotations

import dataclasses
import os
import re
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Literal

from builder.article import Article
from builder.errors import InputError
from builder.ingest import SUPPORTED_SUFFIXES, bytes_to_article, decode
from builder.ingest.fetch import FetchedPage, fetch_page, is_url
from builder.ingest.outlets import strip_tracking
from builder.safe_files import UnsafeFileError, read_bounded

STDIN = "-"
STDIN_NAME = "standard input"
_FRONT_MATTER = re.compile(r"\A(?:\ufeff)?---[ \t]*\r?\n[\w-]+[ \t]*:", re.S)
_HTML_START = re.compile(
    rb"\A(?:\xef\xbb\xbf)?\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>]|head[\s>])",
    re.I | re.S,
)


@dataclass(frozen=True)
class Source:
    """One input to read: a file, a URL or standard input."""

    name: str
    kind: Literal["file", "url", "stdin"]
    path: Path | None = None
    skipped: str | None = None  # why a file found in a folder is not read (a symlink)


@dataclass(frozen=True)
class RawInput:
    """An input's bytes, the reader they need (by suffix) and, for a page, its final URL."""

    name: str
    data: bytes
    suffix: str
    url: str | None = None


Fetcher = Callable[[str], FetchedPage]


def expand_sources(
    specs: Sequence[str], *, follow_symlinks: bool = False
) -> list[Source | InputError]:
    """The inputs the arguments name, in order; a folder gives its supported files, sorted.

    A symbolic link found inside a folder is listed as skipped (it may lead anywhere on
    the machine) unless ``follow_symlinks``; a link named on the command line is read.
    """
    found: list[Source | InputError] = []
    for spec in specs:
        if spec == STDIN:
            found.append(Source(STDIN_NAME, "stdin"))
        elif is_url(spec):
            found.append(Source(spec, "url"))
        else:
            path = Path(spec)
            if path.is_dir():
                files = _folder_files(path, follow_symlinks=follow_symlinks)
                if not files:
                    supported = ", ".join(SUPPORTED_SUFFIXES)
                    found.append(InputError(spec, f"folder has no article files ({supported})"))
                found.extend(
                    Source(str(file), "file", file, None if readable else SYMLINK_SKIPPED)
                    for file, readable in files
                )
            elif not path.exists():
                found.append(InputError(spec, "no such file or folder"))
            else:
                found.append(Source(spec, "file", path))
    return found


SYMLINK_SKIPPED = "a symbolic link, not read (give --follow-symlinks to read it)"


def _folder_files(folder: Path, *, follow_symlinks: bool) -> list[tuple[Path, bool]]:
    """The article files below ``folder``, sorted, each with whether it is to be read
    (False for a symbolic link, or a file reached through one, without ``follow_symlinks``)."""
    found: list[tuple[Path, bool]] = []
    seen: set[str] = set()
    for top, dirs, names in os.walk(folder, followlinks=follow_symlinks):
        here = Path(top)
        real = os.path.realpath(here)
        if real in seen:  # a link back to a folder already read
            dirs.clear()
            continue
        seen.add(real)
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        if not follow_symlinks:
            for name in dirs:
                if (here / name).is_symlink():
                    found.append((here / name, False))
        for name in names:
            path = here / name
            if name.startswith(".") or path.suffix.lower() not in SUPPORTED_SUFFIXES:
                continue
            if path.is_symlink() and not follow_symlinks:
                found.append((path, False))
                continue
            if path.is_file():
                found.append((path, True))
    return sorted(found)


def load_input(
    source: Source, *, fetch: Fetcher = fetch_page, stdin: BinaryIO | None = None
) -> RawInput:
    """Read one input's bytes (fetching a URL, reading a file or standard input)."""
    if source.kind == "url":
        page = fetch(source.name)
        return RawInput(source.name, page.data, ".html", strip_tracking(page.url))
    if source.kind == "stdin":
        stream = stdin if stdin is not None else sys.stdin.buffer
        data = stream.read(decode.MAX_BYTES + 1)
        return RawInput(source.name, data, sniff_suffix(data))
    assert source.path is not None
    return RawInput(source.name, _read_file(source.path, source.name), source.path.suffix.lower())


def _read_file(path: Path, name: str) -> bytes:
    try:
        return read_bounded(
            path, decode.MAX_BYTES, too_large=lambda size: decode.too_large(size, decode.MAX_BYTES)
        )
    except UnsafeFileError as exc:
        raise InputError(name, exc.reason) from exc
    except FileNotFoundError as exc:
        raise InputError(name, "no such file or folder") from exc
    except IsADirectoryError as exc:
        raise InputError(name, "is a folder, not a file") from exc
    except PermissionError as exc:
        raise InputError(name, "cannot be read (permission denied)") from exc
    except OSError as exc:
        raise InputError(name, f"cannot be read ({exc.strerror or exc})") from exc


def sniff_suffix(data: bytes) -> str:
    """The reader for unnamed input: HTML or Markdown front matter when it clearly is, else text."""
    if _HTML_START.match(data[:4096]):
        return ".html"
    head = data[:4096].decode("utf-8", errors="ignore")
    if _FRONT_MATTER.match(head):
        return ".md"
    return ".txt"


def read_input(raw: RawInput) -> Article:
    """The article in an input's bytes; a fetched page without a canonical URL gets its own."""
    article = bytes_to_article(raw.data, raw.name, raw.suffix)
    if raw.url and not article.url:
        article = dataclasses.replace(article, url=raw.url)
    return article
