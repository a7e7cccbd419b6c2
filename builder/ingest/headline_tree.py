"""A headline built from the dependency parse of a lead sentence.

A headline keeps the skeleton of the news clause and little else: who (the subject's
head noun with the words that name it), the main verb in the headline present ("has
denied" → "denies", "was charged" → "charged"), what it acts on, and the one or two
complements that say what the story is about. Everything a sub-editor strikes goes:
articles, time words, adverbs, relative and subordinate clauses, asides, appositions,
attributions. The parse gives those pieces by their grammatical role, so no word list of
topics is needed; the few lists here are closed classes of general English (articles,
reporting verbs, words of time).

The sentence is parsed by :func:`builder.extract.nlp.parse` (cached). Pieces are kept in
order of importance while the headline stays within :data:`MAX_WORDS`, then written in
the sentence's own word order, so the result is a compression of the sentence, never a
rewording of it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from builder.extract.nlp import parse, verb_base, verb_tables

MAX_WORDS = 14
MIN_WORDS = 3
ADULT_AGE = 18


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})
_OBJECTS = frozenset({"dobj", "dative", "attr", "oprd", "acomp"})
_ARTICLES = frozenset({"a", "an", "the"})
# Function words a headline cannot end on (it would stop mid-phrase).
DANGLING = _words(
    """a an the of to and or but nor in on at by for from with into onto over under about
    after before until than that which who whom whose when where while if because so as
    its his her their our my your this these those is are was were be been being has have
    had do does did will would could can may might must should shall not no also very per
    via among between against during without within across toward towards upon including
    like said says told"""
)
# Reporting verbs: when the report comes after what is reported ("X happened, police
# said"), the news is the reported clause.
_REPORTING = _words(
    """say tell claim report announce confirm reveal state add insist allege warn admit
    suggest indicate write note explain emerge"""
)
# Words of time: a headline does not say when ("on Thursday", "last night").
_TIME = _words(
    """monday tuesday wednesday thursday friday saturday sunday today yesterday tonight
    tomorrow morning afternoon evening night overnight week weekend month year day hour
    hours days weeks months years ago earlier later recently now currently january
    february march april may june july august september october november december
    weekday time"""
)
# A study or a survey reports what it found: "X, a survey has found" is news about X.
_FINDINGS = _words("find show")
_PRONOUNS = _words("i you he she it we they this that these those there here one someone who what")
# Pronouns that never head a headline, even the last one tried: "it should come" refers
# back to nothing a reader has seen.
_EMPTY = _words("it this that there here")
_IRREGULAR_PRESENT = {"be": ("is", "are"), "have": ("has", "have"), "do": ("does", "do")}
# Adjectives that change who is meant ("former director", "alleged gunman"): never colour.
_STATUS = _words("former ex late alleged suspected acting interim would-be self-styled so-called")
# Ordinals say which one ("third round", "second referendum"): never colour.
_ORDINALS = _words("first second third fourth fifth sixth seventh eighth ninth tenth")
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")
# Nouns that only measure out what their "of" phrase names.
_PARTS = _words(
    "set series number group part lot lots range couple pair handful dozens hundreds "
    "thousands millions majority minority half third quarter rest kind sort type host raft "
    "slew spate string flurry"
)
_DOUBLE_QUOTES = str.maketrans("", "", '"“”')
_PLURAL_WORDS = _words("i you we they some many both few several most all others these those")
_NEGATIONS = frozenset({"not", "never", "n't"})
_CONTENT = frozenset({"NOUN", "PROPN", "VERB", "ADJ", "NUM"})
_KEY_LETTERS = 6
_MODALS = _words("will would can could may might must shall should")
_RATHER = _words("rather sooner more less")
_PARTICLES = _words("out up down off away back over around")
_PARTICLE_WORDS = 4


@dataclass
class _Piece:
    """Tokens kept or dropped together.

    A piece is kept only if its parent is, and only with the pieces it ``needs`` (a verb
    without its object, or "saying" without what was said, would leave a fragment).
    """

    tokens: list[int]
    rank: float
    parent: int | None = None
    index: int = 0
    kept: bool = False
    needs: list[int] = field(default_factory=list)
    clause: bool = False
    argument: bool = False
    colour: bool = False
    spare: bool = False  # a possessive the headline may do without (see _spare_possessive)


def headline_of(sentences: Sequence[str], article: str = "") -> str | None:
    """A headline from the sentence of the lead that carries the news, else None.

    ``sentences`` are the lead's first few sentences. The first one heads the story
    unless it only sets the scene: a question, a quotation, "This is the moment ...", a
    subordinate clause opening on a subject that names no one, or a pronoun as subject.
    Then the next sentence is taken if its subject names who acts; failing that, the
    first sentence's own news clause ("the moment a man was caught"), then any later
    sentence with a subject of its own. When none gives a clause the caller falls back
    to plain compression.
    """
    counts = _counts(article or " ".join(sentences))
    short = _short_forms(article or " ".join(sentences))
    first, *rest = [_candidates(text) for text in sentences] or [[]]
    tries = (
        [(text, _NEWS) for text in first[:1]]
        + [(text, _NAMED) for text in (rest[0] if rest else [])]
        + [(text, _LOOSE) for text in first[:1]]
        + [(text, _NEWS) for texts in [first[1:], *rest] for text in texts]
        + [(text, _ANY) for text in first[:1]]
    )
    for text, level in tries:
        doc: Any = parse(text)
        clause = _news_clause(doc, level)
        if clause is None:
            continue
        subject = _agreeing_subject(doc, clause)
        if subject is None:
            continue  # the parser's subject cannot be the verb's: the parse is not to be trusted
        headline = _compress(doc, clause, subject, counts, short)
        if headline and len(headline.split()) >= MIN_WORDS:
            return headline
    return None


# How much a sentence must show to head the story (see :func:`headline_of`).
_NEWS, _NAMED, _LOOSE, _ANY = range(4)


def _candidates(text: str) -> list[str]:
    """The sentence, followed by what comes after its colon ("It was a turning point:
    within days, the council began ...") when that is a sentence of its own."""
    out = [text]
    head, colon, tail = text.partition(": ")
    if colon and len(tail.split()) >= 6 and len(head.split()) <= 8:
        out.append(tail[:1].upper() + tail[1:])
    return out


def _news_clause(doc: Any, level: int) -> Any | None:
    """The verb of the clause that states the news, or None if the sentence has none."""
    text = doc.text.strip()
    if not text or text.endswith("?") or text[0] in "\"“‘'":
        return None  # a question or a quotation opens a feature, it does not state news
    roots = [t for t in doc if t.dep_ == "ROOT"]
    if not roots:
        return None
    verb = roots[0]
    quoted = _quoted(doc)
    for _ in range(3):
        # A quotation ("'We want him out,' it emerged") or a report that follows what it
        # reports ("Three men were executed, the group claimed"): the news is the clause
        # reported, outside the quotation marks.
        reported = [
            c for c in verb.children if c.dep_ == "ccomp" and c.i not in quoted and c.i != verb.i
        ]
        after_report = (
            _base(verb) in _REPORTING | _FINDINGS and bool(reported) and reported[0].i < verb.i
        )
        if reported and (verb.i in quoted or after_report or not _is_verb(verb)):
            verb = reported[0]
        else:
            break
    subject = _subject(verb)
    # "This is the moment a man was caught ...": the news is the clause about the moment.
    if _base(verb) == "be":
        attributes = [c for c in verb.children if c.dep_ == "attr"]
        clauses = [c for a in attributes for c in a.children if c.dep_ in {"relcl", "acl"}]
        if subject is not None and subject.lower_ in _PRONOUNS and clauses:
            if level in (_NEWS, _NAMED):
                return None  # a caption for a video; the next sentence may name the news
            verb = clauses[0]
            subject = _subject(verb)
    if verb.pos_ not in {"VERB", "AUX"} or subject is None:
        return None
    if subject.dep_ == "csubj" or subject.pos_ not in _SUBJECT_HEADS:
        return None  # "Also making a showing are ...": an inverted clause, no subject to head it
    if subject.lower_ in _TIME:
        return None  # "The last time she called, ...": a when the parser took for the subject
    if _verb_as_adverb(verb):
        return None
    if subject.lower_ in _PRONOUNS and (level != _ANY or subject.lower_ in _EMPTY):
        return None  # "It was a turning point": no actor to head the story
    if level == _NAMED and not _names(subject):
        return None
    if level == _NEWS and _sets_scene(verb, subject):
        return None
    if level != _ANY and _judges(verb, subject):
        return None
    return verb


def _is_verb(token: Any) -> bool:
    """Whether the word the parser made a verb is one English has ("Darts legend J.J.
    Lowry was ..." read with "legend" as the verb is not); unsure without the tables."""
    exceptions, index, _ = verb_tables()
    if not index or token.pos_ != "VERB" or token.tag_ not in {"VB", "VBP"}:
        return True  # a noun is misread as a bare verb ("legend" agreeing with "Darts")
    lower = token.lower_
    return lower in index or lower in exceptions or verb_base(lower) is not None


def _verb_as_adverb(verb: Any) -> bool:
    """Whether the parser took the news verb's own "-ing" form for an adverb and the next
    word for the verb ("is now nursing abandoned animals" read with "abandoned" as the
    verb): the clause it gives says something the sentence does not."""
    return any(
        c.dep_ in {"advmod", "npadvmod"} and c.tag_ == "VBG" and c.i == verb.i - 1
        for c in verb.children
    )


# What a subject noun phrase may be headed by ("Three were killed", "Some fight ...").
_SUBJECT_HEADS = frozenset({"NOUN", "PROPN", "PRON", "NUM", "DET"})


def _agreeing_subject(doc: Any, verb: Any) -> Any | None:
    """The verb's subject, checked against the verb's number.

    A parser may take an apposition for the subject ("25,000 people, a population the size
    of a city, have fought ..." read with "population" as the subject of "have"). A
    singular noun with a plural verb, or the reverse, right after a comma shows the
    misreading: the subject is then the noun the apposition stands beside, before the
    comma, if it agrees; failing that there is no subject to trust (None).
    """
    subject = _subject(verb)
    if subject is None or _agrees(subject, verb):
        return subject
    start = subject.left_edge.i
    if start < 2 or doc[start - 1].text != ",":
        return subject  # "the government have": a collective noun, not a misreading
    before = doc[start - 2]
    if before.pos_ in {"NOUN", "PROPN"} and _agrees(before, verb):
        return before
    return None


def _agrees(subject: Any, verb: Any) -> bool:
    """Whether the subject's number fits the verb's (only a present verb or auxiliary shows it)."""
    finite = [c for c in verb.children if c.dep_ in {"aux", "auxpass"} and c.i < verb.i]
    shown: str = (finite[0] if finite else verb).tag_
    if shown not in {"VBZ", "VBP"} or subject.pos_ not in {"NOUN", "PROPN"}:
        return True
    if any(c.dep_ == "conj" for c in subject.children):
        return shown == "VBP"
    if _partitive(subject):
        return True  # "a series of images have been released": the "of" phrase counts
    if subject.tag_ in {"NN", "NNP"}:
        # A name may be a team's, which British copy makes plural ("Arsenal are").
        return shown == "VBZ" or subject.tag_ == "NNP"
    return shown == "VBP" if subject.tag_ in {"NNS", "NNPS"} else True


def _quoted(doc: Any) -> set[int]:
    """Indexes of the tokens inside quotation marks."""
    inside: set[int] = set()
    depth = 0
    for token in doc:
        if token.tag_ == "``":
            depth += 1
        elif token.tag_ == "''":
            depth = max(depth - 1, 0)
        elif depth:
            inside.add(token.i)
    return inside


def _has_dative(verb: Any) -> bool:
    return any(c.dep_ == "dative" for c in verb.children)


def _has_object(verb: Any) -> bool:
    return any(
        c.dep_ in _OBJECTS | {"ccomp", "xcomp", "prt"} or _infinitive(c) for c in verb.children
    )


def _infinitive(token: Any) -> bool:
    """An infinitive the parser hung on the verb as an adverbial ("tipped him to win")."""
    return token.dep_ == "advcl" and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in token.children
    )


def _names(token: Any) -> bool:
    """Whether a phrase names someone (a proper noun in it, not only inside a clause)."""
    return any(t.pos_ == "PROPN" for t in token.subtree if t.dep_ not in {"relcl", "acl"})


def _sets_scene(verb: Any, subject: Any) -> bool:
    """A first sentence that opens on a subordinate clause ("As the earth shook ...") and
    names no one as its subject sets a scene; the news comes in a later sentence."""
    opening = [
        c for c in verb.children if c.dep_ == "advcl" and c.i < subject.i and c.left_edge.i == 0
    ]
    return bool(opening) and not _names(subject)


def _judges(verb: Any, subject: Any) -> bool:
    """A first sentence that only says what something is like ("Her row across the
    estuary was astonishing"): "be" with an adjective, about a thing rather than someone named,
    is a feature's opening; the news comes in a later sentence."""
    return (
        _base(verb) == "be"
        and any(
            c.dep_ == "acomp"
            and c.pos_ == "ADJ"
            and all(g.dep_ in {"advmod", "punct"} for g in c.children)
            for c in verb.children
        )
        and not any(c.dep_ in {"prep", "xcomp", "ccomp"} for c in verb.children)
        and subject.pos_ == "NOUN"
    ) or (_base(verb) == "be" and _pointed_at(subject) and _has_attribute(verb))


def _pointed_at(subject: Any) -> bool:
    """A subject the reader is shown ("This cat", "These pictures"): a sentence saying
    what it is ("This cat is the luckiest pet") describes a picture, as a caption does."""
    return subject.pos_ == "NOUN" and any(
        c.dep_ == "det" and c.lower_ in {"this", "these"} for c in subject.children
    )


def _has_attribute(verb: Any) -> bool:
    return any(c.dep_ == "attr" and c.pos_ == "NOUN" for c in verb.children)


def _subject(verb: Any) -> Any | None:
    return next((c for c in verb.children if c.dep_ in _SUBJECTS), None)


def _base(token: Any) -> str:
    return verb_base(token.lower_) or token.lower_


def _counts(text: str) -> Counter[str]:
    """How often the article uses each word (by its first letters, so that "charge",
    "charges" and "charged" count together)."""
    return Counter(_key(w) for w in re.findall(r"[^\W_]+", text.lower()))


def _key(word: str) -> str:
    return word.lower()[:_KEY_LETTERS]


# How often the story must use a describing word before the headline keeps it ("a
# scathing attack" is colour; the "flooded homes" of a story about floods is not).
_COLOUR_USES = 3


def _repeated(doc: Any, tokens: set[int], counts: Counter[str], uses: int = 2) -> bool:
    """Whether a piece says something the story is about: a name, a figure, or a content
    word the article uses again (a one-off "scathing" or "in the early hours" is colour)."""
    for i in tokens:
        token = doc[i]
        if token.pos_ in {"PROPN", "NUM"} or token.tag_ == "$":
            return True  # a name or a figure is news wherever it stands
        content = token.pos_ in _CONTENT and token.lower_ not in DANGLING and len(token.text) > 2
        if content and counts[_key(token.text)] >= uses:
            return True
    return False


def _compress(
    doc: Any,
    verb: Any,
    subject: Any,
    counts: Counter[str],
    short: Counter[str] | None = None,
) -> str | None:
    """The headline of the clause, or None when what fits would not read as one."""
    pieces: list[_Piece] = []
    _add_clause(doc, verb, pieces, rank=0.0, parent=None, subject=subject)
    # Words are counted as the headline will write them: the auxiliaries its tense drops
    # ("are investigating" → "investigate") and a name put in initials take no room.
    forms = _present_forms(verb, subject)
    forms.update(_initialisms(doc, [t.i for t in doc], short or Counter()))
    forms.update(_age_of(subject))
    kept = _choose(doc, pieces, counts, forms)
    if _count_words(doc, kept, forms) > MAX_WORDS and any(p.spare for p in pieces):
        # Too long with "his", "her", "their": the headline writes "urges staff".
        for piece in pieces:
            piece.kept = False
            piece.needs = [n for n in piece.needs if not pieces[n].spare]
            if piece.spare:
                piece.tokens = []
        kept = _choose(doc, pieces, counts, forms)
    if _doubled_preposition(doc, kept) or _count_words(doc, kept, forms) > MAX_WORDS:
        return None  # the pieces that cannot go without each other do not fit
    if any(_measures_a_verb(doc[i]) for i in kept) or _unsaid(verb, kept):
        return None
    return _write(doc, verb, kept, subject, short)


def _doubled_preposition(doc: Any, tokens: list[int]) -> bool:
    """Whether the same preposition comes twice with at most one word between, and that
    no noun ("with all with team news"): what stood between the two phrases was left out,
    so the title is a fragment ("for hours for food" is two phrases, and reads well)."""
    seen: dict[str, int] = {}
    for place, i in enumerate(tokens):
        token = doc[i]
        if token.pos_ != "ADP":
            continue
        between = tokens[seen[token.lower_] + 1 : place] if token.lower_ in seen else None
        # "for hours for food" has its noun between: two phrases.
        if between is not None and len(between) <= 1 and not _has_noun(doc, between):
            return True
        seen[token.lower_] = place
    return False


def _has_noun(doc: Any, tokens: list[int]) -> bool:
    return any(doc[j].pos_ in {"NOUN", "PROPN", "NUM"} for j in tokens)


def _piece(
    pieces: list[_Piece],
    tokens: list[int],
    rank: float,
    parent: int | None,
    *,
    clause: bool = False,
) -> int:
    index = len(pieces)
    pieces.append(_Piece(tokens=tokens, rank=rank, parent=parent, index=index, clause=clause))
    return index


# How far down the list each kind of piece comes: the arguments first, then what the
# verb's phrases add, then what the nouns' phrases add, and last the clauses about them.
_OBJECT_RANK = 0.5
_COMPLEMENT_RANK = 1.0
_MODIFIER_RANK = 0.8
_PHRASE_RANK = 1.5
_NOUN_CLAUSE_RANK = 4.0
_ADVERBIAL_RANK = 5.0


def _add_clause(
    doc: Any,
    verb: Any,
    pieces: list[_Piece],
    rank: float,
    parent: int | None,
    *,
    subject: Any | None = None,
) -> int:
    """The verb (with its auxiliaries, negation and particle) and its arguments; ``subject``
    replaces the parser's subject when that was an apposition (see :func:`_agreeing_subject`)."""
    reduced = _reduced_relative(verb)
    core = [verb.i] + [
        c.i
        for c in verb.children
        if c.dep_ in {"neg", "prt"} or (c.dep_ in {"aux", "auxpass"} and not reduced)
    ]
    core += _than(doc, verb)
    if verb.dep_ == "ccomp":
        # "told how she left": the question word the reported clause opens on.
        core += [
            c.i
            for c in verb.children
            if c.i == verb.left_edge.i and (c.tag_ == "WRB" or c.lower_ in {"whether", "if"})
        ]
    if verb.dep_ == "relcl":
        # The relative word that is not the subject: "a point where all ...".
        core += [c.i for c in verb.children if c.tag_ == "WRB" and c.i < verb.i]
        opening = doc[verb.left_edge.i]
        if opening.tag_ == "WRB" and opening.i not in core:
            core.append(opening.i)  # "where" the parser hung on a verb further on
    # A particle the parser did not call one is still the verb's ("took the boat out",
    # "shut the game out of their minds"): with it, or the verb means something else.
    for c in verb.children:
        particle = c.dep_ in {"advmod", "prep"} and c.lower_ in _PARTICLES and c.i > verb.i
        if particle and not any(g.dep_ == "pobj" for g in c.children):
            words = [t.i for t in c.subtree if not t.is_punct and not _is_article(t)]
            if len(words) <= _PARTICLE_WORDS:
                core += words
    # A comparison is what the verb says ("wouldn't have moved any quicker"), and a
    # negation never goes ("no longer speak").
    core += [
        t.i
        for c in verb.children
        if c.dep_ == "advmod"
        and (
            (c.tag_ in {"RBR", "JJR"} and c.i > verb.i)
            or any(g.dep_ == "neg" or g.lower_ in _NEGATIONS for g in c.children)
        )
        for t in c.subtree
        if not t.is_punct
    ]
    if _base(verb) == "be" and not any(c.dep_ in _OBJECTS for c in verb.children):
        core += [c.i for c in verb.children if c.dep_ == "advmod" and c.i > verb.i]  # "is over"
    me = _piece(pieces, core, rank, parent, clause=True)
    needed = False
    weak = False  # the object is a pronoun: "left her" needs "with no choice"
    objects = 0
    preps = 0
    if not _has_object(verb):
        # "can make or break a season": the object belongs to both verbs.
        shared = [
            c
            for c in verb.children
            if c.dep_ == "conj" and c.i == verb.i + 2 and doc[verb.i + 1].dep_ == "cc"
        ]
        if shared and shared[0].pos_ in {"VERB", "AUX"} and _has_object(shared[0]):
            index = _add_clause(doc, shared[0], pieces, rank, me)
            pieces[index].tokens.append(verb.i + 1)
            pieces[me].needs.append(index)
            needed = True
    replaced = subject is not None and subject.head.i != verb.i
    if replaced:
        pieces[me].needs.append(_add_noun(doc, subject, pieces, rank, me))
    for child in verb.children:
        dep = child.dep_
        if child.i < verb.i and dep not in _SUBJECTS:
            continue  # what comes before the subject and verb is a setting
        if dep in _SUBJECTS:
            if replaced or reduced:
                continue  # the apposition the parser took for the subject, or "who"
            first = _subject(verb)
            if first is not None and child.i != first.i:
                continue  # a second subject is a word of a clause about the first one
            pieces[me].needs.append(_add_noun(doc, child, pieces, rank, me))
        elif dep in _OBJECTS:
            objects += dep == "dobj"
            if objects > 1 and dep == "dobj":
                continue  # a second object is the parser's misreading of a list or a colon
            index = _add_noun(doc, child, pieces, rank + _OBJECT_RANK, me)
            pieces[index].argument = True
            if not needed or (dep == "dobj" and _has_dative(verb)):
                pieces[me].needs.append(index)  # "gave students a quiz": both objects
                needed = True
                weak = child.tag_ == "PRP"
        elif (dep in {"xcomp", "ccomp"} or _infinitive(child)) and child.pos_ in {"VERB", "AUX"}:
            index = _add_clause(doc, child, pieces, rank + _COMPLEMENT_RANK, me)
            pieces[index].argument = True
            if not needed or _told_to(verb, child):
                pieces[me].needs.append(index)
                needed = True
        elif dep == "npadvmod" and _is_sum(child):
            # "fined the plant £2million": the figure the verb comes to.
            _piece(pieces, [t.i for t in child.subtree if not t.is_punct], rank + _OBJECT_RANK, me)
        elif dep in {"prep", "agent"} and not _is_time(child):
            phrase = _add_phrase(doc, child, pieces, rank + _PHRASE_RANK + preps, me)
            if phrase is not None:
                preps += 1

                if pieces[phrase].argument and phrase not in pieces[me].needs:
                    pieces[me].needs.append(phrase)  # "put patients at risk": one phrase
                elif weak or (not needed and (parent is not None or not _has_object(verb))):
                    # "accused" needs "of spying", "ended" its "in tragedy".
                    pieces[me].needs.append(phrase)
                    needed = True
                    weak = False
        elif dep == "advcl" and child.pos_ in {"VERB", "AUX"} and _says(child):
            marks = [c.i for c in child.children if c.dep_ in {"mark", "advmod"} and c.i < child.i]
            if not marks and child.tag_ == "VBG":
                continue  # "..., sobbing as she ...": a trailing participle dangles
            index = _add_clause(doc, child, pieces, rank + _ADVERBIAL_RANK, me)
            pieces[index].tokens[1:1] = marks
            # A subordinate clause is kept whole or not at all ("as he labelled their
            # clash" without what he labelled it is a fragment).
            pieces[index].needs = _descendants(pieces, index)
    _compare(doc, verb, pieces, me)
    return me


def _than(doc: Any, verb: Any) -> list[int]:
    """ "No other option than to leave": a clause opening on "than" keeps it, and the
    "other" (or "more", "better") of the noun before it that the "than" answers."""
    marks = [c for c in verb.children if c.dep_ == "mark" and c.lower_ == "than"]
    if not marks or marks[0].i == 0:
        return []
    noun = doc[marks[0].i - 1]
    return [marks[0].i] + [
        c.i
        for c in noun.children
        if c.dep_ == "amod" and (c.lower_ in {"other", "else"} or c.tag_ in {"JJR", "RBR"})
    ]


def _told_to(verb: Any, complement: Any) -> bool:
    """Whether the complement says what the verb's object is told, asked or left to do
    ("urged her staff to rest", "forced the council to close"): the verb with its
    object alone ("urged her staff") leaves out what the news is."""
    return (
        complement.dep_ == "xcomp"
        and _infinitive_of(complement)
        and any(c.dep_ == "dobj" and c.i < complement.i for c in verb.children)
    )


def _compare(doc: Any, verb: Any, pieces: list[_Piece], me: int) -> None:
    """ "Would rather have X than Y": the "than" phrase, wherever the parser hung it, is
    needed with the "rather" it completes ("would have X" alone says something else)."""
    rather = [c.i for c in verb.children if c.dep_ == "advmod" and c.lower_ in _RATHER]
    if not rather:
        return
    for piece in pieces[me + 1 :]:
        if piece.parent is None or not any(
            doc[i].lower_ == "than" and doc[i].dep_ == "prep" for i in piece.tokens
        ):
            continue
        piece.tokens += rather
        if piece.index not in pieces[piece.parent].needs:
            pieces[piece.parent].needs.append(piece.index)


def _reduced_relative(verb: Any) -> bool:
    """A passive relative clause a headline writes without its "who has been": "an
    instructor who has been charged with fraud" is "instructor charged with fraud"."""
    if verb.dep_ != "relcl" or verb.tag_ != "VBN":
        return False
    children = list(verb.children)
    relative = [c for c in children if c.dep_ == "nsubjpass" and c.tag_ in {"WP", "WDT"}]
    return bool(relative) and any(c.dep_ == "auxpass" for c in children)


def _add_phrase(doc: Any, prep: Any, pieces: list[_Piece], rank: float, parent: int) -> int | None:
    """A prepositional phrase: the preposition kept with its object."""
    objects = [c for c in prep.children if c.dep_ in {"pobj", "pcomp"}]
    if not objects:
        return None
    target = objects[0]
    if target.pos_ in {"VERB", "AUX"}:
        index = _add_clause(doc, target, pieces, rank, parent)
        pieces[index].tokens.append(prep.i)
        return index
    index = _add_noun(doc, target, pieces, rank, parent, lead=prep.i)
    if _bare(target):
        pieces[index].argument = True  # "at risk", "in court", "to death": part of the verb
    # "from a trawler off the coast of Port Linden": a phrase the parser hung on the first.
    for child in prep.children:
        if child.dep_ == "prep" and child.i > target.i and not _is_time(child):
            _add_phrase(doc, child, pieces, rank + 0.5, index)
    return index


def _bare(noun: Any) -> bool:
    """A noun with no word of its own before it ("at risk", "on hold")."""
    return (
        noun.pos_ == "NOUN" and noun.tag_ == "NN" and not any(c.i < noun.i for c in noun.children)
    )


def _add_noun(
    doc: Any,
    noun: Any,
    pieces: list[_Piece],
    rank: float,
    parent: int,
    *,
    lead: int | None = None,
) -> int:
    """A noun phrase: its head with the words that name it, then its other modifiers,
    its phrases ("of ...") and the clauses about it."""
    if noun.pos_ in {"VERB", "AUX"}:
        index = _add_clause(doc, noun, pieces, rank, parent)
        if lead is not None:
            pieces[index].tokens.append(lead)
        return index
    noun = _none_other_than(noun)
    tokens = [noun.i] + ([lead] if lead is not None else [])
    me = _piece(pieces, tokens, rank, parent)
    modifiers: list[int] = []
    for child in noun.children:
        dep = child.dep_
        if child.i > noun.i and dep not in {"conj", "cc", "prep", "acl", "relcl"}:
            continue
        if _is_age(child):
            continue  # "a 26-year-old instructor": a headline names the person, not the age
        if dep in {"nummod", "quantmod"}:
            # A figure keeps all its words: "more than 3,000 people".
            pieces[me].tokens += [t.i for t in child.subtree if not t.is_punct]
        elif dep in {"compound", "poss", "nmod", "case", "amod"}:
            # An age inside a name's words goes too ("26-year-old karate instructor Jo Bell").
            ages = {u.i for t in child.subtree if _is_age(t) for u in t.subtree}
            modifiers += [
                t.i
                for t in child.subtree
                if not _is_article(t) and not t.is_punct and t.i not in ages
            ]
        elif dep == "neg" or (dep == "advmod" and child.lower_ in _NEGATIONS):
            pieces[me].tokens.append(child.i)  # "not guilty" never loses its "not"
        elif dep == "det" and child.lower_ in {"no", "all", "every", "each", "both", "some"}:
            pieces[me].tokens.append(child.i)
    conjoined = [c for c in noun.children if c.dep_ == "conj"]
    if conjoined:
        cc = [c.i for c in noun.children if c.dep_ == "cc"]
        pieces[me].tokens += [*cc, conjoined[0].i]
        for child in conjoined[0].children:
            if child.dep_ in {"compound", "poss", "case", "nummod"}:
                pieces[me].tokens += [t.i for t in child.subtree if not t.is_punct]
    # The words that name the thing travel with it ("Tory MP", "Three Calder men").
    # So do a number's comparison ("four fewer crossings"), a unit's word after a number
    # ("200 square miles") and a superlative ("largest").
    figures = [c.i for c in noun.children if c.dep_ == "nummod"]
    if figures:
        modifiers, units = (
            [i for i in modifiers if i < min(figures)],
            [i for i in modifiers if i > min(figures)],
        )
        pieces[me].tokens += units
    names = [
        i
        for i in modifiers
        if doc[i].pos_ in {"PROPN", "NUM"}
        or doc[i].dep_ in {"case", "compound"}
        or (doc[i].dep_ == "poss" and doc[i].pos_ == "PRON")
        or doc[i].tag_ in {"JJR", "JJS"}
        or doc[i].lower_ in _STATUS | _ORDINALS
        or _ORDINAL.fullmatch(doc[i].lower_) is not None
        or (doc[i].dep_ == "amod" and doc[i].head.dep_ == "compound" and doc[i].head.i != noun.i)
        or (doc[i].pos_ == "ADJ" and doc[i].text[:1].isupper() and i != noun.sent.start)
    ]
    spare = [i for i in names if _spare_possessive(doc[i], noun)]
    names = [i for i in names if i not in spare]
    pieces[me].tokens += names
    if spare:
        possessive = _piece(pieces, spare, rank, me)
        pieces[possessive].spare = True
        pieces[me].needs.append(possessive)
    rest = [i for i in modifiers if i not in names + spare]
    if rest and (_said_of(noun) or (noun.head.lower_ == "of" and _said_of(noun.head.head))):
        pieces[me].tokens += rest  # "is a far cry from": what is said of the subject
    elif rest:
        pieces[_piece(pieces, rest, rank + _MODIFIER_RANK, me)].colour = True
    preps = 0
    for child in noun.children:
        if child.i < noun.i:
            continue
        if _in_name(noun, child) or _named_by(noun, child):
            pieces[me].tokens += [t.i for t in child.subtree if not t.is_punct]
        elif child.dep_ == "prep" and (child.lower_ == "of" or not _is_time(child)):
            extra = _COMPLEMENT_RANK if child.lower_ == "of" else _PHRASE_RANK + 0.5
            phrase = _add_phrase(doc, child, pieces, rank + extra + preps, me)
            if phrase is not None:
                preps += 1
                if child.lower_ == "of" and preps == 1 and (_partitive(noun) or _said_of(noun)):
                    pieces[me].needs.append(phrase)  # "one of her first endorsements"
        elif child.dep_ == "relcl" and _set_off(doc, child):
            continue  # "Jo Bell, who is 32, was ...": an aside between commas, not who is meant
        elif child.dep_ in {"acl", "relcl"} and child.pos_ in {"VERB", "AUX"} and _says(child):
            clause = _add_clause(doc, child, pieces, rank + _NOUN_CLAUSE_RANK, me)
            if (
                _infinitive_of(child)
                and child.left_edge.i == noun.i + 1
                and child.left_edge.lower_ == "to"
            ):
                pieces[me].needs.append(clause)  # "work to do", "plans to build"
            elif noun.pos_ == "PRON" and child.dep_ == "relcl":
                pieces[me].needs.append(clause)  # "all you need to know": "all" says nothing
    return me


def _unsaid(verb: Any, kept: list[int]) -> bool:
    """Whether the news verb lost the clause it reports ("Actor reveals" with what he
    revealed left out, or hung by the parser on a noun): a fragment, not a headline."""
    return any(
        c.dep_ == "ccomp" and c.i > verb.i and not any(t.i in kept for t in c.subtree)
        for c in verb.children
    )


def _measures_a_verb(noun: Any) -> bool:
    """Whether a measure's "of" holds only a describing word ("a series of stunning
    before and after photos" read with "stunning" as the object, or as a verb): the noun
    the series is of is lost, and the headline would end mid-way ("posts series of
    stunning")."""
    if noun.lower_ not in _PARTS or noun.pos_ != "NOUN":
        return False
    return any(
        c.dep_ == "prep"
        and c.lower_ == "of"
        and any(
            (
                g.dep_ == "pcomp"
                and g.tag_ == "VBG"
                and not any(h.dep_ == "dobj" for h in g.children)
            )
            or (g.dep_ == "pobj" and g.pos_ == "ADJ")
            for g in c.children
        )
        for c in noun.children
    )


def _none_other_than(noun: Any) -> Any:
    """The one named in "none other than the mayor": a headline says "the mayor"."""
    if noun.lower_ != "none":
        return noun
    for other in noun.children:
        if other.dep_ == "amod" and other.lower_ == "other" and other.i == noun.i + 1:
            than = [c for c in other.children if c.dep_ == "prep" and c.lower_ == "than"]
            named = [c for t in than for c in t.children if c.dep_ == "pobj"]
            if named and named[0].pos_ in {"NOUN", "PROPN"}:
                return named[0]
    return noun


def _spare_possessive(modifier: Any, noun: Any) -> bool:
    """A possessive pronoun on a subject or an object ("urges her staff", "sells his
    boat"), which a headline writes only when it has room: "urges staff" says the same.
    One inside a phrase stays ("out of the local papers", "on his farm")."""
    return (
        modifier.dep_ == "poss"
        and modifier.pos_ == "PRON"
        and modifier.head.i == noun.i
        and noun.dep_ in _SUBJECTS | {"dobj", "dative"}
    )


def _set_off(doc: Any, clause: Any) -> bool:
    """Whether a relative clause stands after a comma, as one that only adds a fact about
    someone already named does ("Jo Bell, who lives in Calder, ..."), where a clause
    that says which one is meant does not ("the driver who killed a boy")."""
    start = clause.left_edge.i
    return start > 0 and doc[start - 1].text in {",", "–", "—", "("}


def _is_sum(token: Any) -> bool:
    """A figure of money standing alone by a verb ("£2million", "$40,000")."""
    words = list(token.subtree)
    return token.pos_ == "NUM" and any(t.tag_ == "$" for t in words)


def _named_by(noun: Any, child: Any) -> bool:
    """A name written straight after the noun it names ("the river Linden")."""
    return bool(child.dep_ == "appos" and child.pos_ == "PROPN" and child.left_edge.i == noun.i + 1)


def _says(verb: Any) -> bool:
    """Whether a clause says what a reporting verb in it reports: "who claims the actress"
    without "stole her chicken" (which the parser may hang elsewhere) is a fragment."""
    return _base(verb) not in _REPORTING or any(c.dep_ == "ccomp" for c in verb.children)


def _said_of(noun: Any) -> bool:
    """Whether the noun is what the clause says its subject is or is made: "are a
    remnant" says nothing without its "of a bygone age", nor "named citizen" without
    "of the year"."""
    return (noun.dep_ == "attr" and _base(noun.head) == "be") or noun.dep_ == "oprd"


def _partitive(noun: Any) -> bool:
    """A head that says only how much of something: "one of", "a set of", "most of"."""
    return noun.pos_ in {"NUM", "PRON", "DET"} or noun.lower_ in _PARTS


def _infinitive_of(clause: Any) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)


def _age_of(subject: Any | None) -> dict[int, str]:
    """The form that writes a child's age after the noun, as headlines do ("A 15-year-old
    boy has been charged" → "Boy, 15, charged"): how old a child is is part of the news.
    An adult's age, or one in months, is left out (see :func:`_is_age`)."""
    if subject is None or subject.pos_ != "NOUN":
        return {}
    for child in subject.children:
        if child.i > subject.i or not _is_age(child):
            continue
        words = [t.lower_ for t in child.subtree if not t.is_punct]
        years = words[0]
        if years.isdigit() and int(years) < ADULT_AGE and words[-2].startswith("year"):
            return {subject.i: f"{subject.text}, {years},"}
    return {}


def _is_age(modifier: Any) -> bool:
    """An age written before a noun: "14-year-old", "six-month-old"."""
    words = [t.lower_ for t in modifier.subtree if not t.is_punct]
    return (
        len(words) >= 3
        and words[-1] == "old"
        and words[-2].rstrip("s")
        in {
            "year",
            "month",
            "week",
            "day",
        }
    )


def _in_name(noun: Any, prep: Any) -> bool:
    """Whether an "of" phrase is part of a name ("Royal Bank of Calder")."""
    if noun.pos_ != "PROPN" or prep.dep_ != "prep" or prep.lower_ != "of":
        return False
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    return bool(objects) and all(t.pos_ == "PROPN" or _is_article(t) for t in objects[0].subtree)


def _is_article(token: Any) -> bool:
    return token.dep_ == "det" and token.lower_ in _ARTICLES


def _is_time(prep: Any) -> bool:
    """A phrase that says when ("on Thursday", "in August 2013", "for the first time")."""
    words = [
        t.lower_ for t in prep.subtree if t.i != prep.i and not _is_article(t) and not t.is_punct
    ]
    return (
        bool(words)
        and any(w in _TIME for w in words)
        and all(
            w in _TIME
            or w.isdigit()
            or w in {"last", "next", "this", "that", "same", "early", "late"}
            or w.endswith(("st", "nd", "rd", "th"))
            for w in words
        )
    )


def _choose(
    doc: Any, pieces: list[_Piece], counts: Counter[str], forms: dict[int, str] | None = None
) -> list[int]:
    """The tokens of the most important pieces that fit in the headline; a piece that
    is not needed is kept only when the story repeats what it says."""
    needed = {n for p in pieces for n in p.needs}
    kept: set[int] = set()
    for piece in sorted(pieces, key=lambda p: (p.rank, p.index)):
        if piece.kept or (piece.parent is not None and not pieces[piece.parent].kept):
            continue
        group = _with_needs(pieces, piece.index)
        tokens = {i for p in group for i in _whole_words(doc, pieces[p].tokens)}
        if piece.rank > 0 and _count_words(doc, sorted(kept | tokens), forms) > MAX_WORDS:
            continue  # the subject and the verb stay, whatever their length
        optional = piece.index not in needed and not piece.argument
        below = {i for p in _descendants(pieces, piece.index) for i in pieces[p].tokens}
        if piece.rank > 0 and optional and not _repeated(doc, tokens | below, counts):
            continue
        if piece.colour and not _repeated(doc, tokens, counts, _COLOUR_USES):
            continue
        if _detached(doc, piece, kept | tokens):
            continue
        kept |= tokens
        for p in group:
            pieces[p].kept = True
    return sorted(kept)


def _detached(doc: Any, piece: _Piece, kept: set[int]) -> bool:
    """Whether a relative clause would stand away from the noun it is about: "... a
    councillor over claims he tried to buy votes", its "over claims" left out, would read
    "councillor he tried to buy votes". What stands before the clause must stay too."""
    if not piece.clause:
        return False
    verb = doc[piece.tokens[0]]
    if verb.dep_ != "relcl":
        return False
    before = verb.left_edge.i - 1
    return (
        before > verb.head.i
        and before not in kept
        and not doc[before].is_punct
        and doc[before].pos_ not in {"ADV", "PART"}  # "a trend comes around that ..."
    )


def _descendants(pieces: list[_Piece], index: int) -> list[int]:
    """The pieces under a piece: "from the rubble" is news if "of the warehouse" is."""
    out: list[int] = []
    for piece in pieces:
        ancestor = piece.parent
        while ancestor is not None and ancestor != index:
            ancestor = pieces[ancestor].parent
        if ancestor == index:
            out.append(piece.index)
    return out


def _with_needs(pieces: list[_Piece], index: int) -> list[int]:
    group = [index]
    for need in pieces[index].needs:
        group += _with_needs(pieces, need)
    return group


def _whole_words(doc: Any, tokens: list[int]) -> list[int]:
    """Tokens with the tokens written onto them ("multi", "-", "million"; "U.S.")."""
    out = set(tokens)
    for i in tokens:
        j = i
        while j > 0 and not doc[j - 1].whitespace_ and not _is_quote(doc[j - 1]):
            j -= 1
            out.add(j)
        j = i
        while j + 1 < len(doc) and not doc[j].whitespace_ and not _is_quote(doc[j + 1]):
            if doc[j + 1].is_punct and doc[j + 1].text in {",", ".", ";", ":", "!", "?", ")"}:
                break
            j += 1
            out.add(j)
    return sorted(out)


def _is_quote(token: Any) -> bool:
    return bool(token.is_quote) or token.text in {"'", "’", "‘", "“", "”", '"'}


def _count_words(doc: Any, tokens: list[int], forms: dict[int, str] | None = None) -> int:
    return len(_join(doc, tokens, forms).split())


def _join(doc: Any, tokens: list[int], forms: dict[int, str] | None = None) -> str:
    out = ""
    previous: int | None = None
    opening, closing = _scare_quotes(doc, tokens)
    for i in tokens:
        token = doc[i]
        if _is_quote(token) or (token.is_punct and token.text in {",", ";", ":", "(", ")"}):
            continue
        text = (forms or {}).get(i, token.text)
        text = text.translate(_DOUBLE_QUOTES)  # 'Space Patrol"-type' loses its stray mark
        if not text:
            continue
        text = ("'" if i in opening else "") + text + ("'" if i in closing else "")
        adjacent = previous is not None and previous == i - 1 and not doc[previous].whitespace_
        attached = token.dep_ == "case" or token.text.lower() in {"'s", "’s", "n't", "%"}
        out += text if (adjacent or attached or not out) else " " + text
        previous = i
    return out


# The most words a quotation may have for the headline to keep its quotation marks.
_SCARE_QUOTE_WORDS = 2


def _scare_quotes(doc: Any, tokens: list[int]) -> tuple[set[int], set[int]]:
    """The first and last tokens of the short quotations the headline keeps whole (councillors
    "sulking" about the budget): a word the article quotes is someone's word, not the
    paper's, and a headline says so in single quotation marks."""
    kept = set(tokens)
    opening: set[int] = set()
    closing: set[int] = set()
    for token in doc:
        if token.tag_ != "``":
            continue
        end = next(
            (t.i for t in doc[token.i + 1 : token.i + 2 + _SCARE_QUOTE_WORDS] if t.tag_ == "''"),
            None,
        )
        inside = range(token.i + 1, end) if end is not None else range(0)
        if inside and all(j in kept and not doc[j].is_punct for j in inside):
            opening.add(inside[0])
            closing.add(inside[-1])
    return opening, closing


def _write(
    doc: Any,
    verb: Any,
    tokens: list[int],
    subject: Any | None = None,
    short: Counter[str] | None = None,
) -> str:
    """The kept tokens in sentence order, the news verb in the headline present (the
    clauses under it keep their own tense: "... before he was ruled unfit"), and a name
    the story goes on to call by its initials written in them."""
    forms = _present_forms(verb, subject)
    forms.update(_without_aspect(verb, tokens, forms, subject))
    forms.update(_initialisms(doc, tokens, short or Counter()))
    forms.update(_age_of(subject))
    while len(tokens) > MIN_WORDS and _dangles(doc[tokens[-1]], tokens):
        tokens = tokens[:-1]
    headline = _join(doc, tokens, forms)
    return headline[:1].upper() + headline[1:]


# A short form must be used this often before a headline prefers it to the full name, and
# have at least this many letters ("IS" or "US" would be read as words).
_SHORT_FORM_USES = 2
_SHORT_FORM_LETTERS = 3
_NAME_LINKS = _words("of and for the")


def _short_forms(text: str) -> Counter[str]:
    """How often the article writes each word in capitals (NHS, NASA, WHO)."""
    return Counter(re.findall(rf"\b[A-Z]{{{_SHORT_FORM_LETTERS},6}}\b", text))


def _initialisms(doc: Any, tokens: list[int], short: Counter[str]) -> dict[int, str]:
    """Forms that write a kept name by the initials the story uses for it: a sub-editor
    writes "NHS" for "National Health Service" once the article has, to save the room.

    A name is a run of adjacent proper nouns, joined by "of", "and", "for" or "the"; any
    part of it of two words or more whose capitals spell a short form the article uses
    at least :data:`_SHORT_FORM_USES` times is replaced by that form."""
    kept = set(tokens)
    forms: dict[int, str] = {}
    runs: list[list[int]] = []
    for i in tokens:
        token = doc[i]
        joins = token.lower_ in _NAME_LINKS and runs and runs[-1][-1] == i - 1
        if token.pos_ == "PROPN" or joins:
            if runs and runs[-1][-1] == i - 1:
                runs[-1].append(i)
            else:
                runs.append([i])
    for run in runs:
        while run and doc[run[-1]].lower_ in _NAME_LINKS:
            run.pop()  # "Bank of": the name ends on a name
        start = 0
        while start < len(run):
            for end in range(len(run), start + 1, -1):
                part = run[start:end]
                words = [doc[i] for i in part if doc[i].lower_ not in _NAME_LINKS]
                letters = "".join(w.text[0] for w in words if w.text[:1].isupper())
                if (
                    len(words) >= 2
                    and len(letters) == len(words)
                    and doc[part[0]].lower_ not in _NAME_LINKS
                    and short[letters] >= _SHORT_FORM_USES
                    and not any(doc[i].text == letters for i in kept)
                ):
                    forms.update(dict.fromkeys(part, ""))
                    forms[part[0]] = letters
                    start = end
                    break
            else:
                start += 1
    return forms


def _dangles(token: Any, tokens: list[int]) -> bool:
    """Whether a headline ending on the token would stop mid-phrase: a function word,
    or a participle whose own words were left out ("embryos created", "set of inspiring")."""
    if (
        token.tag_ in {"VBG", "VBN"}
        and token.dep_ in {"acl", "pcomp"}
        and any(c.i > token.i and c.i not in tokens and not c.is_punct for c in token.children)
    ):
        return True
    if token.is_punct or _is_quote(token):
        return True
    if token.pos_ == "AUX":
        return token.dep_ in {"aux", "auxpass"}  # "work to do" ends on a verb of its own
    if token.pos_ in {"ADP", "DET", "CCONJ", "SCONJ", "PART", "PRON"}:
        return token.dep_ not in {"prt", "dobj", "pobj", "nsubj", "advmod", "acomp", "neg"}
    return token.lower_ in DANGLING and token.pos_ not in {"NOUN", "PROPN", "ADV", "ADJ", "VERB"}


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
    base = verb_base(verb.lower_) or verb.lower_
    if base in _IRREGULAR_PRESENT:
        singular, many = _IRREGULAR_PRESENT[base]
        form = many if plural else singular
    elif plural:
        form = base
    elif base.endswith(("s", "sh", "ch", "x", "z", "o")):
        form = base + "es"
    elif base.endswith("y") and len(base) > 1 and base[-2] not in "aeiou":
        form = base[:-1] + "ies"
    else:
        form = base + "s"
    return form[:1].upper() + form[1:] if verb.text[:1].isupper() else form
