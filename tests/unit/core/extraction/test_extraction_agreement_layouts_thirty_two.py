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
