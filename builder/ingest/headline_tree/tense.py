"""Headline tense: the forms that write the news verb in the headline present."""

from __future__ import annotations

from typing import Any

from builder.extract.nlp import present_tense, verb_base
from builder.ingest.headline_tree.grammar import _PARTS, _base, _own_event, _subject, _words

_PLURAL_WORDS = _words("i you we they some many both few several most all others these those")


_MODALS = _words("will would can could may might must shall should")


# Verbs that only say a doing has begun or goes on: "begins planning" is "plans" in a
# headline, which has no room for when an action started.
_ASPECT = _words("begin start continue keep")


def _without_aspect(
    verb: Any, tokens: list[int], forms: dict[int, str], subject: Any | None
) -> dict[int, str]:
    """The forms that let the verb of what is begun or kept up carry the tense ("India
    began planning a mission" → "India plans mission"), when the news verb is in the
    headline present and what it governs is a kept "-ing" form."""
    if _base(verb) not in _ASPECT or verb.i not in forms or not forms[verb.i]:
        return {}
    doing = [c for c in verb.children if c.dep_ == "xcomp" and c.tag_ == "VBG" and c.i in tokens]
    if not doing or doing[0].i != verb.i + 1:
        return {}
    subject = subject if subject is not None else _subject(verb)
    plural = subject is not None and _is_plural(subject)
    form = _present(doing[0], plural)
    if verb.text[:1].isupper():
        form = form[:1].upper() + form[1:]
    return {verb.i: "", doing[0].i: form}


def _headline_forms(verb: Any, subject: Any | None = None) -> dict[int, str]:
    """The headline tense of the news verb, and of a subordinate clause that tells an
    event of its own ("while Calder Town have been fined" → "while Calder Town fined"):
    a headline writes both events the same way."""
    forms = _present_forms(verb, subject)
    for clause in verb.children:
        if clause.dep_ == "advcl" and _own_event(clause):
            forms.update(_present_forms(clause))
    return forms


def _present_forms(verb: Any, subject: Any | None = None) -> dict[int, str]:
    """Headline tense: "has denied" → "denies", "was shot" → "shot", "is investigating"
    → "investigates"; a modal ("will re-enter"), an infinitive, a participle and a
    negation are kept as they are."""
    auxiliaries = [c for c in verb.children if c.dep_ in {"aux", "auxpass"} and c.i < verb.i]
    if any(a.lower_ in _MODALS or a.lower_ == "to" for a in auxiliaries):
        return {}
    if verb.dep_ in {"acl", "relcl", "advcl", "pcomp", "xcomp"} and not auxiliaries:
        return {}  # "saying", "accused of", "to avoid": not a finite verb
    subject = subject if subject is not None else _subject(verb)
    plural = subject is not None and _is_plural(subject)
    if any(c.dep_ == "neg" for c in verb.children):
        if auxiliaries and auxiliaries[0].lower_ == "did":
            return {auxiliaries[0].i: "do" if plural else "does"}
        return {}
    if _base(verb) == "be" and any(
        c.dep_ in {"acomp", "attr"} and c.tag_ == "VBN" for c in verb.children
    ):
        return {verb.i: ""}  # "was gang-raped", parsed as "was" + adjective: "gang-raped"
    forms = {a.i: "" for a in auxiliaries}
    passive = any(
        a.dep_ == "auxpass" or (_base(a) == "be" and verb.tag_ == "VBN") for a in auxiliaries
    )
    if passive:
        return forms  # "was charged" → "charged"
    if verb.tag_ == "VBD" or (verb.tag_ in {"VBN", "VBG"} and auxiliaries):
        forms[verb.i] = _present(verb, plural)
    return forms


def _is_plural(subject: Any) -> bool:
    if any(c.dep_ == "conj" for c in subject.children):
        return True
    if subject.lower_ in _PARTS:
        # "a host of shops close": the verb agrees with what the measure is of.
        of = [c for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"]
        things = [c for p in of[:1] for c in p.children if c.dep_ == "pobj"]
        if things:
            return _is_plural(things[0])
    if subject.lower_ in _PLURAL_WORDS:
        return True  # "Some are fighting": some fight
    if subject.tag_ == "CD" and subject.lower_ not in {"one", "1"}:
        return True  # "More than 10,000 have died"
    return subject.tag_ in {"NNS", "NNPS"}


def _present(verb: Any, plural: bool) -> str:
    form = present_tense(verb_base(verb.lower_) or verb.lower_, plural=plural)
    return form[:1].upper() + form[1:] if verb.text[:1].isupper() else form
