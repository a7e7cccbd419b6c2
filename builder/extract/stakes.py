"""Stakes: what could be gained or lost, and by whom, each a sentence that stands alone.

A sentence states a stake when it speaks of a consequence that has not happened yet, a
risk, fear or warning, legal exposure, a condition, dependence or leverage, money, jobs
or people affected, or a gain (the cues and their weights are in :mod:`.stake_cues`).
The best few sentences become stakes, in reading order. Each keeps its attribution, as
an analyst would ("The Kremlin warned that ...", "Campaigners fear ..."): a quotation
becomes reported speech ("'It could poison the river,' said Ana Torres" → "Ana Torres
said it could poison the river."), a leading pronoun is replaced by the actor it stands
for, asides go, and a long sentence is cut at a clause boundary.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from builder.article import Article
from builder.extract.antecedents import Antecedents
from builder.extract.case_questions import strip_attribution
from builder.extract.lexicon import is_place
from builder.extract.nlp import is_common_word, is_past
from builder.extract.phrasing import AUX, bare, is_base_verb, is_verb, lower_first
from builder.extract.stake_cues import looks_ahead, specific_score, stake_score
from builder.extract.summary import content_words, is_summary_candidate
from builder.model import Actor, Stake
from builder.sentences import Sentence

__all__ = ["MAX_STAKES", "MAX_WORDS", "find_stakes", "stake_score", "state_stake"]

MAX_STAKES = 5
MAX_WORDS = 40  # a whole sentence up to this long reads better than a clipped one
CUT_WORDS = 30  # what a longer one is cut to, at a comma or a clause boundary
MIN_WORDS = 6
MIN_SCORE = 1.0
RELATIVE_FLOOR = 0.3  # of the strongest sentence's cues: a much weaker one is a fact, not a stake
UNRESOLVED_FACTOR = 0.7  # what is unknown belongs to open questions first
DANGLING_FACTOR = 0.6  # a pronoun nobody can name leaves the stake hanging
LEAD_BONUS = (2.0, 1.5, 1.0, 0.5)
MIN_STAKES = 2  # a news article that states a stake states more than one
HISTORY_FACTOR = 0.5  # what happened years before the story is its background
HISTORY_YEARS = 2  # how far before the article's latest year a year is background
REDUNDANT = 0.6  # share of content words that makes a stake repeat another

_UNRESOLVED = re.compile(
    r"\b(?:unclear|uncertain|not (?:yet )?(?:clear|known)|(?:has|have|did|would) not (?:yet )?"
    r"(?:said|say|disclosed)|declined to|refused to)\b",
    re.IGNORECASE,
)
_UNKNOWN = re.compile(
    r"^It\s+(?:is|was|remains|remained)\s+(?:still\s+)?(?:unclear|uncertain|unknown|not\s+"
    r"(?:yet\s+)?(?:clear|known|certain))\b"
)
# "She cannot give a straight answer": an evasion, which leaves a question, not a stake.
_NO_ANSWER = re.compile(
    r"\b(?:cannot|can['’]t|could not|couldn['’]t|would not|wouldn['’]t|will not|won['’]t|"
    r"refused to|declined to)\s+give\s+(?:a|an|any)\s+(?:\w+\s+)?(?:answer|reply|response|"
    r"details|explanation)\b"
)
# Who speaks, then a colon and the words: only the words can state the stake.
_SPOKEN = re.compile(
    r"^(?P<who>[^:\"“”‘’]{3,140}?)\s+(?:said|says|replied|replies|answered|told\s+[^:]{1,60}?|"
    r"added|wrote|explained|admitted|insisted)\s*:\s*(?P<quote>.+)$"
)
_SPEECH = (
    r"said|says|warned|warns|added|claimed|claims|insisted|insists|argued|argues|explained|"
    r"admitted|believes|fears|feared|predicted|cautioned|stressed|suggested|noted|wrote|"
    r"told\s+[^,.:\"“”‘’']{1,40}?"
)
_OPEN = "\"“‘'"
_CLOSE = "\"”’'"
# A speaker's name may hold the full stops of an abbreviation ("U.S. Attorney Ana Ruiz").
_SPEAKER = (
    r"(?:[A-Z]|the |a |an )(?:[^,.:;\"“”‘’]|\.(?=\w)|(?<=\b[A-Z])\.){0,70}?|he|she|they|we|it"
)
# "'The quarry could poison the river,' said Ana Torres, a local farmer."
_QUOTE_FIRST = re.compile(
    rf"^[{_OPEN}](?P<quote>.+?)[,.!]?[{_CLOSE}]\s*,?\s+(?:(?P<who>{_SPEAKER})\s+(?P<verb>{_SPEECH})"
    rf"|(?P<verb2>said|says|warned|added|claimed|insisted)\s+(?P<who2>[^,.]{{2,80}}?))"
    r"(?:\s+(?:on|last|this|in)\s+[A-Za-z]+|\s+(?:at|during)\s+(?:a|an|the)\s+[^,.\"“”]{2,40})?"
    r"(?:,[^.]*)?\.?$"
)
# A speaker, a colon, then the quotation (as in "an official told the paper: 'We may ...'").
_COLON_QUOTE = re.compile(
    rf"^(?P<who>[A-Z][^:\"“”‘’]{{1,80}}?)\s+(?P<verb>{_SPEECH}):\s*[{_OPEN}](?P<quote>.+?)"
    rf"[{_CLOSE}]?$"
)
# "Harbour officials last night said ...": when a thing was said is no part of the stake.
_WHEN_SAID = re.compile(
    r"\s+(?:last\s+night|yesterday|last\s+week|earlier\s+today|today|this\s+week)"
    r"(?=\s+(?:[a-z]+ly\s+)?(?:said|says|told|warned|claimed|insisted|admitted|questioned|"
    r"argued|revealed|announced|confirmed|added)\b)"
)
_QUOTE_MARKS = re.compile(r"[\"“”]|(?<![\w])['‘]|['’](?![\w])")
_OPENING_SINGLE = re.compile(r"(?<![\w])['‘]")
_LEADING = re.compile(r"^(?:But|And|However|Still|Yet|So|Meanwhile|Now|Instead),?\s+")
_ASIDE = re.compile(r",\s+(?:which|who|whose)\b[^,]{2,100},|,\s+(?:if any|however|in turn),")
_PARENS = re.compile(r"\s*\([^)]{0,80}\)")
PRONOUNS = frozenset({"it", "he", "she", "they"})
_PLEONASTIC = re.compile(r"^It\s+(?:is|was|remains|remained|seems|seemed|appears|appeared)\b")
_PREPOSITIONS = frozenset(
    {"for", "from", "with", "by", "in", "on", "over", "at", "during", "under", "through"}
)
_BOUNDARY_WORDS = frozenset(
    {"which", "who", "where", "because", "after", "before", "while", "when", "amid"}
    | {"until", "including", "but", "although", "though", "since"}
)
_DANGLING = frozenset(
    {"and", "or", "but", "that", "which", "the", "a", "an", "of", "to", "its", "their", "his"}
    | {"her", "with", "for", "by", "in", "on", "at", "as", "from", "is", "are", "was", "were"}
)


# Verbs that report what follows them: a cut after one loses what was said.
_REPORTING_VERBS = frozenset(
    {"told", "said", "says", "tells", "warned", "wrote", "claimed", "added"}
)


def _cut(statement: str) -> str:
    """A statement of at most CUT_WORDS words, cut at a comma or a clause boundary (never
    inside a phrase: no clean cut gives "")."""
    words = statement.split()
    if len(words) <= MAX_WORDS:
        return statement
    limit = min(len(words), CUT_WORDS + 1)
    commas = [
        i
        for i in range(10, limit)
        if words[i - 1].endswith((",", ";", ":"))
        and not (words[i - 1][:1].isupper() and _name_goes_on(words, i))
    ]
    boundaries = [
        i
        for i in range(10, limit)
        if words[i].lower() in _BOUNDARY_WORDS
        or (words[i] == "and" and i + 1 < len(words) and _starts_clause(words[i + 1]))
        # "fined the network $4 million [for waiting too long to ...]": the reason goes.
        or (words[i] in {"for", "by"} and i + 1 < len(words) and words[i + 1].endswith("ing"))
    ]
    cuts = commas or boundaries
    # "Mr Lund told the board last week, after ..., [that he ...]": what was said is gone.
    cuts = [
        i
        for i in cuts
        if not (bare(words[i]) == "that" or words[i][:1] in _OPEN)
        or not _REPORTING_VERBS & {bare(w) for w in words[:i]}
    ]
    if not cuts:
        return ""
    words = words[: cuts[-1]]
    while words and words[-1].lower().rstrip(",;:") in _DANGLING:
        words.pop()
    return " ".join(words).rstrip(",;:")


def _name_goes_on(words: list[str], at: int) -> bool:
    """Whether the words from ``at`` go on a name of several parts set off by a comma
    ("Safety, [Standards and Licensing] Board")."""
    return (
        len(words) > at + 2
        and words[at][:1].isupper()
        and words[at + 1] == "and"
        and words[at + 2][:1].isupper()
    )


def _starts_clause(word: str) -> bool:
    """Whether a word after "and" begins a new clause or predicate, not a noun's modifier."""
    return word in AUX or word in {"a", "an", "the", "its", "their"} or is_verb(word)


def reported(text: str) -> str:
    """A quotation turned into reported speech, the speaker kept; other text unchanged."""
    match = _QUOTE_FIRST.match(text)
    if match:
        who = match.group("who") or match.group("who2")
        verb = match.group("verb") or match.group("verb2")
        quote = match.group("quote").strip()
        if who and not re.search(r"[.!?][\"”’']?\s", quote):
            who = who[0].upper() + who[1:] if who.islower() else who
            return f"{who} {verb} {' '.join(lower_first(quote.split()))}."
    match = _COLON_QUOTE.match(text)
    if match:
        quote = match.group("quote").strip()
        return f"{match.group('who')} {match.group('verb')} {' '.join(lower_first(quote.split()))}"
    return text


_HALF_BETWEEN = re.compile(r"\bbetween\s+(?:(?!and\b)[\w'’-]+\s+){0,4}(?!and\b)[\w'’-]+[.!]?$")
_SECOND_SENTENCE = re.compile(r"(?<=[a-z0-9%][.!?])\s+(?=[A-Z])")
# A capitalised common word ending a sentence after a lower-case one, as in "... fraud
# charges Swindle": a caption or a headline ran into the sentence.
_RUN_ON_END = re.compile(r"\b[a-z]+\s+([A-Z][a-z]+)[.!]?$")
# Months and weekdays are names even where they are also words ("by June", "in May").
_CALENDAR = frozenset(
    {"January", "February", "March", "April", "May", "June", "July", "August"}
    | {"September", "October", "November", "December", "Monday", "Tuesday", "Wednesday"}
    | {"Thursday", "Friday", "Saturday", "Sunday"}
)
_CLAUSE_BREAK = re.compile(r"\s*(?:[;:]|\s[–—-]\s|,)\s+")
_SUBJECT_OPENERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "this"})


def _clauses(statement: str) -> list[str]:
    """The parts of a long sentence that can stand as sentences of their own: each opens
    with a name or a determiner, not with a verb, an "-ing" form or a preposition."""
    parts = _CLAUSE_BREAK.split(statement)
    out = []
    for part in parts[1:]:
        words = part.split()
        if len(words) < MIN_WORDS or len(words) > CUT_WORDS:
            continue
        first = words[0]
        if first.lower() in {"but", "and", "while", "although", "though"}:
            words = words[1:]
            first = words[0] if words else ""
        # "the Harbour, Fraud and Risk Panel said ...": the comma was inside a
        # name of several parts, and the part after it is the rest of that name.
        in_name = _name_goes_on(words, 0)
        opens = (first[:1].isupper() and not in_name) or first in _SUBJECT_OPENERS
        verb_first = is_verb(first.lower()) or first.lower().endswith("ing")
        if opens and not verb_first and not _only_participle(words):
            out.append(" ".join(words))
    return out


def _only_participle(words: list[str]) -> bool:
    """Whether a part's only verb is a participle after its noun ("the largest penalty
    imposed under the law"): a noun phrase set off by a comma, not a clause."""
    if any(bare(w) in AUX for w in words):
        return False
    verbs = [i for i, w in enumerate(words) if i and w.islower() and is_verb(w)]
    if not verbs:
        return False
    at = verbs[0]
    after = bare(words[at + 1]) if at + 1 < len(words) else ""
    return is_past(bare(words[at])) and after in _PREPOSITIONS | {"of", "to", "as"}


_CONSEQUENCE_APPOSITION = re.compile(
    r"^(?:a|an)\s+(?P<noun>[a-z]+)\s+(?:that|which)\s+(?P<rest>[a-z].+)$"
)
_LEADING_ASIDE = re.compile(
    r"^(?P<subject>[A-Z][^,]{1,60}),\s+(?:which|who)\s+(?P<aside>[^,]{10,160}),\s+[a-z]"
)


def _has_verb(words: str) -> bool:
    """Whether a stretch of words holds a verb of its own, an auxiliary or a past form
    ("have begun", "diverted"), so that it is a clause rather than a name."""
    return any(
        bare(w) in AUX or (w.islower() and is_verb(w) and is_past(bare(w))) for w in words.split()
    )


def _shortest_stake(statement: str) -> str:
    """The statement itself, or a part of it that says more of what is at stake and
    stands alone: a leading aside made a sentence ("Dunmore, which is counting on the
    ferry, was not consulted" → "Dunmore is counting on the ferry"), the consequence in
    an apposition ("..., a decision that could force ..." → "The decision could force
    ..."), a clause of a long sentence, or the sentence cut at a boundary."""
    versions = [statement] if len(statement.split()) <= MAX_WORDS else [_cut(statement)]
    aside = _LEADING_ASIDE.match(statement)
    if aside and _has_verb(aside.group("subject")):
        aside = None  # "Firms have begun diverting cargo to Calder, which could ...": a clause
    if aside:
        promoted = f"{aside.group('subject')} {aside.group('aside')}"
        main = statement[: aside.end("subject")] + statement[aside.end("aside") + 1 :]
        if stake_score(main) < stake_score(promoted):
            return promoted  # the main clause carries no stake of its own
        versions.append(promoted)
    if len(statement.split()) > MAX_WORDS:
        for clause in _clauses(statement):
            found = _CONSEQUENCE_APPOSITION.match(clause)
            versions.append(f"The {found.group('noun')} {found.group('rest')}" if found else clause)
    versions = [v for v in versions if v]
    if not versions:
        return ""
    return max(versions, key=lambda v: (stake_score(v), -versions.index(v)))


def state_stake(text: str, resolve: Callable[[str], str | None] | None = None) -> str:
    """A sentence made a stake statement: quotations as reported speech, attribution kept,
    asides dropped, a leading "it", "he" or "she" named when ``resolve`` knows whom it
    stands for, at most MAX_WORDS words. Empty when no clean statement can be made."""
    statement = reported(text.strip())
    statement = _without_quote_marks(_PARENS.sub("", statement))
    statement = _LEADING.sub("", statement).strip()
    statement = _WHEN_SAID.sub("", statement)
    if len(statement.split()) > MAX_WORDS:
        statement = _ASIDE.sub("", statement)
    first = statement.split(" ", 1)[0]
    if first.lower() in PRONOUNS and not _PLEONASTIC.match(statement):
        name = resolve(first.lower()) if resolve else None
        if name:
            statement = name + statement[len(first) :]
    # Sentences run together (a caption glued on): the one that states the stake, the first
    # of equals.
    parts = _run_together(statement)
    # A later part in a speaker's own voice ("My family cannot afford ...") is a quotation
    # going on, not a stake stated by the article.
    parts = parts[:1] + [p for p in parts[1:] if not _OWN_VOICE.search(p)]
    # Of equals, the one that names a gain or loss over one that only hedges.
    statement = max(parts, key=lambda p: (stake_score(p), specific_score(p), -parts.index(p)))
    statement = _shortest_stake(statement).rstrip(" ,;:—-'’")
    # Two sentences in one (a quotation's, or a caption run into it): the first alone.
    statement = _run_together(statement)[0]
    if _HALF_BETWEEN.search(statement):
        return ""  # "links between a key aide": the other side was cut off
    run_on = _RUN_ON_END.search(statement)
    run_on_word = run_on.group(1) if run_on else ""
    # A place ends a sentence as often as a caption's word does ("... talks were held
    # in Oslo."): only a word that is no place's name is taken for a run-on.
    if len(statement.split()) < MIN_WORDS or (
        run_on_word not in _CALENDAR and is_common_word(run_on_word) and not is_place(run_on_word)
    ):
        return ""
    caption = (_LABEL.match(text) and _PICTURED.search(text)) or _ONE_WORD_LABEL.match(text)
    if not _has_main_verb(statement) or caption or _SUBORDINATE_ONLY.match(statement):
        return ""  # a fragment, or a caption ("In court: Pell, pictured at ...", "Wanted: ...")
    statement = statement[0].upper() + statement[1:]
    if statement[-1] not in ".!":
        statement = statement.rstrip("?") + "."
    return statement


_OWN_VOICE = re.compile(r"\b(?:I|[Mm]e|[Mm]y|[Ww]e|[Oo]ur|us|[Yy]ou|[Yy]our)\b")
_FIRST_PERSON = re.compile(r"\b(?:I|I['’]\w+|[Mm]e|[Mm]y|[Ww]e|[Oo]ur|us)\b")
# "... she warns: Last year I watched ...": a speaker's own words run on after a colon.
_VOICE_AFTER_COLON = re.compile(r":\s[^:]*\b(?:I|I['’]\w+|[Mm]y|[Ww]e|[Oo]ur)\b")
# "As the river rose to ...": a subordinate clause with no main clause after it.
_SUBORDINATE_ONLY = re.compile(
    r"^(?:As|Because|While|Although|Though|When|Since|Whereas|Unless|Until)\s+(?:[^,;:]|,(?=\d))+$"
)
_WEAK_VERBS = frozenset({"was", "were", "has", "had", "is"})


def _run_together(statement: str) -> list[str]:
    """The sentences run together in a statement that can stand alone, each cut where the
    next begins: after a full stop inside a quotation, or where a caption is glued on with
    none and a name and its past verb begin ("... on time Dorrow's Evening Post quoted").
    A part after a glued "is", "was" or "has" may be a clause of the one before ("the
    group Raqqa is ... who risk"): it is cut off, not offered."""
    parts: list[str] = []
    for sentence in _SECOND_SENTENCE.split(statement):
        rest = sentence
        while (glued := _glued_at(rest)) is not None:
            parts.append(rest[:glued].rstrip(" ,;:"))
            after = rest[glued:].strip()
            verb = next((w for w in after.split() if w.islower()), "")
            rest = "" if verb in _WEAK_VERBS else after
        parts.append(rest)
    return [p for p in parts if p] or [statement]


def _without_quote_marks(text: str) -> str:
    """The text without its quotation marks, keeping the apostrophe of a plural's
    possessive ("the dockers' union") where no single quotation is open."""

    def drop(match: re.Match[str]) -> str:
        mark = match.group(0)
        after_s = match.start() > 0 and text[match.start() - 1] in "sS"
        if mark in "'’" and after_s and not _OPENING_SINGLE.search(text, 0, match.start()):
            return mark
        return ""

    return _QUOTE_MARKS.sub(drop, text)


# A sentence run into the next with no full stop: "... when she is sentenced next month
# Pell pleaded guilty to ...": a noun, then a name and its past-tense verb.
_GLUE = re.compile(
    r"(?<=[a-z0-9%)])\s+(?=(?P<name>[A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*)*)\s+"
    r"(?P<verb>[a-z]+)\b)"
)
_REPORTING_BEFORE = re.compile(
    r"\b(?:said|says|told|tells|heard|learned|learnt|believes?|believed|thinks?|thought|knew|"
    r"knows?|claims?|claimed|insists?|insisted|added|warned|argued|suggested|reported)\b"
    r"(?:\s+\S+){0,3}\s*$"
)


def _glued_at(statement: str) -> int | None:
    """Where another sentence begins inside ``statement`` with no full stop, if it does."""
    for match in _GLUE.finditer(statement):
        before = statement[: match.start()]
        last = before.rsplit(maxsplit=1)[-1] if before.split() else ""
        verb, name = match.group("verb"), match.group("name").split()
        if not (last.islower() or last in _CALENDAR) or bare(last) in _LEADS_INTO:
            continue
        words_before = before.split()
        after_noun_marker = len(words_before) > 1 and bare(words_before[-2]) in (
            _DETERMINERS | _PREPOSITIONS | {"of", "to"}
        )
        if is_verb(bare(last)) and not after_noun_marker:
            continue  # "on time Germany's paper quoted": "time" is a noun there
        common = any(w in _CALENDAR or is_common_word(w) for w in name)
        if name[0] in _CALENDAR or is_common_word(name[0]) or (common and verb in _WEAK_VERBS):
            continue  # "pleaded not guilty Friday after", "the richest purse Kelso Lad has won"
        if _REPORTING_BEFORE.search(before):
            continue  # "told the jury Smith was lying": a clause, not a new sentence
        if not (is_past(verb) or verb in {"was", "were", "has", "had", "is"}):
            continue
        after = statement[match.end("verb") :].split(maxsplit=1)
        if after and bare(after[0]) in _PREPOSITIONS | {"of", "to"}:
            continue  # "the latest Westerners accused of ...": a participle, not a new verb
        if len(before.split()) >= MIN_WORDS:
            return match.start()
    return None


_LEADS_INTO = frozenset(
    {"a", "an", "the", "of", "in", "on", "at", "to", "for", "from", "by", "with", "and", "or"}
    | {"but", "as", "into", "over", "under", "after", "before", "about", "than", "that"}
    | {"which", "who", "whose", "when", "where", "while", "if", "called", "named", "like", "via"}
)
_LABEL = re.compile(r"^[A-Z][\w'’ -]{0,30}:\s")
# A one-word label that heads a photo caption: "Wanted: Police in Maryland have ...".
_ONE_WORD_LABEL = re.compile(r"^[A-Z][a-z]+:\s+[A-Z]")
_PICTURED = re.compile(r"\bpictured\b", re.IGNORECASE)
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "this", "that"})
_RELATIVES_AND_WH = frozenset(
    {"what", "which", "who", "whom", "whose", "where", "when", "that", "how", "why"}
)


def _has_main_verb(statement: str) -> bool:
    """Whether a statement has a verb outside a relative or wh-clause ("an investigation
    into what happened at the hospital" has none of its own: a fragment)."""
    words = statement.rstrip(".").split()
    return any(
        (
            bare(word) in AUX
            or is_verb(word)
            # "... with heart disease face the greatest risk": a plural's verb before its
            # object, not a noun after a determiner ("the plant").
            or (
                is_base_verb(bare(word))
                and word.islower()
                and bare(words[i - 1]) not in _DETERMINERS | _PREPOSITIONS
                and i + 1 < len(words)
                and bare(words[i + 1]) in _DETERMINERS
            )
        )
        and bare(words[i - 1]) not in _RELATIVES_AND_WH
        for i, word in enumerate(words)
        if i > 0
    )


def _candidate(sentence: Sentence) -> bool:
    text = sentence.text
    return (is_summary_candidate(sentence) or text.startswith(tuple(_OPEN))) and not (
        text.rstrip(_CLOSE).endswith("?") or len(text.split()) < MIN_WORDS
    )


def _unattributed_quotation(text: str) -> bool:
    """A sentence of a quotation that does not say who speaks."""
    return text.startswith(tuple(_OPEN)) and reported(text) == text


def is_dangling(statement: str) -> bool:
    """Whether a stake opens with a pronoun whose referent the reader cannot know."""
    first = statement.split(" ", 1)[0].lower()
    return first in PRONOUNS | {"we", "i", "this", "these", "those", "that", "them", "you"} and (
        not _PLEONASTIC.match(statement)
    )


# "was cautioned by the league in 1994", "opened in 1988": a year the sentence sets its
# telling in. Years are read against the latest year the article names, so an article
# with no date of its own still tells its background from its news.
_YEAR_SET = re.compile(
    r"\b(?:in|since|during|until|by)\s+(?:early\s+|late\s+|mid-)?((?:19|20)\d\d)\b"
)
_ANY_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# What is still to come keeps a sentence about the past a stake ("could be retried after
# the 1998 ruling was quashed").
_STILL_AHEAD = re.compile(
    r"\b(?:will|would|could|may|might|must|faces?|facing|risks?|at risk|at stake|threat\w*|"
    r"warn\w*|fears?)\b",
    re.IGNORECASE,
)


def _background(text: str, latest_year: int) -> bool:
    """Whether a sentence tells of a year well before the story's own (its history, not
    what is at stake now) and says nothing still to come."""
    years = [int(y) for y in _YEAR_SET.findall(text)]
    return (
        bool(years)
        and max(years) <= latest_year - HISTORY_YEARS
        and not (_STILL_AHEAD.search(text))
    )


def _latest_year(article: Article) -> int:
    years = [int(y) for y in _ANY_YEAR.findall(article.text)]
    if article.published:
        years.append(article.published.year)
    return max(years, default=0)


def _names_someone(statement: str, actor_names: list[tuple[str, re.Pattern[str]]]) -> bool:
    """Whether a stake names one of the article's actors: who stands to gain or lose."""
    return any(pattern.search(statement) for _, pattern in actor_names)


_LEGAL = re.compile(
    r"\b(?:charged|charges?|accused|indicted|arrested|convicted|counts?|prosecut\w*|trial|"
    r"pleaded|warrant)\b"
)


def _actor_names(actors: Sequence[Actor]) -> list[tuple[str, re.Pattern[str]]]:
    """Each actor's key with a pattern for the names it goes by (a person's surname too)."""
    out = []
    for actor in actors:
        if actor.type in {"place", "country"}:
            continue  # a case is about someone, not where they live
        forms = {f for f in (actor.name, *actor.aliases) if len(f) > 2}
        if actor.type == "person" and len(actor.name.split()) > 1 and " of " not in actor.name:
            forms.add(actor.name.split()[-1])  # not "Arlen" for "the Duchess of Arlen"
        if forms:
            ordered = sorted(forms, key=len, reverse=True)
            out.append(
                (actor.name, re.compile(r"\b(?:" + "|".join(map(re.escape, ordered)) + r")\b"))
            )
    return out


# Verbs by which one side brings a case against another.
_BRINGS_CASE = frozenset(
    {"charged", "arrested", "indicted", "accused", "sued", "prosecuted", "detained"}
    | {"announced", "charges", "accuses", "sues", "arrests"}
)
CASE_OBJECT_WORDS = 12


def _case_of(statement: str, actor_names: list[tuple[str, re.Pattern[str]]]) -> str | None:
    """The person or body a legal-exposure stake is about (the first actor it names): one
    stake per case, not one per sentence that retells the charges."""
    if not _LEGAL.search(statement):
        return None
    words = strip_attribution(statement).split()  # "Police said Quinn was ...": Quinn
    end = next(
        (i for i, w in enumerate(words) if bare(w) in AUX or (w.islower() and is_verb(w))),
        len(words),
    )
    subject = " ".join(words[:end])
    if end < len(words) and bare(words[end]) in _BRINGS_CASE:
        # "Police charged Quinn ...", "the agency arrested four men ...": the
        # side that brings the case is not the one it is about, which follows the verb.
        subject = " ".join(words[end + 1 : end + 1 + CASE_OBJECT_WORDS])
    found = [(m.start(), name) for name, pattern in actor_names if (m := pattern.search(subject))]
    # The side the sentence is about names the case; charges retold of someone the
    # subject does not name ("Six men have been charged", "The six are accused") are one.
    return min(found)[1] if found else ""


def find_stakes(article: Article, actors: Sequence[Actor] = ()) -> list[Stake]:
    """The best few stakes of an article, in reading order, each with its sentence."""
    antecedents = Antecedents(article.sentences, actors)
    scored: list[tuple[float, Sentence, str]] = []
    rank = 0
    latest_year = _latest_year(article)
    for sentence in article.sentences:
        if not _candidate(sentence):
            continue

        def resolve(pronoun: str, sentence: Sentence = sentence) -> str | None:
            found = re.search(rf"\b{pronoun}\b", sentence.text, re.IGNORECASE)
            at = found.start() if found else 0
            return antecedents.name_for(pronoun, sentence.number, at)

        score = stake_score(sentence.text)
        if rank < len(LEAD_BONUS) and looks_ahead(sentence.text):
            score += LEAD_BONUS[rank]
        rank += 1
        if _UNKNOWN.match(sentence.text) or _NO_ANSWER.search(sentence.text):
            continue  # what is unknown is an open question, not a stake
        spoken = _SPOKEN.match(sentence.text)
        if spoken and stake_score(spoken.group("quote")) < 1:
            continue  # "The victim's friend told the paper: 'I met her in 1952'": no stake said
        if _UNRESOLVED.search(sentence.text):
            score *= UNRESOLVED_FACTOR
        if _background(sentence.text, latest_year):
            score *= HISTORY_FACTOR
        if score < MIN_SCORE:
            continue
        statement = state_stake(sentence.text, resolve)
        if not statement or stake_score(statement) < 1:
            continue
        if _FIRST_PERSON.search(statement) and (
            _unattributed_quotation(sentence.text) or _VOICE_AFTER_COLON.search(statement)
        ):
            continue  # "'My biggest worry is ...'": whose worry the reader cannot know
        if is_dangling(statement):
            if _unattributed_quotation(sentence.text):
                continue  # "'It doesn't mean ...'": neither who speaks nor of what is known
            score *= DANGLING_FACTOR
        scored.append((score, sentence, statement))
    scored.sort(key=lambda item: (-item[0], item[1].number))
    stakes: list[tuple[int, Stake]] = []
    seen: list[set[str]] = []
    cases: set[str] = set()
    actor_names = _actor_names(actors)
    strongest = max((stake_score(sentence.text) for _, sentence, _ in scored), default=0.0)
    floor = max(MIN_SCORE, RELATIVE_FLOOR * strongest)
    # Below the floor, a stake is taken only to give the article its second: of the
    # weaker ones, first those that name who stands to gain or lose.
    weaker = sorted(
        (item for item in scored if MIN_SCORE <= item[0] < floor),
        key=lambda item: (-item[0], not _names_someone(item[2], actor_names), item[1].number),
    )
    ranked = [item for item in scored if item[0] >= floor]
    for score, sentence, statement in [*ranked, *weaker]:
        if score < floor and len(stakes) >= MIN_STAKES:
            break
        words = set(content_words(statement))
        if any(len(words & other) > REDUNDANT * min(len(words), len(other)) for other in seen):
            continue
        case = _case_of(statement, actor_names)
        if case is not None and case in cases:
            continue
        if case is not None:
            cases.add(case)
        seen.append(words)
        stakes.append((sentence.number, Stake(text=statement, evidence=[sentence.number])))
        if len(stakes) == MAX_STAKES:
            break
    return [stake for _, stake in sorted(stakes, key=lambda item: item[0])]
