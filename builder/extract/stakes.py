"""Stakes: what could be gained or lost, and by whom, stated briefly with evidence.

A sentence states a stake when it speaks of a consequence that has not happened yet
("could cost 300 jobs", "threatens the harbour's oyster beds"), a risk or a warning,
money or livelihoods at risk, or leverage one side holds over another. The engine
scores sentences on those cues, keeps the best few, and shortens each to the clause that
carries the cue, without the attribution ("..., she said").
"""

from __future__ import annotations

import re

from builder.article import Article
from builder.extract.summary import is_summary_candidate
from builder.model import Stake
from builder.sentences import Sentence

MAX_STAKES = 4
MAX_WORDS = 40
MIN_SCORE = 2.0
# Sentences about what is unknown belong to open questions, not stakes.
_UNRESOLVED = re.compile(
    r"\b(?:unclear|uncertain|not (?:yet )?(?:clear|known)|has not said|"
    r"declined to|refused to|did not (?:say|disclose|name))\b",
    re.IGNORECASE,
)

_CUES: tuple[tuple[re.Pattern[str], float], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), weight)
    for pattern, weight in (
        # A consequence that has not happened yet.
        (
            r"\b(?:could|would|may|might|will|stands? to|threat(?:ens|ened)? to|risks?|set to|"
            r"likely to)"
            r"\s+(?:\w+\s+){0,2}(?:lose|cost|destroy|damage|hurt|harm|jeopardi[sz]e|threaten|"
            r"end|close|cut|shut|collapse|fall|rise|increase|reduce|delay|block|gain|benefit|"
            r"boost|save|create|bring|face|force|lead to|undermine|weaken|strengthen|affect|"
            r"wipe out|push|leave|move|trigger|spark|derail|halt|sink|bankrupt|expose|revive|"
            r"be (?:fined|sued|forced|closed|lost|hit|penali[sz]ed|charged|banned|sanctioned|"
            r"left|cut|scrapped|delayed))\w*\b",
            2.0,
        ),
        (
            r"\b(?:faces?|facing)\s+(?:a|an|the)?\s*(?:\w+\s+){0,3}?(?:cuts?|fines?|loss|losses|"
            r"charges|ban|threat|risk|debt|bill|penalt)",
            2.0,
        ),
        (r"\b(?:at stake|at risk|in jeopardy|under threat|on the line|in the balance)\b", 2.0),
        (r"\b(?:risks?|threats?|danger|fears?|concerns?|consequences?|warn(?:s|ed|ing)?)\b", 1.0),
        (
            r"\b(?:jobs?|livelihoods?|lives|homes|savings|pensions?|revenue|profits?|losses|"
            r"billions?|millions?|funding|investment|market share|contracts?|seats?|"
            r"majority|title|trophy|promotion|relegation|survival|reputation|sanctions|"
            r"fines?|penalt(?:y|ies)|compensation|ban|harvest|farms?|businesses|customers|"
            r"patients|taxpayers|debt|prices|fraud|lawsuit|class action|court)\b",
            1.0,
        ),
        (r"\b(?:leverage|pressure|bargaining|ultimatum|veto|deadline|unless|if\b)", 1.0),
        (r"\b(?:fines?|penalties|damages) of (?:up to )?[$£€]?\d", 1.0),
        (r"[$£€]\s?\d|\b\d[\d,.]*\s?(?:%|per cent|percent)", 0.5),
    )
)
_ATTRIBUTION_END = re.compile(
    r",?\s*(?:[\"”’']\s*)?,?\s*(?:(?:he|she|they|it|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})"
    r"\s+(?:said|says|warned|added|told\s+\w+(?:\s+\w+)?|argued|noted|wrote)|"
    r"(?:said|says|warned|added)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}|"
    r"according to [^,.]+)\s*\.?\s*$"
)
_ATTRIBUTION_START = re.compile(
    r"^(?:[A-Z][\w.'’-]*(?:\s+[\w.'’-]+){0,5}\s+(?:said|says|warned|argued|added|noted)"
    r"(?:\s+on\s+\w+)?(?:\s+that)?|According to [^,]+,)\s+",
)
_QUOTES = str.maketrans("", "", '"“”')


def stake_score(text: str) -> float:
    """How strongly a sentence speaks of something to gain or lose."""
    return sum(weight for pattern, weight in _CUES if pattern.search(text))


def state_stake(text: str) -> str:
    """A sentence shortened to a stake statement: no quotes, no attribution."""
    statement = text.translate(_QUOTES).strip()
    statement = _ATTRIBUTION_END.sub("", statement).strip()
    statement = _ATTRIBUTION_START.sub("", statement).strip()
    words = statement.split()
    if len(words) > MAX_WORDS:
        # Keep the clause that carries the strongest cue.
        clauses = [
            c.strip()
            for c in re.split(r";|,\s+(?:but|while|although|as)\s+", statement)
            if c.strip()
        ]
        best = max(clauses, key=lambda c: (stake_score(c), -len(c)))
        words = best.split()[:MAX_WORDS]
    statement = " ".join(words).rstrip(" ,;:—-'’")
    if not statement:
        return ""
    statement = statement[0].upper() + statement[1:]
    if statement[-1] not in ".!":
        statement += "."
    return statement


def find_stakes(article: Article) -> list[Stake]:
    """The best few stakes of an article, in reading order, each with its sentence."""
    scored: list[tuple[float, Sentence]] = []
    for sentence in article.sentences:
        if not is_summary_candidate(sentence) or _UNRESOLVED.search(sentence.text):
            continue
        score = stake_score(sentence.text)
        if score >= MIN_SCORE:
            scored.append((score, sentence))
    scored.sort(key=lambda item: (-item[0], item[1].number))
    stakes: list[tuple[int, Stake]] = []
    seen: set[str] = set()
    for _, sentence in scored:
        statement = state_stake(sentence.text)
        if len(statement.split()) < 5 or statement.lower() in seen:
            continue
        seen.add(statement.lower())
        stakes.append((sentence.number, Stake(text=statement, evidence=[sentence.number])))
        if len(stakes) == MAX_STAKES:
            break
    return [stake for _, stake in sorted(stakes, key=lambda item: item[0])]
