"""Open questions: what the article leaves unresolved, rewritten as real questions.

Cues find the unresolved: uncertainty ("it remains unclear whether ..."), undisclosed
facts ("the terms were not disclosed"), pending decisions ("the board is expected to
vote ..."), awaited responses ("the ministry has yet to respond"), doubts and contested
claims ("she denied that ..."). The embedded statement is then turned into a question:
"whether the council will reverse the decision" becomes "Will the council reverse the
decision?", "how much it paid" becomes "How much did it pay?" (the verb's base form comes
from the pipeline's lemma tables). A statement that cannot be turned into a clean
question is skipped rather than copied.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from builder.article import Article
from builder.extract.nlp import is_common_word, is_past, verb_base
from builder.model import OpenQuestion

MAX_QUESTIONS = 5
MAX_SUBJECT_WORDS = 10
MAX_QUESTION_WORDS = 30

Resolver = Callable[[int, str], str | None]

_WH = r"whether|if|how much|how many|how long|how soon|how far|how|when|why|what|who|where|which"
_MODALS = frozenset({"will", "would", "can", "could", "shall", "should", "may", "might", "must"})
_BE = frozenset({"is", "are", "was", "were"})
_HAVE = frozenset({"has", "have", "had"})
_DO = frozenset({"does", "do", "did"})
_AUX = _MODALS | _BE | _HAVE | _DO
_SUBJECT_START = frozenset(
    {
        "the",
        "a",
        "an",
        "it",
        "he",
        "she",
        "they",
        "we",
        "i",
        "you",
        "its",
        "his",
        "her",
        "their",
        "this",
        "that",
        "these",
        "those",
        "our",
        "any",
        "such",
        "some",
        "all",
        "both",
    }
)
_LOWER_FIRST = _SUBJECT_START | {"there"}
_PREPOSITIONS = frozenset(
    {
        "in",
        "of",
        "outside",
        "inside",
        "at",
        "on",
        "from",
        "for",
        "with",
        "by",
        "to",
        "across",
        "near",
        "within",
        "among",
        "over",
        "under",
    }
)
_REPORTING = re.compile(
    r"^.*\b(?:said|says|told|added|announced|warned)\s+(?:that\s+)?", re.IGNORECASE
)
_CLAUSE_END = re.compile(
    r"\s*(?:[;:—–]|\s-\s|,\s*(?:said|says|according|officials|sources|he said|she said|"
    r"they said|but|and|which|as|although|though|while|amid|after|since|with|leaving|"
    r"adding|saying)\b|,\s+(?:[\w'’]+\s+){1,3}(?:said|says|added|told)\b|"
    r"\s+and\s+(?:had|has|have|was|is|were|would|will|did|could)\b|"
    r"\bor not\b|\.\s*$|\.[\"”’']|,\s*[\"”’'])"
)
_UNCERTAIN = re.compile(
    r"\b(?:unclear|uncertain|not (?:yet |immediately |entirely )?(?:clear|known|certain|"
    r"decided|determined|confirmed|settled)|unknown|to be seen|an open question|undecided|"
    r"no indication|no word|no decision|unsure|not sure|no clarity|questions? (?:remain|"
    r"persist|linger|hang|were raised|have been raised)|doubts? (?:remain|persist|linger|"
    r"grew|about|over|as to)|(?:did|does|would|could|will|has|have|had)\s*(?:not|n[’']t)\s+"
    r"(?:yet\s+)?(?:say|said|disclose|disclosed|reveal|revealed|specify|specified|confirm|"
    r"confirmed|explain|explained|indicate|indicated|decide|decided|determine|determined|"
    r"announce|announced|detail|detailed)|(?:declined|refused) to (?:say|disclose|reveal|"
    r"specify|confirm|explain|comment on|detail)|(?:is|are|was|were) (?:still )?"
    r"(?:considering|weighing|deciding|debating|reviewing|assessing|studying|examining)|"
    r"(?:will|would|must|to) (?:decide|determine|rule on)|wonder(?:s|ed|ing)?|"
    r"(?:asked|asking|questioned|questioning)|(?:still\s+)?(?:investigating|looking into|"
    r"trying to (?:establish|determine|find out)))"
    rf"\s+(?:on\s+|as to\s+|about\s+|over\s+|yet\s+)?({_WH})\s+(.+)",
    re.IGNORECASE,
)
_UNDISCLOSED = re.compile(
    r"^(?:The\s+|Its\s+|Their\s+)?((?:[\w'’-]+\s+){0,6}?[\w'’-]+)\s+(?:was|were|have|has|had)"
    r"\s+not\s+(?:been\s+)?(?:disclosed|revealed|released|made public|announced|published|"
    r"identified|named)\b",
)
_DECLINED_NOUN = re.compile(
    r"\b(?:declined|refused|would not|did not|didn['’]t|wouldn['’]t)\s+(?:to\s+)?"
    r"(disclose|reveal|give|release|name|identify|specify)\s+(?:the|its|his|her|their)\s+"
    r"([\w'’-]+(?:\s+(?:of\s+the\s+|of\s+)?[\w'’-]+){0,5}?)\s*(?:[,.;]|$|\s+(?:but|and|for|"
    r"because|citing))",
)
_PENDING = re.compile(
    r"^(?P<subject>.+?)\s+(?:is|are|was|were)\s+(?:still\s+)?(?:expected|due|scheduled|set|"
    r"poised|slated|likely|unlikely|to be asked)\s+to\s+(?P<verb>[a-z]+)\s+(?P<rest>.*)$|"
    r"^(?P<subject2>.+?)\s+(?:has|have|had)\s+(?:yet|still)\s+to\s+(?P<verb2>[a-z]+)"
    r"(?P<rest2>\s+.*)?$",
)
_CONTESTED = re.compile(
    r"^(?P<subject>.+?)\s+(?:has\s+|have\s+|had\s+)?(?:denied|denies|deny|disputed|disputes|"
    r"rejected|rejects|contested|contests|challenged|challenges)\s+(?:the\s+)?(?:claims?\s+|"
    r"allegations?\s+|accusations?\s+|reports?\s+|suggestions?\s+|assertions?\s+)?that\s+"
    r"(?P<clause>.+)$",
)
_BOILERPLATE = re.compile(
    r"\brequests? for comment\b|\bcomment(?:ed)? (?:on|for) this\b", re.IGNORECASE
)


def _words(text: str) -> list[str]:
    return text.split()


def _bare(word: str) -> str:
    return re.sub(r"^[^\w]+|[^\w]+$", "", word).lower()


def cut_clause(text: str) -> str:
    """The clause up to the first break (attribution, conjunction, semicolon, end)."""
    match = _CLAUSE_END.search(text)
    clause = text[: match.start()] if match else text
    return clause.strip().rstrip(".,;:!?\"”’'")


def _lower_first(words: list[str]) -> list[str]:
    """Lower-case a sentence's first word when it is not a name ("Financial terms")."""
    if not words or not words[0][0].isupper() or words[0] == "I" or words[0].isupper():
        return words
    first = words[0]
    if first.lower() in _LOWER_FIRST or (
        is_common_word(first) and not (len(words) > 1 and words[1][:1].isupper())
    ):
        return [first.lower(), *words[1:]]
    return words


def _is_verb(word: str) -> bool:
    bare = _bare(word)
    return bool(bare) and word[0].islower() and bare.isalpha() and verb_base(bare) is not None


def _finish(words: list[str]) -> str | None:
    words = [w for w in words if w]
    if len(words) < 3 or len(words) > MAX_QUESTION_WORDS:
        return None
    text = " ".join(words).rstrip(" ,;:.")
    text = text[0].upper() + text[1:]
    if re.search(r"[\"“”]", text):
        return None
    return text + "?"


def question_from_clause(wh: str, clause: str, resolve: Callable[[str], str | None]) -> str | None:
    """Turn an embedded clause into a question: ("whether", "the council will reverse it")
    → "Will the council reverse it?"; ("how much", "it paid") → "How much did it pay?"."""
    words = _words(cut_clause(clause))
    wh = wh.lower()
    lead: list[str] = [] if wh in {"whether", "if"} else wh.split()
    start = 0
    if lead:
        # "how much money it raised": the wh-phrase runs up to the subject or the verb.
        while start < len(words) and start < 5:
            word = words[start]
            after_preposition = start > 0 and _bare(words[start - 1]) in _PREPOSITIONS
            if (
                ((_bare(word) in _SUBJECT_START or word[0].isupper()) and not after_preposition)
                or _bare(word) in _AUX
                or _is_verb(word)
            ):
                break
            lead.append(word)
            start += 1
    # The finite verb: an auxiliary or a past form first; a present "-s" form only failing
    # those ("whether the talks have failed": "talks" is the subject, not the verb).
    index = next(
        (
            i
            for i in range(start, len(words))
            if _bare(words[i]) in _AUX or (_is_verb(words[i]) and is_past(_bare(words[i])))
        ),
        None,
    )
    if index is None:
        index = next(
            (
                i
                for i in range(start, len(words))
                if _is_verb(words[i]) and _bare(words[i]).endswith("s")
            ),
            None,
        )
    if index is None:
        return None
    subject = _lower_first(words[start:index])
    verb = _bare(words[index])
    rest = words[index + 1 :]
    if len(subject) > MAX_SUBJECT_WORDS:
        return None
    if len(subject) == 1 and subject[0].lower() in {"he", "she", "it"}:
        subject = [resolve(subject[0].lower()) or subject[0]]
    if not subject:
        # The wh-phrase is the subject ("who will lead the party"): keep the order.
        return _finish(lead + words[index:]) if lead else None
    if verb in _MODALS or verb in _BE or verb in _DO:
        return _finish([*lead, verb, *subject, *rest])
    if verb in _HAVE and rest and (is_past(_bare(rest[0])) or _bare(rest[0]) in {"been"}):
        return _finish([*lead, verb, *subject, *rest])
    base = "have" if verb in _HAVE else verb_base(verb)
    if base is None:
        return None
    if verb in {"has", "had", "have"}:
        helper = {"has": "does", "had": "did", "have": "do"}[verb]
    else:
        helper = "did" if is_past(verb) else "does" if verb.endswith("s") else "do"
    return _finish([*lead, helper, *subject, base, *rest])


def _subject_of(text: str) -> list[str] | None:
    chunk = re.split(r",\s+|\b(?:but|and|while|because)\s+", text)[-1].strip()
    chunk = _REPORTING.sub("", chunk)
    words = _lower_first(chunk.split())
    if not words or len(words) > MAX_SUBJECT_WORDS or re.search(r"[\"“”]", chunk):
        return None
    return words


def _pending(text: str, resolve: Callable[[str], str | None]) -> str | None:
    match = _PENDING.match(text)
    if not match:
        return None
    subject_text = match.group("subject") or match.group("subject2")
    verb = match.group("verb") or match.group("verb2")
    rest = match.group("rest") or match.group("rest2") or ""
    subject = _subject_of(subject_text)
    if not subject:
        return None
    if len(subject) == 1 and subject[0] in {"he", "she", "it"}:
        subject = [resolve(subject[0]) or subject[0]]
    return _finish(["will", *subject, verb, *_words(cut_clause(rest))])


def _undisclosed(text: str) -> str | None:
    match = _UNDISCLOSED.match(text)
    if match:
        noun = match.group(1)
        plural = bool(re.search(r"\b(?:were|have)\s+not\b", match.group(0)))
        words = _lower_first(noun.split())
        if words[0] not in {"the", "its", "their"}:
            words = ["the", *words]
        return _finish(["what", "are" if plural else "is", *words])
    match = _DECLINED_NOUN.search(text)
    if match:
        verb, noun = match.group(1), match.group(2)
        head_words: list[str] = []
        for word in noun.split():
            if word in _PREPOSITIONS or (head_words and is_past(word)):
                break
            head_words.append(word)
        head = head_words[-1] if head_words else noun.split()[0]
        plural = head.endswith("s") and not head.endswith("ss")
        asker = "who" if verb in {"name", "identify"} else "what"
        return _finish([asker, "are" if plural else "is", "the", *noun.split()])
    return None


def _contested(text: str) -> str | None:
    match = _CONTESTED.match(text)
    if not match or _subject_of(match.group("subject")) is None:
        return None
    clause = _words(cut_clause(match.group("clause")))
    return _finish(["is", "it", "true", "that", *clause])


def questions_for(text: str, resolve: Callable[[str], str | None]) -> list[str]:
    """The open questions a sentence raises: one per clause at most."""
    found: list[str] = []
    clauses = [
        text,
        *re.split(r",\s+and\s+|,\s+but\s+|;\s+|\s+and\s+(?=(?:had|has|have)\s+not)", text)[1:],
    ]
    for clause in clauses:
        question = question_for(clause.strip(), resolve)
        if question and question not in found:
            found.append(question)
    return found


def question_for(text: str, resolve: Callable[[str], str | None]) -> str | None:
    """The open question a sentence raises, or None when it raises none cleanly."""
    if _BOILERPLATE.search(text) or text.strip().startswith(('"', "“", "'", "‘")):
        return None
    match = _UNCERTAIN.search(text)
    if match:
        question = question_from_clause(match.group(1), match.group(2), resolve)
        if question:
            return question
    for finder in (_undisclosed, _contested):
        question = finder(text)
        if question:
            return question
    return _pending(text, resolve)


def find_questions(
    article: Article,
    people: Sequence[tuple[int, str]] = (),
    organizations: Sequence[tuple[int, str]] = (),
) -> list[OpenQuestion]:
    """Open questions in reading order. ``people`` and ``organizations`` list (sentence,
    name) pairs so "he"/"she" and "it" can name whom they stand for."""
    questions: list[OpenQuestion] = []
    seen: set[str] = set()
    for sentence in article.sentences:

        def resolve(pronoun: str, number: int = sentence.number) -> str | None:
            pool = people if pronoun in {"he", "she"} else organizations
            # Only a lone candidate from this sentence or the one before is safe.
            near = {name for at, name in pool if number - 1 <= at <= number}
            return near.pop() if len(near) == 1 else None

        for text in questions_for(sentence.text, resolve):
            if text.lower() not in seen and len(questions) < MAX_QUESTIONS:
                seen.add(text.lower())
                questions.append(OpenQuestion(text=text, evidence=[sentence.number]))
    return questions
