"""HTML ingest benchmark: pages per second on one core, against trafilatura alone.

Reads every page with Briefing's HTML reader (decoding, metadata from JSON-LD/OpenGraph/
meta, trafilatura main text, boilerplate clean-up and syntok sentences: the full
``Article``), and, in the same run on the same pages, with plain ``trafilatura.extract``
(the baseline ``score.py html`` compares against). Prints both rates and their ratio.
Target: at least 50 pages/s for Briefing.

The default pages are synthetic news pages built like real ones (navigation, inline
scripts, JSON-LD, an article of 8-14 paragraphs, related links, comments, a footer),
plus the HTML fixtures in tests/fixtures/articles. Their vocabulary is small, so the
sentence step's cache of split words fills at once: the rates of real pages are the ones
to trust. ``--pages DIR`` benchmarks a folder of saved pages instead (for instance a set of
real pages you keep outside the repository). Each round starts with that cache empty, as a
new process would.

    python bench/bench_ingest.py [--count 300] [--rounds 3] [--pages DIR]
"""

from __future__ import annotations

import argparse
import random
import sys
import warnings
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

import trafilatura  # noqa: E402
from common import best_rate, pin_to_one_core  # noqa: E402

from builder.ingest import bytes_to_article  # noqa: E402
from builder.sentences import forget_words, split_sentences  # noqa: E402

FIXTURES = REPO / "tests" / "fixtures" / "articles"
_VOCABULARY = (
    "council harbour board vote plan fishers oyster channel dredging port state agency study "
    "impact million budget mayor residents court lawsuit judge ruling report inquiry utility "
    "blackout storm power customers regulator fine credits hospital patients data breach "
    "governor cuts revenue schools roads bridge repairs tram extension funding authority "
    "said would could after before since during against between across under over about"
)
WORDS = _VOCABULARY.split()
NAMES = ["Miriam Okafor", "Tomas Reyes", "Helen Cho", "Priya Raman", "Dmitri Volkov",
         "Nadia Osei", "Joel Tanaka", "Lorna Fitzgerald"]  # fmt: skip


def _sentence(rng: random.Random) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(12, 28))]
    if rng.random() < 0.4:
        words.insert(rng.randint(0, len(words)), f"{rng.choice(NAMES)} said")
    return words[0].capitalize() + " " + " ".join(words[1:]) + "."


def synthetic_page(seed: int) -> bytes:
    """A news page of about 60-120 KB with the boilerplate real sites carry."""
    rng = random.Random(seed)
    title = " ".join(rng.choice(WORDS) for _ in range(9)).capitalize()
    paragraphs = [" ".join(_sentence(rng) for _ in range(rng.randint(2, 4)))
                  for _ in range(rng.randint(8, 14))]  # fmt: skip
    links = "".join(f'<li><a href="/section/{i}">{rng.choice(WORDS).title()} {i}</a></li>'
                    for i in range(80))  # fmt: skip
    related = "".join(
        f'<li><a href="/news/{seed}-{i}">{_sentence(rng)}</a></li>' for i in range(20)
    )
    comments = "".join(f'<div class="comment"><p class="author">reader{i}</p><p>{_sentence(rng)}'
                       f"</p></div>" for i in range(10))  # fmt: skip
    script = "var config = {" + ",".join(f'"k{i}": "{"x" * 40}"' for i in range(600)) + "};"
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    page = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>{title} | Calder Evening Post</title>
<meta property="og:title" content="{title}">
<meta property="og:site_name" content="Calder Evening Post">
<link rel="canonical" href="https://calder-post.example/news/{seed}">
<script type="application/ld+json">{{"@context": "https://schema.org", "@type": "NewsArticle",
"headline": "{title}", "datePublished": "2026-03-{1 + seed % 28:02d}T10:00:00Z",
"author": {{"@type": "Person", "name": "{rng.choice(NAMES)}"}},
"publisher": {{"@type": "Organization", "name": "Calder Evening Post"}}}}</script>
<script>{script}</script><style>{"." * 3000}</style></head><body>
<header><nav><ul>{links}</ul></nav></header><main><article><h1>{title}</h1>
<p class="byline">By {rng.choice(NAMES)}</p>{body}
<div class="newsletter"><p>Sign up for our newsletter</p></div></article>
<section class="related"><h2>Related</h2><ul>{related}</ul></section>
<section class="comments">{comments}</section></main>
<footer><ul>{links}</ul><p>© 2026 Calder Evening Post</p></footer></body></html>"""
    return page.encode("utf-8")


def _pages(args: argparse.Namespace) -> list[tuple[str, bytes]]:
    if args.pages:
        files = sorted(Path(args.pages).glob("*.htm*"))
        return [(str(p), p.read_bytes()) for p in files]
    fixtures = [(str(p), p.read_bytes()) for p in sorted(FIXTURES.glob("*.html"))]
    synthetic = [(f"synthetic-{i}.html", synthetic_page(i)) for i in range(args.count)]
    return fixtures + synthetic


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=300, help="synthetic pages (default 300)")
    parser.add_argument("--rounds", type=int, default=3, help="runs; the best is kept")
    parser.add_argument("--pages", help="a folder of saved .html pages to use instead")
    args = parser.parse_args()
    pin_to_one_core()
    warnings.simplefilter("ignore")  # trafilatura's own warnings are not ours to report
    pages = _pages(args)
    texts = [data.decode("utf-8", errors="replace") for _, data in pages]
    size = sum(len(data) for _, data in pages) / len(pages) / 1024

    def ours() -> None:
        forget_words()  # every round starts as a new process would, with no word cached
        for name, data in pages:
            bytes_to_article(data, name, ".html")

    def baseline() -> None:
        for text in texts:
            trafilatura.extract(text, include_comments=False, include_tables=False)

    bodies = [bytes_to_article(data, name, ".html").text for name, data in pages]  # warm up
    baseline()

    def sentences() -> None:
        forget_words()
        for body in bodies:
            split_sentences(body)

    rate = best_rate(ours, len(pages), args.rounds)
    base = best_rate(baseline, len(pages), args.rounds)
    syntok = best_rate(sentences, len(pages), args.rounds)
    print(f"pages={len(pages)} avg={size:.0f} KB one core, best of {args.rounds}")
    print(f"trafilatura.extract (baseline)        {base:7.1f} pages/s")
    print(f"briefing HTML reader (full Article)   {rate:7.1f} pages/s")
    print(f"  of which sentences (syntok) alone    {syntok:7.1f} texts/s")
    verdict = "ok" if rate >= 50 else "BELOW TARGET"
    print(f"ingest {rate:.1f} pages/s | trafilatura {base:.1f} pages/s | ratio {rate / base:.2f} "
          f"| target >= 50 pages/s: {verdict}")  # fmt: skip


if __name__ == "__main__":
    main()
