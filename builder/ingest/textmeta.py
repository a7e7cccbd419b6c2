"""Recognise the lines around an article's body: bylines, dates, captions, credits, footers.

News text copied from a page or a wire feed carries lines that are not the story: a
byline, a publication date, a photo caption, a credit such as "— Reuters", a dateline
("CALDER, March 2 (Reuters) —") or a "Source link:" footer. Readers keep them out of the
body, because evidence sentences must be the story's own, and keep what they say as
metadata (authors, date, outlet, URL). Every function here looks at one line; the readers
decide where in the article a line may be taken for metadata.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from builder.ingest.outlets import strip_tracking


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_MONTH_NAMES = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
)  # fmt: skip
MONTHS = {name: n for n, full in enumerate(_MONTH_NAMES, 1) for name in (full, full[:3])}
MONTHS["sept"] = 9
_MONTH = r"(?P<month>(?i:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r"))\.?"
_DATE_PATTERNS = (
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<mon>[01]?\d)-(?P<day>[0-3]?\d)(?!\d)"),
    re.compile(
        _MONTH + r"\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)\b", re.I
    ),
    re.compile(
        r"\b(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+(?P<year>(?:19|20)\d\d)\b", re.I
    ),
)
# What may surround a date on a line that is only a date: labels, weekdays, times, zones.
_DATE_NOISE = _words(
    "published posted updated last modified date on at am pm a.m. p.m. gmt utc bst cet cest "
    "est edt cst cdt pst pdt et pt monday tuesday wednesday thursday friday saturday sunday "
    "mon tue tues wed thu thur thurs fri sat sun min mins minute minutes read time"
)
_TIME = re.compile(r"^\d{1,2}(?:[:.h]\d\d){1,2}(?:am|pm)?$|^\d{1,2}(?:am|pm)$|^\d+$")
# A live blog's entry stamp on a line of its own: "14:05", "Posted at 13:12", "12:55 GMT".
_STAMP = re.compile(
    r"^\W*(?:(?:posted|updated|published|last updated|edited)\s+(?:at\s+)?)?"
    r"\d{1,2}[:.h]\d\d(?:\s*(?:am|pm|a\.m\.|p\.m\.))?(?:\s+[A-Z]{2,5})?\W*$",
    re.I,
)
# A labelled link to another story ("Related: The budget gap, explained", "Read more: ...").
_LINK_LABEL = re.compile(
    r"^\W*(?:related(?: stories| articles| coverage)?|read more|read also|also read|see also|"
    r"more on this(?: story)?|further reading|recommended|you may also like)\s*[:|>»]\s*\S",
    re.I,
)
# Promotions a page sets between a story's paragraphs: a social "Follow ... on Twitter",
# a "click here" offer, a bare "More:" label.
_FOLLOW = re.compile(
    r"^\W*follow\b.{0,80}?\bon\s+(?:facebook|twitter|instagram|x|linkedin|tiktok|youtube|"
    r"threads|bluesky|whatsapp|telegram)\b",
    re.I,
)
# "Click here" opening a sentence (an offer); inside one it may be the story's own words.
_CLICK_HERE = re.compile(r"(?:^|[.!?]\s+)\W*(?:click|tap) here\b", re.I)
_BARE_LABEL = re.compile(r"^\W*(?:more|also|plus|watch|listen)\s*:\s*$", re.I)
# Notes that close wire copy: a contributor line, the agency's standards line.
_FOOTER_NOTE = re.compile(
    r"^\W{0,3}(?:(?:[A-Z][\w.'’-]*\s+){0,6}(?:writers?|reporters?|correspondents?|"
    r"journalists?|staff|researchers?)\s+(?:[A-Z][\w.'’-]*\s+){0,8}(?:\w+\s+){0,4}"
    r"contributed(?: reporting)?(?: to this (?:report|story|article))?|"
    r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}(?:\s+(?:and|in|from)\s+[\w.'’ -]{1,60})?"
    r"\s+contributed(?: reporting)? to this (?:report|story|article)|"
    r"(?i:our standards)\s*:[^.]{0,80})\.?\s*$"
)
# A wire credit run onto the end of the last paragraph: "... the decision. (Reporting by X)".
_GLUED_CREDIT = re.compile(
    r"\s*\((?:additional\s+)?(?:reporting|writing|editing|compiled|edited)\b[^()]{1,200}\)\s*$",
    re.I,
)
_UPDATED = re.compile(r"^\W*(?:last\s+)?(?:updated|modified)\b", re.I)

_BYLINE = re.compile(r"^\W{0,3}(?:by|written by|words by|von|par|por)\s+(?P<names>.+?)\W*$", re.I)
_NAME_WORD = re.compile(
    r"^(?:[A-Z][\w'’.-]*|de|da|di|del|van|von|der|den|le|la|bin|al|al-\w+|"
    r"ibn|dos|das|du)$"
)
_MEDIA_WORDS = _words(
    "post times news herald journal tribune gazette chronicle telegraph guardian observer "
    "express mail mirror standard independent press review ledger courier record daily weekly "
    "bulletin dispatch examiner inquirer sentinel register monitor globe reuters ap afp "
    "agency wire radio television tv network magazine media bloomberg associated bureau desk "
    "staff service"
)
_ROLE_WORDS = _words(
    "staff writer reporter correspondent editor contributor columnist desk team senior "
    "political business health science city chief"
)

_CAPTION = re.compile(
    r"^\W{0,3}(?:(?:file\s+)?(?:photo|photograph|picture|image|video)s?|caption|pictured|"
    r"illustration|graphic)(?:\s*(?:credit|by|courtesy(?:\s+of)?))?\s*[:.\-–—|]\s*\S",
    re.I,
)
_CAPTION_BY = re.compile(r"^\W{0,3}(?:photo|photograph|picture|image)s?\s+(?:by|courtesy)\s", re.I)
_CAPTION_CREDIT_END = re.compile(
    r"(?:[(\[]\s*(?:photo|photograph|picture|image|credit)s?\b[^()\[\]]{0,80}[)\]]|"
    r"\b(?:photo|photograph|picture|image)s?(?:\s+credit)?\s*:\s*[^.!?]{1,80}|"
    r"\bGetty Images|\bAP Photo\b[^.!?]{0,60}|\bvia Reuters|/\s*(?:AFP|AP|Reuters|EPA|Getty)\b)"
    r"\W*$",
    re.I,
)
_CREDIT_DASH = re.compile(r"^\s*(?:[—–]|--?)\s*(?P<who>[A-Z][\w.&'’ -]{1,60}?)\s*$")
_CREDIT_PAREN = re.compile(r"^\s*\((?P<who>[A-Z][\w.&'’ -]{1,40})\)\s*$")
_COPYRIGHT = re.compile(
    r"^\W{0,3}(?:©|\(c\)|copyright\b)\s*(?:©\s*)?(?:(?:19|20)\d\d\s*)?"
    r"(?P<who>[^.]*?)\s*(?:\.|all rights reserved|$)",
    re.I,
)
_REPORTED_FROM = re.compile(
    r"\s+in\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}(?=\s+and\s|\s*,|\s*$)"
)
_AGENCY_CREDITS = re.compile(
    r"^\W{0,3}(?:(?:additional\s+)?reporting|writing|editing|compiled|edited|"
    r"produced|translated)\s+by\s+(?P<names>[^;]+)",
    re.I,
)
_FOOTER_URL = re.compile(
    r"^\W{0,3}(?:source(?:\s+link|\s+url)?|original(?:\s+(?:article|story|link|url))?|link|url|"
    r"permalink|read (?:more|the original|the full story)(?:\s+(?:at|on))?|via|"
    r"(?:this (?:article|story) )?(?:was )?(?:originally|first) (?:published|appeared)"
    r"(?:\s+(?:at|on|in|by))?)\s*[:\-–—]?\s*<?(?P<url>https?://\S+?)>?\W*$",
    re.I,
)
_BARE_URL = re.compile(r"^\s*<?(?P<url>https?://\S+?)>?\s*$")
_LABEL = re.compile(
    r"^\s*(?P<label>title|headline|outlet|publication|publisher|source|author|authors|byline|"
    r"date|published|language|url)\s*:\s*(?P<value>\S.*?)\s*$",
    re.I,
)
_ORIGINALLY = re.compile(
    r"^\W{0,3}(?:this (?:article|story) )?(?:was )?(?:originally|first) "
    r"(?:published|appeared)\s+(?:in|on|by)\s+(?P<who>[^.,]{2,60})",
    re.I,
)
# "CALDER, March 2 (Reuters) — " at the start of the first paragraph.
_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'’-]*(?:\s+[A-Z][A-Z.'’-]*){0,3}"
    r"(?:\s*,\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}){0,2})"
    r"(?:\s*,\s*(?P<date>" + _MONTH + r"\s+[0-3]?\d))?"
    r"\s*(?:\((?P<agency>[A-Z][\w .&’'-]{1,30})\))?"
    r"\s*(?:[—–]|--?)\s+(?=\S)"
)
# A place in mixed case and its region or country: "Port Amber, Kestria".
_MIXED_PLACE = (
    r"^(?P<place>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}"
    r"(?:\s*,\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}){0,2})"
)
# "Calder, March 2 (Reuters) - ": a mixed-case place is a dateline only with an agency.
_DATELINE_AGENCY = re.compile(
    _MIXED_PLACE + r"(?:\s*,\s*(?P<date>" + _MONTH + r"\s+[0-3]?\d))?"
    r"\s*\((?P<agency>[A-Z][\w .&’'-]{1,30})\)\s*(?:[—–]|--?)\s+(?=\S)"
)
# "(CNN)Over the last year ...", "(Reuters) - The board ...": an agency's credit alone
# opening the first paragraph, as wire copy and some outlets print it; an initialism or
# one of the wire services, so an aside in brackets ("(Updated) ...") is not taken.
_CREDIT_AGENCY = r"(?P<agency>[A-Z]{2,5}|Reuters|Bloomberg|Xinhua|Kyodo|Yonhap|Interfax|Anadolu)"
_CREDIT_OPENING = re.compile(
    r"^\(" + _CREDIT_AGENCY + r"\)\s*(?:(?:[—–]|--?)\s*)?(?=[A-Z0-9\"“‘'])"
)
# "Port Amber, Kestria (CNN)As the storm ...": a place and the credit run into the text
# with no space, as some outlets print their datelines. With a space, only a dash makes
# it one: "United Nations (UN) Secretary-General ..." is a name and its initials.
_PLACE_CREDIT = re.compile(
    _MIXED_PLACE + r"\s*\(" + _CREDIT_AGENCY + r"\)(?:\s*(?:[—–]|--?)\s*)?(?=[A-Z0-9\"“‘'])"
)
_TERMINAL = re.compile(r"[.!?…]['\"”’»)\]]*$")


@dataclass
class Found:
    """Metadata read from the lines around the body; the first value found wins."""

    title: str | None = None
    published: dt.date | None = None
    updated: dt.date | None = None
    outlet: str | None = None
    credit: str | None = None
    url: str | None = None
    authors: list[str] | None = None
    language: str | None = None
    inferred_date: dt.date | None = None  # from a caption or a dateline: a guess

    def set(self, name: str, value: object) -> None:
        if value and getattr(self, name) is None:
            setattr(self, name, value)


def find_date(text: str) -> tuple[dt.date, re.Match[str]] | None:
    """The first calendar date written in ``text`` (ISO, "2 March 2026", "March 2, 2026")."""
    best: tuple[dt.date, re.Match[str]] | None = None
    for pattern in _DATE_PATTERNS:
        for match in pattern.finditer(text):
            groups = match.groupdict()
            month = int(groups["mon"]) if groups.get("mon") else MONTHS[groups["month"].lower()]
            try:
                date = dt.date(int(groups["year"]), month, int(groups["day"]))
            except ValueError:
                continue
            if best is None or match.start() < best[1].start():
                best = (date, match)
            break
    return best


def parse_date(text: str | None) -> dt.date | None:
    """A date from a metadata value such as ``2026-03-02T10:00:00Z`` or ``2 March 2026``."""
    if not text:
        return None
    found = find_date(str(text))
    return found[0] if found else None


def date_line(line: str) -> tuple[dt.date, bool] | None:
    """``(date, is_update)`` when the line says nothing but a date (with labels, times)."""
    if len(line) > 90:
        return None
    found = find_date(line)
    if found is None:
        return None
    date, match = found
    rest = line[: match.start()] + " " + line[match.end() :]
    for raw in re.split(r"[\s|·•,()\[\]/–—]+", rest.lower()):
        token = raw.strip(":-")
        if token and token not in _DATE_NOISE and not _TIME.match(token.rstrip(".")):
            return None
    return date, bool(_UPDATED.match(line))


def looks_like_name(text: str) -> bool:
    """A person's name: one to five capitalised words (particles such as 'van' allowed)."""
    parts = text.split()
    if not 1 <= len(parts) <= 5 or any(ch.isdigit() for ch in text):
        return False
    if not parts[0][:1].isupper() or not parts[-1][:1].isupper():
        return False
    return all(_NAME_WORD.match(part) for part in parts)


def looks_like_outlet(text: str) -> bool:
    """A publication's name: capitalised words ending in a media word (Post, News, Reuters)."""
    parts = text.replace("The ", "", 1).split()
    if not 1 <= len(parts) <= 6 or not looks_like_name(text):
        return False
    return parts[-1].lower().strip(".") in _MEDIA_WORDS or parts[0].lower() in _MEDIA_WORDS


def split_names(names: str) -> tuple[list[str], str | None]:
    """Authors named in a byline, and an outlet if the byline names one."""
    names = re.split(r"\s+[|/]\s+|\s+[—–-]\s+", names)[0]
    authors: list[str] = []
    outlet: str | None = None
    for part in re.split(r"\s*,\s*|\s*;\s*|\s+and\s+|\s*&\s*|\s+und\s+|\s+et\s+|\s+y\s+", names):
        name = part.strip(" .")
        if not name:
            continue
        if name.isupper() and len(name) > 3:
            name = name.title()
        lowered = {w.lower() for w in name.split()}
        if lowered & _ROLE_WORDS:
            continue
        if looks_like_outlet(name):
            outlet = outlet or name
        elif looks_like_name(name):
            authors.append(name)
    return authors, outlet


# "... for The Daily Courier", "... for MailOnline": the outlet a byline writes for.
_FOR_OUTLET = re.compile(
    r"\s+(?i:for)\s+(?P<outlet>(?:[Tt]he\s+)?[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,4})\s*$"
)


def byline(line: str, *, for_outlet: bool = True) -> tuple[list[str], str | None] | None:
    """``(authors, outlet)`` for a byline such as "By Jane Doe and Tom Lee, Calder Post",
    or, with ``for_outlet``, "By Jane Doe for The Calder Post"."""
    match = _BYLINE.match(line)
    if not match or len(line.split()) > 16:
        return None
    names = match.group("names")
    writes_for = _FOR_OUTLET.search(names) if for_outlet else None
    if writes_for:
        names = names[: writes_for.start()]
    authors, outlet = split_names(names)
    if writes_for:
        outlet = re.sub(r"^the\b", "The", writes_for.group("outlet"))
    return (authors, outlet) if authors or outlet else None


def is_footer_note(line: str) -> bool:
    """A note that closes wire copy ("Associated Press writer Ana Ruiz contributed to this
    report.", "Our Standards: ..."): never a sentence of the story."""
    return len(line.split()) <= 30 and bool(_FOOTER_NOTE.match(line))


def glued_credit(paragraph: str) -> int | None:
    """Where a wire credit run onto the paragraph's end begins ("... fell. (Reporting by
    Ana Ruiz; Editing by Tom Lee)"), if the paragraph ends in one."""
    match = _GLUED_CREDIT.search(paragraph)
    return match.start() if match and match.start() > 0 else None


def is_promotion(line: str) -> bool:
    """A short promotion between a story's paragraphs ("Follow us on Instagram.",
    "12 issues for 20 euros. Click here for more information.", "More:")."""
    if _BARE_LABEL.match(line):
        return True
    if len(line.split()) > 30:
        return False
    return bool(_FOLLOW.match(line) or _CLICK_HERE.search(line))


def is_time_stamp(line: str) -> bool:
    """A line that is only a time or a date (a live blog's entry stamp, a page's "Updated
    14:05"): never a sentence of the story."""
    return bool(_STAMP.match(line)) or date_line(line) is not None


def is_link_label(line: str) -> bool:
    """A labelled link to another story: the label and a headline, no sentence of its own
    (a story's "Related: the council said ..." goes on past one headline's length)."""
    return len(line.split()) <= 16 and bool(_LINK_LABEL.match(line))


def is_caption(line: str) -> bool:
    """A photo caption or picture credit, which is not part of the story's text."""
    if _CAPTION.match(line) or _CAPTION_BY.match(line):
        return True
    return len(line.split()) <= 60 and bool(_CAPTION_CREDIT_END.search(line))


def credit(line: str) -> tuple[str | None, list[str]] | None:
    """``(outlet, authors)`` for a credit line: "— Reuters", "© 2026 Post", "Reporting by X"."""
    if len(line.split()) > 30:
        return None
    for pattern in (_CREDIT_DASH, _CREDIT_PAREN):
        match = pattern.match(line)
        if match and len(match.group("who").split()) <= 6:
            who = match.group("who").strip()
            return (who, []) if looks_like_outlet(who) or who.isupper() else (None, [who])
    match = _COPYRIGHT.match(line)
    if match:
        who = match.group("who").strip(" ,") or None
        return (who if who and looks_like_name(who) else None), []
    match = _AGENCY_CREDITS.match(line)
    if match:
        # "Reporting by Ana Ruiz in Calder and Tom Lee in Harwick": the names, not the places.
        names = _REPORTED_FROM.sub("", match.group("names").rstrip(" )"))
        authors, outlet = split_names(names)
        return outlet, (
            authors
            if line.lower().lstrip(" (").startswith(("report", "additional", "writing"))
            else []
        )
    match = _ORIGINALLY.match(line)
    if match and not _FOOTER_URL.match(line):
        return match.group("who").strip(), []
    return None


def footer_url(line: str) -> str | None:
    """The URL of a "Source link: https://..." footer or a line that is only a URL."""
    match = _FOOTER_URL.match(line) or _BARE_URL.match(line)
    return match.group("url").rstrip(".,;)>") if match else None


def labelled(line: str) -> tuple[str, str] | None:
    """``(label, value)`` for a "Title: ...", "Outlet: ..." or "Published: ..." line."""
    match = _LABEL.match(line)
    if not match or len(line) > 300:
        return None
    return match.group("label").lower(), match.group("value")


def dateline(
    paragraph: str, *, bare_credit: bool = True, place_credit: bool = True
) -> tuple[int, str | None] | None:
    """``(length, agency)`` of a dateline opening the paragraph ("CALDER (Reuters) — "),
    or, with ``bare_credit``, of an agency's credit alone ("(CNN)"), or, with
    ``place_credit``, of a place and a credit run into the text ("Calder (CNN)The ...")."""
    credit = _CREDIT_OPENING.match(paragraph) if bare_credit else None
    if credit:
        return credit.end(), credit.group("agency")
    match = _DATELINE.match(paragraph) or _DATELINE_AGENCY.match(paragraph)
    if match is None and place_credit:
        match = _PLACE_CREDIT.match(paragraph)
    if not match or len(match.group("place")) > 60:
        return None
    agency = match.group("agency")
    return match.end(), agency.strip() if agency else None


def dateline_line(line: str) -> dt.date | None:
    """The date of a standalone dateline line such as "PORT AMBER, Kestria 2026-03-14"."""
    found = find_date(line)
    if found is None or len(line) > 100:
        return None
    date, match = found
    place = line[: match.start()].strip(" ,")
    if line[match.end() :].strip(" .,") or not place or not place.split()[0].isupper():
        return None
    return date if looks_like_name(place.replace(" ,", ",").replace(",", "")) else None


def ends_sentence(line: str) -> bool:
    return bool(_TERMINAL.search(line.rstrip()))


def clean_language(value: object) -> str | None:
    """A BCP 47 tag ('en', 'pt-BR') from 'en_US', 'EN', 'en-us'; None if not one."""
    if not isinstance(value, str):
        return None
    parts = value.strip().replace("_", "-").split("-")
    if not re.fullmatch(r"[A-Za-z]{2,3}", parts[0]):
        return None
    subtags = [p for p in parts[1:] if re.fullmatch(r"[A-Za-z0-9]{1,8}", p)]
    if len(subtags) != len(parts) - 1:
        subtags = []
    region = [p.upper() if len(p) == 2 else p for p in subtags]
    return "-".join([parts[0].lower(), *region])


def clean_url(value: object) -> str | None:
    """An absolute http(s) URL without tracking parameters (``utm_*``...), or None."""
    if not isinstance(value, str):
        return None
    value = value.strip()
    return strip_tracking(value) if re.match(r"^https?://[^\s/]+\S*$", value) else None


def clean_authors(names: list[str]) -> tuple[str, ...]:
    """People's names: no duplicates, URLs, e-mail addresses, agencies or a leading "By"."""
    seen: dict[str, str] = {}
    for raw in names:
        name = " ".join(re.sub(r"^\s*by\s+", "", raw, flags=re.I).split()).strip(" ,;|")
        if not name or "@" in name or "://" in name or len(name) > 80:
            continue
        if re.search(r"\w\.(?:com|org|net|co|info|in|ru)\b", name) or looks_like_outlet(name):
            continue  # a byline naming the outlet or agency ("Reuters", "Cleveland.com")
        if name.isupper() and len(name) > 3:
            name = name.title()
        seen.setdefault(name.casefold(), name)
    return tuple(seen.values())
