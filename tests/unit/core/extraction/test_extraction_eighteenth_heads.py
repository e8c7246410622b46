"""Heads and stamps of letters: party letterheads, print stamps, meetings listed by day first.

Invented wording, each rule tried in two or three layouts.
"""

import datetime as dt

import pytest
from tests.unit.core.extraction.readouts import extracted

from ruimtemonitor.core.dutch import find_meetings
from ruimtemonitor.core.extraction.genres import classify

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(
    "parties",
    [
        "Provincie Veenland\nGemeente Kleidorp  -  Gemeente Zandstad\n"
        "Ministerie van Volkshuisvesting en Ruimtelijke Ordening\n"
        "Ministerie van Infrastructuur en Waterstaat\n",
        "Ministerie van Infrastructuur en Waterstaat\nRijkswaterstaat\nProvincie Veenland\n"
        "Waterschap Kleistromen\nGemeente Kleidorp\n",
    ],
)
def test_a_title_under_a_letterhead_of_parties_names_the_genre(parties: str) -> None:
    text = (
        parties + "\nRuimtelijk arrangement Veenland-Oost\nTweede herziening\n\n"
        "1. Doel\nDit arrangement legt vast wat Rijk en regio doen.\n"
    )
    assert classify(text, {}) == "ruimtelijk_arrangement"


def test_a_party_line_alone_does_not_make_a_genre() -> None:
    text = "Provincie Veenland\nGemeente Kleidorp\n\nNotitie over de fietsroute\n\nTekst.\n"
    assert classify(text, {}) == "other"


@pytest.mark.parametrize(
    "stamp",
    [
        "Laatst bijgewerkt: 12 mei 2034                 Printdatum: 03-06-2034",
        "Bijgewerkt: 12 mei 2034      Print datum 3 juni 2034",
        "Stand 12 mei 2034      Geprint op: 3 juni 2034",
    ],
)
def test_the_print_stamp_of_a_page_is_no_deadline(stamp: str) -> None:
    text = (
        "MIRT Overzicht › Projecten › Oost › Wegen\n\nN99 Kleidorp - Zandstad\n"
        f"{stamp}\n\nFase     Planuitwerking\nMIRT-regio   Oost\n\n"
        "Het tracébesluit wordt uiterlijk in 2036 genomen.\n"
    )
    written = [d["as_written"] for d in extracted(text)["deadlines"]]
    assert not any("06-2034" in w or "juni 2034" in w for w in written)
    assert any("2036" in w for w in written)


LETTER = dt.date(2035, 6, 16)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Ik informeer u over de bestuurlijke overleggen MIRT van dit voorjaar:\n"
            "op 21 april (Noordwest, in Kleidorp) en op 28 april (Zuidwest, in Zandstad).",
            [("Noordwest", 21), ("Zuidwest", 28)],
        ),
        (
            "De BO's MIRT van dit voorjaar: dinsdag 7 april (Noord), 9 april (Oost, Zandstad) "
            "en 14 april (Zuid).",
            [("Noord", 7), ("Oost", 9), ("Zuid", 14)],
        ),
    ],
)
def test_meetings_listed_day_first_with_the_landsdeel_in_brackets(
    sentence: str, expected: list[tuple[str, int]]
) -> None:
    found = sorted(
        (m.landsdeel, m.date.day) for m in find_meetings(sentence, year=2035, before=LETTER)
    )
    assert found == sorted(expected)
    assert all(m.kind == "bo_mirt" for m in find_meetings(sentence, year=2035, before=LETTER))


def test_a_list_of_steps_with_dates_is_no_list_of_meetings() -> None:
    sentence = (
        "In de overleggen MIRT zijn twee stappen afgesproken: op 3 april (schouw) en op "
        "4 april (besluit)."
    )
    assert find_meetings(sentence, year=2035, before=LETTER) == []
