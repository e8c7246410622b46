"""Projects and their MIRT phase: the rules added for the fourth blind batch."""

import pytest

from ruimtemonitor.core.extraction import extract_text
from ruimtemonitor.core.extraction.phases import project_phase


@pytest.mark.parametrize(
    ("body", "phase"),
    [
        # a date between "is" and "opengesteld"
        ("De nieuwe N18 is op 29 mei 2018 opengesteld.", "opgeleverd"),
        # scanned phase words and a word broken over two lines
        ("Het project is in reaIisatie.", "realisatie"),
        ("De provincie is trekker van de p1anuitwerking.", "planuitwerking"),
        ("De verruiming bevindt zich in de plan-studiefase.", "planuitwerking"),
        # "in uitvoering" with words in between, and said of the project by its owner
        ("De ombouw is sinds 2019 in uitvoering.", "realisatie"),
        ("De provincie heeft het project N340 in uitvoering.", "realisatie"),
        # what the project is doing now outweighs a part already opened
        (
            "De werkzaamheden aan de A2 zijn in volle gang; het traject Holendrecht-Abcoude "
            "is in augustus 2009 opengesteld.",
            "realisatie",
        ),
        ("De bouw van de tunnel is op 1 maart 2011 gestart.", "realisatie"),
        ("De werkzaamheden aan het knooppunt zijn in 2016 gestart.", "realisatie"),
        # an opening while the delivery is still ahead is of a part
        (
            "De oplevering is voorzien in het najaar van 2024. Het Julianaplein is in juli "
            "2021 in gebruik genomen.",
            "realisatie",
        ),
        # a delivery still to come, and nothing else said: the work is being built
        ("Rijk en regio spreken af dat de bypass in 2019 wordt opgeleverd.", "realisatie"),
        ("ProRail meldt dat de lijn op 9 december in gebruik wordt genomen.", "realisatie"),
        ("Het onderzoek wordt opgeleverd voor het BO MIRT.", None),
        # the draft decision laid open for views, in either word order
        ("Voor de A4 is het ontwerp-tracébesluit in mei 2017 ter inzage gelegd.", "planuitwerking"),
        # a preferred alternative confirmed at the meeting
        ("Rijk en regio bevestigen het voorkeursalternatief voor de A1/A6.", "planuitwerking"),
        # a phase still to be rounded off is the phase the project is in
        (
            "Rijk en regio hebben het voorkeursalternatief vastgesteld. De verkenning wordt "
            "afgerond met een voorkeursbeslissing in 2021.",
            "verkenning",
        ),
        ("Rijk en regio continueren het onderzoek naar de capaciteit.", "onderzoek"),
    ],
)
def test_phase_in_the_forms_the_fourth_batch_writes_it(body: str, phase: str | None) -> None:
    assert project_phase(body) == phase


def _projects(text: str) -> list[tuple[str, str | None]]:
    return [(p["name"], p["phase"]) for p in extract_text(text).to_json()["projects"]]


_KAMERBRIEF = (
    "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\n"
    "Den Haag, 19 juni 2017\n\nGeachte voorzitter,\n\n"
    "Hierbij informeer ik u over de voortgang van een aantal projecten in het MIRT.\n\n"
)


def test_subsections_of_a_section_about_projects_are_projects() -> None:
    text = _KAMERBRIEF + (
        "2. Voortgang projecten\n\n"
        "2.1 Wegen\nIn het kader van de Spoedaanpak worden dertig projecten uitgevoerd.\n\n"
        "2.2 Zuidas Amsterdam\nOver de dokvariant voor de Zuidas is nog geen besluit genomen "
        "en ik verwacht u in het najaar het kabinetsstandpunt te sturen.\n\n"
        "3. Motie Hoogland over de N57\nIn de motie Hoogland wordt de regering verzocht de "
        "verkeersveiligheid op de N57 te verbeteren; ik beschouw de motie als afgedaan.\n\n"
        "Hoogachtend,\n\nDe minister\n"
    )
    assert _projects(text) == [("Zuidas Amsterdam", None)]


def test_headings_that_name_a_project_in_other_shapes() -> None:
    text = (
        "Afsprakenlijst Bestuurlijk Overleg MIRT Oost\n\nDatum: 22 november 2018\n\n"
        "Verslag BO MIRT voorjaar\nHet verslag van het BO MIRT van 3 april 2018 is vastgesteld "
        "zonder wijzigingen en met dank aan het secretariaat.\n\n"
        "Internationale trein Arnhem-Düsseldorf\nSinds december 2017 rijdt de trein tussen "
        "Arnhem en Düsseldorf; de provincie heeft de exploitatie gegund.\n\n"
        "Programma Hoogwaterbescherming\nRijk en regio spreken af dat de bypass in 2019 wordt "
        "opgeleverd en dat het beheer daarna overgaat naar het waterschap.\n\n"
        "Energiehaven en waterstof\nPort en gemeente reserveren dertig hectare op het "
        "havengebied voor de productie van waterstof.\n\n"
        "Stand van zaken\nDe projecten liggen op schema en de budgetten zijn toereikend voor "
        "de rest van de planperiode.\n"
    )
    assert _projects(text) == [
        ("Internationale trein Arnhem-Düsseldorf", None),
        ("Programma Hoogwaterbescherming", "realisatie"),
    ]


def test_stand_van_zaken_of_a_road_is_that_project() -> None:
    text = (
        "Verslag Stuurgroep A58\n\nDatum vergadering: 12 september 2019\n\n"
        "1. Opening\nDe voorzitter opent de vergadering en heet iedereen welkom.\n\n"
        "2. Stand van zaken A58 Eindhoven-Tilburg\nRijkswaterstaat licht de planning toe. De "
        "aanbesteding is in juni gestart en de gunning volgt in 2020.\n"
    )
    assert [name for name, _ in _projects(text)] == ["Stand van zaken A58 Eindhoven-Tilburg"]


def test_a_corridor_named_before_a_colon() -> None:
    text = (
        "Afsprakenlijst BO MIRT Zuidwest\n\nDatum: 14 november 2013\n\n"
        "B.2  Volkerak-Zoommeer: zoetwatervoorziening\nVoor het zout maken van het meer is nog "
        "geen besluit genomen; een alternatieve voorziening wordt onderzocht.\n"
    )
    assert [name for name, _ in _projects(text)] == ["Volkerak-Zoommeer: zoetwatervoorziening"]


def test_an_area_of_an_agenda_whose_text_speaks_of_its_mirt_phase() -> None:
    text = (
        "Uitvoeringsagenda NOVEX Zuidelijk Flevoland\n\nVastgesteld: 3 juni 2024\n\n"
        "2.1 Verstedelijking Almere Pampus\nAlmere Pampus kan pas tot ontwikkeling komen met "
        "een hoogwaardige verbinding. Het MIRT-onderzoek naar de ontsluiting is afgerond.\n\n"
        "2.2 Water en natuur\nDe waterschappen verhogen de zomerpeilen en de provincie legt "
        "de natuurgebieden vast; de verkenning naar de dijken loopt.\n"
    )
    assert [name for name, _ in _projects(text)] == ["Verstedelijking Almere Pampus"]


def test_an_item_named_like_a_project_among_project_items() -> None:
    text = (
        "AFSPRAKENLIJST\nBestuurlijk Overleg MIRT Noordwest-Nederland\n\n"
        "Datum: 4 november 2009\n\n"
        "1. Vaststelling verslag\nHet verslag van het vorige overleg wordt vastgesteld.\n\n"
        "2. A2 Holendrecht-Oudenrijn\n• De werkzaamheden aan de A2 zijn in volle gang.\n\n"
        "3. Ring Utrecht (A27/A12)\n• De minister besluit tot de start van de planstudie.\n\n"
        "4. Beter Benutten Noordvleugel\n• De programma's worden voortgezet tot en met 2017.\n\n"
        "5. Rondvraag en sluiting\nDe voorzitter sluit de vergadering.\n"
    )
    assert [name for name, _ in _projects(text)] == [
        "A2 Holendrecht-Oudenrijn",
        "Ring Utrecht (A27/A12)",
        "Beter Benutten Noordvleugel",
    ]


def test_a_project_page_is_named_by_its_own_line_not_by_a_label_row() -> None:
    text = (
        "MIRT Overzicht 2027 - Projectpagina\n\nA27 Houten-Hooipolder\n"
        "Bijgewerkt: 16 juni 2026\n\n"
        "Modaliteit          Hoofdwegennet\nProvincie           Utrecht, Gelderland\n"
        "Fase                Planuitwerking\nOpdrachtgever       Rijkswaterstaat\n\n"
        "Doel en scope\nVerbreding van de A27 tussen knooppunt Houten en knooppunt Hooipolder "
        "naar 2x3 rijstroken.\n"
    )
    assert _projects(text) == [("A27 Houten-Hooipolder", "planuitwerking")]


def test_a_table_names_its_projects_in_the_project_column() -> None:
    text = _KAMERBRIEF + (
        "Tabel 1. Rijksbijdragen uit de BO's MIRT\n"
        "Landsdeel            Project / programma                        Rijksbijdrage\n"
        "Noord                Programma Nedersaksenlijn (onderzoek)      € 3,0 mln.\n"
        "Zuid                 Spoorverbinding Eindhoven-Düsseldorf       € 4 mln.\n\n"
        "Hoogachtend,\n\nDe minister\n"
    )
    projects = extract_text(text).to_json()["projects"]
    assert [(p["name"], p["phase"], p["region"]) for p in projects] == [
        ("Programma Nedersaksenlijn", "onderzoek", "Noord"),
        ("Spoorverbinding Eindhoven-Düsseldorf", None, "Zuid"),
    ]


def test_an_overview_table_inside_a_project_section_and_repeating_projects() -> None:
    text = _KAMERBRIEF + (
        "2. Voortgang projecten\n\n"
        "2.1 A1/A6/A9 Schiphol–Amsterdam–Almere\nHet project is in realisatie en de eerste "
        "delen zijn al opengesteld voor het verkeer.\n\n"
        "2.2 Hanzelijn\nDe aanleg van de Hanzelijn verloopt volgens planning en de "
        "openstelling is voorzien eind 2012.\n\n"
        "Tabel 1 Financiële stand grote projecten (bedragen x € 1 mln.)\n"
        "Project                         Budget     Opleverjaar\n"
        "A1/A6/A9 Schiphol–Almere        4.200      2024\n"
        "Hanzelijn                       1.089      2012\n"
        "Sloelijn                          240      2008\n\n"
        "Hoogachtend,\n\nDe minister\n"
    )
    assert [name for name, _ in _projects(text)] == [
        "A1/A6/A9 Schiphol–Amsterdam–Almere",
        "Hanzelijn",
        "Sloelijn",
    ]


def test_a_numbered_action_list_holds_tasks_not_projects() -> None:
    text = (
        "Verslag Stuurgroep A58\n\nDatum vergadering: 12 september 2019\n\n"
        "Actielijst\n"
        "Nr.   Actie                                             Wie        Wanneer\n"
        "19-07 Bereikbaarheidsplan aansluiting Oirschot          RWS        1 december 2019\n"
        "19-08 Toezenden ontwerp geluidsschermen Berkel          RWS        eind oktober\n"
    )
    assert _projects(text) == []


def test_a_short_title_stacked_under_another_heading_opens_a_section() -> None:
    text = (
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n"
        "Binnenhof 4\n2513 AA DEN HAAG\n\n"
        "Datum 3 december 2012\nBetreft Uitkomsten BO MIRT najaar 2012\n\n"
        "Geachte voorzitter,\n\n"
        "Hierbij informeer ik u over de uitkomsten van de bestuurlijke overleggen MIRT\n"
        "van dit najaar. Ik ga per landsdeel in op de belangrijkste afspraken\n"
        "die Rijk en regio hebben gemaakt over de projecten.\n\n"
        "BO MIRT Oost-Nederland (14 november 2012)\n"
        "Spoorzone Hengelo\n"
        "Voor de vernieuwing van het station en de spoorzone in Hengelo heeft de gemeente op\n"
        "2 april 2012 een masterplan vastgesteld. Het Rijk draagt € 10,5 mln. bij uit het\n"
        "programma Beter Benutten.\n\n"
        "Aanleiding en doel\n"
        "Ring Zuid\n"
        "De oplevering van de Aanpak Ring Zuid is voorzien in het najaar van 2024. Het\n"
        "Julianaplein is in juli 2021 in gebruik genomen; de verdiepte ligging is deels\n"
        "gereed. Het totale projectbudget stijgt naar circa € 1,18 mld.\n\n"
        "Hoogachtend,\n\nDe minister\n"
    )
    assert _projects(text) == [("Spoorzone Hengelo", None), ("Ring Zuid", "realisatie")]


def test_a_housing_site_named_after_its_place_is_a_project() -> None:
    text = (
        "Afsprakenlijst Bestuurlijk Overleg Leefomgeving (BOL)\n11 juni 2025\n\n"
        "Afspraak 2.1 Woningbouwlocatie Utrecht Merwede\n"
        "• Het Rijk reserveert € 35 mln. voor de ontsluiting van Merwede.\n"
        "• De gemeente rapporteert in het BOL van het najaar over de voortgang.\n"
    )
    assert [name for name, _ in _projects(text)] == ["Woningbouwlocatie Utrecht Merwede"]


def test_an_arrangements_one_sentence_agreement_about_a_named_line_or_road() -> None:
    text = (
        "Ruimtelijk Arrangement Gelderland\n\nArnhem, 12 juni 2025\n\n"
        "5. Mobiliteit\n"
        "5.1 Partijen zetten zich in voor de verbetering van de spoorverbinding Arnhem-Zutphen-\n"
        "    Deventer. Het Rijk draagt € 20 miljoen bij aan de studie naar de capaciteit.\n"
        "5.2 De verkenning A12/A15 ViA15 is in 2023 hervat; het Rijk en de provincie bespreken\n"
        "    de voortgang in het BO MIRT van najaar 2025.\n"
        "5.3 De provincie zet zich in voor meer laadpalen langs de wegen in de regio.\n"
    )
    assert _projects(text) == [
        ("spoorverbinding Arnhem-Zutphen-Deventer", None),
        ("A12/A15 ViA15", "verkenning"),
    ]


def test_a_chapter_over_numbered_sections_is_no_project() -> None:
    text = (
        "Datum 14 november 2022\n"
        "Betreft MIRT-brief najaar 2022\n\n"
        "Geachte voorzitter,\n\n"
        "1 Inleiding\n"
        "Met deze brief informeer ik u over de voortgang van het MIRT.\n\n"
        "2 Nationaal\n"
        "2.1 Bijsturing\n"
        "2.1.1 Vertraagde projecten\n"
        "Voor twee vertraagde projecten geef ik de stand van zaken:\n"
        "• N33 Assen-Zuidbroek: het project is in realisatie en blijft vertraagd.\n"
        "• Twentekanalen, verruiming: de planuitwerking is vertraagd.\n\n"
        "3 Landsdelen\n"
        "3.1 Oost\n"
        "3.1.1 Vechtdal\n"
        "Het Vechtdal bevindt zich in de verkenning. Het ontwerp volgt in 2024.\n"
    )
    names = [name for name, _phase in _projects(text)]
    assert "Bijsturing" not in names
    assert "Landsdelen" not in names
    assert "Vechtdal" in names
