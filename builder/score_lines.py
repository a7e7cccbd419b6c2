"""The score line of a results list: each match on a line of its own, the two sides
each followed by its score and sometimes by its scorers or the half-time score in
brackets ("Schalke 2 ( Max 30th ) Hansa Rostock 0"). Ingest keeps such lines apart
(segmentation version 5), and a side named only there takes its result as its role."""

from __future__ import annotations

import re

# One side: a run of capitalised words (or ones in capitals), then its score, then what
# the wire adds in brackets.
_SIDE = r"([A-Z][\w.'’&-]*(?: [A-Z][\w.'’&-]*){0,3}) (\d{1,3})(?: \([^()\n]{0,120}\))?"
SCORE_LINE = re.compile(rf"^\s*{_SIDE} {_SIDE}\s*\.?\s*$")
