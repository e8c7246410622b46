"""Agreement layouts: articles of a covenant, vertical tables, action clauses, sub-item marks."""

import pytest
from tests.unit.core.extraction.readouts import agreements as _agreements
from tests.unit.core.extraction.readouts import commitment_texts as _commitments

from ruimtemonitor.core.extraction.textutil import sentence_spans

pytestmark = pytest.mark.unit


COVENANT = """SAMENWERKINGSOVEREENKOMST KNOOPPUNT VELDHOVEN

De ondergetekenden:
1. De Minister van Infrastructuur en Waterstaat, hierna: het Rijk;
2. Gedeputeerde Staten van de provincie Overijssel, hierna: de provincie;
hierna gezamenlijk: Partijen,

Overwegende dat:
a. het project Knooppunt Veldhoven zich in de verkenning bevindt;
b. de kosten worden geraamd op € 30 miljoen;

Komen het volgende overeen:

Artikel 1 Begripsbepalingen
In deze overeenkomst wordt verstaan onder:
a. project: de ombouw van het knooppunt;
b. stuurgroep: de stuurgroep Veldhoven.

Artikel 2 Doel
Deze overeenkomst legt de afspraken over het project vast.

Artikel 3 Financiering
1. Het Rijk draagt € 12 mln. bij aan het project.
2. De provincie draagt € 6 mln. bij aan het project.

Artikel 4 Evaluatie
Partijen evalueren de samenwerking in het najaar van 2027.

Aldus overeengekomen te Zwolle op 2 februari 2026.
"""


def test_articles_of_a_covenant_are_agreements_and_their_leden_commitments() -> None:
    agreements = _agreements(COVENANT)
    assert [(a["number"], a["title"]) for a in agreements] == [
        ("3", "Financiering"),
        ("4", "Evaluatie"),
    ]
    assert _commitments(agreements[0]) == [
        "Het Rijk draagt € 12 mln. bij aan het project.",
        "De provincie draagt € 6 mln. bij aan het project.",
    ]
    assert _commitments(agreements[1])[0].startswith("Partijen evalueren de samenwerking")


AGENDA = """Uitvoeringsagenda NOVEX Regio Zwolle

Rijk – Regio Zwolle
Zwolle, 3 maart 2025

2 Opgaven en acties

2.1 Wonen
Zwolle en Kampen bouwen de meeste woningen binnen de bestaande stad.

   B.1  Rijk en gemeente Zwolle sluiten een woondeal voor de Spoorzone.
        Trekker: gemeente Zwolle        Wanneer: Q2 2025
   B.2  De gemeente Kampen stelt het omgevingsplan Reeve vast.
        Trekker: gemeente Kampen        Wanneer: uiterlijk 1 juni 2026

2.2 Bereikbaarheid
   B.3  De provincie onderzoekt een snelfietsroute langs de IJssel.
        Trekker: provincie Overijssel   Wanneer: najaar 2026
"""


def test_numbered_actions_with_owner_and_time_lines_are_agreements() -> None:
    agreements = _agreements(AGENDA)
    assert [(a["number"], a["title"][:30]) for a in agreements] == [
        ("B.1", "Rijk en gemeente Zwolle sluite"),
        ("B.2", "De gemeente Kampen stelt het o"),
        ("B.3", "De provincie onderzoekt een sn"),
    ]


VERTICAL = """BESTUURLIJK OVERLEG MIRT OOST-NEDERLAND
Afsprakenlijst
Zwolle, Provinciehuis, 9 november 2017

Deelnemers: minister van Infrastructuur en Milieu, gedeputeerden van Overijssel en Gelderland.

Nr.
Onderwerp
Afspraak
Trekker
Gereed

1  Wegen

1.1
N35 Wierden - Nijverdal
Het project is in verkenning. Het Rijk reserveert € 40 mln. voor de
verbreding; de provincie draagt € 8 mln. bij.
IenM / RWS
Q2 2018

1.2
Rondweg Hengelo
De provincie werkt de varianten uit. Oplevering uiterlijk 1 mei 2019.
prov. Overijssel
1 mei 2019

2  Spoor

2.1
Spoorlijn Zwolle - Enschede
ProRail onderzoekt de capaciteit; de uitkomst volgt in het BO MIRT najaar 2018.
ProRail
najaar 2018

Vervolg
Het volgende overleg vindt plaats in het najaar van 2018.
"""


def test_a_table_flattened_one_cell_per_line_is_read_row_by_row() -> None:
    agreements = _agreements(VERTICAL)
    assert [(a["number"], a["title"]) for a in agreements] == [
        ("1.1", "N35 Wierden - Nijverdal"),
        ("1.2", "Rondweg Hengelo"),
        ("2.1", "Spoorlijn Zwolle - Enschede"),
    ]
    assert [_commitments(a) for a in agreements] == [
        ["Het Rijk reserveert € 40 mln. voor de verbreding; de provincie draagt € 8 mln. bij."],
        ["De provincie werkt de varianten uit.", "Oplevering uiterlijk 1 mei 2019."],
        ["ProRail onderzoekt de capaciteit; de uitkomst volgt in het BO MIRT najaar 2018."],
    ]


def test_a_sentence_may_end_on_an_amount_in_millions() -> None:
    text = "De regio draagt € 14 mln. bij en de gemeente € 3 mln. Start uiterlijk in mei 2027."
    assert [text[s:e] for s, e in sentence_spans(text)] == [
        "De regio draagt € 14 mln. bij en de gemeente € 3 mln.",
        "Start uiterlijk in mei 2027.",
    ]
    kept = "Het Rijk reserveert ca. 8 mln. voor de aanpak; zie nr. 12 van de lijst."
    assert [kept[s:e] for s, e in sentence_spans(kept)] == [kept]


BRACKETED = """Afsprakenlijst Bestuurlijk Overleg MIRT Noordwest-Nederland

Datum:      12 november 2015
Locatie:    Provinciehuis Haarlem

1. A9 Heiloo - Alkmaar
Het project bevindt zich in de verkenning. Partijen spreken af:
(i) Rijkswaterstaat rondt de verkenning vóór de zomer van 2016 af;
(ii) de provincie draagt € 3 à 5 mln. bij aan de voorkeursvariant;
(iii) over de voorkeursvariant wordt besloten in het BO MIRT van het najaar van 2016.

2. Sluis Den Helder
Het Rijk en de provincie spreken af:
a) Rijkswaterstaat onderzoekt de capaciteit van de sluis, met daarin:
   (i) de wachttijden in de zomer;
   (ii) de kosten van een tweede kolk;
b) de provincie levert een bijdrage van € 150.000 aan het onderzoek.
"""


def test_bracketed_marks_are_the_items_of_a_list_or_sub_items_of_a_lettered_item() -> None:
    agreements = _agreements(BRACKETED)
    assert [a["number"] for a in agreements] == ["1", "2"]
    assert _commitments(agreements[0]) == [
        "Rijkswaterstaat rondt de verkenning vóór de zomer van 2016 af;",
        "de provincie draagt € 3 à 5 mln. bij aan de voorkeursvariant;",
        "over de voorkeursvariant wordt besloten in het BO MIRT van het najaar van 2016.",
    ]
    assert [c[:30] for c in _commitments(agreements[1])] == [
        "Rijkswaterstaat onderzoekt de ",
        "de provincie levert een bijdra",
    ]


RIJK_EN_PROVINCIE = """RUIMTELIJK ARRANGEMENT RIJK – PROVINCIE UTRECHT

Utrecht, 2 juli 2026

1. Bereikbaarheid

1.1 Knooppunt Lunetten (2025: 1.1)
Type: U     Dep.: I&W
- Het Rijk stelt € 40 mln. beschikbaar voor de ombouw.
- De provincie draagt € 10 mln. bij.

1.2 Tram Uithof - Zeist (2025: 1.3)
Type: O     Dep.: I&W, VRO
Rijk en provincie:
(i) onderzoeken een verlenging van de tramlijn naar Zeist;
(ii) leggen de uitkomsten voor in het BO MIRT van het najaar van 2027.
"""


def test_a_subject_line_over_bracketed_items_is_a_lead_in() -> None:
    agreements = _agreements(RIJK_EN_PROVINCIE)
    assert [a["number"] for a in agreements] == ["1.1", "1.2"]
    assert [c[:25] for c in _commitments(agreements[1])] == [
        "onderzoeken een verlengin",
        "leggen de uitkomsten voor",
    ]


BLOCK_PROSE = """Afsprakenlijst BO Leefomgeving Noord-Nederland
Groningen, 14 juni 2023

1. Landelijk gebied

Afspraak 1.1 — Veenweide Fryslân
Type: beleidsafspraak     Betrokken: LNV
Rijk en regio spreken af dat het veenweideprogramma voor 1 maart 2024 bij het Rijk wordt
ingediend. De provincie Fryslân trekt dit proces. De kosten zijn in 2022 geraamd.

Afspraak 1.2 — Waddenkust
Type: uitvoeringsafspraak     Betrokken: IenW
• Rijkswaterstaat versterkt de dijk bij Holwerd voor eind 2025.
• De regio draagt 2 mln euro bij.
"""


def test_an_undertaking_after_a_formula_sentence_is_a_commitment_too() -> None:
    agreements = _agreements(BLOCK_PROSE)
    assert [c[:40] for c in _commitments(agreements[0])] == [
        "Rijk en regio spreken af dat het veenwei",
        "De provincie Fryslân trekt dit proces.",
    ]


UNNUMBERED = """Afsprakenlijst BO MIRT Oost-Nederland
Arnhem, 20 november 2025

N18 Groenlo - Enschede
In het BO MIRT van 2023 is afgesproken dat de provincie de verkenning trekt.
Rijk en regio spreken af dat:
• het Rijk de planuitwerking start in 2026;
• de provincie € 12 mln. bijdraagt.

Spoorlijn Zutphen - Hengelo
Afgesproken wordt dat ProRail de overwegen bij Lochem uiterlijk 1 juni 2026 beveiligt.

Twentekanaal, sluis Eefde
Partijen komen overeen de studie naar een tweede kolk te starten, met een bijdrage van de
provincie van 0,8 mln.
"""


def test_unnumbered_agreements_under_project_headings_and_past_ones_as_background() -> None:
    agreements = _agreements(UNNUMBERED)
    assert [a["number"] for a in agreements] == [None, None, None]
    assert [a["title"][:28] for a in agreements] == [
        "Rijk en regio spreken af dat",
        "Afgesproken wordt dat ProRai",
        "Partijen komen overeen de st",
    ]
    assert [c[:20] for c in _commitments(agreements[0])] == [
        "het Rijk de planuitw",
        "de provincie € 12 ml",
    ]
