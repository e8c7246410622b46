"""Agreement layouts of the thirty-fourth blind batch: items numbered by a year's two digits
and a serial ("31-01", "31-02"), whose long title line is not glued to the line under it, and a
housing site whose place is followed by the kind of development ("Veenstad, herontwikkeling
Kadewerf (1.200 woningen)")."""

import pytest
from tests.unit.core.extraction.readouts import agreements as _agreements
from tests.unit.core.extraction.readouts import commitment_texts as _commitments
from tests.unit.core.extraction.readouts import extracted as _json

from ruimtemonitor.core.extraction.enumerated_runs import run_headings
from ruimtemonitor.core.extraction.heading_forms import HEADING_START
from ruimtemonitor.core.extraction.project_sites import housing_site

pytestmark = pytest.mark.unit


SERIAL_ITEMS = """                                  Provincie Kleiland
                                  Ministerie van IenW
                                  Bestuurlijk Overleg Leefomgeving Oost
                                  Veenstad, 12 oktober 2031

AFSPRAKEN BOL OOST - NAJAAR 2031

31-01  Opening en mededelingen
       De agenda wordt vastgesteld.

31-02  Veenstad, herontwikkeling Kadewerf-Noord (1.200 woningen)
       Rijk, provincie en gemeente spreken af:
        ◦ BZK draagt € 8,5 mln bij uit de Woningbouwimpuls;
        ◦ de gemeente stelt het bestemmingsplan vast in 2032.

31-03  N77 Veenstad - Kleidorp, rotonde Moerweg
       De verkenning loopt sinds mei 2031. Partijen leggen vast dat
        ◦ IenW € 3 mln bijdraagt;
        ◦ de provincie de aanbesteding in 2032 start.

31-04  Kleidorp, woningbouw Zuiderveld
       De gemeente vraagt € 2 mln. Het Rijk kan hier niet in voorzien. Geen afspraken.

31-05  Netcongestie Kleiland-Oost
       Partijen stemmen in met een gezamenlijke aanpak; de provincie stelt € 90.000 beschikbaar.

31-06  Rondvraag
       Geen punten.
"""


def test_year_serial_numbers_head_a_run_of_items() -> None:
    found = _agreements(SERIAL_ITEMS)
    assert [a["number"] for a in found] == ["31-02", "31-03", "31-05"]
    assert found[0]["title"].startswith("Veenstad, herontwikkeling Kadewerf-Noord")
    assert _commitments(found[0]) == [
        "BZK draagt € 8,5 mln bij uit de Woningbouwimpuls;",
        "de gemeente stelt het bestemmingsplan vast in 2032.",
    ]
    assert _commitments(found[1])[0] == "IenW € 3 mln bijdraagt;"
    assert _commitments(found[2])[0].startswith("Partijen stemmen in met een gezamenlijke")


def test_no_dangling_formula_is_read_as_an_agreement_of_its_own() -> None:
    titles = [a["title"] for a in _agreements(SERIAL_ITEMS)]
    assert "Partijen leggen vast dat" not in titles
    assert all(not t.startswith("31-") for t in titles)


def test_year_serial_items_name_their_projects() -> None:
    names = [p["name"] for p in _json(SERIAL_ITEMS)["projects"]]
    assert any(n.startswith("Veenstad, herontwikkeling Kadewerf-Noord") for n in names)
    assert "N77 Veenstad - Kleidorp, rotonde Moerweg" in names
    assert "Kleidorp, woningbouw Zuiderveld" in names


def test_a_run_of_year_serials_needs_its_first_item() -> None:
    lines = ["12-03  Kickoff werkgroep", "12-04  Tweede sessie", "12-05  Derde sessie"]
    assert run_headings(lines) == {}
    lines = ["08-01  Opening", "08-02  Woningbouw Kleidorp", "08-03  Rondvraag"]
    assert [n for n, _ in run_headings(lines).values()] == ["08-01", "08-02", "08-03"]


def test_dates_and_mixed_years_are_no_serial_run() -> None:
    # a date "12-10-2031" and serials of two different years
    lines = ["12-10-2031  Overleg", "31-01  Opening", "30-02  Woningbouw Kleidorp"]
    assert run_headings(lines) == {}


@pytest.mark.parametrize(
    ("title", "site"),
    [
        ("Veenstad, herontwikkeling Kadewerf (1.200 woningen)", True),
        ("Kleidorp, transformatie Havenkwartier (800 woningen)", True),
        ("Moerdam, gebiedsontwikkeling Zuiderpolder (2.000 woningen)", True),
        # no homes in the title and a site of more than a name: no housing site on its own
        ("Veenstad, herontwikkeling Kadewerf", False),
        ("Kleidorp, transformatie van het bedrijventerrein tot een werklocatie", False),
    ],
)
def test_a_development_word_before_the_site(title: str, site: bool) -> None:
    assert housing_site(title) is site


@pytest.mark.parametrize(
    ("line", "heading"),
    [
        ("31-02  Veenstad, herontwikkeling Kadewerf-Noord (1.200 woningen)", True),
        ("07-11  Kleidorp, station Moerweg", True),
        # one space, a lower-case word, or a date: no heading start
        ("31-02 Veenstad, herontwikkeling", False),
        ("31-02  de gemeente bouwt", False),
        ("12-10-2031  Overleg in Veenstad", False),
    ],
)
def test_a_year_serial_line_starts_a_heading(line: str, heading: bool) -> None:
    assert (HEADING_START.match(line) is not None) is heading
