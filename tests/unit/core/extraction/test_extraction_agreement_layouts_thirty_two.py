"""Agreement layouts of the thirty-second blind batch: rows numbered with a slash ("3/") in
a table aligned with spaces, items whose number follows their title after a dotted leader
("… ..... afspraak 2"), a tab-separated action table whose row agrees nothing."""

import pytest
from tests.unit.core.extraction.readouts import agreements as _agreements
from tests.unit.core.extraction.readouts import commitment_texts as _commitments
from tests.unit.core.extraction.readouts import extracted as _json

pytestmark = pytest.mark.unit


SLASH_ROWS = """BO MIRT Oost-Nederland, 3 juni 2031 te Zwolle
Afsprakenlijst

Nr  Onderwerp                   Afspraak                                 Wie        Wanneer
--  --------------------------  ---------------------------------------  ---------  ---------
1/  Verslag BO MIRT             Vastgesteld.                             -          -
    12 november 2030
2/  Sluis Eefde, tweede         Rijk en regio spreken af de aanbesteding RWS        eind 2032
    sluiskolk                   voor te bereiden; de provincie draagt
                                € 20 mln bij.
3/  Spoorbrug Deventer,         De vervanging loopt. Geen nieuwe         ProRail    -
    vervanging                  afspraken.
4/  Stationsgebied Hengelo      Afgesproken wordt dat BZK € 3 mln        BZK,       Q2 2032
    (800 woningen)              bijdraagt aan het bouwrijp maken.        Hengelo
"""


def test_rows_numbered_with_a_slash_are_numbered_agreements() -> None:
    found = _agreements(SLASH_ROWS)
    assert [(a["number"], a["title"]) for a in found] == [
        ("2", "Sluis Eefde, tweede sluiskolk"),
        ("4", "Stationsgebied Hengelo (800 woningen)"),
    ]
    assert _commitments(found[0])[0].startswith("Rijk en regio spreken af de aanbesteding")
    assert _commitments(found[1])[0].startswith("Afgesproken wordt dat BZK € 3 mln")


def test_rows_numbered_with_a_slash_name_their_projects() -> None:
    names = [p["name"] for p in _json(SLASH_ROWS)["projects"]]
    assert [n for n in names if n.startswith("Sluis Eefde")]
    assert [n for n in names if n.startswith("Spoorbrug Deventer")]
    assert [n for n in names if n.startswith("Stationsgebied Hengelo")]
    assert not [n for n in names if n.startswith("Verslag")]


def test_a_slash_in_a_running_date_is_no_row() -> None:
    text = (
        "Afsprakenlijst BO MIRT Zuid, 5 juni 2031\n\n"
        "1. Knooppunt Hooipolder\n"
        "Rijk en regio spreken af dat de verkenning start in 2032.\n"
    )
    assert [a["number"] for a in _agreements(text)] == ["1"]


ACTION_TABLE = (
    "UITVOERINGSAGENDA NOVEX-GEBIED ZUIDOOST\n"
    "Vastgesteld in het BOL Oost-Nederland van 2 december 2031\n\n"
    "Actietabel\n"
    "nr\tactie\tafspraak\ttrekker\tgereed\tmiddelen\n"
    "B1.1\tKadewijk Deventer, fase 2\tRijk en gemeente bouwen de eerste 600 woningen"
    "\tgem. Deventer\tQ2 2032\t€ 9 mln\n"
    "B1.2\tStationsgebied Apeldoorn\tBZK financiert het stedenbouwkundig plan"
    "\tgem. Apeldoorn\teind 2033\tk€ 480\n"
    "B2.1\tSnelfietsroute Deventer - Apeldoorn\tde verkenning loopt sinds maart 2031; geen "
    "nieuwe afspraken\tprovincie\t-\t-\n"
)


def test_the_agreement_cell_beside_an_action_cell_is_the_commitment() -> None:
    found = _agreements(ACTION_TABLE)
    assert [(a["number"], a["title"]) for a in found] == [
        ("B1.1", "Kadewijk Deventer, fase 2"),
        ("B1.2", "Stationsgebied Apeldoorn"),
    ]
    assert _commitments(found[0])[0].startswith("Rijk en gemeente bouwen de eerste")
    assert _commitments(found[1])[0].startswith("BZK financiert het stedenbouwkundig")


def test_a_row_coded_with_a_dotted_number_is_named_by_its_next_cell() -> None:
    names = [p["name"] for p in _json(ACTION_TABLE)["projects"]]
    assert "B2.1" not in names
    assert [n for n in names if n.startswith("Snelfietsroute Deventer - Apeldoorn")]
    text = (
        "Voortgang projecten Oost-Nederland\n\n"
        "A3.2\tSnelfietsroute Zwolle - Kampen\tde verkenning loopt\tprovincie\n"
        "A3.3\tFietsbrug over de IJssel bij Hattem\tde bouw start in 2034\tgemeente\n"
    )
    names = [p["name"] for p in _json(text)["projects"]]
    assert not [n for n in names if n.startswith("A3.")]  # a code, though "A3" is a road
    assert [n for n in names if n.startswith("Snelfietsroute Zwolle - Kampen")]


def test_thousands_of_euros_after_a_year_cell_scale_the_number_after_them() -> None:
    found = [(a["as_written"], a["values_eur"]) for a in _json(ACTION_TABLE)["amounts"]]
    assert ("k€ 480", [480000]) in found
    assert not [w for w, _ in found if w.startswith("2033")]


def test_thousands_of_euros_after_their_number_stay_one_amount() -> None:
    text = "De raming bedraagt 4.800 k€ 2032 en 200 tot 300 k€ per jaar.\n"
    found = [a["as_written"] for a in _json(text)["amounts"]]
    assert found == ["4.800 k€", "200 tot 300 k€"]
