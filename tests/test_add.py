"""`briefing add`: store the original, write a valid brief, never duplicate, never half-write."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import shutil
import unicodedata
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest
import yaml
from click.testing import Result

import builder.add
from builder.article import Article
from builder.extract import Analysis
from builder.extract.engine import AnalysisResult, Engine
from builder.known_articles import canonical_url
from builder.library import load_library
from builder.model import Brief, Review, Stake
from builder.slugs import slugify
from builder.store import brief_to_yaml, write_atomic

from .conftest import FIXTURES, REPO, snapshot

Run = Callable[..., Result]
ARTICLES = FIXTURES / "articles"
TODAY = dt.date.today().isoformat()
FERRY_ID = f"{TODAY}-calder-ferry-operator-cuts-winter-timetable-after-fuel-costs"


def _copy(name: str, folder: Path, as_name: str | None = None) -> str:
    target = folder / (as_name or name)
    shutil.copy(ARTICLES / name, target)
    return str(target.relative_to(Path.cwd())) if target.is_relative_to(Path.cwd()) else str(target)


def _brief(project: Path, brief_id: str) -> Brief:
    data = yaml.safe_load((project / "briefings" / f"{brief_id}.yaml").read_text(encoding="utf-8"))
    return Brief.model_validate(data)


def test_add_stores_the_original_and_writes_a_valid_brief(
    project: Path, run: Run, engine: list[int]
) -> None:
    before = snapshot(project / "briefings")
    source = _copy("messy.txt", project)

    result = run("add", source)

    assert result.exit_code == 0, result.output
    brief_id = "2026-11-12-calder-ferry-operator-cuts-winter-timetable-after-fuel-costs"
    assert result.stdout == (
        f"added messy.txt: briefings/{brief_id}.yaml (original: briefings/sources/{brief_id}.txt)\n"
    )
    stored = project / "briefings" / "sources" / f"{brief_id}.txt"
    assert stored.read_bytes() == (ARTICLES / "messy.txt").read_bytes()
    brief = _brief(project, brief_id)
    assert brief.id == brief_id
    assert brief.title == "Calder ferry operator cuts winter timetable after fuel costs rise"
    assert brief.published == dt.date(2026, 11, 12)
    assert brief.source.sha256 == hashlib.sha256(stored.read_bytes()).hexdigest()
    assert brief.source.file == f"sources/{brief_id}.txt"
    assert brief.source.added == dt.date.today()
    assert brief.source.outlet == "Calder Evening Post"
    assert brief.source.authors == ["Marta Quinn", "Joel Ferris"]
    assert brief.review.status == "draft"
    assert brief.review.edited == []
    assert brief.extraction.at is not None
    assert brief.extraction.at.microsecond == 0
    assert brief.extraction.at.utcoffset() == dt.timedelta(0)
    # Nothing else in briefings/ changed; only the two new files appeared.
    after = snapshot(project / "briefings")
    assert {k: v for k, v in after.items() if k in before} == before
    assert sorted(set(after) - set(before)) == [f"{brief_id}.yaml", f"sources/{brief_id}.txt"]
    assert not load_library(project / "briefings").problems


def test_the_same_article_is_never_added_twice(project: Path, run: Run, engine: list[int]) -> None:
    first = _copy("clean.txt", project)
    assert run("add", first).exit_code == 0
    before = snapshot(project / "briefings")
    copy = _copy("clean.txt", project, "copy-of-clean.txt")

    result = run("add", first, copy)

    assert result.exit_code == 0
    assert result.stdout.splitlines() == [
        f"skipped clean.txt: already added as {FERRY_ID}",
        f"skipped copy-of-clean.txt: already added as {FERRY_ID}",
    ]
    assert result.stderr == "0 added, 2 skipped\n"
    assert snapshot(project / "briefings") == before


def test_same_canonical_url_is_a_duplicate(project: Path, run: Run, engine: list[int]) -> None:
    page = "---\ntitle: {title}\nurl: {url}\n---\n\nThe harbour board met on {day} to vote.\n"
    Path("a.md").write_text(page.format(title="Vote", url="https://News.example/a/?utm_source=x",
                                        day="Monday"))  # fmt: skip
    Path("b.md").write_text(page.format(title="Vote again", url="https://news.example/a#comments",
                                        day="Tuesday"))  # fmt: skip
    result = run("add", "a.md", "b.md")
    assert result.exit_code == 0
    assert result.stdout.splitlines()[1] == f"skipped b.md: already added as {TODAY}-vote"


def test_an_id_taken_by_another_article_gets_a_number(
    project: Path, run: Run, engine: list[int]
) -> None:
    Path("one.txt").write_text("Council meets\n\nThe council met on Monday.\n")
    Path("two.txt").write_text("Council meets\n\nThe council met again on Tuesday.\n")
    Path("three.txt").write_text("Council meets\n\nThe council met a third time.\n")
    result = run("add", "one.txt", "two.txt", "three.txt")
    assert result.exit_code == 0
    ids = [line.split(": ")[1].split(" ")[0] for line in result.stdout.splitlines()]
    assert ids == [f"briefings/{TODAY}-council-meets{n}.yaml" for n in ("", "-2", "-3")]


def test_a_failing_input_does_not_stop_the_batch(
    project: Path, run: Run, engine: list[int]
) -> None:
    good = _copy("clean.txt", project)
    Path("empty.txt").write_bytes(b"")
    Path("image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00" + bytes(range(256)))

    result = run("add", "empty.txt", good, "missing.md", "image.txt")

    assert result.exit_code == 1
    assert result.stdout == (
        f"added clean.txt: briefings/{FERRY_ID}.yaml (original: briefings/sources/{FERRY_ID}.txt)\n"
    )
    assert result.stderr.splitlines() == [
        "Error: empty.txt: is empty",
        "Error: missing.md: no such file or folder",
        "Error: image.txt: is a PNG image file, not a text file",
        "Error: 3 of 4 sources failed (1 added, 0 skipped)",
    ]
    assert engine == [1]  # the engine saw the readable article only, in one batch


def test_a_folder_is_added_in_one_batch(project: Path, run: Run, engine: list[int]) -> None:
    folder = project / "clippings"
    folder.mkdir()
    for name in ("clean.txt", "front_matter.md", "article.html"):
        shutil.copy(ARTICLES / name, folder / name)
    (folder / "notes.pdf").write_bytes(b"%PDF")

    result = run("add", "clippings")

    assert result.exit_code == 0, result.output
    assert [line.split(":")[0] for line in result.stdout.splitlines()] == [
        "added clippings/article.html",
        "added clippings/clean.txt",
        "added clippings/front_matter.md",
    ]
    assert engine == [3]
    curfew = _brief(project, "2026-10-05-port-linden-approves-night-time-freight-curfew")
    assert curfew.story == "port-linden-freight"
    assert curfew.tags == ["ports", "noise", "freight"]
    assert curfew.source.file.endswith(".md")
    assert not load_library(project / "briefings").problems


@pytest.mark.parametrize(
    ("data", "suffix"),
    [
        ((ARTICLES / "clean.txt").read_text(encoding="utf-8"), ".txt"),
        ((ARTICLES / "front_matter.md").read_text(encoding="utf-8"), ".md"),
        ((ARTICLES / "article.html").read_text(encoding="utf-8"), ".html"),
    ],
)
def test_standard_input(project: Path, run: Run, engine: list[int], data: str, suffix: str) -> None:
    result = run("add", "-", input=data)
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("added standard input: briefings/")
    assert result.stdout.rstrip().endswith(f"{suffix})")
    assert not load_library(project / "briefings").problems


def test_a_crash_while_writing_leaves_no_partial_file(
    project: Path, run: Run, engine: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    before = snapshot(project / "briefings")
    source = _copy("clean.txt", project)

    def crash(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", crash)
    result = run("add", source)

    assert result.exit_code == 1
    assert result.stderr.splitlines()[0].startswith("Error: clean.txt: cannot write ")
    assert result.stderr.splitlines()[0].endswith("(No space left on device)")
    assert snapshot(project / "briefings") == before  # no brief, no original, no temp file


def test_a_failed_brief_write_removes_the_stored_original(
    project: Path, run: Run, engine: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    before = snapshot(project / "briefings")
    source = _copy("clean.txt", project)

    def write(path: Path, content: str | bytes) -> None:
        if path.suffix == ".yaml":
            raise PermissionError(13, "Permission denied", str(path))
        write_atomic(path, content)

    monkeypatch.setattr(builder.add, "write_atomic", write)
    result = run("add", source)
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0] == (
        f"Error: clean.txt: cannot write briefings/{FERRY_ID}.yaml (Permission denied)"
    )
    assert snapshot(project / "briefings") == before


def test_write_atomic_replaces_in_one_step(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "brief.yaml"
    target.write_text("old\n")

    def crash(fd: int) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(os, "fsync", crash)
    with pytest.raises(OSError, match="Input/output error"):
        write_atomic(target, "new\n" * 1000)
    assert target.read_text() == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["brief.yaml"]


@pytest.mark.parametrize("name", ["hostile.txt", "hostile.md", "hostile.html"])
def test_hostile_articles_stay_text_in_the_brief(
    project: Path, run: Run, engine: list[int], name: str
) -> None:
    source = _copy(name, project)
    result = run("add", source)
    assert result.exit_code == 0, result.output
    brief_file = Path(result.stdout.split(": ")[1].split(" ")[0])
    text = brief_file.read_text(encoding="utf-8")
    assert "!!python" not in text
    brief = Brief.model_validate(yaml.safe_load(text))
    assert "{{ 7*7 }}" in brief.title  # template code is never evaluated ...
    assert "49" not in brief.title
    assert brief.id == brief_file.stem  # ... and markup never reaches the id or file names
    assert all(ch.isalnum() or ch == "-" for ch in brief.id)
    check = run("check")
    assert check.exit_code == 0, check.output


def test_the_real_engine_drafts_a_brief_that_passes_check(project: Path, run: Run) -> None:
    source = _copy("clean.txt", project)
    result = run("add", source)
    assert result.exit_code == 0, result.output
    assert run("check").exit_code == 0


@pytest.mark.parametrize(
    ("title", "slug"),
    [
        ("Harbour board approves $40m dredging plan over fishers' objections",
         "harbour-board-approves-40m-dredging-plan-over-fishers"),
        ("Zoë Müller’s café: “a lost winter”", "zoe-mullers-cafe-a-lost-winter"),
        ("A" * 70, "a" * 60),
        ("Council <script>alert(1)</script> {{ 7*7 }}", "council-script-alert-1-script-7-7"),
        ("Vestsjø Havbruk wins licence", "vestsjo-havbruk-wins-licence"),
        ("Straße nach Łódź: €40m", "strasse-nach-lodz-40m"),
        ("엔터 미디어", "enteo-midieo"),
        ("«…» — !!", ""),
        # Cut short, a slug does not end on a word that needs the next one.
        ("Rescue teams pull four workers alive from rubble of warehouse after drone strike",
         "rescue-teams-pull-four-workers-alive-from-rubble"),
        ("Short words alone stay: of the", "short-words-alone-stay-of-the"),
    ],
)  # fmt: skip
def test_slugify(title: str, slug: str) -> None:
    assert slugify(title) == slug
    assert len(slugify(title)) <= 60


def test_id_of_a_title_in_another_script_is_transliterated(
    project: Path, run: Run, engine: list[int]
) -> None:
    Path("ko.txt").write_text(
        "엔터 미디어\n\n오늘 서울에서 새로운 전시회가 열렸다.\n", encoding="utf-8"
    )
    result = run("add", "ko.txt")
    assert result.exit_code == 0, result.output
    assert f"briefings/{TODAY}-enteo-midieo.yaml" in result.stdout


def test_id_of_a_title_without_letters_uses_the_hash(
    project: Path, run: Run, engine: list[int]
) -> None:
    Path("marks.md").write_text(
        "---\ntitle: «…» — !!\n---\n\nThe council met today.\n", encoding="utf-8"
    )
    result = run("add", "marks.md")
    assert result.exit_code == 0, result.output
    digest = hashlib.sha256(Path("marks.md").read_bytes()).hexdigest()
    assert f"briefings/{TODAY}-{digest[:8]}.yaml" in result.stdout


def test_slugs_of_the_examples_are_unchanged_by_transliteration() -> None:
    """Ids and addresses are permanent: every title, actor, tag and story of the bundled
    examples slugs exactly as it did when accents were only folded away."""

    def folded(text: str) -> str:
        plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
        return slugify(plain)

    names: list[str] = []
    for path in sorted((REPO / "briefings").glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        names += [data["title"], data.get("story") or "", *data.get("tags", [])]
        names += [actor["name"] for actor in data.get("actors", [])]
    assert len(names) > 100
    assert [slugify(name) for name in names] == [folded(name) for name in names]


@pytest.mark.parametrize(
    ("url", "canonical"),
    [
        ("HTTPS://News.Example/a/b/?utm_source=x&id=3#top", "https://news.example/a/b?id=3"),
        ("https://news.example/a?utm_medium=m&utm_campaign=c", "https://news.example/a"),
        ("https://news.example/", "https://news.example"),
    ],
)
def test_canonical_url(url: str, canonical: str) -> None:
    assert canonical_url(url) == canonical


# --- add --update: re-extraction that keeps a person's edits (issue 4) -----------------------


class VersionedEngine:
    """An engine whose output depends on its "version" (``version[0]``)."""

    def __init__(self) -> None:
        self.version = [1]

    @property
    def name(self) -> str:
        return f"test {self.version[0]}"

    def analyze(self, articles: Sequence[Article]) -> Sequence[AnalysisResult]:
        v = self.version[0]
        stake = Stake(text=f"Stake of version {v}.", evidence=[2])
        return [
            Analysis(
                summary=f"Summary of version {v}.",
                summary_evidence=[1],
                stakes=[stake],
                tags=[f"v{v}"],
                engine=f"test {v}",
            )
            for _ in articles
        ]


@pytest.fixture
def versions(given_engine: list[Engine]) -> list[int]:
    """The CLI given a :class:`VersionedEngine`; change ``versions[0]`` to re-extract."""
    engine = VersionedEngine()
    given_engine.append(engine)
    return engine.version


def _edit(project: Path, brief_id: str, **changes: object) -> Path:
    """Change a brief on disk as a person would, by rewriting its YAML."""
    path = project / "briefings" / f"{brief_id}.yaml"
    brief = _brief(project, brief_id).model_copy(update=changes)
    path.write_text(brief_to_yaml(Brief.model_validate(brief.model_dump())), encoding="utf-8")
    return path


def _added(project: Path, run: Run, name: str = "clean.txt") -> str:
    result = run("add", _copy(name, project))
    assert result.exit_code == 0, result.output
    return result.stdout.split("briefings/")[1].split(".yaml")[0]


def test_update_keeps_edited_fields_and_takes_the_rest_fresh(
    project: Path, run: Run, versions: list[int]
) -> None:
    brief_id = _added(project, run)
    _edit(
        project,
        brief_id,
        summary="The operator cut winter sailings, a person wrote.",
        summary_evidence=[3],
        review=Review(edited=["summary"]),
    )
    before = snapshot(project / "briefings")
    versions[0] = 2

    result = run("add", "--update", "clean.txt")

    assert result.exit_code == 0, result.output
    assert result.stdout == f"updated briefings/{brief_id}.yaml\n"
    assert result.stderr == ""
    brief = _brief(project, brief_id)
    assert brief.summary == "The operator cut winter sailings, a person wrote."
    assert brief.summary_evidence == [3]  # the summary's evidence travels with it
    assert [s.text for s in brief.stakes] == ["Stake of version 2."]
    assert brief.tags == ["v2"]
    assert brief.review == Review(edited=["summary"])
    assert brief.extraction.engine == "test 2"
    assert brief.extraction.at is not None
    assert brief.extraction.at.microsecond == 0
    assert brief.extraction.at.utcoffset() == dt.timedelta(0)
    assert brief.source.added == dt.date.today()
    after = snapshot(project / "briefings")
    assert {k: v for k, v in after.items() if k != f"{brief_id}.yaml"} == {
        k: v for k, v in before.items() if k != f"{brief_id}.yaml"
    }
    assert not load_library(project / "briefings").problems


def test_update_leaves_a_reviewed_brief_untouched(
    project: Path, run: Run, versions: list[int]
) -> None:
    brief_id = _added(project, run)
    path = _edit(project, brief_id, review=Review(status="reviewed"))
    before, mtime = snapshot(project / "briefings"), path.stat().st_mtime_ns
    versions[0] = 2

    result = run("add", "--update", "clean.txt")

    assert result.exit_code == 0, result.output
    assert result.stdout == f"unchanged {brief_id}\n"
    assert snapshot(project / "briefings") == before
    assert path.stat().st_mtime_ns == mtime


def test_update_with_force_overwrites_edits_and_review(
    project: Path, run: Run, versions: list[int]
) -> None:
    brief_id = _added(project, run)
    _edit(
        project,
        brief_id,
        title="A title a person wrote",
        review=Review(status="reviewed", edited=["title"]),
    )
    versions[0] = 2

    result = run("add", "--update", "--force", "clean.txt")

    assert result.exit_code == 0, result.output
    assert result.stdout == f"updated briefings/{brief_id}.yaml\n"
    brief = _brief(project, brief_id)
    assert brief.id == brief_id  # never renamed
    assert brief.title == "Calder ferry operator cuts winter timetable after fuel costs rise"
    assert brief.summary == "Summary of version 2."
    assert brief.review == Review()  # a draft again, to be reviewed
    assert not load_library(project / "briefings").problems


def test_update_does_not_rewrite_an_unchanged_brief(
    project: Path, run: Run, versions: list[int]
) -> None:
    brief_id = _added(project, run)
    path = project / "briefings" / f"{brief_id}.yaml"
    before, mtime = snapshot(project / "briefings"), path.stat().st_mtime_ns

    result = run("add", "--update", "clean.txt")

    assert result.exit_code == 0, result.output
    assert result.stdout == f"unchanged {brief_id}\n"
    assert snapshot(project / "briefings") == before
    assert path.stat().st_mtime_ns == mtime  # not even rewritten with the same bytes


def test_update_from_the_stored_original(project: Path, run: Run, versions: list[int]) -> None:
    """`add --update briefings/sources/...` re-extracts briefs already in the collection."""
    brief_id = _added(project, run)
    Path("clean.txt").unlink()  # the copy it was added from is gone; the stored one remains
    versions[0] = 2

    result = run("add", "--update", f"briefings/sources/{brief_id}.txt")

    assert result.exit_code == 0, result.output
    assert result.stdout == f"updated briefings/{brief_id}.yaml\n"
    assert _brief(project, brief_id).summary == "Summary of version 2."


def test_update_a_folder_reports_each_brief(project: Path, run: Run, versions: list[int]) -> None:
    brief_id = _added(project, run)
    fixtures = ["2026-01-15-council-delays-tram-vote", "2026-02-03-tram-extension-approved",
                "2026-02-10-hostile-markup"]  # fmt: skip
    reviewed = fixtures[0]  # the fixture project's reviewed brief
    versions[0] = 2

    result = run("add", "--update", "briefings/sources")

    assert result.exit_code == 0, result.output
    assert sorted(result.stdout.splitlines()) == sorted(
        [f"unchanged {reviewed}"]
        + [f"updated briefings/{name}.yaml" for name in (*fixtures[1:], brief_id)]
    )
    assert result.stderr == "0 added, 3 updated, 1 unchanged, 0 skipped\n"
    assert not load_library(project / "briefings").problems


def test_update_writes_the_brief_where_it_is(project: Path, run: Run, versions: list[int]) -> None:
    brief_id = _added(project, run)
    folder = project / "briefings" / "2026"
    folder.mkdir()
    (project / "briefings" / f"{brief_id}.yaml").rename(folder / f"{brief_id}.yaml")
    versions[0] = 2

    result = run("add", "--update", "clean.txt")

    assert result.stdout == f"updated briefings/2026/{brief_id}.yaml\n"
    assert not (project / "briefings" / f"{brief_id}.yaml").exists()


def test_update_of_a_known_url_is_not_fetched(project: Path, run: Run, versions: list[int]) -> None:
    Path("a.md").write_text(
        "---\ntitle: Vote\nurl: https://news.example/a\n---\n\nThe board met. It voted.\n"
    )
    assert run("add", "a.md").exit_code == 0
    versions[0] = 2

    result = run("add", "--update", "https://news.example/a?utm_source=feed")

    assert result.exit_code == 0, result.output
    assert result.stdout == f"updated briefings/{TODAY}-vote.yaml\n"
    assert _brief(project, f"{TODAY}-vote").source.url == "https://news.example/a"


def test_update_adds_new_articles_and_skips_copies(
    project: Path, run: Run, versions: list[int]
) -> None:
    brief_id = _added(project, run)
    copy = _copy("clean.txt", project, "copy-of-clean.txt")
    messy = _copy("messy.txt", project)

    result = run("add", "--update", "clean.txt", copy, messy)

    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[:2] == [
        f"unchanged {brief_id}",
        f"skipped copy-of-clean.txt: already added as {brief_id}",
    ]
    assert result.stdout.splitlines()[2].startswith("added messy.txt: briefings/")
    assert result.stderr == "1 added, 0 updated, 1 unchanged, 1 skipped\n"


def test_update_reports_a_missing_stored_original(
    project: Path, run: Run, versions: list[int]
) -> None:
    brief_id = _added(project, run)
    (project / "briefings" / "sources" / f"{brief_id}.txt").unlink()

    result = run("add", "--update", "clean.txt")

    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"Error: clean.txt: cannot update {brief_id}: stored article "
        f"'sources/{brief_id}.txt' does not exist",
        "Error: 1 of 1 sources failed (0 added, 0 updated, 0 unchanged, 0 skipped)",
    ]


def test_update_reports_a_changed_stored_original(
    project: Path, run: Run, versions: list[int]
) -> None:
    brief_id = _added(project, run)
    stored = project / "briefings" / "sources" / f"{brief_id}.txt"
    stored.write_bytes(stored.read_bytes() + b"\nA sentence someone appended.\n")

    result = run("add", "--update", "clean.txt")

    assert result.exit_code == 1
    assert result.stderr.splitlines()[0] == (
        f"Error: clean.txt: cannot update {brief_id}: stored article "
        f"'sources/{brief_id}.txt' does not match its sha256 (run briefing check)"
    )


def test_update_refuses_a_brief_that_does_not_validate(
    project: Path, run: Run, versions: list[int]
) -> None:
    brief_id = _added(project, run)
    path = project / "briefings" / f"{brief_id}.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "surprise: field\n", encoding="utf-8")
    before = snapshot(project / "briefings")

    result = run("add", "--update", "clean.txt")

    assert result.exit_code == 1
    assert result.stderr.splitlines()[0] == (
        f"Error: clean.txt: cannot update briefings/{brief_id}.yaml: "
        "it is not a valid brief (run briefing check)"
    )
    assert snapshot(project / "briefings") == before


def test_force_without_update_is_a_usage_error(project: Path, run: Run, engine: list[int]) -> None:
    before = snapshot(project / "briefings")
    result = run("add", "--force", _copy("clean.txt", project))
    assert result.exit_code == 2
    assert result.stderr.splitlines()[-1] == "Error: --force only applies with --update"
    assert snapshot(project / "briefings") == before


def test_update_keeps_the_id_when_the_written_title_changes(
    project: Path, run: Run, versions: list[int]
) -> None:
    """A brief whose id came from an older title (a no-headline article, titled by an
    earlier title writer) keeps that id and its files; only the title is written afresh."""
    shutil.copy(ARTICLES.parent / "headlines" / "long.txt", "long.txt")
    result = run("add", "long.txt")
    assert result.exit_code == 0, result.output
    brief_id = result.stdout.split("briefings/")[1].split(".yaml")[0]
    assert brief_id.endswith("-former-finance-director-of-calder-building-society-jailed")
    old_id = brief_id.replace("former-finance-director", "a-former-finance-director-who-stole")
    assert run("rename", brief_id, old_id).exit_code == 0
    _edit(project, old_id, title="A former finance director of Calder Building Society who stole")
    versions[0] = 2

    result = run("add", "--update", f"briefings/sources/{old_id}.txt")

    assert result.exit_code == 0, result.output
    assert result.stdout == f"updated briefings/{old_id}.yaml\n"
    brief = _brief(project, old_id)
    assert brief.id == old_id
    assert brief.source.file == f"sources/{old_id}.txt"
    assert brief.title == "Former finance director of Calder Building Society jailed for six years"
    assert sorted(p.name for p in (project / "briefings").glob("*former*")) == [f"{old_id}.yaml"]


def test_add_puts_the_brief_in_the_story_given(project: Path, run: Run, engine: list[int]) -> None:
    result = run("add", "--story", "calder-ferries", _copy("clean.txt", project))
    assert result.exit_code == 0, result.output
    brief_id = result.stdout.split("briefings/")[1].split(".yaml")[0]
    assert _brief(project, brief_id).story == "calder-ferries"
    assert not load_library(project / "briefings").problems


def test_a_story_that_is_not_a_slug_is_refused_before_anything_is_written(
    project: Path, run: Run, engine: list[int]
) -> None:
    before = snapshot(project / "briefings")
    result = run("add", "--story", "Calder Ferries", _copy("clean.txt", project))
    assert result.exit_code != 0
    assert "--story" in result.output and "calder-ferries" in result.output
    assert snapshot(project / "briefings") == before


def test_update_keeps_the_story_a_person_filed_the_brief_in(
    project: Path, run: Run, versions: list[int]
) -> None:
    # A story is a person's filing, not extraction output: it survives --update and
    # --force without being listed in review.edited.
    brief_id = _added(project, run)
    _edit(project, brief_id, story="calder-ferries")
    versions[0] = 2
    assert run("add", "--update", "clean.txt").exit_code == 0
    assert _brief(project, brief_id).story == "calder-ferries"
    versions[0] = 3
    assert run("add", "--update", "--force", "clean.txt").exit_code == 0
    assert _brief(project, brief_id).story == "calder-ferries"
    assert run("add", "--update", "--story", "harbour-news", "clean.txt").exit_code == 0
    assert _brief(project, brief_id).story == "harbour-news"


def test_update_with_a_story_leaves_a_reviewed_brief_untouched(
    project: Path, run: Run, versions: list[int]
) -> None:
    brief_id = _added(project, run)
    _edit(project, brief_id, review=Review(status="reviewed"))
    before = snapshot(project / "briefings")
    result = run("add", "--update", "--story", "harbour-news", "clean.txt")
    assert result.exit_code == 0, result.output
    assert snapshot(project / "briefings") == before  # reviewed: only --force refiles it
    assert run("add", "--update", "--force", "--story", "harbour-news", "clean.txt").exit_code == 0
    assert _brief(project, brief_id).story == "harbour-news"
