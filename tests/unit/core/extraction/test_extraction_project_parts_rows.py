"""Coded sub-works of the one work a council proposal credits, theme letters before an item's
name, "Opgave …" themes, power grid actions, label lines, wrapped table rows and a note that
gives a row's phase by its number, on invented wording."""

from tests.unit.core.extraction.readouts import extracted

from ruimtemonitor.core.extraction.project_filters import names_no_project
from ruimtemonitor.core.extraction.project_layouts import strip_item_number
from ruimtemonitor.core.extraction.project_names import named_object

PROPOSAL = (
    "Gemeente Veenstad                                        RAADSVOORSTEL\n"
    "\n"
    "Agendapunt          : 6\n"
    "Datum voorstel      : 3 april 2027\n"
    "Raadsvergadering    : 19 mei 2027\n"
    "Onderwerp           : Uitvoeringskrediet Stationsomgeving Veenstad\n"
    "\n"
    "Voorgesteld besluit\n"
    "1. Een uitvoeringskrediet van € 6.200.000 beschikbaar te stellen voor het\n"
    "   project Herinrichting Stationsomgeving Veenstad, deel B;\n"
    "2. in te stemmen met de deelprojecten 4a tot en met 4c;\n"
    "3. de begroting 2027 dienovereenkomstig te wijzigen.\n"
    "\n"
    "Deel B bestaat uit drie deelprojecten:\n"
    "   4a  Fietsparkeergarage (800 plaatsen) aan de kade\n"
    "   4b  Voetgangersbrug Havenkom, ter vervanging van het pontje\n"
    "   4c  Herinrichting Kadeweg en aansluiting op de Dijkstraat\n"
    "\n"
    "Financiën (bedragen x € 1.000)\n"
    "\n"
    "Deelproject                        2027      2028      Totaal\n"
    "4a Fietsparkeergarage                900     1.100      2.000\n"
    "4b Voetgangersbrug Havenkom          400     2.400      2.800\n"
    "4c Kadeweg                           300     1.100      1.400\n"
    "Totaal                             1.600     4.600      6.200\n"
)


def test_coded_sub_works_of_a_credited_project_are_no_projects() -> None:
    names = [p["name"] for p in extracted(PROPOSAL)["projects"]]
    assert names == ["Herinrichting Stationsomgeving Veenstad, deel B"]


def test_theme_letter_and_number_are_no_part_of_the_name() -> None:
    assert strip_item_number("K3 Kustlijn, zandsuppletie Petten - Camperduin") == (
        "Kustlijn, zandsuppletie Petten - Camperduin"
    )
    assert strip_item_number("R12 Woningbouwlocatie Zwolle, Stadshagen") == (
        "Woningbouwlocatie Zwolle, Stadshagen"
    )
    # a road keeps its number
    assert strip_item_number("N391 Emmen - Veenoord").startswith("N391")
    assert strip_item_number("A28 Zwolle - Meppel").startswith("A28")


def test_themes_power_grid_and_label_lines_name_no_project() -> None:
    assert names_no_project("Opgave Westkust: krimp en leefbaarheid")
    assert names_no_project("Opgave Vervoer en grensoverschrijdende verbindingen")
    assert names_no_project("Versterking stroomnet haven Eemsmond")
    assert names_no_project("Uitbreiding elektriciteitsnet Bedrijvenpark Zuid")
    assert names_no_project("Nieuw 150 kV-station Tholen")
    assert names_no_project("Fase: verkenning")
    assert names_no_project("Status : in voorbereiding")
    assert not names_no_project("Spoorknoop Amersfoort")
    assert not names_no_project("Fase 2 Stationsgebied Ede")


def test_a_redeveloped_site_is_an_object() -> None:
    assert named_object("Herbestemming Suikerfabriekterrein Dinteloord")


AGENDA = (
    "Uitvoeringsagenda NOVEX Kleistad-West\n"
    "Versie 2.0, 4 maart 2029\n"
    "\n"
    "1  Inleiding\n"
    "De regio groeit snel.\n"
    "\n"
    "2  Actietabel\n"
    "\n"
    "Nr.  Actie                                 Trekker          Gereed\n"
    "--   ------------------------------------  ---------------  ----------\n"
    "1    Tramlijn Kleistad - Dorpshaven        Vervoerregio /   2030\n"
    "     Oost (HOV), planuitwerking            provincie\n"
    "2    Dijkversterking Zeewering Kleistad    waterschap       2031\n"
    "     Noord - Oudekust\n"
    "--   ------------------------------------  ---------------  ----------\n"
    "\n"
    "Toelichting bij de tabel\n"
    "De tramlijn (actie 1) is sinds maart 2028 in planuitwerking bij de\n"
    "provincie. De dijkversterking (actie 2) is in realisatie.\n"
)


def test_a_wrapped_row_line_heads_no_project_and_a_note_gives_the_row_phase() -> None:
    projects = extracted(AGENDA)["projects"]
    names = [p["name"] for p in projects]
    assert not any(name.startswith("Oost (HOV)") for name in names)
    phases = {p["name"].split()[0]: p.get("phase") for p in projects}
    assert phases.get("Dijkversterking") == "realisatie"


BRIEF_TABLE = (
    "Voor de Lingelijn (spoorverdubbeling Leerdam - Gorinchem) is in mei 2027 de\n"
    "startbeslissing genomen; de verkenning loopt.\n"
    "\n"
    "Project                                  Fase             Gereed\n"
    "Lingelijn Leerdam - Gorinchem            verkenning       -\n"
    "N15 Europoort - Maasvlakte               realisatie       2029\n"
)


def test_a_proper_name_in_prose_is_the_table_row_it_opens() -> None:
    from ruimtemonitor.core.extraction.project_sentences import _same_proper_name

    assert _same_proper_name(
        "Lingelijn (spoorverdubbeling Leerdam - Gorinchem)", "Lingelijn Leerdam - Gorinchem"
    )
    assert not _same_proper_name("Lingelijn", "Lingelijn Leerdam - Gorinchem")
    assert not _same_proper_name("N15 (Europoort)", "N15 Europoort - Maasvlakte")
    assert BRIEF_TABLE


def test_wrapped_row_spans_cover_the_continuation_lines() -> None:
    from tests.unit.core.extraction.readouts import whole_document

    from ruimtemonitor.core.extraction.wrapped_rows import wrapped_row_spans

    spans = wrapped_row_spans(AGENDA, whole_document(AGENDA, "uitvoeringsagenda"))
    lines = [AGENDA[s:e].strip() for s, e in spans]
    assert lines == ["Oost (HOV), planuitwerking            provincie", "Noord - Oudekust"]


COSTS = (
    "Financiën (bedragen x € 1.000)\n"
    "\n"
    "Onderdeel                          2029      2030      Totaal\n"
    "Kadeweg                              450       750      1.200\n"
    "Voetgangersbrug                      300     2.500      2.800\n"
    "Totaal                               750     3.250      4.000\n"
    "\n"
    "Dekking: bijdrage provincie 1.250, waterschap 600, gemeente (reserve\n"
    "Infrastructuur) 2.150.\n"
)


def test_a_coverage_line_under_a_scaled_table_is_read_in_its_unit() -> None:
    from tests.unit.core.extraction.readouts import amounts

    found = amounts(COSTS)
    assert ("1.250", [1250000]) in found
    assert ("600", [600000]) in found
    assert ("2.150", [2150000]) in found


def test_a_coverage_line_with_signs_is_read_as_prose_once() -> None:
    from tests.unit.core.extraction.readouts import amounts

    text = COSTS.replace(
        "Dekking: bijdrage provincie 1.250, waterschap 600, gemeente (reserve\n"
        "Infrastructuur) 2.150.\n",
        "Dekking: bijdrage Rijk € 1,4 mln, gemeente € 2,6 mln.\n",
    )
    found = amounts(text)
    assert [values for _, values in found].count([1400000]) == 1
    assert [values for _, values in found].count([2600000]) == 1
    assert not any(written in {"1,4", "2,6"} for written, _ in found)
