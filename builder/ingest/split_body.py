"""A story body that the page splits into several containers of the same kind.

Many publishers cut the body into pieces with an advertisement, a "Related" box or a
newsletter sign-up between them, and give every piece the same element and class
(``<div class="story-body">`` twice or more). trafilatura keeps the piece it scores best
and loses the others, sometimes half the story. Once it has chosen, the container of the
paragraphs it kept is found in the page, and the paragraphs of its twins are added in
reading order.

Twins are trusted only where they are pieces of the same story: outside one another,
in parents alike (the same parent, or parents of one element and class), inside the same
``<article>`` (or none), and with no ``<h1>`` between them (a page that
loads the next story below this one gives it a headline of its own).
"""

from __future__ import annotations

from lxml import etree
from lxml.html import HtmlElement

_PIECE_BLOCKS = ("p", "h2", "h3", "h4")
_NOT_STORY = frozenset(("figure", "figcaption", "blockquote", "table", "form", "button"))
MIN_ANCHOR_WORDS = 8  # a shorter paragraph could stand in any box of the page


def with_split_pieces(tree: HtmlElement, paragraphs: list[str]) -> list[str]:
    """``paragraphs`` (trafilatura's), with the paragraphs of the body's twin containers."""
    kept = {_key(p) for p in paragraphs}
    container = _container_of(tree, kept)
    if container is None:
        return paragraphs
    twins = [
        el
        for el in tree.iter(container.tag)
        if el is not container
        and el.get("class") == container.get("class")
        and _same_kind(el.getparent(), container.getparent())
        and not _nested(el, container)
        and _article_of(el) is _article_of(container)
    ]
    if not twins:
        return paragraphs
    before, after = _pieces_around(tree, container, twins, kept)
    if not before and not after:
        return paragraphs
    own = {_key(text) for text in _piece_paragraphs(container)}
    first = next((i for i, p in enumerate(paragraphs) if _key(p) in own), 0)
    last = max((i for i, p in enumerate(paragraphs) if _key(p) in own), default=len(paragraphs))
    return [
        *paragraphs[:first],
        *before,
        *paragraphs[first : last + 1],
        *after,
        *paragraphs[last + 1 :],
    ]


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()


def _container_of(tree: HtmlElement, kept: set[str]) -> HtmlElement | None:
    """The classed parent of the first kept paragraph long enough to be the story's."""
    for p in tree.iter("p"):
        text = _text(p)
        if len(text.split()) >= MIN_ANCHOR_WORDS and _key(text) in kept:
            parent = p.getparent()
            if parent is not None and parent.get("class"):
                return parent
            return None
    return None


def _same_kind(a: HtmlElement | None, b: HtmlElement | None) -> bool:
    """Parents alike: pieces of one body repeat their frame, where a rich-text box of
    another kind (a quoted claim, a teaser) sits in a frame of its own."""
    if a is None or b is None:
        return False
    return a is b or (a.tag == b.tag and a.get("class") == b.get("class"))


def _nested(a: HtmlElement, b: HtmlElement) -> bool:
    return any(x is b for x in a.iterancestors()) or any(x is a for x in b.iterancestors())


def _article_of(element: HtmlElement) -> HtmlElement | None:
    return next(element.iterancestors("article"), None)


def _pieces_around(
    tree: HtmlElement, container: HtmlElement, twins: list[HtmlElement], kept: set[str]
) -> tuple[list[str], list[str]]:
    """Paragraphs of the twins before and after the container, up to the nearest ``<h1>``
    on either side; only paragraphs trafilatura did not keep already."""
    members = {id(el) for el in twins}
    order: list[HtmlElement | None] = []  # twins and the container in reading order; None: h1
    for el in tree.iter(container.tag, "h1"):
        if el is container or id(el) in members:
            order.append(el)
        elif el.tag == "h1":
            order.append(None)
    at = next(i for i, el in enumerate(order) if el is container)
    before: list[HtmlElement] = []
    for el in reversed(order[:at]):
        if el is None:
            break
        before.insert(0, el)
    after: list[HtmlElement] = []
    for el in order[at + 1 :]:
        if el is None:
            break
        after.append(el)
    return _new_paragraphs(before, kept), _new_paragraphs(after, kept)


def _new_paragraphs(pieces: list[HtmlElement], kept: set[str]) -> list[str]:
    found: list[str] = []
    for piece in pieces:
        for text in _piece_paragraphs(piece):
            if _key(text) not in kept:
                kept.add(_key(text))
                found.append(text)
    return found


def _piece_paragraphs(piece: HtmlElement) -> list[str]:
    """The piece's own paragraphs and subheadings, not those of a figure, quote or form."""
    texts: list[str] = []
    for block in piece.iter(*_PIECE_BLOCKS):
        if _inside_other_block(block, piece):
            continue
        text = _text(block)
        if text:
            texts.append(text)
    return texts


def _inside_other_block(block: HtmlElement, piece: HtmlElement) -> bool:
    for ancestor in block.iterancestors():
        if ancestor is piece:
            return False
        if ancestor.tag in _NOT_STORY or ancestor.tag in _PIECE_BLOCKS:
            return True
    return False


def _text(element: etree._Element) -> str:
    return " ".join("".join(element.itertext()).split())
