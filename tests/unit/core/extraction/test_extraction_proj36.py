"""Projects, phases and the genre in the shapes of the thirty-sixth blind batch, on invented
wording (other places, years, numbers and works)."""

import pytest
from tests.unit.core.extraction.readouts import extracted
from tests.unit.core.extraction.readouts import project_names as _names
from tests.unit.core.extraction.readouts import project_phases as _phases

from ruimtemonitor.core.extraction.genres import classify
from ruimtemonitor.core.extraction.project_names import cut_name, named_object

pytestmark = pytest.mark.unit


# --- minutes whose head names the meeting after a label, or with an abbreviated month --------


@pytest.mark.parametrize(
    ("label", "when"),
    [
        ("Overleg:", "Wanneer:      woensdag 9 oktober 2030, 14.00-16.30 uur"),
        ("Vergadering:", "Datum:        9 okt. 2030"),
        ("Overleg :", "Wanneer :     donderdag 21 maart 2030"),
    ],
)
def test_a_labelled_meeting_name_over_its_date_is_minutes(label: str, when: str) -> None:
    text = (
        "Provincie Drenthe  -  Ministerie van IenW  -  gemeente Hoogeveen\n"
        "--------------------------------------------------------------\n"
        f"{label}      Bestuurlijk Overleg Leefomgeving Noord-Nederland\n"
        f"{when}\n"
        "Waar:         Hoogeveen, raadhuis\n"
        "--------------------------------------------------------------\n\n"
        "N-1  Opening\n     Geen mededelingen.\n\n"
        "N-2  Spoorlijn Hoogeveen - Coevorden\n     De verkenning loopt.\n"
    )
    assert classify(text, {}) == "afsprakenlijst"


@pytest.mark.parametrize("title", ["Afspraken en besluiten", "Besluiten en afspraken"])
def test_a_meeting_over_a_title_and_an_abbreviated_date_is_minutes(title: str) -> None:
    text = (
        "bestandsnaam: BOL-Noord_20301009_v2.docx                  blz. 1/2\n\n"
        "Bestuurlijk Overleg Leefomgeving Noord-Nederland\n"
        f"{title}\n\n"
        "Datum:      dinsdag 8 okt. 2030, 09.30 - 12.00 uur\n"
        "Locatie:    Assen, provinciehuis\n\n"
        "Item 1  Opening\n        Het verslag wordt vastgesteld.\n"
    )
    assert classify(text, {}) == "afsprakenlijst"


def test_a_letter_about_a_meeting_stays_a_kamerbrief() -> None:
    text = (
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\n"
        "Datum 12 november 2030\nBetreft Uitkomsten BO MIRT\n\n"
        "Geachte voorzitter,\n\n"
        "Overleg: het BO MIRT Noord van 9 okt. 2030 heeft plaatsgevonden. Uw Kamer ontvangt\n"
        "hierbij de uitkomsten.\n"
    )
    assert classify(text, {}) == "kamerbrief"


# --- a project page with a bracketed navigation bar and em-dash key lines --------------------

PAGE = (
    "[Home] [Projecten] [Noordwest] [Wegen] [A9 Heiloo]\n\n"
    "A9, aansluiting Heiloo-Zuid\n"
    "Bijgewerkt op: 3 maart 2031\n\n"
    "Regio {dash} Noordwest (Noord-Holland)\n"
    "Fase {dash} {phase}\n"
    "Opdrachtgever {dash} Rijkswaterstaat West-Nederland Noord\n\n"
    "Waarom dit project?\n"
    "De aansluiting is vaak overbelast.\n\n"
    "Geld\nHet budget is € 48 mln.\n"
)


@pytest.mark.parametrize(
    ("dash", "phase", "expected"),
    [("—", "realisatie", "realisatie"), ("–", "planuitwerking", "planuitwerking")],
)
def test_a_page_under_a_navigation_bar_is_its_title(dash: str, phase: str, expected: str) -> None:
    text = PAGE.format(dash=dash, phase=phase)
    assert classify(text, {}) == "mirt_project"
    assert _phases(text) == {"A9, aansluiting Heiloo-Zuid": expected}


# --- a council proposal's credit point numbered "1/3", its parts under a glyph ---------------

PROPOSAL = (
    "Raadsvoorstel gemeente Dalfsen                        zaak RV/2031/044\n"
    "Vergadering van de raad:  donderdag 5 juni 2031\n"
    "Datum voorstel:           22 april 2031\n"
    "Onderwerp:                {subject}\n\n"
    "Het college stelt de raad voor te besluiten:\n"
    "1/3  een krediet van € 3.400.000 beschikbaar te stellen voor de {work} over de\n"
    "     Overijsselse Vecht, bestaande uit:\n"
    "       ◇ de {part} met toeritten en leuningen;\n"
    "       ◇ de aansluitende {paths} langs de dijk;\n"
    "2/3  de begrotingswijziging 2031-04 vast te stellen;\n"
    "3/3  het college op te dragen de raad uiterlijk 1 oktober 2031 te rapporteren.\n\n"
    "Financiën\n"
    "  Lasten                               | Baten\n"
    "  bouw {part}          € 2.600.000       | bijdrage Rijk        € 1.400.000\n"
    "  {paths}         €   800.000       | gemeente (reserve)   € 2.000.000\n"
    "  totaal             € 3.400.000       | totaal               € 3.400.000\n"
)


@pytest.mark.parametrize(
    ("work", "part", "paths"),
    [("fietsbrug", "brug", "fietspaden"), ("voetgangersbrug", "brug", "wandelpaden")],
)
def test_a_credit_point_numbered_over_its_count_names_the_work(
    work: str, part: str, paths: str
) -> None:
    text = PROPOSAL.format(subject=f"{work} over de Vecht", work=work, part=part, paths=paths)
    names = [n.casefold() for n in _names(text)]
    assert names == [f"{work} over de overijsselse vecht"]


# --- a road, a comma, the work in lower case and the place it lies at -------------------------


@pytest.mark.parametrize(
    "head",
    [
        "N999, ongelijkvloerse kruising Oost-Voorne",
        "A77, nieuwe aansluiting Gennep",
        "N48, ongelijkvloerse oversteek Ommen Noord",
    ],
)
def test_a_road_with_a_work_at_a_place_is_one_name(head: str) -> None:
    assert cut_name(head) == (head, "")
    assert named_object(head)


def test_a_road_with_a_clause_after_the_comma_is_cut() -> None:
    assert cut_name("N48, de provincie neemt Ommen mee")[0] == "N48"


def test_numbered_projects_of_a_season_letter_keep_the_work_at_the_road() -> None:
    text = (
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\n"
        "Datum 20 november 2031\nBetreft MIRT-brief najaar 2031\n\n"
        "Geachte voorzitter,\n\n"
        "Regio Zuidwest ————————————————————————————————————\n"
        "(12) N999, ongelijkvloerse kruising Oost-Voorne\n"
        "     De werkzaamheden zijn in mei 2031 gestart en in uitvoering.\n\n"
        "Regio Oost ————————————————————————————————————————\n"
        "(13) N48, ongelijkvloerse oversteek Ommen Noord\n"
        "     De planuitwerking loopt sinds maart 2031.\n"
    )
    assert _phases(text) == {
        "N999, ongelijkvloerse kruising Oost-Voorne": "realisatie",
        "N48, ongelijkvloerse oversteek Ommen Noord": "planuitwerking",
    }


# --- items numbered with a bar: "2 | Name" ---------------------------------------------------

BAR_ITEMS = (
    "AFSPRAKENLIJST BESTUURLIJK OVERLEG MIRT OOST-NEDERLAND\n"
    "^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n"
    "Vergaderdatum : 2031-11-04\n"
    "Plaats        : Zutphen, stadhuis\n\n"
    "1 | Opening\n"
    "    De voorzitter opent de vergadering.\n\n"
    "2 | Spoorlijn Zutphen - Winterswijk, capaciteitsuitbreiding\n"
    "    De MIRT-verkenning is in april 2031 gestart en loopt. Rijk en regio komen overeen:\n"
    "    • de provincie rondt de verkenning af tegen het einde van 2032;\n"
    "    • het Rijk reserveert een bijdrage van € 4 mln.\n\n"
    "3 | N348 Zutphen - Deventer, verbreding\n"
    "    Afgesproken wordt dat de provincie de planuitwerking voortzet en dat het Rijk\n"
    "    € 6 miljoen bijdraagt.\n\n"
    "4 | Rondvraag\n"
    "    Geen punten.\n"
)


def test_items_numbered_with_a_bar_take_their_own_phase() -> None:
    assert _phases(BAR_ITEMS) == {
        "Spoorlijn Zutphen - Winterswijk, capaciteitsuitbreiding": "verkenning",
        "N348 Zutphen - Deventer, verbreding": "planuitwerking",
    }


# --- a unit that runs over a nested item takes the phase of its own text ---------------------

ACTIONS = (
    "Uitvoeringsagenda NOVEX Twente\n"
    "Provincie Overijssel · Regio Twente · Ministerie van VRO\n"
    "Vastgesteld in het BOL Oost op 14.11.2031\n\n"
    "Thema II  Bereikbaarheid\n"
    "  II-a  Station Hengelo-Noord, {first}\n"
    "       {first_sentence}\n"
    "       trekker ProRail — gereed 2033 — budget € 3,1 mln\n"
    "  II-b  N18, fietsoversteek Haaksbergen\n"
    "       {second_sentence}\n"
)


@pytest.mark.parametrize(
    ("first_sentence", "second_sentence", "expected"),
    [
        (
            "ProRail werkt de variant uit en legt deze voor vóór 1 juli 2032.",
            "De oversteek is sinds mei 2031 in uitvoering; geen nieuwe afspraken.",
            (None, "realisatie"),
        ),
        (
            "De realisatie is in maart 2031 begonnen.",
            "Stand: MIRT-onderzoek loopt sinds juni 2031.",
            ("realisatie", "onderzoek"),
        ),
    ],
)
def test_a_nested_item_keeps_its_phase_to_itself(
    first_sentence: str, second_sentence: str, expected: tuple[str | None, str]
) -> None:
    text = ACTIONS.format(
        first="perronverlenging", first_sentence=first_sentence, second_sentence=second_sentence
    )
    phases = _phases(text)
    assert phases.get("Station Hengelo-Noord, perronverlenging", "absent") == expected[0]
    assert phases.get("N18, fietsoversteek Haaksbergen") == expected[1]


# --- a housing count read by a scan ("vvoningen") -----------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        "Woningbouw Lelystad, Warande-Noord (900 vvoningen)",
        "Woningbouw Dronten, Educatorium (75 vvoningen)",
    ],
)
def test_a_scanned_housing_count_after_a_site_is_a_named_object(name: str) -> None:
    assert named_object(name)


# --- the new shapes stay linear on long runs of blanks ----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Overleg:" + " " * 8000 + "BOL Noord\nWanneer: 3 okt. 2030\n",
        "N99, ongelijkvloerse" + " " * 8000 + "kruising X\nDe verkenning loopt.\n",
        "[Home]" + " " * 8000 + "[X]\nFase" + " " * 8000 + "— realisatie\n",
        "1/3  een krediet van € 2 beschikbaar te stellen voor de" + " " * 8000 + "x;\n",
        "2 |" + " " * 8000 + "Spoorlijn X - Y\n",
    ],
)
def test_new_shapes_read_blank_runs_quickly(text: str) -> None:
    import time

    began = time.perf_counter()
    extracted(text)
    assert time.perf_counter() - began < 5
