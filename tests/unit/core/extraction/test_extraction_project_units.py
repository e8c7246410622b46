"""The general reader on units and phases of layouts it did not know (own invented texts)."""

import dataclasses

import pytest
from tests.unit.core.extraction.readouts import read_project_phases as _read
from tests.unit.core.extraction.readouts import whole_document

from ruimtemonitor.core.extraction import extract_text
from ruimtemonitor.core.extraction.phases import progress_phase, project_phase
from ruimtemonitor.core.extraction.project_reader import (
    general_projects,
    named_object,
    read_projects,
)

pytestmark = pytest.mark.unit


def test_a_progress_bar_marks_the_phase_the_project_is_in() -> None:
    page = (
        "Voortgang\n"
        "Onderzoek ✓  |  Verkenning ✓  |  Planuitwerking ●  |  Realisatie ○\n\n"
        "De verkenning liep van 2015 tot 2018.\n"
    )
    assert progress_phase(page) == "planuitwerking"
    assert project_phase(page) == "planuitwerking"
    assert progress_phase("Verkenning ● afgerond\n") is None  # no bar: nothing ticked or open


def test_a_party_that_delivered_the_project_puts_it_in_opgeleverd() -> None:
    assert project_phase("Het waterschap heeft de sluis in 2021 opgeleverd.") == "opgeleverd"
    # "opleveren" of a study is to yield, no delivery of a work
    assert project_phase("De studie heeft nieuwe inzichten opgeleverd.") is None


def test_lower_case_roman_members_stay_inside_their_item() -> None:
    text = (
        "3.1 Kanaal Vlietdorp - Zandhaven\n"
        "Soort: proces.\n"
        "i.   Rijk en provincie zetten de verkenning voort.\n"
        "ii.  De provincie reserveert ruimte voor een tweede sluis.\n\n"
        "3.2 Vaarweg Zandhaven - Kromwijk\n"
        "i.   Het Rijk draagt bij aan de baggerwerken.\n"
    )
    assert _read(text, "ruimtelijk_arrangement") == [
        ("Kanaal Vlietdorp - Zandhaven", "verkenning"),
        ("Vaarweg Zandhaven - Kromwijk", None),
    ]


def test_run_in_headings_head_their_paragraph() -> None:
    text = (
        "Geachte voorzitter,\n\n"
        "Regio Oost\n\n"
        "N77 Veldhoven - Brakel. De weg is sinds maart in uitvoering en gaat\n"
        "naar verwachting in 2030 open.\n\n"
        "Spoorlijn Brakel - Wissel. Ik laat onderzoeken of een extra perron\n"
        "zinvol is.\n\n"
        "De A7 is druk. Daarom komt er een studie.\n"
    )
    assert _read(text, "mirt_brief") == [
        ("N77 Veldhoven - Brakel", "realisatie"),
        ("Spoorlijn Brakel - Wissel", None),
    ]


_RUN_IN_BRIEF = (
    "Datum      3 mei 2030\n"
    "Onderwerp  MIRT-brief voorjaar 2030\n\n"
    "Geachte voorzitter,\n\n"
    "Hierbij informeer ik u over de uitkomsten van het overleg met de regio over de\n"
    "projecten in het oosten van het land. Ik ga per project in op de stand van zaken\n"
    "en op wat wij met de regio hebben afgesproken.\n\n"
    "N77 Veldhoven - Brakel. De weg is sinds maart in uitvoering en gaat\n"
    "naar verwachting in 2032 open. De regio draagt bij aan een fietstunnel\n"
    "bij de aansluiting op het onderliggende wegennet.\n\n"
    "Havenspoor en Kade Zandhaven. Het havenspoor is in 2027 in gebruik genomen.\n"
    "De regio vraagt om een studie naar het geluid langs het spoor; ik heb toegezegd\n"
    "dat die studie volgend jaar wordt uitgevoerd.\n\n"
    "Spoorlijn Brakel - Wissel. Ik laat onderzoeken of een extra perron zinvol is;\n"
    "de uitkomsten verwacht ik voor de zomer. Daarna besluit ik met de regio over\n"
    "het vervolg.\n\n"
    "Bijdragen (bedragen x € 1 mln)\n\n"
    "Project                        Rijk      Regio\n"
    "N77 Veldhoven - Brakel        120,0       4,5\n"
    "Havenspoor (geluid)             0,25      -\n\n"
    "Hoogachtend,\n"
)


def test_with_every_rule_on_siblings_of_a_confirmed_unit_and_the_heading_of_a_budget_row() -> None:
    found = [(p.name, p.phase) for p in extract_text(_RUN_IN_BRIEF).projects]
    assert ("N77 Veldhoven - Brakel", "realisatie") in found
    assert ("Spoorlijn Brakel - Wissel", None) in found  # headed like the N77, no phase said
    assert not any(name.startswith("Havenspoor (") for name, _ in found)


def test_a_kind_of_line_before_its_corridor_takes_the_phase_said_of_the_corridor() -> None:
    text = (
        "Uitvoeringsagenda Veldland\n\n"
        "Maastal, 3 maart 2031\n\n"
        "2. Opgaven\n\n"
        "Opgave A  Bereikbaarheid\n"
        "De treinen over de grens zijn vol en het busnet is dun; de regio wil dat\n"
        "verbeteren samen met het Rijk en de buurlanden.\n\n"
        "3. Uitvoeringstabel\n\n"
        "Actie\nTrekker\nTiming\n"
        "Spoorverbinding Kleidorp–Veenstad: halfuurdienst\nProvincie\n2027\n"
        "Fietsroute Kleidorp–Molenbeek: snelfietspad\nGemeente\n2028\n\n"
        "4. Stand van zaken\n\n"
        "De halfuurdienst Kleidorp–Veenstad is in de verkenningsfase. De gemeente werkt\n"
        "aan een ontwerp voor het snelfietspad en zoekt daarvoor nog dekking.\n"
    )
    found = {p.name: p.phase for p in extract_text(text).projects}
    assert found.get("Spoorverbinding Kleidorp–Veenstad") == "verkenning"


def test_a_knoop_is_an_object() -> None:
    assert named_object("Knoop Veenstad en woningbouw Kleidorp")
    assert named_object("OV-knoop Molenbeek")


_ANNEX = (
    "RUIMTELIJK ARRANGEMENT VELDLAND 2031\n\n"
    "4   BEREIKBAARHEID\n\n"
    "4.1 Kleidorp Stationskwartier (Spoorhart)\n"
    "Rijk en provincie spreken af dat de gemeente het stationsplein in 2032 herinricht.\n"
    "Het Rijk draagt daar € 6 mln aan bij.\n\n"
    "4.2 Knoop Veenstad en woningbouw Molenbeek\n"
    "Partijen onderzoeken in 2032 de capaciteit van de knoop.\n\n"
    "Bijlage: overzicht van de afspraken\n\n"
    "Nr.   Titel                                        Soort        Departementen\n"
    "4.1   Kleidorp Stationskwartier (Spoorhart)        uitvoering   BZK, IenW\n"
    "4.2   Knoop Veenstad en woningbouw Molenbeek       onderzoek    IenW\n\n"
    "Aldus overeengekomen te Veenstad op 2 april 2031\n"
)


def test_an_annex_table_repeating_the_items_adds_no_project() -> None:
    names = [p.name for p in extract_text(_ANNEX).projects]
    assert names == [
        "Kleidorp Stationskwartier (Spoorhart)",
        "Knoop Veenstad en woningbouw Molenbeek",
    ]


def test_a_subject_names_the_work_its_road_numbers_in_brackets_belong_to() -> None:
    text = (
        "RAADSVOORSTEL\n\n"
        "Agendapunt       : 7\n"
        "Datum voorstel   : 3 april 2031\n"
        "Onderwerp        : Aanvullende bijdrage De Ronde Boog (N99/N98)\n\n"
        "Het college stelt de raad voor een aanvullende bijdrage te verlenen.\n\n"
        "Inleiding\n"
        "De Ronde Boog is de nieuwe weg om Kleidorp. Het project is in planuitwerking; de\n"
        "provincie stelt het inpassingsplan in 2032 vast.\n"
    )
    found = [(p.name, p.phase) for p in extract_text(text).projects]
    assert found == [("De Ronde Boog (N99/N98)", "planuitwerking")]


def test_a_named_area_of_a_place_is_an_object_a_theme_of_it_is_not() -> None:
    assert named_object("Doetinchem Noorderplas")
    assert named_object("Lochem Centrum en Havenkwartier")
    assert not named_object("Netcongestie Gelderland")
    assert not named_object("Doetinchem")


def test_items_are_read_when_the_layout_rules_found_none_of_them() -> None:
    text = (
        "B.1  Doetinchem Noorderplas  [uitvoeringsafspraak]\n"
        "Rijk en provincie bevestigen de bouw van woningen in het gebied.\n\n"
        "B.2  Zon op daken en bermen  [uitvoeringsafspraak]\n"
        "De provincie brengt de daken in kaart.\n"
    )
    document = whole_document(text, "ruimtelijk_arrangement")
    theme = dataclasses.replace(
        read_projects(text.replace("Zon op daken en bermen", "Spoorlijn X - Y"), document)[-1],
        name="Zon op daken en bermen",
    )
    names = [p.name for p in general_projects(text, document, [theme])]
    assert "Doetinchem Noorderplas" in names


def test_housing_in_two_places_joined_by_en_is_an_area() -> None:
    assert named_object("Woningbouw Kleidorp/Klaaidoarp en Veenstad")
    assert named_object("Woningbouw Kleidorp en Veenstad")


def test_a_theme_of_places_with_its_roads_in_brackets_names_their_project() -> None:
    assert named_object("Bereikbaarheid Kleidorp - Veenstad (A98/A99)")
    assert not named_object("Bereikbaarheid Kleidorp - Veenstad")
