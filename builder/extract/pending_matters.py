"""Open questions about matters news reports as still in hand, by the shape of the report:

- someone under investigation ("the driver is under investigation by police", "is still
  being investigated") asks what the investigation will find;
- a meeting with no date set ("no date has been set for further talks") asks when it
  will be held;
- no arrest made ("there have been no arrests") asks whether anyone will be arrested,
  over the attack the article reports;
- someone convicted and remanded until a later date ("has been remanded on bail until
  May 12 for reports") asks what sentence they will receive;
- someone under pressure to act ("is under mounting pressure to resign") asks whether
  they will;
- someone in a serious condition ("remains in a critical condition in hospital") asks
  whether they will recover, unless the article later reports a death.
"""

from __future__ import annotations

import re

from builder.extract.phrasing import (
    AUX,
    PRONOUNS,
    Resolver,
    bare,
    cut_clause,
    finish,
    is_base_verb,
    lower_first,
    will_question,
)

MAX_SUBJECT_WORDS = 8

# A subject at the start of a sentence, a name or a noun phrase, maybe with an aside.
_SUBJECT = r"^(?P<subject>(?:The|A|An|[A-Z][\w'’.-]*)(?:\s+[\w'’.-]+){0,7}?)(?:,\s+[^,]{2,80},)?\s+"
_UNDER_INQUIRY = re.compile(
    _SUBJECT + r"(?:is|are|remains?|has\s+been|have\s+been)\s+(?:still\s+|now\s+|also\s+)?"
    r"(?:under\s+investigation|being\s+investigated)\b"
)
# Meetings and proceedings a date is set for.
_EVENTS = (
    r"talks|negotiations|trial|retrial|hearing|hearings|election|elections|vote|referendum|"
    r"meeting|meetings|summit|funeral|inquest|sentencing|ballot|debate"
)
_NO_DATE = re.compile(
    r"\bno\s+(?:new\s+)?date\s+(?:has\s+|had\s+|have\s+)?(?:yet\s+|so\s+far\s+)?(?:been\s+|was\s+)?"
    rf"(?:set|fixed|scheduled|agreed)\s+for\s+(?P<what>(?:the\s+|a\s+|further\s+|new\s+|"
    rf"fresh\s+|more\s+|his\s+|her\s+|their\s+|its\s+)*(?:(?!when\b|whether\b)[a-z][\w-]*\s+)?"
    rf"(?:{_EVENTS}))\b",
    re.IGNORECASE,
)
_NO_ARRESTS = re.compile(
    r"\b(?:there\s+(?:have|has|had)\s+been\s+no\s+arrests?|no\s+arrests?\s+(?:have|has|had)\s+"
    r"(?:yet\s+|so\s+far\s+)?been\s+made|no\s*-?\s*one\s+(?:has|had)\s+(?:yet\s+|so\s+far\s+)?"
    r"been\s+arrested|nobody\s+(?:has|had)\s+(?:yet\s+)?been\s+arrested)\b",
    re.IGNORECASE,
)
# The attack an arrest would be over, as the article names it, or the verb it reports.
_ATTACK_NOUN = re.compile(
    r"\b(shooting|stabbing|killings?|murders?|bombings?|attacks?|robbery|blast|explosion|"
    r"assault|ambush|raid|arson)\b",
    re.IGNORECASE,
)
_ATTACK_VERB = {"killed": "killings", "shot": "shooting", "stabbed": "stabbing"}
_ATTACK_VERBS = re.compile(r"\b(?:were|was|been)\s+(?:shot\s+)?(killed|shot|stabbed)\b")
_REMANDED = re.compile(
    _SUBJECT + r"(?:has\s+been|have\s+been|was|were|is|are)\s+(?:also\s+)?(?:remanded|bailed)"
    r"(?:\s+in\s+custody|\s+on\s+(?:\w+\s+)?bail)?\s+until\b"
)
_CONVICTED = re.compile(
    r"\b(?:pleaded\s+guilty|admitted|found\s+(?:him|her|them)\s+guilty|(?:was|were|been)\s+"
    r"(?:found\s+guilty|convicted)|pre-sentence|for\s+sentencing|to\s+be\s+sentenced)\b"
)
_SENTENCED = re.compile(
    r"\b(?:was|were|been)\s+(?:later\s+|then\s+|also\s+)?(?:sentenced|jailed)\s+(?:to|for)\b"
)
_GRAVE = re.compile(
    _SUBJECT + r"(?:is|are|was|were|remains?|remained)\s+(?:still\s+)?(?:listed\s+|said\s+to\s+"
    r"be\s+|reported\s+to\s+be\s+)?in\s+(?:a\s+)?(?:serious|critical|grave|life-threatening|"
    r"very\s+poor)\s+(?:but\s+stable\s+)?condition\b"
)
# "The girl is also ill and doctors described her condition as serious": the subject's.
_DESCRIBED = re.compile(
    r"^(?P<subject>(?:The|A|An|[A-Z][\w'’.-]*)(?:\s+[\w'’.-]+){0,5}?)\s+(?:is|are|was|were|has|"
    r"have)\b[^.;]{0,80}?\b(?:described|listed|gave)\s+(?:his|her|their)\s+condition\s+as\s+"
    r"(?:serious|critical|grave|life-threatening|very\s+poor)\b"
)
# "was taken to hospital with life-threatening injuries": hurt, and how badly is told.
_BADLY_HURT = re.compile(
    _SUBJECT + r"(?:is|are|was|were|has\s+been|have\s+been)\s+(?:being\s+)?(?:taken|rushed|"
    r"airlifted|flown|treated)\s+(?:to\s+|in\s+)hospital\s+(?:with|for)\s+(?:serious|"
    r"life-threatening|critical|severe|grave)\s+(?:head\s+|leg\s+|burn\s+|internal\s+)?"
    r"(?:injuries|wounds|burns)\b"
)
# "The council will vote on the plan next month": a vote the article can only announce.
_VOTE = re.compile(
    _SUBJECT + r"(?:will|is\s+due\s+to|are\s+due\s+to|is\s+expected\s+to|are\s+expected\s+to|"
    r"is\s+set\s+to|are\s+set\s+to|is\s+scheduled\s+to|are\s+scheduled\s+to)\s+vote\s+on\s+"
    r"(?P<what>(?:the|a|an|its|their|his|her)\s+(?:[\w'’-]+\s+){0,4}?[\w'’-]+?)"
    r"(?=\s+(?:next|on|in|at|this|later|when|before|after|by|within|tomorrow)\b|[,.;]|$)"
)
# "The minister is under mounting pressure to resign": will she?
_PRESSURE = re.compile(
    _SUBJECT + r"(?:is|are|has\s+been|have\s+been|remains?)\s+(?:now\s+|also\s+)?(?:under\s+"
    r"(?:growing\s+|mounting\s+|increasing\s+|intense\s+|fresh\s+)?pressure|facing\s+"
    r"(?:growing\s+|mounting\s+|fresh\s+)?calls)\s+to\s+(?P<verb>[a-z]+)\b(?P<rest>[^;:]*)"
)
_DEATH = re.compile(r"\b(?:died|has\s+died|have\s+died|succumbed|was\s+pronounced\s+dead)\b")
_GATE = re.compile(
    r"\b(?:investigat\w+|date|arrest\w*|remanded|bailed|condition|injuries|wounds|burns|vote|"
    r"pressure|calls)\b"
)


def _subject(text: str, resolve: Resolver) -> list[str] | None:
    """A subject that names someone or something on its own (never a bare pronoun)."""
    words = lower_first(text.split())
    if words and words[0] in {"A", "An", "The"}:
        words = [words[0].lower(), *words[1:]]
    if not words or len(words) > MAX_SUBJECT_WORDS or bare(words[0]) in PRONOUNS:
        return None
    if any(bare(w) in AUX for w in words) or bare(words[0]) in {"this", "that", "it"}:
        return None
    return words


def _attack(before: str, article_text: str) -> str | None:
    """The attack last named before the sentence ("these killings"), else the first."""
    nouns = _ATTACK_NOUN.findall(before) or _ATTACK_NOUN.findall(article_text)
    if nouns:
        return str(nouns[-1] if before else nouns[0]).lower()
    verb = _ATTACK_VERBS.search(article_text)
    return _ATTACK_VERB[verb.group(1)] if verb else None


def _died_later(subject: list[str], after: str) -> bool:
    """Whether a later sentence tells of the death of the one whose condition is given:
    the next sentence ("He died on Sunday."), or one that names them again."""
    head = bare(subject[-1]).lower()
    sentences = re.split(r"(?<=[.!?])\s+", after.strip())
    return any(
        _DEATH.search(sentence) and (i == 0 or head in sentence.lower())
        for i, sentence in enumerate(sentences)
    )


def pending_matters(text: str, resolve: Resolver, article_text: str = "") -> list[str]:
    """The open questions a sentence raises about a matter still in hand, best first."""
    if not _GATE.search(text) or text.startswith(('"', "“", "'", "‘")):
        return []
    found: list[str | None] = []
    match = _UNDER_INQUIRY.match(text) if "investigat" in text else None
    subject = _subject(match.group("subject"), resolve) if match else None
    if subject:
        found.append(finish(["what", "will", "the", "investigation", "into", *subject, "find"]))
    match = _NO_DATE.search(text) if "date" in text else None
    if match:
        what = match.group("what").split()
        if what[0].lower() not in {"the", "a", "further", "new", "fresh", "more"}:
            what = (
                [resolve(what[0]) or "the", *what[1:]] if what[0] in {"his", "her", "its"} else what
            )
        if what[0].lower() == "a":
            what[0] = "the"
        found.append(finish(["when", "will", *what, "be", "held"]))
    if "arrest" in text and _NO_ARRESTS.search(text):
        before = article_text.partition(text)[0] if text in article_text else ""
        attack = _attack(before, article_text or text)
        over = ["over", "the", attack] if attack else []
        found.append(finish(["will", "anyone", "be", "arrested", *over]))
    match = _REMANDED.match(text) if "remanded" in text or "bailed" in text else None
    subject = _subject(match.group("subject"), resolve) if match else None
    told = article_text or text
    if subject and _CONVICTED.search(told) and not _SENTENCED.search(told):
        found.append(finish(["what", "sentence", "will", *subject, "receive"]))
    hurt = "condition" in text or "hospital" in text
    match = (
        (_GRAVE.match(text) or _DESCRIBED.match(text) or _BADLY_HURT.match(text)) if hurt else None
    )
    subject = _subject(match.group("subject"), resolve) if match else None
    after = article_text.partition(text)[2] if text in article_text else ""
    if subject and not _DEATH.search(text) and not _died_later(subject, after):
        found.append(finish(["will", *subject, "recover"]))
    match = _PRESSURE.match(text) if "pressure" in text or "calls" in text else None
    subject = _subject(match.group("subject"), resolve) if match else None
    if match and subject and is_base_verb(match.group("verb")):
        found.append(
            will_question(subject, match.group("verb"), cut_clause(match.group("rest")), resolve)
        )
    match = _VOTE.match(text) if "vote" in text else None
    subject = _subject(match.group("subject"), resolve) if match else None
    if match and subject:
        what = lower_first(match.group("what").split())
        if what[0] in {"its", "their", "his", "her"}:
            what = [resolve(what[0]) or "the", *what[1:]]
        elif what[0] in {"a", "an"}:
            what[0] = "the"
        found.append(finish(["will", *subject, "approve", *what]))
    return [q for q in found if q]
