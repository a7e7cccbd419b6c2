"""Context cues: what the words around an actor's mentions say about what it is.

A name's type is not always its own: "Glasgow beat Dundee 2-1" uses two city names for
their football clubs, "the capital Port Amber" names a place whatever the tagger
thought. These functions read a few words either side of each mention:

- :func:`is_team`: a score after the name ("Dorrow 2 Vask 1", "Dorrow ( 4 ) v"), a
  result verb ("beat", "drew with"), a member or plural verb after it ("Dorrow captain",
  "Dorrow have"): a competitor that is an organisation, when a person's name is ruled out;
- :func:`is_located`: a locative word before it ("in Dorrow", "at the Vask ground", "the
  city of Arlen", "Rowing Club of Arlen") or a place noun after it ("Dorrow airport");
- :func:`is_sports_report`: the article reports sport, where a city that is not the
  scene of the action names its team (metonymy), as in "Glasgow lead the league".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from builder.extract.lexicon import ORG_WORDS, terms
from builder.extract.nlp import Mention

# A score after a name: "Dorrow 2", "Portugal 2-1", "Vask ( 4 ) v"; not "Harlan 10-0-42-5"
# (a bowler's figures) or "Calder 3 per cent".
_SCORE_AFTER = re.compile(
    r"^\s+\d{1,3}(?:-\d{1,3})?\b(?![-.]\d)(?!\s*(?:%|per|million|billion|year|-year|"
    r"percent|km|miles|people|times))"
    r"|^\s*\(\s*\d{1,2}\s*\)\s*(?:v|vs|versus)\b"
)
_RESULT_VERB = re.compile(
    r"\b(?:beat|beats|defeated|drew|draw|lost|thrashed|edged|routed|"
    r"hammered|trounced|overcame|held|hosts?|against|versus|vs|v)\.?\s*(?:the\s+)?$"
    r"|^\s+(?:beat|beats|defeated|drew|lost|thrashed|edged|routed|"
    r"hammered|trounced|overcame|held|won|v|vs|versus)\b"
    r"|^\s*\(\s*\d{1,2}\s*\)\s*(?:v|vs|versus)\b"
)
# "Dorrow captain Ian Marr", "Marr ( Dorrow )", "Dorrow have": a club or party.
_MEMBER_ROLE_AFTER = re.compile(
    r"^\s+(?:[a-z]+\s+)?(?:captain|defender|striker|midfielder|goalkeeper|keeper|coach|manager|"
    r"forward|winger|chairman|boss|player|players|spokesman|spokeswoman|president|owner|"
    r"fans|supporters|side|squad)\b"
)
_AFFILIATION = (re.compile(r"[A-Z][\w'’-]+\s*\(\s*$"), re.compile(r"^\s*[,)]"))
_PLURAL_VERB_AFTER = re.compile(r"^\s+(?:have|are|were|play|face|host|need|lead|trail)\b")
_LOCATIVE_WORDS = (
    r"(?:\b(?i:in|at|near|outside|across|towards?)|\b(?:city|capital|town|village|port|"
    r"province|region|district|island|county|state|parish|borough)(?:\s+of)?"
    # "40 miles south-west of Calder", "north of Dorrow"
    r"|\b(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of)\s+(?:the\s+)?"
)
# The words, then the names of a list before this one ("in Dorrow, Vask and ").
_LOCATIVE_BEFORE = re.compile(
    _LOCATIVE_WORDS + r"(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s*(?:,|\band\b|\bor\b)\s*)*$"
)
_RIGHT_AFTER_LOCATIVE = re.compile(_LOCATIVE_WORDS + "$")
# The place a body is of, at the end of its name: "Rowing Club of Dorrow", "University of
# Vask", "the Harbour Board of Port Calder" (not "the club of Dorrow", a club).
_BODY_OF_BEFORE = re.compile(
    r"\b(?:"
    + "|".join(sorted((re.escape(w.capitalize()) for w in ORG_WORDS), key=len, reverse=True))
    + r")\s+of\s+$"
)
# "Dorrow airport", "his Dorrow constituency"; "DORROW 2031-05-02", "DORROW , Portugal
# 2031-05-02" (a dateline names the place a story was filed from).
_PLACE_NOUN_AFTER = re.compile(
    r"^\s+(?:airport|city|province|region|district|county|island|river|harbour|harbor|"
    r"constituency|town|village|suburb|neighbourhood|neighborhood|area|"
    r"daily|newspaper|weekly)\b"  # "the Lisbon daily Correio Nacional": where the paper is
    r"|^\s*(?:,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*\s+)?\d{4}-\d{2}-\d{2}\b"
)
# Where a score card puts a player: "c Daley b Harlan", "Ivo Tembe b Harlan 2",
# "( Okoro 45 , Mensah 77 )" (scorers and the minute of each goal), "Dorrow : 1 - Ivo
# Tembe , 2 - ..." (a line-up).
_PLAYER_BEFORE = re.compile(
    r"(?:^|\s)(?:c|b|st|lbw|c and b)\s+$"
    r"|(?:^|[\s:,])\d{1,2}\s+-\s+$"  # a line-up's shirt number: "Japan : 1 - Ken Sato ,"
)
_PLAYER_AFTER = re.compile(r"^\s+(?:c|b|st|lbw|run out|not out|retired)\s")
_SCORER = (
    re.compile(r"[(,:]\s*$|\s-\s+$"),  # "Scorers : Okoro 45", "Dorrow - Okoro 45"
    re.compile(r"^\s+\d{1,3}(?:st|nd|rd|th)?(?:\s+(?:pen|penalty|own goal))?\s*(?:[,).;]|\n|$)"),
)
# The last scorer of a line that a plain-text reader joined to the next: "Okoro 45 ,
# Mensah 90 Attendance : 2,000"; read so only for a name tagged as a person's, and not
# where a score follows the next name too ("Dorrow 4 Vask Rovers 1": a result).
_LAST_SCORER_AFTER = re.compile(r"^\s+\d{1,3}(?:st|nd|rd|th)?(?=\s+[A-Z][a-z])")
_SCORED_NAME = re.compile(r"^(?:\s+[A-Z][\w'’.-]*)+\s*\d")
_POSSESSIVE_AFTER = re.compile(r"^\s*['’]")
# Words that only sport reports use often; three different ones make a sport report.
SPORT_WORDS = terms(
    """
    goal, goals, scored, scorer, scorers, striker, midfielder, defender, goalkeeper,
    halftime, half-time, innings, wicket, wickets, batsman, bowler, quarterback, touchdown,
    touchdowns, playoff, playoffs, standings, fixture, fixtures, referee, penalty, league,
    championship, coach, soccer, rugby, cricket, basketball, hockey, tennis, golf, baseball,
    football, squad, tournament, club, match, matches, season, semifinal, semi-final,
    quarter-final, quarterfinal, title-holders, relegation, promoted, unbeaten
    """
)
SPORT_REPORT_WORDS = 3  # set by reading, not tuned: one or two occur in other news
# A sport named in the headline ("SOCCER - DORROW HOLD VASK") makes a sport report too.
SPORTS = terms(
    """
    soccer, football, cricket, rugby, tennis, golf, basketball, hockey, baseball, squash,
    athletics, cycling, boxing, skiing, rowing, sailing, motor racing, formula one, nfl, nba,
    nhl, ncaa, badminton, volleyball, handball, swimming, skating, judo, wrestling, snooker,
    darts, fencing, triathlon, equestrian
    """
)
_WORD = re.compile(r"[a-z]+(?:-[a-z]+)?")


def is_team(text: str, mentions: Sequence[Mention]) -> bool:
    """Whether the mentions read like a team's: scores, results, members, plural verbs."""
    scored = sum(bool(_SCORE_AFTER.match(text[m.end : m.end + 30])) for m in mentions)
    played = sum(
        bool(
            _RESULT_VERB.search(text[max(0, m.start - 20) : m.start])
            or _RESULT_VERB.match(text[m.end : m.end + 20])
        )
        for m in mentions
    )
    member = sum(
        bool(
            _MEMBER_ROLE_AFTER.match(text[m.end : m.end + 30])
            or _PLURAL_VERB_AFTER.match(text[m.end : m.end + 12])
            or (
                _AFFILIATION[0].search(text[max(0, m.start - 30) : m.start])
                and _AFFILIATION[1].match(text[m.end : m.end + 5])
            )
        )
        for m in mentions
    )
    return (
        2 * scored >= len(mentions)
        or played >= 2
        or bool(scored and played)
        or 3 * member >= len(mentions)
    )


def is_player(text: str, mentions: Sequence[Mention]) -> bool:
    """Whether a mention stands where a score card names a player (see ``_PLAYER_*``)."""
    return any(
        _PLAYER_BEFORE.search(text[max(0, m.start - 8) : m.start])
        or _PLAYER_AFTER.match(text[m.end : m.end + 12])
        or (
            _SCORER[0].search(text[max(0, m.start - 4) : m.start])
            and (
                _SCORER[1].match(text[m.end : m.end + 20])
                or (m.label == "PERSON" and _last_scorer(text[m.end : m.end + 60]))
            )
        )
        for m in mentions
    )


def _last_scorer(after: str) -> bool:
    """Whether a minute, then a name with no score of its own, follows (see above)."""
    minute = _LAST_SCORER_AFTER.match(after)
    return minute is not None and not _SCORED_NAME.match(after[minute.end() :])


# "The Dorrow crowd", "the Vask public": a place naming a noun after it, after "the".
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
_NOUN_AFTER = re.compile(r"^\s+([a-z]+)\b")
_NOT_NOUNS = terms(
    """
    and, or, but, nor, of, in, on, at, to, for, with, by, from, as, is, are, was, were, be,
    been, have, has, had, will, would, can, could, may, might, must, should, who, which,
    that, whose, where, when, while, said, says
    """
)


def is_attributive(text: str, mentions: Sequence[Mention]) -> bool:
    """Whether every mention describes the noun after it ("the Dorrow crowd"), where the
    noun is not a team's member or side ("the Dorrow captain", "the Dorrow fans")."""
    for m in mentions:
        after = text[m.end : m.end + 30]
        noun = _NOUN_AFTER.match(after)
        if (
            not _THE_BEFORE.search(text[max(0, m.start - 5) : m.start])
            or not noun
            or noun.group(1) in _NOT_NOUNS
            or _MEMBER_ROLE_AFTER.match(after)
        ):
            return False
    return bool(mentions)


def listed_after_locative(text: str, mentions: Sequence[Mention]) -> bool:
    """Whether every mention that stands where a place does stands only as a later item
    of a list after "in" ("a quartet of Americans in Jordan Spieth, Patrick Reed, Rickie
    Fowler and ..."), never right after the word or with a place's noun."""
    for m in mentions:
        before = text[max(0, m.start - 60) : m.start]
        if _RIGHT_AFTER_LOCATIVE.search(before) or _PLACE_NOUN_AFTER.match(
            text[m.end : m.end + 40]
        ):
            return False
    return True


def is_located(text: str, mentions: Sequence[Mention]) -> bool:
    """Whether most mentions stand where a place does: "in Dorrow", "at Vask", "the
    capital Port Amber", "Dorrow airport"."""
    located = sum(
        bool(
            (
                _LOCATIVE_BEFORE.search(text[max(0, m.start - 60) : m.start])
                and not _POSSESSIVE_AFTER.match(text[m.end : m.end + 3])
            )
            or _PLACE_NOUN_AFTER.match(text[m.end : m.end + 40])
            or _BODY_OF_BEFORE.search(text[max(0, m.start - 30) : m.start])
        )
        for m in mentions
    )
    # "At least half" (not "most") was chosen on the development data: a city named once
    # as where something happened and once in passing is more often a place than not.
    return 2 * located >= len(mentions)


def is_sports_report(title: str, text: str) -> bool:
    """Whether an article reports sport: it uses several words only sport reports use."""
    # "FREESTYLE SKIING-WORLD CUP": a headline's words joined by a hyphen count apart.
    # Only where the wire puts it, leading the headline ("GOLF - ...", "NFL AMERICAN
    # FOOTBALL-..."): "Family of murdered baseball player ..." is not a sport report.
    leading = re.match(r"^\W*([A-Za-z]+(?: [A-Za-z]+)?)", title)
    if leading and set(re.findall(r"[a-z]+", leading.group(1).lower())) & SPORTS:
        return True
    words = set(_WORD.findall(f"{title} {text[:4000]}".lower()))
    return len(words & SPORT_WORDS) >= SPORT_REPORT_WORDS
