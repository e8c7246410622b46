"""Time phrases in the layouts of the fifth blind batch, on invented text of our own."""

import pytest
from tests.unit.core.extraction.readouts import UnderHead, kamerbrief_head

from ruimtemonitor.core.extraction import extract_text

pytestmark = pytest.mark.unit

HEAD = kamerbrief_head("12 oktober 2021")
_LETTER = UnderHead(HEAD)
_times = _LETTER.times


def test_a_scanned_year_with_letters_for_digits_is_read() -> None:
    deadlines, _ = _times("Geachte voorzitter,\n\nHet inpassingsplan is voorzien in 2O3l.\n")
    assert deadlines == ["in 2031"]


def test_before_christmas_is_a_deadline() -> None:
    deadlines, _ = _times(
        "Geachte voorzitter,\n\nOver de uitkomsten van het onderzoek ontvangt u voor de kerst "
        "een brief.\n"
    )
    assert deadlines == ["voor de kerst"]


def test_a_meeting_after_bij_is_a_time() -> None:
    deadlines, _ = _times(
        "Geachte voorzitter,\n\nDe uitkomst van de studie wordt betrokken bij het BO MIRT "
        "najaar 2022.\n"
    )
    assert deadlines == ["bij het BO MIRT najaar 2022"]


def test_a_scanned_zero_for_the_o_of_a_meeting_name() -> None:
    result = extract_text(
        "Afsprakenlijst\n\nBestuurlijk 0verleg MIRT Oost-Nederland\n\n"
        "Arnhem, donderdag 8 november 2012\n\n"
        "1. Opening\nHet verslag van het B0 MIRT Oost van 3 november 2011 wordt vastgesteld.\n"
    ).to_json()
    assert {m["date"] for m in result["meetings"]} == {"2012-11-08", "2011-11-03"}
    assert result["events"] == []


def test_a_meeting_name_glued_to_a_noun_is_no_time() -> None:
    deadlines, _ = _times(
        "Geachte voorzitter,\n\nOver de voortgang informeren wij u bij de volgende BOL-brief, "
        "in juni 2022.\n"
    )
    assert deadlines == ["in juni 2022"]


def test_a_step_with_its_year_in_a_table_cell() -> None:
    deadlines, _ = _times(
        "Geachte voorzitter,\n\nOverzicht\n"
        "Project                  Fase            Volgende stap\n"
        "N36 Ommen-Vroomshoop     realisatie      openstelling 2023\n"
        "Kanaal Almelo            verkenning      voorkeur 2022\n"
    )
    assert "2023" in " ".join(deadlines) and "2022" in " ".join(deadlines)


def test_a_yearly_publication_named_with_its_year_is_a_time() -> None:
    deadlines, events = _times(
        "Geachte voorzitter,\n\nDe eerste rapportage volgt in het MIRT-Overzicht 2023. "
        "In het MIRT Overzicht 2020 is de raming al gemeld.\n"
    )
    assert deadlines == ["in het MIRT-Overzicht 2023"]
    assert events == ["In het MIRT Overzicht 2020"]


def test_a_year_on_the_cover_is_no_table_cell() -> None:
    text = (
        "Ruimtelijk Arrangement\n"
        "Rijk – Provincie Utrecht\n"
        "2024\n\n"
        "Inhoud\n"
        "1 Inleiding ........ 2\n\n"
        "1 Inleiding\n"
        "Rijk en provincie spreken af dat de woningbouw in 2026 start.\n"
    )
    result = extract_text(text).to_json()
    assert "2024" not in [d["as_written"] for d in result["deadlines"]]


def test_a_planning_line_of_this_year_reported_as_done_is_an_event() -> None:
    head = "N99 Ommen - Hardenberg\n\nFase  Planuitwerking\nDatum publicatie  20 september 2015\n\n"
    deadlines, events = _times(
        "Stand van zaken\n"
        "Het ontwerp-inpassingsplan is op 3 maart 2015 ter inzage gelegd.\n\n"
        "Planning\n"
        "2011  startnotitie\n"
        "2015  ontwerp-inpassingsplan\n"
        "2015  inpassingsplan\n"
        "2019  openstelling\n",
        head,
    )
    assert events.count("2015") == 1 and deadlines.count("2015") == 1
