"""Saved web pages: the article's main text with trafilatura, its metadata from the markup.

trafilatura finds the main text and leaves navigation, related links, comments and most
boxes out. Two settings differ from its defaults: ``favor_precision`` (a brief's evidence
must be the story, so leaving out a doubtful block beats letting a teaser in) and tables
kept (figures in a news table are part of the story). Short paragraphs that are calls to
action (newsletter sign-ups, "Like this story? Share it") are dropped afterwards, and the
lines around the body (byline, date, captions, credits) are treated as in plain text.
"""

from __future__ import annotations

import re

import trafilatura
from lxml import etree
from lxml.html import HtmlElement, document_fromstring

from builder.article import Article
from builder.errors import InputError
from builder.ingest import textmeta as tm
from builder.ingest.html_meta import PageMeta, page_metadata
from builder.ingest.outlets import outlet_of_url
from builder.ingest.plaintext import read_blocks, with_title
from builder.ingest.split_body import with_split_pieces
from builder.ingest.standfirst import with_standfirst
from builder.sentences import SEGMENTATION

MIN_WORDS = 8  # less is a menu, a login wall or a script-rendered shell, not an article
_BLOCK_TAGS = frozenset(("p", "head", "quote", "list", "item", "table", "row", "code", "div"))
# Labels that are boilerplate when they are all a paragraph says ("Related stories:").
_LABEL_ONLY = re.compile(
    r"^\W*(?:advertisement|advertising|sponsored(?: content)?|continue reading|read more|"
    r"related(?: articles| stories| coverage| content)?|more on this(?: story)?|see also|"
    r"recommended(?: for you)?|most (?:read|popular)|trending(?: now)?|\d*\s*comments?)\W*$",
    re.I,
)
# Calls to action, which open a short paragraph ("Like this article? Pass it on to a colleague!").
_CALL_TO_ACTION = re.compile(
    r"^\W*(?:also on \S+|share (?:this|it)\b|follow us\b|click here\b|tap here\b|"
    r"like this (?:story|article)\b|tell us what you think|sign up\b|"
    r"subscribe (?:to|now|for|today)\b|get the latest\b)",
    re.I,
)
_NEWSLETTER = re.compile(
    r"\b(?:sign up|subscribe|newsletters?|in your inbox|"
    r"delivered (?:to|through) your)\b",
    re.I,
)
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")
# Reprint and licensing notices that publishers put above or below the story.
_NOTICE = re.compile(
    r"this copy is for your personal,? non-?commercial use|presentation-ready copies|"
    r"distribution and use of this material (?:is|are) governed|"
    r"(?:may|must) not be (?:published|reproduced|republished|redistributed|rewritten)"
    r"(?:,| or| in)|"
    r"for (?:reprints?|licensing|permission to reprint)\b[^.]{0,60}\b(?:contact|visit|please)",
    re.I,
)
# Words every notice above contains: a cheap test of the whole page before the search.
_NOTICE_WORDS = (
    "commercial use", "presentation-ready", "use of this material", "not be published",
    "not be reproduced", "not be republished", "not be redistributed", "not be rewritten",
    "for reprint", "for licensing", "for permission to reprint",
)  # fmt: skip
_NOTICE_BLOCKS = frozenset(("p", "div", "section", "aside", "blockquote", "li", "td", "span"))
_SHORTCODE = re.compile(r"^\[\w+(?:\s[^\]]*)?\].*\[/\w+\]$")
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)
# trafilatura's own parser settings (no comments, no processing instructions: a comment in
# a paragraph would cut its text short), and one element class for every tag: lxml.html's
# default lookup calls back into Python each time trafilatura touches an element.
_PARSER = etree.HTMLParser(collect_ids=False, remove_comments=True, remove_pis=True)
_PARSER.set_element_class_lookup(etree.ElementDefaultClassLookup(element=HtmlElement))
# Elements that never hold article text; trafilatura deletes them itself, only later.
_INERT = ("style", "link", "meta", "svg", "nav", "footer", "aside")


def html_to_article(
    text: str, source: str, segmentation: int = SEGMENTATION, *, write_title: bool = True
) -> Article:
    """Read a saved web page's article: main text and metadata."""
    tree = _parse(text, source)
    meta = page_metadata(tree)
    _drop_inert(tree)
    lowered = text.lower()
    if segmentation >= 2 and any(word in lowered for word in _NOTICE_WORDS):
        _drop_notices(tree)
    if segmentation >= 4:
        _drop_inline_cards(tree)
    main = _main_text(tree)
    if segmentation >= 4 and main:
        main = with_split_pieces(tree, main)
    paragraphs = [
        p for p in main if not _is_call_to_action(p) and not (segmentation >= 2 and _is_notice(p))
    ]
    if paragraphs and meta.title and _same_words(paragraphs[0], meta.title):
        paragraphs.pop(0)  # the headline, repeated at the top of the extracted text
    if segmentation >= 4:
        paragraphs = _without_headline(paragraphs, meta.title)
        paragraphs = with_standfirst(tree, paragraphs, meta.description)
    title, body, found = read_blocks(
        [[p] for p in paragraphs],
        meta.title,
        find_title=meta.title is None,
        segmentation=segmentation,
    )
    if sum(word_count(p) for p in body) < MIN_WORDS:
        raise InputError(
            source,
            "has no article text (the page may need JavaScript, "
            "or hold a list of links rather than an article)",
        )
    article = _article(title or "", "\n\n".join(body), meta, found, segmentation)
    return with_title(article) if write_title else article


def word_count(text: str) -> int:
    """Words in ``text``; Chinese and Japanese write no spaces, so there every two
    characters count as a word (about the length of a word in those languages)."""
    cjk = len(_CJK.findall(text))
    return len(_CJK.sub(" ", text).split()) + cjk // 2


def _parse(text: str, source: str) -> HtmlElement:
    # lxml refuses a str that still carries an XML encoding declaration (XHTML).
    text = _XML_DECLARATION.sub("", text, count=1)
    try:
        return document_fromstring(text, parser=_PARSER)
    except (etree.ParserError, ValueError) as exc:
        raise InputError(source, "is not an HTML page (it cannot be parsed)") from exc


def _drop_inert(tree: HtmlElement) -> None:
    """Remove what is never article text, once the metadata has been read from it.

    trafilatura deletes these elements in its own clean-up, but only after it has copied
    the tree and run its XPath filters over it, and its readability fallback sees all of
    them: on real news pages they are half the elements (measured on 50 pages: 760 on
    average, 380 without them), and every filter costs per element. JSON-LD stays, since
    trafilatura reads it to recognise forum threads.
    """
    for script in list(tree.iter("script")):
        if "ld+json" not in (script.get("type") or "").lower():
            script.drop_tree()
    etree.strip_elements(tree, *_INERT, with_tail=False)


def _is_notice(paragraph: str) -> bool:
    """A reprint, licensing or copyright notice, which is never the story."""
    return len(paragraph.split()) <= 80 and bool(_NOTICE.search(paragraph))


def _drop_notices(tree: HtmlElement) -> None:
    """Remove the blocks that hold a reprint or licensing notice.

    Left in, such a block can be the page's densest text (it is one long paragraph of
    plain prose, where the story's paragraphs carry links), and trafilatura then returns
    the notice as the article. The innermost block around the notice goes, with nothing
    else: a notice inside the story's own container takes only its paragraph with it.
    """
    for node in tree.xpath(
        "//text()[re:test(., $pattern, 'i')]",
        pattern=_NOTICE.pattern,
        namespaces={"re": "http://exslt.org/regular-expressions"},
    ):
        block = node.getparent()
        while block is not None and block.tag not in _NOTICE_BLOCKS:
            block = block.getparent()
        inner = block is not None and block.getparent() is not None
        if inner and block is not None and len(block.text_content().split()) <= 80:
            block.drop_tree()


def _drop_inline_cards(tree: HtmlElement) -> None:
    """Remove the pop-up cards that some pages nest inside a paragraph's text, and unwrap
    the spans that hold nothing but one link.

    A name in the text can carry a hidden card (a portrait and links to other stories
    about the person) that the page shows on hover; flattened, its headlines run into the
    sentence ("Gov. Ana RuizAna Maria RuizCouncil backs ... MORE is defending ..."). An
    inline element inside a paragraph that holds a picture and two links or more is such
    a card; the innermost goes first, so the name around it stays.
    """
    cards = tree.xpath("//p//span[.//img and count(.//a) >= 2]")
    for card in sorted(cards, key=lambda el: -sum(1 for _ in el.iterancestors())):
        still = card.getparent() is not None and card.find(".//img") is not None
        if still and len(card.findall(".//a")) >= 2:
            card.drop_tree()
    # A link wrapped in a span of its own ('<span class="link"><a>the council voted</a>'):
    # trafilatura drops such a span for its class, and the sentence loses its words.
    wrapped = tree.xpath("//p//span[count(*) = 1 and a and normalize-space(text()) = '']")
    for span in wrapped:
        if not (span[0].tail or "").strip():
            span.drop_tag()


def _main_text(tree: HtmlElement) -> list[str]:
    document = trafilatura.bare_extraction(
        tree,
        include_comments=False,
        include_tables=True,
        include_images=False,
        favor_precision=True,
        with_metadata=False,
    )
    body = getattr(document, "body", None)
    if body is None:
        return []
    paragraphs: list[str] = []
    _collect(body, paragraphs)
    return paragraphs


def _collect(element: etree._Element, out: list[str]) -> None:
    """Paragraph texts of trafilatura's output tree, one per block, in reading order."""
    if element.tag == "row":
        cells = [_inline_text(cell) for cell in element]
        line = " | ".join(cell for cell in cells if cell)
        if line:
            out.append(line)
        return
    if not any(child.tag in _BLOCK_TAGS for child in element):
        text = _inline_text(element)
        if text:
            out.append(text)
        return
    # Mixed content: runs of inline text between nested blocks are paragraphs of their own.
    run: list[str] = [element.text or ""]
    for child in element:
        if child.tag in _BLOCK_TAGS:
            _flush(run, out)
            _collect(child, out)
            run = [child.tail or ""]
        else:
            run.append(
                _inline_text(child, with_tail=True)
                if child.tag != "lb"
                else " " + (child.tail or "")
            )
    _flush(run, out)


def _flush(run: list[str], out: list[str]) -> None:
    text = " ".join("".join(run).split())
    if text:
        out.append(text)


def _inline_text(element: etree._Element, *, with_tail: bool = False) -> str:
    parts: list[str] = []

    def walk(node: etree._Element) -> None:
        parts.append(node.text or "")
        for child in node:
            if child.tag == "lb":
                parts.append(" ")
            walk(child)
            parts.append(child.tail or "")

    walk(element)
    if with_tail:
        parts.append(element.tail or "")
    return " ".join("".join(parts).split())


def _is_call_to_action(paragraph: str) -> bool:
    words = len(paragraph.split())
    if _LABEL_ONLY.match(paragraph) or _SHORTCODE.match(paragraph):
        return True
    if words <= 25 and _CALL_TO_ACTION.match(paragraph):
        return True
    hits = len(_NEWSLETTER.findall(paragraph))
    return (words <= 8 and hits >= 1) or (words <= 30 and hits >= 2)


def _without_headline(paragraphs: list[str], title: str | None) -> list[str]:
    """The paragraphs, less any that only repeat the headline: trafilatura can place the
    page's ``<h1>`` after a live blog's first entry, or keep a card that repeats it."""
    if not title:
        return paragraphs
    return [p for p in paragraphs if not _same_words(p, title)]


def _same_words(a: str, b: str) -> bool:
    return re.findall(r"\w+", a.casefold()) == re.findall(r"\w+", b.casefold())


def _article(title: str, body: str, meta: PageMeta, found: tm.Found, segmentation: int) -> Article:
    inferred: list[str] = []
    published = meta.published or found.published or found.updated
    if published is None and found.inferred_date is not None:
        published = found.inferred_date
        inferred.append("published")
    url = meta.url or tm.clean_url(found.url)
    outlet = meta.outlet or found.outlet or found.credit
    if outlet is None and url is not None:
        outlet = outlet_of_url(url)
        inferred.append("outlet")
    return Article(
        title=title,
        text=body,
        published=published,
        outlet=outlet,
        authors=meta.authors or tm.clean_authors(found.authors or []),
        url=url,
        language=meta.language,
        inferred=tuple(inferred),
        segmentation=segmentation,
    )
