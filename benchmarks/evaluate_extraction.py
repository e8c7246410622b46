"""Print precision/recall of the extraction core against a gold file.

Usage: python benchmarks/evaluate_extraction.py [GOLD] [TEXT]

Without arguments it evaluates the shared corpus (../shared/corpus) when present,
and always every sample that ships with the package.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from ruimtemonitor.core.extraction import (
    evaluate,
    extract_file,
    load_gold,
    sample_names,
    sample_path,
)

CORPUS = Path(
    os.environ.get("RUIMTEMONITOR_CORPUS_DIR")
    or Path(__file__).resolve().parents[2] / "shared" / "corpus"
)
DEFAULT_PAIRS = [
    (CORPUS / "gold-ruimtelijk-arrangement-gelderland.json", CORPUS / "000_2625f7667a8edade.txt"),
]


def run(gold: Path, text: Path) -> None:
    began = time.perf_counter()
    extraction = extract_file(text)
    elapsed = time.perf_counter() - began
    print(f"== {text.name} against {gold.name} ({elapsed:.2f} s)")
    print(evaluate(extraction, load_gold(gold)).report())
    print()


def main(argv: list[str]) -> int:
    if len(argv) == 2:
        run(Path(argv[0]), Path(argv[1]))
        return 0
    if argv:
        print(__doc__)
        return 2
    for gold, text in DEFAULT_PAIRS:
        if gold.exists() and text.exists():
            run(gold, text)
    for name in sample_names():
        run(sample_path(name, ".gold.json"), sample_path(name))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
