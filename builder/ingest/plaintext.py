"""Plain-text articles: find the headline and the body among the lines of a pasted article.

A clean file is a headline line, a blank line, then paragraphs separated by blank lines;
its first line is the title and the rest is the body, unchanged. Real copies are messier:
a kicker or byline above or below the headline, a date line, photo captions between
paragraphs, a dateline opening the story, a "— Reuters" credit or a "Source link:" footer
at the end. Those lines are kept out of the body and used as metadata where they carry any
(see :mod:`builder.ingest.textmeta`). Text with no headline at all (a body pasted on its
own) keeps every sentence in the body and takes its title from the first sentence.

:func:`read_blocks` is shared with the Markdown and HTML readers, which hand it the
paragraphs they found so that their bylines, captions and credits are treated the same way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from builder import captions
from builder.article import Article
from builder.ingest import textmeta as tm
from builder.ingest.headline import write_headline
from builder.ingest.outlets import outlet_of_url
from builder.score_lines import is_results_row
from builder.sentences import SEGMENTATION


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


MAX_TITLE_WORDS = 25
_KICKERS = _words(
    "exclusive analysis opinion breaking update updated live explainer comment editorial news "
    "world business sport sports politics review interview feature"
)
# A headline rarely ends with one of these; a hard-wrapped line of prose often does.
_DANGLING = _words(
    "a an the of to and or but in on for with by at from that which as is was are were be has "
    "have had its their his her this these those than into over under after before"
)


@dataclass(frozen=True)
class _Line:
    block: int
    text: str


def paragraphs_of(text: str) -> list[str]:
    """Paragraphs separated by blank lines, hard-wrapped lines joined, spacing normalised."""
    blocks = re.split(r"\n\s*\n", text.strip())
    return [" ".join(block.split()) for block in blocks if block.strip()]


def split_blocks(text: str) -> list[list[str]]:
    """Blocks of non-blank lines (whitespace normalised), separated by blank lines."""
    blocks: list[list[str]] = []
    current: list[str] = []
    for raw in text.split("\n"):
        line = " ".join(raw.split())
        if line:
            current.append(line)
        elif current:
            blocks.append(current)
            current = []
    if current:
        blocks.append(current)
    return blocks


def text_to_article(
    text: str, segmentation: int = SEGMENTATION, *, write_title: bool = True
) -> Article:
    """Read a plain-text article (see the module docstring for what counts as metadata)."""
    title, paragraphs, found = read_blocks(split_blocks(text), segmentation=segmentation)
    return article_from(title, paragraphs, found, segmentation, write_title=write_title)


def article_from(
    title: str | None,
    paragraphs: list[str],
    found: tm.Found,
    segmentation: int = SEGMENTATION,
    *,
    write_title: bool = True,
) -> Article:
    """An :class:`Article` from a reader's title, body paragraphs and metadata.

    With no headline the title is written from the lead (unless ``write_title`` is off:
    a reader that wants only the sentences need not load the parser); with no outlet it is named
    after the URL's domain, and with no date the one a caption or dateline gives is
    taken: such guesses are listed in ``Article.inferred``.
    """
    url = tm.clean_url(found.url)
    inferred: list[str] = []
    published = found.published or found.updated
    if published is None and found.inferred_date is not None:
        published = found.inferred_date
        inferred.append("published")
    outlet = found.outlet or found.credit
    if outlet is None and url is not None:
        outlet = outlet_of_url(url)
        inferred.append("outlet")
    article = Article(
        title=title or "",
        text="\n\n".join(paragraphs),
        published=published,
        outlet=outlet,
        authors=tm.clean_authors(found.authors or []),
        url=url,
        language=tm.clean_language(found.language),
        inferred=tuple(inferred),
        segmentation=segmentation,
    )
    return with_title(article) if write_title else article


def with_title(article: Article) -> Article:
    """The article, with a headline written from its lead if it has no title."""
    if article.title:
        return article
    title = write_headline(article.sentences, article.language)
    return replace(article, title=title, sentences=article.sentences)


def read_blocks(
    blocks: list[list[str]],
    title: str | None = None,
    *,
    find_title: bool = True,
    segmentation: int = SEGMENTATION,
) -> tuple[str | None, list[str], tm.Found]:
    """Split blocks of lines into (title, body paragraphs, metadata).

    With ``find_title`` false (the reader already knows the title) the header is still
    searched for bylines and dates, but no line is taken as the headline. From
    segmentation version 2 on, every line :func:`builder.captions.is_caption` finds
    (a caption that a version 1 reader would have left in the body) is kept out.
    """
    lines = [_Line(b, text) for b, block in enumerate(blocks) for text in block]
    found = tm.Found(title=title)
    taken: set[int] = set()
    end = _read_footer(lines, found, taken, notes=segmentation >= 4)
    start = _read_header(
        lines, end, found, taken, find_title=find_title and title is None, segmentation=segmentation
    )
    body: dict[int, list[str]] = {}
    for i in range(start, end):
        text = lines[i].text
        caption = tm.is_caption(text) or (segmentation >= 2 and captions.is_caption(text))
        if caption:
            _take_caption_date(text, found)
        elif segmentation >= 4 and (
            tm.is_time_stamp(text) or tm.is_link_label(text) or tm.is_promotion(text)
        ):
            continue  # a live blog's entry stamp, a "Read more:" link, a promotion
        elif i not in taken:
            body.setdefault(lines[i].block, []).append(text)
    paragraphs = [p for block in body.values() for p in _paragraphs(block, rows=segmentation >= 5)]
    if paragraphs:
        paragraphs[0] = _strip_dateline(paragraphs[0], found, segmentation)
    headline = found.title
    if headline is not None and headline != title and captions.is_caption(headline):
        _take_caption_date(headline, found)
        headline = None  # a version 1 reader took this caption for the headline
    return headline, [p for p in paragraphs if p], found


def _read_footer(lines: list[_Line], found: tm.Found, taken: set[int], *, notes: bool) -> int:
    """Take credit, caption and link lines off the end; return where the footer starts.

    With ``notes`` (version 4) a wire credit run onto the last line ("... (Reporting by
    Ana Ruiz; Editing by Tom Lee)") is cut off it, and closing notes (a contributor line,
    an agency's standards line) are footer lines too."""
    end = len(lines)
    while end > 1:
        text = lines[end - 1].text
        url = tm.footer_url(text)
        cut = tm.glued_credit(text) if notes else None
        if cut is not None and len(text[:cut].split()) >= 4:
            _take_credit(text[cut:].strip(), found)
            lines[end - 1] = _Line(lines[end - 1].block, text[:cut].rstrip())
            break
        if url:
            found.set("url", url)
        elif notes and tm.is_footer_note(text):
            pass
        elif not (_take_credit(text, found) or tm.is_caption(text) or _take_label(text, found)):
            break
        taken.add(end - 1)
        end -= 1
    return end


def _take_credit(text: str, found: tm.Found) -> bool:
    credited = tm.credit(text)
    if credited is None:
        return False
    outlet, authors = credited
    found.set("credit", outlet)
    found.set("authors", authors)
    return True


def _read_header(
    lines: list[_Line],
    end: int,
    found: tm.Found,
    taken: set[int],
    *,
    find_title: bool,
    segmentation: int,
) -> int:
    """Take the headline and the metadata lines around it; return where the body starts.

    From version 2 on a caption line is taken, never as the headline. Version 1 took a
    caption that looked like a headline for the title, and its body must stay as it
    was, so there the caption is taken as before and dropped as a title by the caller.
    """
    i = 0
    while i < end:
        text = lines[i].text
        if _take_metadata(text, found, dated_byline=segmentation >= 4) or (
            found.title is not None and i > 0 and _take_name_line(lines, i, end, found)
        ):
            _take_caption_date(text, found)
            taken.add(i)
            i += 1
            continue
        if segmentation >= 2 and captions.is_caption(text):
            _take_caption_date(text, found)
            taken.add(i)
            i += 1
            continue
        if find_title and found.title is None:
            if _is_kicker(text) and i + 1 < end and _is_headline(lines, i + 1, end):
                taken.add(i)
                i += 1
                continue
            if _is_headline(lines, i, end):
                found.title = text
                taken.add(i)
                i += 1
                continue
        break
    return i


def _take_caption_date(text: str, found: tm.Found) -> None:
    """A caption's date ("... in Calder on March 2, 2026. — Reuters"): a guess at the
    publication date, used only when nothing states it."""
    if tm.is_caption(text) or captions.is_caption(text):
        date = tm.find_date(text)
        if date is not None:
            found.set("inferred_date", date[0])


def _take_metadata(text: str, found: tm.Found, *, dated_byline: bool = False) -> bool:
    if _take_label(text, found):
        return True
    # From version 4 on (dated_byline), "By Ana Ruiz for The Calder Post" is a byline too.
    named = (_dated_byline(text, found) if dated_byline else None) or tm.byline(
        text, for_outlet=dated_byline
    )
    if named is not None:
        found.set("authors", named[0])
        found.set("outlet", named[1])
        return True
    dated = tm.date_line(text)
    if dated is not None:
        found.set("updated" if dated[1] else "published", dated[0])
        return True
    place_dated = tm.dateline_line(text)
    if place_dated is not None:
        found.set("published", place_dated)
        return True
    url = tm.footer_url(text)
    if url:
        found.set("url", url)
        return True
    return tm.is_caption(text)


def _dated_byline(text: str, found: tm.Found) -> tuple[list[str], str | None] | None:
    """A byline that also dates the story ("By Ana Ruiz · 2 October 2026"): its names, and
    the date taken as the publication date."""
    dated = tm.find_date(text)
    if dated is None:
        return None
    date, match = dated
    names = text[: match.start()].rstrip(" ·•|,;:—–-(")
    names = re.sub(r"\s+(?:on|published|updated)$", "", names, flags=re.I)
    if text[match.end() :].strip(" ·•|,;—–-)") and not tm.date_line(text[match.start() :]):
        return None  # more than a date (and its time) follows the names
    named = tm.byline(names)
    if named is not None:
        found.set("published", date)
    return named


def _take_label(text: str, found: tm.Found) -> bool:
    pair = tm.labelled(text)
    if pair is None:
        return False
    label, value = pair
    if label in ("title", "headline"):
        found.set("title", value)
    elif label in ("outlet", "publication", "publisher", "source"):
        if tm.clean_url(value):
            found.set("url", value)
        elif len(value.split()) <= 8:
            found.set("outlet", value)
        else:
            return False  # "Source: officials said ..." is prose, not a label
    elif label in ("author", "authors", "byline"):
        found.set("authors", tm.split_names(value)[0] or [value])
    elif label in ("date", "published"):
        date = tm.parse_date(value)
        if date is None:
            return False
        found.set("published", date)
    elif label == "language":
        found.set("language", value)
    elif label == "url":
        if not tm.clean_url(value):
            return False
        found.set("url", value)
    return True


def _take_name_line(lines: list[_Line], i: int, end: int, found: tm.Found) -> bool:
    """A bare author name under the headline (wire copy: "Ana Ruiz")."""
    text = lines[i].text
    if not 2 <= len(text.split()) <= 4 or not tm.looks_like_name(text) or i + 1 >= end:
        return False
    if tm.looks_like_outlet(text):
        found.set("outlet", text)
    else:
        found.set("authors", [text])
    return True


def _is_kicker(text: str) -> bool:
    words = text.split()
    if not 1 <= len(words) <= 4 or tm.ends_sentence(text):
        return False
    return text.isupper() or text.lower().strip(" :|") in _KICKERS


def _is_headline(lines: list[_Line], i: int, end: int) -> bool:
    text = lines[i].text
    words = text.split()
    if not 1 <= len(words) <= MAX_TITLE_WORDS or len(text) > 200:
        return False
    if text[-1] in ",;:" or words[-1].lower() in _DANGLING:
        return False
    shouting = sum(ch.isupper() for ch in text) > 0.6 * sum(ch.isalpha() for ch in text)
    if text.endswith(".") and not text.endswith("...") and not shouting:
        return False
    following = [ln.text for ln in lines[i + 1 : end] if ln.block == lines[i].block]
    if not following or shouting:
        return True
    # The block goes on: a headline directly above the text, or a hard-wrapped paragraph?
    nxt = following[0]
    if _take_metadata(nxt, tm.Found()):
        return True
    if not nxt[:1].isupper() and nxt[:1] not in "\"'“‘(0123456789":
        return False
    if sum(tm.ends_sentence(line) for line in following) * 3 >= 2 * len(following):
        return True  # one sentence or paragraph per line: the first line stands apart
    return len(text) < 0.75 * max(len(line) for line in following)


def _paragraphs(lines: list[str], *, rows: bool = False) -> list[str]:
    """A block's paragraphs: one per line when lines are whole sentences, else joined;
    with ``rows`` (segmentation version 5 on), a score line of a results list ("Schalke 2
    Hansa Rostock 0") or a draw's match line ("Tom Vell ( Arlenia ) beat Dan Ruiz (
    Vaskland ) 15-9 15-7") keeps its line break, so its two sides can be read from it; the
    sentences are the same, since a line break inside a paragraph is a space to them."""
    if len(lines) >= 2 and not _hard_wrapped(lines):
        ends = sum(tm.ends_sentence(line) for line in lines)
        if ends * 3 >= 2 * len(lines):
            return lines
    # Score lines are never prose wrapped to a width, however alike their lengths.
    scored = [is_results_row(line) for line in lines] if rows else []
    if sum(scored) >= MIN_SCORE_LINES:
        joined = lines[0]
        for n, line in enumerate(lines[1:], 1):
            joined += ("\n" if scored[n - 1] or scored[n] else " ") + line
        return [joined]
    return [" ".join(lines)]


MIN_SCORE_LINES = 2


def _hard_wrapped(lines: list[str]) -> bool:
    widest = max(len(line) for line in lines)
    if len(lines) < 3 or widest < 40:
        return False
    return all(len(line) >= 0.6 * widest for line in lines[:-1])


def _strip_dateline(paragraph: str, found: tm.Found, segmentation: int) -> str:
    # A credit alone ("(CNN)Over the last year ...") is taken off from version 3 on, a
    # place run into its credit ("Calder (CNN)The ...") from version 4: a stored original
    # of an older brief reads as it did when its sentences were numbered.
    match = tm.dateline(paragraph, bare_credit=segmentation >= 3, place_credit=segmentation >= 4)
    if match is None:
        return paragraph
    length, agency = match
    rest = paragraph[length:]
    if len(rest.split()) < 4:
        return paragraph
    found.set("credit", agency)
    return rest
