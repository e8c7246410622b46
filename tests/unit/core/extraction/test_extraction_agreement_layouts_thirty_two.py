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


LEADER_ITEMS = """Ruimtelijk arrangement Kop van Overijssel 2031-2036
tussen het Rijk, de provincie Overijssel en de gemeente Steenwijkerland

Partijen komen het volgende overeen.

Spoorlijn Zwolle - Steenwijk, snelheidsverhoging ............... afspraak 1
  i.   ProRail verhoogt de baanvaksnelheid; de werkzaamheden starten in
       het najaar van 2032;
  ii.  het Rijk draagt € 30 mln bij, de provincie € 6 mln.

Havenkwartier Steenwijk, 600 woningen .......................... afspraak 2
  i.   BZK draagt € 4 mln bij uit de Woningbouwimpuls;
  ii.  Steenwijkerland stelt het bestemmingsplan vast vóór 1-4-2033.

Fietsbrug over de Linde bij Wolvega ............................ afspraak 3
  Het verzoek om een bijdrage van 2 miljoen euro wordt niet gehonoreerd.
  Geen afspraken.

Ondertekend te Steenwijk, 4 maart 2031.
"""


def test_a_number_after_a_dotted_leader_numbers_the_item() -> None:
    found = _agreements(LEADER_ITEMS)
    assert [(a["number"], a["title"]) for a in found] == [
        ("1", "Spoorlijn Zwolle - Steenwijk, snelheidsverhoging"),
        ("2", "Havenkwartier Steenwijk, 600 woningen"),
    ]
    assert [c[:30] for c in _commitments(found[1])] == [
        "BZK draagt € 4 mln bij uit de ",
        "Steenwijkerland stelt het best",
    ]


def test_items_after_a_dotted_leader_name_their_projects_without_the_leader() -> None:
    names = [p["name"] for p in _json(LEADER_ITEMS)["projects"]]
    assert "Fietsbrug over de Linde bij Wolvega" in names
    assert not [n for n in names if "..." in n]


def test_a_contents_line_with_a_page_number_is_no_item() -> None:
    text = LEADER_ITEMS.replace("afspraak 1", "4").replace("afspraak 2", "7")
    text = text.replace("afspraak 3", "9")
    assert [a["number"] for a in _agreements(text) if a["number"]] == []


def test_a_speed_upgrade_between_two_places_is_a_project() -> None:
    text = (
        "Ruimtelijk arrangement Noord\n\n"
        "Maaslandexpres, snelheidsverhoging Venlo - Nijmegen ............ afspraak 1\n"
        "  i.   ProRail voert de werkzaamheden uit in 2033.\n"
    )
    names = [p["name"] for p in _json(text)["projects"]]
    assert [n for n in names if n.startswith("Maaslandexpres, snelheidsverhoging")]


def test_a_figure_with_a_remark_in_a_merged_cell_is_an_amount() -> None:
    text = (
        "Financieel overzicht (bedragen x € 1 mln)\n"
        "| afspraak         | Rijk  | provincie | gemeente |\n"
        "|------------------|-------|-----------|----------|\n"
        "| 1 Havenkwartier  | 4,0   | -         | 0,8      |\n"
        "| 2 Stationsplein  | -     | 2,4 (provincie en    |\n"
        "|                  |       | gemeente samen)      |\n"
        "| 3 Kademuur       | 1,5 (2031)  | -   | -        |\n"
    )
    found = [(a["as_written"], a["values_eur"]) for a in _json(text)["amounts"]]
    assert ("2,4", [2400000]) in found
    assert not [w for w, _ in found if w.startswith("1,5")]


RECORDED_NOTHING = """BESTUURLIJKE OVEREENKOMST
RUIMTELIJK ARRANGEMENT DEVENTER - OLST 2031 - 2040

Partijen gaan akkoord met de volgende bepalingen.

Artikel 2  Kadewijk Deventer (1.200 woningen)
 (a) BZK stelt 12 miljoen euro beschikbaar;
 (b) Deventer stelt het bestemmingsplan in 2032 vast.

Artikel 3  Fietsbrug Olst - Wijhe
Het verzoek van Olst om een bijdrage van € 900.000 past niet binnen de regeling.
Partijen leggen vast dat hierover geen afspraken zijn gemaakt.

Artikel 4  Looptijd
Deze overeenkomst geldt tot en met 31 december 2040.
"""


def test_a_formula_recording_that_nothing_was_agreed_agrees_nothing() -> None:
    assert [a["number"] for a in _agreements(RECORDED_NOTHING)] == ["2"]


def test_a_formula_recording_agreements_still_agrees() -> None:
    text = RECORDED_NOTHING.replace(
        "Partijen leggen vast dat hierover geen afspraken zijn gemaakt.",
        "Partijen leggen vast dat de provincie de brug in 2034 aanlegt.",
    )
    assert [a["number"] for a in _agreements(text)] == ["2", "3"]


AGENDA_LETTERED = """AFSPRAKENLIJST BESTUURSOVERLEG LEEFOMGEVING NOORD-HOLLAND
5 maart 2032, Alkmaar

Agendapunt 1   Opening en vaststelling verslag
  Het verslag wordt vastgesteld.

Agendapunt 2a  Kanaaldijk Alkmaar, herinrichting
  Rijk, provincie en gemeente leggen vast dat:
  · de gemeente het ontwerp uiterlijk 1 mei 2033 vaststelt;
  · de provincie € 2 mln bijdraagt.

Agendapunt 2b  Woningbouw Heiloo, Zandzoom (300 woningen)
  Het BOL stemt in met de gefaseerde aanpak van de Zandzoom.
  De provincie draagt EUR 400.000,- bij aan de ontsluiting.

Agendapunt 3   Rondvraag
  Geen punten.
"""


def test_an_agenda_item_lettered_after_its_number_keeps_its_title_apart() -> None:
    found = _agreements(AGENDA_LETTERED)
    assert [(a["number"], a["title"]) for a in found] == [
        ("2a", "Kanaaldijk Alkmaar, herinrichting"),
        ("2b", "Woningbouw Heiloo, Zandzoom (300 woningen)"),
    ]


def test_the_meeting_assenting_is_a_commitment() -> None:
    found = _agreements(AGENDA_LETTERED)
    said = _commitments(found[1])
    assert len(said) == 2
    assert said[0].startswith("Het BOL stemt in met de gefaseerde")
    assert said[1].startswith("De provincie draagt EUR 400.000,-")


def test_a_council_assenting_is_no_commitment_of_the_meeting() -> None:
    from ruimtemonitor.core.extraction.unit_commitments import is_undertaking

    assert not is_undertaking("De raad stemt in met het voorstel van het college.")
    assert not is_undertaking("Het BOL stemde in 2030 in met de aanpak.")
