"""Bytes to text: UTF-8 (with or without BOM), UTF-16, Windows-1252/Latin-1."""

from __future__ import annotations

import codecs

from builder.errors import InputError

MAX_BYTES = 20 * 1024 * 1024  # no news article is this large; larger input is a mistake


def decode_text(data: bytes, source: str) -> str:
    """Decode article bytes, refusing empty, oversized and binary input by name."""
    if len(data) > MAX_BYTES:
        raise InputError(
            source,
            f"is too large ({len(data) // (1024 * 1024)} MB; the limit is "
            f"{MAX_BYTES // (1024 * 1024)} MB)",
        )
    text = _decode(data)
    if text is None or _looks_binary(text):
        raise InputError(source, "is not a text file (binary content)")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError(source, "is empty")
    return text


def _decode(data: bytes) -> str | None:
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
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        # cp1252 leaves five bytes undefined; Latin-1 maps every byte.
        return data.decode("latin-1")


def _looks_binary(text: str) -> bool:
    sample = text[:8192]
    if not sample:
        return False
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\r\t\f")
    return "\x00" in sample or controls / len(sample) > 0.02
