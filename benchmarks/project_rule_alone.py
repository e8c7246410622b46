"""Score the general project reader alone (the layout-specific project rules off).

Usage: python benchmarks/project_rule_alone.py DIR [DIR …]
Prints, per folder, precision and recall of ``projects`` and ``projects.phase`` when only
``project_reader.read_projects`` finds projects.
"""

from __future__ import annotations

import functools
import sys
from pathlib import Path

from ruimtemonitor.core.extraction import extract_file, load_gold, pipeline, projects
from ruimtemonitor.core.extraction.letter_scoring import score_letter, sum_scores


def main(folders: list[str], verbose: bool = False) -> None:
    pipeline.find_projects = functools.partial(projects.find_projects, layout_rules=False)
    for folder in folders:
        scores = []
        for text in sorted(Path(folder).glob("*.txt")):
            gold_path = text.with_suffix(".gold.json")
            if not gold_path.exists():
                continue
            letter = score_letter(extract_file(text).to_json(), load_gold(gold_path), text.name)
            scores.extend(s for s in letter.scores if s.name.startswith("projects"))
            if verbose:
                for note in letter.notes:
                    if "project" in note or "phase" in note:
                        print(f"  {text.name}: {note}")
        for score in sum_scores(scores).values():
            print(
                f"{Path(folder).name:<16} {score.name:<16} P {score.precision:6.1%}"
                f"  R {score.recall:6.1%}  ({score.correct}/{score.extracted}, "
                f"{score.correct}/{score.expected})"
            )


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "-v"]
    main(args, verbose="-v" in sys.argv)
