"""Projects and phases in the shapes of the thirty-seventh blind batch, on invented wording
(other places, years, numbers and works)."""

import time

import pytest
from tests.unit.core.extraction.readouts import extracted
from tests.unit.core.extraction.readouts import project_names as _names
from tests.unit.core.extraction.readouts import project_phases as _phases

from ruimtemonitor.core.extraction.phases import project_phase
from ruimtemonitor.core.extraction.project_filters import names_no_project
from ruimtemonitor.core.extraction.project_heads import two_sentences
from ruimtemonitor.core.extraction.project_names import named_object
from ruimtemonitor.core.extraction.project_terms import meeting_title

pytestmark = pytest.mark.unit


# --- "Ad 2 — Naam": a point answered, led to its name by an em dash ---------------------------


@pytest.mark.parametrize("dash", ["—", " —", "—  "])
def test_an_answered_point_with_an_em_dash_is_no_part_of_the_name(dash: str) -> None:
    text = (
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\n"
        "Datum      14 maart 2031\nBetreft    Voortgang projecten Zuidwaard\n\n"
        "Geachte voorzitter,\n\nHieronder ga ik per project in op de stand van zaken.\n\n"
        f"Ad 1 {dash} Dijkversterking Zuidwaard - Molenhoek\n"
        "De versterking van ruim 8 km dijk is sinds 2029 in uitvoering. De kosten zijn\n"
        "geraamd op ca. 61 miljoen; het waterschap draagt 10% bij.\n"
        "De oplevering is voorzien in het tweede kwartaal van 2032.\n\n"
        f"Ad 2 {dash} N418 Veldhuizen - Brakel, verbreding\n"
        "De planuitwerking loopt sinds april 2030. Het Rijk en de provincie reserveren\n"
        "samen € 7 mln voor de aansluiting Brakel-Oost. Het tracébesluit\n"
        "neem ik naar verwachting in de zomer van 2032.\n\nHoogachtend,\n"
    )
    names = _names(text)
    assert "Dijkversterking Zuidwaard - Molenhoek" in names
    assert "N418 Veldhuizen - Brakel, verbreding" in names
    assert not any(name.startswith("Ad ") for name in names)


# --- "K.3  Naam": an action lettered by its theme, a dot and its number ------------------------


def test_an_action_numbered_letter_dot_number_is_no_part_of_the_name() -> None:
    text = (
        "NOVEX-gebied Rivierenland\n"
        "UITVOERINGSAGENDA 2031-2036\n"
        "Datum: 12-05-2031\n"
        "\n"
        "2.1  Wonen\n"
        "Rijk en regio komen overeen dat tot 2036 ten minste 4.000 woningen worden\n"
        "gebouwd in de twee gemeenten.\n"
        "\n"
        "K.1  Woningbouw Tielburg, Havenkwartier (1.800 woningen)\n"
        "De gemeente start de eerste fase in 2032.\n"
        "trekker=gemeente Tielburg | gereed=2034 | middelen=€ 9 mln\n"
        "\n"
        "K.2  Transformatie Molenwaard, Kanaalzone Noord\n"
        "De provincie maakt een plan voor de kade.\n"
        "trekker=provincie | gereed=eind 2033 | middelen=p.m.\n"
        "\n"
        "2.2  Bereikbaarheid\n"
        "B.1  Station Tielburg, herinrichting stationsplein\n"
        "ProRail en de gemeente werken het ontwerp uit.\n"
        "trekker=ProRail | gereed=Q2 2034 | middelen=€ 3 - 4 mln\n"
        "\n"
        "3  Monitoring\n"
        "De voortgang wordt jaarlijks besproken.\n"
    )
    names = _names(text)
    assert any(name.startswith("Woningbouw Tielburg, Havenkwartier") for name in names)
    assert "Transformatie Molenwaard, Kanaalzone Noord" in names
    assert not any(name.startswith(("K.1", "K.2")) for name in names)


# --- "is sinds het voorjaar van 2027 in uitvoering": a season between "is" and the phase ------


@pytest.mark.parametrize(
    "sentence",
    [
        "De verbreding is sinds het voorjaar van 2027 in uitvoering.",
        "De reconstructie is sinds de zomer van 2031 in uitvoering.",
        "De kade is sinds de winter van 2029 in uitvoering.",
    ],
)
def test_a_phase_since_a_season_is_stated(sentence: str) -> None:
    assert project_phase(sentence) == "realisatie"


# --- a phase sentence and a formula on one line under a hash-numbered item --------------------


def test_a_line_of_two_sentences_is_prose_under_the_item() -> None:
    assert two_sentences("De verkenning loopt sinds maart 2029. Partijen besluiten:")
    assert two_sentences("De planuitwerking is gestart. Het overleg stemt in met:")
    assert not two_sentences("N418 Veldhuizen - Brakel, verbreding")
    assert not two_sentences("Station Kerkdorp, fietsenstalling")
    text = (
        "BO MIRT Zuid\nAfsprakenlijst van 12 november 2030\n\n"
        "#2 N418 Veldhuizen - Brakel, ongelijkvloerse kruising\n"
        "De verkenning loopt sinds maart 2029. Het overleg besluit:\n"
        " ◆ de provincie draagt € 4 mln bij;\n"
        " ◆ het Rijk draagt 1,5 mln euro bij.\n\n"
        "#3 Station Kerkdorp, fietsenstalling\n"
        "De stalling is op 2 juni 2030 opgeleverd.\n"
    )
    assert _phases(text).get("N418 Veldhuizen - Brakel, ongelijkvloerse kruising") == "verkenning"


# --- programmes for people, quays and parks, meetings named by a province ----------------------


@pytest.mark.parametrize(
    "name",
    [
        "Arbeidsmarktprogramma haven Zuidwaard",
        "Scholingsprogramma techniek Molenhoek",
        "Opleidingsprogramma bouw Rivierenland",
    ],
)
def test_a_programme_for_work_and_training_is_no_project(name: str) -> None:
    assert names_no_project(name)


@pytest.mark.parametrize(
    "name",
    [
        "Kadeversterking Lek, Tielburg",
        "Kadeversterking Oude Gouw",
        "Rivierpark Lekzij",
        "Natuurpark Hoenwaard",
    ],
)
def test_a_quay_strengthened_or_a_park_is_a_named_object(name: str) -> None:
    assert named_object(name)


@pytest.mark.parametrize(
    "title", ["BOL NOORD-BRABANT", "BO Gelderland/Overijssel", "Bestuurlijk Overleg Zeeland"]
)
def test_a_meeting_named_by_its_province_is_a_meeting_title(title: str) -> None:
    assert meeting_title(title)


def test_a_bol_head_line_with_double_slashes_names_no_project() -> None:
    text = (
        "BOL LIMBURG  //  AFSPRAKENLIJST  //  4 apr. 2031\n"
        "Bestuurlijk Overleg Leefomgeving Zuid, locatie provinciehuis\n\n"
        "(i)  Opening\nDe agenda wordt vastgesteld.\n\n"
        "(ii)  Kadeversterking Maas, Roerstad\n"
        "De kadeversterking is sinds mei 2030 in uitvoering. Geen nieuwe afspraken.\n"
    )
    names = _names(text)
    assert "Kadeversterking Maas, Roerstad" in names
    assert not any(name.upper() == name for name in names)


# --- a project page titled in capitals under a breadcrumb and a rule --------------------------


def test_a_page_title_in_capitals_under_a_rule_names_the_page() -> None:
    text = (
        "MIRT Overzicht 2031  ::  Projecten  ::  Regio Oost  ::  Wegen\n"
        + "_" * 60
        + "\n\nN418/A9 VELDHUIZEN - KNOOPPUNT BRAKEL - AANSLUITING MOLENHOEK\n"
        "Projectnummer 22.04.117   |   Stand per 01-09-2031\n\n"
        "## Opgave\nOp de N418 tussen Veldhuizen en Brakel staan files.\n\n"
        "## Huidige fase\nRealisatie. De werkzaamheden zijn in 2030 begonnen.\n"
    )
    assert _names(text) == ["N418/A9 VELDHUIZEN - KNOOPPUNT BRAKEL - AANSLUITING MOLENHOEK"]


# --- a grant decision is about the work its subject names -------------------------------------


@pytest.mark.parametrize(
    ("subject", "work"),
    [
        (
            "subsidieverlening Fietsroute Veldhuizen - Brakel (F41)",
            "Fietsroute Veldhuizen - Brakel",
        ),
        ("subsidievaststelling Rondweg Molenhoek", "Rondweg Molenhoek"),
    ],
)
def test_a_grant_decision_names_the_work_of_its_subject(subject: str, work: str) -> None:
    text = (
        "PROVINCIE ZUIDWAARD\nGedeputeerde Staten                         Tielburg, 2 mei 2031\n"
        "Aan het college van burgemeester en wethouders van Veldhuizen\n\n"
        f"BESCHIKKING\nBetreft: {subject}\n\nGeacht college,\n\n"
        "Op 3 april 2031 hebben wij uw aanvraag ontvangen.\n\n"
        "Gelet op de Subsidieregeling Mobiliteit 2030 besluiten wij:\n\nArtikel 1\n"
        f"U ontvangt een subsidie van ten hoogste € 640.000 voor de aanleg van de\n{work}.\n\n"
        "Artikel 2\nDe werkzaamheden zijn vóór 1 juli 2032 afgerond.\n"
    )
    assert _names(text) == [work]


def test_a_grant_for_no_work_names_no_project() -> None:
    text = (
        "PROVINCIE ZUIDWAARD\nGedeputeerde Staten                         Tielburg, 2 mei 2031\n\n"
        "BESCHIKKING\nBetreft: subsidieverlening Jeugdcultuurfonds Tielburg\n\n"
        "Gelet op de Subsidieregeling Cultuur besluiten wij:\n\nArtikel 1\n"
        "U ontvangt voor het Jeugdcultuurfonds Tielburg ten hoogste € 40.000.\n"
    )
    assert _names(text) == []


# --- the new shapes read blank runs quickly ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Ad 1 —" + " " * 8000 + "x",
        "K.1" + " " * 8000 + "Woningbouw",
        "De weg is sinds het" + " " * 8000 + "voorjaar van 2027 in uitvoering.",
        "BOL" + " " * 8000 + "NOORD-BRABANT",
        "woord." + " " * 8000 + "Nieuwe zin",
    ],
)
def test_new_shapes_read_blank_runs_quickly(text: str) -> None:
    begin = time.perf_counter()
    extracted(text)
    meeting_title(text)
    two_sentences(text)
    project_phase(text)
    assert time.perf_counter() - begin < 5
