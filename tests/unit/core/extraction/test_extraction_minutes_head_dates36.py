"""Minutes dated in their head by a short date with an apostrophe year (`wo 7 mrt. '29 |
place`), or under a version stamp (`versie 2.1 - 30/04/2031`) that is furniture, not the date
(texts made up here)."""

import datetime as dt

import pytest
from tests.unit.core.extraction.readouts import extracted

from ruimtemonitor.core.extraction.letter_date import find_letter_date

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(
    ("head", "date"),
    [
        (
            "____\n BO MIRT ZUID-NEDERLAND        afsprakenlijst\n"
            " wo 7 mrt. '29 | Breda, Chassé        kenmerk: 2029/123\n____\n\n"
            "1  Verslag\n"
            "   Het verslag van het BO MIRT Zuid van 4 oktober 2028 wordt vastgesteld.\n",
            dt.date(2029, 3, 7),
        ),
        (
            "BO MIRT Oost\ndi 21 sept. '32, Zwolle\n\n"
            "1. Het verslag van 2 mei 2032 wordt vastgesteld.\n",
            dt.date(2032, 9, 21),
        ),
        (
            "*** CONCEPT ***                  versie 2.1 - 30/04/2031\n\n"
            "BESLUITENLIJST BO MIRT NOORD\nFysiek, Assen, 24/04/2031, 10:00 uur\n",
            dt.date(2031, 4, 24),
        ),
        (
            "Versie 3 – 12-06-2030\nAFSPRAKENLIJST BOL OOST\nZwolle, 5-6-2030, 13.30 uur\n",
            dt.date(2030, 6, 5),
        ),
    ],
)
def test_the_minutes_head_dates_the_list(head: str, date: dt.date) -> None:
    assert find_letter_date(head, "afsprakenlijst") == date


def test_the_short_head_date_is_the_meeting_and_no_deadline() -> None:
    result = extracted(
        "____\n BO MIRT ZUID-NEDERLAND        afsprakenlijst (definitief)\n"
        " wo 7 mrt. '29 | Breda, Chassé        kenmerk: 2029/123\n____\n\n"
        "Nr. 1  Verslag vorig overleg\n"
        "       Het verslag van het BO MIRT Zuid van 4 oktober 2028 wordt vastgesteld.\n\n"
        "Nr. 2  A58, spitsstrook\n"
        "       Rijk en regio komen overeen dat de provincie de verkenning in juni 2029 "
        "afrondt.\n"
    )
    assert result["documents"][0]["date"] == "2029-03-07"
    assert "2029-03-07" in [m["date"] for m in result["meetings"]]
    assert "7 mrt. '29" not in [d["as_written"] for d in result["deadlines"]]


@pytest.mark.parametrize(
    "stamp",
    ["*** DEFINITIEF ***          versie 1.0 - 30/04/2031", "CONCEPT  versie 2.3, 30-04-2031"],
)
def test_a_version_stamp_date_is_no_time_of_the_text(stamp: str) -> None:
    result = extracted(
        f"{stamp}\n\nBESLUITENLIJST BO MIRT NOORD\nFysiek, Assen, 24/04/2031, 10:00 uur\n\n"
        "(A) N33, verdubbeling\n"
        "    Rijk en regio spreken af dat de provincie de verkenning in mei 2032 afrondt.\n"
    )
    times = [d["as_written"] for d in result["deadlines"] + result["events"]]
    assert not [t for t in times if "2031" in t and "04" in t]
    assert result["documents"][0]["date"] == "2031-04-24"


def test_an_agendas_version_line_is_its_own_date() -> None:
    head = (
        "UITVOERINGSAGENDA NOVEX VOORBEELDREGIO\nRijk en regio\n\n"
        "Versie 1.0 - 9 juni 2031\nVastgesteld in het BOL Oost van 2 juni 2031.\n"
    )
    assert find_letter_date(head, "uitvoeringsagenda") == dt.date(2031, 6, 9)
