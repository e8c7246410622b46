"""A table's phase column gives the phase of a project the letter also heads in prose; a
junction, roundabout or viaduct that was delivered is opgeleverd."""

import pytest

from ruimtemonitor.core.extraction import extract_text
from ruimtemonitor.core.extraction.phases import project_phase

pytestmark = pytest.mark.unit

_LETTER = """Geachte voorzitter,

Met deze brief informeer ik u over de projecten in de regio. Tabel 2 geeft het overzicht.

Tabel 2  Projecten Kleirade
Project                                   Fase            Budget
Kademuur Oostwold, vernieuwing            Realisatie      € 41 mln
Fietsroute Veendijk - Lindeburg           Verkenning      EUR 1,8 mln

Kademuur Oostwold
De werkzaamheden zijn in 2029 gestart; de kade is naar verwachting eind 2031 gereed.

Fietsroute Veendijk - Lindeburg
De gemeente onderzoekt drie tracés; de aanleg start naar verwachting in 2033.

De Minister van Infrastructuur en Waterstaat,
"""


def test_the_phase_column_gives_the_phase() -> None:
    projects = {p.name: p.phase for p in extract_text(_LETTER).projects}
    assert projects.get("Fietsroute Veendijk - Lindeburg") == "verkenning"
    assert "realisatie" in projects.values()


@pytest.mark.parametrize(
    "sentence",
    [
        "Rijkswaterstaat heeft de aansluiting in mei 2032 opgeleverd.",
        "De provincie heeft de nieuwe rotonde in maart 2033 opengesteld.",
        "De gemeente heeft het viaduct Kleirade vorig jaar opgeleverd.",
    ],
)
def test_a_junction_delivered_is_opgeleverd(sentence: str) -> None:
    assert project_phase(sentence) == "opgeleverd"


def test_a_work_not_delivered_is_not_opgeleverd() -> None:
    assert project_phase("De gemeente heeft de fietsroute in 2034 nog niet opgeleverd.") is None
