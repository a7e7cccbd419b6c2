"""Coarse parts of speech from a pipeline's attribute rules, without spaCy's matcher.

In ``en_core_web_sm`` the tagger predicts fine tags (``VBD``, ``PRP``) and an
``attribute_ruler`` maps them, with a few word and dependency exceptions, to coarse parts
of speech (``AUX``, ``PRON``). The ruler runs a general token matcher over every sentence
and cost about a third as much as the parser itself; its rules are all one-token tests of
the tag, the lower-cased word, the dependency label and whether the token is a space (one
rule looks at the token before), so a lookup keyed by the tag does the same work.

Only what the engine reads is set: the coarse part of speech, and the tag and dependency
of space tokens. Lemmas and morphology are not read from a parse, so they are not set.
:func:`coarse_tagger` returns None for a ruler whose rules take another shape; the
caller then runs the ruler itself.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

# The token attributes a rule may test, in the order :func:`_values` reads them.
_ATTRS = ("TAG", "LOWER", "DEP", "IS_SPACE")
# The attributes a rule may set that the engine reads.
_SET = ("POS", "TAG", "DEP")

Values = tuple[str, str, str, bool]


def _values(token: Any) -> Values:
    return (token.tag_, token.lower_, token.dep_, token.is_space)


@dataclass(frozen=True)
class _Test:
    attr: int  # an index into _ATTRS
    equals: object = None
    among: frozenset[object] | None = None
    outside: frozenset[object] | None = None

    def passes(self, values: Values) -> bool:
        value = values[self.attr]
        if self.among is not None:
            return value in self.among
        if self.outside is not None:
            return value not in self.outside
        return bool(value == self.equals)

    def allowed(self) -> frozenset[object] | None:
        """The values this test accepts, when it names them (None for ``NOT_IN``)."""
        if self.outside is not None:
            return None
        return self.among if self.among is not None else frozenset({self.equals})


@dataclass(frozen=True)
class _Rule:
    order: int
    offset: int  # where the tested tokens start, relative to the token the rule sets
    tests: tuple[tuple[_Test, ...], ...]  # one tuple of tests per token of the pattern
    values: tuple[tuple[str, str], ...]

    def accepts(self) -> tuple[frozenset[object] | None, frozenset[object] | None]:
        """The tags and the words the rule's own token may have (None: any), which the
        index of :class:`CoarseTagger` files the rule under."""
        own = self.tests[-self.offset]

        def named(attr: str) -> frozenset[object] | None:
            index = _ATTRS.index(attr)
            return next(
                (t.allowed() for t in own if t.attr == index and t.allowed() is not None), None
            )

        return named("TAG"), named("LOWER")

    def left_to_test(self) -> tuple[_Test, ...] | None:
        """The tests of a one-token rule that the index by tag and word does not already
        settle (None for a rule of more tokens, tested whole)."""
        if len(self.tests) != 1:
            return None
        settled = (_ATTRS.index("TAG"), _ATTRS.index("LOWER"))
        return tuple(t for t in self.tests[0] if t.attr not in settled or t.allowed() is None)

    def applies(self, values: list[Values], i: int) -> bool:
        start = i + self.offset
        if start < 0 or start + len(self.tests) > len(values):
            return False
        return all(
            test.passes(values[start + k]) for k, tests in enumerate(self.tests) for test in tests
        )


# A rule a token may meet, with what is left to test once its tag and word are known.
_Candidate = tuple[_Rule, tuple[_Test, ...] | None]


class CoarseTagger:
    """Sets what the attribute rules set, rule by rule in their order (later rules win)."""

    def __init__(self, rules: list[_Rule]) -> None:
        # An index by the token's tag, then its word, of the rules it could meet, in order.
        filed = [(rule, *rule.accepts()) for rule in rules]
        tags: set[object] = set().union(*(t for _, t, _ in filed if t is not None))
        self._by_tag = {tag: self._by_word(filed, tag) for tag in tags}
        self._other_tags = self._by_word(filed, None)

    @staticmethod
    def _by_word(
        filed: list[tuple[_Rule, frozenset[object] | None, frozenset[object] | None]],
        tag: object,
    ) -> tuple[dict[object, tuple[_Candidate, ...]], tuple[_Candidate, ...]]:
        mine = [
            ((rule, rule.left_to_test()), words)
            for rule, tags, words in filed
            if tags is None or (tag is not None and tag in tags)
        ]
        known: set[object] = set().union(*(w for _, w in mine if w is not None))
        by_word = {word: tuple(c for c, w in mine if w is None or word in w) for word in known}
        return by_word, tuple(c for c, w in mine if w is None)

    def _for(self, values: Values) -> tuple[_Candidate, ...]:
        by_word, others = self._by_tag.get(values[0], self._other_tags)
        return by_word.get(values[1], others)

    def __call__(self, doc: Any) -> Any:
        # Every rule tests the tokens as the parser left them, as the matcher does;
        # what the rules set is written after all have been tested.
        values = [_values(token) for token in doc]
        changes = []
        for i, token_values in enumerate(values):
            for rule, left in self._for(token_values):
                if left is None:
                    met = rule.applies(values, i)
                else:
                    met = True
                    for test in left:  # a loop, not all(): this runs for every token
                        if not test.passes(token_values):
                            met = False
                            break
                if met:
                    changes.append((i, rule.values))
        for i, sets in changes:
            token = doc[i]
            for attr, value in sets:
                setattr(token, attr.lower() + "_", value)
        return doc

    def pipe(self, docs: Iterable[Any], batch_size: int = 0) -> Iterator[Any]:
        del batch_size  # one sentence at a time: nothing to batch
        for doc in docs:
            yield self(doc)


def _test(attr: str, spec: object) -> _Test | None:
    if attr not in _ATTRS:
        return None
    index = _ATTRS.index(attr)
    if isinstance(spec, dict):
        if set(spec) == {"IN"}:
            return _Test(index, among=frozenset(spec["IN"]))
        if set(spec) == {"NOT_IN"}:
            return _Test(index, outside=frozenset(spec["NOT_IN"]))
        return None
    return _Test(index, equals=spec)


def coarse_tagger(patterns: list[dict[str, Any]]) -> CoarseTagger | None:
    """The rules of an ``attribute_ruler`` (its ``patterns``), or None if any has a shape
    this lookup cannot reproduce exactly."""
    rules = []
    for order, entry in enumerate(patterns):
        values = tuple((a, str(v)) for a, v in entry["attrs"].items() if a in _SET)
        if not values:
            continue  # sets only lemmas or morphology, which the engine never reads
        index = int(entry.get("index", 0))
        for pattern in entry["patterns"]:
            tests = []
            for token_spec in pattern:
                if not isinstance(token_spec, dict):
                    return None
                token_tests = [_test(attr, spec) for attr, spec in token_spec.items()]
                if any(t is None for t in token_tests):
                    return None
                tests.append(tuple(t for t in token_tests if t is not None))
            position = index if index >= 0 else len(pattern) + index
            if not 0 <= position < len(pattern):
                return None
            rules.append(_Rule(order, -position, tuple(tests), values))
    return CoarseTagger(rules)
