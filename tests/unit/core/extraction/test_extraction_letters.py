"""The development corpus of letters in every genre: the suite requires the scores.

Each letter in tests/data/letters has a hand-made gold file (format in its README). The
floors below are the targets the extractor is held to on this corpus; a change that lowers
a score under its floor fails here, whatever it does to one letter's exact output.
"""

import json
from pathlib import Path

import pytest

from ruimtemonitor.core.extraction import extract_file
from ruimtemonitor.core.extraction.letter_scoring import score_letter, sum_scores

pytestmark = pytest.mark.unit

LETTERS = Path(__file__).resolve().parents[3] / "data" / "letters"
FLOORS = {  # field: (precision, recall); the targets, else a little under today's
    "documents.kind": (0.95, 0.95),
    "documents.date": (1.0, 1.0),
    "agreements": (0.95, 0.95),
    "agreements.commitments": (0.95, 0.9),
    "amounts": (0.95, 0.95),
    "deadlines": (0.93, 0.93),
    "events": (0.9, 0.9),
    "projects": (0.95, 0.9),
    "projects.phase": (0.9, 0.9),
    "meetings": (0.95, 0.9),
    "parliamentary_items": (0.9, 0.9),
}
GENRES = {
    "afsprakenlijst",
    "kamerbrief",
    "mirt_brief",
    "mirt_project",
    "raadsinformatiebrief",
    "raadsvoorstel",
    "ruimtelijk_arrangement",
    "uitvoeringsagenda",
    "other",
}


@pytest.fixture(scope="module")
def letters() -> list:
    scored = []
    for text in sorted(LETTERS.glob("*.txt")):
        gold = json.loads(text.with_suffix(".gold.json").read_text(encoding="utf-8"))
        scored.append(score_letter(extract_file(text).to_json(), gold, text.name))
    return scored


def test_the_corpus_covers_every_genre_and_many_years(letters: list) -> None:
    assert len(letters) >= 25
    assert {letter.genre for letter in letters} == GENRES
    years = {int(letter.name.split("-")[1]) for letter in letters}
    assert min(years) <= 2010 and max(years) >= 2025


@pytest.mark.parametrize("field", sorted(FLOORS))
def test_precision_and_recall_stay_above_their_floor(letters: list, field: str) -> None:
    totals = sum_scores(score for letter in letters for score in letter.scores)
    precision, recall = FLOORS[field]
    score = totals[field]
    misses = [n for letter in letters for n in letter.notes if field.split(".")[0] in n][:15]
    assert score.precision >= precision, (score.as_row(), misses)
    assert score.recall >= recall, (score.as_row(), misses)


def test_council_letters_and_project_pages_yield_no_agreements(letters: list) -> None:
    for letter in letters:
        if letter.genre in {"raadsinformatiebrief", "raadsvoorstel", "mirt_project"}:
            agreements = next(s for s in letter.scores if s.name == "agreements")
            assert agreements.extracted == 0, letter.name
