"""Agreement layouts of the eighth blind batch: numbered headings over a "Soort: … ·
Departementen: …" line, commitments numbered "1°", "2°", and more (see docs/extraction.md,
"Eighth blind batch: agreements, commitments and kinds")."""

import pytest

from ruimtemonitor.core.extraction import extract_text

pytestmark = pytest.mark.unit


def _json(text: str) -> dict:
    return extract_text(text).to_json()


def _agreements(text: str) -> list[dict]:
    return _json(text)["agreements"]


def _commitments(agreement: dict) -> list[str]:
    return [c["text"] for c in agreement["commitments"]]


DOTTED_TYPE_LINES = """RUIMTELIJK ARRANGEMENT DRENTHE
tussen het Rijk en de provincie Drenthe

1  Inleiding
Dit arrangement beschrijft wat Rijk en provincie de komende jaren samen doen.

2  Afspraken

2.1  Woningbouw Assen en Emmen
     Soort: uitvoeringsafspraak · Departementen: VRO, BZK
     1° De provincie wijst locaties aan voor 4.000 woningen in beide steden.
     2° Het Rijk draagt € 9 mln bij aan de ontsluiting van de locaties.

2.2  Veenkoloniën
     Soort: kennisafspraak · Departementen: LVVN
     Het Rijk financiert een onderzoek naar de bodemdaling.
     De provincie deelt haar meetgegevens met het Rijk.
"""


def test_numbered_heading_over_a_dotted_type_line_is_an_agreement() -> None:
    found = _agreements(DOTTED_TYPE_LINES)
    assert [(a["number"], a["title"]) for a in found] == [
        ("2.1", "Woningbouw Assen en Emmen"),
        ("2.2", "Veenkoloniën"),
    ]
    assert _commitments(found[0]) == [
        "De provincie wijst locaties aan voor 4.000 woningen in beide steden.",
        "Het Rijk draagt € 9 mln bij aan de ontsluiting van de locaties.",
    ]
    assert len(_commitments(found[1])) == 2


def test_dotted_type_line_is_no_project() -> None:
    names = [p["name"] for p in _json(DOTTED_TYPE_LINES).get("projects", [])]
    assert not any(name.startswith("Soort") for name in names)


ABBREVIATED_ARTICLES = """CONVENANT FIETSROUTES VELUWE

De ondergetekenden:
1. de Minister van Infrastructuur en Milieu, hierna: het Rijk;
2. Gedeputeerde Staten van Gelderland, hierna: de provincie;

overwegende dat:
a. de fietsroutes tussen de kernen onveilig zijn;
b. partijen daarover in een bestuurlijk overleg hebben gesproken;

komen het volgende overeen:

Art. 1  Doel
Het convenant beoogt veiliger fietsroutes.

Art. 2  Fietsroute Ede - Wageningen
2.1 Het Rijk betaalt de helft van de kosten van de fietsbrug.
2.2 De provincie besteedt het werk uiterlijk in 2015 aan.

Art. 3  Slotbepalingen
Dit convenant geldt tot en met 2018.
"""


def test_articles_abbreviated_art_under_a_run_on_lead_in_are_agreements() -> None:
    found = _agreements(ABBREVIATED_ARTICLES)
    assert [(a["number"], a["title"]) for a in found] == [("2", "Fietsroute Ede - Wageningen")]
    assert _commitments(found[0]) == [
        "Het Rijk betaalt de helft van de kosten van de fietsbrug.",
        "De provincie besteedt het werk uiterlijk in 2015 aan.",
    ]


ALIGNED_COLUMNS = """Bestuurlijk Overleg MIRT Noord
Afspraken, dinsdag 4 maart 2031

Nr.  Onderwerp                   Afspraak
---  --------------------------  ---------------------------------------------------
1.   Ring Assen                  Het project is in voorbereiding. Rijk en provincie
     (N33, Assen-Zuid)           delen de meerkosten van de fietstunnel; de
                                 provincie betaalt de helft.
                                 Rijkswaterstaat meldt de voortgang in het najaar.

2.   Vaarweg Lemmer -            Wordt besproken in het volgende overleg; er zijn
     Delfzijl                    geen afspraken gemaakt.

3.   Stationsgebied              De gemeente stelt het bestemmingsplan vast in 2032.
     Groningen
"""


def test_aligned_column_table_rows_are_read_sentence_by_sentence() -> None:
    found = _agreements(ALIGNED_COLUMNS)
    assert [a["number"] for a in found] == ["1", "3"]
    assert found[0]["title"].startswith("Ring Assen")
    assert _commitments(found[0]) == [
        "Rijk en provincie delen de meerkosten van de fietstunnel; de provincie betaalt de helft.",
        "Rijkswaterstaat meldt de voortgang in het najaar.",
    ]
    assert _commitments(found[1]) == ["De gemeente stelt het bestemmingsplan vast in 2032."]


def test_aligned_table_lines_end_at_running_text() -> None:
    from ruimtemonitor.core.extraction.aligned_tables import aligned_table_lines

    lines = [
        "Nr.  Onderwerp   Afspraak",
        "---  ---------   --------",
        "1.   Dijk Oost   De provincie",
        "                 betaalt.",
        "",
        "Tot slot bedankt de voorzitter iedereen.",
    ]
    assert aligned_table_lines(lines) == {0, 1, 2, 3}
