"""The person a story's lead tells of before it names her.

A news lead often brings in its subject by what she is ("A 14-year-old Calder girl was
charged ...", "The father of a missing climber yesterday admitted ...") and names her in
the next sentence ("Ana Ruiz appeared in court ..."). :func:`lead_person` reads that
description from the lead, :func:`lead_description` and :func:`lead_referent` tell
whether a mention names the same person, and :func:`lead_act` gives what the lead says
she did, which is the story's news about her.
"""

from __future__ import annotations

from typing import Any

from builder.article import Article
from builder.extract.nlp import Mention, parsed, verb_base
from builder.extract.syntax import (
    _OBJECTS,
    _REPORTS,
    _SUBJECTS,
    _WHERE,
    _clause_of,
    _described,
    _noun_phrase,
    _span,
    is_role_noun,
)


def lead_description(article: Article, mention: Mention) -> str:
    """What the lead calls the person the next sentence names ("A 14-year-old Calder
    girl was charged ... . Ana Ruiz appeared in court ..." gives "14-year-old Calder
    girl"), as a news story brings in its subject before her name.

    Only when the name opens the sentence after the lead as the subject of what she
    does or undergoes there, or its owner ("Ana Ruiz's car was found"), not a report
    ("Ana Ruiz said ..." is a witness), and the lead tells of one person
    (:func:`lead_person`)."""
    sentences = article.sentences
    if mention.sentence != 2 or len(sentences) < 2:
        return ""
    opening = article.text[sentences[1].start : mention.start]
    if opening.strip(" \n\"“‘'"):
        return ""
    _, described = lead_person(article)
    found = _span(article, mention) if described else None
    if found is None:
        return ""
    root = found[1].root
    if root.dep_ == "poss":
        root = root.head
    verb = root.head
    if root.dep_ not in {"nsubj", "nsubjpass"} or verb.pos_ not in {"VERB", "AUX"}:
        return ""
    if (verb_base(verb.lower_) or verb.lower_) in _REPORTS:
        return ""
    return described


def lead_referent(article: Article, mention: Mention) -> str:
    """The lead's description of a person a later sentence names as the same one: "the
    boy, Tomas Ruiz," or "the boy, named as Tomas Ruiz," after "A 15-year-old Calder
    schoolboy was charged ..." gives "15-year-old Calder schoolboy". The noun after
    "the" is the lead's, or ends it ("boy" of "schoolboy"); "another man" is not."""
    if not 1 < mention.sentence <= _LEAD_REFERENT_SENTENCES:
        return ""
    head, described = lead_person(article)
    found = _span(article, mention) if head else None
    if found is None:
        return ""
    _, span = found
    root = span.root
    nouns = [c for c in root.children if c.dep_ == "appos" and c.i >= span.end]
    if root.dep_ == "appos" and root.head.i < span.start:
        nouns.append(root.head)  # "the boy, Tomas Ruiz,"
    named = root.head.head
    if root.dep_ == "pobj" and root.head.lower_ == "as" and named.dep_ == "acl":
        nouns.append(named.head)  # "the boy, named as Tomas Ruiz,"
    for noun in nouns:
        definite = any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)
        if noun.pos_ == "NOUN" and definite and head.endswith(noun.lower_):
            return described
    return ""


# The sentences after the lead that may name its person as the same one.
_LEAD_REFERENT_SENTENCES = 3


def lead_person(article: Article) -> tuple[str, str]:
    """The noun and the description of the one person the lead's subject tells of by a
    common noun ("A 14-year-old Calder girl was charged ..." gives ("girl", "14-year-old
    Calder girl")), when the lead names no one its other words act on; else ("", "").
    The lead is read only when it was parsed already (it names someone or something):
    no sentence is parsed for it."""
    found = _lead_subject(article)
    if found is None:
        return "", ""
    lead, noun = found
    described = _described(lead, _noun_phrase(noun))
    if not described or len(described.split()) > _MAX_LEAD_WORDS:
        return "", ""
    return noun.lower_, described


def lead_act(article: Article, budget: int) -> str:
    """What the lead says its person did or underwent ("admitted taking his daughter to
    a rally" from "The father of a missing girl yesterday admitted taking his daughter to
    a rally"), at most ``budget`` words; "" when the lead tells of no one person."""
    found = _lead_subject(article)
    if found is None:
        return ""
    lead, noun = found
    return _clause_of(lead, noun.head, noun.right_edge.i + 1, budget)


def _lead_subject(article: Article) -> tuple[Any, Any] | None:
    """The parsed lead and its subject when that is one person told of by a common noun
    after "a" or "an" ("A Calder girl"), or after "the" by her tie to someone new ("The
    father of a missing climber"), the lead naming no one else its words act on."""
    if not article.sentences:
        return None
    first = article.sentences[0]
    lead: Any = parsed(article.text[first.start : first.end])
    if lead is None:
        return None
    # The main clause's subject, or its report's when the lead ends on one ("A girl
    # conspired to ..., it emerged today").
    heads = [t for t in lead if t.dep_ == "ROOT"]
    heads += [c for h in heads for c in h.children if c.dep_ == "ccomp" and c.i < h.i]
    nouns = sorted((c for h in heads for c in h.children if c.dep_ in _SUBJECTS), key=lambda t: t.i)
    if not nouns or nouns[0].tag_ != "NN" or not is_role_noun(nouns[0].text):
        return None
    noun = nouns[0]
    if not any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in noun.children) and not (
        _anchored(noun)
    ):
        return None
    if any(
        t.pos_ == "PROPN"
        and t.dep_ in _SUBJECTS | _OBJECTS | {"pobj", "appos", "poss"}
        # "stabbed in Dorrow on Monday": where and when, not someone acted on.
        and not (t.dep_ == "pobj" and t.head.lower_ in _WHERE | {"on", "from"})
        for t in lead
    ):
        # "A man attacked Tomas Ruiz.": the next name may be either; "The mother of Ana
        # Ruiz said ...": the next sentence may name the daughter.
        return None
    return lead, noun


def _anchored(noun: Any) -> bool:
    """Whether "the" before the noun brings in someone new by a tie to someone new ("the
    father of a missing climber"), as "the harbour master", an office the reader knows
    of, does not."""
    return any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children) and any(
        c.dep_ == "prep"
        and c.lower_ == "of"
        and any(
            o.dep_ == "pobj"
            and any(d.dep_ == "det" and d.lower_ in {"a", "an"} for d in o.children)
            for o in c.children
        )
        for c in noun.children
    )


# A longer description in the lead is a clause about the person, not what she is.
_MAX_LEAD_WORDS = 8
