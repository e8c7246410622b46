"""A Kamer debate named by its month and year ("vóór het commissiedebat MIRT van juni 2031"):
the debate's words belong to the deadline, which is that month (texts made up here)."""

from __future__ import annotations

import pytest
from tests.unit.core.extraction.readouts import extracted, times

pytestmark = pytest.mark.unit


def _letter(date: str, body: str) -> str:
    return (
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\n"
        f"Datum {date}\nOnderwerp Voortgang\n\nGeachte voorzitter,\n\n{body}\n"
    )


@pytest.mark.parametrize(
    ("body", "written", "year"),
    [
        (
            "De minister zegt toe de Kamer vóór het commissiedebat MIRT van juni 2032 over "
            "de N302 te informeren.",
            "vóór het commissiedebat MIRT van juni 2032",
            2032,
        ),
        (
            "Wij informeren u uiterlijk voor het notaoverleg Water van november\n2031 over "
            "de dijk.",
            "uiterlijk voor het notaoverleg Water van november\n2031",
            2031,
        ),
        (
            "De staatssecretaris licht de keuze toe in het AO Spoor van maart 2033.",
            "in het AO Spoor van maart 2033",
            2033,
        ),
    ],
)
def test_a_debate_named_by_month_and_year_is_one_deadline(
    body: str, written: str, year: int
) -> None:
    result = extracted(_letter("20 oktober 2031", body))
    found = [(" ".join(d["as_written"].split()), d["end"][:4]) for d in result["deadlines"]]
    assert found == [(" ".join(written.split()), str(year))]


def test_a_debate_of_a_past_month_and_year_is_no_deadline() -> None:
    deadlines, _events = times(
        _letter("20 oktober 2031", "In het commissiedebat MIRT van juni 2031 heb ik dit gemeld.")
    )
    assert deadlines == []
