"""Projects in more layouts: numbered name cells, "(1)" items, named housing areas, a
letter about one project, bundles, and the phase said in a subordinate clause."""

import pytest

from ruimtemonitor.core.extraction import extract_text
from ruimtemonitor.core.extraction.phases import stated_phase


def _projects(text: str) -> list[tuple[str, str | None]]:
    return [(p["name"], p["phase"]) for p in extract_text(text).to_json()["projects"]]


@pytest.mark.parametrize(
    ("body", "phase"),
    [
        ("Overwegende dat het project Maaskant zich in de verkenning bevindt;", "verkenning"),
        ("De brug is op 3 maart 2015 voor het verkeer opengesteld.", "opgeleverd"),
        ("De plan  uitwerking voor de nieuwe stationshal en het plein loopt.", "planuitwerking"),
        (
            "Voor het Spoorplein Deventer loopt de realisatie; de eerste fase is in 2019 "
            "opgeleverd.",
            "realisatie",
        ),
    ],
)
def test_phase_in_a_subordinate_clause_and_an_opening_with_a_date(body: str, phase: str) -> None:
    assert stated_phase(body) == phase


def test_a_table_flattened_one_cell_per_line_with_a_number_cell() -> None:
    text = (
        "BESTUURLIJK OVERLEG MIRT ZUID\nAfsprakenlijst\nMaastricht, 4 november 2021\n\n"
        "Nr.\nOnderwerp\nAfspraak\nTrekker\n\n"
        "1.1\nMaaslijn Roermond - Venlo\n"
        "Het Rijk draagt € 12 mln. bij aan de tweede fase.\nProRail\n2022\n\n"
        "1.2\nBuitenring Heerlen\n"
        "De aanleg is in realisatie; de provincie draagt € 3 mln. bij.\nprovincie\n2023\n"
    )
    assert _projects(text) == [
        ("Maaslijn Roermond - Venlo", None),
        ("Buitenring Heerlen", "realisatie"),
    ]


def test_items_numbered_in_brackets_that_are_each_a_project() -> None:
    text = (
        "Statenbrief\n\nOnderwerp: Gevolgen van de pauze voor de provincie\n\n"
        "Kern\nDe minister heeft twee projecten in onze provincie gepauzeerd.\n"
        "(1) Oostelijke Rondweg Delden (ORD)\n"
        "Het project is in planuitwerking en ligt stil.\n"
        "(2) N35 Raalte - Heino\n"
        "De verkenning wordt gepauzeerd.\n"
    )
    assert _projects(text) == [
        ("Oostelijke Rondweg Delden (ORD)", "planuitwerking"),
        ("N35 Raalte - Heino", "verkenning"),
    ]


def test_housing_in_a_named_area_is_a_project_housing_in_a_place_a_theme() -> None:
    text = (
        "Afsprakenlijst Bestuurlijk Overleg Leefomgeving Zuid\n\nTilburg, 3 juni 2024\n\n"
        "1. Wonen\n\n"
        "Afspraak 1.1 — Woningbouw Tilburg Spoorzone-West\n"
        "➢ Het Rijk stelt € 9 mln. beschikbaar voor de ontsluiting van het gebied.\n\n"
        "Afspraak 1.2 — Woningbouw Breda\n"
        "➢ De gemeente bouwt voor 2027 ten minste 800 woningen.\n"
    )
    assert [name for name, _ in _projects(text)] == ["Woningbouw Tilburg Spoorzone-West"]


def test_a_council_proposal_about_one_project_named_in_its_subject() -> None:
    text = (
        "Gemeente Zutphen                                          RAADSVOORSTEL\n"
        "Onderwerp             Bijdrage Fietsbrug Zutphen-Warnsveld\n"
        "Datum                 12 maart 2021\n\n"
        "Gevraagde beslissing\n1. In te stemmen met een bijdrage van € 2 mln.\n\n"
        "Inleiding\nIn 2019 is de verkenning gestart. Het project is nu in de planuitwerking.\n"
    )
    assert _projects(text) == [("Fietsbrug Zutphen-Warnsveld", "planuitwerking")]


def test_a_subject_naming_a_road_without_a_project_reported_is_none() -> None:
    text = (
        "Raadsvoorstel\n\nGemeente Oss\nDatum collegebesluit: 2 maart 2020\n"
        "Onderwerp: Bijdrage aan de Verkenning A59 Oss-Den Bosch\n\n"
        "Aanleiding\nRijk en regio hebben afgesproken dat de verkenning in 2021 start.\n"
    )
    assert _projects(text) == []


def test_an_agreement_titled_with_the_projects_name() -> None:
    text = (
        "BESTUURSOVEREENKOMST DELFLANDLIJN\n\nDe ondergetekenden:\n1. De Minister;\n\n"
        "Overwegende dat:\na. het project Delflandlijn zich in de verkenning bevindt;\n"
        "b. de kosten worden geraamd op € 40 miljoen;\n\n"
        "Artikel 1 Bijdrage\n1. Het Rijk draagt € 20 mln. bij aan het project.\n"
    )
    assert _projects(text) == [("Delflandlijn", "verkenning")]


def test_a_bundle_reports_a_project_once_and_a_place_date_line_is_none() -> None:
    text = (
        "gemeente Assen\nRaadsinformatiebrief\n\ndatum      2 juli 2025\n"
        "onderwerp  Uitkomsten BO Leefomgeving Noord 2025 voor Assen\n\n"
        "Geachte raadsleden,\n\nWij informeren u over de uitkomsten.\n\n"
        "Spoorlijn Assen - Groningen, verdubbeling\n"
        "Het Rijk reserveert € 30 miljoen voor de verdubbeling van het spoor.\n\n"
        "Met vriendelijke groet,\nhet college\nBijlage\n\n"
        "Afsprakenlijst Bestuurlijk Overleg Leefomgeving Noord\nGroningen, 12 juni 2025\n\n"
        "C.1 Spoorlijn Assen - Groningen, verdubbeling\n"
        " * Het Rijk reserveert € 30 mln. voor de verdubbeling.\n"
        " * De provincie draagt € 10 mln. bij.\n"
    )
    assert [name for name, _ in _projects(text)] == ["Spoorlijn Assen - Groningen, verdubbeling"]


def test_a_status_row_pointing_to_an_item_is_no_project() -> None:
    text = (
        "RUIMTELIJK ARRANGEMENT RIJK – PROVINCIE UTRECHT\nBijstelling 2027\n\n"
        "Utrecht, 8 juni 2027\n\n"
        "1. Verstedelijking en bereikbaarheid\n\n"
        "1.1 Utrecht Science Park (2026: 1.3)\n"
        "Type: U     Dep.: VRO, IenW\n"
        "- Het Rijk stelt € 40 mln. beschikbaar voor de tram naar De Uithof.\n\n"
        "1.2 Merwedekanaalzone (2026: 1.1)\n"
        "Type: U     Dep.: VRO\n"
        "- De gemeente bouwt voor 2030 ten minste 4.000 woningen.\n\n"
        "Bijlage: stand van de afspraken 2026\n"
        "Nr. 2026   Onderwerp              Stand\n"
        "1.3        Utrecht Science Park   loopt; zie 1.1\n"
        "1.4        Lunetten               afgerond in maart 2027\n"
    )
    names = [name for name, _ in _projects(text)]
    assert not any("zie" in name for name in names)


def test_a_tram_named_after_its_place_and_an_access_road_are_infrastructure() -> None:
    text = (
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\n"
        "Den Haag, 3 december 2009\n\nGeachte voorzitter,\n\n"
        "Hierbij informeer ik u over de uitkomsten van het BO MIRT Oost.\n\n"
        "• Stadstram Arnhem: de regio rondt de financiering voor 1 mei 2010 af.\n"
        "• Ontsluiting Bedrijvenpark Twente: het Rijk draagt € 4 mln. bij aan de aansluiting.\n"
    )
    assert [name for name, _ in _projects(text)] == [
        "Stadstram Arnhem",
        "Ontsluiting Bedrijvenpark Twente",
    ]


_MIRT_BRIEF = (
    "Tweede Kamer der Staten-Generaal\nPostbus 20018\n2500 EA DEN HAAG\n"
    "Datum 20 november 2024\nBetreft MIRT-brief najaar 2024\nBijlage(n) 2\n\n"
    "Geachte voorzitter,\n\nMet deze brief informeer ik uw Kamer over het MIRT.\n\n"
    "1 Inleiding\nIn mei heb ik gemeld dat 12 projecten worden uitgesteld vanwege geld3.\n\n"
    "2 Nationaal\n2.1 Bijsturing\n2.1.1 Uitgestelde projecten\n"
    "Voor twee uitgestelde projecten geef ik de stand van zaken:\n"
    "• N57 Middelburg-Serooskerke: het project is in planuitwerking en blijft uitgesteld.\n"
    "• Sluis Terneuzen, tweede kolk: de verkenning is uitgesteld.\n\n"
    "3 Regio's\n3.1 Oost\n3.1.1 Twentekanaal\n"
    "Het Twentekanaal bevindt zich in de realisatiefase.\n\n"
    "_______________\n3 Kamerstuk 36 410 A, nr. 12.\n"
)


def test_a_numbered_heading_over_its_subsection_is_no_footnote_nor_a_project() -> None:
    assert _projects(_MIRT_BRIEF) == [
        ("N57 Middelburg-Serooskerke", "planuitwerking"),
        ("Sluis Terneuzen, tweede kolk", "verkenning"),
        ("Twentekanaal", "realisatie"),
    ]


def test_a_table_header_joined_to_its_first_row_and_a_programme_row() -> None:
    text = (
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\n"
        "Den Haag, 14 juni 2016\n\nGeachte voorzitter,\n\n"
        "Om de korting in te vullen zijn de volgende projecten uitgesteld.\n\n"
        "Project Fase Start uitgesteld tot N50 Kampen-Ens planuitwerking 2019\n"
        "A7 Joure-Sneek verkenning 2020\n\n"
        "Nr.  Onderwerp                 Afspraak                                   Trekker\n"
        "1    Programma Rijn Noord      Het Rijk en de provincie leggen de         IenW\n"
        "                               eerste fase vast; het Rijk draagt € 9 mln. bij.\n"
    )
    assert _projects(text) == [
        ("N50 Kampen-Ens", "planuitwerking"),
        ("A7 Joure-Sneek", "verkenning"),
        ("Programma Rijn Noord", None),
    ]


def test_the_project_a_proposals_subject_names_beside_projects_with_headings() -> None:
    text = (
        "RAADSVOORSTEL                                        gemeente Venlo\n\n"
        "Onderwerp           Uitkomsten BO MIRT Zuid 2018 en bijdrage MaasA73\n"
        "Datum               27 november 2018\n\n"
        "Argumenten\n"
        "1.1 De uitkomsten zijn gunstig.\n"
        "In het BO is afgesproken de A73 te verbreden. Het project MaasA73 zit in de\n"
        "verkenning; de voorkeursbeslissing volgt in 2019.\n\n"
        "1.2 Spoorzone Venlo\n"
        "De herontwikkeling van de Spoorzone is in realisatie.\n"
    )
    assert _projects(text) == [("MaasA73", "verkenning"), ("Spoorzone Venlo", "realisatie")]


def test_a_heading_about_the_rail_in_common_nouns_is_a_theme() -> None:
    text = (
        "Provincie Limburg\nNieuwsbericht\n\nMaastricht, 22 november 2019\n\n"
        "Extra geld voor Limburgse wegen en spoor na BO MIRT\n\n"
        "Het Rijk en de provincie Limburg hebben tijdens het Bestuurlijk Overleg MIRT Zuid, dat\n"
        "op 21 november 2019 plaatsvond, afspraken gemaakt. De uitkomsten per project.\n\n\n"
        "Maaslijn Nijmegen–Roermond\n\n"
        "De verdubbeling van de Maaslijn is in realisatie. Het Rijk draagt € 5 mln. bij.\n\n\n"
        "Personenvervoer over het spoor\n\n"
        "Limburg wil meer treinen naar Duitsland. Het Rijk onderzoekt de planuitwerking van\n"
        "een extra verbinding.\n"
    )
    assert [name for name, _ in _projects(text)] == ["Maaslijn Nijmegen–Roermond"]


def test_a_name_cell_that_states_its_phase_after_a_colon() -> None:
    text = (
        "Uitvoeringsagenda Twente\n\n3. Acties\n\n"
        "Actie\nTrekker\nPartners\nTiming\n"
        "N18 Haaksbergen–Enschede: MIRT-onderzoek\n"
        "IenW (Rijkswaterstaat)\nprovincie Overijssel\neind 2026\n"
    )
    assert _projects(text) == [("N18 Haaksbergen–Enschede", "onderzoek")]
