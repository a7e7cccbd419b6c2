"""The plain-string name search finds what the patterns it replaces found."""

from __future__ import annotations

import re

import pytest

from builder.extract import occurrences

TEXTS = [
    "Calder and Calder-Smith met in Calder's office; CALDER said Calder.",
    "Dorrow Water Board (DWB) and the board (the Dorrow Water Board) met.",
    "Ms Ana Lindqvist, the harbour master, said Lindqvist's team and Lindqvists agreed.",
    "Corp. Corp.x Inc.Inc. Inc. -Inc. Inc.-",
    "aaa aaaa aa aaa_aaa aaa",
    "Veltra (Veltra Holdings) Veltra  ( VH ) Veltra(the Veltra group)",
    "Zürich, Zürichsee and Zürich-Nord; Zürich.",
    "",
]
FORMS = ["Calder", "Lindqvist", "Corp.", "Inc.", "aaa", "aa", "Veltra", "Zürich", "-Inc", "the"]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("form", FORMS)
def test_standalone_is_the_hyphen_aware_pattern(text: str, form: str) -> None:
    pattern = rf"(?<![\w-]){re.escape(form)}(?![\w-])"
    expected = [m.start() for m in re.finditer(pattern, text)]
    assert list(occurrences.standalone(text, form)) == expected


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("form", FORMS)
def test_bounded_is_the_word_boundary_pattern(text: str, form: str) -> None:
    expected = [m.start() for m in re.finditer(rf"\b{re.escape(form)}\b", text)]
    assert list(occurrences.bounded(text, form)) == expected


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("form", FORMS)
def test_followed_by_is_the_joined_pattern(text: str, form: str) -> None:
    after = r"\s*\(\s*([^()]{2,60}?)\s*\)"
    expected = [(m.start(), m.group(1)) for m in re.finditer(re.escape(form) + after, text)]
    found = occurrences.followed_by(text, form, re.compile(after))
    assert [(at, m.group(1)) for at, m in found] == expected


def test_a_name_next_to_a_hyphen_or_letter_is_not_found() -> None:
    text = "Calder-Smith and Calders came; Calder stayed."
    assert list(occurrences.standalone(text, "Calder")) == [text.rindex("Calder")]
    assert list(occurrences.bounded(text, "Calder")) == [0, text.rindex("Calder")]
