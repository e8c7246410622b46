"""Projects in genre conventions of the sixth blind batch: area developments, train services,
themes and progress headings that are no projects, a phase the project moves into."""

import pytest

from ruimtemonitor.core.extraction import extract_text
from ruimtemonitor.core.extraction.phases import stated_phase


def _projects(text: str) -> list[tuple[str, str | None]]:
    return [(p["name"], p["phase"]) for p in extract_text(text).to_json()["projects"]]


def _names(text: str) -> list[str]:
    return [name for name, _ in _projects(text)]


_ARRANGEMENT = (
    "Ruimtelijk Arrangement Drenthe 2025\ntussen het Rijk en de provincie Drenthe\n\n"
    "1. Inleiding\nDit arrangement bevat de afspraken over de opgaven in Drenthe.\n\n"
    "2. Wonen\n\n"
)


def test_an_area_development_and_housing_between_two_places_are_projects() -> None:
    text = _ARRANGEMENT + (
        "Afspraak 2.1 Herontwikkeling Emmen Centrum\n"
        "Soort afspraak: uitvoeringsafspraak\n"
        "  ❖ Het Rijk reserveert € 8 mln. voor de sloop van de oude winkelstrip.\n\n"
        "Afspraak 2.2 Woningbouw Assen-Peelo\n"
        "Soort afspraak: uitvoeringsafspraak\n"
        "  ❖ De gemeente bouwt tot 2030 ten minste 900 woningen.\n\n"
        "Afspraak 2.3 Zoetwater Drentse-Aa\n"
        "Soort afspraak: onderzoeksafspraak\n"
        "  ❖ Het waterschap onderzoekt in 2026 de aanvoer in droge zomers.\n"
    )
    assert _names(text) == ["Herontwikkeling Emmen Centrum", "Woningbouw Assen-Peelo"]


def test_housing_in_a_province_named_with_a_compass_word_is_a_theme() -> None:
    text = _ARRANGEMENT + (
        "Afspraak 2.1 Woningbouw Zuid-Drenthe\n"
        "Soort afspraak: uitvoeringsafspraak\n"
        "  ❖ De provincie bouwt tot 2030 ten minste 900 woningen.\n"
    )
    assert _names(text) == []


def test_a_train_service_is_a_project_a_progress_heading_is_not() -> None:
    text = (
        "Afsprakenlijst Bestuurlijk Overleg MIRT Noord\nGroningen, 3 november 2023\n\n"
        "1. Intercity Groningen - Leeuwarden\n"
        "Rijk en regio spreken af dat de dienst vanaf december 2025 elk half uur rijdt.\n\n"
        "2. Sprinter Assen - Zuidhorn\n"
        "De provincie draagt € 4 mln. bij aan de extra treinen.\n\n"
        "3. Voortgang woondeals Noord\n"
        "De woondeals liggen op koers; dit punt bevat geen nieuwe afspraken.\n"
    )
    assert _names(text) == ["Intercity Groningen - Leeuwarden", "Sprinter Assen - Zuidhorn"]


@pytest.mark.parametrize(
    ("sentence", "phase"),
    [
        ("Het project gaat van de verkenning naar de planuitwerking.", "planuitwerking"),
        ("De weg is daarmee van het onderzoek naar de verkenningsfase gegaan.", "verkenning"),
    ],
)
def test_the_phase_a_project_moves_into_is_its_phase_now(sentence: str, phase: str) -> None:
    assert stated_phase(sentence) == phase


def test_a_place_and_its_areas_in_a_row_are_one_area_development() -> None:
    text = (
        "Afsprakenlijst Bestuurlijk Overleg Leefomgeving Noord\nAssen, 2 juni 2025\n\n"
        "1  WONEN\n\n"
        "1.1 Emmen, Centrumgebied en Spoorzone\n"
        "    • De gemeente Emmen werkt voor 1 maart 2026 een ontwikkelplan uit.\n"
        "    • Het Rijk draagt € 2 mln. bij aan de proceskosten.\n\n"
        "1.2 Waterstof en de Eemshaven\n"
        "    • De provincie onderzoekt in 2026 de vraag naar waterstof.\n"
    )
    assert _names(text) == ["Emmen, Centrumgebied en Spoorzone"]


def test_a_region_heading_right_under_a_repeated_side_column_opens_its_projects() -> None:
    text = (
        "Datum 3 december 2014\nBetreft Uitkomsten BO MIRT najaar 2014\n\n"
        "Geachte voorzitter,\n\n"
        "Hierbij informeer ik u over de uitkomsten van de Bestuurlijke Overleggen MIRT.\n\n"
        "Noord-Nederland\n"
        "N31 Harlingen - Leeuwarden\n"
        "Het Rijk en de regio hebben afgesproken de aansluiting Marsum te verbeteren en "
        "daarvoor € 6 mln. te reserveren.\n\n"
        "                                    Datum\n"
        "                                    3 december 2014\n"
        "                                    Ons kenmerk\n"
        "                                    IenW/BSK-2014/118822\n"
        "Zuid-Nederland\n"
        "A67 's-Hertogenbosch - Eindhoven, aansluiting Leenderheide\n"
        "In het BO MIRT Zuid is besloten de verkenning naar de aansluiting te starten en "
        "daarvoor € 3 mln. te reserveren.\n"
    )
    assert _names(text) == [
        "N31 Harlingen - Leeuwarden",
        "A67 's-Hertogenbosch - Eindhoven, aansluiting Leenderheide",
    ]


def test_rows_of_a_task_table_and_of_a_finance_table_are_no_projects() -> None:
    text = (
        "Datum     4 juni 2021\nBetreft   MIRT-brief voorjaar 2021\n\nGeachte voorzitter,\n\n"
        "1 Noord-Nederland\n\n"
        "1.1 N31 Harlingen - Leeuwarden\n"
        "Het project is in realisatie. De openstelling is voorzien in 2023.\n\n"
        "2 Overzicht toezeggingen\n\n"
        "Nr.   Toezegging                                         Datum debat   Status\n"
        "1     Brief over de N31 Harlingen - Leeuwarden           3-2-2021      afgedaan\n"
        "2     Kamer informeren over station Heerenveen-IJsstadion 3-2-2021     loopt\n\n"
        "3 Financiën\n\n"
        "Onderdeel                         Bedrag\n"
        "Fietstunnel Marsum                € 1.250.000\n"
        "Totaal                            € 1.250.000\n"
    )
    assert _projects(text) == [("N31 Harlingen - Leeuwarden", "realisatie")]


def test_a_name_table_flattened_one_cell_per_line_lists_one_project_per_row() -> None:
    text = (
        "Datum\n9 maart 2023\nBetreft\nVoortgang verstedelijking\n\nGeachte voorzitter,\n\n"
        "Het Rijk heeft de volgende gebieden een bijdrage toegekend. In deze brief geef ik "
        "per gebied de stand:\n\n"
        "Gebied\nAantal woningen\nBijdrage Rijk (x € 1 mln)\n"
        "Groningen Suikerzijde\n5.000\n41\n"
        "Zwolle Spoorzone\n3.200\n27,5\n"
        "Totaal\n8.200\n68,5\n\n"
        "De regio's dragen samen ten minste € 50 mln. bij aan deze gebieden.\n"
    )
    assert _names(text) == ["Groningen Suikerzijde", "Zwolle Spoorzone"]


def test_a_page_of_no_known_genre_with_one_phase_label_is_its_project() -> None:
    text = (
        "Start › Vaarwegen › Noord-Nederland › Vaarweg Lemmer - Delfzijl, brug Zoutkamp\n\n"
        "Vaarweg Lemmer - Delfzijl, brug Zoutkamp\n\n"
        "➢ Fase\nPlanuitwerking\n\n"
        "Waarom dit werk?\n"
        "Schepen met vier lagen containers passen niet onder de huidige brug door. Een "
        "hogere brug maakt de route vrij voor de grotere schepen.\n"
    )
    assert _projects(text) == [("Vaarweg Lemmer - Delfzijl, brug Zoutkamp", "planuitwerking")]


def test_the_work_an_agreement_is_titled_after_is_its_project() -> None:
    text = (
        "BESTUURSOVEREENKOMST\n"
        "Spoorverdubbeling Zwolle - Wierden\n\n"
        "De ondergetekenden:\n"
        "1. de minister van Infrastructuur en Waterstaat, hierna: het Rijk;\n"
        "2. de provincie Overijssel.\n\n"
        "Overwegende dat:\n"
        "a. het project zich in de verkenning bevindt;\n"
        "b. partijen de reistijd willen verkorten.\n\n"
        "Artikel 1 - Bijdragen\n"
        "1.1 Het Rijk draagt € 20 mln. bij.\n"
    )
    assert _projects(text) == [("Spoorverdubbeling Zwolle - Wierden", "verkenning")]


def test_a_flattened_name_table_reads_phase_cells_and_a_row_that_lost_a_cell() -> None:
    text = (
        "Afsprakenlijst Bestuurlijk Overleg MIRT Oost\nArnhem, 6 november 2024\n\n"
        "1. Opening\nDe voorzitter opent het overleg.\n\n"
        "Bijlage – projecten (x € 1 mln.)\n"
        "Project\nFase\nBudget\nRaming\n"
        "N18 Varsseveld - Enschede\nRealisatie\n240\n251\n"
        "Zwolle - Herfte\nPlanuitwerking\n95\n"
        "Sluis Eefde\nVerkenning\n120\n-\n"
    )
    assert _projects(text) == [
        ("N18 Varsseveld - Enschede", "realisatie"),
        ("Zwolle - Herfte", "planuitwerking"),
        ("Sluis Eefde", "verkenning"),
    ]


def test_the_projects_of_a_bol_afsprakenlijst_lie_in_its_region() -> None:
    text = (
        "Afsprakenlijst Bestuurlijk Overleg Leefomgeving landsdeel Noord\n"
        "Leeuwarden, 5 juni 2025\n\n"
        "1. Opening\nDe voorzitter opent het overleg.\n\n"
        "2. N31 Harlingen - Leeuwarden\n"
        "Rijk en regio spreken af dat de provincie € 4 mln. bijdraagt aan de aansluiting.\n"
    )
    projects = extract_text(text).to_json()["projects"]
    assert [(p["name"], p["region"]) for p in projects] == [("N31 Harlingen - Leeuwarden", "Noord")]
