"""Open questions about a police case still in its first days, by the shape of the report:

- a search or a hunt ("coastguards are searching for a man who fell from a ferry",
  "police have launched a manhunt for the gunman") asks whether the one sought will be
  found or caught, unless the article reports it;
- an arrest with no charge told ("two men have been arrested on suspicion of murder",
  "was released on bail pending further inquiries") asks whether they will be charged;
- an appeal for witnesses asks who is responsible for the attack the article names;
- an inquiry launched or a case passed to prosecutors asks what it will find or
  whether charges will follow; a trial set asks whether the accused will be convicted;
- an examination still to be made ("a post-mortem examination will be carried out")
  asks what it will find.
"""

from __future__ import annotations

import re

from builder.extract.phrasing import AUX, PRONOUNS, Resolver, bare, finish, lower_first

MAX_SOUGHT_WORDS = 9

_SEARCH = re.compile(
    r"\b(?P<kind>search(?:ing|es|ed)?|hunt(?:ing|s|ed)?|manhunt)\s+(?:is\s+under\s+way\s+)?"
    r"(?:for\s+)?(?P<sought>(?:the|a|an|two|three|four|several)\s+(?:[a-z][\w'’-]*\s+){0,2}?"
    r"(?:man|woman|men|women|boy|girl|child|children|gunman|gunmen|suspects?|attackers?|"
    r"killer|driver|fisherman|climber|walker|hiker|pilot|sailor|prisoner|inmate|fugitive|"
    r"teenager|student|robbers?|thie(?:f|ves)|people|crew|passengers?))\b"
    r"(?P<rest>\s+(?:who|missing|last\s+seen|seen)\b[^,.;]{0,50})?"
)
_FOUND = re.compile(
    r"\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:later\s+|finally\s+|safely\s+)?"
    r"(?:found|caught|arrested|captured|rescued|located|detained|recovered)\b|\bin\s+custody\b|"
    r"\b(?:handed|turned)\s+(?:himself|herself|themselves)\s+in\b|\bcalled\s+off\b"
)
_ADJUNCT = re.compile(r"\s+(?:on|last|yesterday|this|after|before|when|while|near|off)\b")
_HUNT_KIND = re.compile(r"hunt|manhunt")
_ARRESTED = re.compile(
    r"^(?P<subject>(?:The|A|An|Two|Three|Four|Five|Six|[A-Z][\w'’.-]*)(?:\s+[\w'’.-]+){0,5}?)"
    r"\s+(?:has|have|had)\s+been\s+arrested\s+(?:on\s+suspicion\s+of\s+(?P<offence>[a-z][\w\s-]"
    r"{2,40}?)(?=[,.;]|\s+(?:and|after|in|at|following|over)\b|$)|(?:and|but)\s+(?:is|are|was|"
    r"were|has\s+been|have\s+been)\s+(?:released|being\s+questioned|bailed)\b)"
)
# "officers took the man into custody", "the suspect was taken into custody".
_CUSTODY = re.compile(
    r"\btook\s+(?P<obj>(?:the|an?)\s+(?:[a-z][\w'’-]*\s+){0,2}?[a-z][\w'’-]*)\s+into\s+custody\b|"
    r"\btook\s+custody\s+of\s+(?P<obj2>(?:the|an?)\s+(?:[a-z][\w'’-]*\s+){0,2}?[a-z][\w'’-]*)\b|"
    r"^(?P<subject>(?:The|A|An)\s+(?:[a-z][\w'’-]*\s+){0,2}?[a-z][\w'’-]*)\s+(?:was|were|has\s+"
    r"been|have\s+been)\s+taken\s+into\s+custody\b"
)
# "The gunman remains at large", "Ana Reyes, 15, has been missing since Tuesday".
_AT_LARGE = re.compile(
    r"^(?P<subject>(?:The|A|An|Two|Three|Four|Five|Six|[A-Z][\w'’.-]*)(?:\s+[\w'’.-]+){0,4}?)"
    r"(?:,\s+\d+,)?\s+(?:is|are|remains?|has\s+been|have\s+been)\s+(?:still\s+)?"
    r"(?P<state>at\s+large|on\s+the\s+run|missing)\b"
)
# "The club has launched an internal investigation into the claims".
_LAUNCHED = re.compile(
    r"\b(?:launched|opened|ordered|begun|began|started|announced)\s+an?\s+(?P<kind>(?:[a-z]+\s+)?"
    r"(?:investigation|inquiry|review|probe))(?P<into>\s+(?:into|of)\s+[^,.;]{3,60}?)?"
    r"(?=[,.;]|\s+(?:after|following|when|on|last|this|and)\b|$)|"
    # "An inquiry has been opened into the death": the same, told in the passive.
    r"\b(?:[Aa]n?|[Tt]he)\s+(?P<kind2>(?:[a-z]+\s+)?(?:investigation|inquiry|review|probe))\s+"
    r"(?:has|have|had)\s+(?:now\s+|also\s+)?been\s+(?:launched|opened|ordered|set\s+up|begun)"
    r"(?P<into2>\s+(?:into|of)\s+[^,.;]{3,60}?)?(?=[,.;]|\s+(?:after|following|when|on|last|"
    r"this|and|by)\b|$)"
)
# "The case has been referred to prosecutors": will they bring charges?
_REFERRED = re.compile(
    r"\b(?:case|file|matter|evidence|report)\s+(?:has|have|had|was|were)\s+(?:now\s+|also\s+)?"
    r"(?:been\s+)?(?:referred|passed|sent|handed)\s+(?:over\s+)?to\s+(?P<to>(?:the\s+)?(?:"
    r"prosecutors|Crown\s+Prosecution\s+Service|CPS|[Dd]istrict\s+[Aa]ttorney(?:'s\s+[Oo]ffice)?|"
    r"[Pp]rocurator\s+[Ff]iscal|[Pp]ublic\s+[Pp]rosecutor(?:'s\s+[Oo]ffice)?))\b"
)
# "Ruiz will stand trial in June": the trial is set, its verdict open.
_TRIAL = re.compile(
    r"^(?P<subject>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})(?:,\s+\d+,)?\s+(?:will|is\s+due\s+to|"
    r"is\s+set\s+to|is\s+expected\s+to|is\s+to)\s+(?:stand|face|go\s+on)\s+trial\b"
    r"(?:\s+(?:on\s+charges?\s+of|for)\s+(?P<offence>[a-z][\w\s-]{2,30}?)(?=[,.;]|\s+(?:in|at|on|"
    r"next|later|this)\b|$))?"
)
_VERDICT = re.compile(r"\b(?:found\s+(?:not\s+)?guilty|convicted|acquitted|cleared)\b")
# Cheap tests that gate the rules above.
_LOOSE = re.compile(r"\b(?:large|run|missing)\b")
_INQUIRY = re.compile(r"\b(?:investigation|inquiry|review|probe)\b")
_PASSED = re.compile(r"\b(?:referred|passed|sent|handed)\b")
_EXAMINED = re.compile(r"(?i:post-mortem|autopsy|inquest|forensic|toxicology)")
_CONCLUDED = re.compile(r"\b(?:found\s+that|concluded|cleared|upheld|found\s+no)\b")
_CHARGED = re.compile(r"\b(?:charged|was\s+released\s+without\s+charge|no\s+further\s+action)\b")
_APPEAL = re.compile(
    r"\b(?:police|detectives|officers)\s+(?:are|were|have)\s+(?:now\s+|also\s+)?(?:appealing|"
    r"appealed)\s+for\s+(?:any\s+)?(?:witnesses|information|anyone\s+with\s+information)\b",
    re.IGNORECASE,
)
_ATTACK_NOUN = re.compile(
    r"\b(shooting|stabbing|killings?|murders?|bombing|attack|robbery|assault|arson|"
    r"break-in|raid|hit-and-run|crash|collision|fire)\b",
    re.IGNORECASE,
)
_EXAMINATION = re.compile(
    r"\b(?:an?\s+|the\s+)?(?P<what>post-mortem(?:\s+examination)?|autopsy|inquest|"
    r"forensic\s+examination|toxicology\s+tests?)(?:\s+into\s+[^,.;]{2,40}?)?\s+(?:will|is\s+(?:due|expected|set|to)|"
    r"are\s+(?:due|expected|set|to)|was\s+(?:due|expected)\s+to)\s+(?:to\s+)?(?:be\s+)?"
    r"(?:carried\s+out|held|conducted|opened|performed|take\s+place)\b",
    re.IGNORECASE,
)
# Word starts only, matched case-sensitively: the gate runs on every sentence.
_GATE = re.compile(
    r"\b(?:search|hunt|manhunt|arrested|appeal|post-mortem|autopsy|custody|large|run|missing|"
    r"investigation|inquiry|review|probe|inquest|forensic|toxicology|referred|passed|sent|"
    r"handed|trial)"
)
_NUMBERS = {"two", "three", "four", "five", "six"}


def _sought(match: re.Match[str]) -> list[str]:
    words = match.group("sought").split()
    words[0] = "the" if words[0] in {"a", "an"} else words[0]
    if words[0] in _NUMBERS:
        words = ["the", *words]
    # The clause about the one sought, without its time or its scene ("on Friday").
    rest = _ADJUNCT.split(match.group("rest") or "")[0].split()
    return [*words, *rest] if len(words) + len(rest) <= MAX_SOUGHT_WORDS else words


def _subject(text: str) -> list[str] | None:
    words = lower_first(text.split())
    if words and (words[0] in {"A", "An", "The"} or words[0].lower() in _NUMBERS):
        words = [words[0].lower(), *words[1:]]
    if not words or bare(words[0]) in PRONOUNS or any(bare(w) in AUX for w in words):
        return None
    if words[0] in {"a", "an"}:
        words[0] = "the"
    elif words[0] in _NUMBERS:
        words = ["the", *words]
    return words


def police_questions(text: str, resolve: Resolver, article_text: str = "") -> list[str]:
    """The open questions a sentence raises about a police case still open, best first."""
    if not _GATE.search(text) or text.startswith(('"', "“", "'", "‘")):
        return []
    found: list[str | None] = []
    after = article_text.partition(text)[2] if text in article_text else ""
    match = _SEARCH.search(text) if "search" in text or "hunt" in text else None
    if match and not _FOUND.search(after) and not _FOUND.search(text[match.end() :]):
        # A hunt is for someone to be caught; a search for someone missing, to be found.
        outcome = "caught" if _HUNT_KIND.search(match.group("kind")) else "found"
        found.append(finish(["will", *_sought(match), "be", outcome]))
    match = _ARRESTED.match(text) if "arrested" in text else None
    subject = _subject(match.group("subject")) if match else None
    if subject and not _CHARGED.search(after) and "charged" not in text:
        offence = match.group("offence") if match else None
        found.append(
            finish(["will", *subject, "be", "charged", *(["with", offence] if offence else [])])
        )
    match = _CUSTODY.search(text) if "custody" in text else None
    held = match and (match.group("obj") or match.group("obj2") or match.group("subject"))
    subject = _subject(held) if held else None
    if subject and not _CHARGED.search(after):
        found.append(finish(["will", *subject, "be", "charged"]))
    match = _AT_LARGE.match(text) if _LOOSE.search(text) else None
    subject = _subject(match.group("subject")) if match else None
    if match and subject and not _FOUND.search(after) and not re.search(r"\bof\b", subject[1]):
        outcome = "found" if match.group("state") == "missing" else "caught"
        found.append(finish(["will", *subject, "be", outcome]))
    match = _LAUNCHED.search(text) if _INQUIRY.search(text) else None
    if match and not _CONCLUDED.search(after):
        into = lower_first((match.group("into") or match.group("into2") or "").split())
        into = [(resolve(w) or "the") if w in {"its", "their", "his", "her"} else w for w in into]
        kind = (match.group("kind") or match.group("kind2")).lower().split()
        found.append(finish(["what", "will", "the", *kind, *into, "find"]))
    match = _REFERRED.search(text) if _PASSED.search(text) else None
    if match and not _CHARGED.search(after):
        found.append(finish(["will", *match.group("to").split(), "bring", "charges"]))
    match = _TRIAL.match(text) if "trial" in text else None
    if match and not _VERDICT.search(after):
        offence = match.group("offence")
        of = ["of", *offence.split()] if offence else []
        found.append(finish(["will", *match.group("subject").split(), "be", "convicted", *of]))
    if "appeal" in text and _APPEAL.search(text):
        before = article_text.partition(text)[0] if text in article_text else ""
        nouns = _ATTACK_NOUN.findall(before)
        if nouns:
            found.append(finish(["who", "is", "responsible", "for", "the", nouns[-1].lower()]))
    match = _EXAMINATION.search(text) if _EXAMINED.search(text) else None
    if match:
        found.append(finish(["what", "will", "the", *match.group("what").lower().split(), "find"]))
    return [q for q in found if q]
