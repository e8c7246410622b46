"""Items marked by a capital in square brackets ("[B] Title") or, in minutes, by the clock time
they were discussed ("10.45 u. Title"): each title heads its own section, without the mark."""

import pytest

from ruimtemonitor.core.extraction import extract_text
from ruimtemonitor.core.extraction.heading_forms import marked_title

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(
    ("line", "title"),
    [
        (
            "[B] Spoorlijn Veenstad - Kleidorp, elektrificatie",
            "Spoorlijn Veenstad - Kleidorp, elektrificatie",
        ),
        ("[D]  N999 aansluiting Brakel", "N999 aansluiting Brakel"),
        ("10.45 u. Rondweg Oosterwijk, fase 2", "Rondweg Oosterwijk, fase 2"),
        ("9:30 uur Station Veenhoven, tweede perron", "Station Veenhoven, tweede perron"),
        ("[b] de provincie betaalt de helft", None),
        ("10.45 u. De voorzitter opent de vergadering.", None),
        ("[3] Ringweg Noord", None),
        ("12.50 euro per inwoner", None),
    ],
)
def test_a_bracketed_capital_or_a_clock_time_marks_a_heading(line: str, title: str | None) -> None:
    assert marked_title(line) == title


LETTER = """De Voorzitter van de Tweede Kamer der Staten-Generaal

Datum        3 maart 2030
Onderwerp    Voortgang projecten Westhoek

Tijdens het AO MIRT heb ik toegezegd u te informeren over de projecten in de Westhoek.

[A] Ringweg Westhoek-Zuid
De planuitwerking loopt sinds mei 2029. De provincie stelt het inpassingsplan
op; de kosten zijn geraamd op € 120 mln.

[B] Spoorlijn Veenstad - Kleidorp, elektrificatie
De geëlektrificeerde verbinding is op 2 februari 2030 in gebruik genomen.

DE MINISTER VAN INFRASTRUCTUUR,

A.B. Voorbeeld
"""

MINUTES = """STADSREGIO WESTHOEK ~ Portefeuillehoudersoverleg Verkeer
VERSLAG van de vergadering van dinsdag 4 maart 2030, Veenstad
Aanwezig: provincie, gemeenten Veenstad, Kleidorp en Brakel.

10.00 u. Opening en mededelingen
De voorzitter opent de vergadering. Geen mededelingen.

10.15 u. N999 Veenstad - Kleidorp, rondweg Brakel
De planuitwerking loopt sinds januari 2029. Afgesproken wordt dat Brakel en de
provincie de grondaankoop gezamenlijk voorbereiden.

10.40 u. Spoorlijn Veenstad - Kleidorp - Oosterwijk Noord, tweede perron Kleidorp
Het perron is op 1 september 2029 in gebruik genomen.

11.00 u. Rondvraag en sluiting
Geen vragen.
"""


def _names(text: str) -> list[str]:
    return [p["name"] for p in extract_text(text).to_json()["projects"]]


def test_bracketed_capitals_head_the_projects_of_a_letter() -> None:
    assert _names(LETTER) == [
        "Ringweg Westhoek-Zuid",
        "Spoorlijn Veenstad - Kleidorp, elektrificatie",
    ]


def test_clock_times_head_the_projects_of_minutes_and_procedure_is_none() -> None:
    assert _names(MINUTES) == [
        "N999 Veenstad - Kleidorp, rondweg Brakel",
        "Spoorlijn Veenstad - Kleidorp - Oosterwijk Noord, tweede perron Kleidorp",
    ]
