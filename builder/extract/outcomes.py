"""Open questions about outcomes an article leaves pending, and the article's own casing.

The rules in :mod:`.questions` read explicit uncertainty; these read what news leaves
open by its structure:

- a consequence stated as possible, a future reported or a step someone says should be
  taken ("Pell could face up to ten years in prison", "he said the lenders would not
  release further funds", "the regulator said four midwives should face hearings") asks
  whether it will come about ("Will Pell face up to ten years in prison?", "Will the
  lenders release further funds?"); a future the article states in its own voice ("the
  hearing will hear from two witnesses") is not open;
- a sentence still to be passed ("when she is sentenced next month") asks what it will be;
- an investigation under way ("police are investigating reports of a breach") asks what
  it will find;
- a plan or a threat stated by a named actor ("Okafor will apply to have the trial
  moved") asks whether it will be carried out;
- an awaited response ("the Kremlin did not immediately respond", "declined to comment")
  asks how the actor will respond.

:func:`restore_names` gives every word of a question the capitals the article gives it,
so "Will trump reverse ..." never happens: a word the article writes only capitalised
is a name.
"""

from __future__ import annotations

import re

from builder.extract.nlp import is_past
from builder.extract.phrasing import (
    AUX,
    PREPOSITIONS,
    Resolver,
    bare,
    cut_clause,
    finish,
    is_base_verb,
    is_verb,
    lower_first,
    standalone_subject,
)

MAX_SUBJECT_WORDS = 8
MAX_OBJECT_WORDS = 10
MAX_INQUIRY_WORDS = 14  # "claims of a breach of the rules on spending during the campaign"
MAX_SIDE_WORDS = 6  # "the unions representing the crews"
_SAYING = re.compile(
    # "Analysts predict the firm will ...": a forecast is a speaker's, as a claim is.
    r"^(?:.{0,80}?\b(?:said|says|told\s+[\w ]{2,30}?|added|warned|claimed|believes|predicts?|"
    r"predicted|forecasts?|fears?|feared|(?:are|is|were|was)\s+(?:hopeful|confident|optimistic)|"
    r"according to [^,]{2,60},)(?:\s+(?:on|last|this)\s+[A-Za-z]+)?\s+(?:that\s+)?)",
)
# A title may stand before a name ("Transport minister Hana Bell").
_SUBJECT = (
    r"(?P<subject>(?:(?:The|the|A|a|An|an|His|his|Her|her|Its|its|Their|their)\s+)?"
    r"(?:[A-Z][\w'’.-]*\s+){0,4}(?:[a-z][\w'’-]*\s+){0,2}?(?:[A-Z][\w'’.-]*\s+){0,3}"
    r"[\w'’.-]+)"
)
# A future or a possibility stated at the start of a sentence or of a reported clause:
# "the city will in fact repay the bond", "he said the lenders would not release ...".
_FUTURE = re.compile(
    r"(?:^|\b(?:that|said|says|warned|insisted|claimed|believes|predicted|expects|added|"
    rf"argued|stressed)\s+){_SUBJECT}\s+(?P<modal>will|would|could|may|might|should)\s+(?:also\s+|now\s+|"
    r"still\s+|soon\s+|yet\s+|in fact\s+|probably\s+|certainly\s+|eventually\s+)?"
    r"(?:not\s+|never\s+|no longer\s+)?(?P<verb>[a-z]+)\b(?P<rest>[^;:]*)"
)
_SUBORDINATE = re.compile(
    r"\s+(?:until|unless|because|when|once|after|before|while|if|as|since|although|though|"
    r"only once|only if|only when)\s+"
)
_SENTENCING = re.compile(
    rf"\b{_SUBJECT}\s+(?:is|are|will be|was|were)\s+(?:due|set|scheduled|expected|to be)?"
    r"\s*(?:to\s+be\s+)?sentenced\b",
)
_INVESTIGATING = re.compile(
    rf"^{_SUBJECT}\s+(?:is|are|was|were|has been|have been|had been)\s+(?:still\s+|now\s+|"
    r"also\s+)?(?:investigating|probing|examining|looking into)\s+(?P<object>[^,;.]+)"
)
_PLAN = re.compile(
    rf"^{_SUBJECT}\s+(?P<plan>will|plans to|intends to|is planning to|are planning to|"
    # A pledge or a promise is a plan someone has yet to carry out, as a vow is.
    r"(?:has |have )?(?:vowed|threatened|pledged|promised) to|is expected to|hopes to)\s+"
    r"(?:also\s+|now\s+|soon\s+)?(?P<verb>[a-z]+)\b(?P<rest>[^;:]*)$"
)
# "has not yet commented", "did not immediately reply": no answer so far.
# The side may be a long description ("the unions representing the crews").
_SIDE = (
    r"(?P<subject>(?:(?:The|the|A|a|An|an|His|his|Her|her|Its|its|Their|their)\s+)?"
    r"(?:[A-Z][\w'’.-]*\s+){0,4}(?:[a-z][\w'’-]*\s+){0,4}?[\w'’.-]+)"
)
_NO_RESPONSE = re.compile(
    rf"^{_SIDE}\s+(?:did not|has not|have not|had not|could not be reached to|"
    r"was not available to|were not available to)\s+(?:immediately\s+|yet\s+)?"
    r"(?:respond|reply|replied|comment|returned? (?:a |calls|requests))|"
    r"^(?P<subject2>(?:(?:The|the)\s+)?(?:[A-Z][\w'’.-]*\s+){0,4}[\w'’.-]+)\s+(?:declined|"
    r"refused)\s+to\s+comment\b"
)
# A speaker whose promise or forecast the article reports ("he said that Labour will hold
# a summit"), as against a future the article states as its own ("the ferry will leave
# its berth between June 2 and June 4, according to the port").
_VOICED = re.compile(
    r"\b(?:said|says|told|added|warned|claimed|claims|believes|insisted|insists|predicted|"
    r"predicts|predict|forecast|forecasts|fear|fears|feared|expect|hopeful|confident|optimistic|"
    r"promised|promises|pledged|pledges|vowed|vows|argued|argues|stressed|expects|"
    r"hopes|insisted|announced)\b"
)
# A decision announced or a ruling made: what it says "would" happen is settled.
_DECIDED = re.compile(
    r"\b(?:announc\w+|ruled|ruling|decided|deciding|confirmed|confirming)\b[^,.;]{0,30}?"
    r"(?:that\s+)?$"
)
# "..., the superintendent announced on Tuesday.": the decision told after it.
_DECIDED_AFTER = re.compile(
    r",\s+[^,;]{2,80}?\b(?:announced|confirmed|ruled|decided)\b[^,;]{0,40}$"
)
_MODALS = re.compile(r"\b(?:will|would|could|may|might|should)\b")
_INQUIRING = re.compile(r"\b(?:investigating|probing|examining|looking into)\b")
_ANSWERING = re.compile(r"\b(?:respond(?:ed)?|reply|replied|comment(?:ed)?|returned?|reached)\b")
_GATE = re.compile(
    r"\b(?:will|would|could|may|might|should|sentenced|investigating|probing|examining|"
    r"looking into|"
    r"respond(?:ed)?|reply|replied|comment(?:ed)?|returned?|reached|plans?|planning|intends?|"
    r"vowed|threatened|pledged|promised|"
    r"expected|hopes)\b"
)
# Verbs of answering: "would not say" tells of a refusal in the past.
_SPEAKING = frozenset(
    {"say", "discuss", "comment", "reveal", "confirm", "disclose", "elaborate", "answer"}
    | {"explain", "specify", "identify", "name", "speculate", "detail", "give"}
)
# "would spell ... and would file ...": the past's habits, told one after another.
_HABITUAL = re.compile(r"would\s+[^;:]*?\band\s+would\s+(?!not\b)")
_AT_ONCE = re.compile(
    r"^\W*(?:\w+\W+){0,3}?(?:immediately|with immediate effect|at once)\b"
    r"(?!\s+(?:after|before|following|once|when|upon|on)\b)"  # "immediately after the vote"
)
_NEGATED = re.compile(r"\s+not\b|n['’]t\b")
_PLAIN_VERBS = frozenset({"be", "have", "do", "make", "say", "tell", "go", "come", "take"})
_CLAUSE_WORDS = frozenset(
    {"that", "which", "who", "whom", "whose", "when", "where", "if", "whether", "why", "how"}
)
_CONJUNCTIONS = frozenset({"and", "but", "or", "so", "yet", "nor"})
_NOT_ACTORS = frozenset({"he", "she", "they", "we", "i", "you", "it", "this", "that"})


def _subject(words: str, resolve: Resolver) -> list[str] | None:
    subject = lower_first(words.split())
    if not subject or len(subject) > MAX_SUBJECT_WORDS:
        return None
    if any(bare(w) in AUX | _CLAUSE_WORDS or (is_verb(w) and is_past(bare(w))) for w in subject):
        return None  # "the report published" is no subject
    return standalone_subject(subject, resolve)


def _tense_clash(rest: list[str]) -> bool:
    """Whether the rest of a "Will ...?" question holds a finite past verb of its own
    ("... by January never came true"): the clause ran on into another."""
    for i, word in enumerate(rest):
        before = bare(rest[i - 1]) if i else ""
        # "the plan announced last week" (a participle after a noun) is fine.
        reduced = word.endswith("ed") and before not in {"never", "not", "also"}
        if i and _past(word) and before not in _PARTICIPLE_BEFORE and not reduced:
            return True
    return False


_PARTICIPLE_BEFORE = AUX | {"been", "be", "being", "get", "got", "who", "that", "which"}


def _named(subject: list[str]) -> bool:
    """Whether a subject names an actor (a capitalised name, or "the X" with a name)."""
    return any(w[:1].isupper() for w in subject) and bare(subject[0]) not in _NOT_ACTORS


def outcome_questions(text: str, resolve: Resolver) -> list[str]:
    """The open questions about pending outcomes a sentence raises, best first."""
    if text.startswith(('"', "“", "'", "‘")) or text.rstrip("\"”’'").endswith("?"):
        return []
    lower = text.lower()
    if not _GATE.search(lower):
        return []  # none of the rules' words: most sentences stop here, cheaply
    plain = _SAYING.sub("", text, count=1)
    plain = plain[0].upper() + plain[1:] if plain else plain
    found: list[str] = []
    match = _SENTENCING.search(plain) if "sentenced" in lower else None
    if match:
        subject = _subject(match.group("subject"), resolve)
        if subject and _named(subject):
            found.append(finish(["what", "sentence", "will", *subject, "receive"]) or "")
    for match in _FUTURE.finditer(plain) if _MODALS.search(lower) else ():
        verb = match.group("verb")
        if not is_base_verb(verb) or verb in {"have", "do", "say", "like", "love"}:
            continue
        # A pronoun in reported speech may stand for the speaker or for someone else.
        if bare(match.group("subject").split()[0]) in _NOT_ACTORS:
            continue
        if match.group("modal") == "should" and verb == "be":
            continue  # "their role should be to serve": a norm, not an outcome
        if match.group("modal") == "will" and not _VOICED.search(text):
            continue  # the article itself says it will be: nothing is left open
        if _DECIDED.search(plain[: match.start("subject")]) or _DECIDED_AFTER.search(plain):
            continue  # "announcing that Pell would not be charged": decided, not open
        if match.group("modal") == "would" and _HABITUAL.match(plain, match.start("modal")):
            continue  # "would spell her name differently ... and would file": what she used to do
        if _AT_ONCE.search(match.group("rest")):
            continue  # "would step down immediately": done by the time the article is read
        if (
            match.group("modal") == "would"
            and verb in _SPEAKING
            and _NEGATED.match(plain, match.end("modal"))
        ):
            continue  # "Rodgers would not discuss whether ...": a refusal told, not a future
        subject = _subject(match.group("subject"), resolve)
        rest = _before_outer_verb(
            _SUBORDINATE.split(cut_clause(match.group("rest")))[0].split(), verb
        )
        if subject and len(rest) >= (2 if verb == "be" else 1) and not _tense_clash(rest):
            found.append(finish(["will", *subject, verb, *rest]) or "")
            break
    match = _INVESTIGATING.match(plain) if _INQUIRING.search(lower) else None
    if match:
        # The question names what is investigated, not who investigates: "police said it
        # was investigating reports of ..." asks about the reports whoever "it" is.
        investigator = bare(match.group("subject").split()[0])
        what = lower_first(cut_clause(match.group("object")).split())
        if investigator not in {"i", "we", "you"} and 0 < len(what) <= MAX_INQUIRY_WORDS:
            question = finish(["what", "will", "the", "investigation", "into", *what, "find"])
            found.append(question or "")
    match = _PLAN.match(plain)
    if match and match.group("plan") == "will" and not _VOICED.search(text):
        match = None  # stated as what will be, not as someone's plan
    if match and is_base_verb(match.group("verb")) and match.group("verb") not in _PLAIN_VERBS:
        # "Mayor Ruiz has pledged to": the name's pattern takes "has" when it can.
        subject = _subject(re.sub(r"\s+ha(?:s|ve)$", "", match.group("subject")), resolve)
        rest = cut_clause(match.group("rest")).split()
        if subject and _named(subject):
            found.append(finish(["will", *subject, match.group("verb"), *rest]) or "")
    found.extend(awaited_responses(text, resolve))
    return [q for q in found if q]


def awaited_responses(text: str, resolve: Resolver) -> list[str]:
    """How a side that has not answered yet will respond ("the ministry did not respond to
    a request for comment", "the unions representing the crews have not yet commented"):
    the side is named, or a description of it the article gives ("the unions ...")."""
    lower = text.lower()
    if not _ANSWERING.search(lower):
        return []
    plain = _SAYING.sub("", text, count=1)
    plain = plain[0].upper() + plain[1:] if plain else plain
    match = _NO_RESPONSE.match(plain)
    if not match:
        return []
    subject = _subject(match.group("subject") or match.group("subject2"), resolve)
    described = subject is not None and bare(subject[0]) == "the" and len(subject) > 1
    if not subject or not (_named(subject) or described) or len(subject) > MAX_SIDE_WORDS:
        return []
    question = finish(["how", "will", *subject, "respond"])
    return [question] if question else []


_CAPITALISED = re.compile(r"(?<=[a-z0-9,;] )([A-Z][a-z][\w'’-]*)")
_LOWER = re.compile(r"(?<![.!?] )(?<![.!?][\"”’'] )\b([a-z][\w'’-]*)\b")


def article_names(text: str) -> dict[str, str]:
    """Words the article writes capitalised mid-sentence and never in lower case,
    lower-cased form → the article's form ("trump" → "Trump")."""
    lower = set(_LOWER.findall(text))
    names: dict[str, str] = {}
    for word in _CAPITALISED.findall(text):
        key = word.lower()
        if key not in lower:
            names.setdefault(key, word)
    return names


def restore_names(question: str, names: dict[str, str]) -> str:
    """A question with each word cased as the article cases it."""
    words = question.split(" ")
    for i in range(1, len(words)):
        word = words[i]
        core = re.sub(r"[^\w'’-]+$", "", word)
        stem = re.sub(r"['’]s$", "", core)
        if stem.islower() and stem in names:
            words[i] = names[stem] + word[len(stem) :]
    return " ".join(words)


def is_run_on(question: str, names: dict[str, str]) -> bool:
    """Whether a question swallowed the start of the next sentence or caption: it ends in
    a capitalised word the article does not use as a name ("... fled Reports?"), or runs
    two past verbs together ("had gone quickly swarmed")."""
    words = question.rstrip("?").split()
    last = words[-1] if len(words) > 1 else ""
    # The end of a name of several words ("the Kelso Harbour Trust") is no run-on, even
    # where the article also writes its last word in lower case ("the trust").
    in_name = len(words) > 2 and words[-2][:1].isupper()
    if last[:1].isupper() and last.lower() not in names and not last.isupper() and not in_name:
        return True
    for i in range(1, len(words) - 1):
        before, after = words[i], words[i + 2] if i + 2 < len(words) else words[i + 1]
        between = bare(words[i + 1]).endswith("ly") and i + 2 < len(words)
        nxt = after if between else words[i + 1]
        if _past(before) and _past(nxt):
            return True
    return False


def _before_outer_verb(rest: list[str], verb: str) -> list[str]:
    """The words up to an "and" that opens a past verb of the speaker, not of the future
    clause: "warned that the closure could cost jobs and accused the board ..." asks about
    the jobs only. After "be" a past form still belongs to it ("be fined and banned")."""
    if verb == "be":
        return rest
    for i in range(len(rest) - 1):
        if bare(rest[i]) == "and" and _past(rest[i + 1]):
            return rest[:i]
    return rest


def _past(word: str) -> bool:
    """A past form of a verb that is not an auxiliary ("swarmed", not "been" or "had")."""
    b = bare(word)
    return b not in AUX | {"been", "being"} and is_verb(word) and is_past(b)


_YES_NO = frozenset(AUX)


def is_well_formed(question: str) -> bool:
    """Whether a yes/no question opens with an auxiliary and then a subject (not a
    preposition, a wh-word or a participle: "Will pictured ...", "Will which ..."), whose
    verb does not follow a bare "and" ("Will San Diego and make ...")."""
    words = question.rstrip("?").split()
    if len(words) < 3:
        return False
    first, second = bare(words[0]), words[1]
    if first not in _YES_NO:
        return True
    if bare(second) in _CLAUSE_WORDS | _CONJUNCTIONS | {"what"} | PREPOSITIONS or (
        second.islower() and _past(second)
    ):
        return False
    for i in range(2, len(words)):
        if is_base_verb(bare(words[i])) and words[i].islower():
            return bare(words[i - 1]) not in {"and", "or"}
    return True
