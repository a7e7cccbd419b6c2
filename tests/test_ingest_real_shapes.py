"""Articles in the shapes real news takes: a caption for a headline, captions between and
inside paragraphs, quotations across sentences, a reprint notice, Chinese and Japanese."""

from __future__ import annotations

import datetime as dt

import pytest

from builder import captions
from builder.ingest import read_article
from builder.ingest.headline import compress
from builder.ingest.outlets import outlet_of_url, strip_tracking
from builder.quotes import open_quotes, quotation_groups
from builder.sentences import split_sentences

from .conftest import FIXTURES

ARTICLES = FIXTURES / "articles"


def _texts(name: str) -> list[str]:
    return [s.text for s in read_article(ARTICLES / name).sentences]


def test_a_caption_with_a_credit_first_is_not_the_headline() -> None:
    # Caption + credit first, no headline, a "Source link:" footer: the shape of wire copy.
    article = read_article(ARTICLES / "wire_caption_first.txt")
    assert (
        article.title
        == "Rescue teams pull four workers alive from rubble of warehouse after drone strike"
    )
    assert article.text.startswith("Rescue teams pulled four workers alive")
    sentences = " ".join(s.text for s in article.sentences)
    assert "Firefighters work" not in sentences and "— Reuters" not in sentences
    assert "looks on" not in sentences
    assert len(article.sentences) == 4
    # Nothing names the outlet or the date: the footer's domain and the caption's date do.
    assert article.outlet == "merrionherald.example"
    assert article.published == dt.date(2026, 10, 3)
    assert article.inferred == ("published", "outlet")
    assert article.url == "https://www.merrionherald.example/news/warehouse-strike?id=7"


def test_captions_between_and_inside_paragraphs_are_not_sentences() -> None:
    article = read_article(ARTICLES / "captions_mid.txt")
    texts = [s.text for s in article.sentences]
    title = "Calder city council votes to close Eastgate tunnel for six weeks of repairs"
    assert article.title == title
    assert not any("Photo:" in t or "Pictured" in t or "inspects" in t for t in texts)
    # The caption glued to a sentence ("... on Monday He said ...") is cut off it.
    assert "He said the repairs could not wait for the summer." in texts
    assert texts[-1] == (
        "Bus routes 4 and 11 will be diverted for the duration of the closure, the transit "
        "authority said."
    )
    assert article.published is None and article.outlet is None and article.inferred == ()
    # The caption paragraphs are out of the body text too.
    assert "Calder Civic Archive" not in article.text and "Pictured:" not in article.text


def test_no_sentence_ends_inside_a_quotation() -> None:
    article = read_article(ARTICLES / "quotations.txt")
    texts = [s.text for s in article.sentences]
    assert article.title == "Northbridge Water will raise household bills by 9 percent"
    assert texts[1] == (
        '"We have given the regulator every chance to find another way. There was none," '
        "said chief executive Hana Ortiz."
    )
    assert texts[4].startswith("‘Families are already paying") and texts[4].endswith(
        "told reporters."
    )
    assert texts[6] == "“We will look at the figures line by line. Nothing is agreed yet.”"
    for text in texts:
        assert not open_quotes(text), text
    assert article.outlet is None and article.published is None


def test_a_reprint_notice_is_not_the_article() -> None:
    article = read_article(ARTICLES / "reprint_notice.html")
    assert article.title == "Port authority delays container terminal vote"
    assert article.sentences[0].text.startswith("The Calder Port Authority postponed a vote")
    assert "non-commercial" not in article.text
    assert len(article.sentences) == 5
    assert article.outlet == "Calder Business Daily"
    assert article.published == dt.date(2026, 5, 14)
    assert article.url is not None and "utm_medium" not in article.url


def test_a_notice_block_that_trafilatura_would_take_for_the_story_is_dropped() -> None:
    from builder.ingest.html_reader import html_to_article

    notice = (
        "<p>This copy is for your personal, non-commercial use only. To order "
        "presentation-ready copies for distribution to your colleagues or clients, visit "
        "our reprints desk.</p>"
    )
    body = "<br><br>".join(
        f"Sentence {n} of the story says what the harbour board decided on its {n}th vote."
        for n in range(1, 6)
    )
    page = f"<html><body><article>{notice}<div>{body}</div></article></body></html>"
    article = html_to_article(page, "page.html")
    assert "non-commercial" not in article.text
    assert article.sentences[0].text.startswith("Sentence 1 of the story")
    # Version 1 (briefs made before) reads the page as it always did, notice and all.
    assert "non-commercial" in html_to_article(page, "page.html", 1).text


@pytest.mark.parametrize(
    ("name", "title", "first", "count", "published"),
    [
        ("page_zh.html", "卡尔德港口扩建计划推迟表决", "卡尔德港务局周三", 4, dt.date(2026, 6, 2)),
        ("page_ja.html", "カルダー港の拡張計画、採決を延期", "カルダー港", 5, dt.date(2026, 6, 3)),
    ],
)
def test_chinese_and_japanese_pages_have_text(
    name: str, title: str, first: str, count: int, published: dt.date
) -> None:
    article = read_article(ARTICLES / name)
    assert article.title == title
    assert article.sentences[0].text.startswith(first)
    assert len(article.sentences) == count  # cut at 。 but not inside 「…。」
    assert article.published == published
    assert article.language in ("zh-CN", "ja")


def test_front_matter_overrides_what_was_inferred(tmp_path: pytest.TempPathFactory) -> None:
    from builder.ingest.markdown_reader import markdown_to_article

    text = (
        "---\noutlet: Merrion Herald\n---\n"
        "A firefighter looks on as smoke rises over the port in Calder on May 2, 2026 (AFP)\n\n"
        "The port of Calder closed two berths on Saturday after a fire in a grain store.\n\n"
        "Source link: https://merrionherald.example/port-fire\n"
    )
    article = markdown_to_article(text, "fire.md")
    assert article.outlet == "Merrion Herald"
    assert article.published == dt.date(2026, 5, 2)
    assert article.inferred == ("published",)
    assert article.title == "Port of Calder closes two berths"


@pytest.mark.parametrize(
    "line",
    [
        "A wrecked car lies outside a school hit by shelling in Calder on May 2, 2026. — Reuters",
        "Protesters gather outside the parliament building in Merrion (AFP)",
        "Rescuers search the rubble of a house in Calder. Photo: Jana Novak",
        "Pictured: the harbour master at the quay",
        "Supporters of the mayor wave flags outside city hall (Jana Novak/Calder Post)",
        "Volunteers hand out water in the square, Getty Images",
        "A child looks on as firefighters spray the burning warehouse in Calder",
    ],
)
def test_captions(line: str) -> None:
    assert captions.is_caption(line)


@pytest.mark.parametrize(
    "line",
    [
        "The mayor said the repairs would take a month.",
        "Officials met on Monday — Reuters reported.",
        "Calder council approves new tunnel budget",
        '"We will not stand by," said the mayor, who stands for re-election in May.',
        "Prices rose 3 percent in April, the statistics office said (table below).",
        "Harbour board stands by dredging plan despite fishers' fierce objections",
    ],
)
def test_not_captions(line: str) -> None:
    assert not captions.is_caption(line)


def test_a_caption_glued_to_a_sentence() -> None:
    glued = "The mayor inspects the flooded tunnel with engineers on Monday He said it reopens."
    assert glued[captions.glued_caption_length(glued) :] == "He said it reopens."
    for plain in (
        "The board told The Calder Post it would decide in May.",
        "Police in Calder said the driver had been arrested.",
        "According to the Merrion Herald the vote was close.",
        "Yesterday a short film, titled 'Until It Rains Again', showed the dry riverbed.",
    ):
        assert captions.glued_caption_length(plain) == 0, plain


@pytest.mark.parametrize(
    ("text", "groups"),
    [
        ('"One. Two," she said. Three.', [(0, 1), (2, 2)]),
        ("‘It’s over. Done.’ Then.", [(0, 1), (2, 2)]),
        ("The Smiths' house burned. They're safe. It's fine.", [(0, 0), (1, 1), (2, 2)]),
        # A quotation left open for the next paragraph joins nothing.
        ('"We will go on. We always have. Every day.', [(0, 0), (1, 1), (2, 2)]),
        # News style: each part of a long quotation opens again.
        ("'We are ready. 'We will pay.' He left.", [(0, 0), (1, 1), (2, 2)]),
    ],
)
def test_quotation_groups(text: str, groups: list[tuple[int, int]]) -> None:
    sentences = [s.text for s in split_sentences(text, 1)]
    assert quotation_groups(sentences) == groups


@pytest.mark.parametrize(
    ("sentence", "headline"),
    [
        (
            "CALDER, March 2 (Reuters) - The harbour board on Monday approved a plan to dredge "
            "the shipping channel, officials said.",
            "The harbour board approved a plan to dredge the shipping channel",
        ),
        (
            "The regulator has launched an inquiry into the January blackout at Northbridge "
            "Electric, which left 210,000 homes without power for three days.",
            "The regulator launches an inquiry into the January blackout at Northbridge Electric",
        ),
        (
            "Two men were arrested yesterday after a break-in at the Calder museum.",
            "Two men arrested after a break-in at the Calder museum",
        ),
        (
            "(Merrion News) A judge has paused the fishers' lawsuit against the harbour board "
            "until the state finishes its impact study, according to court filings.",
            "A judge pauses the fishers' lawsuit against the harbour board",
        ),
        (
            "As the storm passed over the coast, the council met to count the damage in the "
            "harbour.",
            "The council met to count the damage in the harbour",
        ),
        (
            "Three men accused of smuggling fuel across the border have been jailed in Calder, "
            "prosecutors said.",
            "Three men jailed in Calder",
        ),
    ],
)
def test_headline_from_a_lead(sentence: str, headline: str) -> None:
    assert compress(sentence) == headline
    assert len(compress(sentence).split()) <= 14


def test_outlet_of_url_and_tracking() -> None:
    assert outlet_of_url("https://www.khaleejtimes.com/world/x") == "Khaleej Times"
    assert outlet_of_url("https://edition.cnn.com/2026/x") == "CNN"
    assert outlet_of_url("https://news.calder.example/a") == "news.calder.example"
    assert (
        strip_tracking("https://a.example/x?id=7&utm_source=feed&fbclid=abc&ref=home")
        == "https://a.example/x?id=7"
    )
    assert strip_tracking("https://a.example/x?q=a%20b") == "https://a.example/x?q=a%20b"
