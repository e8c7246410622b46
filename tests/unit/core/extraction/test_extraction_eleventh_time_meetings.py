"""Time, meetings and parliamentary items in layouts of the eleventh blind batch (own texts)."""

import datetime as dt

import pytest

from ruimtemonitor.core.dutch import find_meetings
from ruimtemonitor.core.extraction.letter_date import find_letter_date

pytestmark = pytest.mark.unit


def test_a_sent_label_heading_a_council_letter_is_its_own_date() -> None:
    text = (
        "gemeente Voorbeeldstad\n\nRaadsinformatiebrief\n\nNummer:   RIB 2031-12\n"
        "Verzonden:     9 maart 2031\nOnderwerp: uitkomsten overleg\n\n"
        "Het overleg vond plaats op 2 maart 2031.\n"
    )
    assert find_letter_date(text, "raadsinformatiebrief") == dt.date(2031, 3, 9)


def test_a_sent_word_inside_a_line_still_cites_another_letter() -> None:
    text = "Datum 9 maart 2031\nUw brief verzonden 1 februari 2031\n"
    assert find_letter_date(text, "kamerbrief") == dt.date(2031, 3, 9)


def _days(text: str, letter: dt.date) -> list[dt.date]:
    return [m.date for m in find_meetings(text, year=letter.year, before=letter)]


def test_each_weekday_date_listed_after_plural_meetings_is_a_meeting() -> None:
    text = (
        "Ik informeer u over de bestuurlijke overleggen leefomgeving van\n"
        "dinsdag 4 maart (Noord, Voorbeeldstad) en woensdag 5 maart (Oost, Ander\n"
        "Dorp). Beide overleggen gingen over wonen.\n"
    )
    assert _days(text, dt.date(2031, 4, 1)) == [dt.date(2031, 3, 4), dt.date(2031, 3, 5)]


def test_a_second_date_after_one_meeting_is_no_meeting() -> None:
    text = "Het BO MIRT van 4 maart en 20 april besprak de planning van de studie.\n"
    assert _days(text, dt.date(2031, 5, 1)) == [dt.date(2031, 3, 4)]
