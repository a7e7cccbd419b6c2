"""Open questions: what the article leaves unresolved, rewritten as real questions.

Each rule finds one way an article leaves something open and phrases it (with
:mod:`.phrasing`) as a question that stands on its own:

- uncertainty and undisclosed facts: "it remains unclear whether ...", "declined to say
  how much ...", "how the project will be paid for remains unclear", "the terms were not
  disclosed", "he did not say why" (the reason for the sentence before);
- pending decisions and awaited outcomes: "will decide within 90 days whether ...",
  "is expected to vote ...", "has yet to respond", "must first be certified", "has not
  yet been funded", "the investigation is still under way" (what will it find?);
- requests and stated intentions: "asked the council to build ...", "said she would
  introduce legislation ...";
- conditions still to be met: "will not reopen until the company finds a buyer" (will
  it?);
- contested claims: "denied that ...";
- unsettled cases (:mod:`.case_questions`): charges and pleas, appeals, allegations and
  claims, possibilities, awaited results, people not yet named, stated aims;
- reactions still to come (:mod:`.reaction_questions`): the reply to an accusation or an
  attack, an appeal against a penalty, a death toll that may rise;
- prospects (:mod:`.prospect_questions`): fears, attempts, needs, hedged claims,
  inabilities, warnings with a condition;
- what is reported unconfirmed (:mod:`.unverified_questions`): a hedged state, a cited
  report, a claim made without its evidence;
- what a lawyer claims for a client in a case still being heard
  (:mod:`.defence_questions`);
- matters still in hand (:mod:`.pending_matters`): someone under investigation, talks
  with no date set, no arrest made, a sentence after a remand, a grave condition or
  grave injuries, a vote announced;
- a police case in its first days (:mod:`.police_questions`): a search or a hunt, an
  arrest with no charge yet, an appeal for witnesses, a post-mortem still to be made;
- facts said to be unknown (:mod:`.unknown_questions`): no information given on a
  condition or a place, a motive or an identity not known.

Rules are ranked (uncertainty first, intentions last); an article keeps its best five
questions, one per sentence before any second one, in reading order.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from builder.article import Article
from builder.extract.antecedents import Antecedents, possessive
from builder.extract.case_questions import case_questions, strip_attribution
from builder.extract.defence_questions import defence_questions
from builder.extract.outcomes import (
    article_names,
    awaited_responses,
    is_run_on,
    is_well_formed,
    outcome_questions,
    restore_names,
)
from builder.extract.pending_matters import pending_matters
from builder.extract.phrasing import (
    PREPOSITIONS,
    Resolver,
    bare,
    cut_clause,
    finish,
    is_base_verb,
    is_verb,
    lower_first,
    question_from_clause,
    resolve_demonstratives,
    standalone_subject,
    will_question,
)
from builder.extract.police_questions import police_questions
from builder.extract.prospect_questions import prospect_questions, quoted_prospects
from builder.extract.question_parts import (
    DASH_ASIDE,
    DO_QUESTION,
    DULL_VERBS,
    FOLLOW_UP,
    INTENDED,
    PENDING,
    REPORTING,
    UNCERTAIN,
    Found,
    main_subject,
)
from builder.extract.reaction_questions import reaction_questions
from builder.extract.unknown_questions import unknown_questions
from builder.extract.unverified_questions import unverified_questions
from builder.model import Actor, OpenQuestion

__all__ = ["cut_clause", "find_questions", "question_for", "question_from_clause"]

MAX_QUESTIONS = 5
MIN_QUESTION_WORDS = 4  # "Who was interested?" names nothing the reader could follow up
MAX_SUBJECT_WORDS = 10

_WH = r"whether|if|how much|how many|how long|how soon|how far|how|when|why|what|who|where|which"
_WH_NOT_IF = _WH.replace("|if|", "|")
_NAME = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*"
_NARROW_CUE = (
    # "wasn't immediately clear": a contraction says the same as "was not".
    r"unclear|uncertain|(?:not |(?:is|was|are|were)n[’']t )(?:yet |immediately |entirely )?"
    r"(?:clear|known|certain|decided|determined|confirmed|settled)|unknown|to be seen|"
    r"an open question|undecided|too early to (?:say|tell)|"
    r"(?:are|is|were|was|remains?|remained)\s+(?:still\s+|sharply\s+|"
    r"deeply\s+)?(?:mixed|divided|split)|"
    r"no indication|no word|no decision|unsure|not sure|no clarity|questions? (?:remain|"
    r"persist|linger|hang|were raised|have been raised)|doubts? (?:remain|persist|linger|"
    r"grew|about|over|as to)|(?:did|does|do|would|could|will|has|have|had)\s*(?:also\s+|"
    r"still\s+)?(?:not|n[’']t)\s+(?:yet\s+)?(?:say|said|disclose|disclosed|reveal|revealed|"
    r"specify|specified|confirm|confirmed|explain|explained|indicate|indicated|decide|"
    r"decided|determine|determined|announce|announced|detail|detailed|clarify|clarified|"
    r"been told|been informed)|(?:declined|refused|declining|refusing) to (?:say|disclose|"
    r"reveal|specify|confirm|explain|comment on|detail|discuss|predict)|(?:is|are|was|were) "
    r"(?:still |now |also )?(?:considering|weighing|deciding|debating|reviewing|assessing|"
    r"studying|examining|investigating)|wonder(?:s|ed|ing)?|(?:asked|asking|questioned|"
    rf"questioning)(?:\s+by\s+{_NAME})?|(?:still\s+)?(?:investigating|looking into|trying to "
    r"(?:establish|determine|find out))|including(?=\s+whether)|(?:until|before|once)\s+"
    r"(?:it|they|he|she|we|the \w+)\s+(?:knew|knows|know|learns|learned|hears|heard)|"
    r"wants? to know|wanted to know"
)
_UNCERTAIN = re.compile(
    rf"\b(?:{_NARROW_CUE})\s+(?:on\s+|as to\s+|about\s+|over\s+|yet\s+)?({_WH})\s+(.+)",
    re.IGNORECASE,
)
# "will decide within 90 days whether", "expects to hear by the end of the year whether".
_DECIDE = re.compile(
    r"\b(?:will|would|must|to|shall|can|could|should|has to|have to)\s+(?:also\s+|now\s+|"
    r"first\s+|then\s+)?(?:decide|determine|rule|assess|consider|establish|examine|review|"
    r"judge|hear|learn|know|find out|look(?:\s+closely)?\s+(?:at|into)|see)"
    rf"(?:\s+(?!(?:{_WH})\b)[\w'’-]+){{0,7}}?\s+(?:on\s+)?({_WH_NOT_IF})\s+(.+)",
    re.IGNORECASE,
)
# A wh-word right after a noun starts a relative clause, not an embedded question.
# "the A-list cast which includes", "its past - which encompassed": a noun, then "which".
_RELATIVE = re.compile(
    r"\b(?:the|a|an|two|three|several|many|some|its|their|his|her|our)\s+(?:[\w-]+\s+){0,2}"
    r"[\w-]+\s*[-–—,]?\s*$"
)
# "The question now is whether the board will accept the limits": a question posed in
# so many words, by the article or by someone it quotes.
_POSED = re.compile(
    r"\bthe (?:(?:big|key|real|main|only|open|next|crucial|remaining) )?question (?:now |"
    r"still )?(?:is|was|remains|will be),? (whether|how|when|why|who|what|which) (.+)",
    re.IGNORECASE,
)
_WH_FIRST = re.compile(
    r"^(how|whether|why|when|what|who|where|which)\s+(.+?)\s+(?:remains?|is|was|are|were)\s+"
    r"(?:still\s+|also\s+)?(?:unclear|uncertain|unknown|not (?:yet )?(?:clear|known|decided)|"
    r"an open question|undecided|in doubt)\b",
    re.IGNORECASE,
)
_CAUSE = re.compile(
    r"\bthe (?:cause|causes) of (?P<what>(?:the|a|an|its|their) [^,.;]{3,80}?) (?:is|was|are|"
    r"were|remains?|remained) (?:still |not yet )?(?:under investigation|being investigated|"
    r"unknown|unclear|not known|undetermined|not yet known)",
    re.IGNORECASE,
)
_FURTHER = re.compile(rf",?\s+(?:or|and)\s+({_WH_NOT_IF})\s+(.+)", re.IGNORECASE)
_UNDISCLOSED = re.compile(
    r"^(?:The\s+|Its\s+|Their\s+)?((?:[\w'’-]+\s+){0,6}?[\w'’-]+)\s+(?:was|were|have|has|had)"
    r"\s+not\s+(?:been\s+)?(?:disclosed|revealed|released|made public|announced|published|"
    r"identified|named)\b",
)
_DECLINED_NOUN = re.compile(
    r"\b(?:declined|refused|would not|did not|didn['’]t|wouldn['’]t|has not|have not|"
    r"had not)\s+(?:yet\s+)?(?:to\s+)?(disclose|disclosed|reveal|revealed|give|release|"
    r"released|name|named|identify|identified|specify|specified)\s+(?:the|its|his|her|their)"
    r"\s+([\w'’-]+(?:\s+(?:of\s+the\s+|of\s+its\s+|of\s+their\s+|of\s+)?[\w'’-]+){0,5}?)"
    r"\s*(?:[,.;]|$|\s+(?:but|and|for|because|citing))",
)
_WHY = re.compile(
    r"^\S+(?:\s+\S+){0,3}?\s+(?:did not|would not|could not|has not|have not|declined to|"
    r"refused to)\s+(?:say|explain|give a reason)\s+why\.?$"
)
_PENDING = re.compile(
    r"^(?P<subject>.+?)\s+(?:is|are|was|were)\s+(?:still\s+)?(?:expected|due|scheduled|set|"
    r"poised|slated|likely|unlikely|to be asked)\s+to\s+(?P<verb>[a-z]+)\s+(?P<rest>.*)$|"
    r"^(?P<subject2>.+?)\s+(?:has|have|had)\s+(?:yet|still)\s+to\s+(?P<verb2>[a-z]+)"
    r"(?P<rest2>\s+.*)?$",
)
_PASSIVE = re.compile(
    r"^(?P<subject>.+?)\s+(?:must|will have to|needs? to|has to|have to)\s+(?:first\s+|"
    r"still\s+|now\s+)?be\s+(?P<verb>[a-z]+(?:ed|en))\b(?P<rest>.*)$|"
    r"^(?P<subject2>.+?)\s+(?:has|have)\s+not\s+(?:yet\s+)?been\s+(?P<verb2>[a-z]+(?:ed|en)|"
    r"set|paid|built|met)\b(?P<rest2>.*)$"
)
_INQUIRY = re.compile(
    r"(?P<subject>(?:[\w'’.-]+\s+){0,6}?(?:investigation|inquiry|review|probe|audit)"
    r"(?:\s+(?:of|into)\s+[^,]+?)?)(?:,[^,]+,)?\s+(?:is|was|remains|remained)\s+(?:still\s+)?"
    r"(?:continuing|under way|underway|ongoing|in progress|pending|not (?:yet )?"
    r"(?:complete|finished|over))\b",
)
_INQUIRY_STATUS = re.compile(
    r"\b(?:continuing|under way|underway|ongoing|in progress|pending|not (?:yet )?(?:complete|"
    r"finished|over))\b"
)
_REQUEST = re.compile(
    r"\b(?:asks?|asked|asking|urges?|urged|urging|calls? on|called on|calling on|presses|"
    r"pressed|pressing|petitioned|wants?|wanted|needs?|needed|would need|will need|"
    r"requires?|required)\s+(?P<who>the\s+(?:[\w'’-]+\s+){0,4}?"
    r"[\w'’-]+|(?:its|their|his|her)\s+[\w'’-]+|(?:[A-Z][\w'’.-]*\s+){0,4}[A-Z][\w'’.-]*)\s+to\s+"
    r"(?P<verb>[a-z]+)\b(?P<rest>.*)"
)
_INTENT = re.compile(
    # "said the rules were a first step but that he would ...", "said the ruling vindicated
    # the hearing in June, and that she would ...": the second reported clause.
    r"\b(?:said|says|announced|told [\w ]{2,30}?)\s+(?:that\s+)?(?:[^,;\"“]{3,80}?,?\s+"
    r"(?:but|and)\s+that\s+)?(?P<who>he|she|it|they)\s+"
    r"(?:would|will|expected to|expects to|planned to|plans to|intended to|intends to)\s+"
    r"(?:try to\s+|seek to\s+|also\s+|still\s+)?(?P<verb>[a-z]+)\b(?P<rest>.*)"
)
_CONTESTED = re.compile(
    r"^(?P<subject>.+?)\s+(?:has\s+|have\s+|had\s+)?(?:denied|denies|deny|disputed|disputes|"
    r"rejected|rejects|contested|contests|challenged|challenges)\s+(?:the\s+)?(?:claims?\s+|"
    r"allegations?\s+|accusations?\s+|reports?\s+|suggestions?\s+|assertions?\s+)?that\s+"
    r"(?P<clause>.+)$",
)
# A condition still to be met, on which something said to come (or not) depends: "the
# nation can no longer pay unless the eurozone agrees to ...", "would not release further
# funds until Athens implemented ...". A past main clause ("waited until dawn") is told.
_CONDITION = re.compile(
    r"^(?P<main>.+?),?\s+(?:unless|until|only\s+(?:once|if|when))\s+(?P<clause>.+)$"
)
_OPEN_MAIN = re.compile(
    r"\b(?:will|would|won['’]t|wouldn['’]t|can|cannot|can['’]t|could|couldn['’]t|may|might|"
    r"must|shall|no\s+longer|is\s+(?:not\s+)?(?:going|set|due)\s+to)\b",
    re.IGNORECASE,
)
_BOILERPLATE = re.compile(
    r"\brequests? for comment\b|\bcomment(?:ed)? (?:on|for) this\b", re.IGNORECASE
)
# "..., but the judge denied the request": the article answers what was asked.
_ANSWERED = re.compile(
    r"\b(?:denied|rejected|refused|granted|approved|agreed|accepted|turned down|dismissed)\b"
)
_WEEKDAYS = frozenset(
    {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
)


# A quotation opened after a colon and still open: what follows is the speaker's account.
_QUOTED_BEFORE = re.compile(r":\s*[‘“'\"](?!.*[’”'\"]\s)")


# "Will the kite fly at the festival last Saturday?": what was due by a time now past is
# done or not by the time of writing, and the article tells which; it is no open future.
_PAST_WILL = re.compile(
    r"^Will\b.*\b(?:yesterday|last\s+(?:night|week|weekend|month|year|season|Monday|Tuesday|"
    r"Wednesday|Thursday|Friday|Saturday|Sunday)|\w+\s+(?:days|weeks|months|years)\s+ago|"
    r"earlier\s+(?:this|today))\b"
)


def subject_of(text: str) -> list[str] | None:
    """The subject a clause ends with, before its verb ("Officials said the board")."""
    text = re.sub(r",[^,]{2,120},", "", text)
    chunk = re.split(r",\s+|\b(?:but|and|while|because)\s+", text)[-1].strip()
    chunk = REPORTING.sub("", chunk)
    words = lower_first(chunk.split())
    if not words or len(words) > MAX_SUBJECT_WORDS or re.search(r"[\"“”]", chunk):
        return None
    return words


def _posed(text: str, resolve: Resolver) -> Found:
    """The question a sentence poses in so many words ("The question now is whether the
    board will accept the limits" → "Will the board accept the limits?"); a speaker's
    question is the story's too."""
    match = _POSED.search(text)
    if not match:
        return []
    clause = re.split(r"[\"”]|’(?![a-z])", match.group(2))[0].strip().rstrip(".,;")
    question = question_from_clause(match.group(1), clause, resolve)
    return [(UNCERTAIN, question)] if question else []


def _uncertain(text: str, resolve: Resolver) -> Found:
    found: Found = []
    text = DASH_ASIDE.sub(" ", text)  # "who the riders - both local - were": no aside
    for pattern in (_UNCERTAIN, _DECIDE):
        match = pattern.search(text)
        if not match:
            continue
        wh, clause = match.group(1), match.group(2)
        if pattern is _DECIDE and _RELATIVE.search(text[: match.start(1)]):
            continue  # "will hear from the women who were ...": a relative clause
        asked = re.match(r"(?:asked|asking|questioned)\b", text[match.start() :], re.IGNORECASE)
        if asked and _QUOTED_BEFORE.search(text[: match.start()]):
            continue  # "He said: '... He asked if she would ...'": what was asked in a chat
        if asked:
            clause = clause.split(",")[0]  # "Asked whether X, he said ...": X alone
        subject = main_subject(text[: match.start()]) if " to " in f" {clause}" else None
        parts = [(wh, clause)]
        further = _FURTHER.search(clause)
        if further:
            parts.append((further.group(1), further.group(2)))
        for priority, (part_wh, part) in zip((UNCERTAIN, FOLLOW_UP), parts, strict=False):
            verb, _, rest = part.partition(" ")[2].partition(" ")
            if part.startswith("to "):
                ok = subject and is_base_verb(verb)
                question = will_question(subject, verb, rest, resolve) if subject and ok else None
            else:
                question = question_from_clause(part_wh, part, resolve)
            if question:
                found.append((priority, question))
        if found:
            break
    match = _CAUSE.search(text)
    if match and not found:
        what = _noun_phrase(match.group("what").split(), resolve)
        question = finish(["what", "caused", *what])
        if question:
            found.append((UNCERTAIN, question))
    match = _WH_FIRST.match(text)
    if match and not found:
        question = question_from_clause(match.group(1), match.group(2), resolve)
        if question:
            found.append((UNCERTAIN, question))
    return found


def _noun_phrase(words: list[str], resolve: Resolver) -> list[str]:
    fixed = standalone_subject(words, resolve) or words
    out: list[str] = []
    for word in fixed:
        if word in {"its", "their"} and out and out[-1] == "of":
            out.append(resolve(word) or "the")
        else:
            out.append(word)
    return out


def _undisclosed(text: str, resolve: Resolver) -> Found:
    match = _UNDISCLOSED.match(strip_attribution(text))
    if match and not REPORTING.match(match.group(1)):
        plural = bool(re.search(r"\b(?:were|have)\s+not\b", match.group(0)))
        words = lower_first(match.group(1).split())
        if words[0] not in {"the", "its", "their"}:
            words = ["the", *words]
        # A person not yet named or identified is a who; terms not disclosed are a what.
        asker = "who" if re.search(r"\b(?:named|identified)$", match.group(0)) else "what"
        question = finish([asker, "are" if plural else "is", *_noun_phrase(words, resolve)])
        return [(UNCERTAIN, question)] if question else []
    match = _DECLINED_NOUN.search(text)
    if not match:
        return []
    verb, noun = match.group(1), match.group(2).split()
    head_words: list[str] = []
    for word in noun:
        if word in PREPOSITIONS or (head_words and is_verb(word)):
            break
        head_words.append(word)
    head = head_words[-1] if head_words else noun[0]
    plural = head.endswith("s") and not head.endswith("ss")
    asker = "who" if verb.startswith(("name", "identif")) else "what"
    words = _noun_phrase(["the", *noun], resolve)
    question = finish([asker, "are" if plural else "is", *words])
    return [(UNCERTAIN, question)] if question else []


def _why(text: str, previous: str, resolve: Resolver) -> Found:
    if not previous or not _WHY.match(text):
        return []
    clauses = re.split(r"\bthat\s+|,\s+but\s+|;\s+", previous)
    question = question_from_clause("why", clauses[-1], resolve) if len(clauses) > 1 else None
    return [(UNCERTAIN, question)] if question else []


def _pending(text: str, resolve: Resolver) -> Found:
    found: Found = []
    for pattern in (_PENDING, _PASSIVE):
        match = pattern.match(text)
        if not match:
            continue
        subject = subject_of(match.group("subject") or match.group("subject2"))
        verb = match.group("verb") or match.group("verb2")
        rest = match.group("rest") or match.group("rest2") or ""
        if not subject:
            continue
        if pattern is _PASSIVE:
            rest = f"{verb} {rest}"
            verb = "be"
        if verb == "be" and rest.startswith("sentenced"):
            continue  # what sentence, not whether, is open (see outcomes)
        question = will_question(subject, verb, rest, resolve)
        if question:
            found.append((PENDING, question))
    # The inquiry pattern is slow to try everywhere; its status words are a cheap gate.
    match = _INQUIRY.search(REPORTING.sub("", text)) if _INQUIRY_STATUS.search(text) else None
    if match:
        words = _noun_phrase(lower_first(match.group("subject").split()), resolve)
        if words[0] in {"a", "an"}:
            words[0] = "the"
        question = finish(["what", "will", *words, "find"]) if len(words) <= 12 else None
        if question:
            found.append((PENDING, question))
    match = _REQUEST.search(text)
    if (
        match
        and is_base_verb(match.group("verb"))
        and match.group("verb") not in DULL_VERBS
        and not _ANSWERED.search(match.group("rest"))
    ):
        who = [w for w in match.group("who").split() if w not in _WEEKDAYS]
        question = will_question(who, match.group("verb"), match.group("rest"), resolve)
        if question:
            found.append((PENDING, question))
    match = _CONTESTED.match(text)
    if match and subject_of(match.group("subject")) is not None:
        # "denied that its staff ...": whose staff, when the article says.
        clause = standalone_subject(cut_clause(match.group("clause")).split(), resolve)
        question = finish(["is", "it", "true", "that", *(clause or [])]) if clause else None
        if question:
            found.append((PENDING, question))
    return found


def _condition(text: str, resolve: Resolver) -> Found:
    """A condition still to be met, asked as whether it will be: "unless the eurozone
    agrees to pay" → "Will the eurozone agree to pay ...?"."""
    match = _CONDITION.match(strip_attribution(text).rstrip("."))
    if not match or not _OPEN_MAIN.search(match.group("main")):
        return []
    clause = cut_clause(match.group("clause"))
    asked = question_from_clause("whether", clause, resolve) if len(clause.split()) >= 3 else None
    if not asked or not DO_QUESTION.match(asked):
        return []  # only a clause with a verb of its own ("until March" is a date)
    return [(PENDING, DO_QUESTION.sub("Will ", asked))]


def _intended(text: str, resolve: Resolver) -> Found:
    match = _INTENT.search(text)
    if not match or not is_base_verb(match.group("verb")):
        return []
    if match.group("verb") in DULL_VERBS:
        return []
    who = [match.group("who")]
    question = will_question(who, match.group("verb"), match.group("rest"), resolve)
    return [(INTENDED, question)] if question else []


def questions_for(
    text: str, resolve: Resolver, previous: str = "", article_text: str = ""
) -> Found:
    """The open questions a sentence raises, each with its rule's priority, best first.

    ``article_text`` lets a rule see what the rest of the article settles (a verdict)."""
    if _BOILERPLATE.search(text):
        # "did not respond to a request for comment": only the awaited answer is open.
        return [(FOLLOW_UP, q) for q in awaited_responses(text, resolve)]
    if text.strip().startswith(('"', "“", "'", "‘")):
        return [*_posed(text, resolve), *quoted_prospects(text, resolve)]
    found = [
        *_posed(text, resolve),
        *_uncertain(text, resolve),
        *_undisclosed(text, resolve),
        *_why(text, previous, resolve),
        *_pending(text, resolve),
        *_intended(text, resolve),
        *_condition(text, resolve),
        *prospect_questions(text, resolve),
        *((FOLLOW_UP, q) for q in outcome_questions(text, resolve)),
        *((PENDING, q) for q in case_questions(text, resolve, article_text)),
        *((PENDING, q) for q in reaction_questions(text, resolve, article_text)),
        *((PENDING, q) for q in unverified_questions(text, resolve)),
        *((PENDING, q) for q in defence_questions(text, resolve)),
        *((PENDING, q) for q in pending_matters(text, resolve, article_text)),
        *((PENDING, q) for q in police_questions(text, resolve, article_text)),
        *((UNCERTAIN, q) for q in unknown_questions(text, resolve, article_text)),
    ]
    unique: Found = []
    for priority, question in sorted(found, key=lambda item: -item[0]):
        if question.lower() not in {q.lower() for _, q in unique}:
            unique.append((priority, question))
    return unique


def question_for(text: str, resolve: Resolver, previous: str = "") -> str | None:
    """The best open question a sentence raises, or None when it raises none cleanly."""
    found = questions_for(text, resolve, previous)
    return found[0][1] if found else None


def _content(question: str) -> set[str]:
    """The words that say what a question asks, its opener included ("Who is the suspect?"
    and "Is the suspect armed?" ask different things about the same person)."""
    words = question.split()
    return {bare(w) for w in words if len(bare(w)) > 3} | {bare(words[0]).lower()}


def find_questions(article: Article, actors: Sequence[Actor] = ()) -> list[OpenQuestion]:
    """The article's best few open questions, in reading order, each with its sentence."""
    antecedents = Antecedents(article.sentences, actors)
    candidates: list[tuple[int, int, int, str, Resolver]] = []
    previous = ""
    for sentence in article.sentences:
        resolve = _resolver(antecedents, sentence.number)
        found_here = questions_for(sentence.text, resolve, previous, article.text)
        for rank, (priority, found) in enumerate(found_here):
            candidates.append((rank, priority, sentence.number, found, resolve))
        previous = sentence.text
    candidates.sort(key=lambda c: (c[0] > 0, -c[1], c[2]))
    names = article_names(article.text)
    chosen: list[tuple[int, str]] = []
    seen: list[set[str]] = []
    # Candidates are finished in order of preference, and only until enough are chosen.
    for _, _, number, found, resolve in candidates:
        if not is_well_formed(found) or len(found.split()) < MIN_QUESTION_WORDS:
            continue
        text = restore_names(resolve_demonstratives(found, resolve), names)
        if is_run_on(text, names) or _PAST_WILL.search(text):
            continue
        words = _content(text)
        if any(len(words & other) > 0.7 * min(len(words), 8) for other in seen):
            continue
        chosen.append((number, text))
        seen.append(words)
        if len(chosen) == MAX_QUESTIONS:
            break
    chosen.sort(key=lambda item: item[0])
    return [OpenQuestion(text=text, evidence=[number]) for number, text in chosen]


def _resolver(antecedents: Antecedents, number: int) -> Callable[[str], str | None]:
    def resolve(word: str) -> str | None:
        lower = word.lower()
        if lower in {"its", "his", "her"}:
            name = antecedents.name_for(lower, number)
            # A long owner ("Attorney General Marcus Bell's office's") reads worse than "the".
            short = name and len(name.split()) <= 4 and "'" not in name and "’" not in name
            return possessive(name) if name and short else None
        if lower.split()[0] in {"that", "this", "those", "these"} and " " in lower:
            return antecedents.noun_for(" ".join(lower.split()[1:]), number)
        return antecedents.name_for(lower, number)

    return resolve
