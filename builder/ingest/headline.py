"""A headline for an article that came without one, written from its lead.

A pasted body, a wire story or a flattened page often has no headline, and a brief
still needs a title: it heads the page, the feed and the PDF, and the brief's id is
made from it. The first sentence of a news story says who did what; a headline says the
same in a dozen words, in the present tense, without the when, the where-from and the
why. So the lead is compressed the way a sub-editor would: the dateline, the day, the
attribution ("police said", "according to ...") and the asides between commas go; "has
denied" becomes "denies" and "was charged" becomes "charged"; and a sentence still too
long is cut where a new clause starts ("after ...", "as ...", "which ..."), never in the
middle of a phrase.

That compression is done on the sentence's dependency parse
(:mod:`builder.ingest.headline_tree`), which also passes over a first sentence that only
sets the scene. The patterns below are the fallback when no spaCy pipeline is installed,
and strip the dateline, byline or label before the sentence is parsed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from builder.ingest.language import detect_language
from builder.sentences import Sentence

MAX_WORDS = 14
MIN_WORDS = 4


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_DATE = r"(?:,?\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?"
# Datelines: an agency in brackets after an optional place and date, or a place in
# capitals and a dash, as in the wire copy of CNN, Reuters and local papers.
_DATELINE = re.compile(
    r"^(?:[A-Z][\w.'’-]*(?:[ ,]+[A-Z][\w.'’-]*){0,4}" + _DATE + r"\s*)?\([A-Z][\w .&'’-]{1,30}\)"
    r"\s*(?:[—–-]+\s*)?|^[A-Z][A-Z.'’-]+(?:[ ,]+[A-Z][\w.'’-]*){0,3}" + _DATE + r"\s*[—–-]+\s+"
)
_MOMENT = re.compile(
    r"^(?:This|That|These|Those) (?:is|are|was|were) the (?:moment|scene)s?\s+", re.I
)
_LABEL = re.compile(r"^(?:[A-Z][\w'’-]*\s?){1,2}:\s+(?=[A-Z])")
_BYLINE = re.compile(r"^By\s+(?:[A-Z][\w.'’-]*\s+){1,3}(?:and\s+(?:[A-Z][\w.'’-]*\s+){1,3})?")
_PARENS = re.compile(r"\s*\([^()]{0,80}\)|\s*\[[^\[\]]{0,80}\]")
_DAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_WHEN = re.compile(
    r",?\s*\b(?:(?:late|early)\s+)?(?:yesterday|today|tonight|overnight|"
    r"(?:this|last|earlier this|late last|early last)\s+(?:morning|afternoon|evening|night|week|"
    r"weekend|month|year|" + _DAY + r")|"
    r"(?:on\s+)?" + _DAY + r"(?:\s+(?:morning|afternoon|evening|night))?)\b(?=[\s,.]|$)",
    re.I,
)
_ATTRIBUTION_TAIL = re.compile(
    r",?\s+(?:according to\b.*|(?:police|officials|authorities|prosecutors|reports|sources|"
    r"experts|he|she|they|it|the \w+|[A-Z]\w+(?: [A-Z]\w+){0,2})\s+(?:(?:has|have|had)\s+)?"
    r"(?:said|says|claimed|claims|claim|"
    r"reported|reports|announced|confirmed|revealed|warned)\b.*)$"
)
_IT_EMERGED = re.compile(r"\b(?:,\s*)?it (?:has |had )?(?:emerged|been revealed|been reported)\b,?")
# An aside between commas: "Jane Doe, who chairs the board, said ..." loses the middle.
_ASIDE = re.compile(
    r",\s+(?:who|which|whose|where|while|although|though|a|an|the|now|then|also|previously|"
    r"formerly)\b[^,;]{2,90}(?:,\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?)?,(?=\s)"
)
# A subordinate clause before the news ("As the storm hit, ..."): the headline starts after it.
_AUXILIARY = r"(?:has|have|had|was|were|is|are|will|would|could|can|may|might)"
_LEADING_CLAUSE = re.compile(
    r"^(?:As|When|While|After|Before|Although|Though|Despite|Following|Amid|Since|Once)\b[^,;]{3,100},\s+"
)
# A modifier between the subject and its verb ("Three men accused of spying have been
# jailed"): the headline keeps the subject and the verb ("Three men jailed").
_MODIFIER = re.compile(
    r"^(?P<subject>(?:\S+\s+){1,7}?)(?:\w+ly\s+)?(?:\w+ed|\w+ing|bound|held|known|built|made)\s+"
    r"(?:of|with|in|for|by|from|to|on|at|as)\b[^,;:.!?\"“”‘’]{3,100}?(?<!\bto)\s(?="
    + _AUXILIARY
    + r"\s)"
)
_PASSIVE = re.compile(
    r"\b(?:has|have|had|is|are|was|were)\s+(?:been|being)\s+(?=\w+(?:ed|en|wn|ght|ung|id|ot|ut)\b)"
    r"|\b(?:was|were)\s+(?!(?:often|even|open|seven|eleven|hidden|golden)\b)(?=\w{2,}(?:ed|en|wn)\b|(?:shot|hit|hurt|held|found|caught|struck|sold|told|left|kept|"
    r"built|sent|put|cut|set|beat|led|won|lost|made|paid|jailed|freed|run|hung)\b)",
    re.I,
)
_PERFECT = re.compile(r"\b(has|have)\s+(\w+?)(ied|ed)\b")
_IRREGULAR = {
    "said": "says", "told": "tells", "made": "makes", "found": "finds", "won": "wins",
    "lost": "loses", "left": "leaves", "held": "holds", "sold": "sells", "paid": "pays",
    "led": "leads", "met": "meets", "sent": "sends", "spent": "spends", "taken": "takes",
    "given": "gives", "become": "becomes", "begun": "begins", "struck": "strikes",
    "brought": "brings", "bought": "buys", "written": "writes", "thrown": "throws",
    "shown": "shows", "seen": "sees", "fallen": "falls", "risen": "rises", "hit": "hits",
    "cut": "cuts", "put": "puts", "set": "sets", "quit": "quits", "kept": "keeps",
}  # fmt: skip
_PERFECT_IRREGULAR = re.compile(r"\b(?:has|have)\s+(" + "|".join(_IRREGULAR) + r")\b")
_CLAUSE_STARTS = _words(
    "saying after as while when because following amid despite before since but although though "
    "which who whom whose where until unless if so than whereas"
)
_PHRASE_STARTS = _words(
    "in on at for with by from of over under into during against about near across between "
    "through without within among outside inside toward towards via per including"
)
_DANGLING = _words(
    "a an the of to and or but in on for with by at from that which as is was are were be has "
    "have had its their his her this these those than into over under after before who whose "
    "will would can could should may might must not also just very said says"
)
_NUMBERS = _words("one two three four five six seven eight nine ten dozen hundreds thousands")
_NEEDS_OBJECT = _words("based bound set due according including such like")
_TRAILING = " ,;:-–—'\"“”‘’"


# How far into the story the news clause is looked for: a feature may open on fragments,
# a quotation and a question before the sentence that says what happened.
LEAD_SENTENCES = 5


def write_headline(sentences: Sequence[Sentence], language: str | None = None) -> str:
    """A headline from the article's lead: its first sentence of news, compressed.

    The parse is of English, so an article in another language (as declared, or as its
    function words show) is only trimmed, never recomposed by an English grammar.
    """
    lead = [_opening(s.text) for s in sentences if len(s.text.split()) >= MIN_WORDS]
    if not lead:
        return compress(sentences[0].text) if sentences else ""
    article = " ".join(s.text for s in sentences)
    if not _english(article, language):
        return compress(lead[0])
    written = _from_parse(lead[:LEAD_SENTENCES], article)
    return written if written is not None else compress(lead[0])


_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def _english(text: str, language: str | None) -> bool:
    if language is not None:
        return language.lower().startswith("en")
    if len(_CJK.findall(text[:2000])) * 4 > len(text[:2000]):
        return False
    return detect_language(text) in (None, "en")


def _from_parse(lead: list[str], article: str) -> str | None:
    """The headline the dependency parse gives, or None without a parser installed."""
    from builder.extract.nlp import ModelMissingError
    from builder.ingest.headline_tree import headline_of

    try:
        return headline_of(lead, article)
    except ModelMissingError:
        return None


def _opening(sentence: str) -> str:
    """The sentence without the dateline, byline or label a wire story opens with, and
    without a photo caption glued to its front (see :func:`_after_caption`)."""
    text = " ".join(sentence.split())
    for pattern in (_DATELINE, _BYLINE, _LABEL):
        stripped = pattern.sub("", text, count=1)
        if len(stripped.split()) >= MIN_WORDS:
            text = stripped
    return _after_caption(text)


# The words the sentence after a glued caption must still have to be a sentence.
_AFTER_CAPTION_WORDS = 6


def _after_caption(text: str) -> str:
    """The news sentence a caption was glued to, when the caption ran into it.

    A caption above a story often says what the first sentence says, in the same words
    ("Rescue teams have appealed for sightings of a hiker ... on Linden Fell Rescue teams
    have launched a search ..."): where the sentence's opening words come again with no
    punctuation before them, the caption ends and the sentence starts. Two opening words
    must come again, or one after a capitalised word ("... the Great Storm Linden residents
    were told ..."), so that "John Smith met John Brown" is left whole."""
    words = text.split()
    if len(words) < 2 * MIN_WORDS:
        return text
    first = words[0]
    for j in range(MIN_WORDS, len(words) - _AFTER_CAPTION_WORDS + 1):
        before = words[j - 1]
        if words[j] != first or before[-1:] in ",;:—–-(\"'“”‘’" or before.lower() in _DANGLING:
            continue
        if words[j + 1] == words[1] or (before[:1].isupper() and not before.isupper()):
            return " ".join(words[j:])
    return text


def compress(sentence: str) -> str:
    """A headline-style compression of one sentence (see the module docstring)."""
    text = " ".join(sentence.split())
    for pattern in (_DATELINE, _BYLINE, _LABEL, _MOMENT):
        stripped = pattern.sub("", text, count=1)
        if len(stripped.split()) >= MIN_WORDS:
            text = stripped
    text = text.rstrip(" .!?…。！？")
    clause = _LEADING_CLAUSE.match(text)
    if clause and len(text[clause.end() :].split()) >= MIN_WORDS + 1:
        text = text[clause.end() :]
    text = _PARENS.sub("", text)
    text = _IT_EMERGED.sub("", text)
    text = _WHEN.sub(_drop_when, text)
    tail = _ATTRIBUTION_TAIL.search(text)
    if tail and len(text[: tail.start()].split()) >= MIN_WORDS:
        text = text[: tail.start()]
    modifier = _MODIFIER.match(text)
    if modifier and not re.search(
        r"\b" + _AUXILIARY + r"\b|\bsaid\b|\s[a-z]\w*ed\s+(?:a|an|the|his|her|their|its|to)\b",
        modifier["subject"],
    ):
        text = modifier["subject"] + text[modifier.end() :]
    while (aside := _ASIDE.search(text)) is not None:
        text = text[: aside.start()] + text[aside.end() :]
    passive = _PASSIVE.search(text)
    if passive and not re.search(
        r"\b(?:who|which|that|when|after|before|as|if)\b", text[: passive.start()]
    ):
        text = text[: passive.start()] + text[passive.end() :]
    text = _PERFECT_IRREGULAR.sub(lambda m: _IRREGULAR[m.group(1).lower()], text)
    text = _PERFECT.sub(_present, text)
    words = text.split()
    if len(words) > MAX_WORDS:
        words = _shorten(words)
    while len(words) > MIN_WORDS and (
        words[-1].lower().strip(_TRAILING) in _DANGLING
        or words[-1].lower().strip(_TRAILING) in _NEEDS_OBJECT
    ):
        words.pop()
    if len(words) > MIN_WORDS + 2 and [w.lower() for w in words[-2:]] == ["as", "well"]:
        words = words[:-2]
    headline = " ".join(words).strip(_TRAILING.replace("'", "").replace("’", ""))
    headline = re.sub(r"\s+([,;:])", r"\1", headline).rstrip(" ,;:")
    return headline[:1].upper() + headline[1:]


def _drop_when(match: re.Match[str]) -> str:
    """The day or time of day goes, but not from a phrase ("over the last year")."""
    before = match.string[: match.start()].split()[-1:]
    if before and before[0].lower() in ("the", "over", "in", "during", "for", "past", "since"):
        return match.group(0)
    return ""


def _present(match: re.Match[str]) -> str:
    """'has denied' -> 'denies', 'have warned' -> 'warn'; kept as written when unsure."""
    aux, stem, ending = match.group(1), match.group(2), match.group(3)
    plural = aux.lower() == "have"
    if ending == "ied":
        return stem + ("y" if plural else "ies")
    if len(stem) >= 2 and stem[-1] == stem[-2] and stem[-1] not in "lsz":
        base = stem[:-1]  # admitted -> admit
    elif stem.endswith(("ch", "sh", "ss", "x")):
        return stem + ("" if plural else "es")
    elif stem[-1:] in "cgvzu" or stem.endswith(("as", "is", "os", "us", "ys")):
        base = stem + "e"  # charged -> charge, announced -> announce, used -> use
    elif re.search(r"[aeiou]{2}[^aeiouwy]$|[^aeiou][^aeiouwy]$|ll$", stem):
        base = stem  # claimed, warned, attacked, killed
    else:
        return match.group(0)  # opened or voted? keep the perfect rather than guess wrong
    return base if plural else base + "s"


def _shorten(words: list[str]) -> list[str]:
    """At most MAX_WORDS words, cut before a clause (else a phrase) that starts past word 5."""
    for starts in (_CLAUSE_STARTS, _PHRASE_STARTS):
        cuts = [
            i
            for i in range(6, min(len(words), MAX_WORDS + 1))
            if words[i].lower() in starts or words[i - 1].endswith((",", ";", ":"))
        ]
        if starts is _PHRASE_STARTS:
            cuts = [i for i in cuts if _ends_phrase(words[i - 1])]
        if cuts:
            return words[: cuts[-1] if starts is _PHRASE_STARTS else _first_fit(cuts)]
    words = words[:MAX_WORDS]
    tail = [i for i in range(len(words) - 4, len(words)) if i > 6 and words[i] in ("and", "but")]
    return words[: tail[0]] if tail else words


def _ends_phrase(word: str) -> bool:
    """Whether a headline may end on the word: not a participle, a number or a function word
    that needs what follows ("bound", "accused", "three", "the")."""
    bare = word.lower().strip(_TRAILING)
    if bare in _DANGLING or bare.endswith(("ed", "ing")) or bare in _NUMBERS:
        return False
    return not bare.replace(",", "").isdigit() and bare not in _NEEDS_OBJECT


def _first_fit(cuts: list[int]) -> int:
    """The clause cut to take: the first one, unless it leaves a stub of under 8 words."""
    for cut in cuts:
        if cut >= 8:
            return cut
    return cuts[-1]
