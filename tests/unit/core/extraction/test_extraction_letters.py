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
BLIND = LETTERS.parent / "letters-blind"
FLOORS = {  # field: (precision, recall); the targets, else a little under today's
    "documents.kind": (0.97, 0.97),
    "documents.date": (1.0, 1.0),
    "agreements": (0.97, 0.96),
    "agreements.commitments": (0.97, 0.96),
    "amounts": (0.97, 0.97),
    "deadlines": (0.95, 0.95),
    "events": (0.96, 0.96),
    "projects": (0.97, 0.95),
    "projects.phase": (0.95, 0.95),
    "meetings": (0.96, 0.95),
    "parliamentary_items": (0.95, 0.93),
}
# The letters written as a blind test (tests/data/letters-blind/README.md), since used to
# improve the rules: held to a little under what they score now, so a change that helps the
# development letters at their expense fails.
BLIND_FLOORS = {
    "documents.kind": (0.8, 0.8),
    "documents.date": (1.0, 1.0),
    "agreements": (0.95, 0.95),
    "agreements.commitments": (0.93, 0.9),
    "amounts": (0.95, 0.95),
    "deadlines": (0.95, 0.95),
    "events": (0.9, 0.93),
    "projects": (0.93, 0.93),
    "projects.phase": (0.93, 0.93),
    "meetings": (0.95, 0.95),
    "parliamentary_items": (0.95, 0.95),
}
# The second blind batch (tests/data/letters-blind2/README.md): written and scored before
# the rules were changed for it (scores in docs/extraction.md), then used like the first.
BLIND2 = LETTERS.parent / "letters-blind2"
BLIND2_FLOORS = {
    "documents.kind": (0.9, 0.9),
    "documents.date": (1.0, 1.0),
    "agreements": (0.92, 0.92),
    "agreements.commitments": (0.95, 0.93),
    "amounts": (0.95, 0.95),
    "deadlines": (0.95, 0.95),
    "events": (0.92, 0.95),
    "projects": (0.95, 0.92),
    "projects.phase": (0.93, 0.93),
    "meetings": (0.95, 0.95),
    "parliamentary_items": (0.95, 0.95),
}
# The third blind batch (tests/data/letters-blind3/README.md): written without reading the
# rules and scored before they changed for it (docs/extraction.md), then used like the others.
BLIND3 = LETTERS.parent / "letters-blind3"
BLIND3_FLOORS = {
    "documents.kind": (0.97, 0.97),
    "documents.date": (0.97, 0.97),
    "agreements": (0.97, 0.97),
    "agreements.commitments": (0.97, 0.97),
    "amounts": (0.95, 0.95),
    "deadlines": (0.97, 0.97),
    "events": (0.97, 0.97),
    "projects": (0.97, 0.97),
    "projects.phase": (0.97, 0.97),
    "meetings": (0.97, 0.97),
    "parliamentary_items": (0.97, 0.97),
}
# The fourth blind batch (tests/data/letters-blind4/README.md): scored before the rules changed
# for it (docs/extraction.md), then used like the others.
BLIND4 = LETTERS.parent / "letters-blind4"
BLIND4_FLOORS = {
    "documents.kind": (0.97, 0.97),
    "documents.date": (0.97, 0.97),
    "agreements": (0.97, 0.97),
    "agreements.commitments": (0.97, 0.97),
    "amounts": (0.97, 0.97),
    "deadlines": (0.95, 0.95),
    "events": (0.96, 0.96),
    "projects": (0.97, 0.93),
    "projects.phase": (0.97, 0.97),
    "meetings": (0.97, 0.97),
    "parliamentary_items": (0.97, 0.97),
}
# The fifth blind batch (tests/data/letters-blind5/README.md): scored twice before the rules
# changed for it (docs/extraction.md), then used like the others.
BLIND5 = LETTERS.parent / "letters-blind5"
BLIND5_FLOORS = {
    "documents.kind": (0.97, 0.97),
    "documents.date": (0.97, 0.97),
    "agreements": (0.96, 0.96),
    "agreements.commitments": (0.97, 0.97),
    "amounts": (0.97, 0.97),
    "deadlines": (0.97, 0.97),
    "events": (0.97, 0.97),
    "projects": (0.97, 0.97),
    "projects.phase": (0.97, 0.97),
    "meetings": (0.97, 0.97),
    "parliamentary_items": (0.97, 0.97),
}
# The sixth blind batch (tests/data/letters-blind6/README.md): scored twice before the rules
# changed for it (docs/extraction.md), then used like the others.
BLIND6 = LETTERS.parent / "letters-blind6"
BLIND6_FLOORS = {**BLIND5_FLOORS, "projects": (0.96, 0.95)}
# The seventh blind batch (tests/data/letters-blind7/README.md): scored twice before the rules
# changed for it (docs/extraction.md), then used like the others.
BLIND7 = LETTERS.parent / "letters-blind7"
BLIND7_FLOORS = BLIND5_FLOORS
# The eighth blind batch (tests/data/letters-blind8/README.md): likewise; one of its sixteen
# documents is still read as another kind (a gold choice earlier batches make the other way).
BLIND8 = LETTERS.parent / "letters-blind8"
BLIND8_FLOORS = {**BLIND5_FLOORS, "documents.kind": (0.93, 0.93)}
# The ninth blind batch (tests/data/letters-blind9/README.md): likewise, with the same kind
# choice in one of its fourteen documents.
BLIND9 = LETTERS.parent / "letters-blind9"
BLIND9_FLOORS = {**BLIND5_FLOORS, "documents.kind": (0.92, 0.92)}
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


def _scored(folder: Path) -> list:
    scored = []
    for text in sorted(folder.glob("*.txt")):
        gold = json.loads(text.with_suffix(".gold.json").read_text(encoding="utf-8"))
        scored.append(score_letter(extract_file(text).to_json(), gold, text.name))
    return scored


@pytest.fixture(scope="module")
def letters() -> list:
    return _scored(LETTERS)


@pytest.fixture(
    scope="module",
    params=[
        "blind",
        "blind2",
        "blind3",
        "blind4",
        "blind5",
        "blind6",
        "blind7",
        "blind8",
        "blind9",
    ],
)
def blind_batch(request: pytest.FixtureRequest) -> tuple[list, dict, int]:
    """A blind batch's scored letters, its floors and how many letters it must hold."""
    folder, floors, size = {
        "blind": (BLIND, BLIND_FLOORS, 12),
        "blind2": (BLIND2, BLIND2_FLOORS, 10),
        "blind3": (BLIND3, BLIND3_FLOORS, 20),
        "blind4": (BLIND4, BLIND4_FLOORS, 20),
        "blind5": (BLIND5, BLIND5_FLOORS, 20),
        "blind6": (BLIND6, BLIND6_FLOORS, 20),
        "blind7": (BLIND7, BLIND7_FLOORS, 16),
        "blind8": (BLIND8, BLIND8_FLOORS, 16),
        "blind9": (BLIND9, BLIND9_FLOORS, 14),
    }[request.param]
    return _scored(folder), floors, size


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


@pytest.mark.parametrize("field", sorted(FLOORS))
def test_the_blind_batches_stay_above_their_floors(blind_batch: tuple, field: str) -> None:
    scored, floors, size = blind_batch
    assert len(scored) >= size
    totals = sum_scores(score for letter in scored for score in letter.scores)
    precision, recall = floors[field]
    score = totals[field]
    misses = [n for letter in scored for n in letter.notes if field.split(".")[0] in n]
    assert score.precision >= precision, (score.as_row(), misses[:15])
    assert score.recall >= recall, (score.as_row(), misses[:15])


def test_council_letters_and_project_pages_yield_no_agreements(letters: list) -> None:
    for letter in letters:
        if letter.genre in {"raadsinformatiebrief", "raadsvoorstel", "mirt_project"}:
            agreements = next(s for s in letter.scores if s.name == "agreements")
            assert agreements.extracted == 0, letter.name
