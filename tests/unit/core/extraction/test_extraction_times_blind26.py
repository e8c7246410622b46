"""Shapes of the twenty-sixth blind batch, on invented text of our own.

A spring round's MIRT-brief in landsdeel chapters, the days of the rounds in brackets after
the plural name, a Kamerstuk abbreviated "kst.", a register of commitments numbered
"T-2031-004", a planning line remarked done at its end, a budget table with two year
columns, the year of an agenda "uit 2029", and the cover letter of a forwarded list.
"""

import pytest
from tests.unit.core.extraction.readouts import (
    UnderHead,
    extracted,
    kamerbrief_head,
    parliamentary_items,
)

from ruimtemonitor.core.dutch.meetings import find_meetings
from ruimtemonitor.core.extraction.genres import classify

pytestmark = pytest.mark.unit


def _round_letter(season: str, headings: tuple[str, str, str]) -> str:
    first, second, third = headings
    return (
        "De Voorzitter van de Tweede Kamer\nder Staten-Generaal\n\nDatum     3 juni 2031\n"
        f"Betreft   Uitkomsten bestuurlijke overleggen MIRT {season} 2031\n\n"
        "Geachte voorzitter,\n\nHierbij informeer ik u over de uitkomsten van de overleggen.\n\n"
        f"{first}\nA31 Drachten - Heerenveen\nDe verkenning loopt. Er zijn geen nieuwe "
        f"afspraken gemaakt.\n\n{second}\nN348 Deventer - Raalte\nDe weg is opengesteld.\n\n"
        f"{third}\nSpoorzone Venlo\nDe realisatie is gestart.\n\nDe Minister van "
        "Infrastructuur en Waterstaat,\n"
    )


@pytest.mark.parametrize(
    "headings",
    [("NOORD", "OOST", "ZUID"), ("Noord-Nederland", "Oost-Nederland", "Zuid-Nederland")],
)
def test_the_spring_rounds_outcomes_in_landsdeel_chapters_are_the_mirt_brief(
    headings: tuple[str, str, str],
) -> None:
    assert classify(_round_letter("voorjaar", headings), {}) == "mirt_brief"


def test_the_autumn_rounds_outcomes_stay_a_kamerbrief() -> None:
    assert classify(_round_letter("najaar", ("NOORD", "OOST", "ZUID")), {}) == "kamerbrief"


def test_a_spring_round_without_landsdeel_chapters_stays_a_kamerbrief() -> None:
    text = _round_letter("voorjaar", ("Wegen", "Spoor", "Water"))
    assert classify(text, {}) == "kamerbrief"


def test_the_days_of_the_rounds_in_brackets_in_the_next_sentence_are_meetings() -> None:
    text = (
        "Met deze brief informeer ik u over de bestuurlijke overleggen MIRT van dit najaar. "
        "Wij hebben op 3 november (Zuidwest), 8 november (Noord) en 15 november (Oost) met\n"
        "de regio's gesproken."
    )
    found = {(m.landsdeel, m.date.isoformat()) for m in find_meetings(text, year=2029)}
    assert found == {
        ("Zuidwest", "2029-11-03"),
        ("Noord", "2029-11-08"),
        ("Oost", "2029-11-15"),
    }


def test_days_in_brackets_far_from_a_plural_meeting_name_are_no_meetings() -> None:
    text = (
        "De bestuurlijke overleggen MIRT zijn voorbereid. Daarna is niets gebeurd. "
        "De werkzaamheden volgen op 3 november (Zuidwest) en 8 november (Noord)."
    )
    assert find_meetings(text, year=2029) == []


def test_a_motion_cited_as_kst_keeps_its_kamerstuk() -> None:
    items = parliamentary_items(
        "Naar aanleiding van de motie van de leden Jansen en De Wit (kst. 36 410 A,\n"
        "nr. 14) onderzoek ik een tweede aansluiting bij Assen.\n"
    )
    assert ("motie", "kst-36410-A-14") in items


def test_each_row_of_a_t_numbered_register_is_a_commitment() -> None:
    items = parliamentary_items(
        "2. Toezeggingen\n"
        "T-2030-041  Informeren over de fietsbrug bij Zwolle          afgedaan\n"
        "            (deze brief)\n"
        "T-2030-042  Onderzoek naar een sneltram Tilburg - Breda       open\n"
        "            rapport vóór 1/3/2032\n"
    )
    assert items.count(("toezegging", None)) == 2


_PAGE_HEAD = "Kanaalbrug Zuid, vervanging\nPeildatum   : 1 september 2031\n\n"


def test_a_planning_line_of_this_year_remarked_done_at_its_end_is_an_event() -> None:
    deadlines, events = UnderHead(_PAGE_HEAD).times(
        "Planning\n2029         startbeslissing\n2031         start bouw (afgerond)\n"
        "eind 2033    oplevering\n"
    )
    assert "2031" in events
    assert "2031" not in deadlines
    assert "eind 2033" in deadlines


def test_two_year_columns_over_rows_of_amounts_are_no_times() -> None:
    deadlines, events = UnderHead(kamerbrief_head("12 maart 2030")).times(
        "Geachte voorzitter,\n\nDe kosten staan hieronder.\n\n"
        "Onderdeel                2031      2032\n"
        "Rotonde                  1.250     300\n"
        "Fietstunnel              -         2.400\n\n"
        "De bouw start in 2031.\n"
    )
    assert deadlines == ["in 2031"]
    assert events == []


def test_the_year_an_agenda_is_from_is_an_event() -> None:
    _, events = UnderHead(kamerbrief_head("12 maart 2030")).times(
        "Geachte voorzitter,\n\nDe gebiedsagenda Kempen uit 2027 blijft het kader.\n"
    )
    assert events == ["uit 2027"]


def test_a_cover_letter_dated_after_the_bo_its_subject_dates_adds_no_meeting() -> None:
    result = extracted(
        "Provincie Limburg\n\nAan de deelnemers van het BO MIRT Zuid\n\n"
        "Datum       : 9 december 2030\nOnderwerp   : afsprakenlijst BO MIRT Zuid van "
        "26 november 2030\n\nGeachte heer, mevrouw,\n\nHierbij ontvangt u de afsprakenlijst.\n\n"
        "AFSPRAKENLIJST BO MIRT ZUID\n26 november 2030, Roermond\n\n"
        "Punt 1  Opening\nDe voorzitter opent het overleg.\n\n"
        "Punt 2  A2 Weert - Eindhoven\nRijk en regio spreken af dat de provincie de studie "
        "uiterlijk 1 juni 2031 oplevert.\n"
    )
    days = {m["date"] for m in result["meetings"]}
    assert "2030-12-09" not in days
    assert "2030-11-26" in days
