"""The general project reader: a named object that heads a unit, in any layout (own texts)."""

import dataclasses

import pytest
from tests.unit.core.extraction.readouts import read_project_phases as _read
from tests.unit.core.extraction.readouts import whole_document

from ruimtemonitor.core.extraction import extract_text
from ruimtemonitor.core.extraction.project_reader import (
    general_projects,
    named_object,
    read_projects,
)

pytestmark = pytest.mark.unit


_KAMERBRIEF = (
    "Geachte voorzitter,\n\n"
    "Hierbij informeer ik u over de voortgang van enkele projecten. Op de A2 bij het\n"
    "knooppunt staat geregeld file, maar daarover gaat deze brief niet.\n\n"
    "A27 Kleidorp – Veenstad\n"
    "De voorkeursbeslissing is in maart genomen. De provincie werkt het ontwerp verder uit.\n\n"
    "Wonen en bereikbaarheid\n"
    "In de regio worden 12.000 woningen gebouwd; de bereikbaarheid moet meegroeien.\n\n"
    "Spoorlijn Akkerdam – Molenbeek\n"
    "Het project is in uitvoering; de nieuwe halte gaat in 2031 open.\n"
)


def test_headings_over_a_paragraph_are_projects_a_road_in_passing_is_not() -> None:
    assert _read(_KAMERBRIEF, "kamerbrief") == [
        ("A27 Kleidorp – Veenstad", "planuitwerking"),
        ("Spoorlijn Akkerdam – Molenbeek", "realisatie"),
    ]


_AFSPRAKEN = (
    "Afsprakenlijst Bestuurlijk Overleg\n\n"
    "3  Bereikbaarheid\n\n"
    "3.1 Sluis Wijnegem-Zuid\n"
    "Rijk en regio ronden de verkenning in 2029 af.\n\n"
    "3.2 Verstedelijking en groen\n"
    "Partijen maken in het najaar een gezamenlijke agenda.\n\n"
    "3.3 N999 Kleidorp – Veenstad: de verkenning start dit jaar\n"
    "De provincie is trekker.\n"
)


def test_numbered_items_name_cut_before_the_colon() -> None:
    assert _read(_AFSPRAKEN, "afsprakenlijst") == [
        ("Sluis Wijnegem-Zuid", "verkenning"),
        ("N999 Kleidorp – Veenstad", "verkenning"),
    ]


_TABLE = (
    "Bijlage: stand van de projecten\n\n"
    "Project                              | Fase          | Bijdrage Rijk\n"
    "Snelfietsroute Akkerdam – Molenbeek  | realisatie    | € 4 mln.\n"
    "Station Zandhoven Noord              | verkenning    | € 11 mln.\n"
    "Totaal                               |               | € 15 mln.\n"
)


def test_first_cells_of_a_project_table_are_projects() -> None:
    assert _read(_TABLE) == [
        ("Snelfietsroute Akkerdam – Molenbeek", "realisatie"),
        ("Station Zandhoven Noord", "verkenning"),
    ]


_PAGE = (
    "Knooppunt Veldhoek\n\n"
    "Fase: planuitwerking\n"
    "Het knooppunt wordt omgebouwd zodat de doorstroming verbetert.\n\n"
    "Gerelateerde projecten\n"
    "A99 Veldhoek – Zandhoven\n"
    "Spoorlijn Molenbeek – Akkerdam\n\n"
    "Contact\n"
    "Bel het projectbureau.\n"
)


def test_a_project_page_title_is_its_project_related_projects_are_not() -> None:
    assert _read(_PAGE, "mirt_project") == [("Knooppunt Veldhoek", "planuitwerking")]


_RAADSBRIEF = (
    "Raadsinformatiebrief\n\n"
    "Project: Gebiedsontwikkeling Havenkwartier\n"
    "Onderwerp: stand van zaken\n\n"
    "Het college informeert u dat de voorkeursbeslissing is genomen. Langs de N350 wordt\n"
    "intussen het fietspad vernieuwd.\n"
)


def test_a_labelled_project_value_is_a_project() -> None:
    assert _read(_RAADSBRIEF, "raadsinformatiebrief") == [
        ("Gebiedsontwikkeling Havenkwartier", "planuitwerking")
    ]


_AGENDA = (
    "Uitvoeringsagenda Veenstad\n\n"
    "Klimaatadaptatie en water\n"
    "De gemeente werkt aan een hittekaart.\n\n"
    "Programma Schone Vaarwegen\n"
    "Het programma loopt tot 2030.\n\n"
    "Stationsgebied Molenbeek\n"
    "De eerste fase is opgeleverd; de tweede fase is in uitvoering.\n"
)


def test_programmes_and_area_developments_are_projects_themes_are_not() -> None:
    names = [name for name, _ in _read(_AGENDA, "uitvoeringsagenda")]
    assert names == ["Programma Schone Vaarwegen", "Stationsgebied Molenbeek"]


_TWICE = (
    "Dijkversterking Kleidorp – Veenstad\n"
    "Het waterschap is in de planuitwerking.\n\n"
    "Overzicht\n\n"
    "Dijkversterking Kleidorp – Veenstad    planuitwerking    € 30 mln.\n"
    "Brug over de Molenbeek                realisatie        € 8 mln.\n"
)


def test_a_heading_and_a_table_row_of_one_project_give_one_project() -> None:
    assert _read(_TWICE) == [
        ("Dijkversterking Kleidorp – Veenstad", "planuitwerking"),
        ("Brug over de Molenbeek", "realisatie"),
    ]


def test_sentences_and_dates_heading_nothing_are_no_projects() -> None:
    text = (
        "Den Haag, 3 maart 2031\n\n"
        "De A12 wordt verbreed.\n\n"
        "Bereikbaarheid\n"
        "Tot slot wijs ik op de brug bij Zandhoven, die in 2030 is opengesteld.\n"
    )
    assert _read(text, "kamerbrief") == []


def test_bullets_that_report_or_stand_over_text_are_projects_bare_bullets_are_not() -> None:
    text = (
        "Stand per project\n\n"
        "◆ Kanaal Veldhoek – Zandhoven\n"
        "Het project is in planuitwerking; het ontwerp ligt ter inzage.\n\n"
        "- N777 Akkerdam – Molenbeek: de aanleg ligt op schema; opening in 2032.\n\n"
        "De volgende wegen worden ook genoemd:\n"
        "- A98 Veenstad\n"
        "- A97 Kleidorp\n"
    )
    assert _read(text, "kamerbrief") == [
        ("Kanaal Veldhoek – Zandhoven", "planuitwerking"),
        ("N777 Akkerdam – Molenbeek", "realisatie"),
    ]


def test_the_header_names_the_column_of_projects_and_numbered_task_rows_give_the_name() -> None:
    text = (
        "Landsdeel      Project / programma                Bijdrage\n"
        "Oost           Tunnel Molenbeek (N777/N778)       € 12 mln.\n"
        "Zuid           Spoorlijn Akkerdam-Veenstad        € 3 mln.\n\n"
        "Nr;Actie;Trekker;Gereed\n"
        "1a;Station Kleidorp Oost;gemeente;2029\n"
        "1b;Opstellen van een hittekaart;waterschap;2027\n\n"
        "Project / Rijk / Regio / Totaal\n"
        "Sluis Zandhoven / 20 / 5 / 25\n"
    )
    assert [name for name, _ in _read(text)] == [
        "Tunnel Molenbeek (N777/N778)",
        "Spoorlijn Akkerdam-Veenstad",
        "Station Kleidorp Oost",
        "Sluis Zandhoven",
    ]


def test_a_place_before_a_colon_remarks_and_descriptions_are_cut_right() -> None:
    text = (
        "1. Veenstad: knooppunt Molenhoek (A98/A97)\n"
        "Partijen ronden de verkenning af.\n\n"
        "2. Brug Kleidorp (datum laatste wijziging 12-03-2030)\n"
        "De brug is in realisatie.\n\n"
        "3. Vaarweg Akkerdam – Zandhoven verdieping van de vaargeul door de delta\n"
        "De verdieping is in planuitwerking.\n\n"
        "4. Bereikbaarheid: betere verbindingen voor de regio\n"
        "Partijen werken samen.\n"
    )
    assert _read(text, "afsprakenlijst") == [
        ("Veenstad: knooppunt Molenhoek (A98/A97)", "verkenning"),
        ("Brug Kleidorp", "realisatie"),
        ("Vaarweg Akkerdam – Zandhoven", "planuitwerking"),
    ]


def test_an_agendas_a_numbers_are_item_numbers_not_roads() -> None:
    text = (
        "A1 Gebiedsproces Veldhoek\nPartijen starten een gebiedsproces in de vallei.\n\n"
        "A2 Spoorzone Molenbeek\nDe planuitwerking van de spoorzone loopt.\n\n"
        "A3 Netwerk en werklocaties\nDe provincie inventariseert de locaties.\n"
    )
    assert _read(text, "uitvoeringsagenda") == [("Spoorzone Molenbeek", "planuitwerking")]


def test_themes_regions_dates_and_headers_are_no_names() -> None:
    for title in (
        "Energiehaven en waterstof",
        "Zuidwest-Veenland",
        "Veenstad, 4 juni 2031",
        "Corridor  Budget  Fase",
        "Programma Woningbouw en Mobiliteit",
        "Onderzoek naar de brug Kleidorp",
        "Monitoring en bijsturing",
    ):
        assert not named_object(title), title
    for title in ("Hoekse Lijn", "Kreekdijksluizen", "Regiotram Veenstad", "A98"):
        assert named_object(title), title


def test_beside_the_layout_rules_a_unit_stating_its_phase_or_headed_like_theirs_is_added() -> None:
    text = (
        "Sluis Veldhoek\nHet project is in planuitwerking.\n\n"
        "Brug Molenbeek\nDe gemeente bespreekt de brug in het najaar.\n\n"
        "Tunnel Zandhoven\nDe provincie voert het gesprek.\n"
    )
    document = whole_document(text, "kamerbrief")
    read = read_projects(text, document)
    tunnel = dataclasses.replace(read[-1], phase=None)
    # the tunnel heads its unit as the bridge does: a sibling of a confirmed unit
    names = [p.name for p in general_projects(text, document, [tunnel])]
    assert names == ["Tunnel Zandhoven", "Sluis Veldhoek", "Brug Molenbeek"]
    alone = [p.name for p in general_projects(text, document, [])]
    assert alone == ["Sluis Veldhoek", "Brug Molenbeek", "Tunnel Zandhoven"]
    # found as a row of a table only, the tunnel confirms no form of heading
    tabled = text.replace("Tunnel Zandhoven\nDe provincie voert het gesprek.\n", "")
    tabled += "\nProject            Budget\nTunnel Zandhoven   4,0\n"
    document = whole_document(tabled, "kamerbrief")
    row = dataclasses.replace(read_projects(tabled, document)[-1], phase=None)
    assert row.name == "Tunnel Zandhoven"
    names = [p.name for p in general_projects(tabled, document, [row])]
    assert names == ["Tunnel Zandhoven", "Sluis Veldhoek"]


def test_a_name_without_an_object_word_is_a_project_when_its_text_states_its_phase() -> None:
    text = (
        "Boog om Veenstad\n"
        "De Boog om Veenstad is in realisatie; de opening volgt in 2032.\n\n"
        "Groene Long Kleidorp\n"
        "De gemeente werkt aan een plan voor het park.\n\n"
        "Kleidorproute\n"
        "Het tracé loopt langs het kanaal.\n"
    )
    assert [name for name, _ in _read(text)] == ["Boog om Veenstad", "Kleidorproute"]


def test_bracketed_numbers_compound_stations_and_a_status_after_a_colon() -> None:
    text = (
        "(1) Doorstroomstation Veenstad\n"
        "Het project is in uitvoering.\n\n"
        "Q3 2030\n"
        "N98 Kleidorp – Molenbeek: MIRT-verkenning\n"
        "Rijkswaterstaat en de provincie trekken samen op in de verkenning.\n"
    )
    assert _read(text) == [
        ("Doorstroomstation Veenstad", "realisatie"),
        ("N98 Kleidorp – Molenbeek", "verkenning"),
    ]


def test_compound_connections_access_roads_and_two_objects_joined() -> None:
    for title in (
        "Molenbeekverbinding",
        "Ontsluiting Veenstad Noord",
        "Kleidorplijn en station Veenstad Zuid",
    ):
        assert named_object(title), title
    assert not named_object("Verbinding")


def test_a_planning_table_of_a_projects_parts_lists_no_projects() -> None:
    text = (
        "2.1 A98 Kleidorp – Veenstad\n"
        "De werkzaamheden zijn in 2029 gestart en de weg is in realisatie. Planning:\n"
        "Onderdeel                    Gereed\n"
        "Knooppunt Molenhoek          2031\n"
        "Tunnel Zandhoven             eind 2032\n"
    )
    assert _read(text) == [("A98 Kleidorp – Veenstad", "realisatie")]


def test_with_every_rule_on_related_projects_are_none_and_new_layouts_are_read() -> None:
    text = (
        "Provincie Veenland\nStatenbrief\n\nOnderwerp: voortgang infrastructuur\n\n"
        "Geachte Staten,\n\nHierbij informeren wij u over de stand van zaken. Op de A98 was "
        "het druk.\n\n"
        "(1) N777 Kleidorp – Molenbeek\nDe verkenning loopt; de voorkeursbeslissing volgt in "
        "2031.\n\n"
        "(2) Doorstroomstation Veenstad\nHet project is in uitvoering.\n\n"
        "(3) Wonen en bereikbaarheid\nDe provincie werkt aan een woonagenda.\n\n"
        "Gerelateerde projecten\nA99 Veldhoek – Zandhoven\nSpoorlijn Molenbeek – Akkerdam\n\n"
        "Hoogachtend,\nGedeputeerde Staten\n"
    )
    projects = [(p["name"], p["phase"]) for p in extract_text(text).to_json()["projects"]]
    assert projects == [
        ("N777 Kleidorp – Molenbeek", "verkenning"),
        ("Doorstroomstation Veenstad", "realisatie"),
    ]


def test_bullets_with_a_status_after_a_dash_and_a_bare_phase_word() -> None:
    text = (
        "Geachte voorzitter,\n\n"
        "• A98 Kleidorp – Veenstad – de planuitwerking loopt volgens planning.\n"
        "• Zeesluis Molenbeek – opgeleverd op 1 mei.\n"
        "• Goederenvervoer over het spoor – geen wijzigingen.\n"
    )
    assert _read(text, "kamerbrief") == [
        ("A98 Kleidorp – Veenstad", "planuitwerking"),
        ("Zeesluis Molenbeek", "opgeleverd"),
    ]


def test_with_every_rule_on_a_table_row_with_a_phase_joins_its_table_and_titles_are_none() -> None:
    text = (
        "Uitvoeringsagenda NOVEX-gebied Veenland\n\n"
        "Opgave                        Project                           Stand\n"
        "Bereikbaarheid                Spoorlijn Veenstad – Kleidorp     planuitwerking\n"
        "Bereikbaarheid                Fietsbrug Molenbeek               realisatie\n"
        "Wonen                         Gebiedsontwikkeling Havenkwartier verkenning\n\n"
        "Toelichting\n"
        "De spoorlijn is in planuitwerking; de fietsbrug is in 2030 opengesteld.\n"
    )
    names = [p["name"] for p in extract_text(text).to_json()["projects"]]
    assert "Gebiedsontwikkeling Havenkwartier" in names
    assert not any("Uitvoeringsagenda" in name for name in names)


def test_with_every_rule_on_a_theme_of_a_place_is_no_project() -> None:
    text = (
        "Geachte voorzitter,\n\nOp 2 juni vond het BO MIRT Veenland plaats. Hieronder de "
        "uitkomsten per project.\n\n"
        "A98 Kleidorp – Veenstad\nHet Rijk heeft de voorkeursbeslissing genomen.\n\n"
        "Bereikbaarheid Veenstad-Noord\nPartijen bespreken de bereikbaarheid van de nieuwe "
        "wijk; er is geen besluit genomen.\n\nHoogachtend,\n"
    )
    names = [p["name"] for p in extract_text(text).to_json()["projects"]]
    assert names == ["A98 Kleidorp – Veenstad"]
    assert not named_object("Bereikbaarheid Veenstad-Noord")


def test_lettered_members_stay_inside_their_item_and_opgave_numbers_items() -> None:
    text = (
        "Afspraak 2.1 – N777 Kleidorp – Molenbeek\n"
        "a. De provincie rondt de verkenning in 2032 af.\n"
        "b. Het Rijk reserveert € 20 mln.\n\n"
        "Opgave 3: Snelfietsroute Kleidorp – Molenbeek\n"
        "De route is in realisatie.\n"
    )
    assert _read(text, "afsprakenlijst") == [
        ("N777 Kleidorp – Molenbeek", "verkenning"),
        ("Snelfietsroute Kleidorp – Molenbeek", "realisatie"),
    ]


def test_with_every_rule_on_a_page_names_no_project_it_points_to() -> None:
    text = (
        "Rijkswaterstaat | Projecten\n\n"
        "Sluis Molenhoek: vervanging\n\n"
        "Rijkswaterstaat vervangt de sluis bij Molenhoek. De oude sluis is 90 jaar oud.\n\n"
        "Status: in uitvoering\n\n"
        "Meer informatie\nKanaal Veenstad – Kleidorp\nBrug Zandhoven\n"
    )
    names = [p["name"] for p in extract_text(text).to_json()["projects"]]
    assert "Kanaal Veenstad – Kleidorp" not in names
    assert "Brug Zandhoven" not in names


def test_a_long_page_title_between_blank_lines_and_no_breadcrumbs() -> None:
    text = (
        "Home › Projecten › Noord › Vaarwegen › Vaargeul Veenstad\n\n"
        "Vaargeul Veenstad – Kleidorp verdieping van de geul door het wad naar de haven\n\n"
        "De geul wordt verdiept zodat grotere schepen de haven bereiken. Fase: planuitwerking\n"
    )
    assert _read(text, "mirt_project") == [("Vaargeul Veenstad – Kleidorp", "planuitwerking")]
    assert named_object("Woningbouw Veenstad Havenkwartier")


def test_with_every_rule_on_a_kind_of_object_joined_to_a_theme_is_no_project() -> None:
    text = (
        "Raadsvoorstel\n\nOnderwerp: Woonvisie\n\n"
        "Aanleiding\nDe gemeente wil 4.000 woningen bouwen, onder meer rond het station.\n\n"
        "Station en centrum\nRond het station komen 600 woningen. Het college onderzoekt de "
        "parkeernorm.\n"
    )
    names = [p["name"] for p in extract_text(text).to_json()["projects"]]
    assert "Station en centrum" not in names


def test_headings_in_capitals_are_judged_in_ordinary_case() -> None:
    text = (
        "1. SPOORLIJN VEENSTAD - KLEIDORP\nHet project is in realisatie.\n\n"
        "2. BEREIKBAARHEID EN WONEN\nPartijen spreken af samen te werken.\n"
    )
    assert _read(text) == [("SPOORLIJN VEENSTAD - KLEIDORP", "realisatie")]
    assert not named_object("A 1")


_DOTTED_LETTERS = (
    "Afsprakenlijst Bestuurlijk Overleg\n\n"
    "1   Wonen\n\n"
    "1.a  Spoorzone Kleidorp\n"
    "     Het Rijk draagt bij aan de eerste fase van de bouw.\n\n"
    "1.b  Stationskwartier Veenstad\n"
    "     Rijk en regio starten de verkenning in 2031.\n"
)


def test_items_numbered_with_a_dotted_letter_are_projects() -> None:
    assert [name for name, _ in _read(_DOTTED_LETTERS, "afsprakenlijst")] == [
        "Spoorzone Kleidorp",
        "Stationskwartier Veenstad",
    ]


_BRACKETED_CODES = (
    "Uitvoeringsagenda\n\n"
    "Partijen spreken af dat de regio groeit.\n\n"
    "   [B1] Spoorzone Kleidorp - Veenstad\n"
    "        Wat we doen:  de gemeenten maken een ontwerp voor de stationsomgeving.\n\n"
    "   [B2] Fietsbrug Molenbeek\n"
    "        Wat we doen:  de provincie legt een brug aan.\n"
)


def test_items_with_a_bracketed_code_are_projects() -> None:
    assert [name for name, _ in _read(_BRACKETED_CODES, "uitvoeringsagenda")] == [
        "Spoorzone Kleidorp - Veenstad",
        "Fietsbrug Molenbeek",
    ]


def test_a_regions_meeting_is_no_project() -> None:
    from ruimtemonitor.core.extraction.project_terms import meeting_title

    assert meeting_title("BOL ZUID-NEDERLAND")
    assert meeting_title("BO MIRT Noordwest")
    assert not meeting_title("Spoorzone Kleidorp")
    assert not meeting_title("BOL Spoorzone Kleidorp")
