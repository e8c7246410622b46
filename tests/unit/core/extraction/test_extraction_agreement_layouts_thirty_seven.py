"""Agreement layouts of the thirty-seventh blind batch: items numbered with a bracketed roman
numeral in lower case ("(ii)  Titel") right under a letterhead line, a title ending in a bracket
included; "Besloten wordt dat …" and "Overeengekomen is dat …" over an item's bullets, a
commitment of their own; "Afgesproken is: …" in an item that adopts the minutes, an agreement;
"Hierover worden thans geen afspraken gemaakt.", which agrees nothing; and an article that
states only the text's own term ("Dit arrangement geldt tot …"), no agreement."""

import pytest
from tests.unit.core.extraction.readouts import agreements as _agreements
from tests.unit.core.extraction.readouts import commitment_texts as _commitments

from ruimtemonitor.core.extraction.patterns import (
    NOTHING_AGREED,
    REMARK_LINE,
    agreement_formulas,
    is_structural,
)
from ruimtemonitor.core.extraction.unit_commitments import is_undertaking

pytestmark = pytest.mark.unit


ROMAN_ITEMS = """BOL KUSTLAND  //  AFSPRAKENLIJST  //  14 feb. 2031
Bestuurlijk Overleg Leefomgeving Kustland, locatie raadhuis Zandvoorde
Partijen: BZK, IenW, provincie Kustland, gemeenten Zandvoorde en Duinwijk

(i)  Opening en vaststelling agenda
De agenda wordt ongewijzigd vastgesteld.

(ii)  Transformatie Zandvoorde, Havenkwartier (2.200 woningen)
Partijen besluiten:
   ➤ BZK kent 14,5 miljoen euro uit de Woningbouwimpuls toe;
   ➤ de gemeente Zandvoorde start de eerste bouwstroom uiterlijk 1 maart 2032.

(iii)  Sneltram Duinwijk - Zandvoorde
Rijk en regio committeren zich aan:
   ➤ een bandbreedte van € 0,3 mld voor het voorkeursalternatief;
   ➤ een voorkeursbeslissing in het najaar van 2032.

(iv)  Rondvraag
Er zijn geen vragen.
"""


def test_bracketed_lower_roman_items_under_a_letterhead_are_agreements() -> None:
    found = _agreements(ROMAN_ITEMS)
    assert [a["number"] for a in found] == ["ii", "iii"]
    assert found[0]["title"].startswith("Transformatie Zandvoorde, Havenkwartier")
    assert _commitments(found[0]) == [
        "BZK kent 14,5 miljoen euro uit de Woningbouwimpuls toe;",
        "de gemeente Zandvoorde start de eerste bouwstroom uiterlijk 1 maart 2032.",
    ]
    assert _commitments(found[1])[0].startswith("een bandbreedte van € 0,3 mld")


@pytest.mark.parametrize(
    "line",
    [
        "(ii)  Transformatie Zandvoorde, Havenkwartier (2.200 woningen)",
        "(iv) Kade Noord (fase 2)",
        "(vi)  Rondvraag",
    ],
)
def test_a_lower_roman_item_is_structural_and_no_remark(line: str) -> None:
    assert is_structural(line)
    assert REMARK_LINE.match(line) is None


def test_a_bracketed_remark_stays_a_remark() -> None:
    assert REMARK_LINE.match("(onder voorbehoud van instemming van de raad)")


PASSIVE_FORMULAS = """AFSPRAKENLIJST BO MIRT WADDENLAND
Datum : 3 maart 2029

Punt 1  Opening
De voorzitter opent het overleg.

Punt 2  Herstructurering Oosthaven (450 woningen)
Besloten wordt dat BZK EUR 3,2 mio bijdraagt aan de kadeversterking, met
ingang van 1 januari 2030 in twee termijnen.
  ■ de provincie neemt de sanering van de kade voor haar rekening.

Punt 3  Woningbouw Noordwoud (800 woningen)
Overeengekomen is dat het Rijk € 2.100.000,00 bijdraagt aan de ontsluiting, mits
de gemeente uiterlijk 01.06.2030 het bestemmingsplan vaststelt.
  ■ de gemeente zorgt voor de aansluiting op de ringweg.

Punt 4  Rondvraag
Geen punten.
"""


def test_passive_formula_over_bullets_is_a_commitment_of_its_own() -> None:
    found = _agreements(PASSIVE_FORMULAS)
    assert [a["number"] for a in found] == ["2", "3"]
    assert [c[:30] for c in _commitments(found[0])] == [
        "Besloten wordt dat BZK EUR 3,2",
        "de provincie neemt de sanering",
    ]
    assert [c[:30] for c in _commitments(found[1])] == [
        "Overeengekomen is dat het Rijk",
        "de gemeente zorgt voor de aans",
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Besloten wordt dat de provincie de planstudie afrondt.",
        "De verkenning loopt. Overeengekomen is dat IenW € 4 mln reserveert.",
        "Overeengekomen wordt dat de gemeente de grond verwerft.",
        "Het verslag wordt vastgesteld. Afgesproken is: de lijst wordt elk kwartaal gedeeld.",
    ],
)
def test_sentence_opening_passive_formulas(sentence: str) -> None:
    assert agreement_formulas(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "In 2019 is overeengekomen dat de provincie de weg beheert.",
        "De raad heeft besloten dat de weg wordt verbreed.",
        "Het is afgesproken in het vorige overleg.",
    ],
)
def test_reported_passives_are_no_formula(sentence: str) -> None:
    assert not agreement_formulas(sentence)


MINUTES_AGREED = """AFSPRAKENLIJST BOL HEUVELLAND
Datum: 9 juni 2027

1°  Opening
De voorzitter opent het overleg om 10.00 uur.

2°  Verslag BOL Heuvelland 12 januari 2027
Het verslag wordt vastgesteld. Afgesproken is: de voortgangsrapportage wordt
voortaan elk halfjaar met alle partijen gedeeld.

3°  Verslag werkbezoek
Het verslag wordt vastgesteld.

4°  Woningbouw Bergdal (600 woningen)
Rijk en regio leggen de volgende afspraken vast:
  + BZK kent € 3 miljoen toe aan de gemeente;
  + de gemeente stelt het omgevingsplan uiterlijk 1 mei 2028 vast.
"""


def test_minutes_item_with_a_formula_is_an_agreement() -> None:
    found = _agreements(MINUTES_AGREED)
    assert [a["number"] for a in found] == ["2", "4"]
    assert _commitments(found[0])[0].startswith("Afgesproken is: de voortgangsrapportage")


NOTHING_AGREED_ITEM = """AFSPRAKENLIJST BO MIRT HEIDELAND
Datum: 4 december 2030

§ 1  Opening
De voorzitter opent het overleg.

§ 2  Fietsroute Heidedorp - Veldhoven
Rijk en regio spreken af dat de provincie de fietsroute vóór 2032 aanlegt.

§ 3  Busstation Veldhoven
De regio vraagt een rijksbijdrage van € 2 mln voor een busstation. Het Rijk acht
de vervoerswinst te klein.
Hierover worden thans geen afspraken gemaakt.

§ 4  Rondvraag
Geen punten.
"""


def test_an_item_that_says_nothing_was_agreed_is_none() -> None:
    found = _agreements(NOTHING_AGREED_ITEM)
    assert [a["number"] for a in found] == ["2"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Hierover worden thans geen afspraken gemaakt.",
        "Daarover worden nu geen afspraken gemaakt.",
        "Er worden geen nieuwe afspraken gemaakt.",
    ],
)
def test_nothing_agreed_opening(sentence: str) -> None:
    assert NOTHING_AGREED.match(sentence)


ARRANGEMENT_TERM = """RUIMTELIJK ARRANGEMENT OOSTERVELD

De partijen:
- de Staat der Nederlanden, vertegenwoordigd door de minister van IenW;
- de gemeente Oosterveld, vertegenwoordigd door de wethouder;

komen het volgende overeen:

ARTIKEL 1  Begripsbepalingen
In dit arrangement wordt verstaan onder "Kanaalzone": het gebied langs het kanaal.

ARTIKEL 2  Kanaalzone Oosterveld
Partijen komen overeen dat:
  – het Rijk € 9 mln bijdraagt aan de kade;
  – de gemeente de kade vóór 2030 herinricht.

ARTIKEL 3  Looptijd
Deze overeenkomst loopt tot en met 31 december 2034.

Getekend te Oosterveld op 2 april 2028,
"""


def test_an_article_of_the_texts_own_term_is_no_agreement() -> None:
    found = _agreements(ARRANGEMENT_TERM)
    assert [a["number"] for a in found] == ["2"]


ASKED_ACTION = """NOVEX-gebied Kanaalzone
UITVOERINGSAGENDA 2026-2032
Datum: 12-05-2026

2.1  Energie
E.1  Warmtenet Kanaalzone
De gemeente legt het eerste deel van het warmtenet aan in 2027.
trekker=gemeente | gereed=2027 | middelen=€ 3 mln

E.2  Netcapaciteit Kanaalzone
De provincie vraagt Stroomnoord en Kabelzuid om een versneld uitbreidingsplan.
trekker=provincie | gereed=1 maart 2027 | middelen=€ 250.000,-
"""


def test_an_action_asking_a_named_body_to_act_is_agreed() -> None:
    found = _agreements(ASKED_ACTION)
    assert [a["number"] for a in found] == ["E.1", "E.2"]
    assert _commitments(found[1])[0].startswith("De provincie vraagt Stroomnoord en Kabelzuid om")


@pytest.mark.parametrize(
    "sentence",
    [
        "De regio vraagt het Rijk om een extra bijdrage.",
        "De gemeente vraagt aandacht voor de veiligheid van de kruising.",
    ],
)
def test_asking_for_money_or_attention_is_no_undertaking(sentence: str) -> None:
    assert not is_undertaking(sentence)
