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


def _even(floor: float) -> dict[str, tuple[float, float]]:
    """The same floor for precision and recall of every field."""
    return {field: (floor, floor) for field in FLOORS}


# The third batch onwards (tests/data/letters-blindN/README.md): written without reading the
# rules and scored before they changed for each (docs/extraction.md), then used like the others.
BLIND3_FLOORS = {**_even(0.97), "amounts": (0.95, 0.95)}
BLIND4_FLOORS = {
    **_even(0.97),
    "deadlines": (0.95, 0.95),
    "events": (0.96, 0.96),
    "projects": (0.97, 0.93),
}
BLIND5_FLOORS = {**_even(0.97), "agreements": (0.96, 0.96)}
# The eighth and ninth batches each held one document read as another kind (a gold choice
# earlier batches make the other way).
BATCHES = {  # name: (floors, how many letters the folder must hold)
    "blind": (BLIND_FLOORS, 12),
    "blind2": (BLIND2_FLOORS, 10),
    "blind3": (BLIND3_FLOORS, 20),
    "blind4": (BLIND4_FLOORS, 20),
    "blind5": (BLIND5_FLOORS, 20),
    "blind6": ({**BLIND5_FLOORS, "projects": (0.96, 0.95)}, 20),
    "blind7": (BLIND5_FLOORS, 16),
    "blind8": ({**BLIND5_FLOORS, "documents.kind": (0.93, 0.93)}, 16),
    "blind9": ({**BLIND5_FLOORS, "documents.kind": (0.92, 0.92)}, 14),
    # Tuned on after their first scores, with the general readers (docs/extraction.md).
    "blind10": ({**_even(0.97), "projects": (0.9, 0.9)}, 16),
    "blind11": (
        {
            **_even(0.97),
            "agreements.commitments": (0.97, 0.93),
            "events": (0.97, 0.95),
            "projects": (0.95, 0.93),
        },
        16,
    ),
    # Tuned on after their first scores (docs/extraction.md, "Twelfth and thirteenth blind
    # batches: the other fields" and "Generalising on the twelfth and thirteenth batches"):
    # held a little under what they reach.
    "blind12": (
        {
            **_even(0.97),
            "agreements": (0.97, 0.95),
            "agreements.commitments": (0.93, 0.87),
            "amounts": (0.97, 0.96),
            "deadlines": (0.96, 0.95),
            "events": (0.97, 0.93),
            "projects": (0.93, 0.87),
        },
        16,
    ),
    "blind13": (
        {
            **_even(0.97),
            "agreements.commitments": (0.97, 0.96),
            "deadlines": (0.96, 0.97),
            "events": (0.95, 0.97),
            "projects": (0.92, 0.93),
        },
        16,
    ),
    # Tuned on after its first score (docs/extraction.md, "The fourteenth blind batch").
    "blind14": (
        {
            **_even(0.97),
            "agreements": (0.98, 0.98),
            "agreements.commitments": (0.97, 0.97),
            "amounts": (0.98, 0.97),
            "deadlines": (0.97, 0.96),
            "events": (0.93, 0.97),
            "projects": (0.97, 0.9),
        },
        16,
    ),
    "blind15": (
        {
            **_even(0.97),
            "agreements.commitments": (0.97, 0.95),
            "amounts": (0.96, 0.96),
            "deadlines": (0.97, 0.95),
            "projects": (0.97, 0.85),
            "projects.phase": (0.93, 0.93),
        },
        16,
    ),
    "blind16": (
        {
            **_even(0.97),
            "agreements": (0.97, 0.95),
            "agreements.commitments": (0.88, 0.88),
            "deadlines": (0.9, 0.97),
            "events": (0.97, 0.92),
            "projects": (0.87, 0.91),
            "projects.phase": (0.92, 0.92),
            "meetings": (0.97, 0.83),
            "parliamentary_items": (0.86, 0.97),
        },
        16,
    ),
    "blind17": (
        {
            **_even(0.97),
            "documents.kind": (0.91, 0.91),
            "agreements": (0.9, 0.75),
            "agreements.title": (0.93, 0.93),
            "agreements.commitments": (0.88, 0.75),
            "deadlines": (0.91, 0.96),
            "events": (0.97, 0.94),
            "projects": (0.94, 0.8),
            "projects.phase": (0.91, 0.91),
            "meetings": (0.97, 0.87),
        },
        16,
    ),
    # Tuned on after their first scores (docs/extraction.md, "Batches eighteen to
    # twenty-one" and "The twenty-second batch" to "The twenty-sixth batch"); blind22 to
    # blind26 a little under their scores after one round.
    "blind18": (
        {**_even(0.97), "events": (0.97, 0.95), "projects": (0.92, 0.92)},
        16,
    ),
    "blind19": (
        {
            **_even(0.97),
            "agreements": (0.95, 0.95),
            "agreements.commitments": (0.97, 0.95),
            "projects": (0.93, 0.95),
        },
        16,
    ),
    "blind20": (
        {
            **_even(0.97),
            "agreements.commitments": (0.95, 0.96),
            "deadlines": (0.97, 0.95),
            "projects": (0.95, 0.87),
        },
        16,
    ),
    "blind21": (
        {
            **_even(0.97),
            "agreements.commitments": (0.88, 0.97),
            "deadlines": (0.95, 0.9),
            "events": (0.92, 0.97),
            "projects": (0.91, 0.97),
            "projects.phase": (0.94, 0.94),
            "meetings": (0.97, 0.92),
            "parliamentary_items": (0.92, 0.92),
        },
        16,
    ),
    "blind22": (
        {
            **_even(0.97),
            "agreements": (0.93, 0.95),
            "agreements.commitments": (0.95, 0.96),
            "deadlines": (0.93, 0.97),
            "events": (0.97, 0.93),
            "projects": (0.96, 0.95),
            "parliamentary_items": (0.93, 0.9),
        },
        16,
    ),
    "blind23": (_even(0.97), 16),
    "blind24": (_even(0.97), 16),
    "blind25": (_even(0.97), 16),
    "blind26": (_even(0.97), 16),
    # two links for nature with their own item, no project by this batch's choice (README)
    "blind27": (
        {**_even(0.97), "projects": (0.95, 0.97), "parliamentary_items": (0.97, 0.93)},
        14,
    ),
    # a minister's "Ik verwacht u … te informeren", which blind4's gold does not count (README)
    "blind28": ({**_even(0.97), "parliamentary_items": (0.97, 0.95)}, 14),
    "blind29": (_even(0.97), 14),
    "blind30": (_even(0.97), 14),
    "blind31": (_even(0.97), 14),
    "blind32": (_even(0.97), 14),
    "blind33": (_even(0.97), 14),
    "blind34": (_even(0.97), 14),
    "blind35": (_even(0.97), 14),
    "blind36": (_even(0.97), 14),
    # a fronted "Voor 1 april stuur ik uw Kamer een brief" answering a motion that asks for it
    "blind37": ({**_even(0.97), "parliamentary_items": (0.97, 0.94)}, 14),
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


def _scored(folder: Path) -> list:
    scored = []
    for text in sorted(folder.glob("*.txt")):
        gold = json.loads(text.with_suffix(".gold.json").read_text(encoding="utf-8"))
        scored.append(score_letter(extract_file(text).to_json(), gold, text.name))
    return scored


@pytest.fixture(scope="module")
def letters() -> list:
    return _scored(LETTERS)


@pytest.fixture(scope="module", params=sorted(BATCHES))
def blind_batch(request: pytest.FixtureRequest) -> tuple[list, dict, int]:
    """A blind batch's scored letters, its floors and how many letters it must hold."""
    floors, size = BATCHES[request.param]
    return _scored(LETTERS.parent / f"letters-{request.param}"), floors, size


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
