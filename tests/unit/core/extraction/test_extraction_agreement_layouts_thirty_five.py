"""Agreement layouts of the thirty-fifth blind batch: items numbered in angle brackets ("<1>")
with "--" bullets, by a region's code with the year ("ZO-31-02"), or by a roman chapter and a
dash ("I-2", "II-1"); the formulas "zijn het erover eens dat", "verbinden zich om",
"verplichten zich tot", "gaan de verplichting aan"; the closing items "Vervolg" and
"Afsluiting"; a formula sentence closed by a semicolon over its bullet; and an agenda's action
over a bracketed property line."""

import pytest
from tests.unit.core.extraction.readouts import agreements as _agreements
from tests.unit.core.extraction.readouts import commitment_texts as _commitments

from ruimtemonitor.core.extraction.enumerated_runs import run_headings
from ruimtemonitor.core.extraction.patterns import BULLET_GLYPH, agreement_formulas, is_structural

pytestmark = pytest.mark.unit


ANGLE_ITEMS = """RUIMTELIJK ARRANGEMENT VEENDAM-WEST
tussen het Rijk, de provincie Kleiland en de gemeente Veenhaven

Partijen,
gelet op de uitkomsten van het BO MIRT Noord van 3 november 2031,
verklaren het volgende te zijn overeengekomen:

<1>  Vaarweg Veenhaven - Kleidorp, verdieping
     De verkenning loopt sinds mei 2031.
     -- het Rijk draagt € 31 mln bij aan de verdieping;
     -- de provincie neemt het voorkeursalternatief vóór 1 maart 2032.

<2>  Stationsplein Veenhaven
     Het plein is sinds juni 2030 in uitvoering. Partijen leggen
     geen nieuwe afspraken vast.

<3>  Woningbouw Veenhaven, Kanaalzone-Oost (2.300 woningen)
     Partijen verbinden zich om de eerste woningen in 2034 op te leveren;
     het Rijk draagt € 4,1 mln bij.

<4>  Groene verbinding Kleidorp - Veenmeer
     -- de provincie en het waterschap dragen elk € 2 mln bij;
     -- de verbinding is gereed in 2035.

Aldus overeengekomen te Veenhaven op 12 december 2031.
"""


def test_angle_bracket_items_with_doubled_hyphen_bullets_are_agreements() -> None:
    found = _agreements(ANGLE_ITEMS)
    assert [a["number"] for a in found] == ["1", "3", "4"]
    assert found[0]["title"] == "Vaarweg Veenhaven - Kleidorp, verdieping"
    assert _commitments(found[0]) == [
        "het Rijk draagt € 31 mln bij aan de verdieping;",
        "de provincie neemt het voorkeursalternatief vóór 1 maart 2032.",
    ]
    # the long title line is not glued onto the formula sentence under it
    assert found[1]["title"].startswith("Woningbouw Veenhaven, Kanaalzone-Oost")
    assert _commitments(found[1])[0].startswith("Partijen verbinden zich om de eerste")
    assert _commitments(found[2])[1] == "de verbinding is gereed in 2035."


def test_angle_bracket_numbers_make_a_run() -> None:
    lines = ["<1>  Haven Oost", "tekst", "<2>  Kade West", "<3>  Dijk Noord"]
    assert run_headings(lines) == {
        0: ("1", "Haven Oost"),
        2: ("2", "Kade West"),
        3: ("3", "Dijk Noord"),
    }
    assert run_headings(["<2>  Haven Oost"]) == {}  # a lone number in brackets heads nothing


REGION_YEAR_ITEMS = """Afsprakenlijst BO MIRT Zuid-Oost, 14 november 2031

ZO-31-01  Verslag vorig overleg
Het verslag van het BO MIRT van 6 juni 2031 wordt vastgesteld.

ZO-31-02  Woningbouw Kleidorp, Heideveld-Noord en Heideveld-Zuid (2.100 woningen)
Rijk en regio maken de afspraak dat BZK € 7,3 mln bijdraagt en dat de gemeente
de eerste fase in 2033 start.

ZO-31-03  Sluis Veenmeer
De bouw is sinds maart 2030 in uitvoering. Geen nieuwe afspraken.

ZO-31-04  Netcongestie Kleiland-Zuid
Rijk en regio maken de afspraak dat de netbeheerder per 1 mei 2032 een wachtrij hanteert.
"""


def test_region_year_codes_head_items_whose_long_title_stays_apart() -> None:
    found = _agreements(REGION_YEAR_ITEMS)
    assert [a["number"] for a in found] == ["ZO-31-02", "ZO-31-04"]
    assert found[0]["title"].startswith("Woningbouw Kleidorp, Heideveld-Noord")
    assert _commitments(found[0])[0].startswith("Rijk en regio maken de afspraak dat BZK")
    assert is_structural("ZO-31-02  Woningbouw Kleidorp")


ROMAN_DASH_ITEMS = """AFSPRAKENLIJST BO MIRT OOST, 20 november 2031

I   VEENSTREEK

I-1 N77 Veenhaven - Kleidorp
Rijk en regio maken de afspraak dat:
 • het Rijk € 12 mln bijdraagt;
 • de provincie het inpassingsplan in 2032 vaststelt.

I-2 Werkgeversaanpak Veenstreek
Partijen zijn het erover eens dat de aanpak tot 2034 doorloopt.

II  AFSLUITING

II-1 Vervolg
Het volgende BO MIRT Oost vindt plaats in het voorjaar van 2032. De regio levert de
onderbouwing van I-1 aan vóór 1 februari 2032.
"""


def test_roman_dash_items_and_a_closing_vervolg_item() -> None:
    found = _agreements(ROMAN_DASH_ITEMS)
    assert [a["number"] for a in found] == ["I-1", "I-2"]
    assert _commitments(found[1]) == [
        "Partijen zijn het erover eens dat de aanpak tot 2034 doorloopt."
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Partijen zijn het erover eens dat de studie in 2032 start.",
        "Rijk en provincie zijn het er over eens dat de kosten worden gedeeld.",
        "De gemeenten verbinden zich om de plannen vóór 2033 vast te stellen.",
        "Rijk en regio verplichten zich tot een gezamenlijke aanpak.",
        "Provincie en gemeente gaan de verplichting aan om 400 woningen te bouwen.",
    ],
)
def test_binding_formulas(sentence: str) -> None:
    assert agreement_formulas(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Partijen zijn het niet eens geworden over de bijdrage.",
        "De wegen verbinden de kernen met de stad.",
    ],
)
def test_no_binding_formula(sentence: str) -> None:
    assert not agreement_formulas(sentence)


LETTERED_MINUTES = """Bestuurlijk Overleg MIRT Noord
AFSPRAKENLIJST van het overleg op 2031-11-13, Veenhaven

a) Vaarweg Veenmeer, bruggen
Partijen zijn het erover eens dat het Rijk € 600 duizend bijdraagt.

b) Netwerkanalyse Veenstreek
Partijen zijn het erover eens dat de analyse in het voorjaar van 2032 wordt besproken.

c) Afsluiting
 ❖ Het volgende BO MIRT Noord vindt plaats op 4 juni 2032 in Kleidorp.
 ❖ De minister zegt toe de Kamer vóór de zomer te informeren.
"""


def test_erover_eens_items_agree_and_afsluiting_does_not() -> None:
    found = _agreements(LETTERED_MINUTES)
    assert [a["number"] for a in found] == ["a", "b"]


BOL_MINUTES = """**Afsprakenlijst BOL Kleiland**

**Datum:** 9 maart 2031

Onderwerp 1  Opening
De voorzitter opent het overleg.

Onderwerp 2  Woningbouw Kleidorp, Zuiderhaven (900 woningen)
Rijk en gemeente gaan de verplichting aan om de eerste 300 woningen in 2033
op te leveren; BZK draagt € 6 mln bij.

Onderwerp 3  Vervolg
 √ Het volgende BOL vindt plaats in oktober.
 √ De provincie stuurt de agenda na de zomer rond.
"""


def test_a_vervolg_item_of_bullets_is_no_agreement() -> None:
    found = _agreements(BOL_MINUTES)
    assert [a["number"] for a in found] == ["2"]


SEMICOLON_FORMULA = """AFSPRAKENLIJST BO MIRT West, 10 juni 2031

(1) Verslag
Het verslag wordt ongewijzigd vastgesteld.

(2) Programma Slim Reizen Kleidorp
Rijk en regio komen overeen dat het programma tot eind 2033 doorloopt;
 ► IenW en de vervoerregio dragen elk € 300.000 per jaar bij.

(3) Rondvraag
 ► Het volgende BO MIRT vindt plaats op 3 december 2031.
"""


def test_formula_closed_by_a_semicolon_runs_on_in_its_bullet() -> None:
    found = _agreements(SEMICOLON_FORMULA)
    agreed = [a for a in found if a["title"].startswith("Programma Slim Reizen")]
    assert len(agreed) == 1
    assert _commitments(agreed[0]) == [
        "Rijk en regio komen overeen dat het programma tot eind 2033 doorloopt;",
        "IenW en de vervoerregio dragen elk € 300.000 per jaar bij.",
    ]


AGENDA_ACTIONS = """UITVOERINGSAGENDA NOVEX-GEBIED VEENSTREEK
Datum: 4 december 2031

Thema I — Wonen
  Actie 1a  Woningbouw Kleidorp, Molenveld (700 woningen)
  De gemeente start de eerste fase in 2032.
  [gemeente Kleidorp · 2032 · € 3 mln]

Thema II — Natuur
  Actie 2a  Natuurverbinding Veenmeer
  De aanleg is sinds 2030 in uitvoering en wordt afgerond in 2033.
  [provincie Kleiland · 2033 · € 4,5 mln]

  Actie 2b  Veenweide Kleidorp
  Het Rijk financiert de begeleiding van 80 boeren.
  [LVVN | doorlopend | € 0,5 miljoen per jaar]
"""


def test_an_action_over_a_bracketed_property_line_is_agreed() -> None:
    found = _agreements(AGENDA_ACTIONS)
    numbers = [a["number"] for a in found]
    assert "2a" in numbers
    action = found[numbers.index("2a")]
    assert action["title"] == "Natuurverbinding Veenmeer"
    assert _commitments(action)[0].startswith("De aanleg is sinds 2030 in uitvoering")


ANNOUNCED_ARTICLES = """RUIMTELIJK ARRANGEMENT KLEIDORP-OOST

Aanleiding: de gemeenten hebben de gebiedsagenda vastgesteld. De partijen verplichten zich
tot het volgende.

AFSPRAAK 1: Spoor Kleidorp - Veenhaven, capaciteit
  ➔ IenW draagt € 5 mln bij aan de verkenning;
  ➔ de provincie stelt de scope vast in 2032.
"""


def test_verplichten_zich_tot_het_volgende_only_announces() -> None:
    found = _agreements(ANNOUNCED_ARTICLES)
    assert not any(a["title"].startswith("De partijen verplichten") for a in found)


@pytest.mark.parametrize(
    ("line", "bullet"),
    [
        ("-- de provincie stelt het plan vast;", True),
        ("--  LNV draagt € 2 mln bij.", True),
        ("-- Uitvoeringsagenda Veenstreek – blz. 2 --", False),  # a page footer between dashes
        ("--", False),
    ],
)
def test_doubled_hyphen_bullets(line: str, bullet: bool) -> None:
    assert bool(BULLET_GLYPH.match(line)) is bullet


def test_one_party_that_is_agreed_speaks_a_formula() -> None:
    from ruimtemonitor.core.extraction.patterns import AGREEMENT_FORMULA

    assert AGREEMENT_FORMULA.search("De provincie is het erover eens dat de brug wordt vernieuwd.")
    assert AGREEMENT_FORMULA.search("Partijen zijn het erover eens dat de sluis blijft.")
