"""A saved page's standfirst: the lead sentence set above the body, outside it.

Many pages print a standfirst (a one- or two-sentence lead in larger type) between the
headline and the body, in an element of its own, often inside an ``<article>`` that holds
only the headline, the standfirst and the picture while the body follows elsewhere.
trafilatura keeps the body and loses the lead. The publisher's description (``og:description``
or ``description``) is usually that standfirst word for word, so it tells which element it
is: an element whose whole text is the description, before the body, is the story's first
paragraph. A deck set as a heading or in the page's ``<header>`` is a teaser line under the
headline, not the lead, and stays out. A description the page does not print (a summary
for search engines) is never added, and one that the body already holds is not added twice.
"""

from __future__ import annotations

from lxml.html import HtmlElement

MIN_WORDS = 12  # a shorter description is a tagline or a label, not a lead
_PROBE = 32  # characters of the description searched for (one text node holds them)
# Where a description is printed as something else: a deck under the headline set as a
# heading or in the page's header (a teaser line, not the story's lead), a caption, a link.
_NOT_STORY = frozenset((
    "figure", "figcaption", "head", "title", "a", "button", "li", "header", "hgroup",
    "h1", "h2", "h3", "h4", "h5", "h6",
))  # fmt: skip


def with_standfirst(tree: HtmlElement, paragraphs: list[str], description: str | None) -> list[str]:
    """``paragraphs``, with the page's standfirst first when the body lost it."""
    if not description or not paragraphs:
        return paragraphs
    text = " ".join(description.split())
    key = text.casefold()
    if len(text.split()) < MIN_WORDS or text[-1] not in ".!?\"'”’":
        return paragraphs
    if any(key in p.casefold() for p in paragraphs):
        return paragraphs
    element = _printed(tree, text)
    if element is None or not _before_body(tree, element, paragraphs):
        return paragraphs
    return [text, *paragraphs]


def _printed(tree: HtmlElement, text: str) -> HtmlElement | None:
    """The element of the body whose whole text is ``text``, if the page prints it."""
    probe = text[:_PROBE]
    for node in tree.xpath("//body//text()[contains(., $probe)]", probe=probe):
        element = node.getparent()
        while element is not None:
            if any(a.tag in _NOT_STORY for a in (element, *element.iterancestors())):
                break
            whole = " ".join("".join(element.itertext()).split())
            if whole == text:
                return element
            if len(whole) > len(text):
                break
            element = element.getparent()
    return None


def _before_body(tree: HtmlElement, element: HtmlElement, paragraphs: list[str]) -> bool:
    """Whether ``element`` comes before the first of the body's paragraphs in the page."""
    first = " ".join(paragraphs[0].split())
    seen = False
    for el in tree.iter():
        if el is element:
            seen = True
        elif el.tag == "p" and " ".join("".join(el.itertext()).split()) == first:
            return seen
    return False  # the body's first paragraph is no <p> of the page: no order to trust
