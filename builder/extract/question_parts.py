"""Parts the open-question rules share: rule priorities, the found-list type, the
reporting frame a subject sits behind ("Officials said that ..."), and the subject of the
clause a cue sits in."""

from __future__ import annotations

import re

from builder.extract.phrasing import AUX, bare, is_verb, lower_first

MAX_SUBJECT_WORDS = 10
UNCERTAIN, PENDING, INTENDED, FOLLOW_UP = 3, 2, 1, 0  # rule priorities

# A question with its rule's priority.
Found = list[tuple[int, str]]

REPORTING = re.compile(
    r"^.*\b(?:said|says|told|added|announced|warned|wrote)\s+(?:(?:[\w'’-]+\s+){0,5}?"
    r"that\s+)?(?=\S)",
    re.IGNORECASE,
)
DO_QUESTION = re.compile(r"^(?:Does|Do|Did)\s+")
DULL_VERBS = frozenset(
    {"be", "have", "not", "comply", "continue", "remain", "do", "make", "love", "like", "comment"}
)

# An aside set off by dashes inside a clause: "who the riders - both from the town -
# were".
DASH_ASIDE = re.compile(r"\s+[-–—]\s+[^-–—.;]{3,80}?\s+[-–—]\s+")


def main_subject(before: str) -> list[str] | None:
    """The subject of the clause a cue sits in: "Okafor said the board would meet"."""
    before = REPORTING.sub("", re.sub(r",[^,]{2,120},", "", before)).strip()
    words = before.split()
    end = next((i for i, w in enumerate(words) if bare(w) in AUX or is_verb(w)), len(words))
    subject = lower_first(words[:end])
    return subject if 0 < len(subject) <= MAX_SUBJECT_WORDS else None
