"""Agreement layouts of the sixth blind batch: dashed article headings with leden "3.1",
lettered parts "B1" after "A1"–"A3", an item ending in an abbreviated amount."""

import pytest
from tests.unit.core.extraction.readouts import agreements as _agreements
from tests.unit.core.extraction.readouts import commitment_texts as _commitments

pytestmark = pytest.mark.unit


DASHED_ARTICLES = """BESTUURSOVEREENKOMST
Verdubbeling spoor Meppel - Hoogeveen

De ondergetekenden:
1. de Staat der Nederlanden, hierna: het Rijk;
2. de provincie Drenthe;
hierna gezamenlijk: partijen.

Komen het volgende overeen:

Artikel 1 - Begripsbepalingen
In deze overeenkomst wordt verstaan onder het project: de verdubbeling van het spoor.

Artikel 2 - Financiering
2.1 Het Rijk draagt € 18 mln. bij aan het project.
2.2 De provincie Drenthe draagt € 7 mln. bij aan de nieuwe
    fietsenstalling.

Artikel 3 - Looptijd
3.1 Deze overeenkomst treedt in werking op de dag na ondertekening.
3.2 De overeenkomst eindigt op 31 december 2031.

Aldus overeengekomen te Assen op 3 maart 2026.
"""


def test_dashed_article_headings_are_agreements_with_numbered_leden() -> None:
    agreements = _agreements(DASHED_ARTICLES)
    assert [(a["number"], a["title"]) for a in agreements] == [
        ("2", "Financiering"),
        ("3", "Looptijd"),
    ]
    assert _commitments(agreements[0]) == [
        "Het Rijk draagt € 18 mln. bij aan het project.",
        "De provincie Drenthe draagt € 7 mln. bij aan de nieuwe fietsenstalling.",
    ]
    assert len(_commitments(agreements[1])) == 2


LETTERED_PARTS = """BO MIRT Zuidwest 2031
Afsprakenlijst

A  ZEELAND

A1  Sloehaven Oost
Het Rijk en de provincie Zeeland spreken af:
  ▪ het Rijk draagt € 4 mln. bij aan de kademuur;
  ▪ de provincie start de aanbesteding in 2032.

A2  Kanaalkruising Sluiskil
Rijk en regio spreken af:
  ▪ Rijkswaterstaat actualiseert de planning voor 1 mei 2032.

A3  Veerhaven Breskens
Rijk en regio spreken af:
  ▪ de provincie legt een voorstel voor aan het volgende BO.

B  WEST-BRABANT

B1  Spoorzone Roosendaal
Rijk en regio spreken af:
  ▪ het Rijk en de gemeente dragen samen € 6,2 mld.

B2  Haven Moerdijk
Rijk en regio spreken af:
  ▪ de gemeente is opdrachtgever voor de ontsluiting.
"""


def test_a_second_lettered_part_numbers_its_items_too() -> None:
    agreements = _agreements(LETTERED_PARTS)
    assert [a["number"] for a in agreements] == ["A1", "A2", "A3", "B1", "B2"]
    assert agreements[4]["title"] == "Haven Moerdijk"


def test_an_item_ending_in_an_abbreviated_amount_ends_at_the_blank_line() -> None:
    agreements = _agreements(LETTERED_PARTS)
    assert _commitments(agreements[3]) == ["het Rijk en de gemeente dragen samen € 6,2 mld."]


ACTION_CELLS = """Uitvoeringsagenda NOVEX Hart van Brabant

1  Acties

Nr.
Actie
Trekker
Gereed
B.1
Gebiedsvisie Spoorzone Oisterwijk
gemeente Oisterwijk
Q3 2027
B.2
Verkenning snelfietsroute Dongen - Tilburg
provincie Noord-Brabant
eind 2028

2  Financiering
De partijen dragen samen € 4 mln. bij.
"""


def test_an_action_table_flattened_one_cell_per_line_numbers_its_actions() -> None:
    agreements = _agreements(ACTION_CELLS)
    assert [(a["number"], a["title"]) for a in agreements] == [
        ("B.1", "Gebiedsvisie Spoorzone Oisterwijk"),
        ("B.2", "Verkenning snelfietsroute Dongen - Tilburg"),
    ]


LEAD_IN_WITHOUT_COLON = """BO MIRT Oost 2031
Afspraken

Spoorlijn Zutphen - Hengelo
De elektrificatie is in voorbereiding. Het Rijk en de provincie Gelderland spreken af dat
  - het Rijk de bijdrage van € 21 mln. handhaaft;
  - de provincie voor 1 april 2032 een nieuwe raming stuurt.
"""


def test_a_lead_in_ending_in_dat_over_dashes_agrees_each_dash() -> None:
    (agreement,) = _agreements(LEAD_IN_WITHOUT_COLON)
    assert agreement["title"].startswith("Het Rijk en de provincie Gelderland spreken af dat")
    assert _commitments(agreement) == [
        "het Rijk de bijdrage van € 21 mln. handhaaft;",
        "de provincie voor 1 april 2032 een nieuwe raming stuurt.",
    ]


PARTY_LEAD_IN = """Afsprakenlijst BO Leefomgeving Zuid 2031

1.1 Tilburg Piushaven
    • Het Rijk bevestigt een bijdrage van € 8 mln.
    • De gemeente Tilburg en de provincie Noord-Brabant:
        o starten in 2032 met de bouw van 400 woningen;
        o rapporteren jaarlijks over de voortgang.
    • IenW beoordeelt de aanvraag uiterlijk in het BO MIRT 2032.
"""


def test_a_bullet_naming_only_parties_hands_its_sub_bullets_over() -> None:
    (agreement,) = _agreements(PARTY_LEAD_IN)
    assert _commitments(agreement) == [
        "Het Rijk bevestigt een bijdrage van € 8 mln.",
        "starten in 2032 met de bouw van 400 woningen;",
        "rapporteren jaarlijks over de voortgang.",
        "IenW beoordeelt de aanvraag uiterlijk in het BO MIRT 2032.",
    ]
    owners = [c["owner"] for c in agreement["commitments"]]
    assert owners[1] is not None and owners[1] == owners[2]


def test_a_bullet_with_a_verb_before_its_colon_stays_one_commitment() -> None:
    text = PARTY_LEAD_IN.replace(
        "De gemeente Tilburg en de provincie Noord-Brabant:",
        "De gemeente Tilburg bouwt in fasen:",
    )
    (agreement,) = _agreements(text)
    assert _commitments(agreement)[1] == "De gemeente Tilburg bouwt in fasen:"
    assert len(_commitments(agreement)) == 3


LAPSED = """Ruimtelijk Arrangement Rijk - provincie Utrecht 2031

Afspraak 3.1  Woningbouw Leidsche Rijn (uitvoeringsafspraak; VRO)
a) Het Rijk draagt € 5 mln. bij uit de Woningbouwimpuls.
b) De provincie start de bouw in 2032.

Afspraak 3.2  Kantorenleegstand
Vervallen; deze afspraak is in 2030 afgerond.
"""


def test_a_lapsed_afspraak_is_no_agreement() -> None:
    assert [a["number"] for a in _agreements(LAPSED)] == ["3.1"]


EXPLAINED_ROW = """NOVEX Noordzeekanaalgebied
UITVOERINGSAGENDA

Hoofdstuk 3  Acties

Nr | Actie | Trekker | Planning
C1 | Programma walstroom IJmuiden | IenW | eind 2032
C2 | Herinrichting Zijkanaal C | provincie Noord-Holland | 2033

Toelichting bij C1:
  a. IenW reserveert de benodigde netaansluiting vóór 1 maart 2032;
  b. de gemeente Velsen neemt de kade op in het omgevingsplan.
Hoofdstuk 4  Financiering
Het Rijk draagt € 3 mln. bij.
"""


def test_the_items_explaining_a_table_row_are_its_commitments() -> None:
    agreements = {a["number"]: a for a in _agreements(EXPLAINED_ROW)}
    assert _commitments(agreements["C1"]) == [
        "IenW reserveert de benodigde netaansluiting vóór 1 maart 2032;",
        "de gemeente Velsen neemt de kade op in het omgevingsplan.",
    ]
    assert _commitments(agreements["C2"]) == ["Herinrichting Zijkanaal C"]


SENTENCES_ONLY = """BO MIRT Zuid 2031
Afsprakenlijst

1. Opening
De voorzitter opent de vergadering.

2. Spoorlijn Breda - Tilburg
Er zijn klachten over de stiptheid.
Afgesproken wordt dat ProRail voor 1 juni 2032 een verbeterplan oplevert.
De kosten van € 250.000 worden gelijk verdeeld tussen ProRail en de provincie.
BO MIRT Zuid 2031

3. N65 Vught
Rijk en regio spreken af dat de provincie de planstudie trekt.
"""


def test_sentences_after_a_formula_that_settle_a_sum_are_commitments_too() -> None:
    agreements = {a["number"]: a for a in _agreements(SENTENCES_ONLY)}
    assert _commitments(agreements["2"]) == [
        "Afgesproken wordt dat ProRail voor 1 juni 2032 een verbeterplan oplevert.",
        "De kosten van € 250.000 worden gelijk verdeeld tussen ProRail en de provincie.",
    ]


CLOSING_PARAGRAPH = """Ministerie van Infrastructuur en Waterstaat

Den Haag, 3 december 2031

Geachte colleges,

In deze brief bevestigen wij de afspraken uit het BO MIRT.

1.  A28 Hattem - Zwolle

Rijk en regio spreken af dat:
-  het Rijk € 40 mln. reserveert;
-  de provincie de planstudie trekt.

2.  Vaarweg Meppel - Ramspol

Rijk en regio spreken af dat de provincie in het voorjaar een voorstel doet voor de
fasering van de vaarweg.

Tot slot spreken Rijk en regio af dat de voortgang in het BO MIRT van 2032 wordt besproken.

Hoogachtend,
"""


def test_a_closing_paragraph_is_no_part_of_the_last_numbered_item() -> None:
    agreements = _agreements(CLOSING_PARAGRAPH)
    assert [a["number"] for a in agreements] == ["1", "2", None]
    assert agreements[2]["title"].startswith("Tot slot spreken Rijk en regio af")


LABELLED_AFTER_AMOUNT = """BO MIRT Noord 2031
Afsprakenlijst

N31 Harlingen
De raming is opgelopen tot € 96 mln., tegen een taakstellend budget van
€ 88 mln.
Afspraak: het Rijk en de provincie Fryslân dekken het tekort elk voor de helft.
Afspraak: Rijkswaterstaat meldt een nieuwe openstellingsdatum (nu voorzien:
voorjaar 2033) direct aan de regio.
"""


def test_a_label_line_after_an_abbreviated_amount_starts_its_own_agreement() -> None:
    titles = [a["title"] for a in _agreements(LABELLED_AFTER_AMOUNT)]
    assert titles == [
        "het Rijk en de provincie Fryslân dekken het tekort elk voor de helft.",
        "Rijkswaterstaat meldt een nieuwe openstellingsdatum (nu voorzien: voorjaar 2033)"
        " direct aan de regio.",
    ]


REPEATED_HEADER = """AFSPRAKENLIJST BO MIRT OOST 2031

2. Afspraken

Nr | Onderwerp | Afspraak | Trekker | Termijn
1 | Twentekanaal | Het Rijk verdiept het kanaal tot 3,5 meter | RWS | 2033
2 | Sluis Eefde | Het Rijk draagt € 9 mln. bij aan de tweede kolk | RWS | eind 2032
van de sluis
Nr | Onderwerp | Afspraak | Trekker | Termijn
3 | N18 Groenlo | De provincie stelt een verkeersplan op | provincie | 2032
"""


def test_the_row_before_a_repeated_table_header_is_kept() -> None:
    numbers = [a["number"] for a in _agreements(REPEATED_HEADER)]
    assert numbers == ["1", "2", "3"]


FULL_COLUMN = """AFSPRAKENLIJST BOL ZUID 2031

Nr.  Onderwerp                     Afspraak                                         Trekker
1    Spoorzone Eindhoven           Het Rijk draagt € 6 mln. bij aan de busstation   IenW
2    Gebiedsontwikkeling Brainport Rijk en regio spreken af de fasering vast te       BZK
     leggen.
"""


def test_a_title_cell_filling_its_column_is_split_at_the_header_offset() -> None:
    agreements = _agreements(FULL_COLUMN)
    assert agreements[1]["title"] == "Gebiedsontwikkeling Brainport"
    assert _commitments(agreements[1])[0].startswith("Rijk en regio spreken af de fasering")


def test_a_new_marker_after_the_number_is_no_part_of_the_title() -> None:
    text = """Ruimtelijk Arrangement Rijk - provincie Utrecht 2031

Afspraak 2.4 (nieuw) Bereikbaarheid van kleine kernen
Soort afspraak: uitvoeringsafspraak
- Het Rijk draagt € 2 mln. bij aan buurtbussen.
"""
    (agreement,) = _agreements(text)
    assert agreement["title"] == "Bereikbaarheid van kleine kernen"


def test_a_heading_bullet_that_names_no_party_keeps_its_sub_bullets() -> None:
    text = PARTY_LEAD_IN.replace(
        "De gemeente Tilburg en de provincie Noord-Brabant:", "Voorwaarden:"
    )
    (agreement,) = _agreements(text)
    assert _commitments(agreement)[1] == "Voorwaarden:"
    assert agreement["commitments"][1]["items"]


def test_type_and_departments_in_brackets_after_the_title() -> None:
    text = """Ruimtelijk Arrangement Rijk - provincie Friesland 2031

Afspraak 1.2  Woningbouw Sneek (uitvoeringsafspraak; VRO, BZK)
a) Het Rijk draagt € 4 mln. bij uit de Woningbouwimpuls.
b) De provincie start de bouw in 2032.
"""
    (agreement,) = _agreements(text)
    assert agreement["title"] == "Woningbouw Sneek"
    assert agreement["types"] == ["uitvoeringsafspraak"]
    assert agreement["departments"] == ["VRO", "BZK"]
