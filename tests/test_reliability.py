"""The collection is safe under mistakes, crashes, races and hostile files.

Each destructive case runs against a copy of the example collection (briefings/, the
templates, mkdocs.yml) and asserts the exit code, the one-line message, and that the
briefings folder's hashes are unchanged, or changed only as intended. Cases that would
hang, exhaust memory or crash the interpreter if a guard failed run in a child process
with a timeout and a memory limit. Stress loops are marked ``stress`` (run them with
``pytest -m stress``); the default run keeps one pass of each.
"""

from __future__ import annotations

import datetime as dt
import os
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import pytest
import yaml
from click.testing import Result

from builder.add import MAX_ARTICLE_CHARS, add_articles
from builder.article import Article
from builder.brief_limits import MAX_ITEMS, MAX_TEXT
from builder.extract import Analysis
from builder.extract.engine import AnalysisResult, Engine
from builder.ingest.sources import Source
from builder.locks import folder_lock
from builder.owned_temp import owned_mkdtemp, owner_tag, remove_dead_leftovers
from builder.site.site_dir import NEW_SITE_PREFIX, OLD_SITE_PREFIX

from .conftest import REPO, snapshot

Run = Callable[..., Result]
EXAMPLE_ID = "2026-03-02-harbour-board-approves-dredging-plan"
ARTICLE = (
    "Harbour trust weighs new ferry pier\n\n"
    "The Calder harbour trust will vote next month on a new ferry pier, its chair said on "
    "Monday. The pier would cost about $12m and take two years to build.\n\n"
    "Fishers say the works could disturb the oyster beds during spawning season. It remains "
    "unclear whether the state will fund part of the cost.\n"
)


@pytest.fixture
def example(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A writable copy of the example project (briefings, templates, mkdocs.yml), made the
    current folder."""
    root = tmp_path / "project"
    root.mkdir()
    shutil.copytree(REPO / "briefings", root / "briefings")
    shutil.copytree(REPO / "templates", root / "templates")
    shutil.copy(REPO / "mkdocs.yml", root / "mkdocs.yml")
    monkeypatch.chdir(root)
    return root


def _error_lines(result: Result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.strip()]


def _refused(result: Result, *lines: str) -> None:
    """Exit 1, no traceback, and exactly these lines on stderr (in order, among others)."""
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    shown = _error_lines(result)
    for line in lines:
        assert line in shown, f"{line!r} not in {shown!r}"


def _cli(
    args: list[str], cwd: Path, *, timeout: float = 120, memory: int = 3 << 30
) -> subprocess.CompletedProcess[str]:
    """The CLI in a child process, which a hang or a runaway read cannot take down with it."""

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (memory, memory))

    return subprocess.run(
        [sys.executable, "-m", "builder", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=timeout,
        preexec_fn=limit,
        check=False,
    )


# 1. A site folder that would delete the collection is refused ---------------------------


@pytest.mark.parametrize(
    ("site_dir", "message"),
    [
        ("briefings", "the site folder briefings is the briefings folder"),
        ("briefings/sources", "the site folder briefings/sources lies inside the briefings folder"),
        (".", "the site folder . is the project folder (where mkdocs.yml is)"),
        ("..", "the site folder .. holds the briefings folder (briefings)"),
        ("templates", "the site folder templates is the templates folder"),
        ("templates/docs/x", "the site folder templates/docs/x lies inside the templates folder"),
    ],
)
def test_a_site_folder_holding_or_inside_the_collection_is_refused(
    example: Path, run: Run, site_dir: str, message: str
) -> None:
    before, templates = snapshot(example / "briefings"), snapshot(example / "templates")
    result = run("build", "--site-dir", site_dir)
    _refused(
        result,
        f"Error: {message}: building there would delete it; choose another --site-dir",
    )
    assert snapshot(example / "briefings") == before
    assert snapshot(example / "templates") == templates


def test_plain_mkdocs_build_refuses_the_briefings_folder_too(example: Path) -> None:
    before = snapshot(example / "briefings")
    done = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "-q", "-d", "briefings"],
        cwd=example,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert done.returncode == 1
    assert "the site folder briefings is the briefings folder" in done.stderr
    assert snapshot(example / "briefings") == before


# 2. Concurrent adds never claim the same id ----------------------------------------------


def _same_headline(folder: Path, name: str, body: str) -> Path:
    path = folder / name
    path.write_text(f"Harbour trust weighs new ferry pier\n\n{body}\n", encoding="utf-8")
    return path


class _SlowEngine:
    """An engine slow enough that two adds overlap: both read the collection first."""

    name = "slow 0"

    def analyze(self, articles: Sequence[Article]) -> Sequence[AnalysisResult]:
        time.sleep(0.3)
        return [Analysis() for _ in articles]


def _add_at_once(root: Path, files: list[Path]) -> list[str]:
    """``add_articles`` for each file in its own thread, all started together."""
    barrier = threading.Barrier(len(files))
    results: list[str] = [""] * len(files)

    def one(i: int, path: Path) -> None:
        barrier.wait()
        (outcome,) = add_articles(
            [Source(str(path), "file", path)],
            root,
            today=dt.date(2026, 12, 1),
            now=dt.datetime(2026, 12, 1, tzinfo=dt.UTC),
            engine=_SlowEngine(),
        )
        results[i] = f"{outcome.status} {outcome.detail}"

    threads = [threading.Thread(target=one, args=(i, p)) for i, p in enumerate(files)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    return results


def test_two_adds_at_once_with_one_headline_get_distinct_ids(example: Path, tmp_path: Path) -> None:
    one = _same_headline(tmp_path, "one.txt", "The first article says the pier costs $12m.")
    two = _same_headline(tmp_path, "two.txt", "The second article says the pier costs $15m.")
    results = sorted(_add_at_once(example / "briefings", [one, two]))
    base = "2026-12-01-harbour-trust-weighs-new-ferry-pier"
    assert results == [f"added {base}", f"added {base}-2"]
    stored = {p.read_bytes() for p in (example / "briefings" / "sources").glob(f"{base}*")}
    assert stored == {one.read_bytes(), two.read_bytes()}
    assert (example / "briefings" / f"{base}.yaml").exists()
    assert (example / "briefings" / f"{base}-2.yaml").exists()


def test_the_same_article_twice_at_once_is_added_once(example: Path, tmp_path: Path) -> None:
    one = _same_headline(tmp_path, "one.txt", "The pier costs $12m, the trust said.")
    copy = tmp_path / "copy.txt"
    shutil.copy(one, copy)
    results = sorted(_add_at_once(example / "briefings", [one, copy]))
    base = "2026-12-01-harbour-trust-weighs-new-ferry-pier"
    assert results == [f"added {base}", f"skipped already added as {base}"]
    assert len(list((example / "briefings").glob(f"{base}*.yaml"))) == 1


def test_an_add_waits_for_the_collection_and_says_so(
    example: Path, run: Run, engine: list[int], tmp_path: Path
) -> None:
    article = tmp_path / "pier.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    locked = threading.Event()
    release = threading.Event()

    def hold() -> None:
        with folder_lock(example / "briefings"):
            locked.set()
            release.wait(30)

    holder = threading.Thread(target=hold)
    holder.start()
    locked.wait(10)
    threading.Timer(0.5, release.set).start()
    result = run("add", str(article))
    holder.join()
    assert result.exit_code == 0, result.output
    assert "Waiting for another briefing command to finish with briefings/..." in result.stderr
    assert result.stdout.startswith("added ")


@pytest.mark.stress
def test_stress_concurrent_adds_of_one_headline(example: Path, tmp_path: Path) -> None:
    """Pairs of real `briefing add` processes at once, thirteen times: never one id twice."""
    for round_ in range(13):
        files = [
            _same_headline(tmp_path, f"r{round_}-{k}.txt", f"Round {round_}, article {k}.")
            for k in range(2)
        ]
        children = [
            subprocess.Popen(
                [sys.executable, "-m", "builder", "add", str(path)],
                cwd=example,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for path in files
        ]
        outputs = [child.communicate(timeout=300)[0] for child in children]
        assert all(child.returncode == 0 for child in children), outputs
        ids = [line.split(": ", 1)[1].split(" ")[0] for line in outputs]
        assert len(set(ids)) == 2, outputs
    stored = list((example / "briefings" / "sources").glob("*harbour-trust-weighs*"))
    assert len(stored) == 26


# 3. A failed build leaves the last good site as it was -----------------------------------


def test_a_failed_build_leaves_the_old_site_untouched(example: Path, run: Run) -> None:
    assert run("build").exit_code == 0
    site = snapshot(example / "site")
    template = example / "templates" / "pages" / "brief.md.j2"
    template.write_text(template.read_text(encoding="utf-8") + "{{ nope }}\n", encoding="utf-8")
    result = run("build")
    assert result.exit_code == 1
    assert "'nope' is undefined" in result.stderr
    assert snapshot(example / "site") == site
    _wait_until_gone(example, f"{NEW_SITE_PREFIX}*")


def _wait_until_gone(folder: Path, pattern: str, seconds: float = 20) -> None:
    """Leftovers are deleted by a low-priority background process: wait for it."""
    deadline = time.monotonic() + seconds
    while list(folder.glob(pattern)) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert list(folder.glob(pattern)) == []


def _children(pid: int) -> set[int]:
    found: set[int] = set()
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            found.update(int(c) for c in (task / "children").read_text().split())
        except OSError:
            continue
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state != "Z"


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs Linux /proc")
def test_a_killed_build_keeps_the_old_site_leaks_no_workers_and_is_cleaned_up(
    example: Path, run: Run
) -> None:
    assert run("build").exit_code == 0
    site = snapshot(example / "site")
    build = subprocess.Popen(
        [sys.executable, "-m", "builder", "build"],
        cwd=example,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    # Kill it once its page workers are running (at least two children besides the
    # Pagefind runner may not exist on one core: then any child will do).
    deadline = time.monotonic() + 60
    children: set[int] = set()
    while time.monotonic() < deadline and build.poll() is None:
        children = _children(build.pid)
        if len(children) >= (2 if len(os.sched_getaffinity(0)) > 1 else 1):
            break
        time.sleep(0.01)
    assert build.poll() is None, "the build ended before it could be killed"
    build.send_signal(signal.SIGKILL)
    build.wait()
    # Workers die at once; a child deleting the last build's leftovers finishes its work
    # first, at low priority, which on a loaded machine can take more than a few seconds.
    deadline = time.monotonic() + 60
    while any(_alive(child) for child in children) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(_alive(child) for child in children), "workers outlived the build"
    assert snapshot(example / "site") == site
    tag = f"{build.pid}."
    search_left = list(Path(tempfile.gettempdir()).glob(f"briefing-search-{tag}*"))
    staging_left = list(example.glob(f"{NEW_SITE_PREFIX}{tag}*"))
    assert search_left or staging_left  # the crash left them ...
    assert run("build").exit_code == 0  # ... and the next build removes them
    _wait_until_gone(example, f"{NEW_SITE_PREFIX}{tag}*")
    assert not any(p.exists() for p in search_left)


def test_leftovers_are_deleted_only_when_their_owner_is_dead(tmp_path: Path) -> None:
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    mine = owned_mkdtemp("briefing-search-", tmp_path)
    theirs = tmp_path / f"briefing-search-{owner_tag(dead.pid).split('.')[0]}.12345-abc"
    theirs.mkdir()
    live_parent = tmp_path / f"briefing-search-{owner_tag(os.getppid())}-xyz"
    live_parent.mkdir()
    unknown = tmp_path / "briefing-search-not-ours"
    unknown.mkdir()
    assert remove_dead_leftovers("briefing-search-", tmp_path) == [theirs]
    assert mine.exists() and live_parent.exists() and unknown.exists()


# 4. An add cut off between the original and its brief is recoverable ---------------------


def test_an_orphaned_original_is_reported_and_adopted(
    example: Path, run: Run, engine: list[int], tmp_path: Path
) -> None:
    article = tmp_path / "pier.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    assert run("add", str(article)).exit_code == 0
    (brief,) = (example / "briefings").glob("*ferry-pier.yaml")
    brief.unlink()  # what a crash after storing the original and before the brief leaves
    stored = f"briefings/sources/{brief.stem}.txt"
    result = run("check")
    _refused(
        result,
        f"{stored}:1: file: stored article that no brief names (an interrupted add?): add the "
        "article again to adopt it, or delete the file",
    )
    result = run("add", str(article))
    assert result.exit_code == 0, result.output
    assert result.stdout == (f"added {article}: briefings/{brief.stem}.yaml (original: {stored})\n")
    assert run("check").exit_code == 0


def test_leftover_temporary_files_are_reported_ignored_by_git_and_cleaned(
    example: Path, run: Run, engine: list[int], tmp_path: Path
) -> None:
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    leftover = example / "briefings" / f".{EXAMPLE_ID}.yaml.{dead.pid}.999-x1y2.tmp"
    leftover.write_text("half a brief", encoding="utf-8")
    _refused(
        run("check"),
        f"briefings/{leftover.name}:1: file: temporary file of an interrupted write: delete it "
        "(briefing add removes those of finished processes)",
    )
    ignored = subprocess.run(
        ["git", "check-ignore", "-q", f"briefings/{leftover.name}"], cwd=REPO, check=False
    )
    assert ignored.returncode == 0
    article = tmp_path / "pier.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    assert run("add", str(article)).exit_code == 0
    assert not leftover.exists()
    assert run("check").exit_code == 0


# 5. Nothing outside the collection is read or written through a symbolic link -------------


@pytest.fixture
def secret(tmp_path: Path) -> Path:
    path = tmp_path / "outside" / "shadow"
    path.parent.mkdir()
    path.write_text("root:$6$secret-hash:19000:0:99999:7:::\n", encoding="utf-8")
    return path


def test_a_brief_linked_outside_is_not_read(example: Path, run: Run, secret: Path) -> None:
    (example / "briefings" / "evil.yaml").symlink_to(secret)
    before = snapshot(example / "briefings")
    result = run("check")
    _refused(
        result,
        "briefings/evil.yaml:1: file: is a symbolic link to outside the briefings folder; not read",
        "Error: 1 problem in briefings",
    )
    assert "secret" not in result.output
    assert snapshot(example / "briefings") == before


def test_a_stored_original_linked_outside_is_not_read(
    example: Path, run: Run, secret: Path
) -> None:
    stored = example / "briefings" / "sources" / f"{EXAMPLE_ID}.txt"
    shutil.copy(stored, secret)
    stored.unlink()
    stored.symlink_to(secret)
    for command in ("check", "build"):
        result = run(command)
        assert result.exit_code == 1
        assert any(
            line.endswith(
                f"source.file: stored article 'sources/{EXAMPLE_ID}.txt' is a symbolic link "
                "to outside the briefings folder; not read"
            )
            for line in _error_lines(result)
        ), result.stderr
    assert not (example / "site").exists()


def test_adding_a_folder_skips_symbolic_links_unless_asked(
    example: Path, run: Run, engine: list[int], secret: Path, tmp_path: Path
) -> None:
    clippings = tmp_path / "clippings"
    clippings.mkdir()
    (clippings / "pier.txt").write_text(ARTICLE, encoding="utf-8")
    (clippings / "passwd.txt").symlink_to(secret)
    result = run("add", str(clippings))
    assert result.exit_code == 0, result.output
    assert (
        f"skipped {clippings / 'passwd.txt'}: a symbolic link, not read (give "
        "--follow-symlinks to read it)"
    ) in result.stdout.splitlines()
    stored = "".join(
        p.read_text(encoding="utf-8") for p in (example / "briefings" / "sources").iterdir()
    )
    assert "secret-hash" not in stored
    result = run("add", "--follow-symlinks", str(clippings))
    assert result.exit_code == 0, result.output
    assert any(
        line.startswith(f"added {clippings / 'passwd.txt'}") for line in result.stdout.splitlines()
    )


def test_a_sources_folder_linked_outside_is_not_written_through(
    example: Path, run: Run, engine: list[int], tmp_path: Path
) -> None:
    outside = tmp_path / "elsewhere"
    shutil.move(example / "briefings" / "sources", outside)
    (example / "briefings" / "sources").symlink_to(outside)
    before = snapshot(outside)
    article = tmp_path / "pier.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    result = run("add", str(article))
    _refused(
        result,
        f"Error: {article}: not written: briefings/sources is a symbolic link to outside the "
        "briefings folder",
    )
    assert snapshot(outside) == before
    assert not list((example / "briefings").glob("*ferry-pier*"))


# 6. Devices, FIFOs and sockets are refused without reading them ---------------------------


def test_devices_and_fifos_are_refused_and_the_batch_goes_on(example: Path, tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    article = tmp_path / "pier.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    before = snapshot(example / "briefings")
    done = _cli(["add", "/dev/zero", str(fifo), str(article)], example, timeout=180)
    assert done.returncode == 1, done.stderr
    lines = done.stderr.splitlines()
    assert "Error: /dev/zero: is a device, not a regular file" in lines
    assert f"Error: {fifo}: is a named pipe (FIFO), not a regular file" in lines
    assert "Error: 2 of 3 sources failed (1 added, 0 skipped)" in lines
    added = set(snapshot(example / "briefings")) - set(before)
    assert len(added) == 2  # the article's brief and its original, nothing else changed


# 7. Articles too long to analyse are refused by name --------------------------------------


def test_an_overlong_article_is_refused_and_the_batch_goes_on(
    example: Path, run: Run, engine: list[int], tmp_path: Path
) -> None:
    long = tmp_path / "long.txt"
    sentence = "The council met again on Tuesday to discuss the harbour plan. "
    long.write_text("A very long report\n\n" + sentence * (MAX_ARTICLE_CHARS // len(sentence) + 5))
    article = tmp_path / "pier.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    result = run("add", str(long), str(article))
    text_length = len(sentence * (MAX_ARTICLE_CHARS // len(sentence) + 5).__index__()) - 1
    _refused(
        result,
        f"Error: {long}: is too long for one article ({text_length:,} characters of text; "
        f"the limit is {MAX_ARTICLE_CHARS:,})",
        "Error: 1 of 2 sources failed (1 added, 0 skipped)",
    )
    assert engine == [1]  # only the readable article reached the engine


# 8. Control characters: refused in briefs, stripped from articles, never printed ----------


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_control_characters_in_a_brief_are_refused_by_check_and_build(
    example: Path, run: Run
) -> None:
    brief = example / "briefings" / f"{EXAMPLE_ID}.yaml"
    _edit(brief, "title: ", 'title: "\\e[2J\\a"\ntitle_was: ')
    _edit(brief, "title_was: ", "# ")
    before = snapshot(example / "briefings")
    for command in ("check", "build"):
        _refused(
            run(command),
            f"briefings/{EXAMPLE_ID}.yaml:3: title: contains a control character (U+001B); "
            "remove it",
        )
    assert snapshot(example / "briefings") == before


def test_escape_sequences_are_stripped_from_articles_and_never_printed(
    example: Path, run: Run, engine: list[int], tmp_path: Path
) -> None:
    article = tmp_path / "pier\x1b[31m.txt"
    article.write_text(
        "Harbour \x1b]0;owned\x07trust\x1b[2J weighs pier\x07\n\n" + ARTICLE.split("\n\n", 1)[1],
        encoding="utf-8",
    )
    result = run("add", str(article))
    assert result.exit_code == 0, result.output
    assert "\x1b" not in result.output and "\x07" not in result.output
    assert "pier\\x1b[31m.txt" in result.stdout
    (brief,) = (example / "briefings").glob("*weighs-pier.yaml")
    data = yaml.safe_load(brief.read_text(encoding="utf-8"))
    assert data["title"] == "Harbour trust weighs pier"
    result = run("list")
    assert result.exit_code == 0
    assert "\x1b" not in result.output
    assert run("check").exit_code == 0


# 9. YAML that would take minutes, or crash the interpreter, is refused at once -------------


def _alias_bomb(levels: int) -> str:
    lines = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for i in range(1, levels + 1):
        refs = ", ".join([f"*a{i - 1}"] * 9)
        lines.append(f"a{i}: &a{i} [{refs}]")
    return "\n".join(lines) + "\n"


def test_an_alias_bomb_is_refused_at_once(example: Path, run: Run) -> None:
    (example / "briefings" / "bomb.yaml").write_text(_alias_bomb(10), encoding="utf-8")
    started = time.monotonic()
    result = run("check")
    assert time.monotonic() - started < 30  # before: over 300 seconds
    _refused(
        result,
        "briefings/bomb.yaml:2:10: syntax: aliases (*name) are not allowed (briefs are plain data)",
    )


@pytest.mark.parametrize("depth", [1_000, 200_000])
def test_deep_nesting_is_refused_without_a_crash(example: Path, depth: int) -> None:
    (example / "briefings" / "deep.yaml").write_text(
        "title: " + "[" * depth + "]" * depth + "\n", encoding="utf-8"
    )
    done = _cli(["check"], example)  # a segfault would end only the child
    assert done.returncode == 1, done.stderr
    assert done.stderr.splitlines()[0] == (
        "briefings/deep.yaml:1:27: syntax: nested more than 20 levels deep (briefs are flat data)"
    )


def test_oversized_fields_and_lists_are_refused_with_their_lines(example: Path, run: Run) -> None:
    brief = example / "briefings" / f"{EXAMPLE_ID}.yaml"
    _edit(brief, "tags: [", "tags: [" + ", ".join(f"t{i}" for i in range(100_000)) + ", ")
    _edit(brief, "summary: >-\n", f"summary: {'word ' * (MAX_TEXT // 5 + 1)}\nsummary_was: >-\n")
    data = brief.read_text(encoding="utf-8").replace("summary_was: >-\n", "comment: |-\n")
    brief.write_text(data, encoding="utf-8")
    started = time.monotonic()
    result = run("check")
    # A wide margin for a loaded machine: the quadratic check took 12.7 s for 40,000 tags,
    # so over a minute for these.
    assert time.monotonic() - started < 20
    _refused(
        result,
        f"briefings/{EXAMPLE_ID}.yaml:15: tags: has 100,003 items; the limit is {MAX_ITEMS:,}",
        f"briefings/{EXAMPLE_ID}.yaml:16: summary: is {MAX_TEXT + 4:,} characters long; the "
        f"limit is {MAX_TEXT:,}",
    )


def test_a_huge_brief_file_is_not_read(example: Path, run: Run) -> None:
    (example / "briefings" / "huge.yaml").write_text(
        "summary: " + "x" * (3 * 1024 * 1024) + "\n", encoding="utf-8"
    )
    _refused(
        run("check"),
        "briefings/huge.yaml:1: file: is too large for a brief (3 MB; the limit is 2 MB); not read",
    )


def test_tag_uniqueness_is_checked_in_linear_time() -> None:
    from builder.model import Brief

    tags = [f"t{i}" for i in range(MAX_ITEMS)]
    started = time.monotonic()
    with pytest.raises(ValueError, match="duplicate tag 't0'"):
        Brief._tags_unique([*tags * 50, "t0"])  # type: ignore[operator]
    assert time.monotonic() - started < 5  # quadratic: over a billion comparisons


# 12. Smaller failures, each one line -----------------------------------------------------


def test_a_nul_in_source_file_is_one_line(example: Path, run: Run) -> None:
    brief = example / "briefings" / f"{EXAMPLE_ID}.yaml"
    _edit(brief, f"  file: sources/{EXAMPLE_ID}.txt", '  file: "sources/x\\0.txt"')
    _refused(
        run("check"),
        f"briefings/{EXAMPLE_ID}.yaml:12: source.file: contains a control character "
        "(U+0000); remove it",
    )


def test_pdf_out_onto_a_file_that_is_not_a_pdf_is_one_line(example: Path, run: Run) -> None:
    notes = example / "notes.txt"
    notes.write_text("my notes", encoding="utf-8")
    _refused(
        run("pdf", "--all", "--out", "notes.txt"),
        "Error: --out notes.txt: is a file that is not a PDF; give a folder, or a .pdf file "
        "for one brief or a digest",
    )
    assert notes.read_text(encoding="utf-8") == "my notes"
    (example / "folder.pdf").mkdir()
    _refused(
        run("pdf", EXAMPLE_ID, "--out", "folder.pdf"),
        "Error: --out folder.pdf: is a folder; give a new .pdf file name",
    )


@pytest.fixture
def umask_022() -> Iterator[None]:
    old = os.umask(0o022)
    yield
    os.umask(old)


def test_added_files_follow_the_umask_and_update_keeps_modes(
    example: Path, run: Run, engine: list[int], tmp_path: Path, umask_022: None
) -> None:
    article = tmp_path / "pier.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    assert run("add", str(article)).exit_code == 0
    written = [
        *(example / "briefings").glob("*ferry-pier.yaml"),
        *(example / "briefings" / "sources").glob("*ferry-pier.txt"),
    ]
    assert [oct(p.stat().st_mode & 0o777) for p in written] == ["0o644", "0o644"]
    brief = written[0]
    brief.chmod(0o640)
    _edit(brief, "summary: ''", "summary: ''\n# a note")  # forces nothing; content is equal
    stored = written[1]
    result = run("add", "--update", str(stored))
    assert result.exit_code == 0, result.output
    assert oct(brief.stat().st_mode & 0o777) == "0o640"


class _NewSummaryEngine:
    """An engine whose summary changes each time it runs."""

    name = "summaries 0"

    def __init__(self) -> None:
        self.runs = 0

    def analyze(self, articles: Sequence[Article]) -> Sequence[AnalysisResult]:
        self.runs += 1
        summary = f"Summary number {self.runs} of the pier."
        return [Analysis(summary=summary, summary_evidence=[1]) for _ in articles]


def test_update_keeps_a_reviewers_comments(
    example: Path, run: Run, given_engine: list[Engine], tmp_path: Path
) -> None:
    given_engine.append(_NewSummaryEngine())
    article = tmp_path / "pier.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    assert run("add", str(article)).exit_code == 0
    (brief,) = (example / "briefings").glob("*ferry-pier.yaml")
    original = brief.read_text(encoding="utf-8")
    commented = original.replace("title: ", "# Checked with the outlet on 2 December.\ntitle: ")
    commented = commented.replace("tags: [", "tags: [  # keep these\n  ").replace(
        "summary: ", "# The summary needs another look.\nsummary: "
    )
    brief.write_text(commented, encoding="utf-8")
    result = run("add", "--update", str(article))
    assert result.exit_code == 0, result.output
    text = brief.read_text(encoding="utf-8")
    assert "# Checked with the outlet on 2 December.\ntitle: " in text
    assert "# keep these" in text
    assert "# The summary needs another look.\nsummary: Summary number 2 of the pier.\n" in text
    assert run("check").exit_code == 0


def test_yml_briefs_are_read(example: Path, run: Run) -> None:
    brief = example / "briefings" / f"{EXAMPLE_ID}.yaml"
    brief.rename(brief.with_suffix(".yml"))
    assert run("check").stdout == "OK: 15 briefs checked, no problems.\n"
    _edit(brief.with_suffix(".yml"), "schema: 1", "schema: 1\ncolour: red")
    _refused(run("check"), f"briefings/{EXAMPLE_ID}.yml:2: colour: unknown field")


def test_a_pdf_that_starts_like_text_is_refused(
    example: Path, run: Run, engine: list[int], tmp_path: Path
) -> None:
    pdf = tmp_path / "report.txt"
    xmp = b"<?xpacket begin?><x:xmpmeta>" + b"<dc:title>Harbour report</dc:title>" * 400
    pdf.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + xmp + b"\nstream\n" + bytes(range(256)) * 40)
    before = snapshot(example / "briefings")
    _refused(run("add", str(pdf)), f"Error: {pdf}: is a PDF file, not a text file")
    assert snapshot(example / "briefings") == before


def test_mixed_utf8_and_latin1_is_read_per_byte_with_a_warning(
    example: Path, run: Run, engine: list[int], tmp_path: Path
) -> None:
    article = tmp_path / "mixed.txt"
    article.write_bytes(
        "Café owners fear a lost winter\n\n".encode()
        + "The naïve plan, owners said, ".encode("latin-1")
        + "would close the café terraces in the old town until the spring.\n".encode()
    )
    result = run("add", str(article))
    assert result.exit_code == 0, result.output
    assert (
        f"Warning: {article}: mixes UTF-8 with another encoding: bytes that are not UTF-8 (the "
        "first at byte 39) were read as Windows-1252; check the text"
    ) in result.stderr.splitlines()
    (brief,) = (example / "briefings").glob("*lost-winter.yaml")
    assert yaml.safe_load(brief.read_text(encoding="utf-8"))["title"] == (
        "Café owners fear a lost winter"
    )


def _builds_at_once(example: Path, count: int = 2, stagger: float = 0.0) -> None:
    builds = []
    for _ in range(count):
        builds.append(
            subprocess.Popen(
                [sys.executable, "-m", "builder", "build"],
                cwd=example,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
        )
        time.sleep(stagger)
    outputs = [build.communicate(timeout=300) for build in builds]
    assert [build.returncode for build in builds] == [0] * count, outputs
    assert (example / "site" / "index.html").exists()
    assert (example / "site" / "pagefind" / "pagefind.js").exists()


@pytest.mark.slow
def test_two_builds_at_once_both_succeed(example: Path) -> None:
    _builds_at_once(example)
    _wait_until_gone(example, f"{OLD_SITE_PREFIX}*")


@pytest.mark.stress
def test_stress_builds_at_once(example: Path) -> None:
    """Pairs of builds of one site, started together or staggered, ten times over."""
    for round_ in range(10):
        _builds_at_once(example, stagger=0.25 * (round_ % 4))
    _wait_until_gone(example, f"{OLD_SITE_PREFIX}*")
