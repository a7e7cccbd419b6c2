"""Open questions about what a lawyer claims for a client.

In a case still before a court, what one side's lawyer says of the client is that side's
account, which the court has still to weigh: "The boy's solicitor said she believes her
client was acting on his uncle's orders" asks "Was the boy acting on his uncle's
orders?", and "Dorran's lawyer conceded his client struck the first blow but insisted the
man was terrified" asks "Was the man terrified?".
What the lawyer concedes ("admitted ...") is settled; what the lawyer says or adds is the
claim. A step of procedure the lawyer reports ("his client was released on bail") is
news, not a claim, and asks nothing.
"""

from __future__ import annotations

import re

from builder.extract.phrasing import Resolver, lower_first, question_from_clause

__all__ = ["defence_questions"]

MAX_OWNER_WORDS = 4

_GATE = re.compile(r"\b(?:lawyer|attorney|solicitor|barrister|counsel)\b")
# "The boy's solicitor", "Dorran's lawyer", "Ms Ortiz's defence lawyer": whose lawyer.
_OWNER = re.compile(
    r"^(?P<owner>(?:[Tt]he\s+[a-z][\w-]*|(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*))['’]s?\s+"
    r"(?:defen[cs]e\s+)?(?:lawyer|attorney|solicitor|barrister|counsel)\b"
)
_WHEN = r"(?:\s+(?:on\s+)?(?:[A-Z][a-z]+day|yesterday|today|last\s+[a-z]+))?"
# "... said on Monday she believes her client was ...", "... but insisted the man was ...".
_CLAIM = re.compile(
    rf"\b(?:said|says|added|argued|argues|claimed|claims|insisted|insists|told\s+the\s+"
    rf"(?:court|jury|judge|hearing)){_WHEN}\s+(?:that\s+)?(?:(?:he|she|they)\s+(?:believes?|"
    r"thinks?|maintains?)\s+(?:that\s+)?)?(?P<clause>(?P<who>(?:his|her|their)\s+clients?|"
    r"the\s+[a-z]+|he|she|they)\s+(?P<verb>was|were|is|are|had\s+been)\s+(?P<rest>[^;:]+))"
)
# Steps of procedure a lawyer reports, which the article states as done or fixed.
_PROCEDURE = frozenset(
    {"released", "granted", "due", "scheduled", "expected", "set", "charged", "arrested"}
    | {"sentenced", "remanded", "bailed", "freed", "convicted", "acquitted", "cleared"}
    | {"in", "at", "not", "going", "planning", "considering", "appealing", "happy", "pleased"}
)
_QUOTE_MARKS = re.compile(r"[\"“”]|(?<!\w)['‘]|['’](?!\w)")
_OPENING_SINGLE = re.compile(r"(?<!\w)['‘]")


def _unquoted(text: str) -> str:
    """The text without quotation marks ("was 'terrified'" → "was terrified"), keeping the
    apostrophe of a plural's possessive ("the Davies' farm") where no single quotation is
    open."""

    def drop(match: re.Match[str]) -> str:
        at, mark = match.start(), match.group(0)
        possessive = (
            mark in "'’"
            and at > 0
            and text[at - 1] in "sS"
            and re.match(r"\s+[a-z]", text[at + 1 :]) is not None
            and not _OPENING_SINGLE.search(text, 0, at)
        )
        return mark if possessive else ""

    return _QUOTE_MARKS.sub(drop, text)


def defence_questions(text: str, resolve: Resolver) -> list[str]:
    """The question a lawyer's claim for a client leaves open, if the sentence makes one."""
    if not _GATE.search(text):
        return []
    owner = _OWNER.match(text)
    if not owner or len(owner.group("owner").split()) > MAX_OWNER_WORDS:
        return []
    claims = list(_CLAIM.finditer(_unquoted(text)))
    if not claims:
        return []
    claim = claims[-1]  # what is added last is the claim; an admission before it is settled
    if claim.group("rest").split()[0].lower() in _PROCEDURE:
        return []
    who = claim.group("who").split()
    if who[-1].startswith("client") or who[0] in {"he", "she", "they"}:
        # "his client" is the lawyer's owner; so is a lone pronoun in the lawyer's words.
        subject = " ".join(lower_first(owner.group("owner").split()))
        clause = subject + claim.group("clause")[len(claim.group("who")) :]
    else:
        clause = claim.group("clause")
    # "was terrified and was acting to ...": one subject, one verb, two predicates.
    verb = claim.group("verb")
    clause = re.sub(rf"\s+and\s+{verb}\s+", " and ", clause, count=1)
    question = question_from_clause("whether", clause, resolve)
    return [question] if question else []
