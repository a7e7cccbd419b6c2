"""Open questions about reactions an article leaves to come: a reply, an appeal, a toll.

News often reports one side's move and stops before the other side's answer. The shape
of the sentence says so, whatever the story:

- an accusation or an attack on a named side ("the mayor launched a scathing attack on
  Green councillors", "Ms Varga accused the board of ...") asks how that side will respond, unless
  the article already gives its reply ("the Greens said ...", "the board denied ...");
- a penalty imposed on a named side ("Dorrow Rovers have been hit with a two-match ban",
  "the panel fined Vask United", "the league ordered Dorrow to play ...") asks whether it
  will appeal, unless the article already speaks of an appeal;
- someone hurt ("the driver was badly hurt") whose condition no sentence of the
  article gives asks what it is;
- a death toll given as it stands ("at least 212 people are confirmed dead",
  "the death toll rose to 41") asks whether it will rise, unless the toll is final.

Each question names the sides as the article does and cites the sentence it comes from.
"""

from __future__ import annotations

import re

from builder.extract.antecedents import possessive
from builder.extract.phrasing import PRONOUNS, Resolver, finish

__all__ = ["reaction_questions"]

MAX_SIDE_WORDS = 6

# A side named as the article names it: "Green councillors", "Ana Ruiz and Tom Hale", "the
# Football Association", or an institution that answers for itself ("police").
_NAMED = (
    r"(?:(?:the|The)\s+)?[A-Z][\w'’.-]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w'’.-]*){0,4}"
    r"(?:\s+(?:MPs|ministers|officials|leaders|chiefs|bosses|executives))?"
)
_INSTITUTION = r"(?:the\s+)?(?:police|government|authorities|council|prosecutors)"
_SIDE = rf"(?:{_NAMED}|{_INSTITUTION})"
_ACCUSER = (
    rf"(?P<accuser>{_NAMED}|(?:The|the)\s+[a-z]+|He|She|They|he|she|they)"
    r"(?:\s*(?:,|–|—|-)\s*who)?"
    r"(?:\s+(?:this\s+morning|this\s+week|yesterday|today|tonight|last\s+night|also|has|have|"
    r"had|then|again|repeatedly|publicly))*"
)
_ACCUSATION = re.compile(
    rf"(?:^|[,;:–—-]\s+|\b(?:and|but|after|as)\s+){_ACCUSER}\s+"
    r"(?P<verb>accused|blamed|criticised|criticized|attacked|condemned|slammed|rebuked|"
    r"censured|hit\s+out\s+at|lashed\s+out\s+at|launched\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:attack|assault|broadside|tirade)\s+(?:on|against))\s+"
    rf"(?P<target>{_SIDE})\b"
)
_NOUN_OF = {
    "accused": "accusations",
    "blamed": "criticism",
    "criticised": "criticism",
    "criticized": "criticism",
    "condemned": "criticism",
    "slammed": "criticism",
    "rebuked": "criticism",
    "censured": "criticism",
    "hit": "criticism",
    "lashed": "criticism",
    "attacked": "attack",
    "launched": "attack",
}
# A side that can no longer answer, or one that names no one in particular.
_NOT_A_SIDE = re.compile(r"\b(?:last|former|previous|late|past)\b|^(?:The|the)$")
_REPLY = (
    r"(?:\s+\w+){0,3}?\s+(?:said|says|responded|replied|hit\s+back|denied|denies|rejected|"
    r"rejects|dismissed|insisted|defended|retorted|countered)\b"
)

_PENALTY = re.compile(
    rf"(?:^|,\s+|\b(?:while|and|after|as)\s+)(?P<side>{_NAMED})\s+"
    # Passive only: "the board has suspended traffic" is the board's own act, no penalty.
    r"(?:(?:has|have|had)\s+(?:also\s+)?been|was|were)\s+(?:also\s+)?"
    r"(?:(?P<passive>fined|banned|suspended|sanctioned|disqualified|expelled|docked|"
    # "hit with a £20,000 fine", "hit with a six-point deduction": a sum or a count
    # before the penalty is part of it.
    r"relegated|barred)|hit\s+with\s+(?:a|an)\s+(?P<noun>(?:[\w£$€,.-]+\s+){0,2}?(?:ban|"
    r"fine|penalty|sanction|suspension|(?:points?\s+)?deduction)))\b"
)
_ORDERED = re.compile(
    r"\b(?:has|have|had)?\s*(?P<verb>fined|banned|suspended|sanctioned|disqualified|ordered)\s+"
    rf"(?P<side>{_NAMED})\s+(?:to|from|for|over|after|£|\$|€|\d)"
)
_PENALTY_NOUN = {
    "fined": "fine",
    "banned": "ban",
    "barred": "ban",
    "suspended": "suspension",
    "sanctioned": "sanctions",
    "disqualified": "disqualification",
    "expelled": "expulsion",
    "docked": "penalty",
    "relegated": "relegation",
    "ordered": "ruling",
}
_APPEAL = re.compile(r"\bappeal(?:s|ed|ing)?\b", re.IGNORECASE)

_TOLL = re.compile(
    r"\b(?:death\s+toll|toll\s+of\s+(?:the\s+)?dead|number\s+of\s+(?:dead|deaths))\b|"
    r"\b(?:died|dead|killed|deaths)\b[^.;]{0,30}?\bso\s+far\b|"
    r"\bso\s+far\b[^.;]{0,40}?\b(?:died|dead|killed)\b|\bknown\s+to\s+have\s+died\b",
    re.IGNORECASE,
)
_FINAL_TOLL = re.compile(
    r"\bfinal\s+(?:death\s+)?toll\b|\btoll\s+(?:is|was)\s+not\s+expected\s+to\s+rise\b",
    re.IGNORECASE,
)
# Someone hurt whose condition the article never gives: "The suspect was shot several
# times." (as against "... was shot and later died", "... in a stable condition").
_HURT = re.compile(
    r"^(?P<who>(?:The|the)\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)"
    r"{0,2})\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:also\s+|later\s+)?"
    r"(?:(?:critically|seriously|badly|fatally)\s+)?(?:shot|stabbed|wounded|injured|hurt|"
    r"burned|burnt|struck|hit)\b(?!\s+(?:with|by\s+(?:a\s+)?(?:fine|ban)))"
)
_CONDITION_GIVEN = (
    r"\b(?:condition|died|dies|dead|killed|death|stable|critical|recovering|recovered|"
    r"discharged|released\s+from\s+hospital|minor\s+injuries|non-life|life-threatening|"
    r"treated|unhurt|uninjured|survived|pronounced)\b"
)
_GATE = re.compile(
    r"\b(?:accused|blamed|critici[sz]ed|attack\w*|condemned|slammed|rebuked|censured|"
    r"hit\s+out|lashed\s+out|fined|banned|barred|suspended|sanctioned|disqualified|expelled|"
    r"docked|relegated|ordered|hit\s+with|toll|so\s+far|died|shot|stabbed|wounded|injured|"
    r"hurt|burned|burnt|struck|hit)\b"
)


def _side(words: str, resolve: Resolver | None) -> str | None:
    """A side's name as a question says it, a pronoun named (when ``resolve`` is given),
    or None."""
    if words.lower() in PRONOUNS:
        return resolve(words.lower()) if resolve else None
    if len(words.split()) > MAX_SIDE_WORDS or _NOT_A_SIDE.search(words):
        return None
    return words[0].lower() + words[1:] if words.startswith("The ") else words


def _replied(target: str, article_text: str) -> bool:
    """Whether the article gives the side's answer ("Labour said ...")."""
    head = re.escape(target.rsplit(maxsplit=1)[-1])
    return re.search(rf"\b{head}\b{_REPLY}", article_text) is not None


def _accused_before(accuser: str, text: str, article_text: str) -> bool:
    """Whether the same accuser's attack was already reported earlier in the article (one
    reply is asked for, not one per sentence that retells the attack)."""
    earlier = article_text[: max(article_text.find(text), 0)]
    surname = accuser.rsplit(maxsplit=1)[-1]
    return any(
        match.group("accuser").split()[-1] == surname for match in _ACCUSATION.finditer(earlier)
    )


def _response_question(text: str, resolve: Resolver, article_text: str) -> str | None:
    match = _ACCUSATION.search(text)
    if not match:
        return None
    accuser = _side(match.group("accuser"), resolve)
    target = _side(match.group("target"), resolve)
    if not accuser or not target or target.lower() == accuser.lower():
        return None
    if _replied(target, article_text) or _accused_before(accuser, text, article_text):
        return None
    noun = _NOUN_OF[match.group("verb").split()[0]]
    return finish(["how", "will", *target.split(), "respond", "to", possessive(accuser), noun])


def _appeal_question(text: str, article_text: str) -> str | None:
    """A penalty imposed on a side the sentence names (not a pronoun, which may stand for
    someone else) asks whether it will appeal."""
    if _APPEAL.search(article_text):
        return None  # the article says whether there is an appeal
    match = _PENALTY.search(text)
    if match:
        side = _side(match.group("side"), None)
        noun = match.group("noun") or _PENALTY_NOUN[match.group("passive")]
    else:
        match = _ORDERED.search(text)
        if not match:
            return None
        side = _side(match.group("side"), None)
        noun = _PENALTY_NOUN[match.group("verb")]
    if not side:
        return None
    return finish(["will", *side.split(), "appeal", "against", "the", *noun.split()])


def _condition_question(text: str, article_text: str) -> str | None:
    """Someone hurt whose condition no sentence of the article gives."""
    match = _HURT.match(text)
    if not match:
        return None
    who = match.group("who")
    if who.split()[0].lower() in PRONOUNS or len(who.split()) > MAX_SIDE_WORDS:
        return None
    head = re.escape(who.split()[-1])
    # Near the person's name, not anywhere in a sentence about someone else's death.
    told = re.compile(
        rf"\b{head}\b[^.!?]{{0,60}}?{_CONDITION_GIVEN}|{_CONDITION_GIVEN}[^.!?]{{0,20}}?\b{head}\b"
    )
    if told.search(article_text):
        return None
    who = who[0].lower() + who[1:] if who.startswith("The ") else who
    return finish(["what", "is", "the", "condition", "of", *who.split()])


def reaction_questions(text: str, resolve: Resolver, article_text: str = "") -> list[str]:
    """The open questions about reactions still to come a sentence raises, best first.

    ``article_text`` is the whole article, so a reply, an appeal or a final toll it
    reports anywhere settles the question."""
    if text.startswith(('"', "“", "'", "‘")) or not _GATE.search(text):
        return []
    found = [
        _response_question(text, resolve, article_text),
        _appeal_question(text, article_text),
    ]
    if _TOLL.search(text) and not _FINAL_TOLL.search(article_text):
        found.append("Will the death toll rise further?")
    found.append(_condition_question(text, article_text))
    return [q for q in found if q]
