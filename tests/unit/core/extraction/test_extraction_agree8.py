"""Agreements of the twenty-fifth batch: layouts it brought, on invented wording."""

import pytest
from tests.unit.core.extraction.readouts import agreements, commitment_texts, extracted

pytestmark = pytest.mark.unit


def _read(text: str) -> list[tuple[str | None, str, list[str]]]:
    return [
        (a["number"], a["title"][:24], [c[:24] for c in commitment_texts(a)])
        for a in agreements(text)
    ]


def _names(text: str) -> list[str]:
    return [p["name"] for p in extracted(text)["projects"]]


@pytest.mark.parametrize(
    ("first", "second", "bullet"),
    [("I", "II", "□"), ("III", "IV", "-"), ("V", "VI", "•")],
)
def test_items_lettered_under_roman_chapters_are_the_agreements(
    first: str, second: str, bullet: str
) -> None:
    text = (
        "AFSPRAKENLIJST BESTUURLIJK OVERLEG LEEFOMGEVING OOST\n"
        "Bestuurlijk Overleg Leefomgeving Oost, dinsdag 9 oktober 2029, Voorbeeldstad\n\n"
        f"{first}.    OPENING\n"
        f"{first}.a   Het verslag van het BOL Oost van 2 april 2029 wordt vastgesteld.\n\n"
        f"{second}.   MOBILITEIT\n"
        f"{second}.a  Tramlijn Havenkwartier, halte Zuidpark\n"
        "      De planstudie is in 2028 afgerond.\n"
        "      Rijk en regio spreken af:\n"
        f"      {bullet} de gemeente Voorbeeldstad start de aanbesteding in 2030;\n"
        f"      {bullet} het Rijk draagt EUR 14 mln bij aan de halte.\n"
        f"{second}.b  N912 Kanaaldijk - Westrade, rotonde\n"
        "      De provincie en de gemeente Westrade komen overeen dat de rotonde\n"
        "      uiterlijk eind 2031 klaar is.\n"
        f"{second}.c  A44 Oostrade\n"
        "      De weg is sinds 2021 opengesteld. Geen nieuwe afspraken.\n"
    )
    read = _read(text)
    assert [number for number, _, _ in read] == [f"{second}.a", f"{second}.b"]
    assert read[0][1] == "Tramlijn Havenkwartier, "
    assert read[0][2] == ["de gemeente Voorbeeldsta", "het Rijk draagt EUR 14 m"]
    assert read[1][2] == ["De provincie en de gemee"]
    names = _names(text)
    assert "Tramlijn Havenkwartier, halte Zuidpark" in names
    assert "N912 Kanaaldijk - Westrade, rotonde" in names
    assert not any(name.startswith(second) for name in names)


@pytest.mark.parametrize(("group", "after"), [("4", "5"), ("2", "3"), ("7", "8")])
def test_lettered_sub_items_under_a_grouping_item_are_the_agreements(
    group: str, after: str
) -> None:
    text = (
        "Afsprakenlijst Bestuurlijk Overleg MIRT Voorbeeldland\n"
        "12 mei 2031, Voorbeeldstad, Provinciehuis\n\n"
        "1.  Opening en mededelingen\n"
        "    De voorzitter opent het overleg.\n\n"
        f"{group}.  Bereikbaarheid Kanaalzone\n"
        "    a.  Busstation Westrade, overkapping\n"
        "        Het busstation is in maart 2029 in gebruik genomen. Geen afspraken.\n"
        "    b.  N618 Oosthaven - Westrade, doorstroming\n"
        "        De planstudie is afgerond. Rijk en regio spreken af:\n"
        "        > de provincie start in 2032 een verkenning;\n"
        "        > het Rijk draagt 4 miljoen euro bij aan de verkenning.\n"
        "    c.  Fietsroute Oosthaven - Duinrade\n"
        "        De gemeenten komen overeen dat de route uiterlijk eind 2033 klaar is.\n\n"
        f"{after}.  Rondvraag\n"
        "    Er zijn geen vragen.\n"
    )
    read = _read(text)
    assert [number for number, _, _ in read] == ["b", "c"]
    assert read[0][1] == "N618 Oosthaven - Westrad"
    assert read[0][2] == ["de provincie start in 20", "het Rijk draagt 4 miljoe"]
    assert read[1][2] == ["De gemeenten komen overe"]
    names = _names(text)
    assert "N618 Oosthaven - Westrade, doorstroming" in names
    assert "Fietsroute Oosthaven - Duinrade" in names
    assert "Bereikbaarheid Kanaalzone" not in names


def test_a_list_of_short_lettered_lines_under_an_item_is_no_run_of_sub_items() -> None:
    text = (
        "Afsprakenlijst Bestuurlijk Overleg MIRT Voorbeeldland\n"
        "12 mei 2031, Voorbeeldstad, Provinciehuis\n\n"
        "2.  Verbreding A61 Oostrade - Westrade\n"
        "    a.  Tracé Noord\n"
        "    b.  Tracé Zuid\n"
        "    Rijk en regio spreken af dat Rijkswaterstaat beide tracés uitwerkt.\n"
    )
    assert [number for number, _, _ in _read(text)] == ["2"]


@pytest.mark.parametrize("arrow", [">", "> "])
def test_arrows_before_a_lower_case_word_are_bullets(arrow: str) -> None:
    text = (
        "Afsprakenlijst Bestuurlijk Overleg MIRT Voorbeeldland\n"
        "3 juni 2030, Voorbeeldstad\n\n"
        "3.  A61 Oostrade, aansluiting Westrade\n"
        "    De planuitwerking loopt. Partijen spreken af:\n"
        f"    {arrow} Rijkswaterstaat legt het ontwerp voor de zomer van 2031\n"
        "      ter inzage;\n"
        f"    {arrow} de gemeente Westrade draagt € 2,4 mln bij aan de tunnel.\n"
    )
    read = _read(text)
    assert read[0][2] == ["Rijkswaterstaat legt het", "de gemeente Westrade dra"]


@pytest.mark.parametrize(("open_", "close"), [("[", "]"), ("(", ")"), ("", ".")])
def test_actie_lines_under_an_item_are_commitments_beside_its_formula(
    open_: str, close: str
) -> None:
    text = (
        "BESTUURLIJK OVERLEG MIRT OOST-NEDERLAND\nAfsprakenlijst\n\n"
        "Datum: 14-6-2029                              Locatie: Voorbeeldstad\n\n"
        f"{open_}1{close} Opening\n"
        "Het verslag van het vorige overleg wordt vastgesteld.\n\n"
        f"{open_}2{close} N733 Oostrade - Westrade, verdubbeling\n"
        "De planstudie loopt sinds maart 2029. Rijk en regio spreken af dat de\n"
        "planstudie wordt voortgezet binnen een budget van € 0,3 mld.\n"
        "   Actie:    ontwerp uitwerken en met de gemeenten\n"
        "             afstemmen\n"
        "   Wie:      provincie Voorbeeldland\n"
        "   Wanneer:  het derde kwartaal van 2030\n\n"
        f"{open_}3{close} Tramlijn Havenkwartier, frequentie\n"
        "Afgesproken wordt dat de gemeente 8 miljoen euro bijdraagt aan de lijn.\n"
        "   Actie:    bestuursovereenkomst opstellen\n"
        "   Wie:      gemeente Voorbeeldstad\n"
        "   Wanneer:  dit najaar\n"
        "   Actie:    bijdrage van € 2 mln vastleggen\n"
        "   Wie:      IenW\n"
        "   Wanneer:  1-3-2030\n"
    )
    read = _read(text)
    assert [number for number, _, _ in read] == ["2", "3"]
    assert read[0][2] == ["Rijk en regio spreken af", "ontwerp uitwerken en met"]
    assert read[1][2] == [
        "Afgesproken wordt dat de",
        "bestuursovereenkomst ops",
        "bijdrage van € 2 mln vas",
    ]
    assert "ontwerp uitwerken en met de gemeenten afstemmen" in commitment_texts(
        agreements(text)[0]
    )


@pytest.mark.parametrize(
    ("opening", "background"),
    [
        ("Opening en verslag", "Bereikbaarheid Kustzone (achtergrond)"),
        ("Opening", "Verstedelijking Oostrand"),
        ("Mededelingen", "Busvervoer Westrade"),
    ],
)
def test_afspraak_headings_over_an_adopted_verslag_or_closed_by_no_agreements_agree_nothing(
    opening: str, background: str
) -> None:
    text = (
        "AFSPRAKENLIJST BESTUURLIJK OVERLEG MIRT OOST-NEDERLAND\n"
        "dinsdag 4 november 2031, Voorbeeldstad, Provinciehuis\n\n"
        f"Afspraak 1: {opening}\n"
        "Het verslag van het BO MIRT Oost van 3 juni 2031 wordt ongewijzigd\n"
        "vastgesteld. De voorzitter heet de nieuwe wethouder welkom.\n\n"
        "Afspraak 2: N848 Oostrade - Westrade\n"
        "De planstudie loopt. Rijk en regio spreken af:\n"
        " * het Rijk draagt EUR 2,1 mln. bij aan de rotonde;\n"
        " * de provincie start de aanbesteding na de zomer.\n\n"
        f"Afspraak 3: {background}\n"
        "In 2027 is een gebiedsagenda opgesteld; de daarin gemaakte afspraken\n"
        "over het busvervoer zijn uitgevoerd. Geen afspraken.\n\n"
        "Afspraak 4: Rondvraag\n"
        "Er zijn geen vragen.\n"
    )
    assert [number for number, _, _ in _read(text)] == ["2"]


@pytest.mark.parametrize(
    "heading",
    [
        "Regionale Energiestrategie Westkust",
        "Verstedelijkingsstrategie Kanaalzone",
        "RES Oostrand, concept",
    ],
)
def test_a_strategy_taken_note_of_is_no_project(heading: str) -> None:
    text = (
        "AFSPRAKENLIJST BESTUURLIJK OVERLEG LEEFOMGEVING OOST\n"
        "dinsdag 4 november 2031, Voorbeeldstad\n\n"
        "1     Bereikbaarheid\n"
        "1.1   N848 Oostrade - Westrade, reconstructie\n"
        "De planuitwerking loopt. Rijk en regio spreken af:\n"
        "· de provincie rondt de planuitwerking uiterlijk Q2 2033 af;\n"
        "· het Rijk draagt € 3,5 mln bij aan de fietstunnel.\n\n"
        f"1.2   {heading}\n"
        "De regio presenteert de strategie. Het BOL neemt hiervan kennis.\n"
    )
    names = _names(text)
    assert "N848 Oostrade - Westrade, reconstructie" in names
    assert not any(name.startswith(heading.split()[0]) for name in names)
