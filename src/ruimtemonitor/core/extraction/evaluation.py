"""Measure an extraction against a hand-made gold file: precision and recall per field.

The gold format is the corpus one: ``{"agreements": [{"number", "types",
"departments", "chapter", "commitment_prefixes"}]}``. Sample gold files may
add ``documents``, ``amounts``, ``deadlines``, ``events``, ``projects``, ``references``
and ``parliamentary_items`` lists, each compared on the keys they give.

Matching rules: agreements by number; types and departments exactly (order
ignored); commitments on the first 40 characters, whitespace-normalised.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .contract import Extraction

__all__ = ["Evaluation", "FieldScore", "evaluate", "load_gold"]

PREFIX_CHARS = 40


@dataclass(frozen=True, slots=True)
class FieldScore:
    """Counts for one field: true positives, extracted, expected."""

    name: str
    correct: int
    extracted: int
    expected: int

    @property
    def precision(self) -> float:
        return self.correct / self.extracted if self.extracted else 1.0

    @property
    def recall(self) -> float:
        return self.correct / self.expected if self.expected else 1.0

    def as_row(self) -> str:
        return (
            f"{self.name:<22} precision {self.precision:6.1%}  recall {self.recall:6.1%}  "
            f"({self.correct} correct, {self.extracted} extracted, {self.expected} expected)"
        )


@dataclass(frozen=True, slots=True)
class Evaluation:
    scores: tuple[FieldScore, ...]
    missing: tuple[str, ...]

    def score(self, name: str) -> FieldScore:
        return next(s for s in self.scores if s.name == name)

    def report(self) -> str:
        lines = [score.as_row() for score in self.scores]
        lines.extend(f"  missing: {item}" for item in self.missing[:40])
        return "\n".join(lines)


def load_gold(path: Path) -> dict[str, Any]:
    """Read a gold JSON file."""
    return json.loads(Path(path).read_text(encoding="utf-8"))


def _prefix(text: str) -> str:
    return " ".join(text.split())[:PREFIX_CHARS].casefold()


def _agreement_scores(
    result: dict[str, Any], gold: dict[str, Any], missing: list[str]
) -> list[FieldScore]:
    document = gold.get("document_kind", "ruimtelijk_arrangement")
    kinds = {d["id"]: d["kind"] for d in result["documents"]}
    extracted = [
        a for a in result["agreements"] if a["number"] and kinds.get(a["document"]) == document
    ] or [a for a in result["agreements"] if a["number"]]
    by_number = {a["number"]: a for a in extracted}
    expected = gold.get("agreements", [])
    found = [g for g in expected if g["number"] in by_number]
    missing.extend(f"agreement {g['number']}" for g in expected if g["number"] not in by_number)
    types_ok = [g for g in found if sorted(by_number[g["number"]]["types"]) == sorted(g["types"])]
    depts_ok = [
        g
        for g in found
        if sorted(by_number[g["number"]]["departments"]) == sorted(g["departments"])
    ]
    chapter_ok = [
        g for g in found if "chapter" not in g or by_number[g["number"]]["chapter"] == g["chapter"]
    ]
    for g in found:
        if g not in types_ok:
            missing.append(
                f"types of {g['number']}: {by_number[g['number']]['types']} != {g['types']}"
            )
        if g not in depts_ok:
            missing.append(
                f"departments of {g['number']}: "
                f"{by_number[g['number']]['departments']} != {g['departments']}"
            )
    gold_bullets = 0
    matched = 0
    extracted_bullets = 0
    for g in expected:
        prefixes = [_prefix(p) for p in g.get("commitment_prefixes", [])]
        gold_bullets += len(prefixes)
        mine = [_prefix(c["text"]) for c in by_number.get(g["number"], {}).get("commitments", [])]
        extracted_bullets += len(mine)
        for prefix in prefixes:
            if prefix in mine:
                matched += 1
            else:
                missing.append(f"commitment of {g['number']}: {prefix!r}")
    return [
        FieldScore("agreements.number", len(found), len(extracted), len(expected)),
        FieldScore("agreements.types", len(types_ok), len(found), len(expected)),
        FieldScore("agreements.departments", len(depts_ok), len(found), len(expected)),
        FieldScore("agreements.chapter", len(chapter_ok), len(found), len(expected)),
        FieldScore("agreements.commitments", matched, extracted_bullets, gold_bullets),
    ]


def _matches(item: dict[str, Any], want: dict[str, Any]) -> bool:
    for key, value in want.items():
        have = item.get(key)
        if key == "as_written":
            if (
                " ".join(str(have or "").split()).casefold()
                != " ".join(str(value).split()).casefold()
            ):
                return False
        elif key in {"name", "title", "text"}:
            if not str(have or "").casefold().startswith(str(value).casefold()):
                return False
        elif have != value:
            return False
    return True


def _list_score(
    name: str, items: Iterable[dict[str, Any]], expected: list[dict[str, Any]], missing: list[str]
) -> FieldScore:
    pool = list(items)
    used: set[int] = set()
    correct = 0
    for want in expected:
        hit = next(
            (i for i, item in enumerate(pool) if i not in used and _matches(item, want)), None
        )
        if hit is None:
            missing.append(f"{name}: {want}")
        else:
            used.add(hit)
            correct += 1
    return FieldScore(name, correct, len(pool), len(expected))


def evaluate(extraction: Extraction | dict[str, Any], gold: dict[str, Any]) -> Evaluation:
    """Compare an extraction (or its JSON) with a gold dict; rules in the module docstring."""
    result = extraction.to_json() if isinstance(extraction, Extraction) else extraction
    missing: list[str] = []
    scores = _agreement_scores(result, gold, missing) if gold.get("agreements") else []
    for field_name in (
        "documents",
        "amounts",
        "deadlines",
        "events",
        "projects",
        "references",
        "parliamentary_items",
    ):
        if field_name in gold:
            scores.append(_list_score(field_name, result[field_name], gold[field_name], missing))
    return Evaluation(tuple(scores), tuple(missing))
