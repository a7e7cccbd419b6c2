"""Open questions about prospects a sentence leaves open: fears, attempts, needs, hedged
claims, expectations, inabilities, claims behind an inquiry, delays and warnings (each
shape is described with its pattern below); from a quotation, only what it says is
needed or could happen to a named side."""

from __future__ import annotations

import re

from builder.extract.case_questions import strip_attribution
from builder.extract.nlp import is_common_word, is_past, verb_base
from builder.extract.phrasing import (
    AUX,
    PRONOUNS,
    SUBJECT_START,
    Resolver,
    bare,
    cut_clause,
    finish,
    is_base_verb,
    lower_first,
    question_from_clause,
    standalone_subject,
    will_question,
)
from builder.extract.question_parts import (
    DASH_ASIDE,
    DO_QUESTION,
    DULL_VERBS,
    PENDING,
    REPORTING,
    Found,
    main_subject,
)

__all__ = ["prospect_questions", "quoted_prospects"]


# What someone fears, tries, needs or only half-claims is still open:
# - a fear of what will happen ("they are scared they will be found") asks whether it will;
# - an attempt under way ("are trying to trace the owner") asks whether it will succeed;
# - a need ("it is vital that the mill finds a buyer") asks whether it will be met;
# - a hedged claim ("the fire was possibly started by ...", "he left, possibly heading
#   north") asks whether it is so;
# - an expectation in a second predicate ("is hiring and expects to open in May");
# - an inability ("engineers were unable to confirm the cause") asks whether they will be able.
_NO_VERB = r"(?![a-z]+ed\b|said\b|says\b|told\b)"  # a subject's word, not a past verb
_SUBJ = (
    rf"(?P<subject>(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?:{_NO_VERB}[\w'’-]+\s+){{0,3}}?"
    rf"{_NO_VERB}[\w'’-]+|[A-Z][\w'’.-]*(?:\s+{_NO_VERB}[\w'’.-]+){{0,3}}?|he|she|they|it|we|"
    r"police|officials)"
)
# "Officials say ... that they are ...": the speaker the pronoun stands for.
_SPEAKER = re.compile(
    r"^(?P<who>(?:[Tt]he\s+)?[A-Z]?[\w'’.-]+(?:\s+[\w'’.-]+){0,5}?)\s+(?:said|says|say|"
    r"told\s+[\w ]{2,30}?)\s"
)
_QUOTED_WORD = re.compile(r"[‘'“\"](\w+)[’'”\"]")
# "... his native country Armed with ...": a caption or the next sentence ran in.
_RUN_ON_WORD = re.compile(r"\b[a-z]+\s+(?P<word>[A-Z][a-z]+)\s+[a-z]")


def _runs_on(text: str) -> bool:
    """Whether a capitalised common word inside ``text`` starts another sentence."""
    return any(is_common_word(m.group("word").lower()) for m in _RUN_ON_WORD.finditer(text))


_LEAD_ADVERB = frozenset({"now", "but", "and", "so", "yet", "meanwhile", "still"})
_FEARED = re.compile(
    r"\b(?:fears?|feared|fearing|(?:is|are|was|were)\s+(?:still\s+)?(?:scared|afraid|"
    r"terrified|worried))\s+(?:that\s+)?(?P<clause>(?:[\w'’-]+\s+){1,6}?(?:will|would|could|"
    r"might|may)\s+[^;:]+)$"
)
_ATTEMPT = re.compile(
    rf"(?:^|\bthat\s+|,\s+|\band\s+){_SUBJ}\s+(?:is|are|have been|has been)\s+"
    r"(?:still\s+|now\s+)?(?:attempting|trying)\s+to\s+(?P<verb>[a-z]+)\b(?P<rest>[^;:]*)"
)
_NEEDED = re.compile(
    r"\b[Ii]t\s+(?:is|was|remains|remained)\s+(?:\w+\s+)?(?:crucial|vital|essential|"
    r"imperative|critical)\s+that\s+(?P<clause>[^;:]+)"
)
_HEDGED = re.compile(
    rf"(?:^|\bthat\s+|,\s+|\bconceded\s+|\bsaid\s+|\badmitted\s+){_SUBJ}\s+(?P<be>was|were)\s+"
    r"(?:maybe|possibly|perhaps|probably)\s+(?P<part>[a-z]+(?:ed|en))\b(?P<rest>[^;:]*)"
)
_HEDGED_ING = re.compile(
    r"(?:^|,\s+|\bthat\s+)(?P<subject>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}|he|she|they|it)"
    r"\s+(?P<verb>[a-z]+)\b[^,;:]{0,40},\s+(?:possibly|perhaps|probably)\s+"
    r"(?P<ing>[a-z]+ing)\b(?P<rest>[^;:]*)"
)
_SECOND_EXPECT = re.compile(
    r"^(?P<head>.+?)\s+and\s+(?:expects|plans|intends|aims)\s+to\s+(?P<verb>[a-z]+)\b"
    r"(?P<rest>[^;:]*)$"
)
_UNABLE = re.compile(
    rf"(?:^|,\s+|\bthat\s+){_SUBJ}\s+(?:were|was|are|is|have been|has been)\s+unable\s+to\s+"
    r"(?P<verb>confirm|determine|establish|contact|reach|locate|find|identify|verify|restore|"
    r"trace)\b(?P<rest>[^;:]*)"
)

# "is being investigated over claims he bribed voters": did he?
_CLAIMED = re.compile(
    r"\b(?:over|amid|after|following|about)\s+(?:the\s+)?(?:claims?|allegations?|suggestions?|"
    r"accusations?)\s+(?:that\s+)?(?P<who>he|she|they)\s+(?P<verb>[a-z]+ed)\b(?P<rest>[^;:,]*)"
)
# "..., but they were not arrested until now": why the wait?
_NOT_UNTIL_NOW = re.compile(
    r"^(?P<head>[^;:]+?),?\s+(?:but|and)\s+(?P<who>he|she|they|it)\s+(?P<be>was|were)\s+not\s+"
    r"(?P<part>[a-z]+(?:ed|en))\s+until\s+now\b"
)
# What evidence or a warning says could happen: "the data indicate that though X, Y could
# spread" -> "Could Y spread?".
_COULD = re.compile(
    r"\b(?:indicates?|indicated|suggests?|suggested|shows?|showed|warns?|warned)\s+that\s+"
    r"(?:though\s+[^,]{3,80},\s+|although\s+[^,]{3,80},\s+)?(?P<clause>(?:[\w'’-]+\s+){1,6}?"
    r"(?:could|might|may)\s+[^;:]+)"
)


def _will_happen(clause: str, resolve: Resolver) -> str | None:
    """ "the mill finds a buyer" asked as "Will the mill find a buyer?": the first present
    verb after the subject becomes its base form."""
    words = cut_clause(clause).split()
    for i, word in enumerate(words[1:8], start=1):
        if bare(words[i - 1]) in SUBJECT_START:
            continue  # "the mill": a noun after its determiner
        base = verb_base(word) if word.endswith("s") and not is_past(word) else None
        if base is None and not (word.islower() and is_base_verb(word)):
            if bare(word) in AUX:
                return None
            continue
        subject = standalone_subject(lower_first(words[:i]), resolve)
        if not subject or any(bare(w) in AUX for w in subject):
            return None
        return finish(["will", *subject, base or word, *words[i + 1 :]])
    return None


# A warning of what follows if something happens: "warns that the town faces floods if
# the dam fails" -> "Will the town face floods if the dam fails?".
_WARNED_IF = re.compile(
    r"\b(?:warns?|warned|cautions?|cautioned)\s+that\s+(?P<clause>[^;:]{3,120}?\s+if\s+[^;:]+)$"
)
_FIRST_PERSON = frozenset({"we", "i", "you", "us", "our", "my"})


_PROSPECT_GATE = re.compile(
    r"\b(?:fear\w*|scared|afraid|terrified|worried|attempting|trying|crucial|vital|essential|"
    r"imperative|critical|maybe|possibly|perhaps|probably|expects|plans|intends|aims|unable|"
    r"claims?|allegations?|suggestions?|accusations?|until now|indicate[sd]?|suggest\w*|"
    r"show[sn]?|showed|warn\w*|caution\w*|rul(?:e|ed)\s+out)\b"
)
# A step a named side will not rule out is one it may take: "Ruiz refused to rule out
# calling a fresh ballot" asks "Will Ruiz call a fresh ballot?".
_NOT_RULED_OUT = re.compile(
    r"(?:^|\s)(?P<subject>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4})\s+(?:(?:last\s+night|yesterday|"
    r"today|on\s+[A-Z][a-z]+day)\s+)?(?:has\s+|have\s+|had\s+)?(?:refused|declined|refuses|declines|"
    r"would\s+not|did\s+not|will\s+not|wouldn['’]t|didn['’]t|won['’]t|has\s+not|have\s+not)\s+"
    r"(?:to\s+)?rul(?:e|ed)\s+out\s+(?P<ing>[a-z]+ing)\b(?P<rest>[^;:]*)"
)


def quoted_prospects(text: str, resolve: Resolver) -> Found:
    """From a quotation, only what it says is needed or could happen, about a named side
    (not "we" or "you")."""
    found: Found = []
    if not _PROSPECT_GATE.search(text):
        return found
    for pattern in (_NEEDED, _COULD):
        match = pattern.search(text)
        if not match or bare(match.group("clause").split()[0]) in _FIRST_PERSON | PRONOUNS:
            continue
        if pattern is _NEEDED:
            asked = _will_happen(match.group("clause"), resolve)
        else:
            asked = question_from_clause("whether", match.group("clause"), resolve)
        if asked and not re.search(r"\b(?:we|you|I|us|our)\b", asked):
            found.append((PENDING, asked))
    return found


def prospect_questions(text: str, resolve: Resolver) -> Found:
    """Fears, attempts, needs, hedged claims and inabilities, asked as open questions."""
    found: Found = []
    if not _PROSPECT_GATE.search(text):
        return found  # the patterns are slow to try everywhere; their words are a cheap gate
    text = _QUOTED_WORD.sub(r"\1", text)
    plain = strip_attribution(text).rstrip(".")
    speaker = _SPEAKER.match(text)

    def own(words: list[str]) -> list[str] | None:
        """A subject that stands alone; a pronoun after "X said" is X."""
        while len(words) > 1 and words[0].lower() in _LEAD_ADVERB:
            words = words[1:]
        pronoun = len(words) == 1 and words[0].lower() in PRONOUNS
        if pronoun and speaker and not resolve(words[0].lower()):
            return lower_first(speaker.group("who").split())
        return standalone_subject(lower_first(words), resolve)

    def parts(match: re.Match[str]) -> tuple[list[str] | None, list[str]]:
        """The matched subject standing alone, and the rest of its clause."""
        return own(match.group("subject").split()), cut_clause(match.group("rest")).split()

    def ask(words: list[str]) -> None:
        """The words asked as a pending question, when they make one."""
        question = finish(words)
        if question:
            found.append((PENDING, question))

    match = _FEARED.search(plain)
    if match:
        clause = match.group("clause").split()
        if clause[0].lower() in PRONOUNS and not resolve(clause[0].lower()):
            head = own(main_subject(plain[: match.start()]) or [])
            clause = [*(head or clause[:1]), *clause[1:]]
        said = re.sub(r"\s+(?:who|which|whom)\b.*$", "", " ".join(clause))
        asked = question_from_clause("whether", said, resolve)
        if asked and not DO_QUESTION.match(asked):
            found.append((PENDING, asked))
    for pattern in (_ATTEMPT, _SECOND_EXPECT):
        match = pattern.search(plain)
        if not match or not is_base_verb(match.group("verb")):
            continue
        if match.group("verb") in DULL_VERBS:
            continue
        if pattern is _SECOND_EXPECT:
            subject = own(main_subject(match.group("head")) or [])
        else:
            subject = own(match.group("subject").split())
        question = (
            will_question(subject, match.group("verb"), match.group("rest"), resolve)
            if subject
            else None
        )
        if question:
            found.append((PENDING, question))
    match = _HEDGED.search(plain)
    if match:
        subject, rest = parts(match)
        if subject:
            ask([match.group("be"), *subject, match.group("part"), *rest])
    match = _HEDGED_ING.search(plain)
    base = verb_base(match.group("ing")) if match else None
    if match and base and is_past(match.group("verb")) and not _runs_on(match.group("rest")):
        subject, rest = parts(match)
        if subject:
            ask(["did", *subject, base, *rest])
    match = _CLAIMED.search(plain)
    name = resolve(match.group("who")) if match else None
    base = verb_base(match.group("verb")) if match else None
    if match and name and base:
        ask(["did", name, base, *cut_clause(match.group("rest")).split()])
    match = _NOT_UNTIL_NOW.match(plain)
    if match:
        head = REPORTING.sub("", DASH_ASIDE.sub(" ", match.group("head"))).split()
        end = next((i for i, w in enumerate(head) if bare(w) in AUX), 0)
        subject = own(head[:end]) if end else None
        if subject and len(subject) <= 8:
            ask(["why", match.group("be"), *subject, "not", match.group("part"), "until", "now"])
    match = _WARNED_IF.search(plain)
    clause = match.group("clause") if match else ""
    if match and bare(clause.split()[0]) not in _FIRST_PERSON | PRONOUNS:
        question = _will_happen(clause, resolve)
        if question:
            found.append((PENDING, question))
    found.extend(quoted_prospects(plain, resolve))
    match = _NOT_RULED_OUT.search(text)
    base = verb_base(match.group("ing")) if match else None
    if match and base:
        subject, rest = parts(match)
        if subject:
            ask(["will", *subject, base, *rest])
    match = _UNABLE.search(plain)
    if match:
        subject, rest = parts(match)
        if subject:
            ask(["will", *subject, "be", "able", "to", match.group("verb"), *rest])
    return found
