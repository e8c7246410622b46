"""Score an extraction against a development-corpus gold file (tests/data/letters/README.md).

The corpus gold (``evaluation.py``) pins one bundle item by item; this format is written
for many letters of every genre and is deliberately tolerant where annotators and the
extractor may reasonably cut a phrase differently: amounts match on their values, deadlines
and events on overlapping words plus the year, projects and agreements on the start of
their names (an "Afspraak" label before a number or an unnumbered title is optional).
Every list the gold gives is exhaustive, so what is extracted beyond it counts against
precision.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from .evaluation import FieldScore
from .ocr_digits import repair_ocr_digits

__all__ = ["FIELDS", "LetterScore", "normalise", "score_letter", "sum_scores"]

FIELDS = (
    "documents.kind",
    "documents.date",
    "agreements",
    "agreements.title",
    "agreements.commitments",
    "amounts",
    "deadlines",
    "events",
    "projects",
    "projects.phase",
    "meetings",
    "parliamentary_items",
)
_DASHES = re.compile(r"[‐‑‒–—−-]+")
_QUOTES = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "„": '"'})
_NUMBER_PREFIX = re.compile(r"^(?:afspraak\s+)?", re.IGNORECASE)
# The label of an unnumbered "Afspraak: …" line: some gold files keep it in the title and
# commitment, others leave it out (as numbers leave out "Afspraak"); either cut is right.
_LABEL = re.compile(r"^afspraak\s*:\s*")
# A footnote digit glued to a word ("€ 11,5 mln1 bijdraagt", "mln¹"): cleaning moves the
# marker to the foot, a gold quote may keep it; it is no part of the words either way.
_GLUED_NOTE = re.compile(r"(?<=[a-zà-ÿ]{2})(?:\d{1,2}|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,2})(?![\d¹²³⁴⁵⁶⁷⁸⁹⁰]|[,.]\d)")


def normalise(text: str | None) -> str:
    """Case, accents on dashes and quotes, spacing and end punctuation do not count."""
    value = unicodedata.normalize("NFC", str(text or "")).translate(_QUOTES)
    value = _DASHES.sub("-", value)
    value = re.sub(r"\s*-\s*", "-", value)
    return " ".join(value.split()).casefold().strip(" .,:;")


def _unlabelled(text: str | None) -> str:
    """The normalised text without a leading "Afspraak:" label."""
    return _LABEL.sub("", normalise(text))


def _quoted(text: str) -> str:
    """A commitment as compared: repaired scanned digits, no label, no glued footnote mark."""
    return _unlabelled(_GLUED_NOTE.sub("", repair_ocr_digits(text)))


def _number(value: str | None) -> str | None:
    if value is None:
        return None
    return _NUMBER_PREFIX.sub("", normalise(value)).rstrip(".") or None


@dataclass(frozen=True, slots=True)
class LetterScore:
    """The scores of one letter, with what was missed or extra, for the report."""

    name: str
    genre: str
    scores: tuple[FieldScore, ...]
    notes: tuple[str, ...]


def _same_words(want: dict[str, Any], have: dict[str, Any]) -> bool:
    key = "as_written" if "as_written" in want else "name" if "name" in want else None
    return key is not None and normalise(want.get(key)) == normalise(have.get(key))


def _assign(
    expected: list[dict[str, Any]],
    extracted: list[dict[str, Any]],
    matches: Callable[[dict[str, Any], dict[str, Any]], bool],
) -> list[tuple[dict[str, Any], dict[str, Any] | None]]:
    """One-to-one matching in gold order: first the pairs written the same, then the rest, so
    a gold "2024" does not take the extracted "voor 1 oktober 2024" from its own gold item."""
    used: set[int] = set()
    chosen: dict[int, int] = {}
    for exact in (True, False):
        for position, want in enumerate(expected):
            if position in chosen:
                continue
            hit = next(
                (
                    i
                    for i, item in enumerate(extracted)
                    if i not in used
                    and matches(want, item)
                    and (not exact or _same_words(want, item))
                ),
                None,
            )
            if hit is not None:
                used.add(hit)
                chosen[position] = hit
    return [
        (want, extracted[chosen[position]] if position in chosen else None)
        for position, want in enumerate(expected)
    ]


def _count(
    name: str,
    pairs: list[tuple[dict[str, Any], dict[str, Any] | None]],
    extracted: int,
    notes: list[str],
    show: Callable[[dict[str, Any]], str],
) -> FieldScore:
    correct = sum(1 for _want, have in pairs if have is not None)
    notes.extend(f"missing {name}: {show(want)}" for want, have in pairs if have is None)
    return FieldScore(name, correct, extracted, len(pairs))


def _words_overlap(gold: str, have: str) -> bool:
    a, b = normalise(repair_ocr_digits(gold)), normalise(repair_ocr_digits(have))
    if a.endswith("-"):  # gold quotes a phrase hyphenated over a line by its first line
        a = a[:-1]
    return bool(a and b) and (a in b or b in a)


def _year_of(item: dict[str, Any]) -> int | None:
    for key in ("end", "date", "start"):
        value = item.get(key)
        if value:
            return int(str(value)[:4])
    return None


def _time_matches(want: dict[str, Any], have: dict[str, Any]) -> bool:
    if not _words_overlap(want.get("as_written", ""), have.get("as_written", "")):
        return False
    year = want.get("year")
    if year is None:
        return True
    years = {int(str(have[k])[:4]) for k in ("start", "end", "date") if have.get(k)}
    if have.get("relation") == "before" and have.get("end"):
        # "vóór 1 januari 2027" names 2027 while its interval ends on 31 December 2026.
        years.add(int(str(have["end"])[:4]) + (str(have["end"])[5:] == "12-31"))
    if have.get("relation") == "after" and have.get("start"):
        # "na 2028" names 2028 while its interval starts on 1 January 2029.
        years.add(int(str(have["start"])[:4]) - (str(have["start"])[5:] == "01-01"))
    return year in years


def _amount_matches(want: dict[str, Any], have: dict[str, Any]) -> bool:
    return [round(float(v)) for v in want["values_eur"]] == [
        round(float(v)) for v in have["values_eur"]
    ]


def _project_matches(want: dict[str, Any], have: dict[str, Any]) -> bool:
    gold, name = normalise(want["name"]), normalise(have.get("name"))
    if not name:
        return False
    return name.startswith(gold[:20]) or (len(name) >= 5 and gold.startswith(name))


def _agreement_matches(want: dict[str, Any], have: dict[str, Any]) -> bool:
    number = _number(want.get("number"))
    if number is not None:
        return _number(have.get("number")) == number
    if have.get("number"):
        return False
    gold = _unlabelled(want.get("title", ""))[:25]
    first = have["commitments"][0]["text"] if have.get("commitments") else ""
    return bool(gold) and gold in normalise(f"{have.get('title', '')} {first}")


def _commitment_scores(
    pairs: list[tuple[dict[str, Any], dict[str, Any] | None]], notes: list[str]
) -> FieldScore:
    correct = extracted = expected = 0
    for want, have in pairs:
        if "commitments" not in want:
            continue
        # Scanned digits ("€ l00 mln.") are compared repaired on both sides, as time phrases are;
        # a quote that ends in a word hyphenated over a line ("€ 4,5 mil-") is its first part.
        prefixes = [re.sub(r"(?<=[^\W\d_])-$", "", _quoted(p)[:30]) for p in want["commitments"]]
        mine = [_quoted(c["text"]) for c in (have or {}).get("commitments", [])]
        expected += len(prefixes)
        extracted += len(mine)
        free = list(mine)
        for prefix in prefixes:
            hit = next((m for m in free if m.startswith(prefix) or prefix.startswith(m)), None)
            if hit is None:
                notes.append(f"missing commitment of {want.get('number')}: {prefix!r}")
            else:
                free.remove(hit)
                correct += 1
    return FieldScore("agreements.commitments", correct, extracted, expected)


def _documents(result: dict[str, Any], gold: dict[str, Any], notes: list[str]) -> list[FieldScore]:
    have = result["documents"]
    want = gold["documents"]
    kind_ok = sum(
        1 for i, doc in enumerate(want) if i < len(have) and have[i]["kind"] == doc["kind"]
    )
    notes.extend(
        f"document {i + 1}: kind {have[i]['kind'] if i < len(have) else None!r}, "
        f"expected {doc['kind']!r}"
        for i, doc in enumerate(want)
        if not (i < len(have) and have[i]["kind"] == doc["kind"])
    )
    dated = [(i, doc) for i, doc in enumerate(want) if "date" in doc]
    date_ok = sum(1 for i, doc in dated if i < len(have) and have[i]["date"] == doc["date"])
    notes.extend(
        f"document {i + 1}: date {have[i]['date'] if i < len(have) else None!r}, "
        f"expected {doc['date']!r}"
        for i, doc in dated
        if not (i < len(have) and have[i]["date"] == doc["date"])
    )
    return [
        FieldScore("documents.kind", kind_ok, len(have), len(want)),
        FieldScore("documents.date", date_ok, len(dated), len(dated)),
    ]


def score_letter(result: dict[str, Any], gold: dict[str, Any], name: str = "") -> LetterScore:
    """Scores of one extraction (its JSON) against one gold dict, field by field."""
    notes: list[str] = []
    scores: list[FieldScore] = []
    if "documents" in gold:
        scores.extend(_documents(result, gold, notes))
    if "agreements" in gold:
        pairs = _assign(gold["agreements"], result["agreements"], _agreement_matches)
        scores.append(
            _count(
                "agreements",
                pairs,
                len(result["agreements"]),
                notes,
                lambda g: f"{g.get('number')} {g.get('title', '')[:40]}",
            )
        )
        _note_extra("agreements", result["agreements"], pairs, notes, "title")
        found = [(w, h) for w, h in pairs if h is not None and w.get("title")]
        title_ok = [
            (w, h)
            for w, h in found
            if normalise(h["title"]).startswith(normalise(w["title"])[:25]) or not w.get("number")
        ]
        notes.extend(
            f"title of {w.get('number')}: {h['title'][:50]!r}"
            for w, h in found
            if (w, h) not in title_ok
        )
        scores.append(FieldScore("agreements.title", len(title_ok), len(found), len(found)))
        scores.append(_commitment_scores(pairs, notes))
    simple: dict[str, tuple[Callable[[dict[str, Any], dict[str, Any]], bool], str]] = {
        "amounts": (_amount_matches, "values_eur"),
        "deadlines": (_time_matches, "as_written"),
        "events": (_time_matches, "as_written"),
        "meetings": (lambda w, h: w["kind"] == h["kind"] and w["date"] == h["date"], "date"),
    }
    for field_name, (matches, key) in simple.items():
        if field_name in gold:
            items = result.get(field_name, [])
            pairs = _assign(gold[field_name], items, matches)
            scores.append(
                _count(field_name, pairs, len(items), notes, lambda g, k=key: str(g.get(k)))
            )
            _note_extra(field_name, items, pairs, notes, key)
    if "projects" in gold:
        pairs = _assign(gold["projects"], result["projects"], _project_matches)
        scores.append(
            _count("projects", pairs, len(result["projects"]), notes, lambda g: g["name"])
        )
        _note_extra("projects", result["projects"], pairs, notes, "name")
        phased = [(w, h) for w, h in pairs if h is not None and w.get("phase")]
        phase_ok = sum(1 for w, h in phased if h.get("phase") == w["phase"])
        notes.extend(
            f"phase of {w['name']}: {h.get('phase')!r}, expected {w['phase']!r}"
            for w, h in phased
            if h.get("phase") != w["phase"]
        )
        scores.append(FieldScore("projects.phase", phase_ok, len(phased), len(phased)))
    if "parliamentary_items" in gold:
        wanted = sorted(gold["parliamentary_items"], key=lambda g: g.get("kamerstuk") is None)
        items = result["parliamentary_items"]

        def same(w: dict[str, Any], h: dict[str, Any]) -> bool:
            return w["kind"] == h["kind"] and (
                w.get("kamerstuk") is None or w["kamerstuk"] == h.get("kamerstuk")
            )

        pairs = _assign(wanted, items, same)
        scores.append(
            _count(
                "parliamentary_items",
                pairs,
                len(items),
                notes,
                lambda g: f"{g['kind']} {g.get('kamerstuk')}",
            )
        )
    return LetterScore(name, str(gold.get("genre", "other")), tuple(scores), tuple(notes))


def _note_extra(
    field_name: str,
    items: list[dict[str, Any]],
    pairs: list[tuple[dict[str, Any], dict[str, Any] | None]],
    notes: list[str],
    key: str,
) -> None:
    matched = {id(h) for _w, h in pairs if h is not None}
    notes.extend(
        f"extra {field_name}: {item.get(key)!r}" for item in items if id(item) not in matched
    )


def sum_scores(scores: Iterable[FieldScore]) -> dict[str, FieldScore]:
    """Add up the counts per field name (micro-averaged precision and recall)."""
    totals: dict[str, list[int]] = {}
    for score in scores:
        counts = totals.setdefault(score.name, [0, 0, 0])
        counts[0] += score.correct
        counts[1] += score.extracted
        counts[2] += score.expected
    return {name: FieldScore(name, *totals[name]) for name in FIELDS if name in totals}
