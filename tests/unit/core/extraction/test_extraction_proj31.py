"""Projects, phases and the letter's date in the shapes of the thirty-first blind batch, on
invented wording (other places, years, numbers and works)."""

import datetime as dt

import pytest
from tests.unit.core.extraction.readouts import extracted, times, whole_document

from ruimtemonitor.core.extraction.letter_date import find_letter_date
from ruimtemonitor.core.extraction.phases import project_phase
from ruimtemonitor.core.extraction.project_filters import names_no_project
from ruimtemonitor.core.extraction.project_layouts import strip_item_number
from ruimtemonitor.core.extraction.project_pages import page_project


def _names(text: str) -> list[str]:
    return [p["name"] for p in extracted(text)["projects"]]


def _phases(text: str) -> dict[str, str | None]:
    return {p["name"]: p["phase"] for p in extracted(text)["projects"]}


def _phase_of(text: str, start: str) -> str | None:
    return next(p["phase"] for p in extracted(text)["projects"] if p["name"].startswith(start))


@pytest.mark.parametrize(
    "name",
    [
        "Isolatieprogramma Veenstad-Noord",
        "Isolatieaanpak Kleidorp-Oost",
        "Woningisolatie Oosterhaven",
        "Aanpak isolatie Lindeburg",
    ],
)
def test_insulating_homes_is_no_project(name: str) -> None:
    assert names_no_project(name)


@pytest.mark.parametrize(
    "name",
    ["Geluidsscherm A28 Veenstad", "Station Kleidorp, perronverlenging", "Dijk Isala-Oost"],
)
def test_works_named_beside_insulation_stay_projects(name: str) -> None:
    assert not names_no_project(name)


@pytest.mark.parametrize(
    ("title", "stripped"),
    [
        ("IV    RONDVRAAG", "RONDVRAAG"),
        ("II    BEREIKBAARHEID", "BEREIKBAARHEID"),
        ("III. Wonen en leefomgeving", "Wonen en leefomgeving"),
        # no gap or dot: a word or a name, not a section's number
        ("IJssellijn Zwolle - Kampen", "IJssellijn Zwolle - Kampen"),
        ("Vijfsluizen, brug", "Vijfsluizen, brug"),
    ],
)
def test_a_roman_section_number_before_a_gap_is_no_part_of_the_title(
    title: str, stripped: str
) -> None:
    assert strip_item_number(title) == stripped


ROMAN_LIST = (
    "AFSPRAKEN BO MIRT OOST\n"
    "Deventer, 9 oktober 2031\n\n"
    "I     OPENING\n"
    "I.1   Het verslag van 3 april 2031 wordt vastgesteld.\n\n"
    "II    BEREIKBAARHEID\n"
    "II.1  N348 Deventer - Raalte, rotonde Boskamp\n"
    "      Stand: verkenning sinds het voorjaar van 2030.\n"
    "      Rijk en provincie spreken af dat de provincie de rotonde ontwerpt.\n"
    "II.2  Station Deventer Colmschate, perron\n"
    "      Het perron wordt sinds maart 2031 verbreed. Geen nieuwe afspraken.\n"
    "III   WONEN\n"
    "III.1 Woningisolatie Raalte-Noord\n"
    "      Het BO neemt kennis van de aanpak. Geen afspraken.\n"
)


def test_a_roman_opening_and_an_insulation_item_are_no_projects() -> None:
    names = _names(ROMAN_LIST)
    assert not any("OPENING" in name for name in names)
    assert not any("isolatie" in name.lower() for name in names)
    assert any(name.startswith("N348 Deventer - Raalte") for name in names)


def test_a_work_done_since_a_time_puts_the_item_in_realisation() -> None:
    phases = _phases(ROMAN_LIST)
    assert phases["Station Deventer Colmschate, perron"] == "realisatie"


@pytest.mark.parametrize(
    "body",
    [
        "Het perron wordt sinds april 2031 verlengd. Geen nieuwe afspraken.",
        "De kademuren worden sinds het najaar vernieuwd.",
        "Sinds mei 2030 wordt de brug over de Vecht gerenoveerd.",
    ],
)
def test_work_under_way_since_a_time_is_realisation(body: str) -> None:
    assert project_phase(body) == "realisatie"


@pytest.mark.parametrize(
    "body",
    [
        "Het tracé wordt sinds 2030 onderzocht door de provincie.",
        "Sinds maart wordt het voorstel besproken met de bewoners.",
    ],
)
def test_a_study_or_talk_since_a_time_is_no_realisation(body: str) -> None:
    assert project_phase(body) != "realisatie"


@pytest.mark.parametrize(
    "body",
    [
        "De stalling is sinds 3 mei 2031 in gebruik. Er zijn geen nieuwe afspraken.",
        "De perrons zijn sinds februari in gebruik.",
    ],
)
def test_in_use_since_a_day_or_month_is_delivered(body: str) -> None:
    assert project_phase(body) == "opgeleverd"


@pytest.mark.parametrize(
    "body",
    [
        "De huidige brug is sinds 1962 in gebruik; zij wordt vervangen.",
        "Het terrein is sinds mei 2031 in gebruik als bouwplaats.",
    ],
)
def test_old_works_or_other_uses_are_not_delivered(body: str) -> None:
    assert project_phase(body) != "opgeleverd"


@pytest.mark.parametrize(
    ("body", "phase"),
    [
        ("Het waterschap heeft de dijkversterking op 4 juni 2030 opgeleverd.", "opgeleverd"),
        ("ProRail heeft de fietsenstalling in maart opgeleverd.", "opgeleverd"),
        ("De gemeente heeft het advies in maart opgeleverd.", None),
    ],
)
def test_a_strengthening_or_bicycle_park_delivered(body: str, phase: str | None) -> None:
    assert project_phase(body) == phase


def test_a_phase_label_parted_from_its_value_by_one_tab_wins() -> None:
    body = "Fase\tverkenning\nDe werkzaamheden aan de oude aansluiting zijn in 2030 gestart."
    assert project_phase(body) == "verkenning"


_RULE = "─" * 60
# as the cleaner gives a page whose breadcrumb, rules and title it joined into long lines
JOINED_PAGE = (
    f"MIRT Projectenboek 2032 — Regio Noord-Nederland — Hoofdwegennet {_RULE} N33 Assen - "
    f"Zuidbroek\n{_RULE} Projectnummer\tHWN-N-012\n"
    "Fase\tplanuitwerking (tracébesluit in voorbereiding)\n"
    "Versie\t1 maart 2031\n\n"
    "Wat gaat er gebeuren?\n"
    "• aanleg van een tweede rijbaan tussen Assen en Zuidbroek;\n"
    "• een ongelijkvloerse aansluiting bij Eext.\n"
)


def test_a_project_page_titled_between_box_rules() -> None:
    project = page_project(JOINED_PAGE, whole_document(JOINED_PAGE, "mirt_project"))
    assert project.name == "N33 Assen - Zuidbroek"
    assert project.phase == "planuitwerking"


def test_a_page_without_rules_keeps_its_title_line() -> None:
    page = JOINED_PAGE.replace(f" {_RULE} ", "\n").replace(f"{_RULE} ", "")
    assert page_project(page, whole_document(page, "mirt_project")).name == (
        "N33 Assen - Zuidbroek"
    )


MIRT_BRIEF = (
    "Ministerie van Infrastructuur en Milieu\n\n"
    "Datum        20 november 2031\n"
    "Betreft      MIRT-brief najaar 2031: uitkomsten bestuurlijke overleggen\n\n"
    "Geachte voorzitter,\n\n"
    "Hierbij informeer ik u over de uitkomsten van de bestuurlijke overleggen MIRT.\n\n"
    "01  Kustversterking Petten, Hondsbossche (Noordwest-Nederland)\n"
    "    Het waterschap heeft de versterking op 2 mei 2031 opgeleverd.\n"
    "02  Hanzelijn-Noord, Drontermeer (Oost-Nederland)\n"
    "    De aanleg is sinds het najaar van 2030 in uitvoering.\n\n"
    "Hoogachtend,\n\n"
    "DE MINISTER VAN INFRASTRUCTUUR EN MILIEU,\n"
)


def test_numbered_headings_tagged_with_their_region_are_projects() -> None:
    projects = {p["name"]: p for p in extracted(MIRT_BRIEF)["projects"]}
    assert projects["Kustversterking Petten, Hondsbossche"]["region"] == "Noordwest"
    assert projects["Kustversterking Petten, Hondsbossche"]["phase"] == "opgeleverd"
    assert projects["Hanzelijn-Noord, Drontermeer"]["region"] == "Oost"
    assert projects["Hanzelijn-Noord, Drontermeer"]["phase"] == "realisatie"


AREAS = (
    "Ministerie van Infrastructuur en Milieu\n\n"
    "Datum        20 november 2031\n"
    "Betreft      Voortgang gebieden\n\n"
    "Geachte voorzitter,\n\n"
    "Hierbij informeer ik u over de gebieden waarover wij met de regio spraken.\n\n"
    "01  Polder Eemland, Bunschoten {tag}\n"
    "    Wij spraken hierover met de gemeente en de provincie.\n"
    "02  Vallei Grebbe, Rhenen {tag}\n"
    "    Wij spraken hierover met de gemeente en het waterschap.\n\n"
    "Hoogachtend,\n\n"
    "DE MINISTER VAN INFRASTRUCTUUR EN MILIEU,\n"
)


def test_a_region_tag_makes_a_numbered_heading_a_project_a_remark_does_not() -> None:
    tagged = _names(AREAS.format(tag="(Oost-Nederland)"))
    assert "Polder Eemland, Bunschoten" in tagged
    assert "Vallei Grebbe, Rhenen" in tagged
    remarked = _names(AREAS.format(tag="(vervolg)"))
    assert not any(name.startswith("Polder Eemland") for name in remarked)


PROPOSAL = (
    "RAADSVOORSTEL\n"
    "Gemeente Veenstad\n"
    "Vergaderdatum raad   16 juni 2031\n"
    "Collegebesluit       20 mei 2031\n"
    "Onderwerp            Reconstructie Havenkade Veenstad, krediet\n\n"
    "Voorgesteld besluit\n"
    "Besluit 1  In te stemmen met de reconstructie van de Havenkade Veenstad,\n"
    "           bestaande uit:\n"
    "           (i)  een nieuwe kademuur;\n"
    "           (ii) een fietspad langs het water.\n"
    "Besluit 2  Een krediet van € 3,2 mln beschikbaar te stellen voor de uitvoering.\n\n"
    "Planning\n"
    "Start werk: najaar 2031.\n"
)


def test_a_council_proposal_is_dated_by_its_college_decision() -> None:
    assert find_letter_date(PROPOSAL, "raadsvoorstel") == dt.date(2031, 5, 20)
    undecided = PROPOSAL.replace("Collegebesluit       20 mei 2031\n", "")
    assert find_letter_date(undecided, "raadsvoorstel") == dt.date(2031, 6, 16)


def test_the_council_meeting_ahead_is_a_deadline() -> None:
    deadlines, events = times(PROPOSAL)
    assert any("16 juni 2031" in d for d in deadlines)
    assert not any("20 mei 2031" in e for e in events)


def test_a_decision_point_assenting_to_a_work_names_the_project() -> None:
    names = _names(PROPOSAL)
    assert any(name.startswith("Reconstructie van de Havenkade Veenstad") for name in names)


def test_a_decision_point_assenting_to_a_budget_names_no_work() -> None:
    budget = PROPOSAL.replace(
        "In te stemmen met de reconstructie van de Havenkade Veenstad,",
        "In te stemmen met de begroting van de gemeente Veenstad,",
    )
    assert not any(name.lower().startswith("begroting") for name in _names(budget))


AGENDA = (
    "# Uitvoeringsagenda NOVEX Regio Veenstad\n\n"
    "Vastgesteld in het BOL Oost van 4 december 2031. Datum: 4-12-2031.\n\n"
    "## Acties\n\n"
    "| Actie | Wat | Wie | Wanneer | Middelen |\n"
    "|-------|-----|-----|---------|----------|\n"
    "| K1 | Station Veenstad-Zuid, fietsparkeren | ProRail | gereed | — |\n"
    "| K2 | Fietsroute Veenstad - Kleidorp | provincie | 2032 | € 1,1 mln |\n\n"
    "Toelichting bij {code}: de fietsenstalling is in juni 2031 in gebruik genomen;\n"
    "hierover worden geen nieuwe afspraken gemaakt.\n"
)


def test_a_note_labelled_with_a_rows_code_gives_that_rows_phase() -> None:
    text = AGENDA.format(code="K1")
    assert _phase_of(text, "Station Veenstad-Zuid") == "opgeleverd"
    assert _phase_of(text, "Fietsroute Veenstad - Kleidorp") is None


def test_a_note_on_another_code_gives_the_row_no_phase() -> None:
    assert _phase_of(AGENDA.format(code="K7"), "Station Veenstad-Zuid") is None
