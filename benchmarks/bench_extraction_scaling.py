"""Does extraction time grow linearly with the size of the text?

Usage: python benchmarks/bench_extraction_scaling.py [--sizes 0.25,1,10] [--repeat N]
       [--repeat-large N]

Builds texts of the given sizes (in MB) from the development letters in tests/data/letters,
one after another with form feeds between them (a large bundle, as a council agenda or a
year of letters would be), extracts each in this process and prints the fastest time, the
throughput, the peak traced memory, and the ratio of each size's time to the smallest one's
next to the ratio of their sizes. Linear growth gives a time ratio close to the size ratio;
the target is that 10 MB takes less than 40 times as long as 0.25 MB.
"""

from __future__ import annotations

import argparse
import time
import tracemalloc
from pathlib import Path

from ruimtemonitor.core.extraction import extract_text

LETTERS = Path(__file__).resolve().parents[1] / "tests" / "data" / "letters"
MB = 1024 * 1024


def build(size_mb: float) -> str:
    """A bundle of whole letters, repeated until it reaches ``size_mb``."""
    letters = [p.read_text(encoding="utf-8") for p in sorted(LETTERS.glob("*.txt"))]
    if not letters:
        raise SystemExit(f"no letters in {LETTERS}")
    parts: list[str] = []
    total = 0
    wanted = int(size_mb * MB)
    index = 0
    while total < wanted:
        letter = letters[index % len(letters)]
        parts.append(letter)
        total += len(letter.encode("utf-8")) + 1
        index += 1
    return "\f".join(parts)


def measure(text: str, repeat: int) -> tuple[float, float, float]:
    """Fastest wall seconds and fastest CPU seconds of this process over ``repeat`` runs, and
    the peak traced memory (MB) of one run. The fastest run is the one least disturbed by
    other work (as ``timeit`` reports); on a machine shared with other work the wall time
    also measures the neighbours, the CPU time less so."""
    times = []
    cpu = []
    for _ in range(repeat):
        began, began_cpu = time.perf_counter(), time.process_time()
        extract_text(text, name="bench")
        times.append(time.perf_counter() - began)
        cpu.append(time.process_time() - began_cpu)
    tracemalloc.start()
    extract_text(text, name="bench")
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return min(times), min(cpu), peak / MB


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="0.25,1,10", help="sizes in MB, smallest first")
    parser.add_argument("--repeat", type=int, default=3, help="runs per size up to 1 MB")
    parser.add_argument("--repeat-large", type=int, default=2, help="runs per larger size")
    args = parser.parse_args()
    sizes = [float(s) for s in args.sizes.split(",")]
    extract_text(build(0.05), name="warm-up")  # compile the patterns before timing
    rows = []
    for size in sizes:
        text = build(size)
        repeat = args.repeat if size <= 1 else args.repeat_large
        seconds, cpu, peak = measure(text, repeat)
        rows.append((size, len(text.encode("utf-8")), seconds, cpu, peak))
        print(
            f"{size:>6} MB  {len(text.encode('utf-8')) / MB:7.2f} MB actual  "
            f"{seconds:8.2f} s  {len(text.encode('utf-8')) / MB / seconds:6.2f} MB/s  "
            f"CPU {cpu:8.2f} s  peak traced memory {peak:8.1f} MB",
            flush=True,
        )
    base_size, base_bytes, base_seconds, base_cpu, _ = rows[0]
    print()
    for size, size_bytes, seconds, cpu, _ in rows[1:]:
        print(
            f"{size} MB / {base_size} MB: size x{size_bytes / base_bytes:.1f}, "
            f"time x{seconds / base_seconds:.1f}, CPU time x{cpu / base_cpu:.1f}"
        )
    if len(rows) > 1:
        size_ratio = rows[-1][1] / base_bytes
        time_ratio = rows[-1][2] / base_seconds
        cpu_ratio = rows[-1][3] / base_cpu
        verdict = "PASS" if time_ratio < 40 else "FAIL"
        print(
            f"target: largest under 40x the smallest's time -> {verdict} (x{time_ratio:.1f}, "
            f"CPU x{cpu_ratio:.1f}, size x{size_ratio:.1f})"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
