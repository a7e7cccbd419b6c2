"""Saved pages and texts in more shapes real news takes: a body split into twin
containers with link boxes between, wire footers, live-blog timestamps."""

from __future__ import annotations

import datetime as dt

import pytest

from builder.ingest import bytes_to_article, read_article
from builder.ingest import textmeta as tm
from builder.ingest.html_reader import html_to_article
from builder.ingest.plaintext import text_to_article

from .conftest import FIXTURES

ARTICLES = FIXTURES / "articles"


def test_a_body_split_into_twin_containers_is_read_whole() -> None:
    # An advertisement row between two "story-body" pieces; a "Related:" link and a
    # newsletter box inside the second. trafilatura alone keeps the first piece only.
    article = read_article(ARTICLES / "split_body.html")
    assert article.title == "Calder council votes to close two branch libraries"
    assert article.outlet == "The Calder Ledger"
    assert article.published == dt.date(2026, 9, 15)
    assert article.authors == ("Mirela Osei",)  # from the page's visible byline element
    texts = [s.text for s in article.sentences]
    assert texts[0].startswith("Calder's city council voted seven to four")
    assert texts[-1].startswith("A group of residents said on Tuesday")
    assert any(t.startswith("The Millbrook branch also houses") for t in texts)
    assert not any("Related" in t or "Sign up" in t or "Advertisement" in t for t in texts)
    assert len(texts) == 9


def test_version_3_reads_a_split_page_as_it_did() -> None:
    page = (ARTICLES / "split_body.html").read_text(encoding="utf-8")
    old = html_to_article(page, "split_body.html", 3)
    assert "Millbrook branch also houses" not in old.text


def test_twin_containers_of_another_kind_or_story_stay_out() -> None:
    lead = "".join(
        f"<p>Paragraph {n} of the story tells what the harbour board decided on its vote.</p>"
        for n in range(1, 5)
    )
    other = "<p>A quoted claim in a box of its own frame, which the page checks below it.</p>"
    next_story = (
        "<h1>Another story loaded below</h1><div class='wrap'><div class='rich'>"
        "<p>The next story's first paragraph is about a different council and its budget.</p>"
        "</div></div>"
    )
    page = (
        "<html><body><div class='claim'><div class='rich'>" + other + "</div></div>"
        "<article><div class='wrap'><div class='rich'>"
        + lead
        + "</div></div></article>"
        + next_story
        + "</body></html>"
    )
    text = html_to_article(page, "page.html").text
    assert "Paragraph 4 of the story" in text
    assert "quoted claim" not in text and "next story" not in text


def _texts(name: str, segmentation: int | None = None) -> list[str]:
    path = ARTICLES / name
    if segmentation is None:
        return [s.text for s in read_article(path).sentences]
    data = path.read_bytes()
    return [s.text for s in bytes_to_article(data, name, path.suffix, segmentation).sentences]


def test_live_blog_stamps_are_not_sentences() -> None:
    article = read_article(ARTICLES / "live_blog.txt")
    assert article.title == "Calder storm live: flood barriers raised as river nears record"
    assert article.published == dt.date(2026, 11, 3)
    texts = _texts("live_blog.txt")
    assert texts[0].startswith("The city council says the flood barriers")
    assert texts[3].startswith("The river gauge at Millford reached")
    assert texts[4].startswith("Schools in the lower town will close")
    assert len(texts) == 5
    # Version 3 glued each stamp to its entry: a brief made then keeps its numbering.
    assert _texts("live_blog.txt", 3)[0].startswith("14:05 The city council")


@pytest.mark.parametrize(
    "line",
    ["14:05", "Posted at 13:12", "12:55 GMT", "Updated 9.40am", "3 November 2026, 13:40"],
)
def test_time_stamps(line: str) -> None:
    assert tm.is_time_stamp(line)


@pytest.mark.parametrize(
    "line", ["14:05 The council met.", "At 13:12 the river rose", "Route 12", "2027"]
)
def test_not_time_stamps(line: str) -> None:
    assert not tm.is_time_stamp(line)


def test_markdown_front_matter_table_byline_and_link() -> None:
    article = read_article(ARTICLES / "front_matter_table.md")
    assert article.title == "Calder transit agency orders 40 electric buses"
    assert article.outlet == "Calder Herald"
    assert article.published == dt.date(2026, 10, 2)
    assert article.authors == ("Priya Nandakumar",)
    assert article.url == "https://calderherald.example/transit/electric-buses"
    assert _texts("front_matter_table.md") == [
        "The Calder transit agency has ordered 40 electric buses from a regional maker, its "
        "board announced on Thursday, in a deal worth about 28 million euros.",
        "Route | Buses | In service",
        "12 | 15 | 2027",
        "30 | 25 | 2028",
        "The first buses will run on route 12 from the spring of 2027, the agency said.",
        "The board's chair, Emil Varga, said the order would cut the fleet's emissions by a fifth.",
    ]
    old = _texts("front_matter_table.md", 3)
    assert old[0] == "Calder transit agency orders 40 electric buses" and "Route" in old


@pytest.mark.parametrize(
    ("line", "names", "date"),
    [
        ("By Priya Nandakumar · 2 October 2026", ("Priya Nandakumar",), dt.date(2026, 10, 2)),
        ("By Ana Ruiz | Published 3 March 2026, 09:15 GMT", ("Ana Ruiz",), dt.date(2026, 3, 3)),
        ("By Tom Lee and Ana Ruiz, March 4, 2026", ("Tom Lee", "Ana Ruiz"), dt.date(2026, 3, 4)),
    ],
)
def test_a_dated_byline_gives_authors_and_date(
    line: str, names: tuple[str, ...], date: dt.date
) -> None:
    body = "The harbour board approved the dredging plan on Monday after a long debate."
    article = text_to_article(f"Harbour board approves dredging plan\n\n{line}\n\n{body}")
    assert article.authors == names
    assert article.published == date
    assert [s.text for s in article.sentences] == [body]


@pytest.mark.parametrize(
    "line",
    ["Related: Calder's budget gap, explained", "Read more: The bridge that never opened"],
)
def test_labelled_links_are_not_sentences(line: str) -> None:
    body = ["The council met on Monday to debate the plan.", "It voted to delay it by a year."]
    article = text_to_article(f"Council delays plan\n\n{body[0]}\n\n{line}\n\n{body[1]}")
    assert [s.text for s in article.sentences] == body


def test_a_wire_story_keeps_its_footer_out() -> None:
    article = read_article(ARTICLES / "wire_footer.txt")
    assert article.authors == ("Tomasz Wren",)
    texts = _texts("wire_footer.txt")
    assert texts[0].startswith("Grain traders in Calder cut their export forecasts")
    assert texts[-1].startswith("Wheat futures on the regional exchange rose 4%")
    assert not any("Reporting by" in t or "Copyright" in t for t in texts)


def test_credited_captions_between_paragraphs_are_not_sentences() -> None:
    texts = _texts("captions_credited.txt")
    assert len(texts) == 5
    assert not any("Photo" in t or "Getty" in t or "drone" in t for t in texts)
    assert texts[-1] == "The authority plans a second plant on the Eastgate reservoir by 2028."


def test_a_standfirst_outside_the_body_is_its_first_paragraph() -> None:
    # The <article> holds the headline, standfirst and picture; the body is another element.
    article = read_article(ARTICLES / "teaser_article.html")
    assert article.title == "Calder airport adds night flight curfew"
    assert article.authors == ("Jonas Aberg",)
    assert article.published == dt.date(2026, 2, 11)
    texts = _texts("teaser_article.html")
    assert texts[0].startswith("Calder's airport will ban take-offs between midnight")
    assert texts[1].startswith("The airport's operator said on Wednesday")
    assert "2024 | 812 | 1,940" in texts  # the table of figures stays in the body
    assert (
        texts[-1]
        == "The operator said it expected to lose about 3 million euros a year in landing fees."
    )
    assert not any("Photo" in t or "cargo jet" in t for t in texts)
    assert _texts("teaser_article.html", 3)[0].startswith("The airport's operator said")


def test_a_deck_set_as_a_heading_is_not_the_lead() -> None:
    deck = "More stalls, longer hours and a new market hall: here is what the plan will change."
    lead = "".join(
        f"<p>Paragraph {n} of the story tells what the market committee decided on Monday.</p>"
        for n in range(1, 5)
    )
    page = (
        f"<html><head><meta name='description' content='{deck}'></head><body><article>"
        f"<header><h1>Calder market to open six days a week</h1><h2>{deck}</h2></header>"
        f"<div class='body'>{lead}</div></article></body></html>"
    )
    text = html_to_article(page, "page.html").text
    assert "More stalls" not in text and text.startswith("Paragraph 1 of the story")
    standfirst = page.replace(f"<h2>{deck}</h2></header>", f"</header><p>{deck}</p>")
    assert html_to_article(standfirst, "page.html").text.startswith("More stalls")


def test_a_live_blog_page_keeps_its_headline_and_stamps_out() -> None:
    article = read_article(ARTICLES / "live_blog.html")
    assert article.title == "Calder floods live: barriers raised as river nears record"
    texts = _texts("live_blog.html")
    assert texts[0].startswith("The city council says the flood barriers")
    assert not any(t == article.title or "Share this" in t or "14:05" in t for t in texts)
    assert len(texts) == 6


def test_a_print_version_loses_its_print_marks() -> None:
    article = read_article(ARTICLES / "print_version.html")
    assert article.title == "Calder hospital opens new cancer wing"
    assert article.authors == ("Ewa Lindgren",)
    assert article.published == dt.date(2026, 5, 21)
    assert article.url == "https://www.caldertribune.example/health/cancer-wing-opens"
    texts = _texts("print_version.html")
    assert texts[0].startswith("Calder General Hospital opened a 60-bed cancer wing")
    assert texts[-1].startswith("The board blamed the cost of steel")
    assert not any("Print" in t or "Copyright" in t for t in texts)


def test_an_amp_page_reads_like_the_page() -> None:
    article = read_article(ARTICLES / "amp_page.html")
    assert article.title == "Calder rail strike called off after late pay deal"
    assert article.outlet == "The Calder Post"
    assert article.authors == ("Ruth Mensah",)
    assert article.published == dt.date(2026, 6, 30)
    texts = _texts("amp_page.html")
    assert texts[0].startswith("A three-day rail strike planned for this week")
    assert texts[-1].startswith("Commuters' groups welcomed the news")
    assert not any("Advertisement" in t or "Photo" in t or "Menu" in t for t in texts)
    assert len(texts) == 4


def test_a_wire_credit_glued_to_the_last_paragraph_is_cut_off() -> None:
    assert read_article(ARTICLES / "wire_glued_credit.txt").authors == ("Ana Ruiz",)
    texts = _texts("wire_glued_credit.txt")
    assert texts[-1] == "The currency fell 0.3% against the euro after the decision."
    assert not any("Reporting" in t or "Standards" in t for t in texts)
    assert len(texts) == 4
    assert "Reporting by" in _texts("wire_glued_credit.txt", 3)[-2]


def test_a_contributor_line_and_copyright_close_the_story() -> None:
    article = read_article(ARTICLES / "wire_contributor.txt")
    assert article.outlet == "The Associated Press"
    texts = _texts("wire_contributor.txt")
    assert texts[-1].startswith('"We expect most customers to have power back')
    assert len(texts) == 3


@pytest.mark.parametrize(
    "line",
    [
        "Associated Press writer Mei Tanaka in Harwick contributed to this report.",
        "Staff writer Ana Ruiz contributed reporting.",
        "Tom Lee and Ana Ruiz in Calder contributed to this story.",
        "Our Standards: The Trust Principles.",
    ],
)
def test_footer_notes(line: str) -> None:
    assert tm.is_footer_note(line)


@pytest.mark.parametrize(
    "line",
    [
        "The minister said that staff writer Ana Ruiz had contributed to the report's errors.",
        "Residents contributed 2 million euros to the fund, the council said.",
    ],
)
def test_not_footer_notes(line: str) -> None:
    assert not tm.is_footer_note(line)


def test_link_boxes_sign_ups_and_captions_inside_one_body_stay_out() -> None:
    article = read_article(ARTICLES / "inline_boxes.html")
    assert article.outlet == "Calder Daily News"
    assert article.published == dt.date(2026, 4, 9)
    texts = _texts("inline_boxes.html")
    assert texts[0].startswith("Calder Zoo said on Thursday")
    assert texts[-1].startswith('"Every birth matters for a species')
    assert len(texts) == 5
    banned = ("Read more", "newsletter", "Getty", "Photo:", "aviary")
    assert not any(word in t for t in texts for word in banned)
    assert _texts("inline_boxes.html", 3)[-1].startswith("Read more:")


def test_a_hover_card_inside_a_sentence_stays_out() -> None:
    card = (
        "<span class='person'><a href='/people/ruiz'>Ana Ruiz</a><span class='card'>"
        "<img src='ruiz.jpg' alt=''><a href='/people/ruiz'>Ana Maria Ruiz</a>"
        "<a href='/a'>Council backs new tram line</a> <a href='/b'>Mayor faces budget revolt</a>"
        "<a href='/people/ruiz'>MORE</a></span></span>"
    )
    rest = "".join(
        f"<p>Paragraph {n} of the story tells what the council decided about the tram.</p>"
        for n in range(2, 5)
    )
    page = (
        f"<html><body><article><p>Calder Mayor {card} defended the tram plan on Monday "
        f"against critics who say it is too expensive.</p>{rest}</article></body></html>"
    )
    first = html_to_article(page, "page.html").sentences[0].text
    assert first == (
        "Calder Mayor Ana Ruiz defended the tram plan on Monday against critics who say it "
        "is too expensive."
    )
    assert "Council backs" in html_to_article(page, "page.html", 3).text


def test_a_link_in_a_span_of_its_own_keeps_its_words() -> None:
    link = "<span class='link'><a href='/story'>the board will fine the operator</a></span>"
    rest = "".join(
        f"<p>Paragraph {n} of the story tells what the harbour board decided on its vote.</p>"
        for n in range(2, 5)
    )
    page = (
        f"<html><body><article><p>The harbour master said on Monday that {link} for the "
        f"spill in the east basin.</p>{rest}</article></body></html>"
    )
    expected = (
        "The harbour master said on Monday that the board will fine the operator for the "
        "spill in the east basin."
    )
    assert html_to_article(page, "page.html").sentences[0].text == expected
    assert html_to_article(page, "page.html", 3).sentences[0].text != expected


@pytest.mark.parametrize(
    "line",
    [
        "Follow the Calder Herald's opinion desk on Facebook, Instagram and X.",
        "Get Calder Cycling delivered every month: 12 issues for 20 euros. Click here to order.",
        "More:",
    ],
)
def test_promotions_are_not_sentences(line: str) -> None:
    body = ["The council met on Monday to debate the plan.", "It voted to delay it by a year."]
    text = f"Council delays plan\n\n{body[0]}\n\n{line}\n\n{body[1]}"
    assert [s.text for s in text_to_article(text).sentences] == body
    assert len(text_to_article(text, 3).sentences) > 2


@pytest.mark.parametrize(
    "line",
    [
        "Police said they would follow every lead and appealed for witnesses on the radio.",
        "More than 200 residents attended the meeting.",
    ],
)
def test_not_promotions(line: str) -> None:
    assert not tm.is_promotion(line)


def test_click_here_inside_a_story_sentence_is_the_story() -> None:
    assert not tm.is_promotion("A link, click here for the agenda, did nothing, she said.")


def test_a_reporting_credit_names_people_not_places() -> None:
    line = "Reporting by Ana Ruiz in Calder and Tom Lee in Harwick; Editing by Sara Lund"
    assert tm.credit(line) == (None, ["Ana Ruiz", "Tom Lee"])
