"""Item shapes of the twenty-seventh blind batch, on invented text of our own.

Items numbered in roman without a dot ("I   Titel", "II  Titel") over owner-first bullets,
sub-items that repeat their item's number ("4.2.a", "4.2.b"), the header row of a table of
agreements under a chapter, a note under a table that points back to a row by its number, an
article whose formula follows a sentence of background, and a party that evaluates the
agreement itself.
"""

import pytest
from tests.unit.core.extraction.readouts import agreements, commitment_texts, extracted

pytestmark = pytest.mark.unit


def _roman_arrangement(first: str, second: str, third: str) -> str:
    return (
        "Ruimtelijk Arrangement Veenstad - Kleidorp\nOndertekend: 3 maart 2031\n\n"
        "Partijen, het Rijk, de provincie en de gemeente Veenstad, overwegen het volgende.\n\n"
        "Afspraken\n\n"
        f"I   {first}\n"
        "    ♦ Gemeente Veenstad: bouwt 900 woningen op het oude haventerrein;\n"
        "    ♦ Rijk: draagt € 7.200.000 bij uit de woningbouwimpuls;\n"
        "    ♦ Provincie: levert de bereikbaarheidsstudie uiterlijk 1 mei 2031.\n\n"
        f"II  {second}\n"
        "    ♦ Rijk: neemt de voorkeursbeslissing in het BOL van najaar 2032;\n"
        "    ♦ Provincie: reserveert EUR 0,2 mld voor de stationsomgeving.\n\n"
        f"III {third}\n"
        "    Partijen spreken af dat de gemeente het inrichtingsplan in 2032 vaststelt.\n\n"
        "Getekend te Veenstad, 3 maart 2031\n"
    )


@pytest.mark.parametrize(
    ("first", "second", "third"),
    [
        ("Havenkwartier Veenstad, Kadewijk", "Spoorlijn Veenstad - Kleidorp", "Ringweg Noord"),
        ("Stationsgebied Kleidorp", "N999 Kleidorp - Zandhoven", "Fietsroute Langs de Vaart"),
    ],
)
def test_a_bare_roman_one_opens_a_list_numbered_in_roman(
    first: str, second: str, third: str
) -> None:
    found = agreements(_roman_arrangement(first, second, third))
    by_number = {a["number"]: a for a in found}
    assert set(by_number) >= {"I", "II", "III"}
    assert by_number["I"]["title"].startswith(first[:20])
    assert [c[:12] for c in commitment_texts(by_number["I"])] == [
        "Gemeente Vee",
        "Rijk: draagt",
        "Provincie: l",
    ]


def test_a_bare_capital_i_without_a_second_item_is_no_number() -> None:
    text = _roman_arrangement("Havenkwartier", "Spoorlijn X - Y", "Ringweg").replace("II  ", "")
    text = text.replace("III ", "")
    assert "I" not in {a["number"] for a in agreements(text)}


def test_a_roman_number_without_a_dot_is_no_part_of_the_project_name() -> None:
    text = _roman_arrangement("Havenkwartier Veenstad", "Spoorlijn Veenstad - Kleidorp", "Ringweg")
    text = text.replace("III Ringweg", "III Ringweg Veenstad-Noord")
    names = [p["name"] for p in extracted(text)["projects"]]
    assert not any(name.startswith(("I ", "II ", "III ")) for name in names)
    assert any(name.startswith("Ringweg Veenstad-Noord") for name in names)


@pytest.mark.parametrize("number", ["4.2", "1.3"])
def test_sub_items_that_repeat_their_items_number_are_its_commitments(number: str) -> None:
    text = (
        "BESTUURLIJK OVERLEG MIRT OOST\nAfsprakenlijst van 12 mei 2031, Zwolle\n\n"
        f"{number[0]}. Projecten\n"
        f"{number} Sluis Kleidorp\n"
        "De verkenning is in 2029 gestart. Rijk en regio spreken af:\n"
        f"{number}.a de provincie stelt het inpassingsplan vast\n"
        "      uiterlijk Q3 2032;\n"
        f"{number}.b de kosten (EUR 40 mln) worden gelijk gedeeld;\n"
        f"{number}.c de gemeente draagt € 2,5 mln. bij uit het havenfonds.\n\n"
        "Volgend overleg: 10 november a.s.\n"
    )
    item = next(a for a in agreements(text) if a["number"] == number)
    assert [c[:22] for c in commitment_texts(item)] == [
        "de provincie stelt het",
        "de kosten (EUR 40 mln)",
        "de gemeente draagt € 2",
    ]


def _table_list(note: str) -> str:
    return (
        "BESTUURLIJK OVERLEG MIRT NOORD\nAfsprakenlijst van 9 juni 2031, Assen\n\n"
        "2. Afsprakentabel Kleidorp-Oost\n"
        "Nr.\tOnderwerp\tAfspraak\tWie\tWanneer\n"
        "2.1\tN999 Kleidorp - Zandhoven, rotonde\tprovincie gunt het werk\tProvincie\tmedio 2032\n"
        "2.2\tStation Kleidorp, fietsenstalling\tGeen afspraken\t-\t-\n"
        "2.3\tHerinrichting Kleidorp, Marktplein\tgemeente subsidieert € 1 mln.\tGemeente\t2032\n\n"
        f"{note}\n\n3. Rondvraag\nGeen vragen.\n"
    )


def test_the_header_row_of_a_table_of_agreements_makes_no_chapter_a_project() -> None:
    names = [p["name"] for p in extracted(_table_list(""))["projects"]]
    assert not any(name.startswith("Afsprakentabel") for name in names)


@pytest.mark.parametrize(
    "note",
    [
        "Toelichting bij 2.2: de stalling is in maart 2031 in gebruik genomen.",
        "Opmerking bij 2.2: de stalling is in maart 2031 opgeleverd.",
    ],
)
def test_a_note_that_points_to_a_row_by_number_gives_that_rows_phase(note: str) -> None:
    phases = {p["name"][:18]: p["phase"] for p in extracted(_table_list(note))["projects"]}
    assert phases["Station Kleidorp, "] == "opgeleverd"
    assert phases["Herinrichting Klei"] is None


def test_an_articles_commitment_starts_at_its_formula_after_background() -> None:
    text = (
        "RUIMTELIJK ARRANGEMENT ZANDHOVEN-WEST\n\nPartijen:\nhet Rijk;\nde provincie;\n\n"
        "Komen het volgende overeen:\n\n"
        "Art. 1  Ringweg Zandhoven, aansluiting West\n"
        "De planuitwerking is in 2028 gestart. Rijk en provincie komen overeen\n"
        "dat de provincie het ontwerp in 2031 vaststelt.\n\n"
        "Art. 2  Station Zandhoven\n"
        "2.1 ProRail verlengt de perrons in 2032.\n"
        "2.2 De gemeente bekostigt de stalling.\n\n"
        "Aldus overeengekomen te Zandhoven op 2 februari 2031.\n"
    )
    item = next(a for a in agreements(text) if a["number"] == "1")
    assert [c[:28] for c in commitment_texts(item)] == ["Rijk en provincie komen over"]


def _covenant(closing: str) -> str:
    return (
        "BESTUURSOVEREENKOMST HAVENFRONT KLEIDORP\n\nDe ondergetekenden:\n"
        "– de provincie, vertegenwoordigd door gedeputeerde B. Smit;\n"
        "– de gemeente Kleidorp, vertegenwoordigd door wethouder C. Bos;\n\n"
        "komen het volgende overeen:\n\n"
        "1)  Herinrichting Havenfront\n"
        "    Gemeente: legt de nieuwe kade aan in 2032;\n"
        "    Provincie: draagt € 3.100.000 bij.\n\n"
        "2)  Fietsroute Kleidorp - Zandhoven\n"
        "    Partijen spreken af dat de provincie de route in 2033 aanlegt.\n\n"
        f"3)  Evaluatie\n    {closing}\n\n"
        "Aldus overeengekomen te Kleidorp, op 8 mei 2031.\n"
    )


@pytest.mark.parametrize(
    "closing",
    [
        "De partijen evalueren deze overeenkomst uiterlijk week 12 van 2033.",
        "Gemeente en provincie herzien dit convenant in het najaar van 2034.",
    ],
)
def test_an_item_where_the_parties_act_on_the_agreement_itself_agrees_that(closing: str) -> None:
    item = next(a for a in agreements(_covenant(closing)) if a["number"] == "3")
    assert commitment_texts(item) == [closing]


def test_a_sentence_on_the_agreements_own_term_agrees_nothing() -> None:
    closing = "Deze overeenkomst loopt tot en met 31 december 2035."
    assert "3" not in {a["number"] for a in agreements(_covenant(closing))}


def test_a_formula_under_a_heading_of_other_agreements_stays_unnumbered() -> None:
    text = (
        "Ruimtelijk Arrangement Kleidorp\nOndertekend: 5 april 2031\n\n"
        "A. Woningbouw\n ▪ De gemeente bouwt 600 woningen in 2032.\n\n"
        "B. Overige afspraken\n"
        "Afspraak: Rijk en provincie bespreken de voortgang van de woningbouw jaarlijks\n"
        "in het BOL van het najaar.\n\nAldus overeengekomen,\n"
    )
    found = agreements(text)
    assert "B" not in {a["number"] for a in found}
    assert any(a["number"] is None and a["title"].startswith("Rijk en provincie") for a in found)
