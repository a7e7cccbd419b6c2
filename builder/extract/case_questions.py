"""Open questions about cases an article leaves open: charges, appeals, claims, suspicions.

News reports many things that are not settled yet, by the shape of its sentences rather
than by saying "it is unclear":

- a charge or a plea ("Rhys Tallow, 19, was charged with arson", "she
  pleaded not guilty to two charges of fraud") asks whether the accused will be convicted,
  unless the article reports the verdict or a guilty plea;
- an appeal or a challenge lodged ("Okafor has lodged an appeal") asks whether it will
  succeed;
- an allegation ("Pell allegedly handed out vouchers"), a claim ("the report suggests that
  midwives conspired ...", "..., prosecutors allege") asks whether it is true;
- a possibility ("the driver may also be linked to an earlier crash") asks whether it is so;
- a result awaited ("detectives await the results of tests to show whether
  ...") asks whether it will come;
- a person not yet named ("the gunman has not been identified", "the attacker, only
  described as a tall woman", "an unidentified gunman", "a fighter, who is masked and
  unidentifiable") asks who it is;
- an expectation or an aim of a named actor ("the agency expects to open a second depot
  next spring") asks whether it will be carried out;
- a request or a wish to have something done ("will apply to have the trial moved to
  another city", "in favour of Ms Varga being reinstated") asks whether it will be;
- claims still open against a named side ("claims still to be settled") ask
  how they will be resolved;
- a lawsuit brought against a named side asks whether it will be found liable, unless the
  article reports the suit settled or decided;
- someone named who fled or is on the run asks where they are now, unless the article
  reports them caught.

Each question is phrased from the sentence's own words (so it cites that sentence), keeps
the article's names, and is dropped when it cannot be phrased cleanly.
"""

from __future__ import annotations

import re

from builder.extract.nlp import is_past, verb_base
from builder.extract.phrasing import (
    AUX,
    PREPOSITIONS,
    PRONOUNS,
    Resolver,
    bare,
    cut_clause,
    finish,
    is_base_verb,
    is_verb,
    lower_first,
    standalone_subject,
)

__all__ = ["case_questions", "strip_attribution"]

MAX_SUBJECT_WORDS = 6
MAX_CHARGE_WORDS = 10
MIN_CLAIM_WORDS, MAX_CLAIM_WORDS = 4, 18

_WEEKDAY = r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
# "Police said on Friday that ...", "The department said Friday ...": the reported clause.
_ATTRIBUTION = re.compile(
    r"^[^,;:\"“‘]{2,80}?\b(?:said|says|announced|revealed|confirmed|believes?|told [\w ]{2,30}?)"
    rf"(?:\s+(?:on\s+)?(?:{_WEEKDAY}|yesterday|today|last\s+\w+|earlier|previously))?\s+"
    r"(?:that\s+)?(?=[A-Z]|the\s|a\s|an\s)"
)
_APPOSITION = re.compile(r",\s+[^,]{1,60}?,")
_SUBJECT = (
    r"(?P<subject>(?:[A-Z][\w'’.-]*|the|The|a|A|an|An|his|His|her|Her|their|Their|its|Its)"
    r"(?:\s+[\w'’.-]+){0,5}?)"
)
_ADVERB = r"(?:also\s+|now\s+|previously\s+|already\s+|formally\s+|being\s+)?"
_CHARGE = re.compile(
    r"^(?P<subject>[A-Z][^,;:]{1,60}?)\s+"
    rf"(?:(?:has|have|had)\s+{_ADVERB}been\s+|(?:was|were|is|are)\s+{_ADVERB})?"
    r"(?P<verb>charged\s+(?:as\s+an?\s+\w+\s+)?with|accused\s+of|indicted\s+(?:on\s+charges\s+of|"
    r"for|on)|on\s+trial\s+for|standing\s+trial\s+for|(?:has\s+|have\s+)?pleaded\s+not\s+"
    r"guilty\s+to|denies|denied|faces?|facing|stands?\s+trial\s+for|went\s+on\s+trial\s+for)\s+"
    r"(?P<charge>[^;:]+)"
)
# Where a charge ends: an adjunct of time or place, a new clause.
_CHARGE_END = re.compile(
    rf"\s+(?:after|when|while|because|following|in connection|on\s+(?:{_WEEKDAY})|last|this|"
    r"yesterday|today|at\s+(?:a|the)|in|before|as|and\s+(?:was|were|is|are|has|have|had|will)|"
    r"but)\b|,|\.\s*$"
)
_OFFENCE = re.compile(
    r"\b(?:murder|homicide|manslaughter|assault|abuse|fraud|theft|robbery|rape|conspiracy|"
    r"charges?|counts?|offen[cs]es?|possession|trafficking|terrorism|corruption|bribery|"
    r"kidnapping|arson|misconduct|harassment|stalking|perjury|negligence|\w+ing)\b",
    re.IGNORECASE,
)
_COUNTS = re.compile(r"\b(?:charges?|counts?|trial)\b")
# A verdict or a guilty plea the article reports: the charge is no longer open.
_SETTLED = (
    r"\b(?:pleaded guilty|(?:was|were|has been|have been|had been)\s+(?:found guilty|"
    r"found not guilty|convicted|acquitted|cleared|jailed|sentenced|imprisoned))\b"
)
_APPEAL = re.compile(
    rf"^{_SUBJECT}\s+(?:has\s+|have\s+|had\s+)?(?:also\s+)?(?:lodged|filed|launched|"
    r"submitted|mounted)\s+an?\s+(?:legal\s+)?(?P<noun>appeal|challenge)\b"
)
_ALLEGEDLY = re.compile(
    rf"^{_SUBJECT}\s+(?:allegedly|reportedly|apparently)\s+(?P<verb>[a-z]+)\b(?P<rest>[^;:]*)$"
)
_CLAIM = re.compile(
    r"^(?P<who>[^\"“”‘’']{2,80}?)\s+(?:claims?|claimed|alleges?|alleged|insists?|insisted|"
    r"maintains?|maintained|argues|argued|contends|contended|suggests|suggested)\s+"
    r"(?:that\s+)?(?P<clause>[^;:]+)$"
)
_TRAILING_CLAIM = re.compile(
    r"^(?P<clause>[A-Z][^;:\"“”]{15,160}?),\s+(?:the\s+)?[\w'’. -]{2,40}?\s+(?:allege|"
    r"alleges|alleged|claim|claims|claimed|contend|contends)\.?$"
)
_QUOTE_MARK = re.compile(r"(?<!\w)[‘’']|[‘’'](?!\w)")
_POSSIBLY = re.compile(
    rf"^{_SUBJECT}\s+(?:may|might|could)\s+(?:even\s+|also\s+|well\s+)?(?:have\s+)?"
    r"(?P<be>be|been)\s+(?P<state>tied|linked|connected|related|involved|responsible|behind|"
    r"targeted|poisoned|planted|hacked|forged|faked)\b(?P<rest>[^;:]*)$"
)
_AWAITED = re.compile(
    r"\b(?:waiting|awaiting|await|wait)\s+(?:for\s+)?(?:the\s+)?(?:results?\s+of\s+)?"
    r"(?P<what>(?:the\s+)?[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,3}?)\s+(?:to\s+)?"
    r"(?P<verb>confirm|show|determine|establish|reveal|prove|indicate)\s+"
    r"(?P<rest>(?:that|whether|if|how|what|who)\s+[^;:]+)$"
)
_UNNAMED = re.compile(
    r"\b(?P<np>[Tt]he\s+(?:[a-z][\w'’-]*\s+){0,2}?(?:suspect|suspects|gunman|gunmen|attacker|"
    r"attackers|victim|victims|driver|man|woman|men|women|boy|girl|killer|shooter|bomber|"
    r"pilot|guard|passenger|buyer|donor|owner))\b[^.]{0,40}?\b(?:has not been|have not been|"
    r"was not|were not|had not been|has yet to be|have yet to be)\s+(?:publicly\s+|"
    r"officially\s+)?(?:named|identified)|"
    # "the attacker, only described as a tall woman": no one knows who yet.
    r"\b(?P<np2>[Tt]he\s+(?:[a-z][\w'’-]*\s+){0,2}?(?:suspect|suspects|gunman|gunmen|attacker|"
    r"attackers|killer|shooter|bomber|driver))\b,?\s+(?:who\s+(?:was|is|has\s+been)\s+)?"
    r"(?:only\s+)?(?:described|identified)\s+(?:only\s+)?as\s+(?=(?:a|an)\b)"
    r"(?:(?P<description>(?:a|an)\s+[^,;:.()]{2,40}?)"
    r"(?=[,.;]|\s+(?:was|is|has|had|may|might|could|who|and)\b|$))?"
)
# "shot by a man, who wore a mask and could not be identified", "an unidentified
# gunman opened fire": someone the article cannot name.
_UNIDENTIFIABLE = re.compile(
    r"\b(?:[Aa]n?|[Tt]he)\s+(?P<noun>(?:[a-z][\w-]*\s+)?(?:gunm[ae]n|attackers?|killer|shooter|"
    r"bomber|executioner|fighters?|assailant|man|woman))\b(?:,?\s+who\s+(?:is|was)\s+"
    r"[^.;]{0,60}?\s+and)?\s+(?:unidentifiable|unidentified)\b|"
    r"\b(?:(?:[Aa]n?|[Tt]he)\s+(?:unidentified|unnamed)|[Uu]nknown)\s+(?P<noun2>gunm[ae]n|"
    r"attackers?|killers?|shooters?|bombers?|assailants?)\b"
)
# "Three tenants have filed lawsuits against the Marlow Housing Trust": will it be found
# liable?
_LAWSUIT = re.compile(
    r"\b(?:filed|brought|launched|lodged|started)\s+(?:a|an|two|three|several|\d+)?\s*"
    r"(?:[$£€][\d,.]+\s*(?:million\s+|billion\s+|m\s+|bn\s+)?)?(?:civil\s+|class\s+action\s+|"
    r"negligence\s+|federal\s+)?(?:lawsuits?|suits?|legal\s+action|legal\s+claims?)\s+against\s+"
    r"(?P<side>(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:of\s+)?[A-Z][\w'’.-]*){0,5})"
)
_SUIT_SETTLED = re.compile(
    r"\b(?:settled|dismissed|thrown out|found liable|not liable|ruled in (?:favour|favor)|"
    r"awarded|agreed to pay)\b"
)
# Someone who has fled and is not reported caught: where are they now?
_FLED = re.compile(
    r"(?:^|,\s+)(?P<who>[A-Z][^,;:]{1,50}?)\s+(?:has\s+|have\s+|had\s+|then\s+|"
    r"later\s+)?"
    r"(?:fled|escaped|absconded)(?:\s+(?:the\s+country|the\s+state|the\s+scene|abroad|"
    r"overseas|the\s+US|the\s+UK|to\s+[A-Z][\w-]+)|\s*(?:,|\.|$))|"
    r"(?:^|,\s+)(?P<who2>[A-Z][^,;:]{1,50}?)\s+(?:is|are|remains?|was|were)\s+"
    r"(?:still\s+)?"
    r"(?:on\s+the\s+run|at\s+large)\b"
)
_CAUGHT = re.compile(
    r"\b(?:was|were|has been|have been|had been)\s+(?:arrested|caught|captured|detained|"
    r"found|extradited|deported)\b|\bin custody\b|\bhanded (?:himself|herself|themselves) in\b|"
    r"\bsurrendered\b|\bturned (?:himself|herself|themselves) in\b"
)
# A request or a wish that something be done to someone, still to be granted: "will
# apply to have the trial moved to another city", "in favour of Ms Varga being
# reinstated": will it be done?
_OBJECT = (
    r"(?P<obj>(?:the|his|her|their|its)\s+(?:[a-z][\w'’-]*\s+){0,2}?[a-z][\w'’-]*|"
    r"(?:Mr|Mrs|Ms|Dr)?\s*[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})"
)
_HAVE_DONE = re.compile(
    r"\b(?:petition\w*|appl(?:y|ies|ied|ying)|ask\w*|mov(?:e|es|ed|ing)|seek\w*|sought|"
    r"intends?|intended|plans?|planned|wants?|wanted|hopes?|hoped|fight\w*|fought|push\w*|"
    r"bid|urg\w+)\s+(?:\w+\s+){0,3}?to\s+have\s+"
    + _OBJECT
    + r"\s+(?P<part>[a-z]+(?:ed|en)|thrown\s+out|struck\s+off|put\s+on\s+trial)\b"
    r"(?P<rest>(?:(?!\s+and\s)[^,;:.])*)"
    r"|\b(?:in\s+favour\s+of|in\s+favor\s+of|calls?\s+for|called\s+for|calling\s+for|"
    r"backs?|backed|supports?|supported|demands?|demanded)\s+"
    + _OBJECT.replace("obj", "obj2")
    + r"\s+being\s+(?P<part2>[a-z]+(?:ed|en)|thrown\s+out|struck\s+off)\b(?P<rest2>[^,;:.]*)"
)
# Claims against someone still open: "the insurer set aside £40million for claims still
# to be settled": how will they be resolved?
_CLAIM_NOUN = r"(?:lawsuits?|fines?|claims?|legal\s+cases?|litigation|penalties|legal\s+bills?)"
_OPEN_CLAIMS = re.compile(
    rf"\b(?P<what>{_CLAIM_NOUN}(?:\s+and\s+{_CLAIM_NOUN})?)\s+(?:that\s+are\s+|which\s+are\s+)?"
    r"(?P<status>(?:still\s+)?(?:being\s+decided|pending|outstanding|unresolved)|yet\s+to\s+be\s+"
    r"(?:decided|settled|resolved)|still\s+to\s+be\s+(?:decided|settled|resolved))\b"
)
_OWNER = re.compile(r"\b(?:[A-Z][\w'’&.-]*(?:\s+(?:of\s+)?[A-Z][\w'’&.-]*){0,4})")
_EXPECTS = re.compile(
    rf"^{_SUBJECT}\s+(?:expects|expect|aims|aim|is preparing|are preparing|is seeking|"
    r"are seeking|hopes|hope)\s+to\s+(?P<verb>[a-z]+)\b(?P<rest>[^;:]*)$"
)
_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "this", "that"})
_DULL_VERBS = frozenset({"be", "have", "do", "make", "see", "know", "say", "get", "go"})
_NUMBER_WORDS = frozenset(
    {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several"}
    | {"many", "some", "both", "dozens", "hundreds"}
)
_GATE = re.compile(
    r"\b(?:charged|accused|indicted|trial|pleaded|denie[sd]|fac(?:e|es|ing)|appeal|challenge|"
    r"allegedly|reportedly|apparently|claim\w*|alleg\w*|insist\w*|maintain\w*|argu\w*|"
    r"contend\w*|suggest\w*|may|might|could|wait\w*|await\w*|named|identified|described|"
    r"unidentifi\w*|unnamed|unknown|"
    r"expects?|aims?|"
    r"preparing|seeking|hopes?|have|being|pending|outstanding|unresolved|decided|lawsuits?|suits?|legal|fled|escaped|absconded|run|large)\b"
)


def strip_attribution(text: str) -> str:
    """The reported clause of "X said (on Friday) that Y", capitalised; else the text."""
    match = _ATTRIBUTION.match(text)
    if not match or match.end() >= len(text):
        return text
    rest = text[match.end() :]
    return rest[0].upper() + rest[1:]


def _lowered(words: list[str]) -> list[str]:
    """A subject's words as they read inside a question: "A"/"Six" lower-cased."""
    words = lower_first(words)
    if words and (words[0] in {"A", "An", "The"} or words[0].lower() in _NUMBER_WORDS):
        words = [words[0].lower(), *words[1:]]
    return words


def _named_subject(text: str, resolve: Resolver) -> list[str] | None:
    """A subject that names someone (a pronoun could stand for the wrong person)."""
    words = _lowered(text.split())
    if not words or len(words) > MAX_SUBJECT_WORDS or bare(words[0]) in PRONOUNS:
        return None
    if any(bare(w) in AUX for w in words):
        return None
    fixed = standalone_subject(words, resolve)
    if not fixed or not any(w[:1].isupper() for w in fixed):
        return None
    return fixed


def _subject(text: str, resolve: Resolver) -> list[str] | None:
    words = _lowered(text.split())
    if not words or len(words) > MAX_SUBJECT_WORDS:
        return None
    return standalone_subject(words, resolve)


def _charge_question(plain: str, article_text: str, resolve: Resolver) -> str | None:
    match = _CHARGE.match(plain)
    if not match:
        return None
    charge = _CHARGE_END.split(match.group("charge"), maxsplit=1)[0].split()
    if not 0 < len(charge) <= MAX_CHARGE_WORDS or not _OFFENCE.search(" ".join(charge)):
        return None
    verb = match.group("verb").split()[0]
    if verb in {"faces", "face", "facing", "denies", "denied"} and not _COUNTS.search(
        " ".join(charge)
    ):
        return None  # "faces criticism", "denied the report": no charge
    subject = _named_subject(match.group("subject"), resolve)
    if not subject:
        return None
    surname = re.escape(subject[-1])
    if re.search(rf"\b{surname}\b[^.]{{0,60}}?{_SETTLED}", article_text):
        return None  # the article reports the verdict or the plea
    first = charge[0].lower()
    base = verb_base(first) if first.endswith("ing") else None
    if base and not _COUNTS.search(" ".join(charge)):
        return finish(["did", *subject, base, *charge[1:]])  # "accused of misleading MPs"
    if first in {"up", "possible", "a", "an", "the"}:
        return None
    joint = "on" if _COUNTS.search(" ".join(charge[:4])) else "of"
    return finish(["will", *subject, "be", "convicted", joint, *lower_first(charge)])


def _claim_question(text: str, plain: str, resolve: Resolver) -> str | None:
    match = _CLAIM.match(text.rstrip("."))
    who = match.group("who").split() if match else []
    # "the alleged victim": an adjective, not a verb of claiming.
    # "faces claims": a noun after a verb or a preposition, not a verb of claiming.
    # "stoned for alleged adultery": after a preposition "alleged" describes a noun.
    claimed = (
        match and len(who) <= 10 and bare(who[-1]) not in _DETERMINERS | _BEFORE_NOUN | PREPOSITIONS
    )
    clause = match.group("clause") if match and claimed else None
    if clause is None:
        trailing = _TRAILING_CLAIM.match(text.rstrip())
        clause = trailing.group("clause") if trailing else None
    if clause is None or _QUOTE_MARK.search(clause):
        return None
    words = cut_clause(clause).split()
    if not MIN_CLAIM_WORDS <= len(words) <= MAX_CLAIM_WORDS:
        return None
    first = bare(words[0])
    # A clause opens with its subject: a name, a determiner or a noun, not a verb, a
    # preposition or "to" ("claims to have ...").
    opens = words[0][:1].isupper() or not (
        is_verb(words[0]) or first in PREPOSITIONS or first in {"to", "not", "of"}
    )
    if first in PRONOUNS:
        name = resolve(first)
        if not name:
            return None
        words = [name, *words[1:]]
    elif not opens:
        return None
    if not any(bare(w) in AUX or is_verb(w) for w in words[1:7]):
        return None  # no finite verb near the start: not a clause
    words = standalone_subject(_lowered(words), resolve) or []  # "its staff": whose?
    if not words:
        return None
    return finish(["is", "it", "true", "that", *words])


def case_questions(text: str, resolve: Resolver, article_text: str = "") -> list[str]:
    """The open questions about unsettled cases a sentence raises, best first."""
    if text.startswith(('"', "“", "'", "‘")) or not _GATE.search(text):
        return []
    plain = strip_attribution(_APPOSITION.sub("", text)).rstrip(".")
    found: list[str | None] = [_charge_question(plain, article_text, resolve)]
    match = _APPEAL.match(plain)
    subject = _named_subject(match.group("subject"), resolve) if match else None
    if match and subject:
        apostrophe = "’" if "’" in text else "'"
        owner = subject[-1] + (apostrophe if subject[-1].endswith("s") else f"{apostrophe}s")
        found.append(finish(["will", *subject[:-1], owner, match.group("noun"), "succeed"]))
    match = _ALLEGEDLY.match(plain)
    words = match.group("subject").split() if match else []
    at_aux = next((i for i, w in enumerate(words) if i and bare(w) in AUX), None)
    if match and at_aux is not None:
        # "Vergara is now reportedly engaged", "had allegedly been camping": the hedge sits
        # after an auxiliary, which opens the question in the article's tense.
        subject = _subject(" ".join(words[:at_aux]), resolve)
        rest = [
            *words[at_aux + 1 :],
            match.group("verb"),
            *cut_clause(match.group("rest")).split(),
        ]
        if subject and (is_verb(match.group("verb")) or match.group("verb") == "been"):
            found.append(finish([bare(words[at_aux]), *subject, *rest]))
    elif match and is_past(match.group("verb")):
        base = verb_base(match.group("verb"))
        subject = _subject(match.group("subject"), resolve)
        if base and subject:
            found.append(finish(["did", *subject, base, *cut_clause(match.group("rest")).split()]))
    match = _POSSIBLY.match(plain)
    subject = _subject(match.group("subject"), resolve) if match else None
    if match and subject:
        plural = subject[-1].endswith("s") and not subject[-1].endswith("ss")
        aux = "was" if match.group("be") == "been" else "are" if plural else "is"
        rest = cut_clause(match.group("rest")).split()
        found.append(finish([aux, *subject, match.group("state"), *rest]))
    match = _AWAITED.search(plain)
    if match:
        what, rest = match.group("what").split(), cut_clause(match.group("rest")).split()
        found.append(finish(["will", *what, match.group("verb"), *rest]))
    match = _UNNAMED.search(text)
    if match:
        noun = _lowered((match.group("np") or match.group("np2")).split())
        plural = noun[-1].endswith("s") or noun[-1] in {"men", "women", "gunmen"}
        # What little is known of the person keeps the question from being any suspect's.
        description = match.group("description")
        known = ["described", "only", "as", *description.split()] if description else []
        if known:
            noun[-1] += ","
        found.append(finish(["who", "are" if plural else "is", *noun, *known]))
    match = _UNIDENTIFIABLE.search(text) if not match else None
    if match:
        noun = ["the", *(match.group("noun") or match.group("noun2")).lower().split()]
        plural = noun[-1].endswith("s") or noun[-1] in {"men", "women", "gunmen"}
        found.append(finish(["who", "are" if plural else "is", *noun]))
    match = _EXPECTS.match(plain)
    verb = match.group("verb") if match else ""
    if match and is_base_verb(verb) and verb not in _DULL_VERBS:
        subject = _named_subject(match.group("subject"), resolve)
        if subject:
            rest = cut_clause(match.group("rest")).split()
            found.append(finish(["will", *subject, verb, *rest]))
    found.append(_claim_question(text, plain, resolve))
    found.extend(_done_questions(text, resolve))
    found.append(_lawsuit_question(text, article_text))
    found.append(_open_claims_question(text))
    found.append(_whereabouts_question(text, article_text, resolve))
    return [q for q in found if q]


# "Last night Ana Ruiz, who chairs the board, said: 'I would be in favour of ...'": who
# wishes it, kept with the question an analyst would ask.
_WISHER = re.compile(
    r"^(?:(?:Last|This)\s+\w+|Yesterday|Today|Earlier|On\s+\w+),?\s+(?P<who>(?:[a-z]+\s+)?[A-Z][^,:;\"“‘]{2,50}?)"
    r"(?:,\s+(?:who|a|an|the)\b[^,:]{2,80},)?\s+(?:said|told\s+[^:]{2,40}?):\s*[\"“‘']"
    r"(?:I|We)\b"
)


def _done_questions(text: str, resolve: Resolver) -> list[str | None]:
    """What someone asks or wishes to have done: will it be done? A wish of a named speaker
    keeps who wishes it ("Will Mr Lund be reinstated, as Ana Ruiz wants?")."""
    found: list[str | None] = []
    wisher = _WISHER.match(text)
    for match in _HAVE_DONE.finditer(text):
        obj = match.group("obj") or match.group("obj2")
        part = match.group("part") or match.group("part2")
        rest = match.group("rest") if match.group("part") else match.group("rest2")
        rest = _REST_END.split(cut_clause(rest), maxsplit=1)[0]
        words = _subject(obj.strip(), resolve)
        if not words or not is_past(part.split()[0]):
            continue
        if wisher and match.group("obj2"):
            done = [*part.split(), *re.split(r"(?:^|\s+)to\s+", rest, maxsplit=1)[0].split()]
            done[-1] += ","
            who = wisher.group("who").split()
            found.append(finish(["will", *words, "be", *done, "as", *who, "wants"]))
            continue
        found.append(finish(["will", *words, "be", *part.split(), *rest.split()]))
    return found


_REST_END = re.compile(r"\s+(?:what|when|where|which|who|whom|because|after|before|and)\b")


def _open_claims_question(text: str) -> str | None:
    """Claims still open against the side a sentence names before them."""
    match = _OPEN_CLAIMS.search(text)
    if not match:
        return None
    owners = [
        m.group(0) for m in _OWNER.finditer(text[: match.start()]) if m.group(0) not in _NOT_OWNERS
    ]
    if not owners or len(owners[-1].split()) > MAX_SUBJECT_WORDS:
        return None
    what = lower_first(match.group("what").split())
    status = match.group("status").split()
    return finish(["how", "will", "the", *what, *status, "against", owners[-1], "be", "resolved"])


_BEFORE_NOUN = frozenset(
    {"faces", "face", "facing", "faced", "denied", "denies", "rejected", "rejects", "dismissed"}
    | {"disputed", "disputes", "settled", "over", "against", "of", "about", "new", "such"}
)
_NOT_OWNERS = frozenset({"It", "He", "She", "They", "The", "This", "But", "And", "In", "On"})


def _lawsuit_question(text: str, article_text: str) -> str | None:
    """A lawsuit brought against a named side, not reported settled or decided."""
    match = _LAWSUIT.search(text)
    if not match or _SUIT_SETTLED.search(article_text):
        return None
    side = _lowered(match.group("side").split())
    if len(side) > MAX_SUBJECT_WORDS:
        return None
    return finish(["will", *side, "be", "found", "liable"])


def _whereabouts_question(text: str, article_text: str, resolve: Resolver) -> str | None:
    """Someone named who fled, or is on the run, and is not reported caught (a pronoun is
    not trusted here: it may stand for whoever was named last)."""
    match = _FLED.search(text)
    if not match or _CAUGHT.search(article_text):
        return None
    who = match.group("who") or match.group("who2")
    words = _named_subject(who, resolve) or []
    if not words or len(words) > MAX_SUBJECT_WORDS:
        return None
    plural = words[-1].endswith("s") and not words[-1].endswith("ss")
    return finish(["where", "are" if plural else "is", *words, "now"])
