"""Housing sites and place-and-site items as projects, and lines that look like a project's
head but are not one (a place-and-date line, a numbered theme), on invented wording."""

import pytest
from tests.unit.core.extraction.readouts import extracted

from ruimtemonitor.core.extraction.project_filters import names_no_project
from ruimtemonitor.core.extraction.project_terms import HOUSING_AREA

ARRANGEMENT = (
    "Ruimtelijk Arrangement Provincie Kleiland 2031\n\n"
    "Ondertekend te Veenstad, 4 maart 2031.\n\n"
    "A.  BEREIKBAARHEID\n\n"
    "A.1  N77 Veenstad - Kleidorp, rotonde Moerweg\n"
    "     De planuitwerking loopt; IenW draagt € 2.000.000 bij.\n\n"
    "B.  WONEN\n\n"
    "B.1  Woningbouw Kleidorp-Oost (Moerhoven)\n"
    "     ▪ de gemeente Kleidorp bouwt tot 2034 circa 600 woningen.\n\n"
    "B.2  Veenstad, Havenkwartier\n"
    "     Geen aanvullende afspraken; het project loopt binnen de bestaande regeling.\n\n"
    "B.3  Woningbouw Moerdam, Zuiderveld\n"
    "     De gemeente bouwt 800 woningen.\n"
)


def _names() -> list[str]:
    return [p["name"] for p in extracted(ARRANGEMENT)["projects"]]


def test_housing_sites_and_place_sites_are_projects() -> None:
    names = _names()
    assert "Woningbouw Kleidorp-Oost (Moerhoven)" in names
    assert "Veenstad, Havenkwartier" in names
    assert "Woningbouw Moerdam, Zuiderveld" in names


@pytest.mark.parametrize(
    ("title", "site"),
    [
        ("Woningbouw Moerdam, Zuiderveld", True),
        ("Woningbouw Kleidorp-Oost (Moerhoven)", True),
        ("Woningbouw Kleidorp-Centrum / Veenstad Havenrand", True),
        ("Woningbouw Zuid-Kleiland, Polderrand", False),
        ("Woningbouw en energie", False),
        ("Woningbouw (algemeen)", False),
    ],
)
def test_housing_site_forms(title: str, site: bool) -> None:
    assert bool(HOUSING_AREA.match(title)) is site


@pytest.mark.parametrize(
    ("name", "none"),
    [
        ("Veenstad, 3 maart 2011", True),
        ("Opgave 4. Water en bodem (Kleipolder)", True),
        ("Thema B: Wonen en werken", True),
        ("Opgave 1: Spoorzone Veenstad", False),
        ("N77 Veenstad - Kleidorp", False),
    ],
)
def test_place_date_lines_and_numbered_themes_name_no_project(name: str, none: bool) -> None:
    assert names_no_project(name) is none


def test_statenbrief_dateline_is_no_project() -> None:
    text = (
        "Statenbrief\n"
        "                         Aan de leden van Provinciale Staten van Kleiland\n"
        "Veenstad, 12 oktober 2013\n"
        "Onderwerp: stand van zaken provinciale wegen\n\n"
        "N77 Veenstad - Kleidorp\n"
        "Fase: planuitwerking. De provincie werkt het ontwerp uit.\n"
    )
    names = [p["name"] for p in extracted(text)["projects"]]
    assert not any(name.startswith("Veenstad, 12") for name in names)


def test_credit_for_a_step_of_a_work_names_the_work() -> None:
    text = (
        "Gemeente Moerdam                                       Raadsvoorstel\n\n"
        "Datum voorstel    : 3 april 2027\n"
        "Onderwerp         : krediet voor de planuitwerking aansluiting A9 Moerdam-Zuid\n"
        "                    en ontsluiting werklocatie De Kreek\n\n"
        "Voorgesteld besluit\n"
        "De raad besluit een krediet van € 700.000 beschikbaar te stellen.\n"
    )
    names = [p["name"] for p in extracted(text)["projects"]]
    assert names == ["Aansluiting A9 Moerdam-Zuid"]


def test_project_label_in_a_proposal_head_and_a_cost_balance() -> None:
    text = (
        "RAADSVOORSTEL                                   gemeente Kleiland\n\n"
        "Datum voorstel        4 maart 2028\n"
        "Project               Aansluiting N88 Veenstad-West\n"
        "Onderwerp             Krediet voor de ombouw van de aansluiting N88 Veenstad-West\n"
        "                      en het fietspad Veenstad - Kleidorp\n\n"
        "VOORGESTELD BESLUIT\n"
        "De raad wordt voorgesteld een krediet van € 2.000.000 beschikbaar te stellen.\n\n"
        "Kosten\tBedrag\tDekking\tBedrag\n"
        "Ombouw aansluiting Veenstad-\t1.500\tBijdrage provincie\t1.000\n"
        "Fietspad Veenstad - Kleidorp\t500\tGemeente\t1.000\n"
        "Totaal\t2.000\tTotaal\t2.000\n"
    )
    names = [p["name"] for p in extracted(text)["projects"]]
    assert names == ["Aansluiting N88 Veenstad-West"]
