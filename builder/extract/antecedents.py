"""Antecedents: whom "he", "it" and "its" stand for, and what "that promise" refers to.

Stakes and questions are read out of context, so a pronoun or a demonstrative left in
them dangles ("Does that promise cover the higher figure?"). The rules are the cautious
ones a copy editor applies: a pronoun takes the sentence's own subject when that is a
name, else the one actor of the right kind named just before it (in the same sentence or
the one before); "that promise" takes the nearest earlier "the governor's promise" or
"Governor Whitlock promised"; a possessive whose owner is unknown becomes "the". When no
rule is safe, the caller rephrases or drops the statement rather than guess.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from builder.extract.lexicon import PERSON_TITLES
from builder.extract.names import person_cue
from builder.extract.nlp import is_common_word
from builder.extract.phrasing import is_verb
from builder.model import Actor
from builder.sentences import Sentence

PERSON_PRONOUNS = frozenset({"he", "she", "him", "his", "her"})
THING_PRONOUNS = frozenset({"it", "its"})
DEMONSTRATIVES = frozenset({"that", "this", "those", "these"})
LOOKBACK = 3  # sentences searched for the noun a demonstrative points back to
CHAIN = 3  # sentences opening with one pronoun gone back through to find whom it names
# A sentence's opening subject: "The city", "Harlan Valley Health, which runs ..., has".
_SUBJECT_VERB = re.compile(
    r"^(?P<subject>(?:The|A|An)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+|"
    r"(?:[A-Z][\w'’.-]*\s+){0,5}[A-Z][\w.-]*(?:['’]s\s+[a-z]+)?)"
    # An aside may hold an apposition of its own ("The memo, edited by Ana Ruiz, the
    # agency's analyst, says").
    r"(?:(?:,[^,]{3,120}){1,2},)?\s+(?P<verb>[a-z]+)\b"
)
_SUBJECT_VERBS = frozenset(
    {"is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could"}
    | {"must", "may", "might", "did", "does", "do", "said", "says", "told", "declined"}
    | {"refused", "expects", "expected", "plans", "wants"}
)
_BY_BEFORE = re.compile(r"\b(?:by|asked|to|from|with)\s+$", re.IGNORECASE)


def sentence_subject(text: str) -> str | None:
    """The short subject a sentence opens with ("The city", "Harlan Valley Health"), if any."""
    match = _SUBJECT_VERB.match(text)
    if not match:
        return None
    subject, verb = match.group("subject"), match.group("verb")
    if verb not in _SUBJECT_VERBS and not (is_verb(verb) and verb.endswith(("s", "ed"))):
        return None
    first = subject.split()[0]
    if " " not in subject and verb not in _SUBJECT_VERBS and is_common_word(subject):
        return None  # "City engineers said": "City" is not the subject
    if first in {"It", "He", "She", "They", "We", "I", "This", "That", "There", "But", "And"}:
        return None
    if first in {"Its", "Their"}:
        return None
    return subject


@dataclass(frozen=True)
class _Name:
    short: str
    is_person: bool  # typed a person: "he" or "she" may stand for it
    is_thing: bool  # possibly an organisation or place: "it" may stand for it
    forms: tuple[str, ...]


class Antecedents:
    """Resolves pronouns, possessives and demonstratives in one article's sentences."""

    def __init__(self, sentences: Sequence[Sentence], actors: Sequence[Actor]) -> None:
        self.sentences = sentences
        names: list[_Name] = []
        for actor in actors:
            if actor.type == "group":
                continue
            # Someone also called by a surname alone is surely a person; a "person" the
            # recogniser typed without one ("Harlan Valley Health") may be an organisation.
            is_person = actor.type == "person"
            is_thing = not is_person or not actor.aliases
            # "the Duchess of Arlen" is never "Arlen": a name styled with a place stays whole.
            styled = " of " in actor.name
            short = actor.name.split()[-1] if is_person and not styled else actor.name
            forms = sorted({actor.name, *actor.aliases}, key=len, reverse=True)
            forms = [f for f in forms if len(f) > 2]
            names.append(_Name(short, is_person, is_thing, tuple(forms)))
        self._names = names
        self._patterns = {
            name.short: re.compile(r"\b(?:" + "|".join(re.escape(f) for f in name.forms) + r")\b")
            for name in names
        }

    def _mentions(
        self, number: int, person: bool, limit: int | None = None
    ) -> list[tuple[_Name, str]]:
        """Actors named in sentence ``number`` (before ``limit``), in order, each with the
        words that name it there ("the Merrion Department of Health")."""
        if not 1 <= number <= len(self.sentences):
            return []
        text = self.sentences[number - 1].text[:limit]
        found: list[tuple[int, _Name, str]] = []
        for name in self._names:
            if not (name.is_person if person else name.is_thing):
                continue
            for match in self._patterns[name.short].finditer(text):
                if not _BY_BEFORE.search(text[: match.start()]):
                    the = re.search(r"\bthe\s+$", text[: match.start()], re.IGNORECASE)
                    said = ("the " if the else "") + match.group(0)
                    surname = person and " " not in name.short
                    found.append((match.start(), name, name.short if surname else said))
                    break
        found.sort(key=lambda item: item[0])
        unique: list[tuple[_Name, str]] = []
        for _, name, said in found:
            if name.short not in {n.short for n, _ in unique}:
                unique.append((name, said))
        return unique

    def _thing_subject(self, number: int, strict: bool = False) -> str | None:
        """A sentence's subject when "it" can stand for it: a name or "the city". ``strict``
        also refuses any name typed a person (for a subject a sentence back)."""
        if not 1 <= number <= len(self.sentences):
            return None
        subject = sentence_subject(self.sentences[number - 1].text)
        if not subject or subject.split()[0].lower() in PERSON_TITLES:
            return None
        if any(
            (n.is_person if strict else not n.is_thing) and subject in n.forms for n in self._names
        ):
            return None
        if person_cue(subject) or any(
            n.is_person and subject.split()[-1] == n.short for n in self._names
        ):
            return None  # "Ahmed Omar", a brother of Guled Omar: someone left off the list
        return subject[0].lower() + subject[1:] if subject.startswith("The ") else subject

    def name_for(
        self, pronoun: str, number: int, position: int | None = None, chain: int = CHAIN
    ) -> str | None:
        """The name "he", "she" or "it" stands for in sentence ``number``, if it is safe;
        ``chain`` is how many sentences opening with the same pronoun may be gone back
        through."""
        pronoun = pronoun.lower()
        if pronoun not in PERSON_PRONOUNS | THING_PRONOUNS:
            return None
        person = pronoun in PERSON_PRONOUNS
        here = self._mentions(number, person, position)
        text = self.sentences[number - 1].text if 1 <= number <= len(self.sentences) else ""
        subject = sentence_subject(text)
        if not person:
            thing = self._thing_subject(number)
            if thing:
                return thing
            if subject and any(subject in n.forms for n in self._names):
                return None  # the subject is a person (or so typed): "it" is something else
        if here:
            if len(here) == 1 or (subject and subject in here[0][0].forms):
                return here[0][1]
            return None
        if number > 1:
            before = self._mentions(number - 1, person)
            if person and len(before) == 1:
                return before[0][1]
            if not person:
                thing = self._thing_subject(number - 1, strict=True)
                if thing:
                    return thing
            if chain and self._opens_with(number - 1, pronoun):
                # "He added: ... He said ...": a run of sentences opening with the same
                # pronoun speaks of one side; the first of them says which.
                return self.name_for(pronoun, number - 1, 0, chain - 1)
        return None

    def _opens_with(self, number: int, pronoun: str) -> bool:
        """Whether sentence ``number`` opens with ``pronoun`` ("He added: ...")."""
        text = self.sentences[number - 1].text
        return text[: len(pronoun) + 1].lower() == pronoun + " "

    def noun_for(self, head: str, number: int) -> str:
        """ "that promise" → the nearest earlier "the governor's promise", else "the promise"."""
        head_pattern = re.escape(head)
        stem = re.escape(head[:-1] if head.endswith("e") else head)
        noun = re.compile(
            r"\b(?P<det>(?:[A-Z][\w.-]*\s+){0,3}[\w-]+['’]s|the|a|an)\s+"
            r"(?P<mods>(?:[a-z][\w-]*\s+){0,2}?)" + head_pattern + r"\b"
        )
        verb = re.compile(
            r"\b(?P<who>(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*|the\s+[a-z]+)\s+(?:has\s+|had\s+)?"
            + stem
            + r"(?:ed|d)\b"
        )
        for back in range(number, max(number - LOOKBACK, 0) - 1, -1):
            if back < 1:
                break
            text = self.sentences[back - 1].text
            matches = list(noun.finditer(text))
            if matches:
                best = matches[-1]
                det = best.group("det")
                if det.lower() in {"a", "an", "the"}:
                    det = "the"
                elif det.startswith(("The ", "A ", "An ")):
                    det = "the " + det.split(" ", 1)[1]
                mods = best.group("mods").split()
                return " ".join([det, *[m for m in mods if m not in DEMONSTRATIVES], head])
            spoken = list(verb.finditer(text))
            if spoken:
                who = spoken[-1].group("who")
                if who.split()[0] in {"The", "It", "He", "She", "They", "But", "And"}:
                    who = "the " + " ".join(who.split()[1:]) if who.startswith("The ") else ""
                if who:
                    return f"{possessive(who)} {head}"
        return f"the {head}"


def possessive(name: str) -> str:
    """ "the port" → "the port's"; "the Commons" → "the Commons'"."""
    return name + ("'" if name.endswith("s") and name[-2:] != "ss" else "'s")
