"""Projects and the genre in the shapes of the thirty-third blind batch, on invented wording
(other places, years, numbers and works)."""

import pytest
from tests.unit.core.extraction.readouts import extracted, read_project_phases, whole_document

from ruimtemonitor.core.extraction.genres import classify
from ruimtemonitor.core.extraction.markdown import markdown_marks
from ruimtemonitor.core.extraction.project_pages import page_project

pytestmark = pytest.mark.unit


def _names(text: str) -> list[str]:
    return [p["name"] for p in extracted(text)["projects"]]


def _phases(text: str) -> dict[str, str | None]:
    return {p["name"]: p["phase"] for p in extracted(text)["projects"]}


# --- a BOL or BO MIRT list under a markdown header table --------------------------------------

TABLE_HEAD = (
    "| Overleg   | {meeting} |\n"
    "| Datum     | {date}                                  |\n"
    "| Locatie   | Zwolle, provinciehuis                   |\n"
    "| Partijen  | Rijk (IenW, BZK), provincie Overijssel, |\n"
    "|           | gemeenten Apeldoorn, Epe en Heerde      |\n\n"
    "#1  Opening\n"
    "De voorzitter opent de vergadering.\n\n"
    "#2  Spoorzone Zwolle\n"
    "Rijk en regio spreken af dat de gemeente de studie vóór 1 juni 2031 afrondt.\n"
)


@pytest.mark.parametrize(
    ("meeting", "date"),
    [
        ("Bestuurlijk Overleg Leefomgeving Oost-Nederland", "woensdag 12 maart 2031"),
        ("BO MIRT Oost", "12 maart 2031"),
        ("Bestuurlijk Overleg MIRT Oost-Nederland", "donderdag 4 november 2032"),
    ],
)
def test_a_meeting_in_a_markdown_header_table_makes_minutes(meeting: str, date: str) -> None:
    text = TABLE_HEAD.format(meeting=meeting, date=date)
    assert classify(text, {}) == "afsprakenlijst"


@pytest.mark.parametrize(
    "head",
    [
        # a label cell of a long sentence, no label: no header table
        "| Het bestuurlijk overleg van de regio is verplaatst | BO MIRT Oost |\n"
        "| Datum | 12 maart 2031 |\n",
        # a newsletter that reports on a meeting in its table stays what it says it is
        "Nieuwsbrief Spoorzone\n| Overleg | BO MIRT Oost |\n| Datum | 12 maart 2031 |\n",
    ],
)
def test_no_minutes_from_a_table_that_is_no_header_of_a_meeting(head: str) -> None:
    assert classify(f"{head}\nDe gemeente bouwt verder aan de wijk.\n", {}) != "afsprakenlijst"


@pytest.mark.parametrize("cell", ["Apeldoorn, Epe en Heerde", "gemeenten Apeldoorn, Epe en Heerde"])
def test_a_wrapped_cell_of_the_parties_names_no_project(cell: str) -> None:
    text = TABLE_HEAD.format(meeting="Bestuurlijk Overleg Leefomgeving Oost", date="12 maart 2031")
    text = text.replace("gemeenten Apeldoorn, Epe en Heerde", cell.ljust(34))
    names = [name for name, _ in read_project_phases(text, "afsprakenlijst")]
    assert "Spoorzone Zwolle" in names
    assert not any("Heerde" in name for name in names)


def test_a_value_cell_that_is_a_project_is_still_read() -> None:
    text = (
        "Voortgang projecten\n\n"
        "| Project                 | Stand          |\n"
        "|-------------------------|----------------|\n"
        "| N35 Wierden - Almelo    | in uitvoering  |\n"
        "| Sluis Eefde, tweede kolk | opgeleverd    |\n"
    )
    assert "N35 Wierden - Almelo" in _names(text)


# --- a project sheet with "Label ..... = value" lines ------------------------------------------

SHEET = (
    "MIRT PROJECTENOVERZICHT 2033  |  Regio Zuid  |  Hoofdvaarwegen\n"
    "------------------------------------------------------------\n"
    "Zuid-Willemsvaart, opwaardering tot klasse IV (Veghel - Den Bosch)\n"
    "------------------------------------------------------------\n"
    "Fase ............ = realisatie\n"
    "Peildatum ....... = 1 maart 2033\n"
    "Projectnummer ... = OV-ZU-2033-014\n"
    "Opdrachtgever ... = Rijkswaterstaat / provincie Noord-Brabant\n\n"
    "Wat houdt het project in?\n"
    " + verruiming van het kanaal tussen Veghel en Den Bosch;\n"
    " + twee nieuwe sluizen.\n"
)


@pytest.mark.parametrize(
    "sheet",
    [
        SHEET,
        SHEET.replace("Projectnummer ... = ", "Projectnummer ...... "),
        SHEET.replace(" = ", " ......: ").replace("......:", "… ="),
    ],
)
def test_a_dot_leader_label_line_is_no_title_of_the_sheet(sheet: str) -> None:
    result = extracted(sheet)
    assert result["documents"][0]["kind"] == "mirt_project"
    [project] = result["projects"]
    assert project["name"].startswith("Zuid-Willemsvaart, opwaardering tot klasse IV")
    assert project["phase"] == "realisatie"


@pytest.mark.parametrize(
    "label", ["Projectnummer ... = OV-ZU-2033-014", "Spoornummer ...... OV-114", "Lijn = OV 12"]
)
def test_a_label_led_to_its_value_names_no_page(label: str) -> None:
    page = f"Zuid-Willemsvaart, opwaardering tot klasse IV (Veghel - Den Bosch)\n{label}\n"
    assert page_project(page, whole_document(page, "mirt_project")).name.startswith(
        "Zuid-Willemsvaart"
    )


@pytest.mark.parametrize(
    "head",
    [
        "Fase ........ = verkenning\nPeildatum ..... = 1 mei 2034\n",
        "Projectfase ......: planuitwerking\n",
    ],
)
def test_a_dot_leader_phase_label_makes_a_project_sheet(head: str) -> None:
    text = f"N18 Varsseveld - Enschede\n{head}\nDe weg wordt verbreed tot 2x2 rijstroken.\n"
    assert classify(text, {}) == "mirt_project"


def test_a_phase_said_in_a_sentence_with_dots_makes_no_sheet() -> None:
    text = "Nieuwsbericht\n\nDe fase ... die nu begint, duurt lang.\nDe gemeente bouwt.\n"
    assert classify(text, {}) != "mirt_project"


def test_a_sheet_titled_by_its_road_keeps_that_title() -> None:
    sheet = SHEET.replace(
        "Zuid-Willemsvaart, opwaardering tot klasse IV (Veghel - Den Bosch)", "A67 Leenderheide"
    )
    assert _names(sheet) == ["A67 Leenderheide"]


def test_a_title_line_above_the_labels_still_wins_on_a_raw_page() -> None:
    sheet = "Sluis Eefde, tweede kolk\nProjectnummer ... = HVW-OO-2033-002\nFase ... = realisatie\n"
    assert page_project(sheet, whole_document(sheet, "mirt_project")).name == (
        "Sluis Eefde, tweede kolk"
    )


# --- wiki-style headings ----------------------------------------------------------------------

RIB = (
    "GEMEENTE KAMPEN                              RAADSINFORMATIEBRIEF\n"
    "Kampen, 3 april 2031\n"
    "onderwerp: uitkomsten BO MIRT Oost en voortgang Kamper projecten\n\n"
    "Geachte raadsleden,\n\n"
    "Met deze brief informeren wij u over de uitkomsten voor Kampen.\n\n"
    "{open} Kamperlijn, elektrificatie {close}\n"
    "De aanleg van de bovenleiding is in maart 2031 gestart.\n\n"
    "{open} Herstructurering Kampen-Zuid, Hagenbroek (340 woningen) {close}\n"
    "De provincie draagt drie ton bij aan de sloop van de eerste 80 woningen.\n\n"
    "{open} Vervolg {close}\n"
    "Het volgende overleg is in het najaar.\n\n"
    "Het college van burgemeester en wethouders van Kampen,\n"
)


@pytest.mark.parametrize(("open_", "close"), [("==", "=="), ("===", "==="), ("==", " ==")])
def test_wiki_headings_head_projects(open_: str, close: str) -> None:
    text = RIB.format(open=open_, close=close.strip())
    phases = _phases(text)
    assert phases.get("Kamperlijn, elektrificatie") == "realisatie"
    assert any(name.startswith("Herstructurering Kampen-Zuid, Hagenbroek") for name in phases)
    assert not any("Vervolg" in name or "=" in name for name in phases)


@pytest.mark.parametrize(
    "line",
    [
        "== Kamperlijn ===",  # unequal signs: no heading
        "a == b",  # a formula
        "Kosten == baten ==",  # signs not round the whole line
    ],
)
def test_unequal_or_inner_equals_signs_stay(line: str) -> None:
    assert markdown_marks(f"{line}\nEen zin.\n") == []


def _without_marks(text: str) -> str:
    for start, end, _ in sorted(markdown_marks(text), reverse=True):
        text = text[:start] + text[end:]
    return text


def test_a_wiki_heading_loses_its_signs_and_blanks() -> None:
    assert _without_marks("  == Kamperlijn Oost ==  \nEen zin.\n") == "Kamperlijn Oost\nEen zin.\n"


# --- a credit for a work named in lower case, wrapped over two lines ---------------------------

PROPOSAL = (
    "Agendapunt 9a                                   Gemeente Zutphen\n"
    "RAADSVOORSTEL  2031-022                         Zutphen, 2 juni 2031\n"
    "Onderwerp: kredietaanvraag mobiliteit 2031\n\n"
    "De raad wordt voorgesteld te besluiten:\n"
    "{number}  een krediet van € 3.200.000 beschikbaar te stellen voor de {work}\n"
    "    {wrapped}, bestaande uit:\n"
    "      (a) een fietsbrug over de IJssel;\n"
    "      (b) 4,1 kilometer vrijliggend fietspad;\n"
    "{second}  het college te machtigen de aanbesteding te starten.\n\n"
    "Financiën\n"
    "  Investering                      € 3.200.000\n"
)


@pytest.mark.parametrize(
    ("number", "second", "work", "wrapped", "name"),
    [
        ("1°", "2°", "fietsroute", "Zutphen - Deventer met fietsbrug over de IJssel",
         "Fietsroute Zutphen - Deventer"),
        ("1.", "2.", "snelfietsroute", "Zutphen - Deventer",
         "Snelfietsroute Zutphen - Deventer"),
        ("a)", "b)", "fietsverbinding Zutphen -", "Deventer inclusief fietspad",
         "Fietsverbinding Zutphen - Deventer"),
    ],
)  # fmt: skip
def test_a_credit_for_a_work_named_by_its_kind_in_lower_case(
    number: str, second: str, work: str, wrapped: str, name: str
) -> None:
    text = PROPOSAL.format(number=number, second=second, work=work, wrapped=wrapped)
    assert _names(text) == [name]


@pytest.mark.parametrize(
    ("work", "wrapped"),
    [
        ("uitvoering", "van de plannen van het college"),  # no kind of object
        ("voorbereiding", "van het werk"),
    ],
)
def test_a_credit_for_no_object_makes_no_project(work: str, wrapped: str) -> None:
    text = PROPOSAL.format(number="1°", second="2°", work=work, wrapped=wrapped)
    assert _names(text) == []


def test_an_empty_first_cell_of_a_wider_table_still_names_its_project() -> None:
    text = (
        "Voortgang per regio\n\n"
        "| Regio  | Project                   | Fase        |\n"
        "|--------|---------------------------|-------------|\n"
        "| Oost   | N35 Wierden - Almelo      | realisatie  |\n"
        "|        | A1 Apeldoorn - Azelo      | verkenning  |\n"
    )
    names = [name for name, _ in read_project_phases(text, "kamerbrief")]
    assert any(name.startswith("A1 Apeldoorn - Azelo") for name in names)
