"""The score line of a results list: each match on a line of its own, the two sides
each followed by its score and sometimes by its scorers or the half-time score in
brackets ("Schalke 2 ( Max 30th ) Hansa Rostock 0"); and the match line of a draw, the
winner, "beat" and the loser, each with his country in brackets, then the games ("Chen
Gang ( China ) beat Tom Hale ( Denmark ) 15-12 15-6"). Ingest keeps such lines apart
(segmentation version 5), and a side named only there takes its result as its role."""

from __future__ import annotations

import re

# One side: a run of capitalised words (or ones in capitals), then its score, then what
# the wire adds in brackets.
_SIDE = r"([A-Z][\w.'’&-]*(?: [A-Z][\w.'’&-]*){0,3}) (\d{1,3})(?: \([^()\n]{0,120}\))?"
SCORE_LINE = re.compile(rf"^\s*{_SIDE} {_SIDE}\s*\.?\s*$")

# One player of a draw: a name (capitalised words, a particle between them), then his
# country or club in brackets.
_PARTICLE = r"(?:van|von|de|der|den|da|di|del|du|la|le|al|bin)"
_PLAYER = (
    rf"([A-Z][\w.'’-]*(?: (?:{_PARTICLE} )?[A-Z][\w.'’-]*){{0,4}})"
    r"(?: \( ?([^()\n]{1,40}?) ?\))?"
)
# Games or sets, a tie-break's points in brackets ("7-6 ( 7-4 )"), a retirement at the end.
_GAME = r"\d{1,2}-\d{1,2}(?: ?\( ?\d{1,2}(?:-\d{1,2})? ?\))?"
_GAMES = rf"({_GAME}(?:,? {_GAME}){{0,4}})(?: (?:retired|ret\.?|walkover))?"
RESULT_LINE = re.compile(
    rf"^\s*{_PLAYER} (?:beat|bt|def\.?|defeated|overcame) {_PLAYER} {_GAMES}\s*\.?\s*$"
)


def is_results_row(line: str) -> bool:
    """Whether a line is a score line or a draw's match line."""
    return bool(SCORE_LINE.match(line) or RESULT_LINE.match(line))
