"""Meetings named with a day and month in figures (`BO MIRT Oost 29/10`), held "vandaag" in a
dated press release, or dated by "op DATE in het BOL … van diezelfde datum" (made-up texts)."""

import datetime as dt

import pytest

from ruimtemonitor.core.dutch import find_meetings

pytestmark = pytest.mark.unit

LETTER = dt.date(2031, 12, 2)


def _found(text: str, before: dt.date = LETTER) -> list[tuple[str, str, dt.date]]:
    return sorted(
        {
            (m.kind, m.landsdeel, m.date)
            for m in find_meetings(text, year=before.year, before=before)
        }
    )


def test_meetings_named_with_day_and_month_in_figures() -> None:
    text = (
        "In de afgelopen weken vonden de overleggen plaats: BO MIRT Noord 4/11, "
        "BO MIRT Zuid 12/11 en BOL Oost 20/11.\n"
    )
    assert _found(text) == [
        ("bo_mirt", "Noord", dt.date(2031, 11, 4)),
        ("bo_mirt", "Zuid", dt.date(2031, 11, 12)),
        ("bol", "Oost", dt.date(2031, 11, 20)),
    ]


def test_a_day_and_month_long_after_the_letter_is_last_years() -> None:
    text = "Het BO MIRT Noordwest 28/10 stemde in met de aanpak.\n"
    assert _found(text, dt.date(2032, 1, 20)) == [("bo_mirt", "Noordwest", dt.date(2031, 10, 28))]


@pytest.mark.parametrize(
    "text",
    [
        "Zie de planning van het BO MIRT 2031/2032 en het BOL 11/2031.\n",
        "Het BO MIRT Oost 12/11/2031 stemde in.\n",
    ],
)
def test_figures_that_are_no_day_and_month(text: str) -> None:
    assert dt.date(2031, 11, 4) not in [d for _, _, d in _found(text)]
    assert all(d.year == 2031 for _, _, d in _found(text))


@pytest.mark.parametrize(
    "text",
    [
        "Rijk en provincie hebben vandaag in het BO MIRT Noord-Nederland in Assen afspraken "
        "gemaakt over de N33.\n",
        "Vandaag is tijdens het BOL Zuid besloten de studie te starten.\n",
    ],
)
def test_a_meeting_held_today_is_on_the_letters_date(text: str) -> None:
    assert [d for _, _, d in _found(text)] == [LETTER]


def test_a_meeting_held_today_needs_the_letters_date() -> None:
    assert find_meetings("Vandaag is in het BO MIRT Oost besloten.\n", year=2031) == []


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Versie vastgesteld op 14.11.2031 in het BOL Noord-Nederland van diezelfde datum\n",
            dt.date(2031, 11, 14),
        ),
        (
            "Vastgesteld op 3-11-2031 tijdens het BO MIRT Oost van dezelfde dag.\n",
            dt.date(2031, 11, 3),
        ),
    ],
)
def test_a_date_in_the_meeting_of_that_same_date(text: str, day: dt.date) -> None:
    assert [d for _, _, d in _found(text)] == [day]


@pytest.mark.parametrize(
    "head",
    [
        "Overleg:      Bestuurlijk Overleg Leefomgeving Noord-Nederland (Drenthe)\n"
        "Wanneer:      dinsdag 25 november 2031, 10.00-12.30 uur\nWaar:  Assen\n",
        "Vergadering: BO MIRT Noord\nDatum: 25 november 2031\n",
    ],
)
def test_a_labelled_head_of_minutes(head: str) -> None:
    assert [d for _, _, d in _found(head + "\nZ-1  Opening\n")] == [dt.date(2031, 11, 25)]
