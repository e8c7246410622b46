"""A date written with its month cut short between hyphens ("21-nov-2018", "3-mrt-2031"), as
council letters print their place-and-date line (texts made up here)."""

import datetime as dt

import pytest

from ruimtemonitor.core.dutch import parse_date
from ruimtemonitor.core.extraction.letter_date import find_letter_date

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(
    ("words", "day"),
    [
        ("Leerdam, 21-nov-2031", dt.date(2031, 11, 21)),
        ("Datum: 3-mrt-2030", dt.date(2030, 3, 3)),
        ("Vianen, 07-sep-2029", dt.date(2029, 9, 7)),
    ],
)
def test_a_day_with_its_month_cut_short_between_hyphens(words: str, day: dt.date) -> None:
    assert parse_date(words) == day


def test_the_place_and_date_line_dates_a_council_letter() -> None:
    text = (
        "RAADSINFORMATIEBRIEF  gemeente Leerdam\n"
        "Leerdam, 14-okt-2031\n"
        "Aan: de leden van de gemeenteraad\n\n"
        "Op 2 oktober 2031 vond het BO MIRT plaats. Wij informeren u over de uitkomsten.\n"
    )
    assert find_letter_date(text, "raadsinformatiebrief") == dt.date(2031, 10, 14)
