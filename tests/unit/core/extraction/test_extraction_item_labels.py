"""Item labels ("Besluit 3", "Afspraak C-4", "7.") are no part of a project's name; a run of
labelled item lines heads items even when a bullet follows; a programme for the people of an
area, also written as one word, is no project; a table row's prose cell gives the phase."""

import pytest

from ruimtemonitor.core.extraction import extract_text
from ruimtemonitor.core.extraction.project_filters import names_no_project
from ruimtemonitor.core.extraction.project_labels import name_without_label, without_order_word
from ruimtemonitor.core.extraction.project_names import named_object

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(
    ("labelled", "name"),
    [
        ("Besluit 3  N477 Veendijk - Kleirade", "N477 Veendijk - Kleirade"),
        ("Afspraak C-4  Spoorbrug Oosthaven", "Spoorbrug Oosthaven"),
        ("Afspraak B12 Rondweg Lindeburg", "Rondweg Lindeburg"),
        ("Punt 7: Station Westerdorp, fietsenstalling", "Station Westerdorp, fietsenstalling"),
        ("11. A52 Havenstad - Molendorp", "A52 Havenstad - Molendorp"),
        ("2. Woningbouwlocatie Veldhoek, Kleirade", "Woningbouwlocatie Veldhoek, Kleirade"),
    ],
)
def test_an_item_label_is_left_off(labelled: str, name: str) -> None:
    assert name_without_label(labelled) == name


@pytest.mark.parametrize("name", ["A52 Havenstad - Molendorp", "N7 Oostwold", "Besluit"])
def test_a_name_without_label_stays(name: str) -> None:
    assert name_without_label(name) == name


@pytest.mark.parametrize(
    "name",
    [
        "Leefbaarheidsprogramma Zandwijk-Oost",
        "Welzijnsprogramma Kleirade",
        "Gezondheidsprogramma Veendijk Noord",
        "Programma Leefbaarheid Havenstad",
    ],
)
def test_a_social_programme_is_no_project(name: str) -> None:
    assert names_no_project(name)


@pytest.mark.parametrize("name", ["Programma Hoogfrequent Spoor", "Spoorprogramma Noordlijn"])
def test_an_infrastructure_programme_stays(name: str) -> None:
    assert not names_no_project(name)


_LABELLED = """Bestuurlijk Overleg MIRT Oost-Nederland
Afsprakenlijst

Lindeburg, 14 mei 2031

Besluit 1  Spoorbrug Oosthaven, tweede spoor
De planuitwerking is in 2029 gestart en loopt. Rijk en regio spreken af:
► de gemeente Lindeburg levert het bestemmingsplan aan vóór 1/3/2032.

Besluit 2  N477 Veendijk - Kleirade
► de provincie neemt de verkenning ter hand;
► het Rijk draagt € 8 miljoen bij.

Besluit 3  Station Westerdorp, fietsenstalling
► de gemeente Westerdorp opent de stalling in het najaar van 2031.
"""


def test_a_run_of_labelled_item_lines_heads_projects() -> None:
    names = [p.name for p in extract_text(_LABELLED).projects]
    assert "N477 Veendijk - Kleirade" in names
    assert "Spoorbrug Oosthaven, tweede spoor" in names
    assert not any(name.startswith("Besluit") for name in names)


_TABLE = """Bestuurlijk Overleg MIRT Zuidwest
Besluitenlijst van het overleg van 3 oktober 2034

Agendapunt | Besluit | Actiehouder | Datum
1. Opening | De voorzitter opent de vergadering. | - | -
2. A52 Havenstad - Molendorp | De verkenning loopt. Partijen verhogen de bijdrage met € 2 mln. \
| provincie | 1 maart 2035
3. Rondvraag | Geen vragen. | - | -
"""


def test_a_prose_cell_gives_a_table_row_its_phase() -> None:
    projects = {p.name: p for p in extract_text(_TABLE).projects}
    assert projects["A52 Havenstad - Molendorp"].phase == "verkenning"


@pytest.mark.parametrize(
    "name",
    [
        "Veendijk - Kleirade - Oostwold - Lindeburg",
        "Den Burg – Sint-Oedenwold – Haarstee – Molendorp - Kleirade",
        "'s-Gravenwold - Veendijk - Kleirade - Oostwold",
    ],
)
def test_a_list_of_places_is_no_project(name: str) -> None:
    assert names_no_project(name)


@pytest.mark.parametrize(
    "name",
    [
        "Veendijk - Kleirade",
        "Schiphol – Veendijk – Kleirade",
        "A52 Veendijk - Kleirade - Oostwold - Lindeburg",
        "Spoorlijn Veendijk - Kleirade - Oostwold - Lindeburg",
    ],
)
def test_a_corridor_or_named_route_stays(name: str) -> None:
    assert not names_no_project(name)


@pytest.mark.parametrize(
    "name", ["Transformatie Veldhoek, Kanaalzone", "Transformatie stationsgebied Lindeburg"]
)
def test_an_area_transformation_is_a_project(name: str) -> None:
    assert named_object(name)


_NOTED = """Uitvoeringsagenda NOVEX Kleirade

Acties
Actie 4.1  Fietsroute Oostwold - Lindeburg
           ► trekker provincie, gereed eind 2033, budget € 2 mln
Actie 4.2  N477 Veendijk - Kleirade, capaciteit
           ► trekker gemeente Kleirade, gereed 2036

Toelichting
Actie 4.1: de aanleg is in maart 2032 gestart en loopt door.
"""


def test_a_note_by_item_number_gives_the_phase() -> None:
    projects = {p.name: p for p in extract_text(_NOTED).projects}
    assert projects["Fietsroute Oostwold - Lindeburg"].phase == "realisatie"
    assert projects["N477 Veendijk - Kleirade, capaciteit"].phase is None


@pytest.mark.parametrize(
    ("heading", "title"),
    [
        ("Besluit 6  Woningbouwlocatie Veldhoek, Kleirade", "Woningbouwlocatie Veldhoek, Kleirade"),
        ("Punt 2: Haven Oostwold", "Haven Oostwold"),
        ("Haven Oostwold", "Haven Oostwold"),
    ],
)
def test_a_heading_is_tested_without_its_order_word(heading: str, title: str) -> None:
    assert without_order_word(heading) == title
