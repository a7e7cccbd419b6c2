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


# --- Version 3: every caption glued before a sentence -------------------------------


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#
# A page flattened to one paragraph runs each caption into whatever follows it, often
# several in a row ("Label: a scene on Tuesday Another scene at the ground The club said
# ..."), and syntok sees one sentence from the last full stop to the next. Version 3 finds
# every place in that sentence where a new sentence starts with no full stop before it;
# everything before the last such place is unpunctuated, so it is no sentence of the story.
# Where a sentence starts is read from the words around the gap alone (no parse): a word
# that only ever opens a sentence, a "Label:" in front of a caption, or a name and a verb
# after a caption that shows itself as one (present tense, "pictured", a weekday).

# Words that open a sentence and are never capitalised inside one after a lower-case
# word, except in titles of works ("the film In the Mood ..."), see _TITLE_WORDS.
_OPENERS_V3 = _OPENING_WORDS | frozenset(
    ("As", "And", "Yet", "Earlier", "Later", "Yesterday", "Today", "In", "On", "At", "After",
     "Before", "During", "When", "While", "If", "Although", "Though", "Despite", "Following",
     "Since", "According", "Speaking", "Asked", "Like")
)  # fmt: skip
# Openers that follow a capitalised word too ("... outside the court in Calder He said"):
# no title of a work or name has them after a capitalised word.
_STRONG_OPENERS = frozenset(("He", "She", "They", "We", "However", "Meanwhile"))
# Openers that follow a capitalised word when a lower-case word comes next ("... with
# Ruiz This was ..."); before a capital they are a title's ("Read This Book").
_DETERMINERS = frozenset(
    ("It", "This", "These", "Those", "There", "His", "Her", "Its", "Their", "Our")
)
# The capitalised words of a title after an opener ("On The Hill", "This Is Calder"):
# the gap before the opener is inside a name, not between sentences.
_TITLE_WORDS = _words(
    "The Of And A An Is Are Was To In On At For With By My Me You Your Be It We Our No Not "
    "All Us What Who"
)
# Words after which a capitalised word continues the sentence, whatever it is.
_FUNCTION_WORDS = _words(
    "a an the of to and or nor but in on at for with by from as than that which who whom "
    "whose into onto over under about against between among near via like unlike per "
    "is was are were be been being has have had will would can could may might must "
    "should shall do does did not if when while where because so whether how why what "
    "until unless after before since although though whilst once whereas whenever "
    "vs v versus van von de der den da del della di du le la al el bin ibn"
)
# Words after which a name continues the sentence: as an object or a clause's subject
# ("told", "believes"), or after its title or a noun that names it ("the younger",
# "the campaign group", "at the time").
_BEFORE_NAME = _FUNCTION_WORDS | _words(
    "said says say told tell tells think thinks thought believe believes believed know "
    "knows knew hope hopes feel feels felt insist insists claim claims warn warns fear "
    "fears expect expects reckon admit admits deny denies confirm confirms show shows "
    "reveal reveals mean means suggest suggests argue argues see sees saw hear heard "
    "learn learned realise realised realize realized agree agrees doubt doubts add adds "
    "beat beats beating joined join joins met meet meets named name call called calls "
    "then also even only just very first last next younger elder older new former late "
    "own other same time moment way reason fact group company firm club team band song "
    "film movie album show series book magazine newspaper paper charity party brand "
    "website app campaign agency network channel seen given shown taken president "
    "resident student superintendent correspondent agent assistant sergeant lieutenant "
    "consultant colleague partner wife husband son daughter brother sister mother father "
    "friend girlfriend boyfriend boss chief coach captain rival teammate team-mate veteran "
    "star ace legend pundit judge deputy envoy aide rabbi priest bishop attorney"
)
_LABEL_V3 = re.compile(
    r"[‘'\"“]?[A-Z][\w'’-]*[’'\"”]?(?:\s+[‘'\"“]?[\w'’-]+[’'\"”]?){0,4}:\s+[‘'\"“(]?[A-Z0-9]"
)
_REPORTING = _words(
    "said says added told wrote explained warned insisted claimed stated declared tweeted "
    "posted revealed admitted asked replied continued commented reads read include "
    "including following"
)
# A surname (or a title and a surname), an optional picture position, and the verb.
_SURNAME_VERB = re.compile(
    r"(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?[A-Z][\w'’-]*"
    r"(?:\s+\((?:left|right|centre|center|pictured|above|below|inset|far left|far right)\))?"
    # ", a father of three,": an apposition, after which a verb in -s is no plural noun
    r"(?P<apposition>,\s+(?:a|an|the|who|whose|aged|\d+)\b[^,.;:!?]{0,60},)?"
    r"\s+(?P<verb>[a-z]+)\s+\S+\s+\S"
)
_FINITE = _words(
    "is was are were has had have will would could can may might must should did does "
    "said says told made took gave won lost led left went came kept held scored hit"
)
# What a caption says and a story's sentence rarely does: a scene in the present tense
# after a capitalised name ("Calder's keeper dives ..."), a picture's words, a weekday.
_CAPTION_CUE = re.compile(
    r"(?i:" + _SCENE.pattern + r")|\b[A-Z][\w'’-]+\s+(?:\([a-z ]+\)\s+)?[a-z]{2,}[^s\W]e?s\b|"
    r"(?i:\bon\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)|"
    r"\((?:left|right|centre|center|pictured|above|below|inset|file photo|stock image)\)"
)
# A caption opens with what is shown; a sentence opening on one of these is setting the
# scene for a subject that follows with no comma ("After the vote Calder's mayor ...").
_FRONTED = _words(
    "After Before When While If As Since In On At During Last Soon Shortly Once Until "
    "Because Although Though Despite Following Amid By For With Without From Under Over "
    "Within Throughout Later Earlier Then Now Yesterday Today Asked Speaking According "
    "It There This That What Who How Why"
)
_WEEKDAYS = _words("Monday Tuesday Wednesday Thursday Friday Saturday Sunday")
_NAME_WORD = re.compile(r"(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?(?P<surname>[A-Z][\w'’-]*)")
# Endings of the nouns that stand before a name as its title (a striker, a spokesman,
# a scientist, a referee) and of the words that take a name as object or complement.
_NOT_BEFORE_NAME = ("s", "ed", "ing", "ly", "er", "or", "ist", "ian", "man", "men", "ee")
_THREE_WORDS = re.compile(r"(\S+)\s+(\S+)\s+\S")
_GAP = re.compile(r"(?<=[\w)\]’'\"”])\s+(?=[‘“\"'(]?[A-Z])")
MIN_CAPTION_WORDS = 4


def story_start(text: str, start: int, end: int) -> int:
    """Where the sentence ``text[start:end]`` proper starts after the captions glued
    before it (``start`` when there are none), in version 3.

    The span is a sentence as syntok cuts it; a gap where a new sentence starts with no
    punctuation before it means that what comes before is a caption (see above). The
    text before the span is read only to know the names the article has used already.
    """
    sentence = text[start:end]
    cut = 0
    labelled = bool(_LABEL_V3.match(sentence))  # the piece opens "Label: ...", a caption
    quotes: frozenset[str] = frozenset()
    read = 0  # the quotation marks are read once, up to each gap in turn
    for match in _GAP.finditer(sentence):
        gap, at = match.span()
        quotes = open_quotes(sentence[read:gap], quotes)
        read = gap
        if quotes:
            continue  # inside a quotation or a quoted title
        kind = _gap_kind(sentence, cut, gap, at, labelled=labelled)
        if kind is None or (kind == "name" and not _named_before(text, start + at)):
            continue
        if len(sentence[cut:gap].split()) < MIN_CAPTION_WORDS:
            continue  # too short for a caption
        cut = at
        labelled = kind == "label"
    return start + cut


def _gap_kind(sentence: str, cut: int, gap: int, at: int, *, labelled: bool) -> str | None:
    """Which sign shows a new sentence starting at ``at`` after ``sentence[cut:gap]``, a
    piece with no full stop, if any: "label", "opener", or "name" (a name and its verb,
    if the name is one the article has used before: the caller checks that).

    Most gaps are refused on the word before them or the two after, so those are read
    in place; the piece itself is sliced only for the few that get further.
    """
    word_start = gap
    while word_start > cut and not sentence[word_start - 1].isspace():
        word_start -= 1
    before = sentence[word_start:gap]
    bare = before.strip("’'\"”)]")
    if not bare or bare.lower() in _FUNCTION_WORDS or before[-1:] in ",;:—–-(":
        return None  # a lone quotation mark opens a quotation ("told Reuters " We ...")
    if bare[-1] in ".!?…":
        return None  # "... for $3.' 'We ...": a sentence that syntok did not end is no caption
    words = _THREE_WORDS.match(sentence, at)
    if words is None:
        return None
    opening, second = words[1], words[2]
    first = opening.strip("‘“\"'(").rstrip(",;:")
    lower_before = bare[:1].islower() or bare.lstrip("$£€")[:1].isdigit()  # "$5,000"
    if opening[:1] in "‘“\"'(":
        head = sentence[cut:gap]
        if not (
            lower_before and _REPORTING.isdisjoint(head.split()[-6:]) and _CAPTION_CUE.search(head)
        ):
            # "... told the Calder Post 'We ...": a quotation missing its colon; "... until
            # it is repaired 'We cannot ...'": a sentence missing its full stop. Only a
            # caption that shows itself as one ("on Friday", "looks on") is cut off one.
            return None
    label = _LABEL_V3.match(sentence, at)
    if label is not None:
        label_words = {w.lower() for w in label.group().split(":", 1)[0].split()}
        after_word = lower_before or bare in _WEEKDAYS  # "... on Saturday Label: ..."
        texted = bare.endswith("ed")  # "... then texted Ruiz: 'Come home'" is a message
        if (
            after_word
            and not texted
            and bare.lower() not in _BEFORE_NAME
            and _REPORTING.isdisjoint(label_words)
        ):
            return "label"
    lower_next = second[:1].islower() or second[:1].isdigit()
    if first in _STRONG_OPENERS or (first in _DETERMINERS and lower_next):
        return "opener"
    if first in ("The", "A", "An") and lower_next:
        return "opener"
    if first in _OPENERS_V3 and lower_before:
        return None if second in _TITLE_WORDS else "opener"
    if bare.lower() in _BEFORE_NAME:
        return None
    if (
        (lower_before or labelled or bare in _WEEKDAYS)
        and _TITLED_SPEAKER.match(sentence, at)
        and _caption_before(sentence[cut:gap], labelled=labelled)
    ):
        # Someone named with the title a country or a body gives her, then her verb,
        # after a caption ("... the pledge today Vaskland's First Minister Ana Ruiz
        # said", "On the ground: Floods in Dorrow Vaskland's Prime Minister Ana Ruiz has").
        return "speaker"
    if bare in _WEEKDAYS:
        # "... leaves court on Friday Ruiz, 28, works ...", but not "... said on Friday
        # Ruiz had ...", a clause reported without "that".
        if not _REPORTING.isdisjoint(w.lower() for w in sentence[cut:gap].split()[-4:]):
            return None
    elif not lower_before:
        return None
    surname = _SURNAME_VERB.match(sentence, at)
    return "name" if _name_and_verb(sentence[cut:gap], surname, bare, labelled=labelled) else None


# A possessive, the title it gives, the name and a verb of speaking: "Scotland's Deputy
# First Minister Ana Ruiz said".
_TITLED_SPEAKER = re.compile(
    r"[A-Z][\w-]*['’]s(?:\s+[A-Z][\w.'’-]*){2,7}\s+"
    r"(?:said|says|told|added|warned|insisted|announced|has|had|is|was|will|would)\b"
)


def _caption_before(head: str, *, labelled: bool) -> bool:
    """Whether a piece with no full stop shows itself as a caption (its label, or a
    scene in the present tense or a weekday when it does not set the scene for what
    follows, "After the vote ..."), and reports no speech ("Ruiz told the hearing on
    Monday ..." goes on with what she told it)."""
    words = head.lstrip("‘“\"'(").split()
    if not words or not _REPORTING.isdisjoint(words):
        return False
    return labelled or (words[0] not in _FRONTED and bool(_CAPTION_CUE.search(head)))


def _name_and_verb(head: str, match: re.Match[str] | None, before: str, *, labelled: bool) -> bool:
    """A caption ends and a sentence starts with a surname and its verb ("... on Tuesday
    Ruiz scored twice"): only after a caption that shows itself as one, and never after
    a word that takes a name as its object, a clause as its complement, or a title
    ("the club's striker Ruiz scored", "the goalkeeper Ruiz had ..."). After a labelled
    caption ("Rescued: ...") the label is the sign, and a plural noun may end it."""
    if not before.isalpha() or len(before) < 4:  # "van", "cif": a particle, a trade term
        return False
    if before.endswith(_NOT_BEFORE_NAME) and not (labelled and before.endswith("s")):
        return False
    opening = head.lstrip("‘“\"'(").split(None, 1)[0]
    if opening in _FRONTED or not (labelled or _CAPTION_CUE.search(head)):
        return False
    if match is None:  # no surname and verb (_SURNAME_VERB) where the sentence would start
        return False
    verb = match["verb"]
    if verb in _FINITE or (len(verb) > 4 and verb.endswith("ed")):
        return True
    # A verb in the present tense ("Ruiz, a driver, works ..."), not a plural noun
    # ("Ruiz fans"): only with the apposition between commas that a noun cannot take.
    return (
        bool(match["apposition"])
        and len(verb) > 3
        and verb.endswith("s")
        and not verb.endswith("ss")
    )


def _named_before(text: str, at: int) -> bool:
    """Whether the name at ``at`` (its last word) stands in the text before it already:
    a story names a person in full with a title once, then by surname alone, so a bare
    surname after a caption is a later mention, and a name seen first is a title's."""
    name = _NAME_WORD.match(text, at)
    if name is None:
        return False
    word, at = name["surname"], name.start("surname")
    found = text.find(word, 0, at)
    while found >= 0:
        after = found + len(word)
        if (found == 0 or not text[found - 1].isalnum()) and not text[after : after + 1].isalnum():
            return True
        found = text.find(word, after, at)
    return False
