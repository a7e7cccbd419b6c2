"""Markdown and HTML readers: front matter, page metadata, boilerplate kept out."""

from __future__ import annotations

import datetime as dt

import pytest

from builder.errors import InputError
from builder.ingest import bytes_to_article, read_article
from builder.ingest.html_reader import _is_call_to_action

from .conftest import FIXTURES

ARTICLES = FIXTURES / "articles"


def _md(text: str) -> bytes:
    return text.encode("utf-8")


def test_markdown_front_matter_is_honoured() -> None:
    article = read_article(ARTICLES / "front_matter.md")
    assert article.title == "Port Linden approves night-time freight curfew"
    assert article.published == dt.date(2026, 10, 5)
    assert article.url == "https://www.linden-courier.example/news/freight-curfew"
    assert article.outlet == "Linden Courier"
    assert article.authors == ("Ravi Menon", "Clara Stone")
    assert article.tags == ("ports", "noise", "freight")
    assert article.story == "Port Linden freight"
    assert article.language == "en"
    assert article.text.split("\n\n") == [
        "A heading in the body is not the title",
        "Port Linden's council voted on Monday to ban container lorries from the harbour road "
        "between 11pm and 5am, after residents complained for two years about noise.",
        # the image and its caption are out
        'The curfew starts in January. Meridian Container Lines said it would "study the '
        'decision carefully" and did not say whether it would move sailings.',
        "Residents' association: welcomes the vote",
        "Hauliers' federation: considering a legal challenge",
    ]


def test_markdown_without_front_matter_takes_the_first_heading() -> None:
    article = read_article(ARTICLES / "no_front_matter.md")
    assert article.title == "Linden hauliers threaten court challenge to curfew"
    assert article.text.startswith("The Merrion Hauliers' Federation said on Wednesday")
    assert article.published is None


def test_markdown_raw_html_and_template_code_are_plain_text() -> None:
    article = read_article(ARTICLES / "hostile.md")
    assert article.title == "Markdown with <b>markup</b> and {{ 7*7 }}"
    assert article.text.split("\n\n") == [
        "The council's website showed in a comment field, and a link that did nothing.",
        "{% raw %}{{ lipsum() }}{% endraw %} appeared in the footer, along with {{ 7*7 }} in a "
        "code span.",
        "A block of raw HTML stayed in the page source.",
        "A second heading",
    ]
    assert "alert" not in article.text


@pytest.mark.parametrize(
    ("front_matter", "message"),
    [
        ("date: 2026-13-40", "x.md: front matter: date: '2026-13-40' is not a date (YYYY-MM-DD)"),
        ("url: www.example.com/a", "x.md: front matter: url: 'www.example.com/a' is not an "
         "http(s) address"),
        ("language: English", "x.md: front matter: language: 'English' is not a language tag "
         "such as 'en'"),
        ("title: [unclosed", "x.md: line 3: front matter: while parsing a flow sequence, "
         "did not find expected ',' or ']'"),
        ("- a list", "x.md: line 2: front matter: must be a mapping of fields"),
    ],
)  # fmt: skip
def test_markdown_front_matter_errors(front_matter: str, message: str) -> None:
    data = _md(f"---\n{front_matter}\n---\n\n# Title\n\nSome text here.\n")
    with pytest.raises(InputError) as error:
        bytes_to_article(data, "x.md", ".md")
    assert str(error.value) == message


def test_html_article_metadata_comes_from_json_ld_first() -> None:
    article = read_article(ARTICLES / "article.html")
    assert article.title == "Merrion water board orders $12m repairs at Harlow reservoir"
    assert article.published == dt.date(2026, 9, 21)
    assert article.authors == ("Priya Nair", "Owen Hale")
    assert article.outlet == "Harlow Gazette"
    assert article.url == "https://www.harlow-gazette.example/news/reservoir-repairs"
    assert article.language == "en-GB"


def test_html_boilerplate_stays_out_of_the_body() -> None:
    article = read_article(ARTICLES / "article.html")
    assert article.text.split("\n\n") == [
        "The Merrion Water Board has ordered $12 million of urgent repairs to the Harlow "
        "reservoir dam after inspectors found cracks in its concrete spillway, the board said "
        "on Monday.",
        "The board's chief engineer, Dmitri Volkov, said there was no immediate danger to homes "
        "below the dam, but that the spillway could fail in a severe flood if the work was not "
        "finished before spring.",
        "Harlow Valley Water, which owns the reservoir, will have to pay for the repairs. Its "
        "chief executive, Nadia Osei, said the company would seek to recover part of the cost "
        "through customers' bills, a move the state consumer advocate said she would oppose.",
        "Inspectors first raised concerns about the spillway in 2023. It is not clear why "
        "repairs were not ordered then, and the board declined to say whether it would review "
        "its inspection schedule.",
        "Residents of Lower Harlow, the village closest to the dam, have been invited to a "
        "public meeting on Thursday.",
    ]
    for boilerplate in ("Home", "Breaking", "Photo", "Advertisement", "flights", "newsletter",
                        "Share this", "Related", "autumn walks", "Comments", "dam_watcher",
                        "obvious for years", "rights reserved", "Privacy", "tracking",
                        "dataLayer", "By Priya Nair"):  # fmt: skip
        assert boilerplate not in article.text, boilerplate


def test_html_metadata_from_opengraph_and_meta_tags() -> None:
    article = read_article(ARTICLES / "opengraph_fr.html")
    assert article.title == "Le port de Calder suspend ses travaux de dragage"
    assert article.published == dt.date(2026, 7, 23)
    assert article.authors == ("Camille Roux",)
    assert article.outlet == "Le Courrier de Merrion"
    assert article.url == "https://www.courrier-merrion.example/2026/07/23/dragage-calder/"
    assert article.language == "fr"
    assert article.text.startswith("Le port de Calder a suspendu mercredi son projet")
    assert "Accueil" not in article.text
    assert "droits réservés" not in article.text


def test_html_title_tag_loses_the_site_name() -> None:
    page = (
        "<html><head><title>Tram vote delayed again | Ashford Ledger</title>"
        '<meta property="og:site_name" content="Ashford Ledger"></head><body><article>'
        "<p>The council delayed the tram vote again on Wednesday, citing missing figures.</p>"
        "<p>Opponents welcomed the delay and asked for the full funding agreement.</p>"
        "</article></body></html>"
    )
    article = bytes_to_article(page.encode(), "p.html", ".html")
    assert article.title == "Tram vote delayed again"
    assert article.published is None


def test_html_scripts_and_handlers_never_reach_the_text() -> None:
    article = read_article(ARTICLES / "hostile.html")
    assert article.title == "Clerk finds {{ 7*7 }} and <script> tags in council minutes"
    for code in ("alert", "document.", "steal", "javascript:", "injected", "onerror", "enable"):
        assert code not in article.text, code
    assert "{{ 7*7 }} and {% raw %}{{ config }}{% endraw %}" in article.text
    assert article.text.count("\n\n") == 3


def test_html_page_without_article_text_is_refused() -> None:
    page = (
        b"<html><head><title>Menu</title></head><body><nav><a href='/'>Home</a></nav></body></html>"
    )
    with pytest.raises(InputError) as error:
        bytes_to_article(page, "menu.html", ".html")
    assert str(error.value) == (
        "menu.html: has no article text (the page may need JavaScript, "
        "or hold a list of links rather than an article)"
    )


def test_xhtml_with_xml_declaration() -> None:
    page = (
        '<?xml version="1.0" encoding="utf-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml" '
        'xml:lang="de"><head><title>Hafen</title></head><body><article><p>Der Hafen von Calder '
        "hat am Montag einen Plan zur Vertiefung der Fahrrinne gebilligt, trotz Protesten der "
        "Austernfischer.</p></article></body></html>"
    )
    article = bytes_to_article(page.encode(), "page.xhtml", ".xhtml")
    assert article.text.startswith("Der Hafen von Calder")
    assert article.language == "de"


@pytest.mark.parametrize(
    "paragraph",
    [
        "Advertisement",
        "Sign up for our free morning newsletter and never miss a story.",
        "Morning Line Newsletter",
        "Like this article? Pass it on to a colleague!",
        "Get the headlines in your inbox each morning. Subscribe to our briefings.",
        "12 comments",
        "Related stories:",
        "Subscribe now for unlimited access",
        "[button link=”/submit”] Send us your review[/button]",
    ],
)
def test_calls_to_action_are_dropped(paragraph: str) -> None:
    assert _is_call_to_action(paragraph)


@pytest.mark.parametrize(
    "paragraph",
    [
        "The company said 5,000 people had signed up for its newsletter since March.",
        "Subscribers to the utility's paper bills will be charged a fee from next year, "
        "the regulator said, a decision consumer groups called unfair.",
        "Related reports suggested the board had met in private twice.",
        "Advertising revenue at the paper fell by a third last year.",
    ],
)
def test_story_paragraphs_about_newsletters_stay(paragraph: str) -> None:
    assert not _is_call_to_action(paragraph)


def test_html_comment_inside_a_paragraph_keeps_the_whole_paragraph() -> None:
    page = (
        "<html><head><title>Harbour vote</title></head><body><article><h1>Harbour vote</h1>"
        "<p>The harbour board voted on Monday to approve the dredging plan.</p>"
        "<p>Fishers said the plan <!-- ad slot --> would destroy the oyster beds that "
        "support about 300 jobs along the coast.</p></article></body></html>"
    )
    article = bytes_to_article(page.encode(), "vote.html", ".html")
    assert article.text.split("\n\n")[-1] == (
        "Fishers said the plan would destroy the oyster beds that support about 300 jobs "
        "along the coast."
    )


def test_html_navigation_footer_and_asides_stay_out_but_json_ld_counts() -> None:
    words = "The harbour board voted on Monday to approve the dredging plan for the channel."
    page = (
        '<html lang="en"><head><script type="application/ld+json">{"@type": "NewsArticle", '
        '"headline": "Harbour vote", "datePublished": "2026-03-02"}</script>'
        "<style>p { color: red }</style></head><body>"
        "<nav><p>Home News Sport Weather and a long line of section links here</p></nav>"
        f"<article><p>{words}</p><aside><p>Read more: an unrelated story about the "
        "weather that a sidebar promotes to readers</p></aside>"
        "<p>Fishers said they would appeal against the decision in the state court.</p>"
        "</article><footer><p>Copyright 2026 Calder Evening Post, all rights reserved "
        "by the publisher</p></footer><script>var tracking = 'never text';</script>"
        "</body></html>"
    )
    article = bytes_to_article(page.encode(), "vote.html", ".html")
    assert article.title == "Harbour vote"
    assert article.published == dt.date(2026, 3, 2)
    assert article.text.split("\n\n") == [
        words,
        "Fishers said they would appeal against the decision in the state court.",
    ]
