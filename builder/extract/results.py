"""A side's result read from a score line of a results list (:mod:`builder.score_lines`).

A side named only there does nothing a parser can read, but the line says what it did:
"beat Hansa Rostock 2-0", "lost 0-2 to Schalke", "drew 2-2 with Bochum".
"""

from __future__ import annotations

from builder.article import Article
from builder.extract.nlp import Mention
from builder.score_lines import SCORE_LINE


def result_of(article: Article, mention: Mention) -> str:
    """What the side named by ``mention`` did in the match its score line reports, or ""
    when the mention does not stand on such a line as one of its two sides."""
    text = article.text
    start = text.rfind("\n", 0, mention.start) + 1
    end = text.find("\n", mention.end)
    line = text[start : end if end >= 0 else len(text)]
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
