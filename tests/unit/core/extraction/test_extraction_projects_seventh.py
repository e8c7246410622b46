"""Projects in layouts of the seventh blind batch: subject tables (tab, semicolon, bar and
spaced), item numbers that are no part of a name, bullets that head a paragraph, a rule line
under a page header, an address row, a place before a colon and a credit subject."""

from ruimtemonitor.core.extraction import extract_text
from ruimtemonitor.core.extraction.project_layouts import (
    address_row,
    named_like_a_project,
    strip_item_number,
)


def _projects(text: str) -> list[tuple[str, str | None]]:
    return [(p["name"], p["phase"]) for p in extract_text(text).to_json()["projects"]]


def _names(text: str) -> list[str]:
    return [name for name, _ in _projects(text)]


_MEETING = (
    "AFSPRAKEN BESTUURLIJK OVERLEG MIRT ZUID\nEindhoven, dinsdag 4 november 2031\n\n"
    "Aanwezig: minister van IenW; gedeputeerden van Limburg en Noord-Brabant.\n\n"
)


def test_the_subjects_of_a_tab_separated_agreement_table_are_projects() -> None:
    text = _MEETING + (
        "Nr.\tOnderwerp\tAfspraak\tTrekker\tGereed\n"
        "1\tVerslag BO MIRT Zuid 3 juni 2031\tHet verslag wordt vastgesteld.\t-\t-\n"
        "2a\tN65 Vught - Haaren, ongelijkvloerse kruising\tHet Rijk rondt de\tIenW\tQ3 2032\n"
        "\t\tplanuitwerking af.\n"
        "2b\tN65 Vught - Haaren, ongelijkvloerse kruising\tDe provincie draagt EUR 6 mln\t"
        "Brabant\t1-3-2032\n"
        "\t\tbij.\n"
        "3\tMaasbrug Roermond, tweede fase\tDe eerste fase is in maart 2031 opgeleverd; de\t"
        "RWS\teind 2031\n"
        "\t\ttweede fase is in realisatie.\n"
        "4\tRondvraag\tGeen punten.\t-\t-\n"
    )
    assert _projects(text) == [
        ("N65 Vught - Haaren, ongelijkvloerse kruising", "planuitwerking"),
        ("Maasbrug Roermond, tweede fase", "realisatie"),
    ]


def test_the_action_cells_of_a_semicolon_table_are_projects_a_theme_is_not() -> None:
    text = (
        "UITVOERINGSAGENDA NOVEX ARNHEM-NIJMEGEN 2031-2035\n"
        "Rijk en regio, 12 maart 2031\n\n"
        "Acties (export)\n"
        "Nr;Actie;Omschrijving;Trekker;Gereed\n"
        "1a;Kanaalzone-Noord, eerste fase;De gemeente stelt het plan vast;gemeente;Q2 2032\n"
        "1b;Spoorzone Nijmegen / Dukenburg;ProRail past de perrons aan;ProRail;2033\n"
        "2a;Stageplaatsen zorg en techniek;Werkgevers bieden plekken aan;regio;doorlopend\n"
        "2b;Opstellen plan voor het stationsplein;De gemeente maakt een plan;gemeente;2032\n"
    )
    assert _names(text) == ["Kanaalzone-Noord, eerste fase", "Spoorzone Nijmegen / Dukenburg"]


def test_a_themes_common_nouns_joined_by_en_name_no_work() -> None:
    assert not named_like_a_project("Leerwerkplekken haven en zorg")
    assert named_like_a_project("Centrumgebied-West")
    assert named_like_a_project("Hart van Oost / Stadionweg")


def test_item_numbers_and_heading_marks_are_no_part_of_a_name() -> None:
    assert strip_item_number("IV.2 Ringweg Oost Zwolle") == "Ringweg Oost Zwolle"
    assert strip_item_number("B-03  Spoorlijn Zwolle - Kampen") == "Spoorlijn Zwolle - Kampen"
    assert strip_item_number("## N34 Emmen - Coevorden") == "N34 Emmen - Coevorden"
    assert strip_item_number("A12 Ede - Grijsoord") == "A12 Ede - Grijsoord"


def test_ad_points_without_a_dash_give_the_name_after_the_number() -> None:
    text = (
        "gemeente Venray\n\nRAADSINFORMATIEBRIEF                          nr. RIB 2031-012\n\n"
        "Venray, 3 maart 2031\n\n"
        "Aan      : de leden van de gemeenteraad\n"
        "Onderwerp: Stand van zaken projecten\n\nGeachte raadsleden,\n\n"
        "Met deze brief informeren wij u over de stand van twee projecten waarover in het\n"
        "BO MIRT Zuid van vorig jaar afspraken zijn gemaakt; hieronder per project.\n\n"
        "Ad 1  N270 Venray - Wanssum\n"
        "De weg is in planuitwerking. Het ontwerp-inpassingsplan volgt naar verwachting\n"
        "in 2032; de gemeente draagt € 2 mln bij aan de nieuwe rotonde bij Oirlo.\n\n"
        "Ad 2  Station Venray, fietsenstalling\n"
        "De stalling is in realisatie en gaat in 2032 open. De kosten bedragen € 800.000,\n"
        "waarvan de gemeente de helft betaalt.\n\n"
        "Met vriendelijke groet,\nburgemeester en wethouders van Venray\n"
    )
    assert _projects(text) == [
        ("N270 Venray - Wanssum", "planuitwerking"),
        ("Station Venray, fietsenstalling", "realisatie"),
    ]


def test_a_plan_to_draw_up_is_no_project() -> None:
    text = (
        "UITVOERINGSAGENDA NOVEX NOORD-LIMBURG\nVastgesteld door Rijk en regio op 2 april 2031\n\n"
        "Acties\n"
        "Nr;Actie;Omschrijving;Trekker;Gereed\n"
        "1;Voorkeursbeeld energie-infrastructuur Venlo;De provincie stelt het op;EZK;2032\n"
        "2;Spoorlijn Venlo - Nijmegen, extra sprinter;ProRail past het spoor aan;ProRail;2033\n"
    )
    assert _names(text) == ["Spoorlijn Venlo - Nijmegen, extra sprinter"]


def test_bullets_heading_paragraphs_count_with_a_table_below_and_give_a_phase() -> None:
    text = (
        "Ministerie van Infrastructuur en Waterstaat\n\n"
        "Den Haag, 9 mei 2031\n\nOnderwerp: Voortgang MIRT voorjaar 2031\n\n"
        "Geachte voorzitter,\n\nHierbij informeer ik u over de projecten.\n\n"
        "▸ N31 Harlingen - Drachten\n"
        "Het project is in planuitwerking. Het tracébesluit volgt in 2032.\n\n"
        "▸ Zeedijk Harlingen - Zurich (HWBP)\n"
        "De versterking is in verkenning. De kosten zijn geraamd op € 40 mln.\n\n"
        "Overzicht (x € mln)\n\n"
        "Project                        Budget\n"
        "N31 Harlingen - Drachten        210,0\n"
    )
    assert ("Zeedijk Harlingen - Zurich", "verkenning") in _projects(text)


def test_a_bullet_name_may_hold_a_kind_of_work_in_lower_case() -> None:
    text = (
        "provincie Overijssel\n\nGEBIEDSAGENDA OVERIJSSEL 2031\n\n"
        "■ Spoorlijn en station Zwolle-Stadshagen\n"
        "Het project is in verkenning; de provincie draagt € 3 mln bij.\n\n"
        "■ N35 Wijthmen - Nijverdal\n"
        "Het project is in realisatie.\n"
    )
    assert _projects(text) == [
        ("Spoorlijn en station Zwolle-Stadshagen", "verkenning"),
        ("N35 Wijthmen - Nijverdal", "realisatie"),
    ]


def test_a_rule_line_parts_a_page_header_from_the_title_under_it() -> None:
    text = (
        "MIRT Projectenboek 2031                                   Hoofdwegennet | Oost\n"
        "------------------------------------------------------------------------------\n"
        "A50 RAVENSTEIN - OSS (A50R)\n"
        "Projectnummer HWN-O-0101                 Stand van zaken per 1 juni 2031\n\n"
        "Fase            Planuitwerking\n"
        "Provincie       Noord-Brabant\n\n"
        "PROJECTBESCHRIJVING\nVerbreding van de A50 naar 2x3 rijstroken.\n"
    )
    assert _projects(text) == [("A50 RAVENSTEIN - OSS (A50R)", "planuitwerking")]


def test_an_address_row_is_no_heading_project() -> None:
    assert address_row("De Voorzitter van de Eerste Kamer      Koningskade 4")
    assert address_row("Binnenhof 22      2513 AA Den Haag")
    assert not address_row("A2 Weert - Eindhoven")
    assert not address_row("Spoorzone Ede      Fase 2")


def test_a_place_before_a_colon_heads_an_item_joined_by_en() -> None:
    text = _MEETING + (
        "1) Eindhoven-Noord: Woonwijk en HOV-ontsluiting\n"
        "Dit punt wordt besproken in het volgende BO; er zijn geen afspraken gemaakt.\n\n"
        "2) A2 Weert - Eindhoven\n"
        "De A2 is in realisatie.\n"
    )
    assert "Eindhoven-Noord: Woonwijk en HOV-ontsluiting" in _names(text)


def test_a_council_proposal_asking_a_credit_for_one_work_is_about_that_project() -> None:
    text = (
        "GEMEENTE DOESBURG\nRaadsvoorstel\n\nDoesburg, 4 oktober 2031\n\n"
        "Onderwerp: Reconstructie busstation Doesburg, krediet\n\n"
        "Voorgesteld besluit\nDe raad wordt voorgesteld een krediet van € 900.000 "
        "beschikbaar te stellen voor de reconstructie van het busstation.\n\n"
        "Inleiding\nHet busstation is verouderd.\n"
    )
    assert _names(text) == ["Reconstructie busstation Doesburg"]


def test_a_council_proposal_about_a_contribution_is_no_credit_subject() -> None:
    text = (
        "GEMEENTE DOESBURG\nRaadsvoorstel\n\nDoesburg, 4 oktober 2031\n\n"
        "Onderwerp: Bijdrage aan de verkenning A12 Duiven - Zevenaar\n\n"
        "Voorgesteld besluit\nDe raad wordt voorgesteld € 200.000 bij te dragen.\n"
    )
    assert _names(text) == []


def test_an_aligned_table_is_cut_at_the_headers_columns_and_a_study_named_by_its_phase() -> None:
    text = _MEETING + (
        "Nr.  Onderwerp                   Afspraak                                  Trekker\n"
        "1    Spoorzone Breda             Het Rijk draagt € 12 mln. bij aan de      IenW\n"
        "                                 nieuwe fietsenstalling.\n"
        "2    Verkenning Oostkant Tilburg Rijk en regio nemen de voorkeursbeslissing IenW\n"
        "                                 in het voorjaar van 2032.\n"
    )
    assert _projects(text) == [
        ("Spoorzone Breda", None),
        ("Verkenning Oostkant Tilburg", "verkenning"),
    ]


def test_strip_item_number_takes_any_capital_code_before_a_name() -> None:
    # an uitvoeringsagenda numbers its units "U-1", "U-2"; the code is no part of the name
    assert (
        strip_item_number("U-2  Fietsroute Oostwaard - Bergveld")
        == "Fietsroute Oostwaard - Bergveld"
    )
    assert strip_item_number("R-12 Rondweg Zuidhaven") == "Rondweg Zuidhaven"
    # a later capital keeps a code that runs into lower-case text
    assert strip_item_number("U-3 oud nummer") == "U-3 oud nummer"
