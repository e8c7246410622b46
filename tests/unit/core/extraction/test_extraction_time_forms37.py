"""Batch 37's time, money and citation forms on made-up texts: a minutes head dated `d.d.
22.11.31` (a labelled date with a two-figure year), a roman-month head date, a capital scale
word (`EUR 12,6 Mio`), motions cited number first (`motie nr. 18 (36 200-A)`, `nr. 31 in
dossier 33 750 A`) and a promise to a Kamer a scan spells `Karner`."""

import datetime as dt

import pytest
from tests.unit.core.extraction.readouts import (
    amounts,
    extracted,
    kamerbrief_head,
    parliamentary_items,
    times,
)

from ruimtemonitor.core.dutch import find_kamerstukken
from ruimtemonitor.core.extraction.letter_date import find_letter_date

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(
    ("head", "date"),
    [
        (
            "Waterschap X | Ministerie van IenW\n--\nBO MIRT Zuid\n"
            "Afsprakenlijst d.d. 22.11.31, Breda\n\n#1 Verslag\n"
            "Het verslag van het BO MIRT Zuid van 3 mei 2031 wordt vastgesteld.\n",
            dt.date(2031, 11, 22),
        ),
        (
            "BOL Oost\nBesluitenlijst, datum 05-03-32\n\n1. Het verslag van 4 oktober 2031.\n",
            dt.date(2032, 3, 5),
        ),
        (
            "# Bestuurlijk Overleg MIRT West\n\nVergadering : Haarlem, 7-X-2030, 14.00\n\n"
            "§ 1 Het verslag van het BO MIRT West van 2 april 2030 wordt vastgesteld.\n",
            dt.date(2030, 10, 7),
        ),
    ],
)
def test_the_minutes_head_dates_the_list(head: str, date: dt.date) -> None:
    assert find_letter_date(head, "afsprakenlijst") == date


def test_a_bare_dotted_short_date_is_no_letter_date() -> None:
    head = "BOL Oost\nVersie 22.11.31\n\nZwolle, 5 december 2031\n"
    assert find_letter_date(head, "afsprakenlijst") == dt.date(2031, 12, 5)


def test_the_roman_month_head_is_the_meeting_and_times_resolve_against_it() -> None:
    result = extracted(
        "# Bestuurlijk Overleg MIRT West\n## Afsprakenlijst\n\n"
        "Vergadering : Haarlem, 7-X-2030, 14.00-16.00\n\n"
        "§ 2  A99 Voorbeeldrade, verbreding\n"
        "De verkenning is in juni 2030 gestart. Rijk en regio spreken af:\n"
        " * de notitie wordt in H1 2031 ter inzage gelegd.\n"
    )
    assert result["documents"][0]["date"] == "2030-10-07"
    assert "2030-10-07" in [m["date"] for m in result["meetings"]]
    assert "in H1 2031" in [d["as_written"] for d in result["deadlines"]]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Rijk en regio reserveren samen EUR 12,6 Mio voor de aansluiting.", 12_600_000),
        ("De provincie draagt € 3,25 Mln. bij aan het knooppunt.", 3_250_000),
        ("Het programma kost € 1,2 Mrd tot 2040.", 1_200_000_000),
    ],
)
def test_a_capital_scale_word(text: str, value: int) -> None:
    assert [values for _, values in amounts(text)] == [[value]]


@pytest.mark.parametrize(
    ("text", "kst"),
    [
        ("Met motie nr. 18 (36 200-A) verzoekt uw Kamer de brug te versnellen.", "kst-36200-A-18"),
        ("de motie nr. 7 (35570-XII) van het lid Bos", "kst-35570-XII-7"),
        ("de motie-De Wit (nr. 31 in dossier\n33 750 A) over het perron", "kst-33750-A-31"),
        ("motie nr. 5 in dossier 34 775-A", "kst-34775-A-5"),
    ],
)
def test_a_motion_cited_number_first(text: str, kst: str) -> None:
    assert [k.kst_id for k in find_kamerstukken(text)] == [kst]


def test_a_promise_to_a_kamer_misread_by_a_scan() -> None:
    body = (
        "De regio raamt de kosten op € 4 miljoen. Ik informeer uw Karner vóór\n"
        "1 juni 2031 over de uitkomst van de verkenning.\n"
    )
    assert ("toezegging", None) in parliamentary_items(body)


@pytest.mark.parametrize(
    "head",
    [
        "Kenmerk DGB/2031-0417 — MIRT-brief voorjaar 2031 — vervolg",
        "Voortgangsbrief Rivierengebied, najaar 2031 (vervolg)",
    ],
)
def test_a_running_head_after_a_page_break_is_no_time(head: str) -> None:
    text = (
        kamerbrief_head("12 mei 2031")
        + "Rijk en regio reserveren samen € 12 miljoen\n"
        + ": de provincie stelt daarnaast twee ton beschikbaar\n\n"
        + "                    1 / 2\n\f\n"
        + f"{head}\n\n\nMoties en toezeggingen\n"
        + "Vóór de zomer van 2032 informeer ik u over de uitkomst.\n"
    )
    deadlines, events = times(text)
    assert "vóór de zomer van 2032" in [d.lower() for d in deadlines]
    assert not [t for t in deadlines + events if "2031" in t]
