"""Agreement layouts of the thirty-third blind batch: roman items after a label word
("Afspraak V - Titel"), slash numbers under lettered sections ("A/1") with "=>" bullets,
ballot-box bullets ("☐"), a markdown header table with a wrapped cell, coded actions
("XY-2.1") over one row of labels with a wrapped "geld:" line, an "Afspraak:" paragraph of
more than one sentence, and "een ton per jaar" as money under a funds label."""

from decimal import Decimal

import pytest
from tests.unit.core.extraction.readouts import agreements as _agreements
from tests.unit.core.extraction.readouts import commitment_texts as _commitments
from tests.unit.core.extraction.readouts import extracted as _json

from ruimtemonitor.core.dutch.amounts import find_amounts
from ruimtemonitor.core.extraction.project_layouts import strip_item_number

pytestmark = pytest.mark.unit


ROMAN_AFTER_WORD = """                 GEBIEDSARRANGEMENT ZWOLLE - KAMPEN
                 (ruimtelijk arrangement MIRT Oost)

De partijen, het Rijk, de provincie Overijssel en de gemeenten Zwolle en Kampen,

gelet op het BO MIRT Oost van 3 november 2031, leggen het volgende vast:

Afspraak I  - Doel
Het gebied tussen Zwolle en Kampen wordt bereikbaar ontwikkeld.

Afspraak II  - Spoorzone Kampen-Zuid
  – het Rijk draagt € 4 mln bij;
  – de gemeente Kampen bouwt 300 woningen vóór 2035.

Afspraak III  - N50 aansluiting Kampen-Zuid
  – het Rijk start de verkenning in 2032.

Afspraak IV  - Bedrijventerrein Hessenpoort, herstructurering
  – de provincie draagt EUR 1.500.000 bij.

Afspraak V  - Natuurverbinding IJsseldelta
  – Rijk en regio spreken af de inrichting in 2033 te starten;
  – de provincie draagt vijf ton bij.

Afspraak VI  - Looptijd
Dit arrangement geldt tot 1 januari 2037.

Aldus overeengekomen en getekend te Zwolle op 9 januari 2032.
"""


def test_a_roman_five_after_a_label_word_heads_an_item() -> None:
    found = _agreements(ROMAN_AFTER_WORD)
    assert [a["number"] for a in found] == ["II", "III", "IV", "V"]
    assert found[3]["title"] == "Natuurverbinding IJsseldelta"
    assert _commitments(found[3])[0].startswith("Rijk en regio spreken af de inrichting")
    # the item before it no longer takes its commitments
    assert _commitments(found[2]) == ["de provincie draagt EUR 1.500.000 bij."]


def test_a_bare_capital_without_a_label_word_is_no_item() -> None:
    text = (
        "Afsprakenlijst BO MIRT Noord, 4 juni 2031\n\n"
        "1. Sluis Lemmer\n"
        "Rijk en regio spreken af dat de verkenning start in 2032.\n\n"
        "V Voorwaarden\n"
        "De provincie stelt de voorwaarden vast.\n"
    )
    assert [a["number"] for a in _agreements(text)] == ["1"]


SLASH_SECTIONS = """Ruimtelijk arrangement Twente (Hengelo - Enschede - Borne)
tussen: het Rijk, de provincie Overijssel en de Regio Twente
en:     de gemeenten Hengelo, Enschede en Borne

Overwegende dat het BO MIRT Oost van 12 november 2030 heeft gevraagd de afspraken
vast te leggen, zeggen partijen elkaar het volgende toe:

A  BEREIKBAARHEID
A/1  Sneltram Hengelo - Enschede, doortrekking
     => de provincie draagt € 40 mln bij;
     => de sneltram rijdt vanaf december 2034.
A/2  N18 Borne - Hengelo, ombouw
     => Rijk en provincie dragen elk de helft van de kosten.

B  WONEN
B/1  Herstructurering Hengelo-Noord (600 woningen)
     => de gemeente Hengelo legt het plan in Q2 2032 voor.

C  BIJDRAGEN (x € 1.000)
     nr.    Rijk      Regio
     A/1    30.000    10.000
     A/2     5.000     5.000

Getekend te Hengelo, 1 juli 2031
"""


def test_slash_numbers_under_lettered_sections_are_items_with_arrow_bullets() -> None:
    found = _agreements(SLASH_SECTIONS)
    assert [a["number"] for a in found] == ["A/1", "A/2", "B/1"]
    assert found[0]["title"] == "Sneltram Hengelo - Enschede, doortrekking"
    assert _commitments(found[0]) == [
        "de provincie draagt € 40 mln bij;",
        "de sneltram rijdt vanaf december 2034.",
    ]


def test_slash_numbered_items_are_projects_and_their_sections_none() -> None:
    names = [p["name"] for p in _json(SLASH_SECTIONS)["projects"]]
    assert "Sneltram Hengelo - Enschede, doortrekking" in names
    assert [n for n in names if n.startswith("N18 Borne - Hengelo")]
    assert not [n for n in names if n.startswith(("A/", "B/", "B WONEN", "A BEREIK"))]


BALLOT_BOXES = """| Overleg   | Bestuurlijk Overleg Leefomgeving (BOL) Zuidwest |
| Datum     | dinsdag 6 mei 2031                              |
| Partijen  | Rijk (BZK, IenW), provincie Zeeland, gemeenten  |
|           | Sluis, Terneuzen en Hulst                       |

AFSPRAKENLIJST

#1  Woningbouwlocatie Terneuzen-Oost (900 woningen)
Rijk en regio gaan akkoord met:
  ☐ BZK draagt € 9 mln bij uit de Woningbouwimpuls;
  ☐ de gemeente Terneuzen start de bouw in Q3 2032.

#2  Rondvraag
Geen punten.
"""


def test_ballot_boxes_are_bullets_of_an_item() -> None:
    found = _agreements(BALLOT_BOXES)
    assert [a["number"] for a in found] == ["1"]
    assert _commitments(found[0]) == [
        "BZK draagt € 9 mln bij uit de Woningbouwimpuls;",
        "de gemeente Terneuzen start de bouw in Q3 2032.",
    ]


def test_a_wrapped_cell_of_a_markdown_header_table_is_no_project() -> None:
    names = [p["name"] for p in _json(BALLOT_BOXES)["projects"]]
    assert not [n for n in names if "Terneuzen en Hulst" in n]  # "Sluis": a town, no lock
    assert [n for n in names if n.startswith("Woningbouwlocatie Terneuzen-Oost")]


CODED_ACTIONS = """NOVEX VELUWE  ::  UITVOERINGSAGENDA 2031-2034
Datum 3 maart 2031

1  Wonen
VE-1.1  Woningbouwlocatie Apeldoorn-Zuid (700 woningen)
        trekker: gemeente Apeldoorn | gereed: start bouw Q2 2032 |
        geld: € 6,5 mln (Woningbouwimpuls)
VE-1.2  Station Harderwijk, fietsenstalling
        trekker: ProRail | gereed: 2033 | geld: twee ton per
        jaar uit het regiofonds

Opgesteld door het programmabureau.
"""


def test_coded_actions_over_a_row_of_labels_with_a_wrapped_label_line() -> None:
    found = _agreements(CODED_ACTIONS)
    assert [a["number"] for a in found] == ["VE-1.1", "VE-1.2"]
    assert _commitments(found[0]) == [
        "trekker: gemeente Apeldoorn | gereed: start bouw Q2 2032 |",
        "geld: € 6,5 mln (Woningbouwimpuls)",
    ]
    # a wrapped line without a label of its own carries on the row above
    assert _commitments(found[1]) == [
        "trekker: ProRail | gereed: 2033 | geld: twee ton per jaar uit het regiofonds"
    ]


def test_coded_and_slash_numbers_are_no_part_of_project_names() -> None:
    assert strip_item_number("VE-2.1  Station Harderwijk, P+R") == "Station Harderwijk, P+R"
    assert strip_item_number("B/1  Transformatie Hengelo-Noord") == "Transformatie Hengelo-Noord"
    assert strip_item_number("N/2 is geen nummer") == "N/2 is geen nummer"


def test_tons_a_year_under_a_funds_label_are_money() -> None:
    found = find_amounts("trekker: X | geld: twee ton per\n   jaar uit het regiofonds")
    assert [a.values_eur for a in found] == [(Decimal("200000"),)]
    assert find_amounts("De uitstoot daalt met twee ton per jaar.") == []
    assert find_amounts("budget: drie ton per jaar CO2") == []


LABELLED_PARAGRAPHS = """AFSPRAKENLIJST BO MIRT OOST
Overleg ........: BO MIRT Oost, 10 oktober 2031

Ad 1  Vaarweg Zutphen - Deventer
Stand: de verkenning loopt sinds 2029.
Afspraak: het Rijk draagt twaalf miljoen euro bij; de provincie brengt de
rest in. De voorkeursbeslissing wordt vóór de zomer van 2032 genomen.

Ad 2  Herstructurering Deventer-Oost
     Afspraak: BZK draagt 3 miljoen bij, de gemeente neemt de sloop voor
     haar rekening. De eerste woningen worden in 2033 opgeleverd.
     » de provincie levert een procesregisseur.

Ad 3  Knooppunt Beekbergen
Afspraak: Rijk en regio spreken af de planuitwerking in 2032 te starten.
Wie/wanneer: Rijk / 2032.
"""


def test_each_sentence_of_an_afspraak_paragraph_is_a_commitment() -> None:
    found = {a["number"]: _commitments(a) for a in _agreements(LABELLED_PARAGRAPHS)}
    assert found["1"] == [
        "het Rijk draagt twaalf miljoen euro bij; de provincie brengt de rest in.",
        "De voorkeursbeslissing wordt vóór de zomer van 2032 genomen.",
    ]
    assert found["2"] == [
        "BZK draagt 3 miljoen bij, de gemeente neemt de sloop voor haar rekening.",
        "De eerste woningen worden in 2033 opgeleverd.",
        "de provincie levert een procesregisseur.",
    ]


def test_another_label_ends_an_afspraak_paragraph() -> None:
    found = {a["number"]: _commitments(a) for a in _agreements(LABELLED_PARAGRAPHS)}
    assert found["3"] == [
        "Rijk en regio spreken af de planuitwerking in 2032 te starten.",
    ]
