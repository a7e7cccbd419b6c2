"""`briefing extract`: the machine-readable contract of PRODUCT.md §8, and the YAML view."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

import yaml
from click.testing import Result

from builder.ingest import read_article
from builder.model import Brief
from builder.slugs import slugify

from .conftest import FIXTURES, snapshot

Run = Callable[..., Result]
ARTICLES = FIXTURES / "articles"
ARTICLE_KEYS = ["title", "text", "published", "outlet", "url", "authors", "language"]


def test_jsonl_one_object_per_input_in_order(
    project: Path, run: Run, engine: list[int], tmp_path: Path
) -> None:
    names = ["article.html", "clean.txt", "front_matter.md", "opengraph_fr.html"]
    for name in names:
        shutil.copy(ARTICLES / name, project / name)
    Path("empty.txt").write_bytes(b"")
    inputs = [names[0], "empty.txt", names[1], "missing.txt", names[2], names[3]]
    before = snapshot(project)

    result = run("extract", "--format", "jsonl", *inputs)

    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) == len(inputs)
    assert records[1] == {"input": "empty.txt", "error": "is empty"}
    assert records[3] == {"input": "missing.txt", "error": "no such file or folder"}
    for name, record in zip(inputs, records, strict=True):
        if "error" in record:
            continue
        article = read_article(Path(name))
        assert record["input"] == name
        assert list(record["article"]) == ARTICLE_KEYS
        assert record["article"]["text"] == article.text
        assert record["article"]["title"] == article.title == record["title"]
        brief = Brief.model_validate(
            {k: v for k, v in record.items() if k not in ("input", "article")}
        )
        assert brief.id.endswith(slugify(article.title))
    assert records[0]["article"]["published"] == "2026-09-21"
    assert records[0]["article"]["authors"] == ["Priya Nair", "Owen Hale"]
    assert records[5]["article"]["language"] == "fr"
    assert engine == [4]  # one batch for the whole call
    assert snapshot(project) == before  # nothing written anywhere


def test_jsonl_brief_is_the_one_add_writes(project: Path, run: Run, engine: list[int]) -> None:
    shutil.copy(ARTICLES / "messy.txt", project / "messy.txt")
    extracted = json.loads(run("extract", "--format", "jsonl", "messy.txt").stdout)
    assert run("add", "messy.txt").exit_code == 0
    written = yaml.safe_load(Path(f"briefings/{extracted['id']}.yaml").read_text())
    extracted = {k: v for k, v in extracted.items() if k not in ("input", "article")}
    dumps = [
        Brief.model_validate(data).model_dump(mode="json", by_alias=True, exclude={"extraction"})
        for data in (extracted, written)
    ]
    assert dumps[0] == dumps[1]


def test_yaml_prints_the_brief_a_person_would_get(
    project: Path, run: Run, engine: list[int]
) -> None:
    shutil.copy(ARTICLES / "clean.txt", project / "clean.txt")
    result = run("extract", "clean.txt")
    assert result.exit_code == 0, result.output
    brief = Brief.model_validate(yaml.safe_load(result.stdout))
    assert brief.title == "Calder ferry operator cuts winter timetable after fuel costs rise"
    assert result.stdout.startswith("schema: 1\nid: ")
    assert not list(Path("briefings").glob(f"{brief.id}*"))


def test_yaml_takes_one_file(project: Path, run: Run, engine: list[int]) -> None:
    result = run("extract", "a.txt", "b.txt")
    assert result.exit_code == 2
    assert result.stderr.splitlines()[-1] == (
        "Error: --format yaml prints one brief: give one FILE (or use --format jsonl)"
    )


def test_yaml_of_an_unreadable_file_fails(project: Path, run: Run, engine: list[int]) -> None:
    Path("empty.md").write_bytes(b"")
    result = run("extract", "empty.md")
    assert result.exit_code == 1
    assert result.stderr == "Error: empty.md: is empty\n"


def test_every_new_command_has_help_with_an_example(run: Run) -> None:
    for command in ("add", "extract"):
        result = run(command, "--help")
        assert result.exit_code == 0
        assert "Example:" in result.stdout
        assert f"briefing {command} " in result.stdout
