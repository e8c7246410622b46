"""Print precision and recall of the extraction core against hand-made gold files.

Usage:
  python benchmarks/evaluate_extraction.py                 corpus gold, samples, letters
  python benchmarks/evaluate_extraction.py GOLD TEXT       one corpus-format gold file
  python benchmarks/evaluate_extraction.py --letters [DIR …] [-v]
        the development corpus (tests/data/letters, the default) or other folders of
        NAME.txt + NAME.gold.json in the letters format: per letter, per field, per genre;
        -v lists what was missed or extra in each letter.

The corpus gold is read from ../shared/corpus when present (RUIMTEMONITOR_CORPUS_DIR to
point elsewhere).
"""

from __future__ import annotations

import os
import sys
import time
from collections import defaultdict
from pathlib import Path

from ruimtemonitor.core.extraction import (
    ExtractionError,
    evaluate,
    extract_file,
    load_gold,
    sample_names,
    sample_path,
)
from ruimtemonitor.core.extraction.evaluation import FieldScore
from ruimtemonitor.core.extraction.letter_scoring import score_letter, sum_scores

ROOT = Path(__file__).resolve().parents[1]
LETTERS = ROOT / "tests" / "data" / "letters"
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


def _row(score: FieldScore) -> str:
    return (
        f"  {score.name:<24} P {score.precision:6.1%}  R {score.recall:6.1%}"
        f"  ({score.correct}/{score.extracted} extracted, {score.correct}/{score.expected} gold)"
    )


def letters(folders: list[Path], verbose: bool) -> int:
    """Score every letter with a gold file; the return code is 1 when a file failed."""
    all_scores: list[FieldScore] = []
    by_genre: dict[str, list[FieldScore]] = defaultdict(list)
    failed = 0
    for folder in folders:
        for text in sorted(folder.glob("*.txt")):
            gold_path = text.with_suffix(".gold.json")
            if not gold_path.exists():
                continue
            gold = load_gold(gold_path)
            try:
                result = extract_file(text).to_json()
            except ExtractionError as error:
                print(f"{text.name}: FAILED {error}")
                failed += 1
                continue
            letter = score_letter(result, gold, text.name)
            all_scores.extend(letter.scores)
            by_genre[letter.genre].extend(letter.scores)
            worst = min((min(s.precision, s.recall) for s in letter.scores), default=1.0)
            print(f"{text.name:<58} {letter.genre:<22} worst field {worst:6.1%}")
            if verbose:
                for score in letter.scores:
                    if score.precision < 1 or score.recall < 1:
                        print(_row(score))
                for note in letter.notes:
                    print(f"      {note}")
    print("\n== all letters")
    for score in sum_scores(all_scores).values():
        print(_row(score))
    for genre in sorted(by_genre):
        print(f"\n== genre {genre}")
        for score in sum_scores(by_genre[genre]).values():
            print(_row(score))
    return 1 if failed else 0


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    argv = [a for a in argv if a != "-v"]
    if argv[:1] == ["--letters"]:
        return letters([Path(a) for a in argv[1:]] or [LETTERS], verbose)
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
    return letters([LETTERS], verbose)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
