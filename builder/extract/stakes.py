"""Stakes: what could be gained or lost, and by whom, stated briefly with evidence.

A sentence states a stake when it speaks of a consequence that has not happened yet
("could delay the project by a year", "threatens the harbour's oyster beds"), a risk or
harm, a penalty or a claim ("fines of up to $10,000 a day", "seeks damages"), something
one side depends on or holds over another ("is counting on a state grant", "unless"),
money, jobs or people affected, or a gain. Each kind of cue adds to a sentence's score;
the best few sentences become stakes, in reading order, each shortened to the clause
that carries its cues, without attribution ("..., she said"), quotation marks or
asides, and with a leading pronoun replaced by the actor it stands for.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence

from builder.article import Article
from builder.extract.antecedents import Antecedents
from builder.extract.phrasing import AUX, is_base_verb, is_verb
from builder.extract.summary import content_words, is_summary_candidate
from builder.model import Actor, Stake
from builder.sentences import Sentence

MAX_STAKES = 5
MAX_WORDS = 25
MIN_WORDS = 5
MIN_SCORE = 2.0
CUT_PENALTY = 0.25
ATTRIBUTION_REACH = 160  # characters from a sentence's end an attribution may span
UNRESOLVED_FACTOR = 0.7  # what is unknown belongs to open questions first
QUOTE_FACTOR = 0.7  # a quotation states a stake less plainly than reported speech
LEAD_BONUS = 0.5  # the opening sentence states the main consequence

_UNRESOLVED = re.compile(
    r"\b(?:unclear|uncertain|not (?:yet )?(?:clear|known)|(?:has|have|did|would) not (?:yet )?"
    r"(?:said|say|disclosed)|declined to|refused to)\b",
    re.IGNORECASE,
)
_CONSEQUENCE_VERBS = (
    r"lose|cost|destroy|damage|hurt|harm|jeopardi[sz]e|threaten|end|close|cut|shut|collapse|"
    r"fall|rise|increase|reduce|delay|block|gain|benefit|boost|save|create|bring|face|force|"
    r"impose|"
    r"lead to|undermine|weaken|strengthen|affect|wipe out|push|leave|trigger|spark|"
    r"derail|halt|sink|bankrupt|expose|revive|exceed|shape|depend|survive|void|bar|freeze|"
    r"trim|shrink|raise|require|prevent|stop|smother|kill|struggle|suffer|absorb|"
    r"recover|disappear|win|fail|miss|owe|pay|drift|set the standard|afford|receive|"
    r"turn away|remove|replace"
)
_CUES: tuple[tuple[re.Pattern[str], float], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), weight)
    for pattern, weight in (
        # A consequence that has not happened yet.
        (
            r"\b(?:could|would|may|might|will|cannot|can't|stands? to|threat(?:ens|ened)? to|"
            r"risks?|set to|likely to|is to|are to)\s+(?:\w+\s+){0,2}?(?:not\s+)?(?:"
            + _CONSEQUENCE_VERBS
            + r"|be (?:fined|sued|forced|closed|lost|hit|penali[sz]ed|charged|banned|"
            r"sanctioned|left|cut|scrapped|delayed|voided|barred|removed|blocked|weakened|"
            r"smothered|harmed|exposed))\w*\b",
            2.0,
        ),
        (r"\b(?:pushes|pushed|pushing) [\w $]{2,40}? back\b|\b(?:delays?|delayed) by\b", 2.0),
        # A loss that has happened: "lost a quarter of its supply", "lost 300 jobs".
        (
            r"\b(?:lost|loses|losing|wasted|wastes|wasting)\s+(?:\w+\s+){0,3}?(?:of\b|jobs|"
            r"money|customers|revenue|[$£€]\d)",
            2.0,
        ),
        # A remedy someone seeks: "asking the court to void the vote".
        (
            r"\b(?:ask(?:s|ed|ing)?|urg\w+|seek(?:s|ing)?|sought)\s+(?:\w+\s+){0,3}?to\s+"
            r"(?:void|bar|block|overturn|halt|stop|cancel|annul|suspend|freeze|ban|reverse)\b",
            2.0,
        ),
        (
            r"\b(?:faces?|facing)\s+(?:a|an|the)?\s*(?:\w+\s+){0,3}?(?:cuts?|fines?|loss|losses|"
            r"charges|ban|threat|risk|debt|bill|penalt|claim|lawsuit)",
            2.0,
        ),
        (r"\b(?:at stake|at risk|in jeopardy|under threat|on the line|in the balance)\b", 2.0),
        # Harm and risk.
        (
            r"\b(?:risks?|threats?|danger|fears?|warn(?:s|ed|ing)?|decline|harm|damage|deaths?|"
            r"injur(?:y|ies|ed)|fraud|exposed|stolen|spoiled|disrupt\w*|divert\w*|shortfall|"
            r"smother\w*|contaminat\w*|vulnerable|liabilit(?:y|ies))\b",
            1.0,
        ),
        # Penalties, claims and remedies.
        (
            r"\b(?:fined?|fines|penalt(?:y|ies)|damages|sanctions?|compensat\w*|credits?|"
            r"lawsuit|sue[sd]?|class action|void|bar|ban|prosecut\w*|refund\w*)\b",
            1.0,
        ),
        (r"\b(?:fines?|penalties|damages) of (?:up to |at least )?[$£€]?\d", 1.0),
        # Dependence and leverage.
        (
            r"\b(?:depends? on|depending on|dependent on|counting on|relies on|relying on|"
            r"hinges? on|unless|leverage|pressure|ultimatum|veto|deadline|at the mercy|"
            r"no (?:commitment|guarantee|promise))\b",
            1.5,
        ),
        # Money, jobs and people affected.
        (
            r"[$£€]\s?\d|\b\d[\d,.]*\s?(?:%|per cent|percent)|\b(?:millions|billions) of "
            r"(?:dollars|euros|pounds)\b",
            1.0,
        ),
        (
            r"\b(?:costs?|fund(?:s|ed|ing)?|grants?|budgets?|reserves|borrowing|subsid\w+|"
            r"money|revenue|profits?|rates?|bills?|prices?|insur\w+|afford)\b",
            0.5,
        ),
        # A condition with a bad outcome: "if their harvests failed", "if it cannot".
        (
            r"\b(?:if|unless)\b[^,.;]{0,60}?\b(?:fail\w*|lose|loses|lost|close[sd]?|"
            r"collapse\w*|cannot|can't|not|no)\b",
            1.0,
        ),
        (
            r"\b(?:\d[\d,]*|hundreds of|thousands of)\s+(?:\w+\s+)?(?:jobs|people|patients|"
            r"customers|homes|households|businesses|families|workers|residents|shops|farms|"
            r"members|employees|children|students)\b|\b(?:jobs|livelihoods?|ratepayers|"
            r"taxpayers)\b",
            1.0,
        ),
        # Gains.
        (r"\b(?:benefit|gain|boost|windfall|reward|safer|win)\w*\b", 0.5),
    )
)
_SAYING = (
    r"(?:said|says|say|warned|argued|added|noted|wrote|told\s+(?:the\s+)?\w+(?:\s+\w+)?|"
    r"estimated|acknowledged|cautioned|predicted|claimed|believes|fears?)"
)
_ATTRIBUTION_END = re.compile(
    r",?\s*(?:[\"”’']\s*)?,?\s*(?:(?:he|she|they|it|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})"
    rf"\s+{_SAYING}|(?:said|says|warned|added)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,3}}"
    r"(?:,[^,]{2,80})?|according to [^,.]+)\s*\.?\s*$"
)
_ATTRIBUTION_START = re.compile(
    rf"^[^\"“]{{0,90}}?\b{_SAYING}(?:\s+on\s+\w+)?(?:\s+that)?\s+(?=\S)|"
    r"^According to [^,]+,\s+"
)
_SAYING_MID = re.compile(r",\s+(?:saying|warning|arguing|adding)\s+(?:that\s+)?")
_LEADING = re.compile(r"^(?:But|And|However|Still|Yet|So|Meanwhile),?\s+")
_CLAUSES = re.compile(
    r";\s+|,\s+(?:but|while|although|though|as|since|because|even as)\s+|"
    r",\s+(?=(?:and|but)\s+(?:the|its|their|his|her|it|they|he|she|[A-Z])\w*\s)"
)
_ASIDE = re.compile(r",\s+(?:which|who|whose)\b[^,]{2,100},|,\s+(?:if any|however|in turn),")
# "has not said whether ...": what follows is not a claim, so the speaker stays.
_NOT_SAID = re.compile(
    r"\b(?:not|declined to|refused to)\s+(?:\w+\s+)?\w+\s+(?:whether|if|how|what|who|when|why)\b"
)
_CONSEQUENCE_APPOSITION = re.compile(
    r",\s+(?:a|an)\s+(?P<noun>[a-z]+)\s+(?:that|which)\s+(?P<rest>[a-z].+)$"
)
_MAIN_CLAUSE = re.compile(r",\s+(?:though|although|but|while)\b|;")
_SPEAKER_PRONOUN = re.compile(r"\b(?:their|they|them|his|her|he|she|we|our|us)\b")
_LEADING_ASIDE = re.compile(
    r"^(?P<subject>[^,]{2,60}),\s+(?:which|who)\s+(?P<aside>[^,]{10,160}),\s+[a-z]"
)
_PREPOSITIONS = frozenset(
    {"for", "from", "with", "by", "in", "on", "over", "at", "during", "under", "through"}
)
_BOUNDARY_WORDS = frozenset(
    {"that", "which", "who", "where", "because", "after", "before", "while", "when"}
    | {"until", "including", "but", "although", "though", "since", "unless"}
)
_DANGLING = frozenset({"and", "or", "but", "that", "which", "the", "a", "an", "of", "to", "its"})
PRONOUNS = frozenset({"it", "he", "she", "they"})
_PLEONASTIC = re.compile(r"^It\s+(?:is|was|remains|remained|seems|seemed|appears|appeared)\b")
_QUOTES = str.maketrans("", "", '"“”')


@functools.lru_cache(maxsize=4096)
def stake_score(text: str) -> float:
    """How strongly a text speaks of something to gain or lose."""
    return sum(weight for pattern, weight in _CUES if pattern.search(text))


def _unattributed(statement: str) -> str:
    """A statement without "..., she said", "Okafor warned that" or "saying"."""
    # The attribution ends the sentence, so only its tail is searched (much faster).
    head, tail = statement[:-ATTRIBUTION_REACH], statement[-ATTRIBUTION_REACH:]
    statement = (head + _ATTRIBUTION_END.sub("", tail)).strip()
    statement = _LEADING.sub("", statement)
    saying = _SAYING_MID.search(statement)
    if saying:
        before, after = statement[: saying.start()], statement[saying.end() :]
        if stake_score(after) >= stake_score(before):
            statement = after
    opening = _ATTRIBUTION_START.match(statement)
    if (
        opening
        and len(statement[opening.end() :].split()) >= MIN_WORDS + 1
        and not _NOT_SAID.search(statement[: opening.end() + 12])
        and not re.search(r",\s+(?:who|which)\b", opening.group(0))
        # "Farmers say silt could smother their beds": "their" needs its speaker.
        and not _SPEAKER_PRONOUN.search(_MAIN_CLAUSE.split(statement[opening.end() :])[0])
    ):
        statement = statement[opening.end() :].strip()
    return statement.replace(" and that ", " and ")


def _cut(statement: str) -> str:
    """A statement of at most MAX_WORDS words, cut at a comma or a clause boundary."""
    words = statement.split()
    if len(words) <= MAX_WORDS:
        return statement
    limit = min(len(words), MAX_WORDS + 1)
    commas = [i for i in range(10, limit) if words[i - 1].endswith(",")]
    boundaries = [
        i
        for i in range(10, limit)
        if words[i].lower() in _BOUNDARY_WORDS
        or (words[i] == "and" and i + 1 < len(words) and _starts_clause(words[i + 1]))
    ]
    prepositions = [
        i
        for i in range(10, limit)
        if words[i].lower() in _PREPOSITIONS
        or (words[i] == "to" and i + 1 < len(words) and not is_base_verb(words[i + 1]))
    ]
    cuts = commas or boundaries or prepositions
    if not cuts:
        return ""
    words = words[: cuts[-1]]
    while words and words[-1].lower().rstrip(",") in _DANGLING:
        words.pop()
    return " ".join(words).rstrip(",")


def _starts_clause(word: str) -> bool:
    """Whether a word after "and" begins a new clause or predicate, not a noun's modifier."""
    return word in AUX or word in {"a", "an", "the", "its", "their"} or is_verb(word)


def _versions(statement: str) -> list[str]:
    """The ways a long sentence can be shortened: without asides, one clause of it, the
    consequence in an apposition, an aside made a sentence of its own."""
    versions = [statement]
    aside = _LEADING_ASIDE.match(statement)
    if aside:
        # "Calder, which is counting on a grant ..., has not been told": the aside is a
        # stake of its own, and the only one when the main clause carries none.
        promoted = f"{aside.group('subject')} {aside.group('aside')}"
        if stake_score(_ASIDE.sub("", statement)) < stake_score(promoted):
            versions = [promoted]
        else:
            versions.append(promoted)
    if len(statement.split()) <= MAX_WORDS:
        return versions
    versions.append(_ASIDE.sub("", statement))
    apposition = _CONSEQUENCE_APPOSITION.search(statement)
    if apposition:
        # "..., a decision that pushes the project back a year": the consequence itself.
        versions.append(f"The {apposition.group('noun')} {apposition.group('rest')}")
    for clause in _CLAUSES.split(_ASIDE.sub("", statement)):
        words = clause.split()
        # A clause without its subject ("acknowledged that ...") cannot stand alone.
        if len(words) >= MIN_WORDS and not is_verb(words[0]):
            versions.append(clause.strip())
    return versions


def state_stake(text: str, resolve: Callable[[str], str | None] | None = None) -> str:
    """A sentence shortened to a stake statement: no quotes, attribution or asides; a
    leading "it", "he" or "she" named when ``resolve`` knows whom it stands for."""
    scored: list[tuple[float, int, str]] = []
    for index, version in enumerate(_versions(text.translate(_QUOTES).strip())):
        plain = _unattributed(version)
        first = plain.split(" ", 1)[0]
        if first.lower() in PRONOUNS and not _PLEONASTIC.match(plain):
            # "Harlan Valley Health said it was working": name "it", or keep the speaker.
            name = resolve(first.lower()) if resolve else None
            plain = name + plain[len(first) :] if name else version
        short = _cut(plain).rstrip(" ,;:—-'’")
        if len(short.split()) >= MIN_WORDS:
            # A clause that had to be cut reads worse than one that is whole.
            scored.append((stake_score(short) - CUT_PENALTY * (short != plain), -index, short))
    if not scored:
        return ""
    statement = max(scored)[2]
    statement = statement[0].upper() + statement[1:]
    if statement[-1] not in ".!":
        statement += "."
    return statement


def _candidate(sentence: Sentence) -> bool:
    return is_summary_candidate(sentence) or (
        sentence.text.startswith(('"', "“")) and len(sentence.text.split()) >= 8
    )


def find_stakes(article: Article, actors: Sequence[Actor] = ()) -> list[Stake]:
    """The best few stakes of an article, in reading order, each with its sentence."""
    antecedents = Antecedents(article.sentences, actors)
    scored: list[tuple[float, Sentence]] = []
    for sentence in article.sentences:
        if not _candidate(sentence):
            continue
        score = stake_score(sentence.text)
        if sentence.text.startswith(('"', "“", "'")):
            score *= QUOTE_FACTOR
        if sentence.number == 1:
            score += LEAD_BONUS
        if _UNRESOLVED.search(sentence.text):
            score *= UNRESOLVED_FACTOR
        if score >= MIN_SCORE:
            scored.append((score, sentence))
    scored.sort(key=lambda item: (-item[0], item[1].number))
    stakes: list[tuple[int, Stake]] = []
    seen: list[set[str]] = []
    for _, sentence in scored:

        def resolve(pronoun: str, sentence: Sentence = sentence) -> str | None:
            found = re.search(rf"\b{pronoun}\b", sentence.text, re.IGNORECASE)
            at = found.start() if found else 0
            return antecedents.name_for(pronoun, sentence.number, at)

        statement = state_stake(sentence.text, resolve)
        words = set(content_words(statement))
        if len(statement.split()) < MIN_WORDS or stake_score(statement) < 1:
            continue
        if any(len(words & other) > 0.6 * min(len(words), len(other)) for other in seen):
            continue
        seen.append(words)
        stakes.append((sentence.number, Stake(text=statement, evidence=[sentence.number])))
        if len(stakes) == MAX_STAKES:
            break
    return [stake for _, stake in sorted(stakes, key=lambda item: item[0])]
