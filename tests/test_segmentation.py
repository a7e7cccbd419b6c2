"""Sentence numbering versions: a brief's evidence counts in the version it records.

Version 2 leaves captions out and keeps quotations whole, which renumbers the sentences of
such articles; briefs made before it record no version and must keep pointing at the same
sentences, so their stored originals are read in version 1, exactly as before.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml
from click.testing import Result

from builder.ingest import bytes_to_article
from builder.library import load_library
from builder.sentences import SEGMENTATION, split_sentences

from .conftest import REPO

Run = Callable[..., Result]
# Text and version-1 sentences of the 15 example briefs' stored originals, as every
# release before version 2 read them (measured on that code).
EXAMPLES_V1_DIGEST = "e32062dae1e716c85c7e5f74f479668c95ae9438fc6094b05968b96237a8c265"
GLUED = (
    "Calder Harbour closes two berths after a fire\n\n"
    "The port of Calder closed two berths on Saturday after a fire in a grain store. "
    "Firefighters spray water on the burning grain store at the port of Calder on Saturday "
    'They said the fire was out by noon. "We lost a week of exports. Maybe more," the harbour '
    "master said.\n\nThe berths will reopen on Monday.\n"
)


def test_example_originals_read_in_version_1_exactly_as_before() -> None:
    digest = hashlib.sha256()
    for path in sorted((REPO / "briefings" / "sources").iterdir()):
        article = bytes_to_article(path.read_bytes(), str(path), path.suffix, 1)
        rows = [[s.number, s.text, s.start, s.end, s.paragraph] for s in article.sentences]
        digest.update(json.dumps([path.name, article.text, rows]).encode())
    assert digest.hexdigest() == EXAMPLES_V1_DIGEST


def test_versions_differ_only_where_captions_or_quotations_are() -> None:
    body = GLUED.split("\n\n", 1)[1]
    old = [s.text for s in split_sentences(body, 1)]
    new = [s.text for s in split_sentences(body, 2)]
    assert len(old) == 5 and len(new) == 4
    assert new[1] == "They said the fire was out by noon."
    assert new[2] == '"We lost a week of exports. Maybe more," the harbour master said.'
    with pytest.raises(ValueError, match="unknown segmentation version 6"):
        split_sentences(body, 6)


def _set_evidence(path: Path, numbers: list[int], *, version: int | None) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["summary"] = "The port closed two berths after a fire."
    data["summary_evidence"] = numbers
    if version is None:
        data["source"].pop("segmentation", None)
    else:
        data["source"]["segmentation"] = version
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")


def test_a_brief_is_checked_in_its_own_numbering(project: Path, run: Run, engine: object) -> None:
    (project / "glued.txt").write_text(GLUED, encoding="utf-8")
    assert run("add", "glued.txt").exit_code == 0
    path = next((project / "briefings").glob("*calder-harbour-closes*.yaml"))
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert data["source"]["segmentation"] == SEGMENTATION == 5
    assert run("check").exit_code == 0
    # Sentence 5 exists only in version 1 (the caption and the split quotation count there).
    _set_evidence(path, [5], version=2)
    result = run("check")
    assert result.exit_code == 1
    assert "summary_evidence: sentence 5 does not exist" in result.stderr
    assert "has 4 sentences" in result.stderr
    _set_evidence(path, [5], version=None)  # a brief from before: version 1
    assert run("check").exit_code == 0, run("check").output
    library = load_library(project / "briefings")
    loaded = next(b for b in library.briefs if b.brief.id == path.stem)
    assert loaded.brief.source.segmentation == 1
    assert len(loaded.sentences) == 5


def test_update_keeps_the_numbering_of_the_brief(project: Path, run: Run, engine: object) -> None:
    (project / "glued.txt").write_text(GLUED, encoding="utf-8")
    assert run("add", "glued.txt").exit_code == 0
    path = next((project / "briefings").glob("*calder-harbour-closes*.yaml"))
    _set_evidence(path, [5], version=None)
    stored = next((project / "briefings" / "sources").glob("*calder-harbour-closes*"))
    result = run("add", "--update", str(stored))
    assert result.exit_code == 0, result.output
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert data["source"]["segmentation"] == 1
    assert data["id"] == path.stem
    assert run("check").exit_code == 0


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        (
            "The roof fell in shortly after 4 a.m. Engineers blamed a gas leak.",
            ["The roof fell in shortly after 4 a.m.", "Engineers blamed a gas leak."],
        ),
        (
            'Doors open at 7 p.m. "We are ready," the organiser said.',
            ["Doors open at 7 p.m.", '"We are ready," the organiser said.'],
        ),
        ("The plant shut at 6 p.m. Tuesday and reopened later.", None),
        ("The vote starts at 9 a.m. ET in every county.", None),
        ("The ferry left at 10 a.m. Eastern time with 40 aboard.", None),
    ],
)
def test_a_sentence_ends_after_a_clock_time_from_version_4(
    text: str, sentences: list[str] | None
) -> None:
    # syntok never cuts after "a.m."/"p.m.": from version 4 a new sentence is cut off
    # there, unless the next word goes on telling the time; version 3 reads as before.
    assert [s.text for s in split_sentences(text, 4)] == (sentences or [text])
    assert [s.text for s in split_sentences(text, 3)] == [text]


def test_a_list_cut_at_its_semicolons_is_one_sentence_from_version_5() -> None:
    # syntok cuts at a semicolon before a capital: a list of names fell into pieces.
    text = (
        "Charged are Ana Ruiz, 21; Tom Hale, 19; and Ivo Marsh, 30. Held are Lea Moss, 22; "
        "Kim Tate, 41. The crowd cheered; Ferries ran again by noon on the northern route."
    )
    assert [s.text for s in split_sentences(text, 5)] == [
        "Charged are Ana Ruiz, 21; Tom Hale, 19; and Ivo Marsh, 30.",
        "Held are Lea Moss, 22; Kim Tate, 41.",
        # a lone semicolon before a clause stays a cut, as in version 4
        "The crowd cheered;",
        "Ferries ran again by noon on the northern route.",
    ]
    assert [s.text for s in split_sentences(text, 4)][:3] == [
        "Charged are Ana Ruiz, 21;",
        "Tom Hale, 19; and Ivo Marsh, 30.",
        "Held are Lea Moss, 22;",
    ]


RESULTS = (
    "SOCCER - VASKIAN LEAGUE RESULTS .\n\n"
    "Results of Vaskian first division matches on Saturday :\n"
    "Dorrow Rovers 2 ( Hale 30th ) Calder City 0\n"
    "Arlen Town 1 Port Amber 1\n"
    "Marlow Bay 0 Kestrel United 3\n"
    "Standings follow on Monday .\n"
)


def test_score_lines_keep_their_breaks_from_version_5() -> None:
    data = RESULTS.encode()
    new = bytes_to_article(data, "results.txt", ".txt", 5)
    old = bytes_to_article(data, "results.txt", ".txt", 4)
    assert "Dorrow Rovers 2 ( Hale 30th ) Calder City 0\nArlen Town 1 Port Amber 1" in new.text
    assert "\n" not in old.text.split("\n\n")[0]
    # A line break inside a paragraph is a space to the sentences: the numbering is the
    # same in both versions.
    assert [s.text for s in new.sentences] == [s.text for s in old.sentences]


def test_score_lines_of_alike_lengths_are_not_taken_for_wrapped_prose() -> None:
    text = (
        "Results of Vaskian first division matches on Saturday:\n"
        "Dorrow Rovers 2 ( Hale 30th, 71st ) Calder City 0\n"
        "Arlen Town 1 ( Marsh 12th ) Port Amber 1 ( Ruiz 88th )\n"
        "Marlow Bay 0 Kestrel United 3 ( Brandt 5th, 40th, Velt 60th )\n"
    )
    article = bytes_to_article(text.encode(), "results.txt", ".txt", 5)
    assert "Calder City 0\nArlen Town 1" in article.text
