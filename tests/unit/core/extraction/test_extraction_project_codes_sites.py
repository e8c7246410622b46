"""Action codes before a project's name, municipality-and-site housing locations, a
numbered heading that only groups its lettered items, and a running header atop a page that
would glue itself to the heading under it, on invented wording."""

import pytest
from tests.unit.core.extraction.readouts import extracted, read_project_phases

from ruimtemonitor.core.extraction.furniture import find_page_numbers
from ruimtemonitor.core.extraction.phases import project_phase
from ruimtemonitor.core.extraction.project_layouts import strip_item_number
from ruimtemonitor.core.extraction.project_names import proper_name
from ruimtemonitor.core.extraction.project_sites import housing_site

AGENDA = (
    "NOVEX-gebied Voorbeeldkust\n"
    "UITVOERINGSAGENDA  -  versie 2.0\n"
    "\n"
    "Partijen: ministeries van BZK en IenW, provincie Overijssel, gemeenten\n"
    "Zwolle en Kampen.\n"
    "Datum: 3 maart 2029\n"
    "Vastgesteld in het BOL Oost van 14 februari 2029.\n"
    "\n"
    "1  Haven en energie\n"
    "De haven groeit en vraagt ruimte voor energie en milieuzones.\n"
    "\n"
    "A1.2  Energie-infrastructuur Havenrand en Duinzicht\n"
    "Het Rijk en de netbeheerder reserveren ruimte voor een schakelstation.\n"
    "Trekker: EZK  –  Gereed: Q2 2030  –  Middelen: p.m.\n"
    "\n"
    "2  Wonen\n"
    "De regio bouwt tot 2040 ruim 20.000 woningen.\n"
    "\n"
    "A2.3  Zwolle, Stadshagen-Noord (1.800 woningen)\n"
    "De gemeente maakt het terrein bouwrijp.\n"
    "Trekker: Zwolle  –  Gereed: eind 2031  –  Middelen: € 8 mln\n"
    "\n"
    "Uitvoeringsagenda Voorbeeldkust                                   pagina 1 van 2\n"
    "\n"
    "3  Bereikbaarheid\n"
    "\n"
    "A3.1  N340 Zwolle - Ommen, capaciteitsuitbreiding\n"
    "De provincie start de verkenning.\n"
    "Trekker: provincie  –  Gereed: 2032  –  Middelen: € 3 mln\n"
    "\n"
    "Uitvoeringsagenda Voorbeeldkust                                   pagina 2 van 2\n"
)


def test_action_codes_are_no_part_of_the_name() -> None:
    names = [p["name"] for p in extracted(AGENDA)["projects"]]
    assert "Zwolle, Stadshagen-Noord (1.800 woningen)" in names
    assert not any(
        name.startswith("A") and name[1:2].isdigit() and "." in name[:4] for name in names
    )
    assert not any("Energie-infrastructuur" in name for name in names)


@pytest.mark.parametrize(
    ("title", "stripped"),
    [
        ("A1.1  Energie-infrastructuur Westpunt", "Energie-infrastructuur Westpunt"),
        ("B12.3 Spoorlijn Zwolle - Emmen", "Spoorlijn Zwolle - Emmen"),
        ("D2.1a Zwolle, Hessenpoort", "Zwolle, Hessenpoort"),
        ("A12 Ede - Grijsoord", "A12 Ede - Grijsoord"),
        ("N2.1 is geen code", "N2.1 is geen code"),
    ],
)
def test_chapter_action_codes(title: str, stripped: str) -> None:
    assert strip_item_number(title) == stripped


@pytest.mark.parametrize(
    ("title", "body", "site"),
    [
        ("Gouda, Westergouwe", "De eerste fase van 1.200 woningen is bewoond.", True),
        ("Bergen op Zoom, Bergse Haven", "Rijk en regio versnellen de woningbouw.", True),
        ("Zwolle, Stadshagen-Noord (1.800 woningen)", "", True),
        ("Kampen, woningbouw IJsselkade-Zuid (600 woningen)", "", True),
        ("Den Bosch, Spoorzone: woning-bouw en ontsluiting (900 woningen)", "", True),
        ("Deventer, Zutphen en Apeldoorn", "Samen bouwen zij 9.000 woningen.", False),
        ("Zwolle, Stadshagen-Noord", "De provincie legt een rotonde aan.", False),
        ("Zwolle, 3 maart 2029", "Er komen 400 woningen.", False),
        ("Station Zwolle, fietsparkeren", "", False),
        ("Land van Cuijk, Maasland en Peelrand", "De regio bouwt 5.000 woningen.", False),
    ],
)
def test_housing_site_shapes(title: str, body: str, site: bool) -> None:
    assert housing_site(title, body) is site


MEETING = (
    "Afsprakenlijst BOL Voorbeeld\n"
    "14 mei 2030, Zwolle\n\n"
    "Verslag vorig overleg\n"
    "Het verslag wordt ongewijzigd vastgesteld.\n\n"
    "Kampen, Reeve-Oost\n"
    "De eerste 300 woningen zijn opgeleverd; de tweede fase wacht op de ontsluiting.\n"
    "Partijen spreken af dat de provincie € 2 mln bijdraagt.\n\n"
    "Deventer, Zandweerd-Noord\n"
    "Rijk en regio komen overeen dat de gemeente voor 1 juli 2030 een plan voor\n"
    "1.100 woningen opstelt.\n\n"
    "N337 Deventer - Olst\n"
    "De verkenning loopt sinds 2029.\n"
)


def test_unnumbered_housing_headings_in_a_meeting() -> None:
    names = [p["name"] for p in extracted(MEETING)["projects"]]
    assert "Kampen, Reeve-Oost" in names
    assert "Deventer, Zandweerd-Noord" in names
    assert "N337 Deventer - Olst" in names


ARRANGEMENT = (
    "RUIMTELIJK ARRANGEMENT VOORBEELD 2030\n\n"
    "2  AFSPRAKEN\n\n"
    "(1)  Kampen, woningbouw IJsselkade-\n"
    "     Zuid (650 woningen)\n"
    "‣  Het Rijk draagt € 3,1 mln bij uit de Woningbouwimpuls;\n"
    "‣  de gemeente Kampen stelt uiterlijk 1 juli 2031 het bestemmingsplan vast.\n\n"
    "(2)  N50 Kampen - Emmeloord, verbreding\n"
    "‣  De planuitwerking loopt sinds 2028.\n\n"
    "2.3  Den Ham, Stegeren en Molenhoek: woning-\n"
    "     bouw en ontsluiting (800 woningen)\n"
    "◊  De gemeente stelt voor 1 januari 2031 het plan vast.\n"
)


def test_numbered_housing_sites_keep_the_site_after_the_comma() -> None:
    names = [name for name, _ in read_project_phases(ARRANGEMENT, "ruimtelijk_arrangement")]
    assert any(name.startswith("Kampen, woningbouw IJsselkade") for name in names)
    names = [p["name"] for p in extracted(ARRANGEMENT)["projects"]]
    assert any(name.startswith("Kampen, woningbouw IJsselkade") for name in names)
    assert any(name.startswith("Den Ham, Stegeren en Molenhoek") for name in names)


GROUPED = (
    "Afsprakenlijst Bestuurlijk Overleg MIRT Oost\n"
    "12 november 2031  |  Arnhem\n\n"
    "1.  Opening\n"
    "Het verslag van het vorige overleg wordt vastgesteld.\n\n"
    "2.  Kennisas Nijmegen\n\n"
    "2a. Station Nijmegen Goffert, extra perron\n"
    "De planuitwerking is gestart. Rijk en regio spreken af dat ProRail in 2032 oplevert.\n\n"
    "2b. Snelfietsroute Nijmegen - Wijchen\n"
    "Geen nieuwe afspraken; het project is in realisatie.\n\n"
    "3.  A12 Ede - Grijsoord\n"
    "De verkenning loopt. Rijk en regio spreken af dat de provincie € 2 mln bijdraagt.\n"
)


def test_a_number_over_its_lettered_items_only_groups_them() -> None:
    names = [p["name"] for p in extracted(GROUPED)["projects"]]
    assert "Kennisas Nijmegen" not in names
    assert any(name.startswith("Station Nijmegen Goffert") for name in names)
    assert "Snelfietsroute Nijmegen - Wijchen" in names
    assert "A12 Ede - Grijsoord" in names


@pytest.mark.parametrize(
    ("line", "header"),
    [
        ("BOL Noordwest  -  4 juni 2030                           pag. 3", True),
        ("Afsprakenlijst BO MIRT Oost 2031          pagina 2", True),
        ("Verslag overleg Kampen        blz. 4", True),
        ("De kosten staan op pag. 3", False),
    ],
)
def test_a_running_header_atop_a_page(line: str, header: bool) -> None:
    text = f"Het Rijk draagt € 2 mln bij.\n\f{line}\nStation Kampen Zuid\nGeen afspraken.\n"
    lines = []
    at = 0
    for part in text.split("\n"):
        lines.append((at, at + len(part)))
        at += len(part) + 1
    assert (find_page_numbers(text, lines).get(1) == "page_footer") is header


@pytest.mark.parametrize(
    ("body", "phase"),
    [
        ("Sinds maart 2029 in uitvoering; openstelling medio 2031.", "realisatie"),
        ("Het Rijk betaalt mee. Vanaf juni 2030 in realisatie.", "realisatie"),
        ("Sinds 2028 in planuitwerking; de projectbeslissing volgt.", "planuitwerking"),
        (
            "Het waterschap heeft de versterking sinds het voorjaar van 2030 in uitvoering; de\n"
            "dijk is eind 2032 klaar.",
            "realisatie",
        ),
        ("Het plan ligt sinds mei ter inzage.", None),
    ],
)
def test_phase_said_without_a_verb_or_after_a_longer_time(body: str, phase: str | None) -> None:
    assert project_phase(body) == phase


@pytest.mark.parametrize(
    ("name", "proper"),
    [
        ("De Groene Boog (Leiden - Katwijk)", True),
        ("Het Hoge Veld", True),
        ("De Provincie Utrecht", False),
        ("Het Verslag", False),
        ("De voorzitter opent", False),
    ],
)
def test_a_capitalised_article_opens_a_proper_name(name: str, proper: bool) -> None:
    assert proper_name(name) is proper


REPORT = (
    "VERSLAG STATENCOMMISSIE MOBILITEIT\n"
    "Vergadering van dinsdag 3 juni 2031, 10.00 uur\n\n"
    "3.  Voortgang infrastructuurprojecten\n"
    "De gedeputeerde licht de rapportage toe.\n\n"
    "a)  De Groene Boog (Leiden - Katwijk)\n"
    "    Het werk is sinds maart 2031 in uitvoering. Openstelling is voorzien in 2034.\n"
    "b)  N206 Leiden - Katwijk\n"
    "    De planuitwerking loopt.\n"
    "c)  De gedeputeerde zegt toe\n"
    "    Het werk is in een notitie beschreven.\n"
)


def test_an_item_whose_first_sentence_says_het_werk_is_reported_on() -> None:
    phases = dict(read_project_phases(REPORT))
    assert phases.get("De Groene Boog (Leiden - Katwijk)") == "realisatie"
    assert phases.get("N206 Leiden - Katwijk") == "planuitwerking"
    assert not any(name.startswith("De gedeputeerde") for name in phases)


PROPOSAL = (
    "Gemeente Rhenen                                               RAADSVOORSTEL\n\n"
    "Datum voorstel      : 4 maart 2030\n"
    "Raadsvergadering    : 2 april 2030\n"
    "Onderwerp           : Voorbereidingskrediet verbreding Achterbergseweg met rotonde\n"
    "                      en fietsoversteek\n\n"
    "Voorgestelde beslissing\n"
    "Beslispunt 1  een voorbereidingskrediet van € 900.000 beschikbaar te stellen voor\n"
    "              de verbreding van de Achterbergseweg.\n\n"
    "Burgemeester en wethouders van Rhenen,\n"
)


def test_a_credit_word_with_its_step_names_the_work_before_met() -> None:
    names = [p["name"] for p in extracted(PROPOSAL)["projects"]]
    assert any(name.casefold().startswith("verbreding achterbergseweg") for name in names)
    assert not any("rotonde" in name for name in names)


PAIRS = (
    "Ministerie van IenW | Provincie Gelderland | Regio Arnhem Nijmegen\n\n"
    "Afsprakenlijst Bestuurlijk Overleg MIRT Oost\n"
    "6 juni 2032, Provinciehuis Arnhem\n\n"
    "Onderwerp                            Afspraak\n"
    "N325 Arnhem - Nijmegen               De verkenning loopt.\n"
    "                                     Rijk en regio spreken af dat de provincie\n"
    "                                     € 3 mln bijdraagt.\n"
    "Station Arnhem Zuid, fiets-          ProRail levert in 2033 een ontwerp op;\n"
    "parkeren en OV-knoop                 de gemeente draagt € 250.000 bij.\n"
    "Nijmegen, woningbouwlocatie          Rijk en regio spreken af dat de ontsluiting van de\n"
    "Waalfront-Oost                       2.400 woningen wordt uitgewerkt.\n"
    "Rondvraag                            De minister zegt toe de Kamer te informeren.\n\n"
    "Volgend overleg: BO MIRT najaar 2032.\n"
)


def test_rows_of_a_two_column_table_apart_by_line_breaks_only() -> None:
    projects = {p["name"]: p["phase"] for p in extracted(PAIRS)["projects"]}
    assert projects.get("N325 Arnhem - Nijmegen") == "verkenning"
    assert any(name.startswith("Station Arnhem Zuid") for name in projects)
    assert "Nijmegen, woningbouwlocatie" in projects
    assert not any(name.startswith(("Waalfront", "parkeren", "Rondvraag")) for name in projects)


def _ruled_table(rule: str) -> str:
    return (
        "Bestuurlijk Overleg MIRT Voorbeeldland\nAfsprakenlijst\n\nDatum     9 november 2033\n\n"
        "Overzicht van de afspraken\n\n"
        "Project                            Besluit\n"
        f"{rule}\n"
        "N318 Varsdorp - Aalten             Rijk en provincie spreken af dat de provincie\n"
        "                                   de verkenning in 2034 afrondt.\n"
        f"{rule}\n"
        "Station Voorbeeldstad Noord,       De minister zegt toe dat ProRail het perron\n"
        "tweede perron                      uiterlijk mei 2035 verlengt.\n"
        f"{rule}\n"
        "Opgave leefbaarheid en             Partijen komen overeen de gesprekken voort te\n"
        "gezondheid                         zetten.\n"
        f"{rule}\n"
        "Kanaalzone Oost, 1.200 woningen    De regio bouwt verder; de planuitwerking loopt.\n"
        f"{rule}\n\n"
        "Rondvraag\nGeen punten.\n"
    )


@pytest.mark.parametrize("rule", ["-" * 70, "=" * 64, "─" * 60])
def test_rows_of_a_two_column_table_apart_by_rules(rule: str) -> None:
    projects = {p["name"]: p["phase"] for p in extracted(_ruled_table(rule))["projects"]}
    assert projects.get("N318 Varsdorp - Aalten") == "verkenning"
    assert any(name.startswith("Station Voorbeeldstad Noord") for name in projects)
    assert "Kanaalzone Oost, 1.200 woningen" in projects
    assert not any(name.startswith(("Opgave", "Rondvraag", "tweede")) for name in projects)
