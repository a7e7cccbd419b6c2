"""Open questions across briefs: one question however many briefs of a story raised it.

Follow-up articles repeat what is still unknown, each in its own words ("Will the
authority's offer stand?", "Will the transport authority's offer still stand?"). A reader
wants each question once, with every brief that raised it and, once a brief answers it,
what the answer was. Pure functions over the collection's questions; deterministic.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from builder.model import Brief
from builder.site.collection import Question

# Two questions are one when they share at least three content words, which make most of
# the shorter one and a good part of both (tuned on the example briefs: "What will the
# attorney general's investigation conclude?" joins "...investigation find, and when?";
# "Who will pay for the new impact study?" stays apart from "Will the department order a
# new impact study?").
SHARED_WORDS = 3
OF_SHORTER = 0.6
OF_BOTH = 0.4
# Beyond this many questions in one story, only exact repeats are grouped (the pairwise
# comparison would cost more than it is worth on the one page that lists them).
NEAR_DUPLICATE_LIMIT = 2000

_WORD = re.compile(r"\w+")
_STOP = frozenset(
    "a an the of to in on at for by with and or but is are was were be been being will "
    "would shall should can could may might must do does did has have had it its this that "
    "these those there their they them he she his her who whom whose which what when where "
    "why how whether if than then so not no yet still ever".split()
)


@dataclass(frozen=True)
class QuestionGroup:
    """One question as a reader sees it: its wording, every raising, and its answer."""

    text: str  # the wording of its first raising
    raised: tuple[Question, ...]  # oldest first
    answered: Question | None  # the first raising marked answered (or answered by a brief)

    @property
    def is_open(self) -> bool:
        return self.answered is None

    @property
    def answered_in(self) -> Brief | None:
        return self.answered.answered_in if self.answered else None

    @property
    def answer(self) -> str:
        """What the answer was: the answering brief's summary sentence closest to the question."""
        brief = self.answered_in
        return answer_sentence(self.text, brief.summary) if brief and brief.summary else ""


def normalised(text: str) -> str:
    """The question's words, casefolded, without punctuation or typographic differences."""
    return " ".join(_WORD.findall(text.casefold().replace("’", "'")))


def content_words(text: str) -> frozenset[str]:
    """The words that carry a question's meaning, a plural 's' dropped."""
    words = _WORD.findall(text.casefold())
    return frozenset(
        w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w
        for w in words
        if len(w) > 1 and w not in _STOP
    )


_WH = frozenset("what who whom whose which when where why how".split())


def question_kind(text: str) -> str:
    """What a question asks for: its wh-word, or 'yes/no' ("Will...", "Had...").

    "Had the system been missing updates?" and "Who decided to postpone the updates?"
    share their words but not their kind: they are two questions.
    """
    first = next(iter(_WORD.findall(text.casefold())), "")
    return first if first in _WH else "yes/no"


def alike(a: frozenset[str], b: frozenset[str]) -> bool:
    """Near duplicates: enough content words shared, of the shorter and of both."""
    shared = len(a & b)
    return (
        shared >= SHARED_WORDS
        and shared >= OF_SHORTER * min(len(a), len(b))
        and shared >= OF_BOTH * len(a | b)
    )


def group_questions(questions: Sequence[Question], *, near: bool = True) -> list[QuestionGroup]:
    """``questions`` (oldest first) as groups, in the order each was first raised.

    Exact repeats (same words) always join; near duplicates join when ``near`` is set,
    which callers use within one story, where follow-ups repeat each other.
    """
    near = near and len(questions) <= NEAR_DUPLICATE_LIMIT
    members: list[list[Question]] = []
    exact: dict[str, int] = {}
    words: list[tuple[str, frozenset[str]]] = []
    for question in questions:
        text = question.question.text
        key = normalised(text)
        index = exact.get(key)
        mine = (question_kind(text), content_words(text)) if near else ("", frozenset())
        if index is None and near:
            # Two questions of one brief are two questions, however alike.
            index = next(
                (
                    i
                    for i, (kind, theirs) in enumerate(words)
                    if kind == mine[0]
                    and alike(mine[1], theirs)
                    and all(q.raised_in.id != question.raised_in.id for q in members[i])
                ),
                None,
            )
        if index is None:
            index = len(members)
            members.append([])
            words.append(mine)
        exact.setdefault(key, index)
        members[index].append(question)
    return [
        QuestionGroup(
            items[0].question.text,
            tuple(items),
            next((q for q in items if _answered(q)), None),
        )
        for items in members
    ]


def _answered(question: Question) -> bool:
    return question.answered_in is not None or question.question.status == "answered"


_SENTENCE_END = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"'”’)]))\s+")


def answer_sentence(question: str, summary: str) -> str:
    """The sentence of an answering brief's summary that speaks most to ``question``.

    The sentence sharing most content words with the question, the first one on a tie
    (summaries lead with what happened).
    """
    sentences = [s for s in _SENTENCE_END.split(summary.strip()) if s]
    if not sentences:
        return ""
    asked = content_words(question)
    return max(sentences, key=lambda s: len(asked & content_words(s)))
