"""A meeting named after a province ("BO MIRT Noord-Brabant/Limburg") is no landsdeel Noord:
the compass word only names a landsdeel when no hyphenated name goes on."""

from __future__ import annotations

import pytest

from ruimtemonitor.core.extraction import extract_text


def _regions(text: str) -> set[str | None]:
    result = extract_text(text, name="regio.txt")
    return {project.region for project in result.projects}


_BODY = (
    "\n\n1. Knooppunt Voorbeeldrade\n"
    "De verkenning van de A73 bij Voorbeeldrade loopt. Rijk en regio spreken af dat IenW "
    "€ 4 mln bijdraagt.\n"
)


@pytest.mark.parametrize(
    ("meeting", "region"),
    [
        ("Afsprakenlijst BO MIRT Noord-Holland/Flevoland, 12 november 2015", "Noordwest"),
        ("Afsprakenlijst BO MIRT Zuid-Holland, 3 juni 2013", "Zuidwest"),
        ("Afsprakenlijst BO MIRT Noord-Brabant/Limburg, 8 november 2012", "Zuid"),
        ("Afsprakenlijst BO MIRT Noord-Nederland, 8 november 2012", "Noord"),
        ("Afsprakenlijst BO MIRT Noord, 8 november 2012", "Noord"),
        ("Afsprakenlijst BOL Zuid-Holland, 4 april 2024", "Zuidwest"),
    ],
)
def test_the_region_of_a_meeting_named_by_its_provinces(meeting: str, region: str) -> None:
    assert _regions(meeting + _BODY) == {region}


@pytest.mark.parametrize("rule", ["————————————", "------------", "============", "____________"])
def test_a_region_heading_drawn_out_by_a_rule_sets_the_region(rule: str) -> None:
    text = (
        "Ministerie van Infrastructuur en Waterstaat\n"
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\n"
        "Datum       20 november 2031\n"
        "Betreft     Voortgang MIRT, najaar 2031\n\n"
        "Deze maand vonden de bestuurlijke overleggen MIRT plaats. Per regio de stand.\n\n"
        f"Regio Noord {rule}\n"
        "(12) N999, aansluiting Voorbeeldveen\n"
        "     De planuitwerking loopt sinds maart 2031. Het tracébesluit volgt in 2032.\n\n"
        f"Regio Zuidwest {rule}\n"
        "(13) N998, ongelijkvloerse kruising Proefdorp\n"
        "     De werkzaamheden zijn in mei 2031 gestart en in uitvoering.\n"
    )
    result = extract_text(text, name="brief.txt")
    assert {project.region for project in result.projects} == {"Noord", "Zuidwest"}
