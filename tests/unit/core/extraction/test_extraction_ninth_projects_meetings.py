"""Projects, meetings and parliamentary items in layouts of the ninth blind batch (own texts)."""

import datetime as dt

import pytest

from ruimtemonitor.core.dutch import find_meetings
from ruimtemonitor.core.extraction import extract_text
from ruimtemonitor.core.extraction.project_terms import INFRA, names_area

pytestmark = pytest.mark.unit


def _names(text: str) -> list[str]:
    return [p["name"] for p in extract_text(text).to_json()["projects"]]


def _meetings(text: str, year: int = 2031) -> list[tuple[str, dt.date]]:
    return [(m.kind, m.date) for m in find_meetings(text, year=year)]


# --- projects: labelled blocks and one-paragraph actions ----------------------------------

_BLOCKS = (
    "RUIMTELIJK ARRANGEMENT UTRECHT\ntussen het Rijk en de provincie Utrecht\n\n"
    "1  Aanleiding\nDit arrangement volgt op de provinciale voorstellen.\n\n"
    "2  Bereikbaarheid\n\n"
    "Nr.          2.1\n"
    "Titel        N226 Maarsbergen – Leersum, veiligheid\n"
    "Type         uitvoeringsafspraak\n"
    "Afspraak\n"
    "  – Provincie: richt de weg in 2032 opnieuw in.\n\n"
    "Nr.          2.2\n"
    "Titel        Arbeidsmarkt en scholing\n"
    "Type         procesafspraak\n"
    "Afspraak\n"
    "Rijk en provincie komen overeen een gezamenlijke agenda op te stellen.\n\n"
    "Nr.          2.3\n"
    "Titel        Spoorlijn Amersfoort – Ede\n"
    "Vervallen; opgenomen in het landelijke programma.\n\n"
    "Aldus overeengekomen te Utrecht op 4 maart 2031\n"
)


def test_the_title_of_a_labelled_block_is_a_project_when_it_names_a_work() -> None:
    names = _names(_BLOCKS)
    assert any(n.startswith("N226 Maarsbergen – Leersum") for n in names)
    assert not any(n.startswith("Arbeidsmarkt") for n in names)


def test_a_lapsed_labelled_block_reports_on_no_project() -> None:
    assert not any(n.startswith("Spoorlijn Amersfoort") for n in _names(_BLOCKS))


def test_an_action_written_as_one_paragraph_names_its_project_before_the_first_full_stop() -> None:
    text = (
        "Uitvoeringsagenda NOVEX Kop van Overijssel\n\nZwolle, 3 februari 2031\n\n"
        "1. Water\nHet watersysteem staat onder druk.\n\n"
        "1A  Vaarweg Meppel – Ramspol. Wat: de provincie verdiept de vaargeul. Wie: "
        "provincie Overijssel. Wanneer: 2033. Geld: € 4 mln.\n\n"
        "1B  Kennisnetwerk water. Wat: partijen delen kennis. Wie: waterschap. Wanneer: "
        "2032.\n"
    )
    names = _names(text)
    assert "Vaarweg Meppel – Ramspol" in names
    assert not any(n.startswith("Kennisnetwerk") for n in names)


# --- projects: names of works ------------------------------------------------------------


def test_an_area_development_may_name_a_lower_case_part_of_a_place() -> None:
    assert INFRA.search("Herstructurering binnenstad Oosterhout")
    assert INFRA.search("Gebiedsontwikkeling oude haven Harlingen")
    assert not INFRA.search("Herstructurering van de landbouw")


def test_room_for_a_river_and_a_campus_are_works() -> None:
    assert INFRA.search("Uiterwaarden Maas bij Venlo")
    assert INFRA.search("Nevengeul Beneden-IJssel")
    assert INFRA.search("Technologie Campus Noord")


def test_housing_in_a_named_housing_area_is_that_areas_project() -> None:
    # "Brabantse Stedenrij" is a large-scale housing area of the reference data
    assert names_area("Brabantse Stedenrij")
    assert names_area("Woningbouw Brabantse Stedenrij (Breda, Tilburg, Den Bosch)")
    assert not names_area("Woningbouw Haarlemmermeer")
