"""Tenth and eleventh blind batches, a follow-up: general rules, on invented text."""

from tests.unit.core.extraction.readouts import extracted

from ruimtemonitor.core.extraction.phases import project_phase, stated_phase
from ruimtemonitor.core.extraction.project_name_forms import continues_head, road_in_long_subject
from ruimtemonitor.core.extraction.project_names import named_object

MINUTES_HEAD = (
    "AFSPRAKENLIJST BESTUURLIJK OVERLEG MIRT WEST\n"
    "Veenstad, Provinciehuis, 3 november 2031, 10.00 - 12.00 uur\n\n"
    "Aanwezig: minister Voorbeeld, gedeputeerde Dijkstra, wethouder Mulder\n\n\n"
    "(1)  Opening\n"
    "De agenda wordt vastgesteld.\n\n"
    "(2)  N999 Veenstad - Kleidorp\n"
    "     o  Het Rijk en de provincie starten een verkenning naar de N999; de\n"
    "        startbeslissing wordt voor 1 april genomen.\n\n"
)


def _project_names(text: str) -> list[str]:
    return [project["name"] for project in extracted(text)["projects"]]


def test_a_place_glued_to_corridor_or_curve_names_an_object() -> None:
    assert named_object("Veencorridor")
    assert named_object("Kleiboog, ruimtelijke reservering")
    assert not named_object("Goederencorridor")  # a kind before a kind, no place


def test_a_proper_name_with_the_ends_of_its_line_in_brackets_is_a_project() -> None:
    assert named_object("Veenline (Veenstad - Grenzdorf)")
    assert not named_object("Veenline (onderzoek)")


def test_a_place_before_a_colon_over_a_road_names_the_project() -> None:
    assert named_object("Kleidorp: N998 en Bedrijvenpark Oost")
    assert not named_object("Kleidorp: wonen en werken")


def test_items_numbered_in_brackets_beside_a_road_item_are_projects_too() -> None:
    text = MINUTES_HEAD + (
        "(3)  Veencorridor (spoor Veenstad - Kleidorp)\n"
        "     De minister zegt toe dat ProRail in het voorjaar een studie naar de capaciteit\n"
        "     oplevert.\n\n"
        "(4)  Kleidorp: N998 en Bedrijvenpark Oost\n"
        "     o  Het Rijk en de regio spreken af de planstudie N998 voort te zetten.\n\n"
        "(5)  Rondvraag en sluiting\n"
        "Verder geen punten.\n"
    )
    names = _project_names(text)
    assert "Veencorridor" in names
    assert "Kleidorp: N998 en Bedrijvenpark Oost" in names
    assert not any(name.startswith("Rondvraag") for name in names)


def test_a_remark_in_brackets_under_a_head_keeps_the_unit_open() -> None:
    assert continues_head("N999 Veenstad", "(informatief)")
    assert continues_head("N999 Veenstad", "  (vervallen)")
    assert not continues_head("N999 Veenstad", "(Kamerstuk 41 200, nr. 7)")
    assert not continues_head("N999 Veenstad", "Kleiboog")
    assert continues_head("N999 Veenstad –", "Kleiboog")


def test_a_cell_table_head_with_a_remark_line_takes_the_phase_below_it() -> None:
    text = (
        "Provincie Voorbeeld                                   Rijksoverheid\n\n"
        "RUIMTELIJK ARRANGEMENT VOORBEELD 2031\n\n"
        "Versie voor ondertekening - 3 februari 2031\n\n"
        "Nr.\nOnderwerp\nAfspraak\nPartijen\n"
        "2.1\nVeenstad Spoorzone\n"
        "Het Rijk en de provincie spreken af dat de gemeente 900 woningen bouwt.\n"
        "VRO, Veenstad\n"
        "2.2\nN998 Veenstad - Kleidorp\n(informatief)\n"
        "Geen afspraak; het project is in 2030\nopgeleverd.\n"
        "-\n"
    )
    phases = {p["name"]: p.get("phase") for p in extracted(text)["projects"]}
    assert phases.get("N998 Veenstad - Kleidorp") == "opgeleverd"


def test_a_work_a_party_has_repaired_is_delivered() -> None:
    assert stated_phase("De havenbeheerder heeft de kademuren in 2029 zelf hersteld.") == (
        "opgeleverd"
    )
    assert stated_phase("De gemeente heeft de brug vorig jaar gerenoveerd.") == "opgeleverd"


def test_a_study_of_the_possibilities_under_way_is_the_research_phase() -> None:
    assert project_phase(
        "De beheerder onderzoekt op verzoek van de Kamer de mogelijkheden van een diepere "
        "geul. Het onderzoek is in mei gereed."
    ) == ("onderzoek")
    assert stated_phase("Rijk en regio onderzoeken de haalbaarheid van een extra halte.") == (
        "onderzoek"
    )
    assert stated_phase("De provincie onderzoekt niet de mogelijkheden van een tunnel.") is None


def test_a_site_named_after_its_place_and_a_named_part_of_a_place_are_objects() -> None:
    assert named_object("Veenstad: Molenterrein en Kleioevers")
    assert not named_object("Bedrijventerrein")
    assert named_object("Veenstad, Kleidorp-Centrum")
    assert not named_object("Veenstad, Midden-West")


def test_a_row_naming_a_part_of_a_misspelt_place_beside_two_taken_rows_is_one() -> None:
    head = (
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\n"
        "Datum 4 april 2031\nBetreft Uitkomsten BOL Voorbeeld\n\nGeachte voorzitter,\n\n"
        "In het BOL zijn de volgende locaties besproken.\n\n"
    )
    table = (
        "Locatie                                 Woningen    Rijksbijdrage (x € 1 mln)\n"
        "Veenstad, Molenbrug en Kleioevers          4.100       20,5\n"
        "Veenstd, Zandwijk-Oost                     3.500       16,0\n"
        "Kleidorp, Spoorzone                        2.600       11,2\n"
        "Totaal                                    10.200       47,7\n\n"
        "Met vriendelijke groet,\n"
    )
    names = _project_names(head + table)
    assert "Veenstd, Zandwijk-Oost" in names
    assert not any(name.startswith("Totaal") for name in names)


def test_a_named_part_of_a_place_joined_to_another_place_is_one_area() -> None:
    assert named_object("Veenstad-West en Nieuw-Kleidorp")
    assert named_object("Kleidorp en Veenstad-Centrum")
    assert not named_object("Zuid-Veenland en Noord-Kleiland")  # two regions
    assert not named_object("Veenstad en Kleidorp")  # two places: a region, not one area


def test_a_long_council_subject_names_its_project_by_the_road_and_section() -> None:
    assert road_in_long_subject(
        "Bijdrage aan de ombouw van de aansluiting N998 Veenstad-Noord / Kleidorp"
    ) == ("N998 Veenstad-Noord")
    assert road_in_long_subject("Bijdrage N998 Veenstad-Noord") is None  # short: as before
    text = (
        "Gemeente Veenstad                                            RAADSVOORSTEL\n\n"
        "Zaaknummer      2031-00123\n"
        "Datum college   3 maart 2031\n"
        "Onderwerp       Bijdrage aan de ombouw van de aansluiting N998 Veenstad-Noord /\n"
        "                Kleidorp\n\n"
        "Voorgesteld besluit\n"
        "De raad wordt voorgesteld:\n"
        "  -  een krediet van € 1.200.000 beschikbaar te stellen als gemeentelijke bijdrage.\n\n"
        "Aanleiding\n"
        "In het BO MIRT van november 2030 hebben Rijk en regio afgesproken de aansluiting\n"
        "samen aan te pakken. Het project is in planuitwerking. De provincie is trekker.\n"
    )
    projects = [(p["name"], p.get("phase")) for p in extracted(text)["projects"]]
    assert projects == [("N998 Veenstad-Noord", "planuitwerking")]
