"""Photo captions and picture credits in an article's text.

Pasted news carries the captions of its pictures: as the first line, where a reader
would take it for the headline ("A wrecked car lies outside a school in Calder on
March 2, 2026. — Reuters"), as a line between paragraphs, or, when a page is flattened
to one paragraph, glued to the next sentence with no full stop between them ("The
mayor inspects the flooded tunnel on Tuesday He said the repairs ..."). None of it is
the story, so none of it may be evidence, a summary sentence or a headline.

A caption is recognised by what only captions do: it ends in a credit (``— Reuters``,
``(AFP)``, ``Photo: Jane Doe``, ``Getty Images``), opens with a picture label
(``Pictured:``, ``File photo:``), or describes a scene ("pictured", "looks on", "lies",
"poses") without the full stop a sentence of the story has.
"""

from __future__ import annotations

import re

from builder.quotes import open_quotes

_AGENCIES = (
    r"Reuters|AFP|AP|EPA|EPA-EFE|Getty(?: Images)?|Xinhua|Bloomberg|PA(?: Wire)?|ANSA|DPA|"
    r"Anadolu|AAP|Kyodo|Yonhap|TASS|Shutterstock|Alamy|Supplied|Handout|File"
)
_PHOTO_WORD = r"(?i:photo|photograph|picture|image|pic|credit|photo credit|courtesy)s?"
# The credits a caption can end in, each an alternative of _CREDIT_END: an agency after a
# dash, a name after the caption's full stop and a dash, a bracketed agency or
# photographer, a "Photo: Jane Doe" label, and the agencies' own credit formats.
_CREDITS = (
    r"(?:^|[.!?”\"')\]]\s*|\s)[—–-]{1,2}\s*(?:[A-Z][\w.'’]*\s*){0,3}(?:/\s*)?(?:"
    + _AGENCIES
    + r")",
    r"[.!?]\s*[—–]\s*[A-Z][\w.&'’]*(?:\s+[A-Z][\w.&'’]*){0,3}",
    r"[(\[]\s*(?:(?:"
    + _AGENCIES
    + r")(?:\s+(?:photo|images?))?|"
    + _PHOTO_WORD
    + r"\b[^()\[\]]{0,80}"
    r"|[A-Z][\w.'’ -]{1,40}/\s*[A-Z][\w.&'’ -]{1,40})\s*[)\]]",
    r"\b" + _PHOTO_WORD + r"\s*:\s*[^.!?:]{1,80}",
    r"\bGetty Images|\bAP Photo\b[^.!?]{0,60}|\bvia (?:Reuters|AP|AFP|Getty Images)",
    r"/\s*(?:" + _AGENCIES + r")",
)
_CREDIT_END = re.compile(r"(?:" + "|".join(_CREDITS) + r")\W*$")
_LABEL_START = re.compile(
    r"^\W{0,3}(?:pictured|above|below|left|right|top|bottom|inset|main picture|main image|"
    r"file(?: photo| picture| image)?|(?:file\s+)?(?:photo|photograph|picture|image)s?|caption|"
    r"illustration|graphic)\s*(?:\([^)]{0,30}\)\s*)?[:|]\s*\S",
    re.I,
)
_SCENE = re.compile(
    r"\b(?:\(?(?:not\s+)?pictured\)?|looks? on|lies|lie in|poses?|posing|is seen|are seen|"
    r"gestures?|stands?|sits?|walks? (?:past|through|along|by)|arrives? (?:at|for)|"
    r"is shown|are shown|pictured here|seen here|shown here|speaks? (?:during|at)|"
    r"holds? up|react(?:s)? (?:to|after|during)|left,|right,|centre,|center,)",
    re.I,
)
_TERMINAL = re.compile(r"[.!?…]['\"”’»)\]]*$")
# Words that open a new sentence and never follow a lower-case word inside one: the
# sign that an unpunctuated caption was glued to the sentence after it.
_OPENING_WORDS = frozenset(
    ("He", "She", "It", "They", "We", "His", "Her", "Its", "Their", "Our", "This", "These",
     "Those", "There", "But", "However", "Meanwhile")
)  # fmt: skip
_ARTICLES = frozenset(("The", "A", "An"))
_GLUE = re.compile(r"(?<=[a-z0-9)’'])\s+(?=[A-Z])")
MIN_GLUED_WORDS = 6
MIN_SCENE_WORDS = 8
_CAPTION_SUBJECT = re.compile(
    r"^(?:A|An|The|Members|Supporters|Residents|People|Protesters|Rescuers|Firefighters|\d)\b|"
    r"\b(?:on|last|this)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"january|february|march|april|may|june|july|august|september|october|november|december)\b|"
    r"\((?:left|right|centre|center|pictured)\)|\b(?:left|right|centre|center),",
    re.I,
)


def ends_in_credit(text: str) -> bool:
    """Whether the text ends in a picture credit ("— Reuters", "(AFP)", "Photo: J. Doe")."""
    text = text.rstrip()
    if len(text.split()) > 70 or not _may_end_in_credit(text):
        return False
    # A credit is short: searching only the end keeps a long sentence cheap (the pattern
    # is anchored at the end, so the result is the same).
    return bool(_CREDIT_END.search(text, max(0, len(text) - 240)))


def _may_end_in_credit(text: str) -> bool:
    """A quick test every credit passes: it ends in a bracket or a capitalised word (an
    agency, a name), or has a "Photo:" label or an AP credit near the end. Most sentences
    of a story end in a lower-case word and a full stop, and need no pattern search."""
    end = len(text)
    while end and not (text[end - 1].isalnum() or text[end - 1] == "_"):
        end -= 1
    if ")" in text[end:] or "]" in text[end:]:
        return True
    start = end
    while start and (text[start - 1].isalnum() or text[start - 1] in "_.&'’"):
        start -= 1
    return text[start : start + 1].isupper() or ":" in text[-90:] or "AP Photo" in text[-130:]


def is_caption(text: str, *, alone: bool = True) -> bool:
    """Whether a line or sentence is a photo caption or a picture credit.

    ``alone``: the text is a whole line or paragraph, so a scene described without a
    full stop is a caption; a sentence inside a paragraph needs a credit or a label.
    """
    text = text.strip()
    if not text or len(text.split()) > 70:
        return False
    if ends_in_credit(text) or _LABEL_START.match(text):
        return True
    if not alone or _TERMINAL.search(text) or len(text.split()) < MIN_SCENE_WORDS:
        return False
    # A headline can say "stands" too; a caption also says whose picture and when.
    return bool(_SCENE.search(text)) and bool(_CAPTION_SUBJECT.search(text))


def glued_caption_length(sentence: str) -> int:
    """The length of an unpunctuated caption glued to the start of ``sentence``, or 0.

    "Greece has denied the reports pictured in Athens He said ..." holds a caption
    (before "He") and a sentence; the caption is what comes before the first place where
    a lower-case word is followed by a word that only ever starts a sentence.
    """
    for match in _GLUE.finditer(sentence):
        head = sentence[: match.start()]
        if len(head.split()) < MIN_GLUED_WORDS or open_quotes(head):
            continue  # too short for a caption, or inside a quotation or a quoted title
        rest = sentence[match.end() :]
        first, _, after = rest.partition(" ")
        word = first.strip("\"'“‘(")
        opens = word in _OPENING_WORDS or (
            word in _ARTICLES and (after[:1].islower() or after[:1].isdigit())
        )
        if opens and len(rest.split()) >= 3 and "," not in head[-3:]:
            return match.end()
    return 0
