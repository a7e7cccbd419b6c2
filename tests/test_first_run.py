"""First run and daily use: the commands as the README types them, one-line mistakes,
the project found from any folder inside it, undated briefs placed sensibly."""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

from builder.library import load_library
from builder.project import find_config
from builder.site.collection import build_collection
from builder.site.render import SiteRenderer
from builder.slugs import slugify
from tests.conftest import FIXTURE_PROJECT, REPO, write_project_config

Run = Callable[..., Result]
ARTICLE = "Harbour board meets\n\nThe Calder harbour board met on Monday to discuss dredging.\n"


def _one_error_line(result: Result) -> str:
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("Error: "), lines[0]
    return lines[0]


# --- the ./briefing wrapper: the README's commands as typed, from a fresh shell -------


def _fresh_shell(*command: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """A command as a new login shell would run it: no virtualenv on the PATH."""
    env = {"PATH": "/usr/local/bin:/usr/bin:/bin", "HOME": str(cwd), "LANG": "C.UTF-8"}
    return subprocess.run(
        ["/bin/sh", "-c", " ".join(command)],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def test_the_wrapper_runs_the_clones_briefing_from_a_fresh_shell() -> None:
    done = _fresh_shell("./briefing", "--version", cwd=REPO)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("briefing, version ")
    assert done.stderr == ""  # set up already: no set-up message, nothing rebuilt
    assert _fresh_shell("command -v briefing", cwd=REPO).returncode != 0  # not on the PATH


def test_the_wrapper_works_on_another_project_and_through_a_symlink(tmp_path: Path) -> None:
    project = tmp_path / "news"
    shutil.copytree(FIXTURE_PROJECT / "briefings", project / "briefings")
    write_project_config(project)
    (tmp_path / "bin").mkdir()
    (tmp_path / "bin/briefing").symlink_to(REPO / "briefing")
    done = _fresh_shell(str(tmp_path / "bin/briefing"), "list", "--format", "ids", cwd=project)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == [
        "2026-02-10-hostile-markup",
        "2026-02-03-tram-extension-approved",
        "2026-01-15-council-delays-tram-vote",
    ]


# --- the project is found upward, or the command says in one line there is none ------


@pytest.fixture
def stray(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder that is not in any project, made the current folder."""
    folder = tmp_path / "downloads"
    folder.mkdir()
    assert find_config(folder) is None
    monkeypatch.chdir(folder)
    return folder


@pytest.mark.parametrize(
    "args",
    [
        ("build",),
        ("serve",),
        ("list",),
        ("check",),
        ("pdf", "--all"),
        ("add", "article.txt"),
        ("add", "--update", "article.txt"),
    ],
)
def test_outside_a_project_every_command_says_so_in_one_line(
    stray: Path, run: Run, args: tuple[str, ...]
) -> None:
    (stray / "article.txt").write_text(ARTICLE, encoding="utf-8")
    result = run(*args)
    assert result.exit_code == 1
    line = _one_error_line(result)
    assert "not a Briefing project: no mkdocs.yml in" in line
    assert "--config-file" in line
    assert sorted(p.name for p in stray.iterdir()) == ["article.txt"]  # no stray briefings/


def test_another_mkdocs_site_is_not_a_briefing_project(stray: Path, run: Run) -> None:
    (stray / "mkdocs.yml").write_text("site_name: Docs\nplugins:\n  - search\n", encoding="utf-8")
    (stray / "article.txt").write_text(ARTICLE, encoding="utf-8")
    result = run("add", "article.txt")
    assert result.exit_code == 1
    assert _one_error_line(result) == (
        "Error: mkdocs.yml: not a Briefing project's configuration: its plugins do not "
        "include 'briefing' (add it under plugins:, or pass --config-file)"
    )
    assert sorted(p.name for p in stray.iterdir()) == ["article.txt", "mkdocs.yml"]
    (stray / "mkdocs.yml").write_text("site_name: Docs\nplugins: [search, briefing]\n")
    assert run("list").exit_code == 0


def test_a_new_project_without_briefs_yet_is_an_empty_collection(stray: Path, run: Run) -> None:
    (stray / "mkdocs.yml").write_text("site_name: News\nplugins: [briefing]\n")
    result = run("list")
    assert (result.exit_code, result.stdout, result.stderr) == (0, "", "0 briefs\n")
    assert run("check").stdout == "OK: 0 briefs checked, no problems.\n"
    assert sorted(p.name for p in stray.iterdir()) == ["mkdocs.yml"]


def test_a_missing_config_file_is_one_line(stray: Path, run: Run) -> None:
    result = run("-f", "elsewhere/mkdocs.yml", "list")
    assert result.exit_code == 1
    assert _one_error_line(result) == "Error: elsewhere/mkdocs.yml: configuration file not found"


def test_commands_find_the_project_from_a_subfolder(
    project: Path, run: Run, engine: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    inner = project / "briefings/sources"
    monkeypatch.chdir(inner)
    assert run("check").exit_code == 0
    assert len(run("list", "--format", "ids").stdout.split()) == 3
    (inner / "note.txt").write_text(ARTICLE, encoding="utf-8")
    result = run("add", "note.txt")
    assert result.exit_code == 0, result.output
    added = list((project / "briefings").glob("*-harbour-board-meets.yaml"))
    assert len(added) == 1
    assert not (inner / "briefings").exists()


def test_config_file_names_a_project_from_anywhere(
    project: Path,
    run: Run,
    tmp_path_factory: pytest.TempPathFactory,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    elsewhere = tmp_path_factory.mktemp("elsewhere")
    assert find_config(elsewhere) is None
    monkeypatch.chdir(elsewhere)
    result = run("-f", str(project / "mkdocs.yml"), "list", "--format", "ids")
    assert result.exit_code == 0, result.output
    assert len(result.stdout.split()) == 3


# --- list: a story or tag that does not exist is named -------------------------------


def test_list_names_a_story_that_does_not_exist(project: Path, run: Run) -> None:
    result = run("list", "--story", "ashford-trams")
    assert result.exit_code == 1
    assert _one_error_line(result) == (
        "Error: no brief has the story 'ashford-trams' (did you mean 'ashford-tram'?)"
    )
    result = run("list", "--story", "no-such-story")
    assert _one_error_line(result) == (
        "Error: no brief has the story 'no-such-story' (story names: ashford-tram)"
    )
    result = run("list", "--tag", "no-such-tag")
    assert result.exit_code == 1
    assert "no brief has the tag 'no-such-tag' (tag names: " in _one_error_line(result)


def test_list_of_an_existing_story_still_counts(project: Path, run: Run) -> None:
    result = run("list", "--story", "ashford-tram")
    assert result.exit_code == 0
    assert result.stderr == "2 briefs\n"


# --- undated briefs: after the dated ones, never "Undated – Undated" ----------------


def _undate(project: Path, *stems: str) -> None:
    for stem in stems:
        path = project / "briefings" / f"{stem}.yaml"
        text = path.read_text(encoding="utf-8")
        path.write_text(re.sub(r"(?m)^published: .*$", "published: null", text), encoding="utf-8")


def _pages(project: Path) -> dict[str, str]:
    library = load_library(project / "briefings")
    assert not library.problems
    pages = SiteRenderer(REPO / "templates").render_all(build_collection(library.briefs))
    return {page.src_uri: page.content for page in pages}


def test_list_puts_undated_briefs_last(project: Path, run: Run) -> None:
    _undate(project, "2026-02-10-hostile-markup")
    lines = run("list").stdout.splitlines()
    assert [line.split()[1] for line in lines] == [
        "2026-02-03-tram-extension-approved",
        "2026-01-15-council-delays-tram-vote",
        "2026-02-10-hostile-markup",
    ]
    assert lines[-1].startswith("undated     2026-02-10-hostile-markup")


def test_an_undated_brief_comes_after_the_dated_ones_in_a_story(project: Path) -> None:
    _undate(project, "2026-01-15-council-delays-tram-vote")
    story = _pages(project)["stories/ashford-tram.md"]
    assert "2 briefs, 3 February 2026, 1 undated" in story
    assert story.index("Ashford approves tram extension") < story.index("council delays vote")


def test_no_page_prints_undated_to_undated(project: Path) -> None:
    stems = [p.stem for p in (project / "briefings").glob("*.yaml")]
    _undate(project, *stems)
    pages = _pages(project)
    assert not [uri for uri, text in pages.items() if "Undated – Undated" in text]
    assert "2 briefs, Undated" in pages["stories/ashford-tram.md"]
    actor = next(text for uri, text in pages.items() if uri.startswith("actors/") and "In " in text)
    assert re.search(r"In \d+ briefs?, Undated</p>", actor)


def test_an_undated_brief_has_no_empty_time_element(project: Path) -> None:
    stems = [p.stem for p in (project / "briefings").glob("*.yaml")]
    _undate(project, stems[0])
    pages = _pages(project)
    # An empty datetime is invalid HTML and reads as a date of nothing to machines.
    assert not [uri for uri, text in pages.items() if 'datetime=""' in text]
    assert '<span class="brief-undated">Undated</span>' in pages[f"briefs/{stems[0]}.md"]


def _infer(project: Path, stem: str, fields: str) -> None:
    path = project / "briefings" / f"{stem}.yaml"
    text = path.read_text(encoding="utf-8")
    text = re.sub(r"(?m)^  inferred: .*\n", "", text)
    text = re.sub(r"(?m)^(  sha256: .*)$", rf"\1\n  inferred: [{fields}]", text, count=1)
    path.write_text(text, encoding="utf-8")


def test_a_guessed_date_and_outlet_are_marked_on_the_brief_page(project: Path) -> None:
    stem = "2026-01-15-council-delays-tram-vote"
    page = _pages(project)[f"briefs/{stem}.md"]
    assert "(date inferred)" not in page and "(from the address)" not in page
    _infer(project, stem, "published, outlet")
    page = _pages(project)[f"briefs/{stem}.md"]
    meta = re.search(r'<p class="brief-meta">(.*?)</p>', page)
    assert meta
    assert '<time datetime="2026-01-15">15 January 2026</time>' in meta.group(1)
    assert "(date inferred)" in meta.group(1) and "(from the address)" in meta.group(1)


def test_a_guessed_date_stands_in_the_date_line_of_a_story_timeline(project: Path) -> None:
    stem = "2026-01-15-council-delays-tram-vote"
    _infer(project, stem, "published")
    story = _pages(project)["stories/ashford-tram.md"]
    # One small line: the date and its note together, not the note on a line of its own.
    assert re.search(
        r'<span class="story-date"><time datetime="2026-01-15">15 January 2026</time> '
        r'<span class="brief-inferred"[^>]*>\(date inferred\)</span></span>',
        story,
    )


def test_an_actor_page_spans_its_dated_briefs(project: Path) -> None:
    pages = _pages(project)
    spans = [
        m.group(1)
        for uri, text in pages.items()
        if uri.startswith("actors/") and uri != "actors/index.md"
        for m in [re.search(r"In \d+ briefs?, ([^<]*)</p>", text)]
        if m
    ]
    assert spans
    assert all("Undated" not in span for span in spans)
    assert "15 January – 3 February 2026" in spans


# --- check: every problem of every file, schema errors and all -----------------------


def test_check_reports_bad_evidence_of_a_brief_that_also_fails_the_schema(
    project: Path, run: Run
) -> None:
    path = project / "briefings/2026-02-03-tram-extension-approved.yaml"
    text = path.read_text(encoding="utf-8")
    text = re.sub(r"(?m)^summary_evidence: \[.*\]$", "summary_evidence: [1, 999]", text, count=1)
    path.write_text(text + "colour: blue\n", encoding="utf-8")
    result = run("check")
    assert result.exit_code == 1
    problems = result.stderr.splitlines()
    shown = "briefings/2026-02-03-tram-extension-approved.yaml"
    assert any(p.startswith(f"{shown}:") and p.endswith("colour: unknown field") for p in problems)
    evidence = [p for p in problems if "summary_evidence: sentence 999 does not exist" in p]
    assert len(evidence) == 1, problems
    assert problems[-1] == "Error: 2 problems in briefings"


def test_check_reports_a_missing_answer_and_a_wrong_id_beside_schema_errors(
    project: Path, run: Run
) -> None:
    path = project / "briefings/2026-01-15-council-delays-tram-vote.yaml"
    text = path.read_text(encoding="utf-8")
    text = text.replace("id: 2026-01-15-council-delays-tram-vote", "id: council-vote", 1)
    path.write_text(text.replace("title:", "tittle:", 1), encoding="utf-8")
    problems = run("check").stderr.splitlines()
    wrong_id = "id: 'council-vote' differs from the file name '2026-01-15-council-delays-tram-vote'"
    assert any(p.endswith(wrong_id) for p in problems), problems
    assert any(p.endswith("tittle: unknown field") for p in problems)
    assert any(p.endswith("title: required field is missing") for p in problems)


# --- serve: a busy port is one line with a hint, and nothing is left behind ----------


def test_serve_on_a_busy_port_is_one_line_with_a_hint(
    project: Path, run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    monkeypatch.setattr("tempfile.tempdir", str(scratch))
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = run("serve", "--dev-addr", f"127.0.0.1:{port}")
    assert result.exit_code == 1
    assert _one_error_line(result) == (
        f"Error: cannot serve on 127.0.0.1:{port}: the port is in use (by another briefing "
        f"serve?); stop that server, or pick another port: briefing serve --dev-addr "
        f"127.0.0.1:{port + 1}"
    )
    assert list(scratch.iterdir()) == []


def test_serve_refuses_an_address_without_a_port(project: Path, run: Run) -> None:
    result = run("serve", "--dev-addr", "localhost")
    assert result.exit_code == 1
    assert "give an address as IP:PORT" in _one_error_line(result)


# --- the README: commands as typed, ids that exist, the id rule kept ------------------


def test_readme_examples_use_the_wrapper_and_say_how_to_install_globally() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert "./briefing add" in readme
    assert "pipx install ." in readme
    assert "source .venv/bin/activate" in readme
    assert os.access(REPO / "briefing", os.X_OK)
    blocks = re.findall(r"```sh\n(.*?)```", readme, flags=re.DOTALL)
    typed = [line for block in blocks for line in block.splitlines()]
    assert not [line for line in typed if re.match(r"(\S+ \| )?briefing ", line)]


def test_readme_ids_are_bundled_briefs_or_follow_the_id_rule() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    bundled = {path.stem for path in (REPO / "briefings").glob("*.yaml")}
    rule = re.search(r'"([^"]+)"\s+published on 2 March 2026 becomes `([^`]+)`', readme)
    assert rule is not None
    assert rule.group(2) == f"2026-03-02-{slugify(rule.group(1))}"
    mentioned = set(re.findall(r"\b20\d\d-\d\d-\d\d-[a-z0-9-]*[a-z0-9]", readme))
    assert mentioned - bundled == {rule.group(2)}
