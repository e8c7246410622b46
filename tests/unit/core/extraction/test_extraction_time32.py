"""Times, meetings and parliamentary items in the shapes of the thirty-second blind batch,
on invented wording (other places, years, members and numbers)."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.unit.core.extraction.readouts import extracted, parliamentary_items, times

from ruimtemonitor.core.dutch.meetings import find_meetings
from ruimtemonitor.core.extraction.textutil import sentence_spans

pytestmark = pytest.mark.unit
D = dt.date


# --- meetings ----------------------------------------------------------------------------


def test_an_aligned_list_of_meetings_with_short_weekdays_and_figures() -> None:
    text = (
        "Graag informeer ik u over de uitkomsten van de overleggen van dit najaar:\n"
        "   BO MIRT Oost-Nederland:   di 4-11-2031, Deventer\n"
        "   BO MIRT Noordwest:        vr. 14-11-2031, Alkmaar\n"
        "   BO MIRT Zuid:             donderdag 20-11-2031, Roermond\n"
    )
    found = find_meetings(text, before=D(2031, 12, 5))
    assert [(m.landsdeel, m.date) for m in found] == [
        ("Oost", D(2031, 11, 4)),
        ("Noordwest", D(2031, 11, 14)),
        ("Zuid", D(2031, 11, 20)),
    ]


def test_a_listed_meeting_after_the_letter_is_still_no_meeting() -> None:
    text = "   BO MIRT Oost-Nederland:   di 4-11-2031, Deventer\n"
    assert find_meetings(text, before=D(2031, 10, 1)) == []


def test_the_days_of_an_aligned_list_of_meetings_are_no_events_nor_its_season_a_deadline() -> None:
    deadlines, events = times(
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\n"
        "Datum        5 december 2031\nOnderwerp    Uitkomsten overleggen\n\n"
        "Geachte voorzitter,\n\n"
        "Graag informeer ik u over de uitkomsten van de overleggen van dit najaar:\n"
        "   BO MIRT Oost-Nederland:   di 4-11-2031, Deventer\n"
        "   BO MIRT Zuid:             do 20-11-2031, Roermond\n"
        "De verkenning van de N337 start in 2032.\n"
    )
    assert events == []
    assert deadlines == ["in 2032"]


_TABLE = (
    "BO MIRT Zuidwest-Nederland, 12 november 2031 te Goes\n"
    "Afsprakenlijst\n\n"
    "Nr  Onderwerp                   Afspraak                                 Wie        Wanneer\n"
    "--  --------------------------  ---------------------------------------  ---------  -------\n"
    "1/  {cell}             Vastgesteld.                             -          -\n"
    "    {below}\n"
    "2/  Sluis Hansweert, renovatie  Rijk en provincie komen overeen het      RWS        2033\n"
    "                                werk samen aan te besteden.\n"
)


def test_minutes_named_in_a_cell_with_the_date_wrapped_below_name_a_meeting() -> None:
    result = extracted(_TABLE.format(cell="Verslag BO MIRT", below="17 april 2031"))
    assert sorted(m["date"] for m in result["meetings"]) == ["2031-04-17", "2031-11-12"]
    assert not any("17 april" in e["as_written"] for e in result["events"])


def test_a_date_below_in_another_column_is_no_meeting_of_the_minutes_cell() -> None:
    result = extracted(
        _TABLE.format(cell="Verslag BO MIRT", below="                            17 april 2031")
    )
    assert [m["date"] for m in result["meetings"]] == ["2031-11-12"]


def test_a_meeting_named_in_a_cell_without_minutes_is_no_meeting() -> None:
    result = extracted(_TABLE.format(cell="Agenda BO MIRT ", below="17 april 2031"))
    assert [m["date"] for m in result["meetings"]] == ["2031-11-12"]


_ADOPTED = (
    "Afsprakenlijst Bestuurlijk Overleg MIRT Oost-Nederland\n"
    "dinsdag 18 november 2031, Zwolle\n\n"
    "Punt 1 - Opening\n"
    "De voorzitter opent het overleg. Het verslag van het BO van 3 april 2031\n"
    "{rest}\n\n"
    "Punt 2 - N340 Ommen - Hardenberg\n"
    "Rijk en provincie dragen ieder de helft van de meerkosten.\n"
)


def test_minutes_of_the_bo_adopted_on_the_next_line_name_the_previous_meeting() -> None:
    result = extracted(_ADOPTED.format(rest="is eerder schriftelijk vastgesteld."))
    assert sorted(m["date"] for m in result["meetings"]) == ["2031-04-03", "2031-11-18"]


def test_minutes_of_the_bo_not_adopted_name_no_meeting() -> None:
    result = extracted(_ADOPTED.format(rest="komt in het volgende overleg aan de orde."))
    assert [m["date"] for m in result["meetings"]] == ["2031-11-18"]


# --- times -------------------------------------------------------------------------------


_WHEN = (
    "BO MIRT Noord-Nederland, 6 november 2031 te Assen\n"
    "Afsprakenlijst\n\n"
    "Nr  Onderwerp                   Afspraak                                 Wie        Wanneer\n"
    "--  --------------------------  ---------------------------------------  ---------  --------\n"
    "1/  Rondvraag                   De minister zegt toe de Kamer vóór       IenW       {above}\n"
    "                                1 april 2032 te informeren over de                  2032\n"
    "                                hinder tijdens de werkzaamheden.\n"
)


def test_a_year_cell_under_a_day_and_month_cell_is_that_cells_year() -> None:
    deadlines, _events = times(_WHEN.format(above="vóór 1 april"))
    assert "2032" not in deadlines
    assert "vóór 1 april" in deadlines


def test_a_year_cell_under_another_cell_is_read() -> None:
    deadlines, _events = times(_WHEN.format(above="-"))
    assert "2032" in deadlines


# --- parliamentary items -----------------------------------------------------------------


def test_no_with_a_number_in_a_kamerstuk_does_not_end_the_sentence() -> None:
    text = "De motie Dekker c.s. (Kamerstuk 36120-A no. 12) vraagt een tweede brug. Zo gebeurt het."
    assert len(sentence_spans(text)) == 2
    assert parliamentary_items(text) == [("motie", "kst-36120-A-12")]


def test_no_before_a_capital_still_ends_a_sentence() -> None:
    assert len(sentence_spans("Het antwoord was no. Daarna volgde de stemming.")) == 2


def test_a_promise_to_report_before_the_ao_is_a_toezegging() -> None:
    body = (
        "Ik zal uw Kamer vóór het AO MIRT van het najaar van 2031 over de voortgang\n"
        "van de verkenning berichten.\n"
    )
    assert parliamentary_items(body) == [("toezegging", None)]


def test_a_debate_named_as_a_topic_is_no_time_of_a_report() -> None:
    body = "Ik zal uw Kamer over de uitkomsten van het AO MIRT nader berichten.\n"
    assert parliamentary_items(body) == []


_NOTED = (
    "Met deze brief geef ik uitvoering aan de motie-De Graaf² over de oversteek.\n\n"
    "De motie{mark} verzoekt de regering de verkenning van de oversteek te versnellen.\n"
    "Hiermee beschouw ik de motie als uitgevoerd.\n\n"
    "____\n"
    "¹ Zie de MIRT-brief van het voorjaar.\n"
    "² Kamerstukken II 2030/31, 36 120-A, nr. 44\n"
)


def test_a_superscript_written_twice_for_one_footnote_gives_both_its_kamerstuk() -> None:
    assert parliamentary_items("In 2031 reed de bus vaker¹.\n" + _NOTED.format(mark="²")) == [
        ("motie", "kst-36120-A-44")
    ]


def test_a_square_unit_is_no_footnote_mark() -> None:
    body = (
        "De motie-Van Beek vraagt 300 km² extra natuur te verkennen.\n"
        "Ik zeg toe u daarover vóór de zomer van 2032 te informeren².\n\n"
        "____\n"
        "² Kamerstukken II 2030/31, 36 120-A, nr. 44\n"
    )
    kinds = parliamentary_items(body)
    assert ("motie", "kst-36120-A-44") not in kinds
