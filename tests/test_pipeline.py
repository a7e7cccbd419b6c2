"""Pages rendered beside MkDocs: the forked workers and the in-process path render the
same pages and records (test_generated_pages.py compares whole built sites), search
records carry a brief page's content and nothing more, and template mistakes become
one-line errors naming the template and line."""

from __future__ import annotations

import shutil
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

from builder.errors import BriefingError
from builder.library import load_library
from builder.site import pipeline
from builder.site.collection import Collection, build_collection
from builder.site.mkdocs_run import OLD_SITE_PREFIX
from builder.site.pipeline import (
    RenderedPages,
    RenderJob,
    SearchRecords,
    can_fork,
    start_rendering,
)
from builder.site.render import SiteRenderer
from builder.site.search_index import record_path, search_record
from tests.conftest import REPO, snapshot


def _job(project: Path, out: Path, templates: Path = REPO / "templates") -> RenderJob:
    library = load_library(project / "briefings")
    assert not library.problems
    renderer = SiteRenderer(templates)
    collection = build_collection(library.briefs)
    search = SearchRecords(out, lang="en", directory_urls=True)
    return RenderJob(renderer, renderer.plan(collection), search)


class _IndexStarts:
    """Stands in for Pagefind: what the records folder held when the index started."""

    def __init__(self) -> None:
        self.records: dict[Path, dict[str, str]] = {}

    def __call__(self, records_dir: Path, bundle_dir: Path) -> _IndexStarts:
        assert records_dir not in self.records, "the index started twice"
        self.records[records_dir] = snapshot(records_dir)
        return self

    def wait(self) -> None:
        return

    def kill(self) -> None:
        return


@pytest.fixture
def index_starts(monkeypatch: pytest.MonkeyPatch) -> _IndexStarts:
    starts = _IndexStarts()
    monkeypatch.setattr(pipeline, "start_search_index", starts)
    return starts


def _rendered(job: RenderJob, *, fork: bool) -> list[str]:
    pages: RenderedPages[object] = start_rendering(job, fork=fork)
    try:
        return [pages.rendered(i).source for i in range(len(job.plans))]
    finally:
        pages.close()


@pytest.mark.skipif(not can_fork(), reason="needs Linux, two cores and no running threads")
@pytest.mark.parametrize(("first", "chunk"), [(8, 64), (2, 3), (1, 1)])
def test_forked_worker_renders_exactly_what_the_build_process_would(
    project: Path,
    monkeypatch: pytest.MonkeyPatch,
    index_starts: _IndexStarts,
    first: int,
    chunk: int,
) -> None:
    monkeypatch.setattr(pipeline, "FIRST_CHUNK", first)
    monkeypatch.setattr(pipeline, "CHUNK", chunk)
    forked = _job(project, project / "forked")
    local = _job(project, project / "local")
    assert _rendered(forked, fork=True) == _rendered(local, fork=False)
    # Every record was there when the index started, whichever path wrote them.
    in_forked = index_starts.records[project / "forked" / "records"]
    assert in_forked == index_starts.records[project / "local" / "records"]
    assert len(in_forked) == 3


def test_pages_are_the_plans_rendered_in_order(project: Path, tmp_path: Path) -> None:
    job = _job(project, tmp_path)
    contents = _rendered(job, fork=False)
    assert contents == [page.content for page in job.renderer.render_all(_collection(project))]
    assert len(contents) == len({plan.src_uri for plan in job.plans})


def _collection(project: Path) -> Collection:
    return build_collection(load_library(project / "briefings").briefs)


def test_every_brief_page_and_nothing_else_gets_a_search_record(
    project: Path, tmp_path: Path, index_starts: _IndexStarts
) -> None:
    job = _job(project, tmp_path)
    _rendered(job, fork=False)
    records = sorted(index_starts.records[tmp_path / "records"])
    briefs = sorted(p.stem for p in (project / "briefings").glob("*.yaml"))
    assert records == [f"briefs/{b}/index.html" for b in briefs]


def test_search_record_turns_headings_into_html_and_escapes_the_title() -> None:
    body = '<h1 class="brief-title">A &amp; B</h1>\n\n## Actors\n\n<div>x</div>\n'
    record = search_record("<script>alert(1)</script> & co", body, lang="en")
    assert "<title>&lt;script&gt;alert(1)&lt;/script&gt; &amp; co</title>" in record
    assert "<h2>Actors</h2>" in record
    assert "##" not in record
    assert '<html lang="en">' in record
    assert "<div data-pagefind-body>" in record


def test_record_paths_mirror_page_urls() -> None:
    assert record_path("briefs/x.md") == "briefs/x/index.html"
    assert record_path("briefs/x.md", directory_urls=False) == "briefs/x.html"
    assert record_path("index.md") == "index.html"


@pytest.mark.parametrize("fork", [True, False])
@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("{{ brief.no_such_field.upper() }}", "has no attribute 'no_such_field'"),
        ("{% if %}", "Expected an expression"),
    ],
)
def test_a_broken_template_is_one_line_naming_its_file_and_line(
    project: Path, tmp_path: Path, fork: bool, line: str, message: str
) -> None:
    if fork and not can_fork():
        pytest.skip("needs Linux, two cores and no running threads")
    templates = tmp_path / "templates"
    shutil.copytree(REPO / "templates", templates)
    brief_template = templates / "pages" / "brief.md.j2"
    lines = brief_template.read_text(encoding="utf-8").count("\n")
    brief_template.write_text(brief_template.read_text(encoding="utf-8") + line + "\n")
    job = _job(project, tmp_path / "out", templates)
    with pytest.raises(BriefingError) as failure:
        _rendered(job, fork=fork)
    assert f"brief.md.j2:{lines + 1}: " in str(failure.value)
    assert message in str(failure.value)


def _own_templates(project: Path) -> None:
    """Give the project its own copy of the templates, which a test may then break."""
    shutil.copytree(REPO / "templates", project / "templates")
    config = project / "mkdocs.yml"
    config.write_text(
        config.read_text(encoding="utf-8").replace(
            f"templates_dir: {REPO / 'templates'}", "templates_dir: templates"
        ),
        encoding="utf-8",
    )


def test_build_reports_a_broken_template_and_exits_1(
    project: Path, run: Callable[..., Result]
) -> None:
    _own_templates(project)
    brief_template = project / "templates" / "pages" / "brief.md.j2"
    lines = brief_template.read_text(encoding="utf-8").count("\n")
    brief_template.write_text(brief_template.read_text(encoding="utf-8") + "{{ nope }}\n")
    result = run("build")
    assert result.exit_code == 1
    assert f"brief.md.j2:{lines + 1}: 'nope' is undefined" in result.output


def test_a_rebuild_removes_the_old_site_but_keeps_hidden_entries(
    project: Path, run: Callable[..., Result]
) -> None:
    site = project / "site"
    (site / "briefs" / "gone").mkdir(parents=True)
    (site / "briefs" / "gone" / "index.html").write_text("stale", encoding="utf-8")
    (site / "stale.html").write_text("stale", encoding="utf-8")
    (site / ".git").mkdir()
    (site / ".git" / "HEAD").write_text("ref", encoding="utf-8")
    leftover = project / f"{OLD_SITE_PREFIX}interrupted"  # from a build that was killed
    (leftover / "briefs").mkdir(parents=True)
    assert run("build").exit_code == 0
    assert not (site / "stale.html").exists()
    assert not (site / "briefs" / "gone").exists()
    assert (site / ".git" / "HEAD").read_text(encoding="utf-8") == "ref"
    assert (site / "index.html").exists()
    assert (site / "pagefind" / "pagefind.js").exists()
    # The old site is deleted in the background, after the build: wait for it.
    deadline = time.monotonic() + 20
    while list(project.glob(f"{OLD_SITE_PREFIX}*")) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert list(project.glob(f"{OLD_SITE_PREFIX}*")) == []


def test_the_old_site_stays_when_the_build_fails(project: Path, run: Callable[..., Result]) -> None:
    (project / "site").mkdir()
    (project / "site" / "stale.html").write_text("stale", encoding="utf-8")
    _own_templates(project)
    (project / "templates" / "pages" / "brief.md.j2").write_text("{{ nope }}\n")
    result = run("build")
    assert result.exit_code == 1
    assert (project / "site" / "stale.html").read_text(encoding="utf-8") == "stale"
    assert list(project.glob(f"{OLD_SITE_PREFIX}*")) == []


def test_a_missing_pagefind_binary_is_one_line(
    project: Path, run: Callable[..., Result], monkeypatch: pytest.MonkeyPatch
) -> None:
    import pagefind_bin

    def missing() -> Path:
        raise FileNotFoundError("Could not find any of [pagefind]")

    monkeypatch.setattr(pagefind_bin, "get_executable", missing)
    monkeypatch.setattr(pipeline, "can_fork", lambda: False)  # the patch must be seen
    result = run("build")
    assert result.exit_code == 1
    assert "search index: the Pagefind binary is missing" in result.output
    assert "pip install 'pagefind[bin]'" in result.output
