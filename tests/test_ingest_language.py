"""Language detection for articles that do not declare their language."""

from __future__ import annotations

import pytest

from builder.ingest import bytes_to_article
from builder.ingest.language import detect_language

ENGLISH = (
    "The council said on Tuesday that the plan would be put to a vote in March, and "
    "that the mayor had asked for the cost estimates to be published first."
)
FRENCH = (
    "Le conseil a annoncé mardi que le projet sera soumis au vote en mars, et que le "
    "maire a demandé la publication des estimations de coûts avant cette date."
)
GERMAN = (
    "Der Stadtrat hat am Dienstag mitgeteilt, dass der Plan im März zur Abstimmung "
    "kommt und dass die Bürgermeisterin die Kosten vorher veröffentlichen will, weil "
    "sie auch von den Bürgern gefragt wurde."
)
SPANISH = (
    "El consejo anunció el martes que el plan se votará en marzo y que la alcaldesa "
    "pidió que se publiquen los costes antes de la votación, como se había acordado "
    "con los vecinos."
)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (ENGLISH, "en"),
        (FRENCH, "fr"),
        (GERMAN, "de"),
        (SPANISH, "es"),
    ],
)
def test_detects_the_language_of_a_paragraph(text: str, language: str) -> None:
    assert detect_language(text) == language


def test_too_little_text_stays_unknown() -> None:
    assert detect_language("Calder Harbour: 5-2") is None
    assert detect_language("") is None


def test_plain_text_articles_get_a_language() -> None:
    article = bytes_to_article(f"Vote delayed\n\n{ENGLISH}\n".encode(), "a.txt", ".txt")
    assert article.language == "en"
    french = bytes_to_article(f"Vote reporté\n\n{FRENCH}\n".encode(), "b.txt", ".txt")
    assert french.language == "fr"


def test_declared_language_wins() -> None:
    text = f"---\ntitle: Vote\nlanguage: de\n---\n\n{ENGLISH}\n"
    assert bytes_to_article(text.encode(), "c.md", ".md").language == "de"
