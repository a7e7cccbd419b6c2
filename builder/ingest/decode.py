"""Bytes to text: UTF-8 (with or without BOM), UTF-16, Windows-1252/Latin-1.

Decoding depends only on the bytes, never on where they came from (an HTTP header, say),
so a stored original always decodes to the same text and its sentence numbers hold.
"""

from __future__ import annotations

import codecs
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
    text = _decode(data, declared)
    if text is None or _looks_binary(text):
        raise InputError(source, "is not a text file (binary content)")
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


def _decode(data: bytes, declared: str | None = None) -> str | None:
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
    except UnicodeDecodeError:
        pass
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
    controls = len(_CONTROLS.findall(sample))
    return "\x00" in sample or controls / len(sample) > 0.02
