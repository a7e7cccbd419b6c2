"""Open questions about what an article says is not yet known, by the shape of the report:

- no information given ("no more information on her condition or where she was treated
  was immediately available") asks for it ("Where was she treated?", "What is her
  condition?");
- a fact said to be unknown ("the motive for the attack is not known", "the identity of
  the driver remains unclear") asks what it is.
"""

from __future__ import annotations

import re

from builder.extract.phrasing import Resolver, finish, lower_first, question_from_clause

# What a reader asks for when told it is unknown: a person's state, a reason, an identity.
_FACTS = (
    r"condition|conditions|identity|identities|motive|motives|whereabouts|nature|extent|"
    r"cause|causes|reason|reasons|names|name|origin|source|value|size|location"
)
_NO_INFORMATION = re.compile(
    r"\b(?:[Nn]o|[Nn]ot\s+much)\s+(?:more\s+|further\s+|other\s+|additional\s+|immediate\s+)?"
    r"(?:information|details|word)\s+(?:on|about|of|as\s+to|regarding)\s+(?P<what>[^,;]{3,90}?)"
    r"\s+(?:was|were|has\s+been|have\s+been|had\s+been|is|are)\s+(?:immediately\s+|yet\s+|"
    r"publicly\s+)?(?:available|released|given|disclosed|provided|forthcoming|known)\b"
)
_WH_PART = re.compile(r"\s+(?:or|and)\s+(?P<wh>where|when|why|how|who|whether)\s+(?P<clause>.+)$")
_UNKNOWN_FACT = re.compile(
    r"^(?:The|Her|His|Their|Its)\s+(?P<what>(?:[\w'’-]+\s+){0,2}?(?:" + _FACTS + r")"
    r"(?:\s+(?:of|for|behind)\s+[^,;]{3,60}?)?)\s+(?P<be>is|are|remains?|was|were)\s+(?:still\s+|"
    r"yet\s+)?(?:not\s+(?:yet\s+)?known|unknown|unclear|not\s+(?:yet\s+)?clear|a\s+mystery)\b"
)
_FACT_HEAD = re.compile(
    rf"^(?:the\s+|his\s+|her\s+|their\s+|its\s+)?(?:[\w'’-]+\s+)?(?:{_FACTS})\b"
)
_GATE = re.compile(r"\b(?:information|details|word|known|unknown|unclear|clear|mystery)\b")


def _what_is(words: list[str], resolve: Resolver) -> str | None:
    if words and words[0] in {"his", "her", "their", "its"}:
        owner = resolve(words[0])
        if not owner:
            return None  # "What are the whereabouts?": whose, the question must say
        words = [owner, *words[1:]]
    head = next((w for w in words if re.fullmatch(_FACTS, w)), "")
    plural = head.endswith("s")  # "What are the motives ...?", "What are her whereabouts?"
    return finish(["what", "are" if plural else "is", *words])


# A condition the article gives elsewhere ("she is much better", "was discharged").
_CONDITION_TOLD = re.compile(
    r"\b(?:better|improved|improving|recovering|recovered|stable|critical|serious|discharged|"
    r"leaving\s+(?:the\s+)?hospital|left\s+(?:the\s+)?hospital|died|dead)\b"
)


def unknown_questions(text: str, resolve: Resolver, article_text: str = "") -> list[str]:
    """The open questions about facts a sentence says are not known, best first."""
    if not _GATE.search(text):
        return []
    elsewhere = article_text.replace(text, " ")
    found: list[str | None] = []
    match = _NO_INFORMATION.search(text)
    if match:
        what = match.group("what")
        part = _WH_PART.search(what)
        if part:
            found.append(question_from_clause(part.group("wh"), part.group("clause"), resolve))
            what = what[: part.start()]
        told = "condition" in what and _CONDITION_TOLD.search(elsewhere)
        if _FACT_HEAD.match(what) and not told:
            found.append(_what_is(lower_first(what.split()), resolve))
    match = _UNKNOWN_FACT.match(text)
    if match:
        first = text.split(maxsplit=1)[0].lower()
        found.append(_what_is([first, *match.group("what").split()], resolve))
    return [q for q in found if q]
