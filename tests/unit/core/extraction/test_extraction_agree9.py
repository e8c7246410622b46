"""Agreements and genres of the twenty-sixth batch: layouts it brought, on invented wording."""

import pytest
from tests.unit.core.extraction.readouts import agreements, commitment_texts, extracted

pytestmark = pytest.mark.unit


def _read(text: str) -> list[tuple[str | None, str, list[str]]]:
    return [
        (a["number"], a["title"][:24], [c[:24] for c in commitment_texts(a)])
        for a in agreements(text)
    ]


def _kinds(text: str) -> list[str]:
    return [d["kind"] for d in extracted(text)["documents"]]


@pytest.mark.parametrize(("first", "second"), [("1°", "2°"), ("(i)", "(ii)")])
def test_each_marked_line_after_verbinden_zich_tot_is_a_commitment(first: str, second: str) -> None:
    text = (
        "RUIMTELIJK ARRANGEMENT\nPolderrand Oosterwijde (Westerkamp - Dalerveen)\n\n"
        "De ondergetekenden:\nde Minister van Infrastructuur en Waterstaat, hierna: het Rijk;\n"
        "Gedeputeerde Staten van de provincie Voorbeeldland, hierna: de provincie;\n\n"
        "komen het volgende overeen.\n\n"
        "Artikel 1  Verlegging N977, aansluiting Dalerveen\n"
        "De partijen verbinden zich tot:\n"
        f"{first} het samen ontwerpen van de nieuwe aansluiting op de N977,\n"
        "   met een raming van € 17 mln;\n"
        f"{second} het vaststellen van het inpassingsplan uiterlijk 30 juni 2033.\n\n"
        "Artikel 2  Woningbouwlocatie Westerkamp, De Breede\n"
        "De partijen verbinden zich tot:\n"
        f"{first} het bouwen van 620 woningen, uiterlijk in 2036;\n"
        f"{second} het afstemmen van de fietsroute met artikel 1.\n\n"
        "Aldus overeengekomen en ondertekend te Dalerveen op 3 mei 2032.\n"
    )
    read = _read(text)
    assert [number for number, _, _ in read] == ["1", "2"]
    assert read[0][2] == ["het samen ontwerpen van ", "het vaststellen van het "]
    assert read[1][2] == ["het bouwen van 620 wonin", "het afstemmen van de fie"]


@pytest.mark.parametrize("dash", ["‒", "–"])
def test_figure_dash_bullets_are_commitments(dash: str) -> None:
    text = (
        "Ruimtelijk Arrangement Kustzone Noorderhoek\n\n"
        "Partijen: de Staat der Nederlanden, de provincie Voorbeeldland en de gemeente\n"
        "Zandwijk.\n\n"
        "(a)  Haven Noorderhoek, kade\n"
        "     De partijen verbinden zich tot:\n"
        "     (i)  het herstellen van de kade vóór 1 maart 2035;\n"
        "     (ii) het reserveren van € 2 mln voor de kade.\n\n"
        "(b)  Station Zandwijk, fietsenstalling\n"
        f"     {dash} de gemeente en ProRail maken een ontwerp in het 3e kwartaal 2034;\n"
        f"     {dash} de kosten worden geraamd tussen € 3 en € 5 mln.\n\n"
        "Ondertekend te Zandwijk op 1 februari 2033.\n"
    )
    read = _read(text)
    assert [number for number, _, _ in read] == ["a", "b"]
    assert read[0][2] == ["het herstellen van de ka", "het reserveren van € 2 m"]
    assert read[1][2] == ["de gemeente en ProRail m", "de kosten worden geraamd"]


@pytest.mark.parametrize(
    "refusal",
    [
        "is besproken maar niet overeengekomen.",
        "is gevraagd maar niet toegekend.",
        "wordt niet toegezegd.",
    ],
)
def test_a_line_not_agreed_is_no_commitment_and_alone_no_agreement(refusal: str) -> None:
    text = (
        "AFSPRAKENLIJST BO MIRT OOST\n30 oktober 2031, Voorbeeldstad\n\n"
        "Afspraak B.1  N935 Heiveld - Rodam, aansluiting Heiveld-Zuid\n"
        "   De verkenning is in 2030 gestart en loopt.\n"
        "   Rijk en regio spreken af dat de voorkeursbeslissing eind 2032 wordt genomen.\n"
        f"   ✗  Een extra rijksbijdrage van € 8 mln {refusal}\n"
        "Afspraak B.2  Recreatieplas Heiveld\n"
        f"   ✗  Een compensatie voor de ondernemers (ca. 0,4 mln euro) {refusal}\n"
        "Afspraak B.3  Kanaal Rodam, kademuren\n"
        "   ◦ Rijkswaterstaat herstelt de kademuren in 2e helft 2032;\n"
        "   ◦ de provincie draagt € 1,5 mln bij.\n"
    )
    read = _read(text)
    assert [number for number, _, _ in read] == ["B.1", "B.3"]
    assert read[0][2] == ["Rijk en regio spreken af"]


def test_afsprakenlijst_alone_on_a_line_below_a_long_head_names_the_minutes() -> None:
    text = (
        "BESTUURLIJK OVERLEG LEEFOMGEVING NOORD\nDeelsessie Voorbeeldland\n\n"
        "Ministerie van BZK ‒ Ministerie van IenW ‒ Provincie Voorbeeldland ‒\n"
        "gemeenten Oostrade, Westrade en Heiveld\n"
        "Videoverbinding, 12 mei 2031\n\n"
        "Afsprakenlijst\n\n"
        "1. Bereikbaarheid\n"
        "1.a  N935 Oostrade - Westrade\n"
        "Afgesproken wordt dat de provincie de rotonde uiterlijk eind 2032 aanbesteedt.\n"
    )
    assert _kinds(text) == ["afsprakenlijst"]


@pytest.mark.parametrize(
    "sending",
    [
        "Hierbij ontvangt u de afsprakenlijst van het BO MIRT Oost van 2 juni 2032.",
        "Bijgaand treft u het verslag van het BOL Zuid van 14 mei 2030 aan.",
        "Hierbij sturen wij u de besluitenlijst van het overleg van 3 maart 2031.",
    ],
)
def test_a_cover_letter_sending_the_minutes_is_other(sending: str) -> None:
    text = (
        "Provincie Voorbeeldland\nPostbus 101, 9999 ZZ Voorbeeldstad\n\n"
        "Aan de deelnemers van het bestuurlijk overleg\n\n"
        "Datum       : 20 juni 2032\n"
        "Onderwerp   : afsprakenlijst van het overleg\n\n"
        "Geachte heer, mevrouw,\n\n"
        f"{sending} Opmerkingen kunt u aan het secretariaat melden.\n\n"
        "Met vriendelijke groet,\nhet secretariaat\n"
    )
    assert _kinds(text) == ["other"]


@pytest.mark.parametrize(
    "head",
    [
        "Regio Westkwartier\nRegionaal Bestuurlijk Overleg Verkeer\n\nVERSLAG\n",
        "Verslag regionaal overleg Mobiliteit Oostrand\n\n",
    ],
)
def test_minutes_of_a_regional_meeting_agree_nothing(head: str) -> None:
    text = (
        f"{head}"
        "Datum vergadering : 9 oktober 2030\n"
        "Aanwezig          : wethouders van Heiveld, Rodam en Oostrade\n\n"
        "Punt 1  Opening en mededelingen\n"
        "De voorzitter opent de vergadering.\n\n"
        "Punt 2  N935 Heiveld - Rodam, rotonde\n"
        "De verkenning loopt sinds 2029. De regio besluit een gezamenlijke reactie in te\n"
        "dienen vóór 1 december 2030. De kosten deelt de regio met de provincie.\n\n"
        "Volgende vergadering: 12 februari 2031.\n"
    )
    assert extracted(text)["documents"][0]["kind"] == "other"
    assert agreements(text) == []


@pytest.mark.parametrize(("first", "second"), [("4", "5"), ("11", "12")])
def test_agendapunt_besluit_table_rows_with_number_and_title_in_one_cell(
    first: str, second: str
) -> None:
    text = (
        "BESTUURLIJK OVERLEG MIRT OOST\n"
        "Besluitenlijst van het overleg van 3 juli 2031, Voorbeeldstad\n\n"
        "Agendapunt | Besluit | Actiehouder | Datum\n"
        "1. Opening | De voorzitter opent het overleg. | - | -\n"
        "2. Verslag vorig overleg | Partijen spreken af het verslag van het BO MIRT van"
        " 4 december 2030 vast te stellen. | secretariaat | -\n"
        f"{first}. N912 Oostrade - Westrade | De verkenning loopt. Rijk en regio spreken af de"
        " bijdrage met € 2.5 mln te verhogen. | provincie | 1 mrt. 2032\n"
        f"{second}. A44 Heiveld | De weg is in mei 2031 opengesteld. Geen afspraken. | - | -\n"
    )
    read = _read(text)
    assert [(number, title) for number, title, _ in read] == [
        ("2", "Verslag vorig overleg"),
        (first, "N912 Oostrade - Westrade"),
    ]
    assert read[0][2] == ["Partijen spreken af het "]
    assert read[1][2] == ["Rijk en regio spreken af"]


def test_agendapunt_row_without_formula_gives_its_first_sentence() -> None:
    text = (
        "BESTUURLIJK OVERLEG MIRT ZUID\n"
        "Besluitenlijst van het overleg van 8 oktober 2030, Voorbeeldstad\n\n"
        "Agendapunt | Besluit | Actiehouder | Datum\n"
        "3. Station Rodam, extra perron | ProRail onderzoekt drie varianten; de kosten liggen"
        " tussen € 12 en € 19 mln. Partijen besluiten de keuze in het volgende overleg te"
        " maken. | ProRail | 2e helft 2031\n"
    )
    read = _read(text)
    assert read == [("3", "Station Rodam, extra per", ["ProRail onderzoekt drie "])]
