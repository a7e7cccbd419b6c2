"""Plain-text reader: headline detection, and the lines kept out of the body as metadata."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from builder.ingest import read_article, textmeta
from builder.ingest.decode import decode_text
from builder.ingest.plaintext import paragraphs_of, text_to_article

from .conftest import FIXTURE_PROJECT, FIXTURES, REPO

ARTICLES = FIXTURES / "articles"
FERRY_BODY = (
    "Calder Bay Ferries will run four fewer crossings a day between Calder and Port Linden "
    "from December, the company said on Thursday, blaming a sharp rise in fuel costs since "
    "the summer.\n\n"
    "The operator's managing director, Helen Arkwright, said the cuts would affect only "
    'off-peak sailings. "We have protected every crossing that commuters and school pupils '
    'rely on," she said.\n\n'
    "Passenger groups said the change would leave evening travellers with a two-hour gap "
    "between boats. The state transport department has not said whether it will increase the "
    "operator's subsidy."
)
FERRY_TITLE = "Calder ferry operator cuts winter timetable after fuel costs rise"


def _clean_files() -> list[Path]:
    folders = [FIXTURE_PROJECT / "briefings" / "sources", REPO / "briefings" / "sources"]
    return [ARTICLES / "clean.txt", *sorted(p for f in folders for p in f.glob("*.txt"))]


@pytest.mark.parametrize("path", _clean_files(), ids=lambda p: p.name)
def test_clean_file_reads_as_headline_then_paragraphs(path: Path) -> None:
    # Evidence numbers of existing briefs depend on this: a clean file (headline, blank line,
    # paragraphs) must give exactly its first line as title and the rest as the body.
    text = decode_text(path.read_bytes(), str(path))
    lines = text.strip().split("\n")
    article = text_to_article(text)
    assert article.title == " ".join(lines[0].split())
    assert article.text == "\n\n".join(paragraphs_of("\n".join(lines[1:])))


def test_clean_fixture() -> None:
    article = read_article(ARTICLES / "clean.txt")
    assert article.title == FERRY_TITLE
    assert article.text == FERRY_BODY
    assert [s.number for s in article.sentences] == [1, 2, 3, 4, 5]


def test_messy_copy_keeps_only_the_story_in_the_body() -> None:
    article = read_article(ARTICLES / "messy.txt")
    assert article.title == FERRY_TITLE
    # Kicker, byline, date line, dateline, captions, credit and footer are all out ...
    assert article.text == FERRY_BODY
    # ... and what they say is metadata.
    assert article.published == dt.date(2026, 11, 12)
    assert article.authors == ("Marta Quinn", "Joel Ferris")
    assert article.outlet == "Calder Evening Post"
    # The tracking parameter (?utm_source=newsletter) is not part of the address.
    assert article.url == "https://www.calder-post.example/transport/ferry-timetable-cuts"


def test_text_without_headline_keeps_every_sentence_in_the_body() -> None:
    text = (ARTICLES / "no_headline.txt").read_text(encoding="utf-8")
    article = text_to_article(text)
    assert article.text == text.strip()
    # A headline written from the lead, cut where its trailing phrase starts.
    assert (
        article.title
        == "Calder Bay Ferries will run four fewer crossings between Calder and Port Linden"
    )


def test_short_text_without_headline_takes_its_first_sentence_as_title() -> None:
    article = text_to_article("The vote was delayed. Nobody knows why.")
    assert article.title == "The vote delayed"  # headline style: no auxiliary, no full stop
    assert article.text == "The vote was delayed. Nobody knows why."


def test_headline_directly_above_the_text() -> None:
    article = text_to_article(
        "Council delays tram vote\n"
        "The council postponed the vote on Wednesday after two members objected.\n"
        "Opponents said the city could not afford its share.\n"
    )
    assert article.title == "Council delays tram vote"
    assert article.text == (
        "The council postponed the vote on Wednesday after two members objected.\n\n"
        "Opponents said the city could not afford its share."
    )


def test_hard_wrapped_paragraph_is_not_a_headline() -> None:
    text = (
        "The council on Wednesday postponed a vote on the $210 million eastern tram\n"
        "extension after two members said they had not seen the final cost estimates,\n"
        "and the leader said the delay would be short.\n\n"
        "Opponents argued that the city's share would crowd out road repairs.\n"
    )
    article = text_to_article(text)
    assert article.text.startswith("The council on Wednesday postponed a vote on the $210 million")
    assert "\n" not in article.text.split("\n\n")[0]
    title = "Council postpones vote on $210 million eastern tram extension"
    assert article.title == title


def test_wire_copy_with_name_and_dateline_lines() -> None:
    article = text_to_article(
        "RUGBY - CALDER RECALL VETERAN WING FOR CUP FINAL .\n"
        "Ana Petrova\n"
        "CALDER , Merrion 2026-05-09\n"
        "Calder recalled their veteran wing on Friday for the cup final against Linden .\n"
        "The club said the player had recovered from a knee injury .\n"
    )
    assert article.title == "RUGBY - CALDER RECALL VETERAN WING FOR CUP FINAL ."
    assert article.authors == ("Ana Petrova",)
    assert article.published == dt.date(2026, 5, 9)
    assert article.text == (
        "Calder recalled their veteran wing on Friday for the cup final against Linden .\n\n"
        "The club said the player had recovered from a knee injury ."
    )


def test_labelled_header_lines() -> None:
    article = text_to_article(
        "Title: Linden opens new library\n"
        "Outlet: Linden Courier\n"
        "Date: 2026-04-02\n"
        "Author: Clara Stone\n\n"
        "The new library opened on Thursday with 40,000 books and a maker space.\n"
    )
    assert article.title == "Linden opens new library"
    assert article.outlet == "Linden Courier"
    assert article.published == dt.date(2026, 4, 2)
    assert article.authors == ("Clara Stone",)
    assert article.text == "The new library opened on Thursday with 40,000 books and a maker space."


def test_updated_date_is_used_only_without_a_published_date() -> None:
    text = "Headline here\nUpdated 3 March 2026\n\nThe body of the story, in one sentence.\n"
    assert text_to_article(text).published == dt.date(2026, 3, 3)
    both = "Headline here\nUpdated 3 March 2026\nPublished 2 March 2026\n\nThe body text.\n"
    assert text_to_article(both).published == dt.date(2026, 3, 2)


def test_markup_in_plain_text_is_text() -> None:
    article = read_article(ARTICLES / "hostile.txt")
    assert article.title == (
        'Council clerk\'s notes include {{ 7*7 }} and <script>alert("headline")</script>'
    )
    paragraphs = article.text.split("\n\n")
    assert paragraphs[1] == "# This line looks like a Markdown heading"
    assert "{% raw %}{{ config }}{% endraw %}" in paragraphs[0]
    assert paragraphs[3] == "| column | value | |---|---| | a | b |"


@pytest.mark.parametrize(
    ("paragraph", "body", "agency"),
    [
        ("CALDER, March 2 (Reuters) — The board voted to approve it.", "The board", "Reuters"),
        ("LONDON (AP) -- Prices rose again in May, officials said.", "Prices rose", "AP"),
        ("NEW YORK, Nov. 3 — Stocks fell sharply on Tuesday morning.", "Stocks fell", None),
        ("Calder, March 2 (Reuters) - The board voted to approve it.", "The board", "Reuters"),
        ("(CNN)Over the last year the board met only twice.", "Over the last year", "CNN"),
        ("(Reuters) - The board voted to approve it on Monday.", "The board", "Reuters"),
        ("Port Amber, Kestria (CNN)As the storm moved in, crews left.", "As the storm", "CNN"),
        ("Calder (CNN) - The board voted to approve it on Monday.", "The board", "CNN"),
    ],
)
def test_datelines_are_stripped(paragraph: str, body: str, agency: str | None) -> None:
    article = text_to_article(f"Board approves plan\n\n{paragraph}\n")
    assert article.text.startswith(body)
    assert article.outlet == agency


@pytest.mark.parametrize(
    "paragraph",
    [
        "NASA said on Monday that the launch would go ahead.",
        "Calder - a city of 80,000 - voted for the plan.",
        "The board - after a long debate - voted for the plan.",
        "(Updated) The board voted for the plan on Monday.",
        "(A) The board voted for the plan on Monday.",
        "United Nations (UN) Secretary-General Ana Ruiz said the talks would go on.",
        "Calder Water (CW) Chief Executive Ines Caro resigned on Monday.",
    ],
)
def test_ordinary_openings_are_not_datelines(paragraph: str) -> None:
    assert text_to_article(f"Board approves plan\n\n{paragraph}\n").text == paragraph


@pytest.mark.parametrize(
    "line",
    [
        "Photo: Fishers protest outside the civic hall.",
        "PHOTOGRAPH: Ana Ruiz/Calder Post",
        "Fishers protest outside the hall on Monday. (Photo: Ana Ruiz/Calder Evening Post)",
        "The dam at dawn. Photograph: Lena Brandt/Harlow Gazette",
        "Miriam Okafor at the meeting. Getty Images",
        "[Image: a map of the channel]",
        "Photo by Sam Okoro",
    ],
)
def test_captions(line: str) -> None:
    assert textmeta.is_caption(line)


@pytest.mark.parametrize(
    "line",
    [
        "The photo showed the mayor at the opening of the bridge.",
        "Okafor said the picture was clearer now than a year ago.",
    ],
)
def test_sentences_about_photos_are_not_captions(line: str) -> None:
    assert not textmeta.is_caption(line)


@pytest.mark.parametrize(
    ("line", "outlet", "authors"),
    [
        ("— Reuters", "Reuters", []),
        ("-- Calder Evening Post", "Calder Evening Post", []),
        ("(AP)", "AP", []),
        ("© 2026 Calder Evening Post. All rights reserved.", "Calder Evening Post", []),
        ("Reporting by Jane Doe; Editing by Tom Lee", None, ["Jane Doe"]),
    ],
)
def test_credit_lines(line: str, outlet: str | None, authors: list[str]) -> None:
    assert textmeta.credit(line) == (outlet, authors)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("By Jane Doe", (["Jane Doe"], None)),
        ("By JANE DOE and Tom Lee", (["Jane Doe", "Tom Lee"], None)),
        ("By Jane Doe, Calder Evening Post", (["Jane Doe"], "Calder Evening Post")),
        ("By Jane Doe, Staff Writer", (["Jane Doe"], None)),
        ("By Tuesday the council had voted twice on the plan", None),
    ],
)
def test_bylines(line: str, expected: tuple[list[str], str | None] | None) -> None:
    assert textmeta.byline(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Published: Monday 2 March 2026, 18:05 GMT", (dt.date(2026, 3, 2), False)),
        ("Updated March 3, 2026 at 10:15 a.m. ET", (dt.date(2026, 3, 3), True)),
        ("2026-03-02", (dt.date(2026, 3, 2), False)),
        ("March 2, 2026 | 4 min read", (dt.date(2026, 3, 2), False)),
        ("The vote on March 2, 2026 was close", None),
        ("2026-02-30", None),
    ],
)
def test_date_lines(line: str, expected: tuple[dt.date, bool] | None) -> None:
    assert textmeta.date_line(line) == expected


@pytest.mark.parametrize(
    ("line", "url"),
    [
        ("Source link: https://example.com/a?b=1", "https://example.com/a?b=1"),
        ("Originally published at https://example.com/story.", "https://example.com/story"),
        ("<https://example.com/x>", "https://example.com/x"),
        ("Read more about the plan on our site.", None),
    ],
)
def test_footer_urls(line: str, url: str | None) -> None:
    assert textmeta.footer_url(line) == url


@pytest.mark.parametrize(
    ("value", "tag"),
    [("en", "en"), ("EN", "en"), ("en_US", "en-US"), ("pt-br", "pt-BR"), ("English", None)],
)
def test_language_tags(value: str, tag: str | None) -> None:
    assert textmeta.clean_language(value) == tag


def test_a_credit_alone_is_kept_in_the_body_of_an_older_brief() -> None:
    # Stored originals of briefs numbered in version 2 read as they did then.
    text = "Board approves plan\n\n(CNN)Over the last year the board met only twice.\n"
    assert text_to_article(text, 2).text.startswith("(CNN)Over")
    assert text_to_article(text, 3).text.startswith("Over the last year")


def test_a_place_run_into_its_credit_is_kept_in_the_body_of_an_older_brief() -> None:
    # Version 4 takes off "Port Amber, Kestria (CNN)"; version 3 numbered its sentences with it.
    text = "Storm closes quay\n\nPort Amber, Kestria (CNN)As the storm moved in, crews left.\n"
    assert text_to_article(text, 3).text.startswith("Port Amber, Kestria (CNN)As")
    assert text_to_article(text, 4).text.startswith("As the storm")


@pytest.mark.parametrize(
    ("line", "authors", "outlet"),
    [
        ("By Ellen Marsh For The Daily Courier", ["Ellen Marsh"], "The Daily Courier"),
        ("By Ellen Marsh for Calderonline", ["Ellen Marsh"], "Calderonline"),
        ("By Ellen Marsh, Health Editor for the Calder Post", ["Ellen Marsh"], "The Calder Post"),
    ],
)
def test_a_byline_naming_the_outlet_it_writes_for_is_no_headline(
    line: str, authors: list[str], outlet: str
) -> None:
    text = (
        f"{line}\n\nA hospital trust has been fined £1.2million after a patient died when "
        "staff missed warning signs for six hours.\n\nThe trust admitted breaching safety law.\n"
    )
    article = text_to_article(text)
    assert list(article.authors) == authors
    assert article.outlet == outlet
    assert "Marsh" not in article.title
    assert article.title.startswith("Hospital trust fined")
    # The byline was never a sentence: the numbering is the same in every version.
    older = text_to_article(text, 3)
    assert [s.text for s in older.sentences] == [s.text for s in article.sentences]
