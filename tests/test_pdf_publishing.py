"""PDFs as an editor would publish them: text that extracts as written, tagged for screen
readers, a digest without half-empty pages, a cover that says what is inside and what is
still open, and the day each PDF was made."""

from __future__ import annotations

import datetime as dt
import io
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from builder.library import LoadedBrief, load_library
from builder.pdf import export
from builder.pdf.document import DENSITIES, Density, Paper, brief_weight, prepare
from builder.pdf.export import PdfExporter, chronological, made_on
from tests.conftest import REPO
from tests.test_pdf import _text, rendering

AS_OF = dt.date(2026, 12, 2)


def _examples() -> list[LoadedBrief]:
    return chronological(load_library(REPO / "briefings").briefs)


def _exporter(items: list[LoadedBrief], paper: Paper = "a4") -> PdfExporter:
    briefs = {item.brief.id: item.brief for item in items}
    return PdfExporter(REPO / "templates", paper=paper, briefs=briefs, as_of=AS_OF)


@pytest.fixture(scope="module")
def one_pdf() -> bytes:
    items = _examples()
    data, _ = _exporter(items).brief_pdf(items[0])
    return data


@rendering
@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils' pdftotext")
def test_letter_spaced_labels_extract_as_words(one_pdf: bytes, tmp_path: Path) -> None:
    path = tmp_path / "brief.pdf"
    path.write_bytes(one_pdf)
    text = subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    lines = {line.strip() for line in text.splitlines()}
    for label in ("SUMMARY", "ACTORS", "STAKES", "OPEN QUESTIONS"):
        assert label in lines, (label, sorted(lines)[:40])
    assert "S TA K E S" not in text and "A C TO R S" not in text
    assert "SOURCE " in text


@rendering
def test_pdfs_are_tagged_for_screen_readers(one_pdf: bytes) -> None:
    reader = PdfReader(io.BytesIO(one_pdf))
    root = reader.trailer["/Root"]
    assert bool(root["/MarkInfo"]["/Marked"])
    assert "/StructTreeRoot" in root
    assert root["/Lang"] == "en"
    assert reader.metadata is not None and reader.metadata.title


@rendering
def test_each_pdf_says_as_of_when(one_pdf: bytes) -> None:
    assert "As of 2 December 2026" in _text(PdfReader(io.BytesIO(one_pdf)))


def test_as_of_is_today_or_source_date_epoch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1764633600")  # 2 December 2025, 00:00 UTC
    assert made_on() == dt.date(2025, 12, 2)
    monkeypatch.delenv("SOURCE_DATE_EPOCH")
    assert made_on() == dt.datetime.now(tz=dt.UTC).date()


@rendering
def test_digest_cover_lists_the_briefs_and_the_questions_still_open() -> None:
    items = [item for item in _examples() if item.brief.story == "calder-harbour"]
    data, _ = _exporter(items).digest_pdf(items, title="Calder Harbour", kicker="Story")
    cover = _text(PdfReader(io.BytesIO(data)), 0)
    assert "IN THIS DIGEST" in cover and "OPEN QUESTIONS THAT REMAIN" in cover
    for item in items:
        assert " ".join(item.brief.title.split())[:40] in cover.replace("’", "'")
    still_open = [
        q.text
        for item in items
        for q in item.brief.open_questions
        if q.status == "open" and not q.answered_by
    ]
    assert still_open and " ".join(still_open[-1].split())[:40] in cover.replace("’", "'")
    answered = next(q.text for i in items for q in i.brief.open_questions if q.answered_by)
    assert answered[:40] not in cover.replace("’", "'")
    assert "as of 2 December 2026" in cover


@rendering
def test_a_brief_that_fits_one_page_alone_takes_one_page_in_a_digest(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    items = _examples()
    exporter = _exporter(items)
    biggest = max(items, key=brief_weight)
    # The estimate is made to start every brief too loose: the biggest then runs over...
    loose: Density = DENSITIES[0]
    monkeypatch.setattr(export, "initial_density", lambda item, paper="a4": loose)
    pb = prepare(biggest, density=loose, briefs=exporter.briefs, as_of=AS_OF)
    alone = exporter.engine.render(exporter.templates.brief_html(pb, paper="a4"), paper="a4")
    assert alone.pages > 1
    # ...and the digest fits it to one page, as its own PDF does.
    others = [item for item in items if item is not biggest][:2]
    chosen = chronological([biggest, *others])
    data, pages = exporter.digest_pdf(chosen, title="Digest", kicker="Selected briefs")
    assert pages == 2 + len(chosen)  # cover, contents, then one page per brief
    reader = PdfReader(io.BytesIO(data))
    assert "Page 1 of" not in _text(reader, 0)  # the cover has no running foot
