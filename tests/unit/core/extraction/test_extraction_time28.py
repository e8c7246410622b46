"""Times and meetings in the shapes of the twenty-eighth and twenty-ninth blind batches, on
invented wording (other places, years and days)."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.unit.core.extraction.readouts import kamerbrief_head, times

from ruimtemonitor.core.dutch.meetings import find_meetings

pytestmark = pytest.mark.unit


def test_regions_with_town_and_day_in_brackets_after_a_colon_are_meetings() -> None:
    text = (
        "Hierbij bericht ik u over de uitkomsten van de Bestuurlijke Overleggen\n"
        "MIRT van dit najaar: Oost-Nederland (Zwolle, 3 november), Zuid-Nederland\n"
        "(Venlo, 9 november) en Noordwest-Nederland (Alkmaar, 16 november). Daarin is veel\n"
        "besproken."
    )
    found = find_meetings(text, year=2029, before=dt.date(2029, 12, 14))
    assert sorted(m.date for m in found) == [
        dt.date(2029, 11, 3),
        dt.date(2029, 11, 9),
        dt.date(2029, 11, 16),
    ]


def test_a_signed_line_after_a_meeting_name_and_comma_dates_the_meeting() -> None:
    text = (
        "Uitvoeringsagenda Voorbeeldregio\n"
        "Vastgesteld in het BOL Zuidwest-Nederland, 2 maart 2032\n"
    )
    found = find_meetings(text, year=2032, before=dt.date(2032, 3, 2))
    assert [(m.kind, m.date) for m in found] == [("bol", dt.date(2032, 3, 2))]


def test_the_report_of_a_meeting_wrapped_in_a_table_cell_names_that_meeting() -> None:
    text = (
        "| 1  | Verslag               | Het verslag van het BOL van      | -       |\n"
        "|    |                       | 4 februari 2031 wordt vastgesteld. |       |\n"
    )
    found = find_meetings(text, year=2031, before=dt.date(2031, 5, 20))
    assert [(m.kind, m.date) for m in found] == [("bol", dt.date(2031, 2, 4))]


def test_minutes_stamped_with_a_comma_after_their_meeting_date_an_event() -> None:
    text = (
        "BESTUURLIJK OVERLEG LEEFOMGEVING ZUID\nDatum overleg ...... dinsdag 3 maart 2026\n\n"
        "AFSPRAKENLIJST\n\nPartijen bespreken de voortgang in het najaar van 2026.\n\n"
        "Vastgesteld door beide voorzitters, 17 maart 2026\n"
    )
    deadlines, events = times(text)
    assert "17 maart 2026" in events
    assert "17 maart 2026" not in deadlines


def test_a_plural_meeting_name_dated_by_a_bracket_of_days_is_no_time_of_its_own() -> None:
    text = kamerbrief_head("2 oktober 2027") + (
        "Graag informeer ik u over de inzet voor de Bestuurlijke Overleggen MIRT van dit najaar\n"
        "(Oost 2 november, Noord 8 november, West 15 november). De inzet volgt hieronder.\n"
    )
    deadlines, _ = times(text)
    assert not any("Overleggen" in d for d in deadlines)
    assert {"2 november", "8 november", "15 november"} <= set(deadlines)


def test_a_meeting_named_by_its_season_and_year_in_prose_is_a_deadline() -> None:
    text = kamerbrief_head("12 november 2030") + (
        "Rijk en regio spreken af het BO MIRT Oost van het najaar van 2031\n"
        "te gebruiken voor een tussenbalans.\n"
    )
    deadlines, _ = times(text)
    assert "het BO MIRT Oost van het najaar van 2031" in deadlines


def test_an_approximate_year_on_a_joined_planning_line_is_read() -> None:
    text = (
        "N999 Voorbeeldweg\nMIRT projectblad, stand 1 oktober 2019\n\nPlanning\n"
        "  2020 ........ ontwerp-tracébesluit\n"
        "  2022-2026 ... realisatie\n"
        "  circa 2027 .... openstelling\n\nKamerstukken\n  geen\n"
    )
    deadlines, _ = times(text)
    assert "circa 2027" in deadlines


def test_a_publication_dated_by_its_bracket_is_no_time_itself() -> None:
    text = kamerbrief_head("3 februari 2019") + (
        "Ik bericht u over de voortgang in het MIRT Projectenboek 2021 (verschijnt\n"
        "op Prinsjesdag 2020).\n"
    )
    deadlines, _ = times(text)
    assert "in het MIRT Projectenboek 2021" not in deadlines
    assert "op Prinsjesdag 2020" in deadlines


def test_a_promise_to_report_after_the_summer_is_kept_by_an_autumn_letter() -> None:
    text = kamerbrief_head("20 september 2024") + (
        "Geachte voorzitter,\n\nIn het commissiedebat van 2 juli 2024 heb ik toegezegd u na de "
        "zomer te informeren over de brug bij Voorbeeldstad. De brug wordt in 2026 vervangen.\n"
    )
    deadlines, _ = times(text)
    assert "na de zomer" not in deadlines


def test_a_promise_to_report_before_the_year_ends_stays_open_in_an_autumn_letter() -> None:
    text = kamerbrief_head("20 september 2024") + (
        "Geachte voorzitter,\n\nIn het commissiedebat van 2 juli 2024 heb ik toegezegd u voor "
        "het eind van het jaar te informeren over de brug bij Voorbeeldstad.\n"
    )
    deadlines, _ = times(text)
    assert any("eind van het jaar" in d for d in deadlines)
