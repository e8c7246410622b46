"""Agreement layouts of the eighth blind batch: numbered headings over a "Soort: … ·
Departementen: …" line, commitments numbered "1°", "2°", and more (see docs/extraction.md,
"Eighth blind batch: agreements, commitments and kinds")."""

import pytest
from tests.unit.core.extraction.readouts import agreements as _agreements
from tests.unit.core.extraction.readouts import commitment_texts as _commitments
from tests.unit.core.extraction.readouts import extracted as _json

pytestmark = pytest.mark.unit


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


CHECKMARKS = """BESTUURLIJK OVERLEG LEEFOMGEVING OOST
Gelderland en Overijssel

Verslag met afspraken  -  3 maart 2031  -  Zwolle

Deelnemers: minister van IenW, gedeputeerden van Gelderland en Overijssel.

Agendapunt 2   Bereikbaarheid

2.1.  Station Deventer
      ✓ Het Rijk reserveert € 4 mln voor de fietsenstalling.
      √ De gemeente Deventer legt het ontwerp voor 1 juni vast.
"""


def test_minutes_named_verslag_met_afspraken_with_checkmark_bullets() -> None:
    found = _json(CHECKMARKS)
    assert found["documents"][0]["kind"] == "afsprakenlijst"
    agreements = found["agreements"]
    assert [a["number"] for a in agreements] == ["2.1"]
    assert _commitments(agreements[0]) == [
        "Het Rijk reserveert € 4 mln voor de fietsenstalling.",
        "De gemeente Deventer legt het ontwerp voor 1 juni vast.",
    ]


def test_minutes_headed_afspraken_and_a_weekday_are_an_afsprakenlijst() -> None:
    text = (
        "Bestuurlijk Overleg MIRT Zuid\n"
        "Afspraken, woensdag 12 maart 2031 (Provinciehuis, Maastricht)\n\n"
        "1. Opening\nDe voorzitter opent het overleg.\n"
    )
    assert _json(text)["documents"][0]["kind"] == "afsprakenlijst"


LABEL_ROWS = """UITVOERINGSAGENDA NOVEX REGIO TWENTE
Vastgesteld door de Stuurgroep op 2 februari 2031

2  Acties

2.1  Werklocaties
   A1. Bedrijventerrein Hengelo-Noord
       Trekker: provincie — Gereed: eind 2032 — Middelen: p.m.
       De provincie brengt de vraag naar grote kavels in beeld.

   A2. Kanaalzone Almelo
       Trekker: gemeente Almelo — Gereed: 2033 — Middelen: € 2 mln
       Almelo stelt een ontwikkelperspectief voor de kanaalzone op.
"""


def test_action_heading_over_a_label_row_is_committed_by_the_sentence_below() -> None:
    found = _agreements(LABEL_ROWS)
    assert [(a["number"], _commitments(a)) for a in found] == [
        ("A1", ["De provincie brengt de vraag naar grote kavels in beeld."]),
        ("A2", ["Almelo stelt een ontwikkelperspectief voor de kanaalzone op."]),
    ]


def test_label_row_needs_two_labelled_values() -> None:
    from ruimtemonitor.core.extraction.label_rows import is_label_row

    assert is_label_row("Trekker: RWS — Gereed: 2024 — Middelen: p.m.")
    assert is_label_row("Wie: gemeente | Wanneer: najaar")
    assert not is_label_row("Trekker: RWS")
    assert not is_label_row("De kosten: circa € 3 mln — dat is veel.")
