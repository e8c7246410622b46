"""A two-column table "Onderwerp | Afspraak" without a number column, flattened row by row.

Invented texts: the subject cell wraps over two or three lines (once with a hyphen), the
agreement cell over several; rows apart by rules or by blank lines. Each row that agrees
something is an unnumbered agreement titled by the subject cell's first line; its
commitments are the agreement cell's sentences. The header row agrees nothing.
"""

import pytest
from tests.unit.core.extraction.readouts import agreements as _agreements
from tests.unit.core.extraction.readouts import extracted

from ruimtemonitor.core.extraction.project_filters import names_no_project

pytestmark = pytest.mark.unit

RULED = """Bestuurlijk Overleg MIRT Zuid-Oost
Afsprakenlijst

Datum     3 maart 2033
Plaats    Maastricht

Opening
De voorzitter opent het overleg. Het verslag van het vorige overleg is vastgesteld.

Onderwerp                        Afspraak
==============================================================================
N280 Roermond - Weert            Rijk en provincie spreken af dat de provincie
                                 het ontwerp in 2034 vaststelt en het Rijk
                                 € 12 mln. bijdraagt.
==============================================================================
Spoorzone Sittard -              De minister zegt toe dat ProRail het
Geleen, halte Sittard-           perron uiterlijk juni 2035 verlengt.
Noord                            De gemeente Sittard-Geleen betaalt 2,5 miljoen
                                 voor het stationsplein.
==============================================================================
Maasroute, fase 2                Geen nieuwe afspraken. De aanleg is in mei
                                 gestart en verloopt volgens planning.
==============================================================================

Rondvraag
Er zijn geen vragen.
"""


def test_ruled_subject_table_rows_are_unnumbered_agreements() -> None:
    agreements = _agreements(RULED)
    assert [a["number"] for a in agreements] == [None, None]
    assert [a["title"] for a in agreements] == ["N280 Roermond - Weert", "Spoorzone Sittard -"]
    assert [c["text"][:30] for c in agreements[0]["commitments"]] == [
        "Rijk en provincie spreken af d"
    ]
    assert [c["text"][:30] for c in agreements[1]["commitments"]] == [
        "De minister zegt toe dat ProRa",
        "De gemeente Sittard-Geleen bet",
    ]
    assert agreements[1]["commitments"][1]["text"].endswith("voor het stationsplein.")


BLANK_LINES = """Bestuurlijk Overleg Leefomgeving West
Afsprakenlijst, 12 november 2036

Thema                          Besluit

Kustlijn Katwijk -             De provincie informeert het Rijk voor de zomer
Noordwijk                      van 2037 over de uitkomst van de verkenning.
                               De verkenning loopt sinds januari 2036.

Fietsbrug Oude Rijn            Partijen komen overeen een gezamenlijk
                               ontwerp uit te werken; besluit in het volgende
                               overleg.

Volgende overleg: 4 juni 2037.
"""


def test_subject_table_with_blank_lines_between_rows() -> None:
    agreements = _agreements(BLANK_LINES)
    assert [a["title"] for a in agreements] == ["Kustlijn Katwijk -", "Fietsbrug Oude Rijn"]
    assert [c["text"][:30] for c in agreements[0]["commitments"]] == [
        "De provincie informeert het Ri"
    ]
    assert len(agreements[1]["commitments"]) == 1


def test_subject_table_header_is_no_project() -> None:
    names = [p["name"] for p in extracted(RULED)["projects"]]
    assert not any(name.startswith("Onderwerp") for name in names)


@pytest.mark.parametrize(
    ("name", "none"),
    [("Onderwerp Afspraak", True), ("Thema  Besluiten", True), ("Project Kadebrug", False)],
)
def test_a_subject_table_header_names_no_project(name: str, none: bool) -> None:
    assert names_no_project(name) is none
