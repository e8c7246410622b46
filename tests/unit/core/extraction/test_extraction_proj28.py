"""Project headings, phases and genre in the shapes of the twenty-eighth and twenty-ninth blind
batches, on invented wording (other places, years, numbers and works)."""

import pytest
from tests.unit.core.extraction.readouts import extracted

from ruimtemonitor.core.extraction.genres import classify
from ruimtemonitor.core.extraction.heading_forms import labelled_head, marked_title
from ruimtemonitor.core.extraction.phases import project_phase
from ruimtemonitor.core.extraction.project_labels import name_without_label


@pytest.mark.parametrize(
    ("name", "bare"),
    [
        ("Project : N418 Veldhoven - Aalst", "N418 Veldhoven - Aalst"),
        ("Project: Brug over de Linge, Leerdam", "Brug over de Linge, Leerdam"),
        ("Project 3 – Station Zwaluwen, extra perron", "Station Zwaluwen, extra perron"),
        ("Verzoek 2 – Halte Oosterwijk (Lingelijn)", "Halte Oosterwijk (Lingelijn)"),
        ("Verzoek 12 - A99 aansluiting Kleidorp", "A99 aansluiting Kleidorp"),
        ("Project Westerkade", "Westerkade"),
    ],
)
def test_a_label_word_with_its_number_or_colon_is_no_part_of_the_name(name: str, bare: str) -> None:
    assert name_without_label(name) == bare


def test_a_request_heading_stands_alone_above_its_paragraph() -> None:
    assert labelled_head("Verzoek 4 – Fietsbrug Kromme Rijn (Bunnik)")
    assert labelled_head("Project 1 – N224 rotonde Woudenberg")
    assert not labelled_head("Verzoek om een bijdrage voor de brug")


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("[ N999 Veendorp - Kleidam, rotonde Mole ]", "N999 Veendorp - Kleidam, rotonde Mole"),
        ("[Spoor Lindeloo - Breedveld]", "Spoor Lindeloo - Breedveld"),
        (">> Sluis Bergerhaven, kanaal Oost", "Sluis Bergerhaven, kanaal Oost"),
        ("» Station Hoogmade-Noord", "Station Hoogmade-Noord"),
        ("[ handtekening ]", None),
        (">> Dit is een zin.", None),
        ("Gewone regel", None),
    ],
)
def test_a_heading_in_brackets_or_after_arrows_gives_its_title(
    line: str, title: str | None
) -> None:
    assert marked_title(line) == title


MARKED = (
    "gemeente Voorbeeld\n"
    "RAADSINFORMATIEBRIEF\n"
    "onderwerp: uitkomsten BO MIRT Oost van 3 mei 2031\n\n"
    "Geachte raadsleden,\n\n"
    "Hieronder leest u wat het overleg betekent voor de projecten in onze gemeente en de\n"
    "kernen eromheen.\n\n"
    "{a}\n"
    "De planuitwerking loopt sinds 2029. De provincie draagt € 1,2 mln. bij aan de\n"
    "aanleg van de nieuwe aansluiting op de provinciale weg.\n\n"
    "{b}\n"
    "De nieuwe brug is in maart 2031 in gebruik genomen. Er zijn geen nieuwe afspraken\n"
    "gemaakt over de resterende middelen van het project.\n\n"
    "Met vriendelijke groet,\n"
)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("[ N777 Hasselo - Brink, rotonde Esweg ]", "[ Twentekanaal, brug Delden-Oost ]"),
        (">> N777 Hasselo - Brink, rotonde Esweg", ">> Twentekanaal, brug Delden-Oost"),
    ],
)
def test_marked_headings_are_projects(a: str, b: str) -> None:
    names = [p["name"] for p in extracted(MARKED.format(a=a, b=b))["projects"]]
    assert "N777 Hasselo - Brink, rotonde Esweg" in names
    assert "Twentekanaal, brug Delden-Oost" in names


REQUESTS = (
    "Gemeente Voorbeeld\n\n"
    "Aan: de minister van Infrastructuur en Waterstaat\n\n"
    "betreft: inbreng voor het BO MIRT Oost van 4 juni a.s.\n\n"
    "Geachte minister,\n\n"
    "Met deze brief vragen wij aandacht voor twee dossiers die voor onze inwoners van\n"
    "groot belang zijn.\n\n"
    "Verzoek 1 – N348 aansluiting Vorden (Ruurloseweg)\n"
    "De verkenning loopt sinds maart 2030. Wij vragen het Rijk het tekort te dekken.\n\n"
    "Verzoek 2 – Halte Brummen-Noord (Zutphenlijn)\n"
    "Wij verzoeken u het MIRT-onderzoek naar deze halte te starten; de gemeente\n"
    "draagt zelf bij aan de voorbereiding.\n\n"
    "Hoogachtend,\n"
)


def test_request_headings_are_projects_without_their_label() -> None:
    names = [p["name"] for p in extracted(REQUESTS)["projects"]]
    assert "Halte Brummen-Noord (Zutphenlijn)" in names
    assert not any(name.startswith("Verzoek") for name in names)


@pytest.mark.parametrize(
    ("credit", "work"),
    [
        (
            "I.   Een krediet van € 1,4 mln beschikbaar te stellen voor de\n"
            "     herinrichting stationsomgeving Delden, bestaande uit:\n"
            "       1e  een busstation aan de Langestraat;\n"
            "       2e  een fietsenstalling voor 300 fietsen;\n",
            "herinrichting stationsomgeving delden",
        ),
        (
            "I.   een krediet van 2,2 miljoen euro beschikbaar te stellen voor de\n"
            "     reconstructie van het Marktplein Zevenhuizen-Oost, bestaande uit:\n"
            "     i)   een nieuwe bushalte;\n"
            "     ii)  een kiss-and-ride-strook;\n",
            "reconstructie van het marktplein zevenhuizen-oost",
        ),
    ],
)
def test_a_credit_for_a_work_named_by_what_is_done_is_the_proposal_work(
    credit: str, work: str
) -> None:
    text = (
        "Gemeente Voorbeeld                    RAADSVOORSTEL\n\n"
        "Raadsvergadering: 12 juni 2031\n"
        "Onderwerp: kredietaanvraag\n\n"
        "Voorgesteld besluit\n"
        f"{credit}"
        "II.  De subsidie van de provincie als dekking in te zetten;\n"
        "III. De begrotingswijziging vast te stellen.\n\n"
        "Aanleiding\n"
        "De provincie heeft de subsidie in maart toegekend aan de gemeente voor dit werk.\n"
    )
    names = [p["name"].casefold() for p in extracted(text)["projects"]]
    assert work in names


@pytest.mark.parametrize(
    ("text", "phase"),
    [
        (
            "De gemeente heeft de rotonde bij Oosterveld-Noord in oktober 2030 opengesteld "
            "voor verkeer.",
            "opgeleverd",
        ),
        ("Op 4 juni 2031 opgeleverd. De regio houdt geld over.", "opgeleverd"),
        ("In mei 2029 opgeleverd; geen nieuwe afspraken.", "opgeleverd"),
        ("Stand : In uitvoering sinds april 2028. Oplevering volgt.", "realisatie"),
    ],
)
def test_phase_notes_with_a_time_between_or_before(text: str, phase: str) -> None:
    assert project_phase(text) == phase


def test_a_subject_beside_the_page_count_is_kept_and_read() -> None:
    text = (
        "Ministerie van Infrastructuur en Milieu        DGB\n"
        "De Voorzitter van de Tweede Kamer              Postbus 20901\n"
        "der Staten-Generaal                            2500 EX  Den Haag\n"
        "                                               Datum 2 oktober 2030\n"
        "Onderwerp: MIRT-brief najaar 2030              Pagina 1 van 3\n\n"
        "Geachte voorzitter,\n\n"
        "Hierbij informeer ik u over de inzet voor de Bestuurlijke Overleggen MIRT.\n\n"
        "                      — OOST-NEDERLAND —\n"
        "N18 Varsseveld - Enschede\n"
        "De realisatie is in 2028 gestart en het werk is in uitvoering bij de aansluitingen.\n"
    )
    assert extracted(text)["documents"][0]["kind"] == "mirt_brief"


def test_dashed_region_dividers_count_as_landsdeel_headings() -> None:
    from ruimtemonitor.core.extraction.genres import _LANDSDEEL_HEADING

    body = "— NOORD-NEDERLAND —\nx\n– Oost –\ny\n• ZUIDWEST-NEDERLAND —\n"
    assert len(_LANDSDEEL_HEADING.findall(body)) == 3
    assert classify("Gewone brief\n\nTekst.", {}) != "mirt_brief"
