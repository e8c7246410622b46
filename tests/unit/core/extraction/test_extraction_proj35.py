"""Projects, phases and the genre in the shapes of the thirty-fifth blind batch, on invented
wording (other places, years, numbers and works)."""

import pytest
from tests.unit.core.extraction.readouts import extracted
from tests.unit.core.extraction.readouts import project_names as _names
from tests.unit.core.extraction.readouts import project_phases as _phases

from ruimtemonitor.core.extraction.genres import classify
from ruimtemonitor.core.extraction.project_filters import names_no_project
from ruimtemonitor.core.extraction.project_layouts import strip_item_number
from ruimtemonitor.core.extraction.project_names import named_object

pytestmark = pytest.mark.unit


# --- a project page as a factsheet of questions -----------------------------------------------

FACTSHEET = (
    "{title}\n"
    "Vaarweg Lemmer - Delfzijl, brug Stroobos\n"
    "^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n"
    "Regio Noord-Nederland | Stand van zaken per 1 maart 2031\n\n"
    "WAT\nDe brug wordt verhoogd zodat containerschepen met vier lagen kunnen varen.\n\n"
    "WAAR\nStroobos, bij de kruising met het kanaal.\n\n"
    "WIE\nRijkswaterstaat Noord-Nederland, provincie Fryslân.\n\n"
    "WANNEER\nDe bouw is in januari 2031 gestart; het project is in uitvoering.\n\n"
    "KOSTEN\nHet budget is € 41,2 mln.\n"
)


@pytest.mark.parametrize("title", ["MIRT-projectbeschrijving", "Projectinformatie", "Factsheet"])
def test_a_factsheet_of_questions_is_a_project_page(title: str) -> None:
    assert classify(FACTSHEET.format(title=title), {}) == "mirt_project"


def test_the_project_of_a_factsheet_takes_the_phase_it_says() -> None:
    result = extracted(FACTSHEET.format(title="MIRT-projectbeschrijving"))
    assert result["documents"][0]["kind"] == "mirt_project"
    assert _phases(FACTSHEET.format(title="MIRT-projectbeschrijving")) == {
        "Vaarweg Lemmer - Delfzijl, brug Stroobos": "realisatie"
    }


def test_two_question_words_in_a_letter_make_no_project_page() -> None:
    letter = (
        "Geachte voorzitter,\n\nHierbij informeer ik u over de stand van zaken.\n\n"
        "WAT\nEen toelichting.\n\nWIE\nDe provincie.\n"
    )
    assert classify(letter, {}) != "mirt_project"


# --- "… is in <maand> gestart en in uitvoering" ------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "De ombouw van het station is in maart 2029 gestart en in uitvoering.",
        "De verbreding is in\n2030 begonnen en inmiddels in uitvoering.",
        "De werken zijn op 4 mei 2028 gestart en nu in uitvoering.",
    ],
)
def test_begun_and_in_progress_is_realisatie(sentence: str) -> None:
    text = (
        "Afsprakenlijst Bestuurlijk Overleg MIRT Oost-Nederland, 12 november 2031\n\n"
        "1  Opening\nDe voorzitter opent het overleg.\n\n"
        f"2  Station Deventer Colmschate, transferium\n{sentence} Geen nieuwe afspraken.\n"
    )
    assert _phases(text).get("Station Deventer Colmschate, transferium") == "realisatie"


# --- item numbers: a region's code with the year, a number in angle brackets -------------------


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("ZW-31-04  Sluis Terneuzen, tweede kolk", "Sluis Terneuzen, tweede kolk"),
        ("OOST-2029-12  N348 Zutphen - Raalte", "N348 Zutphen - Raalte"),
        ("NO-30-1 Fietsroute Assen - Groningen", "Fietsroute Assen - Groningen"),
    ],
)
def test_a_region_year_code_is_no_part_of_the_name(title: str, name: str) -> None:
    assert strip_item_number(title) == name


def test_items_with_region_year_codes_are_projects() -> None:
    text = (
        "Afsprakenlijst BO MIRT Zuidwest, 3 juni 2031\n\n"
        "ZW-31-01  Verslag vorig overleg\nHet verslag wordt vastgesteld.\n\n"
        "ZW-31-02  Sluis Terneuzen, tweede kolk\n"
        "De verkenning loopt sinds maart 2030. Geen nieuwe afspraken.\n\n"
        "ZW-31-03  Stationsgebied Goes\nDe herinrichting is sinds mei 2029 in uitvoering.\n"
    )
    assert _names(text) == ["Sluis Terneuzen, tweede kolk", "Stationsgebied Goes"]


def test_items_numbered_in_angle_brackets_are_projects() -> None:
    text = (
        "RUIMTELIJK ARRANGEMENT RIVIERENLAND\ntussen het Rijk en de provincie Gelderland\n\n"
        "Partijen verklaren het volgende te zijn overeengekomen:\n\n"
        "<1>  Hoogwatergeul Tiel (bypass)\n     De planuitwerking loopt sinds mei 2030.\n\n"
        "<2>  N233 Rhenen - Kesteren\n     -- de verkenning start in 2032;\n\n"
        "<3>  Sluis Weurt, derde kolk\n     Partijen leggen geen nieuwe afspraken vast.\n"
    )
    assert _names(text) == [
        "Hoogwatergeul Tiel (bypass)",
        "N233 Rhenen - Kesteren",
        "Sluis Weurt, derde kolk",
    ]


# --- run-in headings: in capitals with a colon; a rail yard with a full stop -------------------

RIB = (
    "RAADSINFORMATIEBRIEF  gemeente Tiel\n"
    "Tiel, 3 december 2030\nAan: de leden van de gemeenteraad\n\n"
    "KERNBOODSCHAP: Op 20 november 2030 vond het BO MIRT Oost plaats. Wij\n"
    "informeren u over de uitkomsten voor Tiel.\n\n"
    "N15, AANSLUITING TIEL-WEST (PASSEWAAIJ): De verkenning naar de\n"
    "doorstroming loopt sinds het voorjaar van 2030. De resultaten worden\n"
    "verwacht in 2031.\n\n"
    "STATIONSGEBIED TIEL: De herinrichting van het plein is in mei 2029\n"
    "gestart en in uitvoering. De gemeente draagt € 2,1 mln. bij.\n\n"
    "WONINGBOUW TIEL LANDZICHT: Het verzoek om een bijdrage van het Rijk is\n"
    "afgewezen. Het college zoekt andere dekking.\n\n"
    "VERVOLG: Het volgende BO MIRT vindt plaats in het voorjaar van 2031. Wij\n"
    "houden u op de hoogte.\n"
)


def test_run_in_headings_in_capitals_with_a_colon_are_projects() -> None:
    assert _phases(RIB) == {
        "N15, AANSLUITING TIEL-WEST (PASSEWAAIJ)": "verkenning",
        "STATIONSGEBIED TIEL": "realisatie",
        "WONINGBOUW TIEL LANDZICHT": None,
    }


def test_a_rail_yard_under_a_run_in_heading_is_a_project() -> None:
    text = (
        "De Voorzitter van de Tweede Kamer der Staten-Generaal\n\n"
        "Datum 4 april 2031\nBetreft Goederenvervoer\n\nGeachte voorzitter,\n\n"
        "Hierbij informeer ik u over de voortgang van twee projecten voor het\n"
        "goederenvervoer per spoor.\n\n"
        "Emplacement Onnen. De sporen op het emplacement zijn sinds mei 2029 in\n"
        "uitvoering. De kosten bedragen € 41 mln., waarvan € 3 mln. voor de\n"
        "nieuwe geluidsschermen langs de woonwijk aan de oostkant van het\n"
        "emplacement. De oplevering wordt verwacht in het voorjaar van 2032.\n\n"
        "Spoorlijn Zwolle - Emmen, passeersporen Dalfsen. De planuitwerking\n"
        "loopt sinds 2030. Ik onderzoek of de passeersporen eerder kunnen\n"
        "worden aangelegd en informeer uw Kamer voor de zomer over de\n"
        "uitkomst van dat onderzoek en de gevolgen voor de dienstregeling.\n\n"
        "Met vriendelijke groet,\n"
    )
    assert "Emplacement Onnen" in _names(text)


@pytest.mark.parametrize(
    "name",
    [
        "Emplacement Amersfoort",
        "Emplacement Lage Zwaluwe",
        "Noordelijke As (N999 Veenstad - Kleidorp)",
        "Westelijke Parallel (N381 Oosterwolde - Drachten)",
    ],
)
def test_objects_of_this_batch_are_named_objects(name: str) -> None:
    assert named_object(name)


def test_a_department_in_the_letterhead_is_no_project() -> None:
    assert not named_object("Directoraat-Generaal Luchtvaart en Maritieme Zaken")


# --- what is no project: money, programmes for people, a motion's signatories ------------------


@pytest.mark.parametrize(
    "name",
    [
        "Programma Sterke Boeren Achterhoek",
        "Werkgeversaanpak Twente",
        "Bewonersprogramma Overvecht",
        "Programma Vitale Veehouderij Peel",
    ],
)
def test_a_programme_for_people_is_no_project(name: str) -> None:
    assert names_no_project(name)


def test_a_credit_row_is_no_project_and_the_credited_work_is() -> None:
    text = (
        "Gemeente Enkhuizen\nRAADSVOORSTEL d.d. 2 maart 2031\n"
        "Onderwerp: krediet busstation Westerstraat\n\n"
        "Het college stelt de raad voor te besluiten:\n"
        "1.- een krediet van € 2.300.000,-- beschikbaar te stellen voor het\n"
        "    busstation Westerstraat;\n"
        "2.- de begrotingswijziging 2031-02 vast te stellen.\n\n"
        "Financiën\n"
        " Krediet busstation               €   2.300.000,--\n"
        " Bijdrage provincie               €    -900.000,--\n"
    )
    names = [n.casefold() for n in _names(text)]
    assert names == ["busstation westerstraat"]


MOTIONS = (
    "Tweede Kamer der Staten-Generaal                                    2\n"
    "Vergaderjaar 2030–2031\n\n"
    "36 999 A    Vaststelling van de begrotingsstaten van het Mobiliteitsfonds\n\n"
    "Nr. 41      MOTIE VAN HET LID VAN DER WAL C.S.\n"
    "            Voorgesteld 3 november 2030\n\n"
    "De Kamer,\n\ngehoord de beraadslaging,\n\n"
    "constaterende dat de provincie een bijdrage heeft gereserveerd voor een fietsbrug bij"
    " Zwolle;\n\n"
    "verzoekt de regering, in overleg met de provincie een rijksbijdrage te zoeken en de Kamer"
    " hierover te informeren,\n\n"
    "en gaat over tot de orde van de dag.\n\n"
    "Van der Wal\nSmit-Hoekstra\nDe Vries\n\n"
    "Nr. 42      MOTIE VAN HET LID KOOPMANS\n"
    "            Voorgesteld 3 november 2030\n\n"
    "De Kamer,\n\ngehoord de beraadslaging,\n\n"
    "verzoekt de regering de verkeersveiligheid op de N35 bij Raalte te betrekken bij het"
    " commissiedebat MIRT,\n\n"
    "en gaat over tot de orde van de dag.\n\n"
    "Koopmans\n"
)


def test_two_printed_motions_are_two_documents_without_projects() -> None:
    result = extracted(MOTIONS)
    assert [d["kind"] for d in result["documents"]] == ["other", "other"]
    assert result["projects"] == []


# --- the new shapes stay linear on long runs of blanks ----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "WANNEER" + " " * 8000 + "x\n",
        "en gaat over tot de orde van de dag.\n\nJansen" + " " * 8000 + "x\nDe Boer\n",
        "N15, AANSLUITING X" + " " * 8000 + "y: De verkenning loopt.\n",
        "1.- een krediet van € 2,-- beschikbaar te stellen voor de" + " " * 8000 + "x;\n",
        "De bouw is" + " " * 8000 + "gestart en" + " " * 8000 + "x\n",
    ],
)
def test_new_shapes_read_blank_runs_quickly(text: str) -> None:
    import time

    began = time.perf_counter()
    extracted(text)
    assert time.perf_counter() - began < 5
