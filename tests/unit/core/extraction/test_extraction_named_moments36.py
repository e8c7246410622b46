"""Times named by a yearly moment: the MIRT letter of a season, the budget debate or timetable
of a year, Easter, a week of a month (texts made up here)."""

import pytest
from tests.unit.core.extraction.readouts import extracted, kamerbrief_head

pytestmark = pytest.mark.unit


def _deadlines(body: str, date: str = "12 oktober 2031") -> list[tuple[str, int]]:
    result = extracted(kamerbrief_head(date) + body)
    return [(" ".join(d["as_written"].split()), int(d["start"][:4])) for d in result["deadlines"]]


@pytest.mark.parametrize(
    ("body", "written", "year"),
    [
        (
            "De minister zegt toe de Kamer bij de MIRT-brief van het voorjaar\nvan 2033 over "
            "de sluis te informeren.\n",
            "bij de MIRT-brief van het voorjaar van 2033",
            2033,
        ),
        (
            "De regio meldt de uitkomst uiterlijk bij de MIRT-brief van het voorjaar.\n",
            "uiterlijk bij de MIRT-brief van het voorjaar",
            2032,
        ),
        (
            "De provincie levert het plan vóór de begrotingsbehandeling van 2033 aan.\n",
            "vóór de begrotingsbehandeling van 2033",
            2033,
        ),
        (
            "De vervoerder rijdt de extra treinen vanaf de dienstregeling van 2034.\n",
            "vanaf de dienstregeling van 2034",
            2034,
        ),
        (
            "De vervoerder meldt de indienststelling vóór de dienstregeling van 2034.\n",
            "vóór de dienstregeling van 2034",
            2034,
        ),
        ("De eerste paal gaat rond Pasen 2033 de grond in.\n", "rond Pasen 2033", 2033),
        (
            "De gemeente stuurt het plan uiterlijk in de eerste week\nvan december naar de raad.\n",
            "uiterlijk in de eerste week van december",
            2031,
        ),
        (
            "De gemeente stuurt het plan in de laatste week van maart naar de raad.\n",
            "in de laatste week van maart",
            2032,
        ),
    ],
)
def test_a_yearly_moment_is_a_deadline(body: str, written: str, year: int) -> None:
    assert (written, year) in _deadlines(body)


def test_a_moment_that_has_passed_is_no_deadline() -> None:
    body = "De brug is rond Pasen 2030 opengesteld en sindsdien in gebruik.\n"
    assert not [w for w, _ in _deadlines(body) if "Pasen" in w]


@pytest.mark.parametrize(
    "body",
    [
        "De wethouder zoekt dekking in de gemeentelijke begroting voor 2033.\n",
        "Het college neemt het bedrag op in het budget voor 2032.\n",
    ],
)
def test_the_budget_for_a_year_is_no_deadline(body: str) -> None:
    assert not [w for w, _ in _deadlines(body) if "2032" in w or "2033" in w]


def test_a_budget_raised_in_a_year_keeps_its_time() -> None:
    result = extracted(kamerbrief_head("12 oktober 2031") + "Het budget in 2030 verhoogd.\n")
    assert "in 2030" in [e["as_written"] for e in result["events"]]


def test_easter_and_pentecost_together_keep_their_year() -> None:
    body = "De aannemer levert de brug op vóór Pasen en Pinksteren 2033.\n"
    assert _deadlines(body) == [("vóór Pasen en Pinksteren 2033", 2033)]


def test_the_budget_debate_for_a_year_is_one_deadline() -> None:
    body = "De provincie levert het plan vóór de begrotingsbehandeling voor 2033 aan.\n"
    assert _deadlines(body) == [("vóór de begrotingsbehandeling voor 2033", 2033)]
