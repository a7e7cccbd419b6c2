"""Generated pages converted to HTML in worker processes build the very site MkDocs would
build converting them itself: same bytes, same warnings, same strict failures."""

from __future__ import annotations

import json
import logging
import os
import shutil
from collections.abc import Callable
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

import pytest
from click.testing import Result
from mkdocs.config import load_config
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.pages import Page
from mkdocs.utils.meta import get_data

from builder.library import load_library
from builder.site import pipeline, plugin
from builder.site.collection import build_collection
from builder.site.generated_pages import (
    Converted,
    GeneratedFile,
    GeneratedPage,
    MarkdownConverter,
    html_may_wait,
    nav_titles,
)
from builder.site.pipeline import RenderedPage, RenderJob, can_fork
from builder.site.render import SiteRenderer
from tests.conftest import REPO, snapshot

needs_fork = pytest.mark.skipif(
    not can_fork(), reason="needs Linux, two cores and no running threads"
)


def _site(project: Path, run: Callable[..., Result], name: str) -> dict[str, str]:
    result = run("build", "--site-dir", str(project / name))
    assert result.exit_code == 0, result.output
    entry = json.loads((project / name / "pagefind" / "pagefind-entry.json").read_text())
    assert entry["languages"]["en"]["page_count"] == 3  # every brief, however early it began
    # Pagefind names its bundle files by hashes that differ from run to run.
    return {k: v for k, v in snapshot(project / name).items() if not k.startswith("pagefind/")}


def _count_conversions_here(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The pages whose Markdown MkDocs converts in this (the build) process."""
    converted: list[str] = []
    render = Page.render

    def counting(page: Page, config: object, files: Files) -> None:
        converted.append(page.file.src_uri)
        render(page, config, files)  # type: ignore[arg-type]

    monkeypatch.setattr(Page, "render", counting)
    return converted


@needs_fork
@pytest.mark.parametrize(("first", "chunk"), [(8, 64), (1, 3)])
def test_pages_converted_by_workers_build_the_same_site_byte_for_byte(
    project: Path,
    run: Callable[..., Result],
    monkeypatch: pytest.MonkeyPatch,
    first: int,
    chunk: int,
) -> None:
    monkeypatch.setattr(pipeline, "FIRST_CHUNK", first)
    monkeypatch.setattr(pipeline, "CHUNK", chunk)
    here = _count_conversions_here(monkeypatch)
    waiting = _site(project, run, "waiting")  # HTML installed as MkDocs builds each page
    assert here == ["about.md"]  # every generated page came converted from a worker
    monkeypatch.setattr(plugin, "html_may_wait", lambda config, plugin: False)
    eager = _site(project, run, "eager")  # HTML installed as MkDocs reads each page
    assert here == ["about.md", "about.md"]
    monkeypatch.setattr(pipeline, "can_fork", lambda: False)
    here.clear()
    local = _site(project, run, "local")
    assert len(here) > 20 and "index.md" in here and "about.md" in here
    assert waiting == eager == local
    assert "briefs/2026-02-03-tram-extension-approved/index.html" in local


def test_html_waits_only_while_no_other_plugin_looks_at_pages(project: Path) -> None:
    config = load_config(str(project / "mkdocs.yml"))
    ours = config.plugins["briefing"]
    assert html_may_wait(config, ours)  # Material's search looks later (on_page_context)

    def peek(markdown: str, **_: object) -> str:
        return markdown

    config.plugins.events["page_markdown"].append(peek)
    assert not html_may_wait(config, ours)


def test_page_data_is_what_mkdocs_reads_from_the_front_matter(project: Path) -> None:
    library = load_library(project / "briefings")
    renderer = SiteRenderer(REPO / "templates")
    job = RenderJob(renderer, renderer.plan(build_collection(library.briefs)), None)
    for plan in job.plans:
        page: RenderedPage[object] = job.render_page(plan, None)
        assert get_data(page.source) == (page.markdown, page.meta), plan.src_uri


@pytest.mark.parametrize("fork", [True, False])
def test_a_broken_link_in_a_generated_page_warns_in_the_build_and_fails_strict(
    project: Path,
    run: Callable[..., Result],
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    fork: bool,
) -> None:
    if fork and not can_fork():
        pytest.skip("needs Linux, two cores and no running threads")
    monkeypatch.setattr(pipeline, "can_fork", lambda: fork)
    templates = project / "templates"
    shutil.copytree(REPO / "templates", templates)
    (project / "mkdocs.yml").write_text(
        (project / "mkdocs.yml")
        .read_text(encoding="utf-8")
        .replace(f"templates_dir: {REPO / 'templates'}", "templates_dir: templates"),
        encoding="utf-8",
    )
    tag = templates / "pages" / "tag.md.j2"
    tag.write_text(tag.read_text(encoding="utf-8") + "\n[gone](../no-such-page.md)\n")
    with caplog.at_level(logging.WARNING, logger="mkdocs"):
        result = run("build", "--strict")
    assert result.exit_code == 1
    assert "in strict mode" in result.output
    warnings = [r.getMessage() for r in caplog.records if "no-such-page.md" in r.getMessage()]
    assert warnings, caplog.text
    assert all(w.startswith("Doc file 'tags/") for w in warnings)
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="mkdocs"):
        assert run("build", "--no-strict").exit_code == 0
    assert any("no-such-page.md" in r.getMessage() for r in caplog.records)


def _page(
    project: Path, converted: Converted | None, *, waits: bool = False
) -> tuple[GeneratedPage, Files]:
    config = load_config(str(project / "mkdocs.yml"))
    file = GeneratedFile(
        "notes/x.md",
        src_dir=None,
        dest_dir=str(project / "site"),
        use_directory_urls=True,
        inclusion=InclusionLevel.NOT_IN_NAV,
    )
    file.content_string = ""
    files = Files([file])
    rendered: RenderedPage[Converted] = RenderedPage(
        "## Hello\n\nWorld.\n", {"title": "X"}, converted
    )
    page = GeneratedPage(
        None, file, config, meta={"title": "X"}, source=lambda: rendered, waits=waits
    )
    page.read_source(config)
    return page, files


def test_a_page_takes_the_workers_html_and_its_file_reads_as_the_page_text(
    project: Path,
) -> None:
    config = load_config(str(project / "mkdocs.yml"))
    page, files = _page(project, None)
    reference = MarkdownConverter(config, files)("notes/x.md", page.markdown or "")
    assert '<h2 id="hello">Hello' in reference.content
    assert reference.anchor_ids == {"hello"}
    page, files = _page(project, reference)
    assert isinstance(page.file, File)
    assert page.file.content_string == '---\ntitle: "X"\n---\n\n## Hello\n\nWorld.\n'
    page.render(config, files)
    assert page.content == reference.content
    assert [item.title for item in page.toc] == ["Hello"]
    assert page.present_anchor_ids == {"hello"}
    assert page.title == "X"


def test_a_page_whose_html_waits_receives_it_before_it_is_built(project: Path) -> None:
    config = load_config(str(project / "mkdocs.yml"))
    page, files = _page(project, None)
    reference = MarkdownConverter(config, files)("notes/x.md", page.markdown or "")
    page, files = _page(project, reference, waits=True)
    assert (page.markdown, page.meta, page.title) == ("", {"title": "X"}, "X")
    assert page.file.content_string == ""  # nothing has arrived yet
    page.render(config, files)
    assert page.content == ""
    page.receive(config, files)
    assert page.content == reference.content
    assert page.markdown == "## Hello\n\nWorld.\n"
    assert page.present_anchor_ids == {"hello"}
    assert page.file.content_string.endswith("## Hello\n\nWorld.\n")
    content = page.content
    page.receive(config, files)  # once only
    assert page.content is content


def test_markdown_a_plugin_changed_is_converted_again(project: Path) -> None:
    config = load_config(str(project / "mkdocs.yml"))
    stale = Converted("<p>stale</p>", _page(project, None)[0].toc, None, frozenset(), None, ())
    page, files = _page(project, stale)
    page.markdown = "Changed by a plugin.\n"  # what on_page_markdown may return
    page.render(config, files)
    assert page.content == "<p>Changed by a plugin.</p>"


def test_worker_warnings_are_collected_not_printed(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = load_config(str(project / "mkdocs.yml"))
    _, files = _page(project, None)
    converted = MarkdownConverter(config, files)("notes/x.md", "[a](missing.md)\n")
    assert [line.message for line in converted.logs] == [
        "Doc file 'notes/x.md' contains a link 'missing.md', but the target "
        "'notes/missing.md' is not found among documentation files."
    ]
    assert "missing.md" not in capsys.readouterr().err


def test_nav_titles_come_from_the_nav_at_any_depth() -> None:
    nav = [{"Home": "index.md"}, {"More": [{"About us": "about.md"}, "plain.md"]}]
    assert nav_titles(nav) == {"index.md": "Home", "about.md": "About us"}
    assert nav_titles(None) == {}


def _worker_dies(start: int, stop: int) -> list[object]:
    os._exit(3)  # as the kernel's out-of-memory killer would end it


@needs_fork
def test_a_worker_that_dies_is_one_line_and_exit_1(
    project: Path, run: Callable[..., Result], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pipeline, "_render_range", _worker_dies)
    result = run("build")
    assert result.exit_code == 1
    assert "Error: site build failed: a page worker stopped unexpectedly" in result.output
    assert "Traceback" not in result.output


def test_a_worker_that_dies_while_work_is_handed_out_is_one_line_and_exit_1(
    project: Path, run: Callable[..., Result], monkeypatch: pytest.MonkeyPatch
) -> None:
    # The race the test above can hit: a worker dies before every chunk is submitted.
    def broken(*args: object, **kwargs: object) -> None:
        raise BrokenProcessPool("A child process terminated abruptly")

    monkeypatch.setattr(plugin, "start_rendering", broken)
    result = run("build")
    assert result.exit_code == 1
    assert "Error: site build failed: a page worker stopped unexpectedly" in result.output
    assert "Traceback" not in result.output


def test_the_build_log_names_the_site_folder_not_the_staging_one(
    project: Path, run: Callable[..., Result], caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.INFO, logger="mkdocs"):
        assert run("build", "--site-dir", "public").exit_code == 0
    messages = [record.getMessage() for record in caplog.records]
    assert f"Building documentation to directory: {project / 'public'}" in messages
    assert not [m for m in messages if ".briefing-new-" in m]
