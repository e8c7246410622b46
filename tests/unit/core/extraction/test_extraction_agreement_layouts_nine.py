"""Agreement layouts of the ninth blind batch: covenants announced in capitals without a
colon, labelled blocks "Nr. / Titel / Afspraak", inline action paragraphs "Wat: … Wie: …"
(see docs/extraction.md, "Ninth blind batch: agreements, commitments, kinds and dates")."""

import pytest
from tests.unit.core.extraction.readouts import agreements as _agreements
from tests.unit.core.extraction.readouts import commitment_texts as _commitments
from tests.unit.core.extraction.readouts import extracted as _json

pytestmark = pytest.mark.unit


CAPITAL_COVENANT = """SAMENWERKINGSOVEREENKOMST
Fietsbrug over de Vecht

DE ONDERGETEKENDEN

- de provincie Utrecht, hierna: de provincie;
- de gemeente Maarssen, hierna: de gemeente;

NEMEN IN AANMERKING
- dat de oude pont niet meer voldoet;

KOMEN HET VOLGENDE OVEREEN

ARTIKEL 1 – DOEL
Deze overeenkomst regelt de bouw van een fietsbrug.

ARTIKEL 2 – TAKEN
1. De provincie ontwerpt de brug en vraagt de vergunningen aan.
2. De gemeente legt de aansluitende fietspaden aan.

ARTIKEL 3 – SLOTBEPALINGEN
Deze overeenkomst eindigt op 31 december 2031.
"""


def test_capital_announcing_line_without_colon_opens_the_articles() -> None:
    found = _agreements(CAPITAL_COVENANT)
    assert [(a["number"], a["title"]) for a in found] == [("2", "TAKEN")]
    assert len(_commitments(found[0])) == 2


LABELLED_FORM = """RUIMTELIJK ARRANGEMENT ZEELAND
tussen het Rijk en de provincie Zeeland

1  Havens

Nr.          1.1
Titel        Kadeverlenging Vlissingen-Oost
Type         uitvoeringsafspraak
Ministeries  IenW
Afspraak
  – Provincie: legt de nieuwe kade aan in 2028.
  – IenW: verdiept de vaargeul naar de kade.

Nr.          1.2
Titel        Bedrijventerrein Kloosterzande
Vervallen; opgenomen in een ander programma.

Nr.          1.3
Titel        Glastuinbouw Rilland
Type         procesafspraak
Ministeries  LVVN
Afspraak
Rijk en provincie komen overeen de ruimte voor glastuinbouw vast te houden tot 2029.
"""


def test_labelled_form_is_an_agreement_with_party_labelled_commitments() -> None:
    found = _agreements(LABELLED_FORM)
    assert [(a["number"], a["title"]) for a in found] == [
        ("1.1", "Kadeverlenging Vlissingen-Oost"),
        ("1.3", "Glastuinbouw Rilland"),
    ]
    assert _commitments(found[0]) == [
        "Provincie: legt de nieuwe kade aan in 2028.",
        "IenW: verdiept de vaargeul naar de kade.",
    ]
    assert len(_commitments(found[1])) == 1
    assert _commitments(found[1])[0].startswith("Rijk en provincie komen overeen")
    assert not any(a["title"] == "Havens" for a in found)


INLINE_ACTIONS = """Uitvoeringsagenda NOVEX Kop van Noord-Holland

Den Helder, 4 februari 2026

Deze agenda werkt de gebiedsagenda uit. Ze is een levend document en wordt
jaarlijks herzien in het bestuurlijk overleg.

1. Water
De polders verzilten en de duinen worden smaller.
Rijk en regio spreken af de polders tot 2040 zoetwaterbestendig te maken.

1B  Gemaal Anna Paulowna. Wat: het waterschap vervangt het gemaal. Wie: waterschap. Wanneer: 2029.
Geld: € 8 mln.

2B  Duinversterking Callantsoog. Wat: versterking van de duinvoet over twee kilometer. Wie: RWS.
Wanneer: 2030.
"""

BRACKETED_ACTIONS = """Uitvoeringsagenda NOVEX Achterhoek

Vastgesteld door de stuurgroep op 3 mei 2024.

3  Acties

Wonen

B.1.1  Woningbouw Doetinchem-Noord
De gemeente bouwt 300 woningen bij het station. (trekker: gemeente | gereed: 2027 | middelen: p.m.)

B.1.2  Stationsplein Winterswijk
De provincie herinricht het plein. (trekker: provincie | gereed: 2028 | middelen: € 1 mln)
"""


def test_inline_what_labels_make_an_action_an_agreement() -> None:
    found = [a for a in _agreements(INLINE_ACTIONS) if a["number"]]
    assert [(a["number"], a["title"]) for a in found] == [
        ("1B", "Gemaal Anna Paulowna"),
        ("2B", "Duinversterking Callantsoog"),
    ]
    assert _commitments(found[0]) == ["het waterschap vervangt het gemaal."]
    assert _commitments(found[1]) == ["versterking van de duinvoet over twee kilometer."]


def test_bracketed_labels_make_an_action_an_agreement() -> None:
    found = [a for a in _agreements(BRACKETED_ACTIONS) if a["number"]]
    assert [(a["number"], a["title"]) for a in found] == [
        ("B.1.1", "Woningbouw Doetinchem-Noord"),
        ("B.1.2", "Stationsplein Winterswijk"),
    ]
    assert _commitments(found[0]) == ["De gemeente bouwt 300 woningen bij het station."]
    assert not any(a["title"] == "Wonen" for a in _agreements(BRACKETED_ACTIONS))


MINUTES_NAMED_BELOW_THE_LETTERHEAD = """Bestuurlijk Overleg Leefomgeving Zuid
Rijk  ·  provincie Limburg  ·  provincie Noord-Brabant

Datum 2 oktober 2025
Locatie Provinciehuis, Maastricht

AFSPRAKENLIJST (concept)

1) Woningbouw Sittard
Rijk en regio spreken af de locatie Sittard-Oost versneld te ontwikkelen.

2) Rondvraag
"""

PROJECT_PAGE_WITH_SUBTITLE = """\
Rijkswaterstaat Zuid-Nederland      MIRT-projectinformatie      Bijgewerkt op 2 mei 2021

Vaarweg Maas – Julianakanaal
vervanging van de sluiskolk en de bediening op afstand vanaf het centrale bedienpunt

De sluis wordt vervangen door een bredere kolk, zodat
langere duwbakken in een keer kunnen schutten. De wachttijden
voor de beroepsvaart nemen daardoor af.

Planning
De aanbesteding start in 2023. De nieuwe sluis is naar
verwachting in 2026 in gebruik.
"""


def test_minutes_named_in_capitals_below_the_letterhead_are_an_afsprakenlijst() -> None:
    assert _json(MINUTES_NAMED_BELOW_THE_LETTERHEAD)["documents"][0]["kind"] == "afsprakenlijst"


def test_mirt_project_information_page_is_a_project_page() -> None:
    found = _json(PROJECT_PAGE_WITH_SUBTITLE)
    assert found["documents"][0]["kind"] == "mirt_project"
    assert [p["name"] for p in found["projects"]] == ["Vaarweg Maas – Julianakanaal"]


ANGLE_QUOTE_BULLETS = """AFSPRAKENLIJST BO MIRT Zuid

Datum 8 oktober 2025

1.1) Spoorlijn Eindhoven – Weert
› Rijk en regio spreken af de studie naar een extra sporen in 2026 af te ronden.
› De provincie Limburg draagt € 3 mln bij aan de studie.

1.2) Rondvraag
Geen punten.
"""


def test_single_angle_quote_is_a_bullet_glyph() -> None:
    found = _agreements(ANGLE_QUOTE_BULLETS)
    assert [a["number"] for a in found] == ["1.1"]
    assert len(_commitments(found[0])) == 2
    assert _commitments(found[0])[1].startswith("De provincie Limburg draagt")


PARTY_LEAD_IN_BULLET = """AFSPRAKENLIJST BO MIRT Noord

Datum 3 november 2025

1 – N33 Assen – Zuidbroek
  * Het Rijk en de provincie spreken af de verbreding in 2027 op te leveren.
  * De gemeente Veendam zorgt voor:
      - de aanleg van een parallelweg langs de N33;
      - een plan voor de fietsoversteek bij Zuidbroek, voor de zomer van 2026.

2 – Rondvraag
Geen punten.
"""


def test_short_party_lead_in_bullet_shares_out_its_sub_bullets() -> None:
    found = _agreements(PARTY_LEAD_IN_BULLET)
    assert [a["number"] for a in found] == ["1"]
    texts = _commitments(found[0])
    assert len(texts) == 3
    assert texts[1].startswith("de aanleg van een parallelweg")
    assert texts[2].startswith("een plan voor de fietsoversteek")


UNDATED_ON_TOP = """Ministerie van Infrastructuur en Waterstaat

Aan de Voorzitter van de Tweede Kamer der Staten-Generaal
Postbus 20018, 2500 EA Den Haag

Betreft: afdoening motie Commissiedebat MIRT 14 juni 2023

Geachte voorzitter,

In het Commissiedebat MIRT op 14 juni 2023 is een motie over de N31 aangenomen.
Hierbij informeer ik u over de uitvoering ervan; de provincie Fryslân is
daarover in overleg met Rijkswaterstaat.

De werkzaamheden aan de N31 worden in 2024 uitgevoerd.

Hoogachtend,

DE MINISTER VAN INFRASTRUCTUUR EN WATERSTAAT,

J. de Vries

2-10-2023  |  IENW/BSK-2023/1234  |  pagina 1 van 1
"""


def test_letter_without_a_date_on_top_takes_it_from_its_footer() -> None:
    assert _json(UNDATED_ON_TOP)["documents"][0]["date"] == "2023-10-02"


SEMICOLON_LABELS = """Uitvoeringsagenda NOVEX Rivierenland

Vastgesteld door de stuurgroep op 12 maart 2025, na bespreking in het BOL.

2  Acties

2.1.1  Dijkverlegging Varik
Het waterschap legt de dijk terug over een lengte van twee kilometer.
(trekker: waterschap Rivierenland; gereed: 2029)

2.1.2  Veerstoep Heerewaarden
De gemeente vernieuwt de veerstoep. (trekker: gemeente Maasdriel)
"""


def test_any_number_glyph_and_separator_of_bracketed_labels() -> None:
    found = [a for a in _agreements(SEMICOLON_LABELS) if a["number"]]
    assert [(a["number"], a["title"]) for a in found] == [
        ("2.1.1", "Dijkverlegging Varik"),
        ("2.1.2", "Veerstoep Heerewaarden"),
    ]
    assert _commitments(found[1]) == ["De gemeente vernieuwt de veerstoep."]


LABELLED_FORM_LETTERED = """RUIMTELIJK ARRANGEMENT FLEVOLAND
tussen het Rijk en de provincie Flevoland

Nr.: 3.4
Titel: Verstedelijking Lelystad-Zuid
Afspraken:
a) de provincie wijst een zoeklocatie aan voor 5.000 woningen;
b) het Rijk draagt € 12 mln bij aan de ontsluiting.
"""


def test_labelled_form_with_lettered_commitments() -> None:
    found = _agreements(LABELLED_FORM_LETTERED)
    assert [(a["number"], a["title"]) for a in found] == [("3.4", "Verstedelijking Lelystad-Zuid")]
    assert len(_commitments(found[0])) == 2
