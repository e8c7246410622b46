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
