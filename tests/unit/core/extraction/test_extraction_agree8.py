"""Agreements of the twenty-fifth batch: layouts it brought, on invented wording."""

import pytest
from tests.unit.core.extraction.readouts import agreements, commitment_texts, extracted

pytestmark = pytest.mark.unit


def _read(text: str) -> list[tuple[str | None, str, list[str]]]:
    return [
        (a["number"], a["title"][:24], [c[:24] for c in commitment_texts(a)])
        for a in agreements(text)
    ]


def _names(text: str) -> list[str]:
    return [p["name"] for p in extracted(text)["projects"]]


@pytest.mark.parametrize(
    ("first", "second", "bullet"),
    [("I", "II", "□"), ("III", "IV", "-"), ("V", "VI", "•")],
)
def test_items_lettered_under_roman_chapters_are_the_agreements(
    first: str, second: str, bullet: str
) -> None:
    text = (
        "AFSPRAKENLIJST BESTUURLIJK OVERLEG LEEFOMGEVING OOST\n"
        "Bestuurlijk Overleg Leefomgeving Oost, dinsdag 9 oktober 2029, Voorbeeldstad\n\n"
        f"{first}.    OPENING\n"
        f"{first}.a   Het verslag van het BOL Oost van 2 april 2029 wordt vastgesteld.\n\n"
        f"{second}.   MOBILITEIT\n"
        f"{second}.a  Tramlijn Havenkwartier, halte Zuidpark\n"
        "      De planstudie is in 2028 afgerond.\n"
        "      Rijk en regio spreken af:\n"
        f"      {bullet} de gemeente Voorbeeldstad start de aanbesteding in 2030;\n"
        f"      {bullet} het Rijk draagt EUR 14 mln bij aan de halte.\n"
        f"{second}.b  N912 Kanaaldijk - Westrade, rotonde\n"
        "      De provincie en de gemeente Westrade komen overeen dat de rotonde\n"
        "      uiterlijk eind 2031 klaar is.\n"
        f"{second}.c  A44 Oostrade\n"
        "      De weg is sinds 2021 opengesteld. Geen nieuwe afspraken.\n"
    )
    read = _read(text)
    assert [number for number, _, _ in read] == [f"{second}.a", f"{second}.b"]
    assert read[0][1] == "Tramlijn Havenkwartier, "
    assert read[0][2] == ["de gemeente Voorbeeldsta", "het Rijk draagt EUR 14 m"]
    assert read[1][2] == ["De provincie en de gemee"]
    names = _names(text)
    assert "Tramlijn Havenkwartier, halte Zuidpark" in names
    assert "N912 Kanaaldijk - Westrade, rotonde" in names
    assert not any(name.startswith(second) for name in names)
