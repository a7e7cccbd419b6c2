"""What the dependency parse says about one mention: what the actor did, what it is.

Only the sentences asked about are parsed (:func:`builder.extract.nlp.parse`, cached),
so the parser's cost follows the actors an article keeps, not its length.

- :func:`action_of`: the clean verb phrase whose subject is the mention ("granted Ukraine
  permission to strike deep into Russia"), including a relative clause about it
  ("Plitsas, who warned that ..."); never words of another actor's clause.
- :func:`affiliation_of`: the organisation a person is "of" ("Alex Plitsas of the
  Atlantic Council" → "Atlantic Council").
- :func:`acts`: whether the mention takes part in the sentence (subject, agent,
  possessor, object) rather than only saying where something happened ("in Dorrow",
  "a Dorrow man").
"""

from __future__ import annotations

import re
from typing import Any

from builder.article import Article
from builder.extract.clauses import fit, trim_edges, undated, words_of
from builder.extract.gazetteer import country_code, demonym_country, is_city
from builder.extract.lexicon import (
    ORG_WORDS,
    PERSON_TITLES,
    ROLE_HEADS,
    STATE_BODIES,
    singular,
    terms,
)
from builder.extract.nlp import (
    Mention,
    is_common_word,
    is_verb_word,
    parse,
    present_tense,
    verb_base,
    verb_forms,
)

MAX_ROLE_WORDS = 15
# Words a phrase may not end on: it would stop mid-phrase ("far from the", "and").
DANGLING = terms(
    """
    a, an, the, and, or, but, nor, of, to, for, from, in, on, at, by, with, as, into,
    onto, over, under, about, after, before, until, than, that, which, who, whom, whose,
    when, where, while, if, because, so, its, his, her, their, our, my, your, this,
    these, those, is, are, was, were, be, been, being, has, have, had, will, would,
    could, can, may, might, must, should, shall, not, no, also, very, more, most, such,
    per, via, among, between, against, during, without, within, across, toward, towards,
    upon, including, like, said, says, told
    """
)
# Words a phrase may not start with: a role is not a prepositional fragment.
LEADING = terms(
    """
    a, an, the, and, or, but, nor, of, to, for, from, in, on, at, by, with, as, into,
    over, under, about, after, before, until, than, that, which, who, whom, whose, when,
    where, while, if, because, so, also
    """
)
_TITLES = frozenset(t.lower() for t in PERSON_TITLES)
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})
_ACTING = frozenset({"nsubj", "nsubjpass", "poss", "agent", "dobj", "dative", "appos", "conj"})
_COMPLEMENTS = frozenset(
    {"dobj", "ccomp", "xcomp", "attr", "acomp", "prep", "dative", "oprd", "advcl", "agent"}
)
# What a verb says after it, beyond when and where: its object or its clause.
_OBJECTS = frozenset({"dobj", "ccomp", "xcomp", "attr", "acomp", "dative", "oprd"})
# Verbs whose object is where someone goes, not a party that acts.
_MOTION = terms(
    "reach, enter, leave, visit, flee, cross, tour, return, travel, fly, move, arrive, "
    "invade, evacuate, escape, approach, circle, orbit, exit, abandon"
)
_REPORTING = frozenset({"say", "tell", "add", "note", "write", "explain", "insist", "warn"})
# Verbs of a report set off after what it reports (", the Calder Times reported").
_REPORTS = _REPORTING | terms(
    "report, confirm, state, claim, announce, reveal, quote, admit, concede, recall, acknowledge"
)
# Quotation marks at a word's edge; an apostrophe inside a word ("teen's") stays.
_QUOTES = re.compile(r"^[\"“”‘’']+|(?<![sS])[\"“”‘’']+$|(?<=[sS]{2})[\"“”‘’']+$")


def _span(article: Article, mention: Mention) -> tuple[Any, Any] | None:
    """The parsed sentence of a mention and the mention's span in it."""
    if not 0 < mention.sentence <= len(article.sentences):
        return None
    sentence = article.sentences[mention.sentence - 1]
    offset = mention.start - sentence.start
    text = article.text[sentence.start : sentence.end]
    if offset < 0 or offset + len(mention.text) > len(text):
        return None
    doc: Any = parse(text)
    span = doc.char_span(offset, offset + (mention.end - mention.start), alignment_mode="expand")
    if span is None or not len(span):
        return None
    return doc, span


def _listed_root(article: Article, mention: Mention) -> Any | None:
    """The head word of a mention in its parsed sentence, taken up to the first of a list
    it is in ("talks with Vask and Dorrow": the list stands where its first name does)."""
    found = _span(article, mention)
    if found is None:
        return None
    root = found[1].root
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    return root


def clean_phrase(words: list[str], *, closed: bool = False) -> str:
    """Words cut to a role's length, without a dangling end, stray quotes or brackets;
    ``closed`` when the last word is known to end the phrase ("is over")."""
    words = [w for w in (_QUOTES.sub("", w) for w in words) if w]
    words = words[:MAX_ROLE_WORDS]
    while words and _dangles(words[-1]) and not (closed and len(words) > 1):
        words.pop()
    while words and words[0].lower() in LEADING:
        if words[0].lower() == "at" and words[1:2] and words[1].lower() in {"least", "most"}:
            break  # "at least 16 men": not a preposition but a bound
        words.pop(0)
    joined = " ".join(words)
    if _TABLE_ROW.search(joined):
        return ""  # "RANGERS 10 13 5 91 81 25": the cells of a table, not words
    phrase = joined.strip(" ,;:-—–.!?")
    if phrase.count("(") != phrase.count(")"):
        phrase = phrase.split("(")[0].strip(" ,;:-—–") if "(" in phrase else phrase.rstrip(")")
    return phrase


# Four figures in a row with no word between: a results or standings table's row. A
# score line ("won 6-4 6-3 6-2") has three at most.
_TABLE_ROW = re.compile(r"(?:(?<!\S)[-+]?\d[\d.,:/-]*(?!\S)\s*){4}")


def _dangles(word: str) -> bool:
    """Whether a phrase cannot end on the word; "OR" or "IT" in capitals is a name."""
    bare = word.strip(",;:")
    if len(bare) > 1 and bare.isupper():
        return False
    return bare.lower() in DANGLING or bare in {"—", "-", "–", "--"}


# Words written with a capital inside a sentence only when a new one began.
_NOT_CAPITALISED = frozenset({"VERB", "AUX", "PRON", "DET", "ADP", "CCONJ", "SCONJ"})


def _closed_phrase(tokens: list[Any]) -> str:
    """The tokens as a role, or "" when they stop mid-phrase: on a word that needs what
    the parse puts after it ("... the dispute with the union is", "hoping to"), which
    cutting it off would only hide. A verb's particle or adverb ends a phrase ("is
    over", "gave up") though it is also a preposition, and a name ("from May") though
    it is also a verb."""
    tokens = trim_edges(tokens)
    while (
        len(tokens) > 1
        and tokens[-1].is_title
        and tokens[-1].pos_ in _NOT_CAPITALISED | {"ADV"}
        and tokens[-1].text != "I"
        and tokens[-2].is_lower  # not a name's last word ("a band called Matthew 24 Now")
    ):
        # "... debate last night Overall, Scots prefer ...": the next sentence's first
        # word, run on where a caption lost its full stop.
        tokens = trim_edges(tokens[:-1])
    if not tokens:
        return ""
    if any(t.is_title and t.pos_ in _NOT_CAPITALISED and t.text != "I" for t in tokens[1:]):
        return ""  # "spoke to the crowd Pictured she leaves ...": a caption ran into it
    last = tokens[-1]
    # "from May": a name, though the word is also a verb's.
    closed = last.pos_ == "PROPN" or (
        last.dep_ in {"prt", "advmod"} and last.head.pos_ in {"VERB", "AUX"}
    )
    if _dangles(last.text) and not closed:
        return ""
    return clean_phrase(words_of(tokens), closed=closed)


def _verb_phrase(
    doc: Any, verb: Any, subject_end: int, budget: int = MAX_ROLE_WORDS, *, finite: bool = False
) -> str:
    """The verb with what follows it in its own clause, from the first auxiliary, cut to
    ``budget`` words by whole dependents. A passive starts at its participle ("charged
    with homicide", not "was charged with homicide"), as an analyst writes it."""
    start = verb.i
    # "will be sentenced" keeps its auxiliaries: without them it would read as done.
    # After its own subject ("whose warehouse was destroyed") a passive stays whole.
    passive = (
        not finite
        and any(c.dep_ == "auxpass" for c in verb.children)
        and not any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)
    )
    for child in verb.children:
        if subject_end <= child.i < start and (
            child.dep_ == "neg" or (child.dep_ in {"aux", "auxpass"} and not passive)
        ):
            start = child.i
    end = verb.right_edge.i
    # A conjoined clause with its own subject belongs to someone else ("..., and Kyiv said").
    for child in verb.children:
        if (
            child.i > verb.i
            and child.dep_ == "conj"
            and any(c.dep_ in _SUBJECTS for c in child.children)
        ):
            end = min(end, child.left_edge.i - 1)
        if child.i > verb.i and child.dep_ == "cc":
            following = [c for c in verb.children if c.dep_ == "conj" and c.i > child.i]
            if following and any(c.dep_ in _SUBJECTS for c in following[0].children):
                end = min(end, child.i - 1)
    # "led calls for ..., a thinly-veiled criticism of Klaus": a second object after a
    # comma is the writer's comment on the act, which the parser took for an object.
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]
    for second in objects[1:]:
        if second.left_edge.i > 0 and doc[second.left_edge.i - 1].text == ",":
            end = min(end, second.left_edge.i - 2)
    tokens = []
    aside: set[int] = set()
    for token in doc[start : end + 1]:
        if token.i in aside:
            continue
        spaced_dash = _spaced_hyphen(doc, token)
        dashed = _dashed_aside(doc, token, end) if spaced_dash or token.text in _DASHES else None
        if dashed:
            aside = dashed  # "rope made from kevlar - which is also used ... - had to be"
            continue
        skipped = _aside(doc, token, end)
        if skipped:
            aside = skipped  # "the fund, which holds $640 million, would not be used"
            continue
        if (
            token.text in {";", "—", "--", "–", ":"}
            or spaced_dash
            or (token.text == "," and token.i > verb.i + 1 and _ends_clause(doc, token))
        ):
            break
        if passive and token.dep_ == "auxpass" and token.head.i == verb.i:
            continue
        tokens.append(token)
    # "... while Dorrow Rovers have been hit with a ban": another actor's news beside it.
    others = {
        t.i
        for c in verb.children
        if c.dep_ == "advcl"
        and c.i > verb.i
        and any(m.dep_ == "mark" and m.lower_ in {"while", "whereas"} for m in c.children)
        and any(s.dep_ in _SUBJECTS and s.pos_ == "PROPN" for s in c.children)
        for t in c.subtree
    }
    tokens = _unbracketed(_unreported(verb, [t for t in tokens if t.i not in others]))
    clauses = [c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i]
    if (
        clauses
        and (verb_base(verb.lower_) or verb.lower_) in _THINKING
        and clauses[0].i not in {t.i for t in tokens}
    ):
        # "Inspectors think the driver, by one account, had taken ...": what they think
        # was set off by a comma and lost; "think the driver" is not the act.
        return ""
    return _closed_phrase(fit(undated(tokens), verb, budget))


# Verbs whose object is a clause: without it they say nothing of what was thought.
_THINKING = terms(
    "believe, think, suspect, fear, hope, expect, know, understand, assume, reckon, doubt"
)


_DASHES = frozenset({"—", "–", "--"})


def _spaced_hyphen(doc: Any, token: Any) -> bool:
    """Whether a hyphen stands as a dash, with a space on each side ("kevlar - which")."""
    return token.text == "-" and bool(token.whitespace_) and bool(doc[token.i - 1].whitespace_)


def _dashed_aside(doc: Any, dash: Any, end: int) -> set[int] | None:
    """An aside set between two dashes of one kind inside the phrase, with both dashes,
    when the phrase goes on after it; else None (a lone dash ends the phrase)."""
    for token in doc[dash.i + 1 : end]:
        if token.text in {";", ":"} or token.text in _CLOSE_QUOTES:
            return None
        if token.text == dash.text:
            spaced = token.text != "-" or _spaced_hyphen(doc, token)
            after = doc[token.i + 1]
            # "met in October - when she was 13 - but that she told him ...": what
            # follows is another clause, not the rest of this one.
            goes_on = not after.is_punct and after.pos_ not in {"CCONJ", "SCONJ"}
            if spaced and goes_on and token.i > dash.i + 1:
                return set(range(dash.i, token.i + 1))
            return None
    return None


def _aside(doc: Any, comma: Any, end: int) -> set[int]:
    """A relative clause set off by commas inside the phrase, with both commas, when the
    phrase goes on after it; else nothing."""
    if comma.text != "," or comma.i + 1 > end:
        return set()
    if doc[comma.i + 1].lower_ not in {"which", "who"}:
        return _adverbial_aside(doc, comma, end)
    clause = doc[comma.i + 1].head
    if clause.dep_ != "relcl":
        return set()
    close = clause.right_edge.i + 1
    if close >= end or doc[close].text != ",":
        return set()
    return set(range(comma.i, close + 1))


def _adverbial_aside(doc: Any, comma: Any, end: int) -> set[int]:
    """ "said, without providing figures, that bookings had risen": a phrase of the verb
    set off by commas between it and what it said, with both commas; else nothing."""
    phrase = doc[comma.i + 1]
    verb = phrase.head
    if phrase.dep_ not in {"prep", "advmod", "advcl", "npadvmod"} or verb.i != comma.i - 1:
        return set()
    close = phrase.right_edge.i + 1
    if close >= end or doc[close].text != ",":
        return set()
    after = doc[close + 1]
    told = [c for c in verb.children if c.dep_ in {"ccomp", "dobj", "xcomp"} and c.i > close]
    if not told or after.i != told[0].left_edge.i:
        return set()
    return set(range(comma.i, close + 1))


def _ends_clause(doc: Any, comma: Any) -> bool:
    """Whether a comma closes the clause (what follows is another clause or an aside)."""
    if comma.i + 1 >= len(doc):
        return True
    following = doc[comma.i + 1]
    return following.dep_ in {"cc", "mark", "nsubj", "advmod", "prep"} or following.lower_ in {
        "which",
        "who",
        "while",
        "but",
        "as",
        "according",
    }


def _ends_address(token: Any) -> bool:
    """Whether the name ends an address inside a subject's words: "Ruiz, landlord of a
    pub in Dorrow, Vaskshire had been drinking ..." parses the county as Ruiz's
    apposition or as a second subject of the verb; the act is Ruiz's."""
    doc = token.doc
    if token.i < 2 or doc[token.i - 1].text != ",":
        return False
    place = doc[token.i - 2]
    if place.dep_ != "pobj" or place.pos_ != "PROPN":
        return False
    return token.dep_ == "appos" or any(
        c.dep_ in _SUBJECTS and c.i < place.i and c.pos_ in {"PROPN", "NOUN", "PRON"}
        for c in token.head.children
    )


def action_of(article: Article, mention: Mention, budget: int = MAX_ROLE_WORDS) -> str:
    """The verb phrase the mention is the subject of, or "" when it is not one; what
    it said when the article reports it ("..., NASA said", "according to NASA, ...",
    "quoted Okafor as saying ..."). At most ``budget`` words."""
    found = _span(article, mention)
    if found is None:
        return ""
    doc, span = found
    root = span.root
    through = None  # the people or body a name describes, when they act for it
    if (
        root.dep_ in {"amod", "compound", "nmod"}
        and root.head.dep_ in _SUBJECTS
        and root.head.pos_ == "NOUN"
        # People, not a thing of the place's ("the Harlow replacement had been ..."),
        # or a land's state ("the Vaskan foreign ministry warned ...").
        and (
            (root.head.tag_ == "NNS" and _people(root.head.lower_))
            # One person is the name's only when she speaks for it: "a Harbour Board
            # spokesman said"; "a former Arlen teacher pleaded guilty" is her act alone.
            or root.head.lower_ in _SPEAKS_FOR
            or (root.dep_ == "amod" and root.head.lower_ in STATE_BODIES)
        )
    ):
        # "North Korean troops had joined ...": the country acts; "A Harbour Board
        # spokesman confirmed ...": the body speaks through its spokesman.
        root = root.head
        through = root
        if root.lower_ in _SPOKESPEOPLE:
            phrase = _clause_of(doc, root.head, span.end, budget - 1)
            return f"{root.lower_} {phrase}" if phrase else ""
    speaker = root.head.head if root.dep_ == "pobj" and root.head.lower_ in {"for", "of"} else None
    if speaker is not None and speaker.lower_ in _SPOKESPEOPLE and speaker.dep_ in _SUBJECTS:
        # "A spokeswoman for the Coast Guard said ...": the body speaks through her.
        phrase = _clause_of(doc, speaker.head, span.end, budget - 1)
        return f"{speaker.lower_} {phrase}" if phrase else ""
    # "quoted a ministry official, Nikos Theo, as saying ...": the name stands for him.
    said = _reported(root.head if root.dep_ == "appos" else root, budget)
    if said:
        return said
    # "Aldi and Lidl have managed ...": a verb agreeing with the names together.
    paired = root.dep_ == "conj" or any(c.dep_ == "conj" for c in root.children)
    listed = root
    while listed.dep_ == "conj" and listed.head.i != listed.i:
        listed = listed.head  # "His parents, Rita and Owen Brandt, sat ...": both did
    if (
        listed.dep_ == "appos"
        and listed.head.dep_ in _SUBJECTS
        # "Chen Gang (China) beat ...": a place beside a name is his country, which did
        # not act.
        and not (listed.head.pos_ == "PROPN" and mention.label in {"GPE", "LOC"})
        and not _with_things(listed.head)
        and not _ends_address(listed)
    ):
        root = listed.head  # "Her lawyer, Daniel Okoye, said ...": the name stands for it
    verbs = []
    if (
        root.dep_ in _SUBJECTS
        and root.head.pos_ in {"VERB", "AUX"}
        and not _with_things(root)
        and not _ends_address(root)
    ):
        verbs.append(root.head)
    elif root.dep_ == "conj" and root.head.dep_ in _SUBJECTS and not _with_things(root.head):
        verbs.append(root.head.head)  # "Britain and France signed ..."
    # "Pell, who chairs the committee, said: 'I ...'": the relative clause when the
    # main verb says nothing.
    relative = [c for c in root.children if c.dep_ == "relcl"]
    if relative and any(c.lower_ in {"who", "which", "that"} for c in relative[0].children):
        verbs.append(relative[0])
    for verb in verbs:
        permitted = _permitted_by(verb)
        if permitted is not None:
            # "the government allowed Kestria to use ...": the name's act was allowed it.
            phrase = _clause_of(doc, verb, span.end, budget - 2)
            return f"{permitted} to {phrase.removeprefix('to ')}" if phrase else ""
        phrase = _clause_of(doc, verb, span.end, budget)
        if phrase and paired:
            phrase = _said_of_one(verb, phrase)
        if (
            phrase
            and through is not None
            and verb.tag_ == "VBG"
            and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children)
            and len(phrase.split()) < budget
        ):
            # "against Ostlandish troops massing near the border": no tense to stand
            # alone, so the people who do it come first ("troops massing near ...").
            phrase = f"{through.lower_} {phrase}"
        quoted = _quoted_claim(verb, span) if phrase else None
        if quoted is not None:
            # "Swinney said: 'While Brown appears to be re-fighting ...'": his words of
            # Brown, told as his, or not at all.
            if not quoted:
                continue
            phrase = _clause_of(doc, verb, span.end, budget - len(quoted.split()))
            return f"{phrase}, {quoted}" if phrase else ""
        speaker = _claimed_by(verb, span) if phrase else ""
        if len(phrase.split()) + len(speaker.split()) > budget:
            speaker = ""  # cut to make room for who claims it, the claim would change
        if phrase:
            return f"{phrase}, {speaker}" if speaker else phrase
    if relative:
        return _whose(doc, relative[0], budget)
    return _owned(doc, root, span, budget)


_CLAIMANT = re.compile(r", according to [^,]+$")


def _names_them(token: Any, verb: Any) -> bool:
    """Whether a plural noun is what the verb says its subject is, directly or through
    the verbs and adjectives it governs ("are partners", "are likely to remain partners")."""
    if token.dep_ not in {"attr", "oprd"} or token.tag_ not in {"NNS", "NNPS"}:
        return False
    head = token.head
    while head.i != verb.i:
        if head.dep_ not in {"xcomp", "acomp"} or head.head.i == head.i:
            return False
        head = head.head
    return True


def _said_of_one(verb: Any, phrase: str) -> str:
    """The act of names joined as one subject, said of one of them: "are available for
    the trip" is "is available for the trip"; "" when it cannot be ("are the newcomers",
    "come in first and second respectively")."""
    if any(t.lower_ == "respectively" for t in verb.subtree):
        return ""
    before = [c for c in verb.children if c.dep_ in {"aux", "auxpass"} and c.i < verb.i]
    finite = before[0] if before else verb
    first, _, rest = phrase.partition(" ")
    if first != finite.text or not (finite.tag_ == "VBP" or finite.lower_ == "were"):
        return phrase  # no tense that agrees ("signed", "will meet"), or not the verb's own
    if any(_names_them(t, verb) for t in verb.subtree):
        return ""  # "are the newcomers", "are likely to remain partners": one is not
    if not finite.text.isalpha():
        return ""  # "'re"
    lower = finite.lower_
    single = "was" if lower == "were" else present_tense(verb_base(lower) or lower)
    return f"{single} {rest}" if rest else single


def without_claimant(action: str) -> str:
    """The action without the "according to ..." that tells whose claim it is."""
    return _CLAIMANT.sub("", action)


def _quoted_claim(verb: Any, span: Any) -> str | None:
    """ "according to X" when the verb is inside a quotation whose speaker is named X
    (the reporting verb its sentence hangs from, outside the marks), "" when that
    speaker is a pronoun or a common noun ("'Obama is a baby killer,' a protester
    said"), None when it is not a quotation or its speaker cannot be read (a
    statement quoted over several sentences) or is the actor itself."""
    doc = verb.doc
    if not _quoted_at(doc, verb.i):
        return None
    root = verb
    while root.head.i != root.i:
        root = root.head
    if (verb_base(root.lower_) or root.lower_) not in _REPORTS:
        # "'Hale is a liar,' a protester said": the parser may hang the reporting
        # verb after the quotation from what it reports.
        after = [
            c
            for c in root.children
            if c.dep_ in {"ccomp", "parataxis"}
            and c.i > verb.i
            and (verb_base(c.lower_) or c.lower_) in _REPORTS
        ]
        if not after:
            return None
        root = after[0]
    if _quoted_at(doc, root.i):
        return None  # the reporting verb is quoted too
    speakers = [c for c in root.children if c.dep_ in _SUBJECTS]
    if speakers and span.start <= speakers[0].i < span.end:
        return None  # its own words
    if not speakers or speakers[0].pos_ != "PROPN":
        return ""
    return _according_to(speakers[0])


def _quoted_at(doc: Any, i: int) -> bool:
    """Whether token ``i`` stands inside a quotation opened earlier in the parse."""
    marks = [t.tag_ for t in doc[:i] if t.tag_ in {"``", "''"}]
    return marks.count("``") > marks.count("''")


def _according_to(speaker: Any) -> str:
    """ "according to Rebecca Innocenti" for a named speaker: the whole name, and "the"
    before an office ("according to the Prime Minister")."""
    start = speaker.i
    # "Police spokeswoman Rebecca Innocenti": her name; "The Prime Minister": his office.
    while start > speaker.left_edge.i and speaker.doc[start - 1].pos_ == "PROPN":
        start -= 1
    words = words_of(speaker.doc[start : speaker.i + 1])
    if speaker.lower_ in _TITLES:
        words = ["the", *words]
    return " ".join(["according", "to", *words])


def _claimed_by(verb: Any, span: Any) -> str:
    """ "according to Cameron" when the actor's clause is what someone else said ("Cameron said
    Labour had left millions trapped on welfare"): Labour's part is his claim, not a
    fact the story states. "" when the clause is the story's own, or the speaker is a
    pronoun, a common noun or the actor itself."""
    head = verb.head
    if verb.dep_ != "ccomp" or head.i == verb.i or head.i > verb.i:
        return ""
    if (verb_base(head.lower_) or head.lower_) not in _REPORTS:
        return ""
    speakers = [c for c in head.children if c.dep_ in _SUBJECTS]
    if not speakers or speakers[0].pos_ != "PROPN" or span.start <= speakers[0].i < span.end:
        return ""
    return _according_to(speakers[0])


def _owned(doc: Any, root: Any, span: Any, budget: int) -> str:
    """ "whose main depot was flooded" from "the company's main depot was flooded":
    what befell a thing of the actor's that is the subject of its
    clause, when no one (a spokesman, its troops) acts for it."""
    thing = root.head
    if root.dep_ not in {"poss", "compound"} or thing.dep_ not in _SUBJECTS:
        return ""
    if thing.pos_ != "NOUN" or is_role_noun(thing.text) or thing.lower_ in _PEOPLE:
        return ""
    owner = {t.i for t in root.subtree}
    # The thing as written, with what follows it ("phone call to the coastguard"); a
    # long one ("the league table after the weekend's games (columns: won, ...)") would not
    # read as a role.
    named = [
        t
        for t in thing.subtree
        if t.i not in owner and not (t.dep_ == "det" and t.head.i == thing.i)
    ]
    verb = thing.head
    if len(named) > 6 or verb.pos_ not in {"VERB", "AUX"}:
        return ""
    if verb.dep_ not in {"ROOT", "conj"}:
        return ""  # "Brel said the board's plan would fail": her claim, not what befell it
    words = words_of(named)
    phrase = _clause_of(
        doc, thing.head, thing.right_edge.i + 1, budget - len(words) - 1, finite=True
    )
    return " ".join(["whose", *words, phrase]) if phrase else ""


def _owned_by_whose(token: Any) -> bool:
    """Whether a noun is owned by a relative "whose" ("whose chief executive")."""
    return any(c.lower_ == "whose" for c in token.children)


def _whose(doc: Any, clause: Any, budget: int) -> str:
    """ "whose chief executive resigned in May" from "the trust, whose chief executive
    resigned in May,": what befell the actor's own part; "" for another relative."""
    subjects = [c for c in clause.children if c.dep_ in _SUBJECTS]
    if not subjects or not _owned_by_whose(subjects[0]):
        return ""
    subject = [t for t in subjects[0].subtree if t.lower_ != "whose"]
    named = words_of(subject)
    if len(named) > 4:
        return ""
    end = subjects[0].right_edge.i + 1
    phrase = _clause_of(doc, clause, end, budget - len(named) - 1, finite=True)
    return " ".join(["whose", *named, phrase]) if phrase else ""


# Plurals for people or bodies that act together, whose singular is no role noun.
_COLLECTIVES = terms(
    "troops, forces, fans, authorities, companies, people, police, crowds, supporters, "
    "protesters, citizens, nationals, families, parties, agencies, banks, groups, units, "
    "stores, shops, branches"
)


def _people(plural: str) -> bool:
    """Whether a plural noun names people or bodies ("officials", "troops"), not things
    ("Swiss bank accounts were used ..." is no act of the Swiss)."""
    one = singular(plural)
    return plural in _COLLECTIVES or plural.endswith("men") or is_role_noun(one) or one in _PEOPLE


def _with_things(subject: Any) -> bool:
    """Whether a subject's list joins names to a thing ("Vell, Ruiz and her last
    contract were ..."): the parser ran two clauses together, and the names did not act."""
    listed = [t for t in subject.subtree if t.dep_ == "conj" and t.tag_ == "NN"]
    # "Stallard and another leading light of the escape, Major Cousens,": a description
    # of someone named, not a thing.
    return any(
        not is_role_noun(t.text) and not any(w.pos_ == "PROPN" for w in t.subtree) for t in listed
    )


# Who speaks for a body: "a Harbour Board spokesman confirmed ..." is the Board's word.
_SPOKESPEOPLE = terms("spokesman, spokeswoman, spokesperson, representative, lawyer, lawyers")
# Also the nouns a body's name describes as itself: "the Letzgo Hunting group has ...".
_SPEAKS_FOR = _SPOKESPEOPLE | terms(
    "official, officer, source, statement, team, side, government, group, organisation, "
    "organization, company, firm, charity, campaign, movement, party, club, union, network, "
    "agency, website, channel, newspaper, band"
)


def _clause_of(doc: Any, verb: Any, subject_end: int, budget: int, *, finite: bool = False) -> str:
    """What the subject of ``verb`` did or said, or "" when the verb says nothing."""
    if verb.pos_ not in {"VERB", "AUX"}:
        return ""
    if (
        verb.tag_ == "VB"
        and verb.dep_ in {"ccomp", "xcomp"}
        and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children)
    ):
        # "helped the Duke and Duchess rekindle their romance", "made the driver stop":
        # what another made them do, and no tense to tell it in.
        return ""
    if verb.pos_ == "VERB" and verb.text.isalpha() and not is_verb_word(verb.text):
        return ""  # "Blues legend B.B. King was ...": the tagger made a noun a verb
    if verb.dep_ == "relcl" and any(
        t.lower_ in {"that", "which", "whom", "who"} and t.dep_ in {"dobj", "dative"}
        for t in verb.subtree
    ):
        # "something that even the NHS has yet fully put in place": what the clause acts
        # on is the noun before it, and the phrase would end without it.
        return ""
    first = verb
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head  # "if they win and MK Dons lose": the "if" is the first verb's
    if any(c.dep_ == "mark" and c.lower_ in {"if", "whether"} for c in first.children):
        return ""  # "wanted to know whether Ruiz had signed": a question, not her act
    if any(c.dep_ in _SUBJECTS and _personal(c.text) for a in verb.ancestors for c in a.children):
        return ""  # "'Every time I watch the board boasting ...'": a speaker's view
    reporting = _is_reporting(verb)
    told = _told_before(verb)
    if (
        not reporting
        and (verb_base(verb.lower_) or verb.lower_) in _REPORTS
        and told is not None
        and not any(c.dep_ in _OBJECTS and c.i > verb.i for c in verb.children)
    ):
        # "The ferry was sold, the harbour board announced on Monday": what it announced
        # stands before the verb, which has nothing of its own after it.
        reporting = True
    if reporting and not any(c.dep_ in {"ccomp", "xcomp"} and c.i > verb.i for c in verb.children):
        # "The ferry is sinking, the coastguard said": what it said stands before the verb. "said
        # in its latest update" or "told MPs last month" says nothing.
        return _said(verb, told, budget) if told is not None else ""
    if not any(c.dep_ in _COMPLEMENTS and c.i > verb.i for c in verb.children):
        return ""
    if verb.lower_ in _BE and any(
        c.dep_ == "attr" and c.pos_ == "PROPN" and c.i > verb.i for c in verb.children
    ):
        return ""  # "Charged are Rhys Tallow, 21": who someone is, or a run-on, not an act
    if reporting:
        quoted = _quoted_words(doc, verb, budget)
        if quoted:
            return quoted
    phrase = _verb_phrase(doc, verb, subject_end, budget, finite=finite)
    if any(_personal(w) for w in re.findall(r"[A-Za-z]+", phrase)):
        return ""  # "said she will regret it for the rest of my life": a quotation
    return phrase if len(phrase.split()) >= 3 else ""


_OPEN_QUOTES = frozenset({"'", "‘", '"', "“", "`", "``"})
_CLOSE_QUOTES = frozenset({"'", "’", '"', "”", "''"})


def _quoted_words(doc: Any, verb: Any, budget: int) -> str:
    """ "said this is going to be another tough year" from "said: 'This is going to be
    another tough year.'": a whole quotation set after a colon, told as what was said
    when it reads the same in the third person. Not one that speaks as "I", "we" or
    "you", asks, or orders ("'Remember that ...'"), nor one cut short: a quotation is
    never clipped, though one that runs on is told by its first sentence."""
    at = verb.i + 1
    if at + 2 >= len(doc) or doc[at].text != ":" or doc[at + 1].text not in _OPEN_QUOTES:
        return ""
    inside: list[Any] = []
    for token in doc[at + 2 :]:
        if token.text in _CLOSE_QUOTES and token.i > at + 2:
            break
        if token.text in _OPEN_QUOTES:
            return ""  # a second quotation inside: not one whole
        inside.append(token)
    else:
        # Its first sentence, when the quotation goes on into the next: whole, as far as
        # it goes ("said: 'The match was ... interruption. 'You saw ...").
        if not inside or inside[-1].text != ".":
            return ""
    while inside and inside[-1].is_punct:
        if inside[-1].text in {"?", "!"}:
            return ""
        inside.pop()
    if not inside or inside[0].tag_ == "VB" or any(_personal(t.text) for t in inside):
        return ""
    if any(t.text in {":", ";"} or (t.is_sent_start and t.i != inside[0].i) for t in inside):
        return ""  # two sentences quoted, or a list: not one thing said
    words = words_of(inside)
    if inside[0].pos_ != "PROPN":
        words[0] = words[0][:1].lower() + words[0][1:]
    if inside[0].pos_ in {"ADP", "ADV", "SCONJ"}:
        # "said that by her letter she ...": a fronted phrase would read as the verb's own.
        words.insert(0, "that")
    if len(words) + 1 > budget or len(words) < 3:
        return ""
    return " ".join([verb.text, *words])


_BE = terms("is, are, was, were, be, been, being, am")


def _is_reporting(verb: Any) -> bool:
    return (verb_base(verb.lower_) or verb.lower_) in _REPORTING


# Who speaks in a quotation: it cannot be turned into a report of what the actor said.
_PERSONAL = terms("i, me, my, mine, myself, we, us, our, ours, ourselves, you, your, yours")


def _personal(word: str) -> bool:
    """A first- or second-person word; "US", the country, is not "us"."""
    return word.lower() in _PERSONAL and not (len(word) > 1 and word.isupper())


def _unbracketed(tokens: list[Any]) -> list[Any]:
    """Without an aside in brackets ("the agency (the port's owner) said ..."): a bracket
    whose other half is not among the tokens stays, and keeps the phrase from being used."""
    dropped: set[int] = set()
    opened: int | None = None
    for token in tokens:
        if token.text == "(":
            opened = token.i
        elif token.text == ")" and opened is not None:
            dropped |= {t.i for t in tokens if opened <= t.i <= token.i}
            opened = None
    return [t for t in tokens if t.i not in dropped]


def _told_before(verb: Any) -> Any:
    """What a reporting verb reports before it: its clausal complement ("The ferry is
    sinking, the coastguard said"), or the clause the parser hangs it from, set off by
    a comma ("Fares will rise, the board announced on Friday, as ..."), as a clause of
    its own or as a conjunct with no "and" before it; else None."""
    before = [c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i]
    if before:
        return before[0]
    head = verb.head
    subjects = [c for c in verb.children if c.dep_ in _SUBJECTS and c.i < verb.i]
    if (
        verb.dep_ in {"advcl", "parataxis", "conj"}
        and head.i < verb.i
        and head.pos_ in {"VERB", "AUX"}
        and subjects
        and not any(c.dep_ == "mark" for c in verb.children)
        and "," in {verb.left_edge.text, verb.doc[max(verb.left_edge.i - 1, 0)].text}
    ):
        return head
    return None


def _said(verb: Any, clause: Any, budget: int) -> str:
    """ "said the ship is spinning out of control": the reporting verb and what it
    reports, a clause with its own subject, not told in the first or second person."""
    if not any(c.dep_ in _SUBJECTS | {"expl"} for c in clause.children):
        return ""
    if clause.i < verb.i and _begun_before(clause):
        return ""  # '"... chances to save him. Each one was missed," Cole told': a part
    own = {t.i for t in verb.subtree} if verb.head.i == clause.i != verb.i else set()
    if clause.i < verb.i:
        own |= set(range(_speaker_set_off(verb), verb.i))
    tokens = trim_edges(
        _unbracketed(
            _unreported(
                clause, sorted((t for t in clause.subtree if t.i not in own), key=lambda t: t.i)
            )
        )
    )
    # A colon inside: a caption ran into the sentence ("Vile acts: Police have ..."), or
    # a list, not one clause reported.
    if any(_personal(t.text) or "(" in t.text or ")" in t.text or t.text == ":" for t in tokens):
        return ""
    kept = fit(undated(tokens), clause, budget - 1)
    ids = {t.i for t in kept}
    if (verb_base(clause.lower_) or clause.lower_) in _LINKING and not any(
        c.i in ids and c.dep_ in _COMPLEMENTS | {"acomp"} for c in clause.children
    ):
        return ""  # "it does not look as though ...", cut to "it does not look"
    # "'This is a breach,' Gomez told WABC": the report is written without its hearer,
    # so "told" would read "told this is a breach".
    return _as_said(_SAID_FOR.get(verb.lower_, verb.text), kept)


_SAID_FOR = {"saying": "said", "told": "said", "tells": "says", "tell": "say", "telling": "said"}


def _speaker_set_off(verb: Any) -> int:
    """Where the words naming who speaks begin in "The party will meet, Foreign Minister
    and party vice-chairman Ana Ruiz said": at the last comma before the verb's subject.
    The parser may hang part of a long title on the report ("congress, Foreign
    Minister"), which then is no part of what was said."""
    subjects = [c for c in verb.children if c.dep_ in _SUBJECTS and c.i < verb.i]
    if not subjects:
        return int(verb.i)
    start: int = subjects[0].left_edge.i
    commas: list[int] = [t.i for t in verb.doc[:start] if t.text == ","]
    return commas[-1] if commas else start


def _begun_before(clause: Any) -> bool:
    """Whether words come before a report set before its verb: the quotation began in an
    earlier sentence, and the clause the parser hangs on the verb is only its end."""
    first = min(t.i for t in clause.subtree)
    return any(not t.is_punct and not t.is_space for t in clause.doc[:first])


# Verbs that say nothing without what follows them ("looks as though", "seems likely").
_LINKING = terms("look, seem, appear, sound, feel, become, remain")


def _as_said(verb: str, kept: list[Any]) -> str:
    """ "said the ship is spinning", the report's first word in lower case unless a name."""
    kept = trim_edges(kept)
    # "said but the repairs will take ...": a report that opens on a conjunction began
    # elsewhere; one that stops mid-phrase is no report either.
    if not kept or kept[0].pos_ == "CCONJ" or not _closed_phrase(kept):
        return ""
    words = words_of(kept)
    # A name, or a people's ("Vaskese police will ..."), keeps its capital.
    named = kept[0].tag_ in {"NNP", "NNPS"} or demonym_country(words[0]) is not None
    if not named and words[0] != "I":
        words[0] = words[0][:1].lower() + words[0][1:]
    phrase = clean_phrase([verb, *words])
    return phrase if len(phrase.split()) >= 4 else ""


def _unreported(keep: Any, tokens: list[Any]) -> list[Any]:
    """Without a report of another's set off inside the clause ("..., The Salt Lake
    Tribune reported"): its verb and subject go, what it reports stays."""
    dropped: set[int] = set()
    for token in tokens:
        subjects = [c for c in token.children if c.dep_ in _SUBJECTS]
        if (
            token.i > keep.i
            and subjects
            and subjects[0].i < token.i
            and subjects[0].left_edge.i > 0
            and token.doc[subjects[0].left_edge.i - 1].text == ","
            and (verb_base(token.lower_) or token.lower_) in _REPORTS
        ):
            dropped |= {token.i, subjects[0].left_edge.i - 1}
            for child in token.children:
                if child.dep_ not in {"ccomp", "xcomp"}:
                    dropped |= {t.i for t in child.subtree}
    return [t for t in tokens if t.i not in dropped]


def _reported(root: Any, budget: int) -> str:
    """What the article says the actor reported when the actor is not the verb's
    subject: "according to the coastguard, the ferry is ..." or "quoted X as saying ..."."""
    head = root.head
    if root.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ == "according":
        verb = head.head.head
        if verb.pos_ not in {"VERB", "AUX"} or verb.i == head.head.i:
            return ""
        around = {t.i for t in head.head.subtree}
        tokens = _unbracketed([t for t in verb.subtree if t.i not in around])
        if not any(c.dep_ in _SUBJECTS | {"expl"} for c in verb.children):
            return ""
        if any(_personal(t.text) or "(" in t.text or ")" in t.text for t in tokens):
            return ""
        return _as_said("said", fit(undated(trim_edges(tokens)), verb, budget - 1))
    if root.dep_ == "dobj" and head.pos_ == "VERB":
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ == "as" and child.i > root.i:
                speech = [c for c in child.children if c.dep_ == "pcomp" and _is_reporting(c)]
                content = [c for s in speech for c in s.children if c.dep_ == "ccomp"]
                if content:
                    return _said(speech[0], content[0], budget)
    return ""


def affiliation_of(article: Article, mention: Mention) -> str:
    """ "Atlantic Council" from "Alex Plitsas of the Atlantic Council"."""
    found = _span(article, mention)
    if found is None:
        return ""
    _, span = found
    root = span.root
    for child in root.children:
        # "Ruiz, originally from Vask,": where she came from, not a body she is of.
        origin = any(c.dep_ == "advmod" for c in child.children)
        if (
            child.dep_ == "prep"
            and child.lower_ in {"of", "at", "from"}
            and child.i >= span.end
            and not origin
        ):
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects and objects[0].pos_ == "PROPN":
                # Its name, not a clause about it ("of Alexandria, whose voice ...").
                about = {
                    t.i
                    for c in objects[0].children
                    if c.dep_ in {"relcl", "acl", "appos"}
                    for t in c.subtree
                }
                words = [
                    t
                    for t in objects[0].subtree
                    if (t.dep_ != "det" or t.i > objects[0].i) and t.i not in about
                ]
                phrase = clean_phrase(words_of(words))
                if child.lower_ != "at" and (country_code(phrase) or is_city(phrase)):
                    # "Salle Keita, of Mali,": where he is from, not a body he is of.
                    return f"from {phrase}"
                return phrase
    return ""


def acts(article: Article, mention: Mention, *, through_modifier: bool = False) -> bool:
    """Whether the mention takes part in its sentence rather than naming a setting.

    With ``through_modifier`` a name that only describes a noun ("Vaskese troops", "the
    Vaskese embassy") takes the part of that noun: the troops attack, the embassy is
    only where a rally was held; an institution of the country ("the Vaskese
    parliament") is the country acting wherever it stands."""
    found = _span(article, mention)
    if found is None:
        return False
    _, span = found
    root = span.root
    if through_modifier and root.dep_ in {"amod", "compound"} and root.head.pos_ == "NOUN":
        if root.head.lower_ in ORG_WORDS:
            return True
        root = root.head
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head  # "in Turkey, Mali and Georgia": the list stands where its first does
    if root.dep_ == "poss" and (root.head.lower_ in _TITLES or root.head.pos_ == "PROPN"):
        # "Poland's Foreign Minister": the minister acts, not the country; "Dorrow's
        # Harbour Street", "Vask's Daily Post": a named thing that is there.
        return False
    comma_before = root.left_edge.i > 0 and root.doc[root.left_edge.i - 1].text == ","
    if root.dep_ == "appos" and root.head.pos_ == "PROPN" and comma_before:
        return False  # "Harlow Bay, Calder": an address; not "Brassard (Canada)", a side
    if root.dep_ == "dobj" and (verb_base(root.head.lower_) or root.head.lower_) in _MOTION:
        return False  # "fled to", "reached Syria": where someone went
    if root.dep_ in _SUBJECTS and _with_things(root):
        return False  # "namely Vell, Ruiz and her last marriage was ...": two clauses run on
    if root.dep_ in _ACTING:
        return True
    return root.dep_ == "pobj" and root.head.lower_ in {"by", "with", "against", "between"}


# Prepositions of where: a name after one is where something happens; after one of
# direction, where someone goes or comes from when the verb is one of going ("drove to
# Vantage Stores", "graduated from Calder Academy"), not a party something is given or
# referred to ("referred the case to the Audit Office").
_WHERE = terms("in, at, inside, outside, near, across, through")
_WHITHER = terms("to, from, into, onto, toward, towards")
_GOING = _MOTION | terms(
    "go, come, drive, walk, run, head, rush, ride, sail, take, graduate, transfer, commute"
)


def only_where(article: Article, mention: Mention) -> bool:
    """Whether the mention only says where someone went or was: the object of a
    preposition of place ("went to Vantage Stores", "graduated from Calder Academy") or
    of a verb of motion ("visited the Harbour Office")."""
    root = _listed_root(article, mention)
    if root is None:
        return False
    if root.dep_ == "dobj":
        return (verb_base(root.head.lower_) or root.head.lower_) in _MOTION
    if root.dep_ != "pobj" or root.head.head.pos_ != "VERB":
        return False
    verb = root.head.head
    return root.head.lower_ in _WHERE or (
        root.head.lower_ in _WHITHER and (verb_base(verb.lower_) or verb.lower_) in _GOING
    )


# Dependents that end a described noun phrase: what follows is another clause.
_CLAUSAL = frozenset({"relcl", "acl", "advcl", "ccomp", "punct", "cc", "conj", "appos"})


def _noun_phrase(head: Any, skip: Any = None) -> list[Any]:
    """The words of a common noun's phrase ("a former Calder primary school teacher"),
    without its clauses, its leading article, or the span ``skip`` (the name itself)."""
    tokens = [head]
    for child in head.children:
        if child.dep_ in _CLAUSAL or (skip is not None and skip.start <= child.i < skip.end):
            continue
        if child.dep_ == "det" and child.i < head.i:
            continue
        if child.dep_ == "poss" and child.lower_ == "its":
            continue  # "Its chief executive, Ines Marlow,": "its" names no one in a role
        tokens.extend(child.subtree)
    return sorted(
        (t for t in tokens if skip is None or not skip.start <= t.i < skip.end), key=lambda t: t.i
    )


def description_of(article: Article, mention: Mention) -> str:
    """What the sentence calls the actor, read from the parse: a common noun in apposition
    ("Pell, a former Calder primary school teacher," or "Ana's father, Tom Ruiz,") or
    the common nouns that stand before the name ("driving instructor Marek Dorn")."""
    found = _span(article, mention)
    if found is None:
        return ""
    doc, span = found
    root = span.root
    nouns = [
        c
        for c in root.children
        if c.dep_ == "appos"
        and c.pos_ == "NOUN"
        and c.i >= span.end
        # "Quayside Grain, whose chief executive, Piet Oduya,": someone of its, not it
        and not _owned_by_whose(c)
    ]
    if nouns:
        return _described(doc, _noun_phrase(nouns[0]))
    head = root.head
    if root.dep_ == "appos" and head.pos_ == "NOUN" and head.i < span.start:
        if head.lower_ in {"body", "remains"}:
            # "The body of the watchman, Peter Hollis, was found": he is the watchman.
            whose = [
                t for c in head.children if c.lower_ == "of" for t in c.children if t.dep_ == "pobj"
            ]
            if whose and whose[0].pos_ == "NOUN":
                return _described(doc, _noun_phrase(whose[0], skip=span))
        described = _described(doc, _noun_phrase(head, skip=span))
        owner = head.head
        if described and _owned_by_whose(head) and owner.pos_ == "PROPN" and owner.i < head.i:
            # "Quayside Grain, whose chief executive, Piet Oduya,": the body's officer.
            body = [t for t in owner.subtree if t.i <= owner.i and t.pos_ == "PROPN"]
            if body and body[-1].i - body[0].i + 1 == len(body):
                return clean_phrase([*described.split(), "of", *words_of(body)])
        return described
    while root.dep_ == "compound" and head.dep_ == "compound" and head.head.pos_ == "NOUN":
        root, head = head, head.head  # "the Harlow Care birthing clinic"
    if (
        mention.label not in {"GPE", "LOC", "NORP"}
        and root.dep_ == "compound"
        and head.pos_ == "NOUN"
        and head.lower_ in _INSTITUTIONS
    ):
        # "the Black Banner group", "the Vask Judo club": what the name is.
        after = [t for t in _noun_phrase(head) if t.i >= span.end]
        if all(t.pos_ in {"NOUN", "ADJ"} or t.dep_ in {"compound", "amod"} for t in after):
            return clean_phrase(words_of(after))
    # The words before the name that modify it, back to the first that does not.
    # A proper noun before the name is part of it or a place ("Calder woman"), not of
    # the description, unless it modifies a noun of it ("former Calder primary school teacher").
    first = span.start
    while (
        first > 0
        # "26-year-old karate instructor": an age's number and hyphens belong to it.
        and (
            doc[first - 1].dep_ in {"compound", "amod", "nmod", "npadvmod"}
            or doc[first - 1].tag_ == "HYPH"
            or (doc[first - 1].dep_ == "nummod" and doc[first].tag_ == "HYPH")
        )
        and (span.start <= doc[first - 1].head.i < span.end or first <= doc[first - 1].head.i)
        and not (doc[first - 1].pos_ == "PROPN" and doc[first - 1].dep_ == "compound")
        # "Yesterday respected analyst Tom Hallam": when, not what he is.
        and doc[first - 1].lower_ not in _TIME_ADVERBS
    ):
        first -= 1
    tokens = list(doc[first : span.start])
    if len(tokens) == 1 and first > 0 and doc[first - 1].pos_ == "ADP":
        return ""  # "shown in court Rhys Tallow ...": a caption ran on, no description
    if len(tokens) == 1 and tokens[0].lower_ in _PLACE_MODIFIERS:
        return ""  # "the state Environmental Review Board": which level, not what it is
    if tokens and tokens[-1].pos_ == "NOUN" and tokens[-1].is_lower:
        return _described(doc, tokens)
    return ""


_TIME_ADVERBS = terms(
    "yesterday, today, tonight, tomorrow, now, earlier, later, meanwhile, recently, currently"
)
_ROLE_HEADS = frozenset(w.lower() for w in ROLE_HEADS)
# Nouns for people, kept short and general: who a person is when no office is named.
_PEOPLE = terms(
    """
    man, woman, men, women, boy, girl, child, teenager, teen, youngster, pupil, schoolgirl,
    schoolboy, mum, mom, dad, grandmother, grandfather, friend, colleague, neighbour,
    neighbor, fiancee, fiance, girlfriend, boyfriend, partner, widow, widower, nun, priest,
    monk, soldier, officer, pilot, expert, specialist, professional, midwife, surgeon,
    dentist, paramedic, medic, mechanic, guard, cook, clerk, nanny, maid, refugee, migrant,
    tourist, graduate, inmate, hostage, captive, fugitive, astronaut, diplomat, bride,
    spouse, heir, heiress, peer, militant, recruit, cadet
    """
)
# Words before a body's name that say which level of government, not what it is.
_PLACE_MODIFIERS = terms("state, city, county, federal, national, regional, local, town")
# What a body is, when its name modifies the word ("the Mat Sports karate studio").
_INSTITUTIONS = (ORG_WORDS | _ROLE_HEADS) - _TITLES - _PEOPLE | terms(
    """
    studio, charity, chain, clinic, gym, academy, camp, organisation, outfit, faction, cell,
    network, gang, cartel, regime, broadcaster, channel, newspaper, magazine, website
    """
)
# Agent nouns: "instructor", "scientist", "physician", "assistant", "employee".
_AGENT_NOUN = re.compile(r"^[a-z-]{3,}(?:er|or|ist|ian|ant|ent|eer|ee|man|woman|person)$")


def is_role_noun(word: str) -> bool:
    """Whether a common noun names what a person or body is: an office, a relation, or
    an agent noun of the language ("instructor", "physician")."""
    lower = word.lower()
    return (
        lower in _ROLE_HEADS
        or lower in _PEOPLE
        or (bool(_AGENT_NOUN.match(lower)) and is_common_word(lower))
    )


def named_kind(article: Article, mention: Mention) -> str:
    """What a body's own name says it is, with the words the sentence describes it by:
    "understaffed hospital in Dorrow" from "the understaffed Arlen Dental Hospital in
    Dorrow"; "" when the sentence adds nothing to the name's last word."""
    found = _span(article, mention)
    if found is None:
        return ""
    doc, span = found
    head, last = span.root, doc[span.end - 1]
    if last.lower_ not in _INSTITUTIONS or last.i != head.i:
        return ""
    before = sorted(
        (t for c in head.children if c.dep_ == "amod" and c.i < span.start for t in c.subtree),
        key=lambda t: t.i,
    )
    after: list[Any] = []
    for child in head.children:
        objects = [c for c in child.children if c.dep_ == "pobj" and c.pos_ == "PROPN"]
        if child.dep_ == "prep" and child.lower_ in {"in", "near"} and objects:
            after = [child, *objects[0].subtree]
            break
    if not before and not after:
        return ""
    return clean_phrase([*words_of(before), last.lower_, *words_of(after)])


def _described(doc: Any, tokens: list[Any]) -> str:
    """A description as a clean phrase, or "" unless its head names a role."""
    nouns = [t for t in tokens if t.pos_ == "NOUN"]
    if not nouns or not is_role_noun(nouns[-1].text):
        return ""
    if len(tokens) > 1 and tokens[0].tag_ == "CD" and tokens[1].tag_ != "HYPH":
        return ""  # "two babies and one mother, Clara Dunn": a count, not what she is
    if any(t.pos_ in {"VERB", "AUX"} and t.dep_ not in {"amod", "compound"} for t in tokens):
        return ""  # a clause, not a description
    return clean_phrase(words_of(tokens))


def _lower_first(tokens: list[Any]) -> list[str]:
    """The words of the tokens, the sentence's first in lower case when it is moved
    inside the phrase ("At least" → "at least"); a name keeps its capital."""
    words = words_of(tokens)
    moved = [
        t
        for t in tokens[1:]
        if (t.i == 0 or t.doc[t.i - 1].text == ":")  # "Inquiry: The driver ..." opens too
        and t.tag_ not in {"NNP", "NNPS"}
        and t.text != "I"
    ]
    if moved:
        n = len(words_of(tokens[: tokens.index(moved[0]) + 1])) - 1
        words[n] = words[n][:1].lower() + words[n][1:]
    return words


def undergone(
    article: Article, mention: Mention, budget: int = MAX_ROLE_WORDS, *, unnamed: bool = False
) -> str:
    """What was done by or to the actor when it is not a subject: the agent of a passive
    ("Dorn was charged by the county police" → "charged Dorn"; "the inquiry,
    led by Brel," → "led the inquiry") or the object of another's verb ("the mayor
    accused Ruiz of ..." → "accused by the mayor of ..."); ``unnamed``, also when the
    doer is a pronoun ("she sued the board for ..." → "sued for ...")."""
    found = _span(article, mention)
    if found is None:
        return ""
    _, span = found
    root = span.root
    while root.dep_ == "conj" and root.head.dep_ in {"dobj", "pobj", "conj"}:
        root = root.head  # "accused Ana Ruiz and Tom Hale of ...": both were accused
    if root.dep_ == "pobj" and root.head.dep_ == "agent":
        verb = root.head.head
        patients = [c for c in verb.children if c.dep_ == "nsubjpass"]
        if not patients and verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ == "NOUN":
            # "the inquiry, led by Judge Anna Brel,"; not a caption's label the parse hung
            # a whole clause from ("Inquiry: the driver is being questioned by police").
            patients = [verb.head]
            patient = _noun_phrase(verb.head)
        else:
            patient = _noun_phrase(patients[0]) if patients else []
        if verb.pos_ == "VERB" and patients and patients[0].pos_ != "PRON":
            rest = [
                c
                for c in verb.children
                if c.i > verb.i and c.dep_ in {"prep", "dobj", "xcomp", "oprd"}
            ]
            # "The study will be carried out by Halvorsen" → "carried out the study".
            particles = [c for c in verb.children if c.dep_ == "prt"]
            article_of = [
                c
                for c in patients[0].children
                if c.dep_ == "det" and c.i < patients[0].i and c.lower_ in {"the", "a", "an"}
            ]
            tokens = [verb, *particles, *article_of, *patient]
            for child in rest:
                tokens.extend(child.subtree)
            kept = fit(tokens, verb, budget) if len(tokens) > budget else []
            # The verb first, as it was before the cut: "described at least 16 men as ...".
            kept = [verb, *(t for t in kept if t.i != verb.i)] if kept else []
            words = _lower_first(kept) if kept else []
            phrase = clean_phrase(words or _lower_first(tokens[: budget + 1]))
            return phrase if len(phrase.split()) >= 2 else ""
    if root.dep_ == "dobj" and root.head.pos_ == "VERB":
        verb = root.head
        doer = _doer(verb)
        participle = _participle(verb)
        base = verb_base(verb.lower_) or verb.lower_
        if doer is None or participle is None or base == "tell":
            return ""  # "Brel told the court ...": who heard her, not what befell it
        if base in _GONE_TO:
            return ""  # "Ruiz joined Calder Rovers in May": where she went, not a passive
        if any(t.text in {":", ";"} for t in root.doc[verb.i + 1 : root.i]):
            return ""  # "To win : 6-5 Calder": a table's heading, not the verb's object
        # "ruled out Barrick" → "ruled out by analysts": the particle stays with its verb.
        particles = [c.lower_ for c in verb.children if c.dep_ == "prt"]
        if doer.pos_ == "PRON":
            # "She sued the Harbour Board for damages": the act, without a "by her" that
            # would name no one; only when asked, as a later sentence may name her.
            if not unnamed:
                return ""
            words = [participle, *particles]
        else:
            agent = words_of(list(doer.subtree))
            if any(t.like_num or _breaks_name(t) for t in doer.subtree):
                return ""  # "Ruiz b Hale 8 Lund", "Cricket - Calder": a table or a headline
            first = doer.left_edge
            if first.tag_ == "DT" or (first.i == 0 and first.tag_ in {"NN", "NNS"}):
                agent[0] = agent[0].lower()  # "by the harbour union", "by firefighters"
            words = [participle, *particles, "by", *agent]
        for child in verb.children:
            if child.i > root.i and child.dep_ in {"prep", "advcl", "xcomp"}:
                extra = list(child.subtree)
                if any(_personal(t.text) for t in extra):
                    break  # a quotation
                extra = fit(extra, child, budget - len(words))
                if len(extra) < 2:
                    break  # what follows would not fit
                words.extend(words_of(extra))
        phrase = clean_phrase(words) if len(words) <= budget else ""
        return phrase if len(phrase.split()) >= (4 if "by" in words[1:3] else 3) else ""
    return ""


# Verbs whose object is where the subject goes or went: "joined" or "fled by" misreads.
_GONE_TO = terms(
    "reach, enter, leave, visit, flee, cross, tour, return, travel, fly, move, arrive, "
    "escape, approach, exit, join, rejoin, quit"
)
_FINITE = frozenset({"VBD", "VBZ", "VBP"})
# Who a third-person pronoun stands for is told elsewhere; "I", "we", "you" quote someone.
_THIRD_PERSON = terms("he, she, they, it")


def _doer(verb: Any) -> Any:
    """The subject of a verb whose object is the actor: its own, or the one it shares
    with the verb it is joined to ("Ruiz arrived and thanked the crew"); a third-person
    pronoun, whose act is told without it; else None."""
    if any(c.dep_ == "mark" and c.lower_ in {"whether", "if", "unless"} for c in verb.children):
        return None  # "whether he will recall Hale": not done, only wondered about
    # Only a verb of the same form shares its subject ("arrived and thanked"); "was
    # speaking with ... and shadow minister Ruiz" read as a verb is no act of his.
    joined = verb.dep_ == "conj" and verb.tag_ == verb.head.tag_ and verb.tag_ in _FINITE
    for clause in (verb, verb.head if joined else None):
        if clause is None or clause.pos_ not in {"VERB", "AUX"}:
            continue
        subjects = [c for c in clause.children if c.dep_ == "nsubj"]
        if subjects:
            subject = subjects[0]
            if subject.pos_ in {"PROPN", "NOUN"} or subject.lower_ in _THIRD_PERSON:
                return subject
            return None
    # "Drawn up to brief the Senate ..., the memo warns ...": a purpose or a participle's
    # clause with no subject of its own is done by the subject of the clause it hangs
    # from; not an infinitive a verb takes as its object ("asked Ruiz to sign the deal"),
    # whose doer may be that verb's object.
    if verb.dep_ != "advcl" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    clause = verb
    for _ in range(MAX_CLIMB):
        if clause.head.pos_ not in {"VERB", "AUX"}:
            return None
        # Only through a purpose clause or a participle's ("drawn up to ..."): a finite
        # verb with no subject of its own is more often a misparse than a shared subject.
        through = clause is verb or (
            clause.dep_ in {"advcl", "conj"} and clause.tag_ in {"VBN", "VBG"}
        )
        if not through or any(c.dep_ in _SUBJECTS | {"expl"} for c in clause.children):
            return None
        clause = clause.head
        subjects = [c for c in clause.children if c.dep_ == "nsubj"]
        if subjects:
            subject = subjects[0]
            return subject if subject.pos_ in {"PROPN", "NOUN"} else None
    return None


MAX_CLIMB = 3  # clauses gone up from a verb with no subject to the one that has it


# Punctuation inside a name or a noun ("O'Neill", "St. Mary", "high-quality").
_IN_NAMES = frozenset({"'", "’", ".", "-"})


def _breaks_name(token: Any) -> bool:
    """Whether a punctuation mark breaks a run of words, not joins one ("high-quality")."""
    if not token.is_punct or token.text not in _IN_NAMES:
        return bool(token.is_punct)
    return token.text == "-" and bool(token.whitespace_)


# Titles of whoever leads a body, a team or a country ("Dorrow Athletic captain Tom Hale").
_LEADERS = terms(
    """
    captain, coach, manager, leader, president, chairman, chairwoman, chair, director,
    boss, executive, ceo, governor, mayor, commander, chief, head, skipper, premier
    """
)


def led_by(article: Article, mention: Mention) -> str:
    """ "led by captain Tom Hale" from "Dorrow Athletic captain Tom Hale said ..." or
    "Dorrow Athletic's captain, Tom Hale,": a body's name in the title of the person
    who leads it; "" for any other title ("Kestria foreign minister" leads a ministry,
    not Kestria)."""
    found = _span(article, mention)
    if found is None:
        return ""
    doc, span = found
    title = span.root.head
    if span.root.dep_ not in {"compound", "amod", "nmod", "poss"} or title.i < span.end:
        return ""
    name = title.head
    named = [c for c in title.children if c.dep_ == "appos" and c.tag_ == "NNP"]
    if title.dep_ != "compound" and named:
        # "Dorrow Athletic's captain, Tom Hale, said ...": the name set off after it.
        name = named[0]
        tokens = [t for t in doc[span.end : title.i + 1] if t.tag_ != "POS"]
        tokens += [t for t in name.subtree if t.tag_ == "NNP"]
        if len(tokens) != len({t.i for t in tokens}) or tokens[-1].i != name.i:
            return ""
    elif title.dep_ == "compound":
        tokens = [t for t in doc[span.end : name.i + 1] if t.tag_ != "POS"]
    else:
        return ""
    if title.lower_ not in _LEADERS or name.tag_ != "NNP" or name.i <= title.i:
        return ""
    if len(tokens) > 6 or any(t.is_punct or t.pos_ not in {"NOUN", "PROPN", "ADJ"} for t in tokens):
        return ""
    if any(t.pos_ == "PROPN" for t in tokens if t.i < title.i):
        return ""  # "House Judiciary Chairman": the title names another body
    if any(t.pos_ == "NOUN" and t.lower_ not in _LEADERS for t in tokens if t.i < title.i):
        return ""  # "election campaign director": who leads the campaign, not the party
    # The title in lower case, the name as written: "led by chief executive Ana Ruiz".
    words = [t.lower_ if t.pos_ != "PROPN" else t.text for t in tokens]
    if not any(t.pos_ == "PROPN" and t.i > title.i for t in tokens):
        return ""
    return clean_phrase(["led", "by", *words])


# Verbs two sides do together: "Ruiz met with Hale" tells Hale met Ruiz.
_TOGETHER = terms(
    """
    meet, talk, speak, celebrate, negotiate, clash, argue, fight, play, work, live, marry,
    side, trade, merge, partner, collaborate, team, compete, agree, disagree, quarrel,
    train, dance, sing, perform, chat, dine, travel, star, share, tie, draw
    """
)


def done_with(article: Article, mention: Mention) -> str:
    """ "celebrated with Ana Ruiz" from "Ruiz celebrated with Tom Hale": what the named
    subject of a verb two do together did with the actor; "" for any other verb."""
    root = _listed_root(article, mention)
    if root is None:
        return ""
    with_ = root.head
    verb = with_.head
    if root.dep_ != "pobj" or with_.lower_ != "with" or with_.dep_ != "prep":
        return ""
    if verb.pos_ != "VERB" or (verb_base(verb.lower_) or verb.lower_) not in _TOGETHER:
        return ""
    if any(c.dep_ == "neg" for c in verb.children) or verb.i > with_.i:
        return ""  # "never played with Hale": what they did not do
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"]
    if not subjects or len(list(subjects[0].subtree)) > 5:
        return ""
    doer = list(subjects[0].subtree)
    if any(_breaks_name(t) for t in doer):
        return ""
    particles = [c for c in verb.children if c.dep_ == "prt" and c.i < with_.i]
    return clean_phrase(words_of([verb, *particles, with_, *doer]))


# Acts named by a noun, with the verb that says the actor did them ("an inquiry by the
# county police" → "carried out an inquiry"; "a bid by Harbour Lines" → "made a bid").
_CARRIED_OUT = terms(
    """
    investigation, inquiry, probe, raid, attack, assault, bombing, review, study, survey,
    audit, analysis, search, operation, crackdown, campaign, test, tests
    """
)
_MADE = terms(
    """
    bid, offer, decision, ruling, proposal, request, appeal, claim, statement,
    announcement, error, mistake, blunder, complaint, discovery, donation, payment
    """
)


def did_the_noun(article: Article, mention: Mention) -> str:
    """ "carried out an investigation into the fire" from "an investigation into the fire
    by the county police": the act a noun names, whose doer the actor is ("by"); ""
    when the noun is not one of the acts known to take such a verb."""
    root = _listed_root(article, mention)
    if root is None:
        return ""
    doc = root.doc
    by = root.head
    noun = by.head
    if root.dep_ != "pobj" or by.lower_ != "by" or noun.pos_ != "NOUN" or by.dep_ != "prep":
        return ""
    verb = "carried out" if noun.lower_ in _CARRIED_OUT else "made" if noun.lower_ in _MADE else ""
    if not verb or noun.i > by.i:
        return ""
    tokens = [t for t in doc[noun.left_edge.i : by.i] if t.dep_ != "poss" and t.tag_ != "POS"]
    if not tokens or any(_breaks_name(t) or t.pos_ in {"VERB", "AUX"} for t in tokens):
        return ""
    if tokens[0].dep_ != "det":
        tokens = [t for t in tokens if t.dep_ != "det"]
    words = _lower_first(tokens)
    if len(words) > MAX_ROLE_WORDS - 2:
        return ""
    return _closed_phrase(tokens) and clean_phrase([*verb.split(), *words])


# Days and months, which own a match only as its date ("Sunday's clash with ...").
_DAY_NAMES = terms(
    """
    monday, tuesday, wednesday, thursday, friday, saturday, sunday, january, february,
    march, april, may, june, july, august, september, october, november, december
    """
)
# What two sides do together: either may be named after "with" ("talks with Ruiz").
_MUTUAL = terms(
    """
    talks, meeting, meetings, deal, agreement, negotiations, draw, match, game, clash,
    fight, dispute, row, alliance, partnership, merger, truce, ceasefire, battle, war,
    tie, contest, showdown, rivalry, treaty, pact
    """
)


def mutual_party(article: Article, mention: Mention) -> str:
    """ "1-1 draw with Calder Rovers" from "Calder Rovers' 1-1 draw with Dorrow", "talks
    with Lena Brel" from "Brel held talks with the union": what the other side did with
    the actor, when the noun names what two sides do together and the sentence names
    that side; "" otherwise (a "win against" it is not its win)."""
    root = _listed_root(article, mention)
    if root is None:
        return ""
    preposition = root.head
    noun = preposition.head
    if (
        root.dep_ != "pobj"
        or preposition.lower_ not in {"with", "against"}
        or noun.pos_ != "NOUN"
        or noun.lower_ not in _MUTUAL
    ):
        return ""
    if any(c.dep_ == "neg" or c.lower_ == "no" for c in [*noun.children, *noun.head.children]):
        return ""  # "has no treaty with Calder": what the two do not have
    owners = [
        c
        for c in noun.children
        if c.dep_ == "poss" and c.pos_ == "PROPN" and c.lower_ not in _DAY_NAMES
    ]
    if owners:
        other = [t for t in owners[0].subtree if t.tag_ != "POS"]
    elif noun.dep_ == "dobj" and noun.head.pos_ == "VERB":
        subjects = [c for c in noun.head.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"]
        other = list(subjects[0].subtree) if subjects else []
    else:
        other = []
    if not other or len(other) > 5 or any(_breaks_name(t) or t.pos_ == "PRON" for t in other):
        return ""
    modifiers = [
        t
        for c in noun.children
        if c.dep_ in {"amod", "nummod", "compound"} and c.i < noun.i
        for t in c.subtree
    ]
    if any(t.pos_ == "PROPN" for t in modifiers):
        return ""  # "the Calder Cup match": a name of its own, not what it is
    words = words_of([*modifiers, noun, preposition])
    named = words_of(other)
    if other[0].tag_ == "DT":
        named[0] = named[0].lower()
    phrase = clean_phrase([*words, *named])
    return phrase if len(phrase.split()) >= 3 else ""


def _permitted_by(verb: Any) -> str | None:
    """The participle of the verb that lets, asks or makes a subject do ``verb`` ("allowed"
    in "the government allowed Kestria to use ...", which the parser reads as Kestria
    using), when ``verb`` is that infinitive; else None."""
    head = verb.head
    if (
        verb.dep_ not in {"ccomp", "xcomp"}
        or head.i == verb.i
        or head.pos_ != "VERB"
        or head.i > verb.i
        or not any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)
        or not any(c.dep_ == "nsubj" and c.i < head.i for c in head.children)
        # "wants Ruiz to resign": Ruiz is not wanted to; only a verb that can be passive
        # so ("was allowed to", "was asked to", "was expected to") gives the role.
        or (verb_base(head.lower_) or head.lower_) in _WISHING
    ):
        return None
    return _participle(head)


_WISHING = frozenset({"want", "need", "like", "love", "prefer", "hate", "wish", "help"})


def _participle(verb: Any) -> str | None:
    """The past participle of a verb in any tense ("orders" → "ordered"), or None when
    it is irregular and its participle cannot be told from its past ("gave", "began")."""
    lower = str(verb.lower_)
    if verb.tag_ == "VBN" or (verb.tag_ == "VBD" and lower.endswith("ed")):
        return lower
    base = verb_base(lower) or (lower if verb.tag_ in {"VB", "VBP"} else None)
    if base is None and verb.tag_ == "VBD" and lower in verb_forms():
        base = lower  # "beat" in "Calder beat Dorrow": past and base alike
    if base is None or verb.tag_ not in {"VB", "VBP", "VBZ", "VBD"}:
        return None
    forms = verb_forms().get(base)
    if forms:
        return _irregular_participle(base, forms)
    if verb.tag_ == "VBD":
        return None
    if base.endswith("e"):
        return base + "d"
    if len(base) > 2 and base.endswith("y") and base[-2] not in "aeiou":
        return base[:-1] + "ied"
    return base + "ed"


# Verbs whose participle is their base though their past is not ("ran", "run").
_BASE_PARTICIPLE = terms("run, come, become, overcome, outrun")
# Verbs whose object is not something done to it ("had a car", "got a letter").
_NO_PASSIVE = terms("be, have, get, go, do")


def _irregular_participle(base: str, forms: tuple[str, ...]) -> str | None:
    """The participle among an irregular verb's forms: the one form it has besides the
    present ("held", "caught", "beaten"), or of a past and a participle the one in -n
    ("took", "taken"); the base when it has none ("hit", "put"); else None."""
    if base in _NO_PASSIVE:
        return None
    if base in _BASE_PARTICIPLE:
        return base
    doubled = [f for f in forms if f.endswith("ed")]
    if doubled:
        return doubled[0]
    kept = [f for f in forms if not f.endswith(("ing", "s"))]
    if not kept:
        return base
    if len(kept) == 1:
        return kept[0]
    told = [f for f in kept if f.endswith("n")]
    return told[0] if len(told) == 1 else None


def setting_of(article: Article, mention: Mention, budget: int = MAX_ROLE_WORDS) -> str:
    """What happened in a place that is only the setting of its clause ("In Dorrow, the
    number of cases has fallen" → "number of cases has fallen"), when the clause's
    subject is a common noun: never another actor's clause, nor a pronoun's."""
    root = _listed_root(article, mention)
    if root is None:
        return ""
    preposition = root.head
    if root.dep_ != "pobj" or preposition.lower_ not in {"in", "across", "throughout"}:
        return ""
    verb = preposition.head
    subjects = [c for c in verb.children if c.dep_ in _SUBJECTS]
    if verb.pos_ not in {"VERB", "AUX"} or not subjects:
        return ""
    if verb.tag_ in {"VBG", "VBN"} and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children):
        return ""  # "his ship drifting in the Atlantic": no tense, no clause of its own
    share = _share_before(verb, subjects[0])
    if subjects[0].pos_ != "NOUN" and not share:
        return ""
    if any(t.pos_ == "PROPN" for t in subjects[0].subtree):
        return ""
    around = {t.i for t in preposition.subtree}
    clause = [
        t
        for t in verb.subtree
        if t.i not in around
        and (t.i >= subjects[0].left_edge.i)
        and not (t.dep_ in {"ccomp", "conj", "advcl", "parataxis", "cc"} and t.head.i == verb.i)
    ]
    inner = {
        t.i
        for c in verb.children
        if c.dep_ in {"ccomp", "conj", "advcl", "parataxis"}
        for t in c.subtree
    }
    tokens = trim_edges([t for t in clause if t.i not in inner])
    if tokens and tokens[0].lower_ in LEADING and tokens[0].dep_ != "det":
        return ""  # "at least 16 men ...": the phrase would lose its first word
    kept = fit(undated(tokens), verb, budget - len(words_of(share)))
    if share:
        # "Of the 12 fires, nine were ..." → "nine of the 12 fires were ...".
        whose = {t.i for t in subjects[0].subtree}
        subject = [t for t in kept if t.i in whose]
        kept = [*subject, *share, *(t for t in kept if t.i not in whose)]
    phrase = _closed_phrase(kept) if kept else ""
    if phrase and kept[0].is_sent_start and kept[0].tag_ not in {"NNP", "NNPS"}:
        phrase = phrase[:1].lower() + phrase[1:]  # "Thieves stole ..." → "thieves stole ..."
    return phrase if len(phrase.split()) >= 3 else ""


def officer_act(article: Article, mention: Mention, budget: int = MAX_ROLE_WORDS) -> str:
    """What a body's officer did, for a body the article names only as the officer's:
    "Dale Ruiz, president of the Calder Growers Association, said members were
    relieved" gives the association "its president, Dale Ruiz, said members were
    relieved"; so do "the president of the association, Dale Ruiz," and "Judge Ana Brel
    of the Calder Court said ..." ("its judge, Ana Brel, said ..."). The officer is
    named, so the act is hers, and "its" says whose officer she is."""
    found = _span(article, mention)
    if found is None:
        return ""
    doc, span = found
    root = span.root
    if root.dep_ != "pobj" or root.head.lower_ not in {"of", "at"}:
        return ""
    head = root.head.head
    titles = [head] if head.pos_ == "NOUN" else []
    if titles and head.dep_ == "appos" and head.head.pos_ == "PROPN":
        person = head.head  # "Dale Ruiz, president of the association,"
    elif titles:
        named = [c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
        if not named:
            return ""
        person = named[0]  # "the president of the association, Dale Ruiz,"
    elif head.pos_ == "PROPN":
        person = head  # "Judge Ana Brel of the Calder Court"
        titles = [
            c
            for c in head.children
            if c.dep_ == "compound" and c.lower_ in _TITLES and c.i < head.i
        ]
    else:
        return ""
    if len(titles) != 1 or not is_role_noun(titles[0].text) or titles[0].lower_ in _INSTITUTIONS:
        return ""  # "its parent company, Castlegate Holdings,": a body, not its officer
    name = [
        t
        for t in doc[person.left_edge.i : person.i + 1]
        if t.pos_ == "PROPN" and t.i != titles[0].i and t.lower_ not in _TITLES
    ]
    if not name or name[-1].i != person.i or name[-1].i - name[0].i + 1 != len(name):
        return ""
    offset = article.sentences[mention.sentence - 1].start
    start, end = offset + name[0].idx, offset + name[-1].idx + len(name[-1].text)
    officer = Mention(article.text[start:end], "PERSON", start, end, mention.sentence)
    title = titles[0].lower_
    act = action_of(article, officer, budget - 2 - len(name))
    if not act or act.split()[0] == "whose":
        return ""
    return f"its {title}, {officer.text}, {act}"


# Prepositions that put a clause at a body's premises ("taught at Davis High School").
_AT_PREMISES = terms("at, in, inside, outside")
# Nouns of a body's premises that its name can stand before ("an Asda supermarket").
_PREMISES = terms(
    """
    headquarters, office, offices, campus, plant, factory, store, shop, supermarket,
    branch, restaurant, hotel, stadium, ground, arena, studio, site, centre, center,
    hospital, school, warehouse, mine, base, depot, laboratory, lab, clinic, church,
    mosque, temple, prison, jail, court, station, airport, terminal, hall, building,
    facility, premises, compound, embassy, consulate, park, club
    """
)


def where_of(article: Article, mention: Mention, budget: int = MAX_ROLE_WORDS) -> str:
    """What someone else did at a body's premises, when the body does nothing itself:
    "Tom Hale taught science at Dorrow High School from 2019" gives the school "school
    where Tom Hale taught science from 2019"; "at a Brel supermarket" gives "supermarket
    where ...". The clause keeps its own subject, so it is never told as the body's act;
    not when that subject is a pronoun, whom the role could not name."""
    found = _span(article, mention)
    if found is None:
        return ""
    span = found[1]
    root = span.root
    kind = ""
    if root.dep_ == "compound" and root.head.i == span.end and root.head.lower_ in _PREMISES:
        root = root.head  # "at an Asda supermarket": the supermarket is the premises
        kind = root.lower_
    elif root.i == span.end - 1 and root.lower_ in _PREMISES | _INSTITUTIONS:
        kind = root.lower_  # "Dorrow High School": the name says what it is
    if root.dep_ != "pobj" or root.head.lower_ not in _AT_PREMISES:
        return ""
    if kind not in _PREMISES and root.head.lower_ != "at":
        return ""  # "invested in Brel Holdings": "at" a body is at its premises, "in" one is not
    preposition = root.head
    verb = preposition.head
    while verb.pos_ == "NOUN" and verb.dep_ == "pobj" and verb.head.dep_ == "prep":
        verb = verb.head.head  # "jailed for 27 months at the court": the jailing's place
    if verb.dep_ in _SUBJECTS and verb.pos_ == "NOUN":
        verb = verb.head  # "A guard at the bureau's gate was shot": the subject's place
    if (
        verb.pos_ == "VERB"
        and verb.dep_ in {"advcl", "xcomp"}
        and verb.head.pos_ == "VERB"
        and not any(c.dep_ in _SUBJECTS for c in verb.children)
    ):
        verb = verb.head  # "gave out cake while campaigning at ...": the giver's
    if verb.pos_ not in {"VERB", "AUX"} or verb.dep_ in {"amod", "acl", "relcl"}:
        return ""
    subjects = [c for c in verb.children if c.dep_ in _SUBJECTS]
    if not subjects or subjects[0].i > verb.i:
        return ""
    subject = subjects[0]
    if any(c.dep_ in {"relcl", "acl", "appos"} for c in subject.children):
        return ""  # "Tom Hale, who joined in 2019,": too much said of the subject
    if any(t.pos_ == "PRON" for t in subject.subtree):
        return ""  # "he", "her successor": someone the role could not name
    around = {t.i for t in preposition.subtree}
    if any(span.start <= t.i < span.end for t in subject.subtree) and not around & {
        t.i for t in subject.subtree
    }:
        return ""
    inner = {
        t.i
        for c in verb.children
        if c.dep_ in {"ccomp", "conj", "parataxis", "cc"} or (c.dep_ == "punct" and c.i > verb.i)
        for t in c.subtree
    }
    tokens = trim_edges(
        [
            t
            for t in verb.subtree
            if t.i not in around and t.i not in inner and t.i >= subject.left_edge.i
        ]
    )
    if not tokens or any(_personal(t.text) for t in tokens):
        return ""
    room = budget - 1 - (1 if kind else 0)
    tokens = undated(tokens)  # "on Friday" is the story's time, not the place's part
    kept = fit(tokens, verb, room) if len(tokens) > room else tokens
    phrase = _closed_phrase(kept) if kept else ""
    if len(phrase.split()) < 3:
        return ""
    if kept[0].dep_ == "det":
        phrase = f"{kept[0].lower_} {phrase}"  # "a guard was shot": no role starts "a"
    elif kept[0].is_sent_start and kept[0].tag_ not in {"NNP", "NNPS"}:
        phrase = phrase[:1].lower() + phrase[1:]  # "Guards were shot" → "guards were shot"
    return " ".join(w for w in (kind, "where", phrase) if w)


def _share_before(verb: Any, subject: Any) -> list[Any]:
    """The whole a number is a share of, set before it ("of the 12 fires, nine
    were ..."): "of" and its noun without what follows the noun; else []."""
    if subject.pos_ != "NUM" or len(list(subject.subtree)) != 1:
        return []
    for child in verb.children:
        objects = [c for c in child.children if c.dep_ == "pobj"]
        if child.dep_ == "prep" and child.lower_ == "of" and child.i < subject.i and objects:
            noun = objects[0]
            later = {t.i for c in noun.children if c.i > noun.i for t in c.subtree}
            return [child, *(t for t in noun.subtree if t.i not in later)]
    return []
