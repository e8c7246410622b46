"""Amounts and time phrases in the layouts of the seventh blind batch, on invented text."""

import pytest

from ruimtemonitor.core.extraction import extract_text

pytestmark = pytest.mark.unit

HEAD = "De Voorzitter van de Tweede Kamer\n\nDatum 12 oktober 2021\nBetreft Voortgang\n\n"


def _amounts(body: str, head: str = HEAD) -> list[tuple[str, list[int]]]:
    result = extract_text(head + body).to_json()
    return [(a["as_written"], [int(v) for v in a["values_eur"]]) for a in result["amounts"]]


def _times(body: str, head: str = HEAD) -> tuple[list[str], list[str]]:
    result = extract_text(head + body).to_json()
    return (
        [d["as_written"] for d in result["deadlines"]],
        [e["as_written"] for e in result["events"]],
    )


# --- amounts -----------------------------------------------------------------------------


def test_thousands_of_euros_written_as_k_euro() -> None:
    found = _amounts("Geachte voorzitter,\n\n- Budget haalbaarheidsstudie: 2.350 k€\n")
    assert found == [("2.350 k€", [2_350_000])]


def test_a_range_in_k_euro_writes_the_unit_once() -> None:
    found = _amounts("Geachte voorzitter,\n\nDe jaarlijkse kosten liggen tussen 150 en 220 k€.\n")
    assert found == [("tussen 150 en 220 k€", [150_000, 220_000])]


def test_a_scanned_mln_read_as_min_after_a_euro_sign() -> None:
    found = _amounts("Geachte voorzitter,\n\nVoor de kade is € 17 min. beschikbaar.\n")
    assert found == [("€ 17 min.", [17_000_000])]


def test_minutes_without_a_euro_sign_are_no_money() -> None:
    assert _amounts("Geachte voorzitter,\n\nDe reistijd daalt met 12 min. per rit.\n") == []


def test_billions_written_mrd_without_a_euro_sign() -> None:
    found = _amounts("Geachte voorzitter,\n\nHet Rijk investeert 2,4 mrd. in de corridor.\n")
    assert found == [("2,4 mrd.", [2_400_000_000])]


def test_dot_leader_cells_under_a_unit_caption() -> None:
    found = _amounts(
        "Geachte voorzitter,\n\n"
        "De raming van het project is na de aanbesteding bijgesteld. Hieronder staan\n"
        "het budget en de bijdragen van derden zoals die in de overeenkomst staan.\n\n"
        "BUDGET (x € mln, prijspeil 2021)\n"
        "Totaal projectbudget ....................... 412,8\n"
        "Bijdrage waterschap ......................... 25,0\n"
    )
    assert found == [("412,8", [412_800_000]), ("25,0", [25_000_000])]


def test_a_half_million_cell_in_a_table_of_millions_is_money() -> None:
    found = _amounts(
        "Geachte voorzitter,\n\nOverzicht (x € 1 mln)\n\n"
        "Actie     Rijk     Regio\nB-1        2,0      0,5\nB-2        0        1,0\n"
    )
    assert found == [("2,0", [2_000_000]), ("0,5", [500_000]), ("1,0", [1_000_000])]


def test_a_semicolon_export_under_a_caption_with_a_remark() -> None:
    found = _amounts(
        "Geachte voorzitter,\n\nActies (export; bedragen in euro)\n"
        "Nr;Actie;Trekker;Budget\nB1;Fietsroute langs de dijk;gemeente;2.400.000\n"
        "B2;Onderzoek naar 12 locaties;provincie;n.t.b.\n"
    )
    assert found == [("2.400.000", [2_400_000])]
