"""Encodings read correctly; empty, binary, oversized and unreadable input refused by name."""

from __future__ import annotations

from pathlib import Path

import pytest

import builder.ingest.sources
from builder.errors import InputError
from builder.ingest import bytes_to_article, decode, read_article
from builder.ingest.sources import Source, expand_sources, load_input, read_input, sniff_suffix

from .conftest import FIXTURES

ARTICLES = FIXTURES / "articles"
TITLE = "Café owners in Calder’s old town fear “a lost winter” as roadworks begin"
LAST = (
    "Zoë Müller, who runs the Crème Brûlée bakery, said takings had already fallen by a fifth "
    "– about £300 a week – since the barriers went up."
)


@pytest.mark.parametrize(
    "name", ["enc_utf8_bom.txt", "enc_utf16le_bom.txt", "enc_utf16be.txt", "enc_cp1252.txt"]
)
def test_text_encodings(name: str) -> None:
    article = read_article(ARTICLES / name)
    assert article.title == TITLE
    assert article.text.split("\n\n")[-1] == LAST
    assert "\r" not in article.text


def test_html_declared_latin1() -> None:
    article = read_article(ARTICLES / "enc_latin1.html")
    assert article.title == "Café owners fear a lost winter"
    assert article.text.split("\n\n")[-1] == LAST.replace("–", "-")


def test_latin1_bytes_undefined_in_cp1252() -> None:
    # 0x81 is undefined in Windows-1252: Latin-1 still maps every byte, and the control
    # character it maps to is dropped from the text.
    data = "Headline\n\nThe word na\x81ve is odd but readable here.\n".encode("latin-1")
    assert bytes_to_article(data, "x.txt", ".txt").text == "The word nave is odd but readable here."


def _refusal(data: bytes, name: str = "in.txt", suffix: str = ".txt") -> str:
    with pytest.raises(InputError) as error:
        bytes_to_article(data, name, suffix)
    return str(error.value)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "in.txt: is empty"),
        (b" \n\t\r\n", "in.txt: is empty"),
        (b"\xef\xbb\xbf", "in.txt: is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)),
         "in.txt: is a PNG image file, not a text file"),
        (b"\x7fELF\x02\x01\x01" + bytes(300), "in.txt: is not a text file (binary content)"),
        (b"Only a headline\n", "in.txt: has a headline but no article text"),
    ],
)  # fmt: skip
def test_refusals(data: bytes, message: str) -> None:
    assert _refusal(data) == message


def test_markdown_with_a_title_only() -> None:
    assert _refusal(b"---\ntitle: T\n---\n\n![photo](p.jpg)\n", "n.md", ".md") == (
        "n.md: has a headline but no article text"
    )


def test_unsupported_type() -> None:
    assert _refusal(b"%PDF-1.7", "report.pdf", ".pdf") == (
        "report.pdf: unsupported file type '.pdf' (supported: .txt, .text, .md, .markdown, "
        ".html, .htm, .xhtml)"
    )


def test_oversized_input(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(decode, "MAX_BYTES", 2048)
    assert _refusal(b"Headline\n\n" + b"word " * 1000) == (
        "in.txt: is too large (4.9 KB; the limit is 2 KB)"
    )
    # A file is refused by its size, before it is read.
    big = tmp_path / "big.txt"
    big.write_bytes(b"x" * 3000)
    with pytest.raises(InputError) as error:
        load_input(Source(str(big), "file", big))
    assert str(error.value) == f"{big}: is too large (2.9 KB; the limit is 2 KB)"


def test_unreadable_file(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    locked = tmp_path / "locked.txt"
    locked.write_text("Headline\n\nBody text.\n")

    def deny(path: Path, limit: int, **_: object) -> bytes:
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(builder.ingest.sources, "read_bounded", deny)
    with pytest.raises(InputError) as error:
        load_input(Source("locked.txt", "file", locked))
    assert str(error.value) == "locked.txt: cannot be read (permission denied)"


def test_missing_paths_and_empty_folders(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    found = expand_sources([str(tmp_path / "nope.txt"), str(tmp_path / "empty")])
    assert [str(item) for item in found] == [
        f"{tmp_path / 'nope.txt'}: no such file or folder",
        f"{tmp_path / 'empty'}: folder has no article files (.txt, .text, .md, .markdown, "
        ".html, .htm, .xhtml)",
    ]


def test_folder_lists_supported_files_sorted_and_skips_hidden(tmp_path: Path) -> None:
    for name in ("b.md", "a.txt", "sub/c.html", "notes.pdf", ".hidden.txt", ".git/x.txt"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x")
    found = expand_sources([str(tmp_path)])
    assert [Path(s.name).relative_to(tmp_path).as_posix() for s in found
            if isinstance(s, Source)] == ["a.txt", "b.md", "sub/c.html"]  # fmt: skip


@pytest.mark.parametrize(
    ("data", "suffix"),
    [
        (b"<!DOCTYPE html><html><body><p>x</p></body></html>", ".html"),
        (b"\xef\xbb\xbf  <html lang='en'><p>x</p></html>", ".html"),
        (b"<!-- saved --> <html><p>x</p></html>", ".html"),
        (b"---\ntitle: A title\n---\n\nBody.", ".md"),
        (b"Headline <b>bold</b>\n\nBody <p>with</p> tags.", ".txt"),
        (b"--- not front matter\n\nBody.", ".txt"),
    ],
)
def test_standard_input_type_is_sniffed(data: bytes, suffix: str) -> None:
    assert sniff_suffix(data) == suffix


def test_standard_input_is_read(tmp_path: Path) -> None:
    stream = tmp_path / "stdin"
    stream.write_bytes((ARTICLES / "clean.txt").read_bytes())
    with stream.open("rb") as handle:
        raw = load_input(Source("standard input", "stdin"), stdin=handle)
    assert raw.suffix == ".txt"
    assert read_input(raw).title.startswith("Calder ferry operator")
