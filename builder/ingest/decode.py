"""Bytes to text: UTF-8 (with or without BOM), UTF-16, Windows-1252/Latin-1.

Decoding depends only on the bytes, never on where they came from (an HTTP header, say),
so a stored original always decodes to the same text and its sentence numbers hold.
"""

from __future__ import annotations

import codecs
import logging
import re

from builder.errors import InputError

MAX_BYTES = 20 * 1024 * 1024  # no news article is this large; larger input is a mistake


_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")  # control characters other than \t \n \f \r
_META_CHARSET = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]{2,40})""", re.I
)


def decode_text(data: bytes, source: str, declared: str | None = None) -> str:
    """Decode article bytes, refusing empty, oversized and binary input by name.

    ``declared`` is the encoding the document names for itself (an HTML ``<meta charset>``);
    it is tried after UTF-8, which a page that decodes as UTF-8 almost surely is.
    """
    if len(data) > MAX_BYTES:
        raise InputError(source, too_large(len(data), MAX_BYTES))
    kind = _binary_format(data)
    if kind is not None:
        raise InputError(source, f"is a {kind} file, not a text file")
    text = _decode(data, declared, source)
    if text is None or _looks_binary(text):
        raise InputError(source, "is not a text file (binary content)")
    text = without_controls(text)
    if "\r" in text:  # one scan, where two copies of a large page would be made for nothing
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError(source, "is empty")
    return text


def decode_html(data: bytes, source: str) -> str:
    """Decode a saved web page, honouring the ``<meta charset>`` it declares."""
    match = _META_CHARSET.search(data[:8192])
    declared = match.group(1).decode("ascii").lower() if match else None
    return decode_text(data, source, declared)


def too_large(size: int | None, limit: int) -> str:
    """The refusal for input over the size limit (``size`` None when not known exactly)."""
    if size is None:
        return f"is too large (more than {_size(limit)})"
    return f"is too large ({_size(size)}; the limit is {_size(limit)})"


def _size(n: int) -> str:
    if n >= 1024 * 1024:
        return f"{n / (1024 * 1024):.1f}".removesuffix(".0") + " MB"
    if n >= 1024:
        return f"{n / 1024:.1f}".removesuffix(".0") + " KB"
    return f"{n} bytes"


# Files that can pass for text at first sight (a PDF opens with pages of XMP metadata).
_SIGNATURES = (
    (b"%PDF-", "PDF"),
    (b"PK\x03\x04", "ZIP (or Office document)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "Office document"),
    (b"\x89PNG", "PNG image"),
    (b"GIF8", "GIF image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"\x1f\x8b", "gzip"),
    (b"%!PS", "PostScript"),
    (b"{\\rtf", "RTF"),
)

# Terminal escape sequences (CSI, OSC, two-character ones), then every other control
# character but tab and line breaks: none belongs in an article, and they break feeds.
_ESCAPES = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"  # CSI: colours, cursor moves, clearing
    r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"  # OSC: window titles, hyperlinks
    r"|\x1b[@-Z\\-_]|\x9b[0-?]*[ -/]*[@-~]"
)
_STRAY_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_PAGE_BREAKS = re.compile(r"[\x0b\x0c]")

log = logging.getLogger(__name__)


def without_controls(text: str) -> str:
    """``text`` without terminal escape sequences and control characters (form feeds and
    vertical tabs become line breaks)."""
    if not _STRAY_CONTROLS.search(text) and not _PAGE_BREAKS.search(text):
        return text  # the usual case: one scan, no copy
    text = _ESCAPES.sub("", text)
    text = _PAGE_BREAKS.sub("\n", text)
    return _STRAY_CONTROLS.sub("", text)


def _binary_format(data: bytes) -> str | None:
    start = data[3:16] if data.startswith(codecs.BOM_UTF8) else data[:16]
    for signature, kind in _SIGNATURES:
        if start.startswith(signature):
            return kind
    return None


# A valid UTF-8 sequence of two to four bytes: text that has them and fails to decode as
# UTF-8 mixes UTF-8 with a one-byte encoding (pasted from two sources).
_UTF8_MULTIBYTE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)


def _one_byte_fallback(error: UnicodeError) -> tuple[str, int]:
    assert isinstance(error, UnicodeDecodeError)
    chunk = error.object[error.start : error.end]
    return "".join(_cp1252(byte) for byte in chunk), error.end


def _cp1252(byte: int) -> str:
    try:
        return bytes([byte]).decode("cp1252")
    except UnicodeDecodeError:
        return chr(byte)  # the five bytes cp1252 leaves undefined: as Latin-1


codecs.register_error("briefing-cp1252", _one_byte_fallback)


def _decode(data: bytes, declared: str | None = None, source: str = "") -> str | None:
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF32_LE, "utf-32-le"),
        (codecs.BOM_UTF32_BE, "utf-32-be"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ):
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding)
            except UnicodeDecodeError:
                return None
    if b"\x00" in data[:4096]:
        # UTF-16 without a BOM: ASCII-range text has a zero in every other byte.
        even, odd = data[0:4096:2].count(0), data[1:4096:2].count(0)
        encoding = "utf-16-be" if even > odd else "utf-16-le"
        if max(even, odd) > len(data[:4096]) // 4:
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                return None
        return None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        if _UTF8_MULTIBYTE.search(data):
            text = data.decode("utf-8", errors="briefing-cp1252")
            log.warning(
                "%s: mixes UTF-8 with another encoding: bytes that are not UTF-8 (the first "
                "at byte %d) were read as Windows-1252; check the text",
                source,
                exc.start,
            )
            return text
    if declared:
        try:
            if codecs.lookup(declared).name not in ("utf-8", "utf-16", "utf-32"):
                return data.decode(declared)
        except (LookupError, UnicodeDecodeError):
            pass  # an unknown or wrong declaration: fall back to the usual guess
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        # cp1252 leaves five bytes undefined; Latin-1 maps every byte.
        return data.decode("latin-1")


def _looks_binary(text: str) -> bool:
    sample = text[:8192]
    if not sample:
        return False
    if "\x00" in sample or len(_CONTROLS.findall(sample)) / len(sample) > 0.02:
        return True
    # The whole text too: binary data can follow a first page that reads as text.
    return len(text) > len(sample) and len(_CONTROLS.findall(text)) / len(text) > 0.02
