"""Does a long run of blanks in a letter keep extraction fast?

Usage: python benchmarks/bench_blank_runs.py [--sizes 1000,4000,16000] [--repeat 3]
       [--timeout 120]

Scanned forms, spreadsheets saved as text and hostile uploads carry lines of thousands of
spaces, tabs or underscores. A pattern that opens with blanks and can start at every blank of
such a run tries it again from each position: time grows with the square of the run. This
script puts one run of each kind and size into the shortest development letter, extracts it
in a child process (killed after ``--timeout`` seconds of wall time; the fastest of
``--repeat`` runs counts) and prints the CPU time of the child next to the same letter
without the run, and the time the run adds per 1,000 blanks at the smallest and the largest
size: linear growth keeps the two close, quadratic growth multiplies the second by the ratio
of the sizes. Lines longer than 20,000 characters are refused before extraction, which
bounds the sizes worth trying.
"""

from __future__ import annotations

import argparse
import multiprocessing
import resource
import time
from pathlib import Path

from ruimtemonitor.core.extraction import extract_text

LETTERS = Path(__file__).resolve().parents[1] / "tests" / "data" / "letters"

RUNS = {
    "spaces (own line)": lambda n: " " * n,
    "spaces (mid-line)": lambda n: "1. De partijen" + " " * n + "spreken af dat",
    "tabs (mid-line)": lambda n: "A27 Houten" + "\t" * n + "€ 12 mln",
    "underscores": lambda n: "Handtekening: " + "_" * n,
}


def letter() -> str:
    """The shortest development letter: real headings and items, and little else to time."""
    paths = sorted(LETTERS.glob("*.txt"), key=lambda p: p.stat().st_size)
    if not paths:
        raise SystemExit(f"no letters in {LETTERS}")
    return paths[0].read_text(encoding="utf-8")


def with_run(text: str, run: str) -> str:
    lines = text.splitlines()
    middle = len(lines) // 2
    return "\n".join([*lines[:middle], run, *lines[middle:]])


def _extract(text: str) -> None:
    extract_text(text, name="bench")


def timed(text: str, timeout: float, repeat: int = 1) -> float | None:
    """Fewest CPU seconds of ``repeat`` extractions, each in a child process, or None when
    one ran out of time."""
    times = [_timed_once(text, timeout) for _ in range(repeat)]
    return None if None in times else min(t for t in times if t is not None)


def _timed_once(text: str, timeout: float) -> float | None:
    child = multiprocessing.get_context("fork").Process(target=_extract, args=(text,))
    began = _children_cpu()
    deadline = time.perf_counter() + timeout
    child.start()
    child.join(max(deadline - time.perf_counter(), 0))
    if child.is_alive():
        child.kill()
        child.join()
        return None
    if child.exitcode != 0:
        raise SystemExit(f"extraction failed (exit code {child.exitcode})")
    return _children_cpu() - began


def _children_cpu() -> float:
    """CPU seconds of the finished children: steadier than wall time on a busy machine."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def show(seconds: float | None, timeout: float) -> str:
    return f"> {timeout:.0f} s" if seconds is None else f"{seconds:7.3f} s"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,4000,16000", help="run lengths, comma-separated")
    parser.add_argument("--repeat", type=int, default=3, help="runs per text, fastest counts")
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds per extraction")
    args = parser.parse_args()
    sizes = [int(size) for size in args.sizes.split(",")]
    text = letter()
    extract_text(text, name="warm-up")  # compile the patterns once, before the children fork
    baseline = timed(text, args.timeout, args.repeat)
    print(f"letter of {len(text):,} characters without a run: {show(baseline, args.timeout)}")
    for kind, make in RUNS.items():
        results = [timed(with_run(text, make(size)), args.timeout, args.repeat) for size in sizes]
        pairs = zip(sizes, results, strict=True)
        cells = "  ".join(f"{size:>6,}: {show(seconds, args.timeout)}" for size, seconds in pairs)
        first, last = results[0], results[-1]
        if first is not None and last is not None and baseline is not None:
            per_first = max(first - baseline, 0.0) / (sizes[0] / 1000)
            per_last = max(last - baseline, 0.0) / (sizes[-1] / 1000)
            ratio = (
                f"  added per 1,000 blanks {per_first * 1000:.1f} ms -> {per_last * 1000:.1f} ms"
            )
        else:
            ratio = ""
        print(f"{kind:<20} {cells}{ratio}")


if __name__ == "__main__":
    main()
