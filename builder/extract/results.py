"""A side's result read from a score line of a results list (:mod:`builder.score_lines`).

A side named only there does nothing a parser can read, but the line says what it did:
"beat Hansa Rostock 2-0", "lost 0-2 to Schalke", "drew 2-2 with Bochum"; a player on a
draw's match line "beat Tom Hale 15-12 15-6" or "lost 12-15 6-15 to Chen Gang".
"""

from __future__ import annotations

import re

from builder.article import Article
from builder.extract.nlp import Mention
from builder.score_lines import RESULT_LINE, SCORE_LINE


def _line_of(article: Article, mention: Mention) -> tuple[str, int]:
    text = article.text
    start = text.rfind("\n", 0, mention.start) + 1
    end = text.find("\n", mention.end)
    return text[start : end if end >= 0 else len(text)], start


def result_of(article: Article, mention: Mention) -> str:
    """What the side named by ``mention`` did in the match its score line reports, or ""
    when the mention does not stand on such a line as one of its two sides."""
    line, start = _line_of(article, mention)
    match = SCORE_LINE.match(line)
    if match is None:
        return ""
    span = (mention.start - start, mention.end - start)
    if span == match.span(1):
        rival, own_score, other_score = match[3], match[2], match[4]
    elif span == match.span(3):
        rival, own_score, other_score = match[1], match[4], match[2]
    else:
        return ""
    score = f"{own_score}-{other_score}"
    if int(own_score) > int(other_score):
        return f"beat {rival} {score}"
    if int(own_score) < int(other_score):
        return f"lost {score} to {rival}"
    return f"drew {score} with {rival}"


def on_match_line(article: Article, mention: Mention) -> bool:
    """Whether the mention stands on a draw's match line: the parse of a list of them runs
    one line's loser into the next line's winner, so only the line says what was done."""
    return RESULT_LINE.match(_line_of(article, mention)[0]) is not None


def played_in(article: Article, mention: Mention) -> str:
    """What the player named by ``mention`` did on a draw's match line ("Chen Gang ( China
    ) beat Tom Hale ( Denmark ) 15-12 15-6"), or "" when he is not one of its two players
    (his country in brackets played nothing)."""
    line, start = _line_of(article, mention)
    match = RESULT_LINE.match(line)
    if match is None:
        return ""
    first, last = mention.start - start, mention.end - start
    games = match[5]
    if match.start(1) <= first and last <= match.end(1):
        return f"beat {match[3]} {games}"
    if match.start(3) <= first and last <= match.end(3):
        # The loser's games are the winner's turned round; a tie-break's points are his.
        turned = re.sub(r"(\d{1,2})-(\d{1,2})", r"\2-\1", re.sub(r" ?\( ?[\d-]+ ?\)", "", games))
        return f"lost {turned} to {match[1]}"
    return ""
