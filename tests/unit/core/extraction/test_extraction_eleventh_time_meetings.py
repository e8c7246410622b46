"""Time, meetings and parliamentary items in layouts of the eleventh blind batch (own texts)."""

import datetime as dt

import pytest

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
