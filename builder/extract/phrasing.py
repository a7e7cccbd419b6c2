"""Phrasing: an embedded statement turned into a real question.

"whether the council will reverse the decision" becomes "Will the council reverse the
decision?", "how much it paid" becomes "How much did it pay?" (the verb's base form comes
from the pipeline's lemma tables), "whether that assessment still reflects conditions"
becomes "Does the 2014 assessment still reflect conditions?". A statement that cannot be
turned into a clean, stand-alone question gives None rather than a copy of itself.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from builder.extract.nlp import is_common_word, is_past, verb_base

MAX_SUBJECT_WORDS = 10
MAX_QUESTION_WORDS = 20

# Called with a pronoun ("she"), a possessive ("its") or a demonstrative phrase ("that
# promise"); returns what stands in its place, or None when nothing safely does.
Resolver = Callable[[str], str | None]

MODALS = frozenset({"will", "would", "can", "could", "shall", "should", "may", "might", "must"})
BE = frozenset({"is", "are", "was", "were"})
HAVE = frozenset({"has", "have", "had"})
DO = frozenset({"does", "do", "did"})
AUX = MODALS | BE | HAVE | DO
PRONOUNS = frozenset({"he", "she", "it", "they"})
POSSESSIVES = frozenset({"its", "his", "her", "their"})
DEMONSTRATIVES = frozenset({"that", "this", "those", "these"})
# Adverbs that sit between a subject and its verb: "the board still needs", "has also not".
ADVERBS = frozenset(
    {"still", "already", "also", "not", "never", "yet", "ever", "really", "actually", "only"}
    | {"even", "now", "eventually", "ultimately", "first", "finally", "again", "further"}
)
SUBJECT_START = frozenset(
    {"the", "a", "an", "it", "he", "she", "they", "we", "i", "you", "its", "his", "her"}
    | {"their", "this", "that", "these", "those", "our", "any", "such", "some", "all", "both"}
    | {"no", "each", "every", "either", "neither"}
)
_LOWER_FIRST = SUBJECT_START | {"there"}
WH_WORDS = frozenset({"how", "what", "who", "which", "where", "when", "why"})
PREPOSITIONS = frozenset(
    {"in", "of", "outside", "inside", "at", "on", "from", "for", "with", "by", "to", "across"}
    | {"near", "within", "among", "over", "under", "into", "about", "after", "before"}
)
_CLAUSE_END = re.compile(
    r"\s*(?:[;:—–(]|\s-\s|,\s*(?:said|says|according|officials|sources|he said|she said|"
    r"they said|but|and|which|as|although|though|while|amid|after|since|with|so|because|"
    r"even|given|despite|a (?:move|decision|step|question|request|claim)|an? \w+ that|"
    r"[a-z]+ing)\b|,\s+(?:[\w'’]+\s+){1,3}(?:said|says|added|told)\b|"
    r"\s+and\s+(?:had|has|have|was|is|were|would|will|did|could|to)\b|\s+but\s+|"
    r",?\s+(?:or|and)\s+(?:whether|if|how|what|who|when|why|where|which)\b|"
    r",\s+(?:not|is|are|was|were|has|have|had|will|would)\b|"
    # "said Pryce would step down and that Ruth Kamara would ...": a second reported clause.
    r",?\s+and\s+that\s+(?=[A-Z]|(?:the|a|an|it|he|she|they|its|his|her|their)\b)|"
    r"\bor not\b|\.\s*$|\.[\"”’']|,?\s*[\"“”]|,\s*[’']|(?<!\w)[’']|[’'](?!\w))"
)
_OPENING_SINGLE = re.compile(r"(?<!\w)['‘]")
_LOOSE = frozenset({"from", "of", "about", "on", "to", "in"})
_ADJUNCT_START = frozenset(
    {"before", "after", "when", "while", "because", "since", "until", "once", "unless"}
    | {"so", "though", "although", "which", "who", "whose", "where", "as"}
)
_PARENTHETICAL = re.compile(
    r",\s+(?:if any|in turn|however|for example|in part|at least|so far|for now|"
    r"(?:which|who|whose)\b[^,]{2,120}),"
)


_EDGE_PUNCTUATION = re.compile(r"^[^\w]+|[^\w]+$")


def bare(word: str) -> str:
    """A word without surrounding punctuation, lower-cased."""
    return _EDGE_PUNCTUATION.sub("", word).lower()


def cut_clause(text: str) -> str:
    """The clause up to the first break (attribution, conjunction, semicolon, end)."""
    text = _PARENTHETICAL.sub("", text)
    match = _CLAUSE_END.search(text)
    # "most state agencies' budgets": a plural's possessive, where no single quotation is
    # open, is no closing quotation mark.
    while match and _possessive_mark(text, match):
        match = _CLAUSE_END.search(text, match.end())
    clause = text[: match.start()] if match else text
    return clause.strip().rstrip(".,;:!?\"”’'")


def _possessive_mark(text: str, match: re.Match[str]) -> bool:
    """Whether a clause end found at an apostrophe is a plural's possessive ("agencies'
    budgets") rather than a closing quotation mark."""
    at = match.start()
    return (
        match.group(0) in {"'", "’"}
        and at > 0
        and text[at - 1] in "sS"
        and re.match(r"\s+[a-z]", text[at + 1 :]) is not None
        and not _OPENING_SINGLE.search(text, 0, at)
    )


def lower_first(words: list[str]) -> list[str]:
    """Lower-case a sentence's first word when it is not a name ("Financial terms")."""
    first = words[0] if words else ""
    # A capital-only word is an acronym ("UN"), but "A" opens a sentence.
    if not first or not first[0].isupper() or first == "I" or (first.isupper() and len(first) > 1):
        return words
    # A plural the lemma tables know only in the singular ("Officials", "Taxpayers").
    common = (
        is_common_word(first)
        or (
            (first.endswith("s") and not first.endswith("ss") and is_common_word(first[:-1]))
            # "Bosses", "Witnesses": a plural in "-es".
            or (first.endswith("ses") and is_common_word(first[:-2]))
        )
    )
    if first.lower() in _LOWER_FIRST or (
        common and not (len(words) > 1 and words[1][:1].isupper())
    ):
        return [first.lower(), *words[1:]]
    return words


def is_verb(word: str) -> bool:
    """Whether a word is an inflected verb ("announced", "reflects"), not an "-ing" form."""
    b = bare(word)
    return (
        bool(b)
        and word[0].islower()
        and b.isalpha()
        and not b.endswith("ing")
        and verb_base(b) is not None
    )


def is_base_verb(word: str) -> bool:
    """Whether a word is a verb's base form ("order", "build", "exist"): the lemma tables
    know it as a verb when its "-s" form leads back to it."""
    if not (word.isalpha() and word.islower()) or verb_base(word) is not None:
        return False
    return any(verb_base(word + ending) == word for ending in ("s", "es"))


def finish(words: list[str]) -> str | None:
    """Words joined into a question: capitalised, no quotes, at most MAX_QUESTION_WORDS.

    A long question loses its trailing adjunct ("... before and after hackers stole ...")
    and a dangling "from it" at its end.
    """
    words = [w for w in words if w]
    if len(words) > 2 and bare(words[-1]) in {"it", "them"} and bare(words[-2]) in _LOOSE:
        words = words[:-2]
    while len(words) > MAX_QUESTION_WORDS:
        cuts = [
            i
            for i in range(6, len(words))
            if bare(words[i]) in _ADJUNCT_START or words[i - 1].endswith(",")
        ]
        if not cuts:
            return None
        words = words[: cuts[-1]]
        # "... at the meeting, ten days [before the vote]": the aside goes with its adjunct.
        aside = [j for j in range(max(6, len(words) - 3), len(words)) if words[j].endswith(",")]
        if aside:
            words = words[: aside[0] + 1]
        while words and bare(words[-1]) in _ADJUNCT_START | {"and", "or"}:
            words = words[:-1]
    if len(words) < 3:
        return None
    text = " ".join(words).rstrip(" ,;:.-–—")
    text = re.sub(r"\s+,", ",", text)
    text = text[0].upper() + text[1:]
    # A wh-question may end in its preposition ("How will it be paid for?"); others not.
    stranded = PREPOSITIONS if bare(words[0]) not in WH_WORDS else set()
    if re.search(r"[\"“”()]", text) or bare(words[-1]) in {*stranded, "the", "a", "an", "and"}:
        return None
    return text + "?"


def standalone_subject(subject: list[str], resolve: Resolver) -> list[str] | None:
    """A subject that stands on its own: pronouns, possessives, "that X" resolved.

    None when a personal pronoun cannot be resolved: the question would dangle.
    """
    if not subject:
        return subject
    first = subject[0].lower()
    if len(subject) == 1 and first in PRONOUNS:
        name = resolve(first)
        return [name] if name else None
    if first in POSSESSIVES:
        owner = resolve(first)
        return [owner or "the", *subject[1:]]
    if first in DEMONSTRATIVES and len(subject) > 1:
        head = 1
        while head < len(subject) - 1 and bare(subject[head]) == subject[head].lower():
            if bare(subject[head + 1]) in PREPOSITIONS:
                break
            head += 1
        phrase = resolve(" ".join([first, *(bare(w) for w in subject[1 : head + 1])]))
        return [*(phrase or "the " + " ".join(subject[1 : head + 1])).split(), *subject[head + 1 :]]
    return subject


# Wh-words that ask about a reason, a time or a place: never part of the subject, so the
# words after them ("why so many people have ...") are the subject's, not theirs.
_ADVERBIAL_WH = frozenset({"why", "when", "where"})


def _finite_verb(words: list[str], start: int) -> int | None:
    # An auxiliary or a past form first; a present "-s" form only failing those
    # ("whether the talks have failed": "talks" is the subject, not the verb), and a
    # base form after a plural noun ("whether such records exist") last.
    for i in range(start, len(words)):
        b = bare(words[i])
        if b in AUX or (is_verb(words[i]) and is_past(b)):
            return i
    for i in range(start, len(words)):
        if is_verb(words[i]) and bare(words[i]).endswith("s"):
            after = bare(words[i + 1]) if i + 1 < len(words) else ""
            if i > start and is_base_verb(after) and after not in PREPOSITIONS | {"a", "the"}:
                return i + 1
            return i
    return None


def question_from_clause(wh: str, clause: str, resolve: Resolver) -> str | None:
    """Turn an embedded clause into a question: ("whether", "the council will reverse it")
    → "Will the council reverse it?"; ("how much", "it paid") → "How much did it pay?"."""
    words = cut_clause(clause).split()
    wh = wh.lower()
    lead: list[str] = [] if wh in {"whether", "if"} else wh.split()
    start = 0
    if lead and lead[0] not in _ADVERBIAL_WH:
        # "how much money it raised": the wh-phrase runs up to the subject or the verb.
        while start < len(words) and start < 5:
            word = words[start]
            after_preposition = start > 0 and bare(words[start - 1]) in PREPOSITIONS
            # "which shops could close": the noun after a wh-determiner is the wh-phrase's.
            wh_noun = (
                start == 0
                and lead[-1] in {"which", "what", "whose", "many", "much"}
                and word.islower()
                and start + 1 < len(words)
                and bare(words[start + 1]) in AUX
            )
            if not wh_noun and (
                ((bare(word) in SUBJECT_START or word[0].isupper()) and not after_preposition)
                or bare(word) in AUX
                or is_verb(word)
            ):
                break
            lead.append(word)
            start += 1
    index = _finite_verb(words, start)
    if index is None:
        return None
    subject = lower_first(words[start:index])
    adverbs: list[str] = []
    while subject and bare(subject[-1]) in ADVERBS and len(subject) > 1:
        adverbs.insert(0, subject.pop())
    verb = bare(words[index])
    rest = words[index + 1 :]
    if len(subject) > MAX_SUBJECT_WORDS:
        return None
    if not subject:
        # The wh-phrase is the subject ("who will lead the party"): keep the order.
        return finish(lead + words[index:]) if lead else None
    fixed = standalone_subject(subject, resolve)
    if fixed is None:
        return None
    subject = fixed
    if verb in MODALS or verb in BE or verb in DO:
        return finish([*lead, verb, *subject, *adverbs, *rest])
    if verb in HAVE and rest and (is_past(bare(rest[0])) or bare(rest[0]) in ADVERBS | {"been"}):
        return finish([*lead, verb, *subject, *adverbs, *rest])
    base = "have" if verb in HAVE else verb_base(verb)
    if base is None and is_base_verb(verb):
        return finish([*lead, "do", *subject, *adverbs, verb, *rest])
    if base is None:
        return None
    if verb in HAVE:
        helper = {"has": "does", "had": "did", "have": "do"}[verb]
    else:
        helper = "did" if is_past(verb) else "does" if verb.endswith("s") else "do"
    return finish([*lead, helper, *subject, *adverbs, base, *rest])


def will_question(subject: list[str], verb: str, rest: str, resolve: Resolver) -> str | None:
    """ "Will <subject> <verb> <rest>?" for a pending action, or None when it would dangle."""
    fixed = standalone_subject(lower_first(subject), resolve)
    if not fixed or len(fixed) > MAX_SUBJECT_WORDS:
        return None
    if any(bare(w) in AUX for w in fixed):
        return None  # "the department is contacting ...": a clause, not a subject
    return finish(["will", *fixed, verb, *cut_clause(rest).split()])


def _is_determiner(words: list[str], i: int) -> bool:
    """Whether ``words[i]`` ("that", "those", ...) is a determiner before a noun."""
    word = words[i].lower()
    head = bare(words[i + 1]) if i + 1 < len(words) else ""
    after = bare(words[i + 2]) if i + 2 < len(words) else ""
    if (
        i == 0
        or word not in DEMONSTRATIVES
        or not (head.isalpha() and words[i + 1].islower())
        or head in AUX | SUBJECT_START | PREPOSITIONS | {"who", "which", "whom"}
    ):
        return False
    if word == "that" and bare(words[i - 1]) in {"true", "claim", "claims", "believe", "say"}:
        return False  # "Is it true that six ...": a conjunction
    if word in {"those", "these"}:
        # "three of those charged": a pronoun before a participle, not a determiner.
        return not (head.endswith("ed") and is_past(head) and bare(words[i - 1]) == "of")
    if i == 1 and bare(words[0]) in AUX:
        # Right after the opening auxiliary: "Does that promise cover ...?" (a noun, then
        # the verb), not "Will this happen?" or "Does that mean ...?" (a pronoun).
        return bool(after) and (after in AUX or is_verb(after) or is_base_verb(after))
    if is_base_verb(head) and not head.endswith("s"):
        return False  # "... this happen": a pronoun
    # Elsewhere "that" may be a conjunction ("true that fishers were paid"); a noun that
    # ends its phrase makes it a determiner.
    ends = not after or after in PREPOSITIONS or words[i + 1].endswith(",")
    return ends and (word == "this" or not is_verb(head))


def resolve_demonstratives(question: str, resolve: Resolver) -> str:
    """ "Who would set those thresholds?" → "Who would set the agreed thresholds?";
    "Does that promise cover ...?" → "Does the governor's promise cover ...?"."""
    words = question.rstrip("?").split()
    out: list[str] = []
    i = 0
    while i < len(words):
        if _is_determiner(words, i):
            word, head = words[i].lower(), bare(words[i + 1])
            phrase = (resolve(f"{word} {head}") or f"the {head}").split()
            phrase[-1] += words[i + 1][len(head) :]  # keep a trailing comma
            out.extend(phrase)
            i += 2
            continue
        out.append(words[i])
        i += 1
    return " ".join(out) + "?"
