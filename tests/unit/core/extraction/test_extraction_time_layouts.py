"""Time phrases in the layouts of the fifth blind batch, on invented text of our own."""

import pytest

from ruimtemonitor.core.extraction import extract_text

pytestmark = pytest.mark.unit

HEAD = "De Voorzitter van de Tweede Kamer\n\nDatum 12 oktober 2021\nBetreft Voortgang\n\n"


def _times(body: str, head: str = HEAD) -> tuple[list[str], list[str]]:
    result = extract_text(head + body).to_json()
    return (
        [d["as_written"] for d in result["deadlines"]],
        [e["as_written"] for e in result["events"]],
    )


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
