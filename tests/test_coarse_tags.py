"""Coarse parts of speech by lookup: the same as the pipeline's attribute rules give.

The parse replaces spaCy's ``attribute_ruler`` with :mod:`builder.extract.coarse_tags`
because the matcher behind the ruler was a third of the parser's cost. These tests pin
down that, on every sentence of the fixture articles, the lookup sets exactly the parts
of speech, tags and dependencies the ruler sets, and that a rule of another shape makes
the lookup decline rather than guess.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from builder.extract import nlp
from builder.extract.coarse_tags import coarse_tagger

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def _sentences() -> list[str]:
    found = []
    for path in sorted(FIXTURES.glob("**/*.txt")):
        text = path.read_text(encoding="utf-8", errors="replace")
        found += [s for s in re.split(r"(?<=[.!?\"”])\s+|\n+", text) if s.strip()]
    # Shapes the rules single out: a space token, "there is", "that" as a pronoun,
    # "do" as a main verb, "but" as an adverb, contractions.
    found += [
        "There is  no deal yet.\n\nThat was all she said.",
        "They did it, but then it's done; we'd have known if he'd had doubts.",
        "All but two of the members voted, and that is what matters.",
    ]
    return found


@pytest.fixture(scope="module")
def model() -> Any:
    return nlp.pipeline()


def _before_rules(model: Any, text: str) -> Any:
    doc = model.make_doc(text)
    for name in ("tok2vec", "tagger", "parser"):
        if name in model.component_names:
            doc = model.get_pipe(name)(doc)
    return doc


def test_the_lookup_sets_what_the_attribute_rules_set(model: Any) -> None:
    if "attribute_ruler" not in model.component_names:
        pytest.skip("this pipeline has no attribute rules")
    ruler = model.get_pipe("attribute_ruler")
    lookup = coarse_tagger(ruler.patterns)
    assert lookup is not None, "the bundled pipeline's rules should all be one-token lookups"
    sentences = _sentences()
    assert len(sentences) > 500
    for text in sentences:
        by_rules, by_lookup = ruler(_before_rules(model, text)), lookup(_before_rules(model, text))
        expected = [(t.text, t.pos_, t.tag_, t.dep_) for t in by_rules]
        assert [(t.text, t.pos_, t.tag_, t.dep_) for t in by_lookup] == expected, text


def test_the_parse_runs_the_lookup_not_the_ruler(model: Any) -> None:
    doc: Any = nlp.parse("There is no deal yet, but the union did not walk out.")
    assert [t.pos_ for t in doc][:3] == ["PRON", "VERB", "DET"]
    assert "attribute_ruler" not in {type(step).__name__.lower() for step in nlp._parse_steps()}


def test_a_rule_of_another_shape_makes_the_lookup_decline() -> None:
    regex_rule = {"patterns": [[{"LOWER": {"REGEX": "^x"}}]], "attrs": {"POS": "X"}}
    shape_rule = {"patterns": [[{"SHAPE": "Xx"}]], "attrs": {"POS": "PROPN"}}
    assert coarse_tagger([regex_rule]) is None
    assert coarse_tagger([shape_rule]) is None


def test_later_rules_win_and_rules_read_the_parse_as_it_was(model: Any) -> None:
    rules = [
        {"patterns": [[{"TAG": "NN"}]], "attrs": {"POS": "NOUN"}},
        {"patterns": [[{"TAG": "NN", "LOWER": "deal"}]], "attrs": {"POS": "X", "TAG": "XX"}},
        # Tests the tag as the tagger left it, not the XX the rule above writes.
        {"patterns": [[{"TAG": "NN", "LOWER": "deal"}]], "attrs": {"POS": "SYM"}},
        {"patterns": [[{"TAG": "XX"}]], "attrs": {"POS": "INTJ"}},
    ]
    lookup = coarse_tagger(rules)
    assert lookup is not None
    doc = lookup(_before_rules(model, "The deal held."))
    deal = doc[1]
    assert (deal.pos_, deal.tag_) == ("SYM", "XX")
