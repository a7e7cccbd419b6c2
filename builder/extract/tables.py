"""Tables in running text: the names that head their rows, and the headings above them.

Results, standings and market reports set out a table as lines of one entry each: a
name, then its figures ("DORROW 12 7 6 77 76 30", "Vask Rovers 3 2 1 0 7"). A plain-text
reader joins a paragraph's lines, so a table reaches extraction as one run of names and
figures, and the tagger reads it poorly: it misses names in capitals, takes a city for a
place, and glues a row to the heading or the column labels before it ("CENTRAL DIVISION
W L T GF"). The shape settles it without the tagger:

- a *row* is a run of capitalised words followed by at least two cells of figures; its
  name is an entry of the table (a team, a company, a player);
- *column labels* are three or more short words in capitals in a row ("W L T GF GA PTS");
- a *heading* is the run of words in capitals just before the labels or the first row
  ("EASTERN CONFERENCE NORTHEAST DIVISION"): a heading is not an actor.

A table is at least :data:`MIN_ROWS` rows: one name before two numbers is as likely to be
a sentence ("Dorrow 2 Vask 1" in a report) as an entry.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from builder.extract.lexicon import terms

MIN_ROWS = 3
MAX_NAME_WORDS = 5
MIN_LABELS = 3
# A cell of figures: "12", "-3", "+0.25", ".778", "1/2", "1,234", "77-76", "3:05", "-".
_CELL = re.compile(r"^(?:[-+]?(?:\d[\d,]*(?:[.:/-]\d+)*|\.\d+)%?|-|\(|\))$")
_NUMBER = re.compile(r"\d")
_CAPITALISED = re.compile(r"^[A-Z][\w.'’&-]*$")
_LABEL = re.compile(r"^[A-Z]{1,4}\.?$")
_TOKEN = re.compile(r"\S+")
# Rows headed by a date or a period are a series of figures, not entries that act.
_PERIODS = terms(
    """
    jan, feb, mar, apr, may, jun, jul, aug, sep, sept, oct, nov, dec, january, february,
    march, april, june, july, august, september, october, november, december, mon, tue,
    wed, thu, fri, sat, sun, monday, tuesday, wednesday, thursday, friday, saturday,
    sunday, week, month, year, quarter, q1, q2, q3, q4, h1, h2, fy, total, totals,
    average
    """
)


@dataclass(frozen=True)
class Tables:
    """Where an article's tables name entries and where they put headings."""

    rows: tuple[tuple[int, int], ...] = ()  # character spans of the names heading rows
    headings: tuple[tuple[int, int], ...] = ()  # spans of headings and column labels

    def heads_row(self, start: int, end: int) -> bool:
        """Whether the span is the name that heads a row."""
        return any(a <= start and end <= b for a, b in self.rows)

    def in_heading(self, start: int, end: int) -> bool:
        """Whether the span overlaps a heading or a run of column labels."""
        return any(start < b and a < end for a, b in self.headings)


def _cells_after(tokens: list[tuple[int, int, str]], index: int) -> int:
    """How many cells of figures (brackets aside) follow from ``index``."""
    count = 0
    while index < len(tokens) and _CELL.match(tokens[index][2]):
        count += bool(_NUMBER.search(tokens[index][2])) or tokens[index][2] == "-"
        index += 1
    return count


def find_tables(text: str) -> Tables:
    """The rows and headings of the tables in an article's text."""
    tokens = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]
    rows: list[tuple[int, int]] = []
    headings: list[tuple[int, int]] = []
    i = 0
    while i < len(tokens):
        if not _CAPITALISED.match(tokens[i][2]):
            i += 1
            continue
        j = i
        while j < len(tokens) and _CAPITALISED.match(tokens[j][2]):
            j += 1
        if _cells_after(tokens, j) < 2:
            i = j
            continue
        # The capitalised run before the figures: heading, labels, then the row's name.
        run = list(range(i, j))
        label_end = None
        for k in range(len(run) - MIN_LABELS, -1, -1):
            window = run[k : k + MIN_LABELS]
            if all(_LABEL.match(tokens[t][2]) for t in window):
                label_end = window[-1] + 1
                break
        if label_end is not None:
            # Extend the labels to the end of their run; what follows names the row.
            while label_end < j and _LABEL.match(tokens[label_end][2]) and j - label_end > 1:
                label_end += 1
            if label_end > i:
                headings.append((tokens[i][0], tokens[label_end - 1][1]))
            name = run[run.index(label_end) :] if label_end < j else []
        else:
            name = run
        if len(name) > MAX_NAME_WORDS:
            # A heading in capitals before the first row: "NORTHEAST DIVISION HARTFORD".
            if all(tokens[t][2].isupper() for t in name):
                headings.append((tokens[name[0]][0], tokens[name[-MAX_NAME_WORDS - 1]][1]))
            name = name[-MAX_NAME_WORDS:]
        if name and tokens[name[0]][2].lower().rstrip(".") not in _PERIODS:
            rows.append((tokens[name[0]][0], tokens[name[-1]][1]))
        i = j
    if len(rows) < MIN_ROWS:
        return Tables()
    return Tables(tuple(rows), tuple(headings))
