"""Lower-case letters and roman numerals as the top-level items of a list of agreements.

Invented texts: an afsprakenlijst lettered "a."–"e." and minutes numbered "i."–"v.", whose
items open with a phase sentence, a bullet or a paragraph line. Each item that agrees
something is a numbered agreement; its formula sentence is its commitment, no unnumbered
agreement of its own.
"""

import pytest
from tests.unit.core.extraction.readouts import agreements as _agreements

pytestmark = pytest.mark.unit

LETTERED = """Ministerie van Infrastructuur en Waterstaat  |  Provincie Drenthe

BESTUURLIJK OVERLEG LEEFOMGEVING NOORD-OOST
Afsprakenlijst, 9 mei 2031, Emmen

a. Opening
Het verslag van het vorige overleg wordt zonder wijzigingen vastgesteld door partijen.

b. N34 Klazienaveen - Coevorden
De planuitwerking loopt. Afgesproken wordt dat de provincie het ontwerp
uiterlijk eind 2031 vaststelt en het Rijk de bijdrage reserveert.

c. Knooppunt Emmen-Zuid
  ∙ de gemeente Emmen onderzoekt met de provincie de capaciteit van de
    aansluiting;
  ∙ het Rijk draagt 400 duizend euro bij aan dit onderzoek.

d. Rondvraag
Er zijn geen vragen.
"""


def test_lettered_top_items_are_numbered_agreements() -> None:
    agreements = _agreements(LETTERED)
    assert [a["number"] for a in agreements] == ["b", "c"]
    assert agreements[0]["title"] == "N34 Klazienaveen - Coevorden"
    assert [c["text"][:24] for c in agreements[0]["commitments"]] == ["Afgesproken wordt dat de"]
    assert len(agreements[1]["commitments"]) == 2


ROMAN = """VERSLAG STUURGROEP HAVENKWARTIER

Datum            : dinsdag 3 oktober 2034

i.   Opening en verslag
     Het verslag van de vorige vergadering wordt vastgesteld.

ii.  Kadebrug: stand van zaken verkenning
     De verkenning voor de kadebrug loopt volgens planning; de
     voorkeursbeslissing volgt in het voorjaar.
     Afgesproken wordt dat:
       –  de gemeente de hoge brugvariant verder uitwerkt;
       –  het Rijk en de gemeente het tekort voor 1 maart 2035 oplossen.

iii. Busstation Havenkwartier
     De vervoerder heeft in juli de aanbesteding gestart.
     De stuurgroep komt overeen dat de provincie een bijdrage van
     € 2.000.000 reserveert voor de perrons.
     De gemeente overweegt een bijdrage van 1 à 2 miljoen euro.

iv.  Fietsroute Kanaaloever
     Geen besluiten. De provincie licht de tracévarianten toe; de route wordt
     meegenomen in de verkenning.

v.   Rondvraag
     Er zijn geen vragen.
"""


def test_roman_top_items_are_numbered_agreements() -> None:
    agreements = _agreements(ROMAN)
    assert [a["number"] for a in agreements] == ["ii", "iii"]
    assert len(agreements[0]["commitments"]) == 2
    assert len(agreements[1]["commitments"]) == 1  # considering a grant undertakes nothing
    assert agreements[1]["commitments"][0]["text"].startswith("De stuurgroep komt overeen dat")
