"""PDF briefs and digests: what a reader finds in the file, checked with pypdf.

Rendering tests are marked slow (WeasyPrint lays out real pages); the pure parts — endnote
numbering, column balancing, selections, dates — are tested without it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import gc
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from click.testing import Result
from pypdf import PdfReader

from builder.library import LoadedBrief, load_library
from builder.pdf import engine
from builder.pdf.document import (
    Note,
    Paper,
    balanced_columns,
    brief_weight,
    date_range,
    prepare,
    shorten,
    url_label,
)
from builder.pdf.export import PdfExporter, Selection, chronological
from builder.site.collection import story_title
from builder.templating import typographic as shown

from .conftest import FIXTURE_PROJECT, REPO

Run = Callable[..., Result]
MISSING = engine.missing_system_packages()


def rendering(test: Callable[..., None]) -> Callable[..., None]:
    """Marks a test that lays out PDFs: slow, and skipped without WeasyPrint's libraries."""
    reason = f"WeasyPrint needs: sudo apt-get install {' '.join(MISSING)}"
    return pytest.mark.slow(pytest.mark.skipif(bool(MISSING), reason=reason)(test))


FIRST = "2026-01-15-council-delays-tram-vote"
SECOND = "2026-02-03-tram-extension-approved"
HOSTILE = "2026-02-10-hostile-markup"
A4 = (595.0, 842.0)
LETTER = (612.0, 792.0)


def _text(reader: PdfReader, page: int | None = None) -> str:
    """The PDF's text (or one page's), whitespace collapsed as a reader would see it."""
    pages = reader.pages if page is None else [reader.pages[page]]
    raw = "\n".join(p.extract_text() for p in pages)
    return " ".join(re.sub(r"-\n", "-", raw).split())  # "kerb-|separated" broke after its hyphen


def _size(reader: PdfReader) -> tuple[float, float]:
    box = reader.pages[0].mediabox
    return (round(float(box.width)), round(float(box.height)))


@pytest.fixture(scope="module")
def fixtures() -> dict[str, LoadedBrief]:
    library = load_library(FIXTURE_PROJECT / "briefings")
    assert library.problems == []
    return library.by_id()


@pytest.fixture(scope="module")
def exporter(fixtures: dict[str, LoadedBrief]) -> PdfExporter:
    return PdfExporter(
        REPO / "templates", paper="a4", briefs={k: v.brief for k, v in fixtures.items()}
    )


@pytest.fixture(scope="module")
def brief_pdfs(
    fixtures: dict[str, LoadedBrief],
    exporter: PdfExporter,
    tmp_path_factory: pytest.TempPathFactory,
) -> dict[str, PdfReader]:
    out = tmp_path_factory.mktemp("pdf")
    readers = {}
    for brief_id, item in fixtures.items():
        data, _ = exporter.brief_pdf(item)
        (out / f"{brief_id}.pdf").write_bytes(data)
        readers[brief_id] = PdfReader(out / f"{brief_id}.pdf")
    return readers


@pytest.fixture(scope="module")
def digest_pdf(
    fixtures: dict[str, LoadedBrief],
    exporter: PdfExporter,
    tmp_path_factory: pytest.TempPathFactory,
) -> PdfReader:
    items = chronological(fixtures.values())
    data, _ = exporter.digest_pdf(items, title="Ashford Tram", kicker="Story")
    path = tmp_path_factory.mktemp("digest") / "digest.pdf"
    path.write_bytes(data)
    return PdfReader(path)


# ---- What a one-brief PDF contains ---------------------------------------------------------


@rendering
@pytest.mark.parametrize("brief_id", [FIRST, SECOND, HOSTILE])
def test_brief_pdf_has_title_actors_and_questions_as_text(
    brief_id: str, brief_pdfs: dict[str, PdfReader], fixtures: dict[str, LoadedBrief]
) -> None:
    brief = fixtures[brief_id].brief
    text = _text(brief_pdfs[brief_id])
    # Article text is printed with typographic quotes and apostrophes.
    assert shown(brief.title) in text
    for actor in brief.actors:
        assert shown(actor.name) in text
    for question in brief.open_questions:
        assert shown(question.text) in text
    for stake in brief.stakes:
        assert shown(" ".join(stake.text.split())) in text
    assert len(brief_pdfs[brief_id].pages) == 1


@rendering
def test_brief_pdf_metadata_link_and_fonts(
    brief_pdfs: dict[str, PdfReader], fixtures: dict[str, LoadedBrief]
) -> None:
    brief = fixtures[FIRST].brief
    reader = brief_pdfs[FIRST]
    meta = reader.metadata
    assert meta is not None
    assert meta.title == shown(brief.title)
    assert meta.author == "Ashford Ledger"
    assert meta.subject == shown(brief.summary)
    assert meta["/Keywords"] == "transport, budget"
    assert meta["/CreationDate"] == "D:20261124"  # the day the brief was added: no clock
    assert _size(reader) == A4
    # The source URL is a real link.
    links = [
        annot.get_object()["/A"]["/URI"]
        for annot in reader.pages[0].get("/Annots", [])
        if "/URI" in annot.get_object().get("/A", {})
    ]
    assert links == [brief.source.url]
    # Every font in the file is one of the bundled ones, embedded: no system font is used.
    fonts = set()
    for resource in reader.pages[0]["/Resources"]["/Font"].values():
        font = resource.get_object()
        fonts.add(re.sub(r"^/[A-Z]{6}\+", "", str(font["/BaseFont"])).rstrip(","))
        descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
        assert "/FontFile2" in descriptor.get_object()
    assert fonts == {
        "Source-Serif-4",
        "Source-Serif-4-Semi-Bold",
        "Source-Sans-3",
        "Source-Sans-3-Semi-Bold",
        "Source-Sans-3-Bold",
        "Source-Sans-3-Italic",
    }


@rendering
def test_brief_pdf_has_evidence_as_numbered_endnotes(
    brief_pdfs: dict[str, PdfReader], fixtures: dict[str, LoadedBrief]
) -> None:
    item = fixtures[FIRST]
    layout = brief_pdfs[FIRST].pages[0].extract_text(extraction_mode="layout")
    notes = " ".join(layout[layout.index("EVIDENCE") :].split())
    # Each cited sentence is an endnote under its number in the article: the numbers of
    # the brief's YAML and web page. The eight notes stand in two columns, so notes 1 and 5
    # start the same line.
    assert notes.startswith(
        "EVIDENCE — the article’s sentences, by number "
        "1. Ashford city council on Wednesday postponed a vote on the 5. Opponents, led by"
    )
    text = _text(brief_pdfs[FIRST])
    for number in sorted({n for _, numbers in item.brief.evidence_refs() for n in numbers}):
        assert shown(item.quote(number)) in text
    # The references after each item: the summary cites sentences 1, 5 and 7, the first
    # actor 1 and 6; a run of three or more prints as a range.
    assert item.brief.summary.split()[-1] + "1,5,7" in text
    assert "Postponed the vote on the tram extension1,6" in text
    assert "Promised to cover half of the cost4,7,8" in text


@rendering
def test_hostile_text_stays_literal(brief_pdfs: dict[str, PdfReader]) -> None:
    reader = brief_pdfs[HOSTILE]
    text = _text(reader)
    assert "Hostile <script>alert(“x”)</script> {{ 7*7 }} headline" in text
    assert "<script>alert(1)</script>" in text
    assert "<img src=x onerror=alert(1)> was nothing; {{ config }} and {% raw %}" in text
    assert "Will **this** <a href=javascript:alert(1)>link</a> {{ 7*7 }} run?" in text
    assert "<b>Bold</b> Outlet {% raw %}" in text
    assert "49" not in text
    assert reader.metadata is not None
    assert reader.metadata.title == "Hostile <script>alert(“x”)</script> {{ 7*7 }} headline"
    assert reader.metadata.author == "<b>Bold</b> Outlet {% raw %}"
    actions = [a.get_object().get("/A", {}) for a in reader.pages[0].get("/Annots", [])]
    assert [a["/URI"] for a in actions if "/URI" in a] == [
        "https://www.ashford-ledger.example/news/2026-02-10-hostile-markup"
    ]


@rendering
def test_same_brief_gives_identical_bytes(
    fixtures: dict[str, LoadedBrief], exporter: PdfExporter
) -> None:
    first, _ = exporter.brief_pdf(fixtures[SECOND])
    again, _ = exporter.brief_pdf(fixtures[SECOND])
    assert first == again


@rendering
def test_rendering_turns_the_cycle_collector_back_on(
    fixtures: dict[str, LoadedBrief], exporter: PdfExporter
) -> None:
    # Layout and writing pause it (see builder.pdf.engine); the rest of the process keeps it.
    assert gc.isenabled()
    exporter.brief_pdf(fixtures[FIRST])
    assert gc.isenabled()


def test_print_fonts_are_bundled_truetype_files() -> None:
    # WeasyPrint loads TrueType as it is (WOFF2 it decompressed on every run), and a font
    # it cannot find only logs a warning: the PDF would silently use a system font.
    print_dir = REPO / "templates" / "print"
    urls = re.findall(r"url\(([^)]+)\)", (print_dir / "fonts.css").read_text())
    assert len(urls) == 24  # 6 styles x 4 unicode-range subsets
    for url in urls:
        path = (print_dir / url).resolve()
        assert path.parent == (REPO / "templates" / "fonts").resolve(), url
        assert path.read_bytes()[:4] == b"\x00\x01\x00\x00", url


# ---- Digests ---------------------------------------------------------------------------------


@rendering
def test_digest_contents_page_lists_each_brief_with_its_page(
    digest_pdf: PdfReader, fixtures: dict[str, LoadedBrief]
) -> None:
    cover, contents = _text(digest_pdf, 0), _text(digest_pdf, 1)
    assert "Ashford Tram" in cover
    assert "15 January – 10 February 2026" in cover
    assert "3 briefs" in cover
    assert contents.startswith("Contents")
    starts = []
    for item in chronological(fixtures.values()):
        title = shown(item.brief.title)
        # The page the brief starts on: the first whose running header names it.
        start = next(
            i
            for i, page in enumerate(digest_pdf.pages)
            if page.extract_text(extraction_mode="layout").lstrip().startswith(title)
        )
        start += 1
        starts.append(start)
        assert re.search(re.escape(title) + r"[ .]+" + str(start) + r"\b", contents), title
    assert starts == sorted(set(starts))  # oldest first, each on its own page
    assert starts[0] == 3


@rendering
def test_digest_has_a_bookmark_per_brief_and_page_x_of_y(
    digest_pdf: PdfReader, fixtures: dict[str, LoadedBrief]
) -> None:
    marks = [
        (mark.title, digest_pdf.get_destination_page_number(mark))
        for mark in digest_pdf.outline
        if not isinstance(mark, list)
    ]
    titles = [shown(item.brief.title) for item in chronological(fixtures.values())]
    assert [title for title, _ in marks] == ["Contents", *titles]
    total = len(digest_pdf.pages)
    for title, page in marks[1:]:
        text = _text(digest_pdf, page)
        assert title in text
        assert f"Page {page + 1} of {total}" in text
    assert digest_pdf.metadata is not None
    assert digest_pdf.metadata.title == "Ashford Tram"


@rendering
def test_digest_links_answered_questions_inside_the_document(digest_pdf: PdfReader) -> None:
    # The first brief's answered question names the second brief, which is in the digest.
    text = _text(digest_pdf)
    assert "Answered by Ashford approves tram extension after funding pledge is confirmed" in text


# ---- The command -----------------------------------------------------------------------------


@rendering
def test_pdf_command_writes_one_pdf_per_brief(project: Path, run: Run) -> None:
    result = run("pdf", FIRST, SECOND, "--out", "out")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == [
        f"wrote out/{FIRST}.pdf (1 page)",
        f"wrote out/{SECOND}.pdf (1 page)",
    ]
    assert _size(PdfReader(project / "out" / f"{FIRST}.pdf")) == A4


@rendering
def test_pdf_command_all_defaults_to_pdf_folder(project: Path, run: Run) -> None:
    result = run("pdf", "--all")
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in (project / "pdf").iterdir()) == [
        f"{FIRST}.pdf",
        f"{SECOND}.pdf",
        f"{HOSTILE}.pdf",
    ]


@rendering
def test_pdf_command_digest_by_story_on_letter(project: Path, run: Run) -> None:
    result = run("pdf", "--digest", "--story", "ashford-tram", "--paper", "letter")
    assert result.exit_code == 0, result.output
    assert result.stdout == "wrote pdf/digest-story-ashford-tram.pdf (2 briefs, 4 pages)\n"
    reader = PdfReader(project / "pdf/digest-story-ashford-tram.pdf")
    assert _size(reader) == LETTER
    assert "Ashford Tram" in _text(reader, 0)
    assert "15 January – 3 February 2026" in _text(reader, 0)


@rendering
def test_pdf_command_digest_by_dates_and_ids_to_a_file(project: Path, run: Run) -> None:
    result = run(
        "pdf",
        "--digest",
        "--since",
        "2026-02-01",
        "--until",
        "2026-02-28",
        "--title",
        "February",
        "-o",
        "feb.pdf",
    )
    assert result.exit_code == 0, result.output
    assert result.stdout == "wrote feb.pdf (2 briefs, 4 pages)\n"
    reader = PdfReader(project / "feb.pdf")
    assert "February" in _text(reader, 0)
    assert FIRST not in _text(reader)
    result = run("pdf", "--digest", HOSTILE, FIRST, "-o", "two.pdf")
    assert result.exit_code == 0, result.output
    contents = _text(PdfReader(project / "two.pdf"), 1)
    assert contents.index("Ashford council delays") < contents.index("Hostile")  # oldest first


@rendering
def test_paper_default_comes_from_mkdocs_yml(project: Path, run: Run) -> None:
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    config.write_text(
        text.replace("  - briefing:\n", "  - briefing:\n      paper: letter\n"), encoding="utf-8"
    )
    assert run("pdf", FIRST, "-o", "x.pdf").exit_code == 0
    assert _size(PdfReader(project / "x.pdf")) == LETTER
    assert run("pdf", FIRST, "-o", "y.pdf", "--paper", "a4").exit_code == 0
    assert _size(PdfReader(project / "y.pdf")) == A4


def test_bad_paper_option_is_one_line(project: Path, run: Run) -> None:
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    config.write_text(
        text.replace("  - briefing:\n", "  - briefing:\n      paper: a5\n"), encoding="utf-8"
    )
    result = run("pdf", FIRST)
    assert result.exit_code == 1
    assert result.stderr == (
        "mkdocs.yml:39: briefing.paper: Input should be 'a4' or 'letter', not 'a5'\n"
        "Error: 1 problem in mkdocs.yml\n"
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ((), "give brief IDs, --all, or a selection (--story, --tag, --since, --until)"),
        ((FIRST, "--all"), "give brief IDs or --all, not both"),
        (("--all", "--title", "X"), "--title names a digest: add --digest"),
        (
            ("--all", "-o", "one.pdf"),
            "--out one.pdf is one file, but 3 briefs are selected: give a folder, or add --digest",
        ),
    ],
)
def test_pdf_usage_errors(project: Path, run: Run, args: tuple[str, ...], message: str) -> None:
    result = run("pdf", *args)
    assert result.exit_code == 2
    assert result.stderr.splitlines()[-1] == f"Error: {message}"
    assert not (project / "pdf").exists()


def test_unknown_id_and_empty_selection_fail(project: Path, run: Run) -> None:
    result = run("pdf", "no-such-brief", FIRST)
    assert result.exit_code == 1
    assert result.stderr == (
        "Error: no brief has the id 'no-such-brief' (see: briefing list --format ids)\n"
    )
    result = run("pdf", "--digest", "--tag", "no-such-tag")
    assert result.exit_code == 1
    assert result.stderr == "Error: no brief matches the selection for the digest\n"


def test_invalid_briefs_fail_like_check_and_write_nothing(project: Path, run: Run) -> None:
    path = project / "briefings" / f"{FIRST}.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("published: 2026-01-15", "published: 2026-13-15"),
        encoding="utf-8",
    )
    result = run("pdf", SECOND)
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"briefings/{FIRST}.yaml:4: published: Input should be a valid date or datetime, "
        "month value is outside expected range of 1-12",
        "Error: 1 problem in briefings",
    ]
    assert not (project / "pdf").exists()


# ---- Missing system libraries ----------------------------------------------------------------


@pytest.fixture
def fresh_engine() -> Iterator[None]:
    """Forget the loaded WeasyPrint and engines, so a test can simulate a bare system."""
    engine.load_weasyprint.cache_clear()
    engine.engine_for.cache_clear()
    yield
    engine.load_weasyprint.cache_clear()
    engine.engine_for.cache_clear()


def test_missing_pango_is_named_in_one_line(
    project: Path, run: Run, monkeypatch: pytest.MonkeyPatch, fresh_engine: None
) -> None:
    present = {"libgobject-2.0.so.0", "libharfbuzz.so.0", "libfontconfig.so.1"}
    monkeypatch.setattr(engine, "_library_loads", lambda soname: soname in present)
    result = run("pdf", FIRST)
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr == (
        "Error: PDF output needs system libraries that are missing; install them with: "
        "sudo apt-get install libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0\n"
    )
    assert not (project / "pdf").exists()


def test_failing_weasyprint_import_names_the_packages(
    project: Path, run: Run, monkeypatch: pytest.MonkeyPatch, fresh_engine: None
) -> None:
    def broken_import() -> None:
        print("WeasyPrint could not import some external libraries.")  # noqa: T201
        raise OSError("cannot load library 'libpango-1.0-0': no such file")

    monkeypatch.setattr(engine, "_library_loads", lambda soname: True)
    monkeypatch.setattr(engine, "_import_weasyprint", broken_import)
    result = run("pdf", "--all")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith(
        "Error: PDF output needs system libraries that are missing; install them with: "
        "sudo apt-get install libglib2.0-0 libpango-1.0-0 libpangoft2-1.0-0"
    )


# ---- Pure parts ------------------------------------------------------------------------------


def test_endnotes_are_the_cited_sentences_in_article_order(
    fixtures: dict[str, LoadedBrief],
) -> None:
    item = fixtures[FIRST]
    pb = prepare(item, density="regular", briefs={})
    assert [note.number for note in pb.notes] == [1, 2, 3, 4, 5, 6, 7, 8]
    assert pb.notes[4].text == item.quote(5)
    assert pb.note_anchor(6) == f"brief-{FIRST}-s6"
    # References come as runs of consecutive sentences.
    assert pb.cites([7, 1, 5]) == [(1, 1), (5, 5), (7, 7)]
    assert pb.cites([4, 2, 3, 7, 8, 3]) == [(2, 4), (7, 8)]
    assert pb.cites([]) == []


def test_answers_link_inside_a_digest_only(fixtures: dict[str, LoadedBrief]) -> None:
    briefs = {k: v.brief for k, v in fixtures.items()}
    alone = prepare(fixtures[FIRST], density="regular", briefs=briefs)
    inside = prepare(fixtures[FIRST], density="regular", briefs=briefs, included=frozenset(briefs))
    assert alone.answers[SECOND].anchor is None
    assert alone.answers[SECOND].title == briefs[SECOND].title
    assert inside.answers[SECOND].anchor == f"brief-{SECOND}"


def test_balanced_columns_keep_order_and_even_length() -> None:
    notes = [Note(k, "x" * length) for k, length in enumerate([100, 20, 20, 100, 60, 60], 1)]
    columns = balanced_columns(notes, 3)
    assert [n.number for column in columns for n in column] == [1, 2, 3, 4, 5, 6]
    assert [[n.number for n in column] for column in columns] == [[1, 2], [3, 4], [5, 6]]
    assert balanced_columns(notes[:1], 3) == [(notes[0],)]
    assert balanced_columns([], 2) == []


@pytest.mark.parametrize(
    ("dates", "expected"),
    [
        ([dt.date(2026, 1, 15), dt.date(2026, 2, 10)], "15 January – 10 February 2026"),
        ([dt.date(2026, 2, 3), None, dt.date(2026, 2, 10)], "3–10 February 2026"),
        ([dt.date(2025, 12, 30), dt.date(2026, 1, 2)], "30 December 2025 – 2 January 2026"),
        ([dt.date(2026, 3, 2)], "2 March 2026"),
        ([None], "Undated"),
    ],
)
def test_date_range(dates: list[dt.date | None], expected: str) -> None:
    assert date_range(dates) == expected


def test_small_formatting_helpers() -> None:
    assert story_title("calder-harbour") == "Calder Harbour"  # as on the website
    assert shorten("a" * 10, 20) == "a" * 10
    assert shorten("one two three four", 12) == "one two…"
    assert url_label("https://example.com/news/a?x=1") == "example.com/news/a?x=1"
    assert url_label("https://example.com/") == "example.com"


def test_selection_names_and_matching(fixtures: dict[str, LoadedBrief]) -> None:
    story = Selection(story="ashford-tram", since=dt.date(2026, 2, 1))
    assert story.stem == "digest-story-ashford-tram-since-2026-02-01"
    assert story.kicker == "Story · since 1 February 2026"
    assert story.title == "Ashford Tram"
    assert [i.brief.id for i in fixtures.values() if story.matches(i.brief)] == [SECOND]
    assert Selection().stem == "digest-all"
    assert Selection(ids=(FIRST,)).stem == "digest-selection"
    assert Selection(tag="budget").kicker == "Tag"


# ---- The site's PDFs -------------------------------------------------------------------------


@rendering
def test_build_with_pdf_links_each_brief_page_to_its_pdf(project: Path, run: Run) -> None:
    result = run("build", "--pdf", "--site-dir", "out")
    assert result.exit_code == 0, result.output
    for brief_id in (FIRST, SECOND, HOSTILE):
        reader = PdfReader(project / "out" / "pdf" / f"{brief_id}.pdf")
        assert len(reader.pages) == 1
        page = (project / "out" / "briefs" / brief_id / "index.html").read_text(encoding="utf-8")
        assert f'<a href="../../pdf/{brief_id}.pdf"' in page


def test_brief_pages_have_no_pdf_link_by_default(fixtures: dict[str, LoadedBrief]) -> None:
    from builder.site.collection import build_collection
    from builder.site.render import SiteRenderer

    collection = build_collection(list(fixtures.values()))
    brief = fixtures[FIRST].brief
    plain = SiteRenderer(REPO / "templates").render_brief(collection, brief).content
    linked = SiteRenderer(REPO / "templates", pdf=True).render_brief(collection, brief).content
    assert "pdf/" not in plain
    assert f'<a href="../../pdf/{FIRST}.pdf"' in linked


# ---- Fitting the page ------------------------------------------------------------------------


def _examples() -> list[LoadedBrief]:
    library = load_library(REPO / "briefings")
    assert library.problems == []
    return chronological(library.briefs)


@rendering
@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_every_example_brief_fits_on_one_page(paper: Paper, tmp_path: Path) -> None:
    examples = _examples()
    briefs = {item.brief.id: item.brief for item in examples}
    exporter = PdfExporter(REPO / "templates", paper=paper, briefs=briefs)
    assert len(examples) >= 10
    for item in examples:
        data, pages = exporter.brief_pdf(item)
        assert pages == 1, item.brief.id
        # Fitting must not lose anything: every actor, question and endnote is there.
        (tmp_path / "brief.pdf").write_bytes(data)
        text = _text(PdfReader(tmp_path / "brief.pdf"))
        assert [a.name for a in item.brief.actors if shown(a.name) not in text] == []
        questions = [shown(" ".join(q.text.split())) for q in item.brief.open_questions]
        assert [q for q in questions if q not in text] == []
        cited = sorted({n for _, numbers in item.brief.evidence_refs() for n in numbers})
        missing = [n for n in cited if shown(item.quote(n)) not in text]
        assert missing == [], item.brief.id


def _doubled(item: LoadedBrief) -> LoadedBrief:
    """A brief twice the size of ``item``: every actor, stake and question twice over."""
    brief = item.brief
    actors = [*brief.actors, *(a.model_copy(update={"name": a.name + " II"}) for a in brief.actors)]
    update = {
        "actors": actors,
        "stakes": brief.stakes * 2,
        "open_questions": brief.open_questions * 2,
        "summary": brief.summary + " " + brief.summary,
    }
    return dataclasses.replace(item, brief=brief.model_copy(update=update))


@rendering
def test_an_oversized_brief_takes_two_pages_and_keeps_sections_whole(tmp_path: Path) -> None:
    examples = _examples()
    largest = max(examples, key=brief_weight)
    item = _doubled(largest)
    exporter = PdfExporter(
        REPO / "templates", paper="a4", briefs={i.brief.id: i.brief for i in examples}
    )
    data, pages = exporter.brief_pdf(item)
    assert pages == 2
    (tmp_path / "big.pdf").write_bytes(data)
    reader = PdfReader(tmp_path / "big.pdf")
    first, second = (" ".join(page.extract_text().split()) for page in reader.pages)
    # No section is split: the summary, actors and lists fill page 1, the endnotes page 2.
    for actor in item.brief.actors:
        assert actor.name in first
    for question in item.brief.open_questions:
        assert " ".join(question.text.split()) in first
    assert "EVIDENCE" not in first
    assert "EVIDENCE" in second
    assert "Page 2 of 2" in second


def test_a_guessed_date_is_marked_in_the_byline(fixtures: dict[str, LoadedBrief]) -> None:
    from builder.pdf.document import PrintTemplates

    templates = PrintTemplates(REPO / "templates")
    briefs = {k: v.brief for k, v in fixtures.items()}

    def byline(item: LoadedBrief) -> str:
        html = templates.brief_html(prepare(item, density="regular", briefs=briefs), paper="a4")
        found = re.search(r'<p class="byline">(.*?)</p>', html, re.S)
        assert found
        return found.group(1)

    item = fixtures[FIRST]
    assert "(date inferred)" not in byline(item)
    source = item.brief.source.model_copy(update={"inferred": ["published"]})
    guessed = dataclasses.replace(item, brief=item.brief.model_copy(update={"source": source}))
    assert byline(guessed).startswith("15 January 2026 (date inferred)")
