"""The models multiply with numpy on one thread, and find what they found with BLIS.

:func:`builder.extract.nlp.load_pipeline` moves the recogniser's and the parser's matrix
products from thinc's bundled BLIS to numpy (about 40% faster on one core) and holds
OpenBLAS to one thread (its helper threads doubled the CPU an extraction took). These
tests pin down both, and that on the fixture articles the names and parses are those
the pipeline gives as spaCy loads it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import spacy
from threadpoolctl import threadpool_info

from builder.extract import nlp

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "extract"


def _nodes(model: Any) -> list[Any]:
    return [
        node
        for _, component in model.pipeline
        if getattr(component, "model", None) is not None
        for node in component.model.walk()
    ]


def test_every_layer_multiplies_with_numpy_and_blas_runs_one_thread() -> None:
    model: Any = nlp.pipeline()
    nodes = _nodes(model)
    assert nodes
    assert all(getattr(node.ops, "use_blis", True) is False for node in nodes)
    blas = [pool for pool in threadpool_info() if pool["user_api"] == "blas"]
    assert blas and all(pool["num_threads"] == 1 for pool in blas)


def test_names_and_parses_are_those_of_the_pipeline_as_loaded() -> None:
    ours: Any = nlp.pipeline()
    as_loaded = spacy.load(ours.meta["lang"] + "_" + ours.meta["name"])
    assert any(getattr(node.ops, "use_blis", False) for node in _nodes(as_loaded))
    texts = [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("*.txt"))]
    assert len(texts) >= 10
    for text in texts:
        expected = as_loaded(text)
        found = ours(text)
        assert [(e.text, e.label_) for e in found.ents] == [
            (e.text, e.label_) for e in expected.ents
        ]
    for text in texts:
        for sentence in text.split("\n")[:6]:
            expected_doc = as_loaded(sentence)
            parse: Any = nlp.parse(sentence)
            assert [(t.dep_, t.head.i, t.tag_, t.pos_) for t in parse] == [
                (t.dep_, t.head.i, t.tag_, t.pos_) for t in expected_doc
            ]
