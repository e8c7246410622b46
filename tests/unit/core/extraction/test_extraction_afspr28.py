"""Shapes of afsprakenlijsten of the twenty-eighth blind batch, on invented text of our own.

Items numbered with a hash ("#2  Titel") over label blocks ("Stand:", "Afspraak:"), items
that close by saying the request was turned down ("Het Rijk honoreert dit niet. Geen
afspraken."), a promise made by Rijk and regio together ("Rijk en regio zeggen toe …"), and
an action code ("K31.02  Titel") whose heading line is as long as the lines of its paragraph.
"""

import pytest
from tests.unit.core.extraction.readouts import (
    agreements,
    commitment_texts,
    extracted,
    read_project_phases,
)

from ruimtemonitor.core.extraction.phases import project_phase
from ruimtemonitor.core.extraction.unagreed_items import refused

pytestmark = pytest.mark.unit


def _hash_list(first: str, second: str, third: str, town: str) -> str:
    return (
        "Afsprakenlijst Bestuurlijk Overleg MIRT Oost\n"
        "Plaats en datum: Veenstad, do 12-03-2031\n\n"
        "#1  Opening\n"
        "    Het verslag van het vorige overleg wordt vastgesteld.\n\n"
        f"#2  {first}\n"
        "    Stand:        planuitwerking, gestart in mei 2029\n"
        f"    Afspraak:     Rijk en gemeente {town} spreken af het ontwerp in\n"
        "                  het najaar van 2031 vast te stellen.\n"
        "    Wie/wanneer:  Rijk / H2 2031\n\n"
        f"#3  {second}\n"
        "    Stand:        in uitvoering sinds juni 2030\n"
        "    Afspraak:     geen nieuwe afspraken\n\n"
        f"#4  {third}\n"
        "    Afspraak:\n"
        f"      + Gemeente {town}: bouwt 400 woningen voor eind 2033;\n"
        "      + Provincie: draagt € 1,2 mln. bij aan de ontsluiting.\n\n"
        "#5  Groen in de kernen\n"
        "    Afspraak:     de provincie honoreert het verzoek van twee miljoen\n"
        "                  euro niet; geen afspraken.\n\n"
        "#6  Rondvraag\n"
        "    Geen punten.\n"
    )


@pytest.mark.parametrize(
    ("first", "second", "third", "town"),
    [
        (
            "N999 / A98 aansluiting Kleidorp",
            "Spoorlijn Veenstad - Zandhoven, keerspoor Kleidorp",
            "Woningbouwlocatie Kleidorp-Oost",
            "Kleidorp",
        ),
        (
            "A98 knooppunt Veenhaar",
            "Vaarweg Zandhoven - Meerdorp, brug Veenhaar",
            "Woningbouwlocatie Veenhaar-Noord",
            "Veenhaar",
        ),
    ],
)
def test_hash_numbered_items_over_label_blocks(
    first: str, second: str, third: str, town: str
) -> None:
    result = extracted(_hash_list(first, second, third, town))
    by_number = {a["number"]: a for a in result["agreements"]}
    assert set(by_number) == {"2", "4"}
    assert by_number["2"]["title"] == first
    assert commitment_texts(by_number["2"])[0].startswith(f"Rijk en gemeente {town} spreken af")
    owners = [c.split(":")[0] for c in commitment_texts(by_number["4"])]
    assert owners == [f"Gemeente {town}", "Provincie"]
    names = {p["name"]: p.get("phase") for p in result["projects"]}
    assert names.get(first) == "planuitwerking"
    assert names.get(second) == "realisatie"
    assert any(name.startswith(third) for name in names)


def _ad_list(closing: str) -> str:
    return (
        "AFSPRAKENLIJST BO MIRT WEST\n"
        "gehouden op dinsdag 3 juni 2031 te Veenstad\n\n"
        "Ad 1  Opening\n"
        "De voorzitter opent het overleg.\n\n"
        "Ad 2  Ringweg Veenstad-Zuid\n"
        "Rijk en regio komen overeen:\n"
        " →  het Rijk draagt € 3 mln bij;\n"
        " →  de gemeente legt het plan voor 1 mei 2032 ter inzage.\n\n"
        "Ad 3  Station Kleidorp, fietsenstalling\n"
        "De regio vraagt het Rijk om een bijdrage van circa € 2 mln.\n"
        f"{closing}\n\n"
        "Slotafspraak\n"
        "Rijk en regio zeggen toe de voortgang van de Ringweg in elk overleg te bespreken.\n"
    )


@pytest.mark.parametrize(
    "closing",
    [
        "Het Rijk honoreert dit verzoek niet. Geen afspraken.",
        "Het Rijk ziet geen ruimte in het fonds. Geen afspraken.",
    ],
)
def test_an_item_that_turns_the_request_down_agrees_nothing(closing: str) -> None:
    found = agreements(_ad_list(closing))
    assert "3" not in {a["number"] for a in found}
    assert "2" in {a["number"] for a in found}


def test_rijk_and_regio_promising_together_agree() -> None:
    found = agreements(_ad_list("Het Rijk honoreert dit niet. Geen afspraken."))
    loose = [a for a in found if a["number"] is None]
    assert [a["title"][:30] for a in loose] == ["Rijk en regio zeggen toe de vo"]


def test_a_minister_alone_promising_is_no_agreement() -> None:
    text = _ad_list("Geen afspraken.").replace("Rijk en regio zeggen", "De minister zegt")
    assert all(a["number"] is not None for a in agreements(text))


@pytest.mark.parametrize(
    ("code", "title"),
    [
        ("K31.02", "Woningbouwlocatie Veenstad Havenkwartier (2.400 woningen)"),
        ("W7.3", "Woningbouwlocatie Kleidorp Spoorzone Noordwest (950 woningen)"),
    ],
)
def test_a_long_coded_heading_is_not_joined_to_its_paragraph(code: str, title: str) -> None:
    first, second = code.rsplit(".", 1)
    text = (
        "Afsprakenlijst BO MIRT Noord\nDatum: 4 maart 2031\n\n"
        f"{first}.{int(second) - 1:0{len(second)}d}  Fietsroute Veenstad - Kleidorp\n"
        "        + het Rijk draagt € 0,5 mln bij uit het programma Fiets;\n"
        "        + de provincie legt de route aan vóór eind 2032.\n\n"
        f"{code}  {title}\n"
        "        Afgesproken wordt dat de gemeente het bedrijventerrein transformeert en\n"
        "        vóór de zomer van 2032 het omgevingsplan vaststelt. Het Rijk stelt € 3 mln\n"
        "        beschikbaar voor de ontsluiting.\n"
    )
    result = extracted(text)
    by_number = {a["number"]: a for a in result["agreements"]}
    assert by_number[code]["title"] == title
    said = commitment_texts(by_number[code])  # the formula sentence, not its context
    assert [c[:32] for c in said] == ["Afgesproken wordt dat de gemeente"[:32]]
    assert title in {p["name"] for p in result["projects"]}
    assert "Fietsroute Veenstad - Kleidorp" in {p["name"] for p in result["projects"]}


def test_a_party_sentence_after_an_active_formula_stays_a_commitment() -> None:
    text = (
        "Afsprakenlijst BO MIRT Noord\nDatum: 4 maart 2031\n\n"
        "[1] Havenkwartier Veenstad\n"
        "    Rijk en gemeente komen overeen dat de kade voorrang krijgt in de\n"
        "    programmering. De gemeente stelt daarvoor 300.000 euro beschikbaar.\n\n"
        "[2] Spoorzone Kleidorp\n"
        "    Afgesproken wordt dat de provincie de studie in 2032 afrondt. Het Rijk stelt\n"
        "    daarvoor € 1 mln beschikbaar.\n"
    )
    by_title = {a["title"]: commitment_texts(a) for a in agreements(text)}
    assert len(by_title["Havenkwartier Veenstad"]) == 2
    assert len(by_title["Spoorzone Kleidorp"]) == 1


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("geen nieuwe afspraken", True),
        ("de gemeente honoreert de aanvraag niet; geen afspraken.", True),
        ("Het Rijk draagt € 2 mln bij; verder geen afspraken.", False),
        ("het Rijk draagt € 2 mln bij aan de brug.", False),
    ],
)
def test_a_line_that_only_says_nothing_was_agreed_is_refused(line: str, expected: bool) -> None:
    assert refused(line) is expected


def test_a_stand_label_gives_the_phase() -> None:
    assert project_phase("Stand:   in uitvoering sinds april 2030\n") == "realisatie"
    assert project_phase("Stand:   verkenning, gestart in 2029\n") == "verkenning"
    assert read_project_phases("Stand van zaken\n\nDe brug is mooi.\n") == []
