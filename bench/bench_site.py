"""Site build benchmark: builder overhead against plain MkDocs, peak memory, search bytes.

For each size (100, 1,000, 10,000 synthetic briefs) it measures, in the same run:
- `briefing build` (load + validate + render + MkDocs + feed + Pagefind index), first on a
  fresh checkout (no cache: every brief parsed, every article segmented), then again as a
  rebuild after one brief changed (the caches of parsed briefs and sentences are warm);
- plain `mkdocs build` of the very same pages written as Markdown files, no plugin (baseline);
- the ratio of each to the baseline (target: builder overhead <= 15%), and peak memory;
  times are medians of alternating runs (three up to 1,000 briefs), as a shared machine
  is noisy;
- at the largest size, the bytes a browser downloads for a first search query (target
  <= 500 KB), measured in headless Chromium when it is installed.

    python bench/bench_site.py [--sizes 100,1000,10000] [--repeat N] [--keep DIR]
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from builder.library import load_library  # noqa: E402
from builder.model import Brief  # noqa: E402
from builder.site.collection import build_collection  # noqa: E402
from builder.site.render import SiteRenderer  # noqa: E402
from builder.store import brief_to_yaml  # noqa: E402

FIRST = [
    "Amara",
    "Bruno",
    "Chen",
    "Dalia",
    "Emil",
    "Farah",
    "Goran",
    "Hana",
    "Ivo",
    "Jana",
    "Kofi",
    "Lena",
    "Mateo",
    "Nadia",
    "Omar",
    "Petra",
    "Quinn",
    "Rosa",
    "Sami",
    "Tara",
]
LAST = [
    "Abara",
    "Brandt",
    "Castell",
    "Dunmore",
    "Eklund",
    "Farrow",
    "Gallo",
    "Haddad",
    "Ivers",
    "Jovic",
    "Kane",
    "Lund",
    "Moreau",
    "Novak",
    "Okoro",
    "Pereira",
    "Quist",
    "Rahman",
    "Soto",
    "Tanaka",
    "Ueda",
    "Vance",
    "Wexler",
    "Yilmaz",
    "Zeller",
]
ORGS = [
    "Harbour Board",
    "Utilities Commission",
    "Health Department",
    "Transit Authority",
    "Water Board",
    "Housing Agency",
    "Ports Union",
    "Growers Association",
    "City Council",
    "Energy Cooperative",
]
PLACES = [
    "Calder",
    "Harlow",
    "Port Linden",
    "Eastvale",
    "Northbridge",
    "Marsh End",
    "Kestrel Bay",
    "Oakmere",
    "Ravenford",
    "Sutter Hill",
]
TAGS = [
    "energy",
    "ports",
    "health",
    "courts",
    "budget",
    "transport",
    "housing",
    "water",
    "environment",
    "regulation",
    "labour",
    "privacy",
    "education",
    "elections",
    "trade",
]
VERBS = [
    "approved",
    "delayed",
    "challenged",
    "rejected",
    "funded",
    "reviewed",
    "questioned",
    "defended",
    "postponed",
    "announced",
]
THINGS = [
    "the dredging plan",
    "a new tariff",
    "the hospital merger",
    "the tram extension",
    "a reservoir upgrade",
    "the housing levy",
    "the port lease",
    "a data-sharing deal",
    "the budget amendment",
    "an emergency grant",
]


def synthesize(root: Path, count: int, seed: int = 7) -> None:
    """Write ``count`` valid synthetic briefs with stored articles under root/briefings."""
    rng = random.Random(seed)
    people = [f"{f} {last}" for f in FIRST for last in LAST]
    orgs = [f"{p} {o}" for p in PLACES for o in ORGS]
    stories = [
        f"{rng.choice(PLACES).lower().replace(' ', '-')}-{t}-{i}"
        for i, t in enumerate(rng.choices(TAGS, k=max(3, count // 8)))
    ]
    briefings = root / "briefings"
    (briefings / "sources").mkdir(parents=True)
    for i in range(count):
        day = 1 + i % 28
        month = 1 + (i // 28) % 12
        year = 2020 + i // (28 * 12)
        cast = rng.sample(people, 3) + rng.sample(orgs, 2)
        place = rng.choice(PLACES)
        thing = rng.choice(THINGS)
        sentences = [f"{cast[3]} {rng.choice(VERBS)} {thing} in {place} on Monday."]
        for k in range(11):
            who = cast[k % 5]
            sentences.append(
                f"{who} said the decision on {thing} would {rng.choice(VERBS)[:-1]}"
                f" the plans of {cast[(k + 2) % 5]} for {rng.randint(2, 90)} months."
            )
        title = f"{cast[3]} {rng.choice(VERBS)} {thing} in {place} ({i})"
        brief_id = f"{year}-{month:02d}-{day:02d}-synthetic-{i:05d}"
        text = title + "\n\n" + " ".join(sentences[:6]) + "\n\n" + " ".join(sentences[6:]) + "\n"
        source = briefings / "sources" / f"{brief_id}.txt"
        source.write_text(text, encoding="utf-8")
        brief = Brief.model_validate(
            {
                "schema": 1,
                "id": brief_id,
                "title": title,
                "published": f"{year}-{month:02d}-{day:02d}",
                "source": {
                    "outlet": rng.choice(
                        ["Calder Evening Post", "Merrion Ledger", "The Valley Courier"]
                    ),
                    "url": f"https://news.example/{brief_id}",
                    "authors": ["Staff"],
                    "language": "en",
                    "added": "2026-11-24",
                    "file": f"sources/{brief_id}.txt",
                    "sha256": hashlib.sha256(source.read_bytes()).hexdigest(),
                },
                "story": rng.choice(stories),
                "tags": sorted(set(rng.sample(TAGS, 3))),
                "summary": " ".join(sentences[:2]),
                "summary_evidence": [1, 2],
                "actors": [
                    {
                        "name": name,
                        "type": "person" if k < 3 else "organization",
                        "role": "Quoted in the article",
                        "mentions": 2,
                        "evidence": [1 + k, 7],
                    }
                    for k, name in enumerate(cast)
                ],
                "stakes": [{"text": f"Funding for {thing} could be lost.", "evidence": [3]}],
                "open_questions": [{"text": f"Will {cast[0]} back {thing}?", "evidence": [4]}],
            }
        )
        (briefings / f"{brief_id}.yaml").write_text(brief_to_yaml(brief), encoding="utf-8")


def project_config(root: Path, *, plugin: bool, docs_dir: Path) -> Path:
    text = (REPO / "mkdocs.yml").read_text(encoding="utf-8")
    text = text.replace("docs_dir: templates/docs", f"docs_dir: {docs_dir}")
    text = text.replace(
        "custom_dir: templates/overrides", f"custom_dir: {REPO / 'templates/overrides'}"
    )
    text = text.replace("templates_dir: templates", f"templates_dir: {REPO / 'templates'}")
    if not plugin:
        start = text.index("  - briefing:")
        end = text.index("\n\n", start)
        text = text[:start] + text[end + 1 :]
    config = root / ("mkdocs.yml" if plugin else "mkdocs-plain.yml")
    config.write_text(text, encoding="utf-8")
    return config


def plain_docs(root: Path) -> Path:
    """The builder's pages written as ordinary Markdown files, for the baseline build."""
    docs = root / "plain-docs"
    shutil.copytree(REPO / "templates/docs", docs)
    library = load_library(root / "briefings")
    renderer = SiteRenderer(REPO / "templates")
    for page in renderer.render_all(build_collection(library.briefs)):
        path = docs / page.src_uri
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(page.content, encoding="utf-8")
    return docs


def touch_one_brief(root: Path) -> None:
    """Edit one brief's title, as a person reviewing it would, before the rebuild."""
    path = sorted((root / "briefings").glob("*.yaml"))[0]
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("\ntitle: ", "\ntitle: Reviewed, ", 1), encoding="utf-8")


def timed(command: list[str], cwd: Path) -> tuple[float, float]:
    """Wall seconds and peak resident memory (MB) of one child process."""
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    if status != 0:
        assert process.stderr is not None
        sys.exit(f"{' '.join(command)} failed:\n{process.stderr.read().decode()[-2000:]}")
    return seconds, usage.ru_maxrss / 1024


def search_bytes(site: Path, query: str) -> tuple[int, int] | None:
    """Bytes fetched for the search page's first query: (search assets + index, total)."""
    chromium = shutil.which("chromium")
    if chromium is None:
        return None
    import functools
    import http.server
    import threading

    from playwright.sync_api import sync_playwright

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            return

    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(Quiet, directory=str(site))
    )
    threading.Thread(target=server.serve_forever, daemon=True).start()
    sizes: dict[str, int] = {}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=chromium,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
        )
        page = browser.new_page()
        page.on("response", lambda r: sizes.__setitem__(r.url, len(r.body())))
        page.goto(f"http://127.0.0.1:{server.server_address[1]}/search/")
        page.wait_for_selector("#briefing-search[data-ready=true]")
        before = set(sizes)
        page.fill("#briefing-search-input", query)
        page.wait_for_selector(".briefing-search-result")
        page.wait_for_load_state("networkidle")
        browser.close()
    server.shutdown()
    search = sum(n for url, n in sizes.items() if "/pagefind/" in url or url.endswith("search.js"))
    query_only = sum(n for url, n in sizes.items() if url not in before)
    return search, query_only + sum(sizes[u] for u in before)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", default="100,1000,10000")
    parser.add_argument("--keep", type=Path, help="keep the generated projects here")
    parser.add_argument(
        "--repeat",
        type=int,
        help="runs per size, reported as medians (default: 3 up to 1,000 briefs, else 1)",
    )
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    bin_dir = Path(sys.executable).parent
    work = args.keep or Path(tempfile.mkdtemp(prefix="briefing-bench-"))
    print(
        f"{'briefs':>7} {'first s':>8} {'rebuild s':>10} {'mkdocs s':>9} {'first':>7}"
        f" {'rebuild':>8} {'builder MB':>11} {'mkdocs MB':>10}   runs"
    )
    for size in sizes:
        root = work / f"n{size}"
        shutil.rmtree(root, ignore_errors=True)
        synthesize(root, size)
        config = project_config(root, plugin=True, docs_dir=REPO / "templates/docs")
        plain = project_config(root, plugin=False, docs_dir=plain_docs(root))
        build = [str(bin_dir / "briefing"), "-f", str(config), "build"]
        build += ["--site-dir", str(root / "site")]
        baseline = [str(bin_dir / "mkdocs"), "build", "-q", "-f", str(plain)]
        baseline += ["-d", str(root / "site-plain")]
        firsts, rebuilds, bases, peaks, base_peaks = [], [], [], [], []
        # Runs alternate, so that a slow spell of a shared machine hits all three alike.
        for _ in range(args.repeat or (3 if size <= 1000 else 1)):
            shutil.rmtree(root / ".cache", ignore_errors=True)
            shutil.rmtree(root / "site", ignore_errors=True)
            first, first_mb = timed(build, root)
            base, base_mb = timed(baseline, root)
            touch_one_brief(root)
            rebuild, rebuild_mb = timed(build, root)
            firsts.append(first)
            rebuilds.append(rebuild)
            bases.append(base)
            peaks.append(max(first_mb, rebuild_mb))
            base_peaks.append(base_mb)
        first, rebuild, base = (statistics.median(x) for x in (firsts, rebuilds, bases))
        print(
            f"{size:>7} {first:>8.1f} {rebuild:>10.1f} {base:>9.1f}"
            f" {100 * (first / base - 1):>6.1f}% {100 * (rebuild / base - 1):>7.1f}%"
            f" {max(peaks):>11.0f} {max(base_peaks):>10.0f}   {len(bases)}",
            flush=True,
        )
    measured = search_bytes(work / f"n{sizes[-1]}" / "site", "Okoro")
    if measured is None:
        print("search bytes: skipped (Chromium is not installed)")
    else:
        search, total = measured
        print(
            f"search at {sizes[-1]} briefs: {search / 1024:.0f} KB of search assets and index "
            f"for the first query (target <= 500 KB); {total / 1024:.0f} KB for the whole page"
        )
    if args.keep is None:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
