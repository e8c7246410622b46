"""Benchmark the extraction core: median time, MB/s and peak memory. Prints figures; not a test.

Usage: python benchmarks/bench_extraction.py [TEXT] [PDF] [--repeat N]

Defaults to the shared corpus text and its rendered PDF when present, else the
bundled sample. The baseline, measured in the same run on the same text, is a
raw read plus one pass of a compiled regex (the floor any extractor pays).
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import statistics
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

from ruimtemonitor.core.extraction import extract_file, extract_text, sample_path

CORPUS = Path(
    os.environ.get("RUIMTEMONITOR_CORPUS_DIR")
    or Path(__file__).resolve().parents[2] / "shared" / "corpus"
)
_BASELINE = re.compile(r"Afspraak\s+\d+\.\d+|€\s*[\d.,]+\s*(?:mln|mld)?")


def _median_seconds(work: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        began = time.perf_counter()
        work()
        times.append(time.perf_counter() - began)
    return statistics.median(times)


def _peak_mb(work: Callable[[], object]) -> float:
    tracemalloc.start()
    work()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak / 1e6


def main() -> int:
    parser = argparse.ArgumentParser()
    default_text = CORPUS / "000_2625f7667a8edade.txt"
    default_pdf = CORPUS / "000_2625f7667a8edade.rendered.pdf"
    parser.add_argument(
        "text",
        nargs="?",
        type=Path,
        default=default_text if default_text.exists() else sample_path("bundle"),
    )
    parser.add_argument(
        "pdf", nargs="?", type=Path, default=default_pdf if default_pdf.exists() else None
    )
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()

    text = args.text.read_text(encoding="utf-8")
    megabytes = len(text.encode("utf-8")) / 1e6
    print(
        f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    )
    print(f"input: {args.text} ({megabytes * 1e3:.0f} KB, {len(text):,} characters)")

    def baseline() -> object:
        data = args.text.read_text(encoding="utf-8")
        return sum(1 for _ in _BASELINE.finditer(data))

    extract_text(text)  # warm-up: imports and regex compilation are not what we measure
    base = _median_seconds(baseline, args.repeat)
    full = _median_seconds(lambda: extract_file(args.text), args.repeat)
    steps = extract_file(args.text).timings
    peak = _peak_mb(lambda: extract_file(args.text))
    print(
        f"baseline (read + one regex pass): median {base * 1e3:7.1f} ms  "
        f"{megabytes / base:8.1f} MB/s"
    )
    print(
        f"extract_file (text):              median {full * 1e3:7.1f} ms  "
        f"{megabytes / full:8.2f} MB/s  "
        f"({full / base:.0f}x baseline), peak traced memory {peak:.1f} MB"
    )
    print(
        "  per step: "
        + ", ".join(f"{name} {seconds * 1e3:.0f} ms" for name, seconds in steps.items())
    )
    try:
        import resource

        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e3
        print(f"  peak resident set size of this process so far: {rss:.0f} MB")
    except ImportError:  # pragma: no cover - not on POSIX
        pass
    if args.pdf is not None:
        pdf_mb = args.pdf.stat().st_size / 1e6
        repeat = max(3, args.repeat // 2)
        pdf = _median_seconds(lambda: extract_file(args.pdf, timeout_s=120), repeat)
        print(
            f"extract_file (PDF, {pdf_mb * 1e3:.0f} KB, subprocess parse): "
            f"median {pdf * 1e3:7.1f} ms  "
            f"{pdf_mb / pdf:6.2f} MB/s"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
