"""PDF benchmark: seconds per one-brief PDF and for a 50-brief digest, against a baseline.

Measured in one process, in the same run:
- baseline: WeasyPrint turning a trivial HTML page into a PDF (after a warm-up);
- one-brief PDF: each example brief in turn, after the first PDF (fonts loaded; target
  <= 0.3 s), with the page count of each on A4 and, untimed, on Letter (target: one page);
- a 50-brief digest, synthesised by repeating the example briefs (target <= 10 s).

    python bench/bench_pdf.py [--briefings DIR] [--digest-size 50] [--repeat 3]
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from builder.library import LoadedBrief, load_library  # noqa: E402
from builder.pdf.engine import load_weasyprint  # noqa: E402
from builder.pdf.export import PdfExporter, chronological  # noqa: E402

TRIVIAL_HTML = (
    "<!DOCTYPE html><html><body><h1>Baseline</h1><p>One short paragraph.</p></body></html>"
)


def baseline_seconds(repeat: int) -> float:
    """Median seconds for WeasyPrint to write a trivial one-page PDF."""
    weasyprint = load_weasyprint()
    weasyprint.HTML(string=TRIVIAL_HTML).write_pdf()  # warm-up
    times = []
    for _ in range(repeat * 5):
        start = time.perf_counter()
        weasyprint.HTML(string=TRIVIAL_HTML).write_pdf()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def synthesize(items: list[LoadedBrief], count: int) -> list[LoadedBrief]:
    """``count`` briefs made by repeating ``items`` under new ids."""
    out = []
    for k in range(count):
        item = items[k % len(items)]
        brief = item.brief.model_copy(update={"id": f"{item.brief.id}-copy-{k}"})
        out.append(dataclasses.replace(item, brief=brief))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--briefings", type=Path, default=REPO / "briefings")
    parser.add_argument("--templates", type=Path, default=REPO / "templates")
    parser.add_argument("--digest-size", type=int, default=50)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    library = load_library(args.briefings)
    if library.problems or not library.briefs:
        sys.exit(f"{args.briefings}: no valid briefs to benchmark")
    items = chronological(library.briefs)
    briefs = {item.brief.id: item.brief for item in items}

    base = baseline_seconds(args.repeat)
    print(f"baseline: trivial HTML page -> PDF          {base:7.3f} s")

    start = time.perf_counter()
    exporter = PdfExporter(args.templates, paper="a4", briefs=briefs)
    exporter.brief_pdf(items[0])
    first = time.perf_counter() - start
    print(f"first one-brief PDF (loads fonts, CSS)      {first:7.3f} s")

    times: list[float] = []
    cpu_times: list[float] = []
    pages: dict[str, int] = {}
    for _ in range(args.repeat):
        for item in items:
            start, cpu = time.perf_counter(), time.process_time()
            _, count = exporter.brief_pdf(item)
            times.append(time.perf_counter() - start)
            cpu_times.append(time.process_time() - cpu)
            pages[item.brief.id] = count
    per_brief = statistics.median(times)
    print(
        f"one-brief PDF, median of {len(times):3d}               {per_brief:7.3f} s"
        f"   ({per_brief / base:4.1f}x baseline; max {max(times):.3f} s; target <= 0.3 s)"
    )
    print(f"  CPU time of this process, median: {statistics.median(cpu_times):.3f} s")
    print(
        f"  pages: {sum(1 for p in pages.values() if p == 1)} of {len(pages)} briefs on one "
        f"page, most {max(pages.values())}"
    )
    # Letter is shorter than A4: every brief must fit on one page of it too (not timed).
    letter = PdfExporter(args.templates, paper="letter", briefs=briefs)
    letter_pages = [letter.brief_pdf(item)[1] for item in items]
    print(
        f"  Letter: {sum(1 for p in letter_pages if p == 1)} of {len(letter_pages)} briefs on "
        f"one page, most {max(letter_pages)}"
    )

    digest_items = synthesize(items, args.digest_size)
    digest_times = []
    digest_cpu = []
    digest_pages = 0
    for _ in range(max(1, args.repeat - 1)):
        start, cpu = time.perf_counter(), time.process_time()
        _, digest_pages = exporter.digest_pdf(digest_items, title="Benchmark", kicker="All")
        digest_times.append(time.perf_counter() - start)
        digest_cpu.append(time.process_time() - cpu)
    digest = min(digest_times)
    print(
        f"{args.digest_size}-brief digest ({digest_pages} pages), best of {len(digest_times)}"
        f"       {digest:7.3f} s   ({digest / base:5.1f}x baseline; "
        f"{digest / args.digest_size:.3f} s a brief; target <= 10 s)"
    )
    # On a shared machine the wall clock includes waiting for a CPU; this process's own
    # CPU time does not.
    print(
        f"  CPU time of this process: {min(digest_cpu):.3f} s; load average "
        f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs"
    )


if __name__ == "__main__":
    main()
