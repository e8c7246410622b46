"""A time after "tegen" ("tegen het einde van 2027", "tegen eind 2026", "tegen de zomer van
2029"): the word says by when, as "uiterlijk" does, and belongs to the phrase (texts made up)."""

from __future__ import annotations

import datetime as dt

import pytest

from ruimtemonitor.core.dutch import find_deadlines

pytestmark = pytest.mark.unit
LETTER = dt.date(2025, 3, 14)


@pytest.mark.parametrize(
    ("text", "written", "year"),
    [
        (
            "De gemeente levert de eerste fase tegen het einde van 2027 op.",
            "tegen het einde van 2027",
            2027,
        ),
        ("Het waterschap is tegen eind 2026 klaar met de dijk.", "tegen eind 2026", 2026),
        (
            "De provincie heeft het ontwerp tegen de zomer van 2029 gereed.",
            "tegen de zomer van 2029",
            2029,
        ),
        (
            "Partijen verbinden zich om de kavels tegen het einde van\n   2028 uit te geven.",
            "tegen het einde van\n   2028",
            2028,
        ),
    ],
)
def test_a_time_after_tegen_keeps_the_word(text: str, written: str, year: int) -> None:
    found = find_deadlines(text, LETTER)
    assert [m.deadline.as_written for m in found] == [written]
    assert found[0].deadline.end is not None and found[0].deadline.end.year == year
    assert found[0].relation == "by"


@pytest.mark.parametrize(
    "text",
    [
        "De raad stemde tegen het voorstel.",
        "Er is bezwaar gemaakt tegen het besluit van de minister.",
    ],
)
def test_tegen_without_a_time_is_none(text: str) -> None:
    assert find_deadlines(text, LETTER) == []
