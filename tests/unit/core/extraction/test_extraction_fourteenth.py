"""Fourteenth blind batch: layouts and genres it brought, on invented wording."""

import datetime as dt

from tests.unit.core.extraction.readouts import (
    agreements,
    amounts,
    commitment_texts,
    extracted,
    parliamentary_items,
    times,
)

from ruimtemonitor.core.dutch.meetings import find_meetings
from ruimtemonitor.core.extraction import extract_text
from ruimtemonitor.core.extraction.heading_forms import figure_cells, trailing_number
from ruimtemonitor.core.extraction.kept_promises import kept_here
from ruimtemonitor.core.extraction.phases import project_phase
from ruimtemonitor.core.extraction.project_names import cut_name, named_object
from ruimtemonitor.core.extraction.project_terms import CATEGORY
from ruimtemonitor.core.extraction.tables import flat_row

MINUTES_HEAD = (
    "VERSLAG EN AFSPRAKEN BO MIRT VOORBEELDREGIO\n"
    "Datum en plaats : dinsdag 3 maart 2037, Gemeentehuis Voorbeeld\n\n"
)


def test_a_number_at_the_right_margin_numbers_the_item_under_its_subject() -> None:
    assert trailing_number("Onderwerp : Ringweg Noordkant           Agendapunt 4") == (
        "4",
        "Ringweg Noordkant",
    )
    assert trailing_number("Vaarweg Oostsluis (agendapunt 2)") == ("2", "Vaarweg Oostsluis")
    assert trailing_number("De regio vraagt om agendapunt 2") is None
    text = (
        MINUTES_HEAD + "Onderwerp : Opening                                   Agendapunt 1\n"
        "De voorzitter opent de vergadering.\n\n"
        "Onderwerp : Ringweg Noordkant                         Agendapunt 2\n"
        "De verkenning naar de ringweg is afgerond. Afgesproken:\n"
        "(a) het Rijk en de provincie delen de kosten van de planuitwerking;\n"
        "(b) de gemeente past het bestemmingsplan aan.\n"
    )
    found = agreements(text)
    assert [(a["number"], a["title"]) for a in found] == [("2", "Ringweg Noordkant")]
    assert [c[:20] for c in commitment_texts(found[0])] == [
        "het Rijk en de provi",
        "de gemeente past het",
    ]
    assert extracted(text)["documents"][0]["kind"] == "afsprakenlijst"


def test_minutes_of_a_bo_mit_under_a_letterhead_of_the_parties_are_an_afsprakenlijst() -> None:
    text = (
        "Ministerie van Verkeer en Waterstaat          Provincie Voorbeeld\n"
        "Ministerie van Financiën                      Gemeente Voorbeeldstad\n\n"
        "BESTUURLIJK OVERLEG MIT REGIO VOORBEELD\n"
        "verslag en afspraken\n\n"
        "Datum    : dinsdag 7 mei 2002, 10.00 uur\n"
        "Plaats   : Stadhuis Voorbeeldstad\n\n"
        "Punt 1  Opening\n"
        "Het verslag van het BO MIT Voorbeeld van 4 december 2001 wordt vastgesteld.\n"
    )
    result = extracted(text)
    assert result["documents"][0]["kind"] == "afsprakenlijst"
    assert "2001-12-04" in [m["date"] for m in result["meetings"]]


def test_rows_of_an_action_table_flattened_with_single_spaces_are_agreements() -> None:
    text = (
        "UITVOERINGSAGENDA VOORBEELDSTREEK 2031-2035\n\n"
        "Voorbeeldstad, 2 maart 2031\n\n"
        "ACTIES (bedragen in euro's)\n"
        "Nr Actie Trekker Gereed Middelen\n"
        "K-1 Fietspad langs de Oude Vaart gemeente Voorbeeldstad 2032 450.000\n"
        "K-2 Tweede perron station Noordhoek provincie Voorbeeld, IenW eind 2033 p.m.\n"
        "R-1 Handreiking groene daken waterschap Voorbeeld 1 juni n.t.b.\n"
    )
    found = agreements(text)
    assert [(a["number"], a["title"]) for a in found] == [
        ("K-1", "Fietspad langs de Oude Vaart"),
        ("K-2", "Tweede perron station Noordhoek"),
        ("R-1", "Handreiking groene daken"),
    ]
    assert commitment_texts(found[1]) == ["Tweede perron station Noordhoek"]


def test_two_action_tables_with_the_same_codes_give_each_row_its_own_identifier() -> None:
    table = (
        "Nr Actie Trekker Gereed Middelen\n"
        "K-1 {0} gemeente Voorbeeldstad 2032 450.000\n"
        "K-2 {1} provincie Voorbeeld 2033 p.m.\n"
    )
    text = (
        "UITVOERINGSAGENDA VOORBEELDSTREEK 2031-2035\n\n"
        "Voorbeeldstad, 2 maart 2031\n\n"
        "ACTIES WONEN\n" + table.format("Woningen Oude Vaart", "Tweede perron Noordhoek") + "\n"
        "ACTIES WATER\n" + table.format("Groene daken Oostzone", "Oeverherstel Zuidbeek")
    )
    found = agreements(text)
    assert [a["number"] for a in found] == ["K-1", "K-2", "K-1", "K-2"]
    assert len({a["id"] for a in found}) == 4


def test_a_plural_meeting_name_over_a_colon_lists_one_meeting_per_region_and_day() -> None:
    text = (
        "Wij berichten u over de uitkomsten van de bestuurlijke overleggen MIRT van dit "
        "voorjaar: Noord-Nederland op 3 april (Assen), Oost-Nederland op 4 april\n"
        "(Arnhem) en de Zuidvleugel op 9 april (Delft)."
    )
    found = find_meetings(text, year=2031, before=dt.date(2031, 5, 1))
    assert [(m.kind, m.landsdeel, m.date.isoformat()) for m in found] == [
        ("bo_mirt", "Noord", "2031-04-03"),
        ("bo_mirt", "Oost", "2031-04-04"),
        ("bo_mirt", "", "2031-04-09"),
    ]
    # one meeting's name over a colon introduces what it agreed, not a list of meetings
    single = "Het BO MIRT Noord besprak twee stappen: de schouw op 3 april, het besluit op 4 april."
    found = find_meetings(single, year=2031, before=dt.date(2031, 5, 1))
    assert "2031-04-04" not in [m.date.isoformat() for m in found]


def test_a_plural_meeting_name_over_a_colon_lists_meetings_only_when_each_names_a_region() -> None:
    """A list after "overleggen MIRT …:" whose labels are steps, not regions, is no list of
    meetings; its dates stay deadlines."""
    text = (
        "In de bestuurlijke overleggen MIRT zijn twee stappen afgesproken: de schouw op "
        "3 april en het besluit op 4 april."
    )
    assert find_meetings(text, year=2031, before=dt.date(2031, 5, 1)) == []
    listed = (
        "De bestuurlijke overleggen MIRT van dit voorjaar: Noord op 3 april en de regio "
        "Zuid op 4 april."
    )
    found = find_meetings(listed, year=2031, before=dt.date(2031, 5, 1))
    assert [(m.landsdeel, m.date.isoformat()) for m in found] == [
        ("Noord", "2031-04-03"),
        ("Zuid", "2031-04-04"),
    ]


def test_a_row_of_a_money_table_flattened_with_single_spaces_is_no_name_cell() -> None:
    assert figure_cells("N99 Oostrand - Westrand - 3,5")
    assert figure_cells("Kade Noord 15,0 6,0")
    assert not figure_cells("N99 Oostrand - Westrand")
    assert not figure_cells("Spoorzone fase 2")


def test_a_footer_ending_in_a_bar_and_page_number_before_a_page_break_is_furniture() -> None:
    text = (
        "Ruimtelijk Arrangement Voorbeeld 2031\n\n"
        "(1) Oeverpark Zuid\n"
        "    i.   de provincie draagt € 2 mln bij aan het ontwerp;\n"
        "    ii.  de gemeente start de bouw in 2032.\n\n"
        "                                   Ruimtelijk Arrangement Voorbeeld 2031 | 1\n"
        "\f(2) Vaarweg Noordkanaal\n"
        "    i.   het Rijk verdiept de vaargeul voor 2034;\n"
        "    ii.  de provincie past de oevers aan.\n"
    )
    cleaned = extract_text(text).clean.text
    assert "| 1" not in cleaned
    assert "\n(2) Vaarweg Noordkanaal\n" in cleaned


def test_an_action_headed_actie_with_a_code_names_its_project() -> None:
    text = (
        "UITVOERINGSAGENDA VOORBEELDGEBIED 2031 - 2034\n\n"
        "Voorbeeldstad, 3 maart 2031\n\n"
        "Thema 1  Bereikbaarheid\n"
        "Rijk en regio komen overeen dat de bereikbaarheid voorrang krijgt.\n\n"
        "Actie 1a  Aansluiting A99 Oosterveld - Westerhaven\n"
        "   → Wat: IenW en de provincie werken een variant uit voor een nieuwe aansluiting\n"
        "   → Wie: IenW (trekker), provincie\n"
        "   → Wanneer: eind 2032\n"
    )
    names = [p["name"] for p in extracted(text)["projects"]]
    assert names == ["Aansluiting A99 Oosterveld - Westerhaven"]


def test_year_first_milestones_under_a_planning_label_with_a_remark() -> None:
    text = (
        "Verbindingsweg Oostrand\n"
        "Laatst gewijzigd: 10-03-2031\n\n"
        "Fase           Planuitwerking\n\n"
        "Planning (stand 10-03-2031)\n"
        "2029 Voorkeursbeslissing\n"
        "2033 Start realisatie\n"
        "2036 Openstelling\n"
    )
    deadlines, events = times(text)
    assert [d[:4] for d in deadlines] == ["2033", "2036"]
    assert [e[:4] for e in events] == ["2029"]


def test_cells_of_single_spaced_money_rows_after_an_empty_cell_or_with_a_status() -> None:
    text = (
        "ACTIES (bedragen in euro's)\n"
        "Nr Actie Trekker Gereed Middelen\n"
        "K-1 Fietspad Noord gemeente Voorbeeld 2032 p.m.\n"
        "K-2 Fietspad Zuid gemeente Voorbeeld 2033 2.400.000\n"
        "\n"
        "Bijdragen Oeverlijn (x € 1 mln)\n"
        "Partij Bijdrage Stand\n"
        "Rijk 320 toegezegd\n"
        "Regio 80 nieuw; besluit volgt\n"
    )
    assert [(a, v) for a, v in amounts(text)] == [
        ("2.400.000", [2_400_000]),
        ("320", [320_000_000]),
        ("80", [80_000_000]),
    ]


def test_a_money_row_ending_in_a_status_in_words_gives_its_amounts_but_no_flat_row() -> None:
    """As docs/extraction.md says: the amounts are read; the flat-row check looks only at
    lines ending in a figure, a dash or "p.m."."""
    text = "Bijdragen Oeverlijn (x € 1 mln)\nPartij Bijdrage Stand\nKade Noord 320 40 toegezegd\n"
    assert [a for a, _ in amounts(text)] == ["320", "40"]
    assert flat_row("Kade Noord 320 40 toegezegd") is None
    assert flat_row("Kade Noord 320 40") == (0, len("Kade Noord"))


def test_a_phase_label_that_says_the_work_is_delivered() -> None:
    assert project_phase("Huidige fase: opgeleverd; afronding van de inrichting\n") == "opgeleverd"
    assert project_phase("Status: gereed\n") == "opgeleverd"
    assert project_phase("Fase: realisatie\n") == "realisatie"


def test_a_phase_label_in_capitals_or_title_case_says_the_work_is_delivered() -> None:
    assert project_phase("STATUS: GEREED\n") == "opgeleverd"
    assert project_phase("Fase: In Gebruik genomen\n") == "opgeleverd"
    assert project_phase("Status: in\tgebruik\n") == "opgeleverd"


def test_a_promise_to_report_that_the_letter_keeps_leaves_no_deadline() -> None:
    text = (
        "In het overleg van 4 maart jl. hebben wij toegezegd u voor de zomer te informeren "
        "over de rondweg. Met deze brief doen wij dat."
    )
    at = text.index("voor de zomer")
    assert kept_here(text, at, at + len("voor de zomer"))
    promise = "Wij zeggen toe u voor de zomer te informeren over de rondweg. De kosten stijgen."
    at = promise.index("voor de zomer")
    assert not kept_here(promise, at, at + len("voor de zomer"))


def test_a_kamermotie_of_a_named_member_is_a_motion() -> None:
    body = (
        "Een Tweede Kamermotie van het lid Verhoef c.s. (Kamerstukken II 2030/31, 36 900 A, "
        "nr. 14) vraagt de minister de verbinding te versnellen.\n"
    )
    assert parliamentary_items(body) == [("motie", "kst-36900-A-14")]


def test_a_meeting_that_took_place_with_the_word_misspelled() -> None:
    text = "Op 12 november 2030 heeft het Bestuurlijk Overleg MIRT Oost plaatsgevoden in Zwolle."
    found = find_meetings(text, year=2030, before=dt.date(2030, 12, 1))
    assert [(m.kind, m.landsdeel, m.date.isoformat()) for m in found] == [
        ("bo_mirt", "Oost", "2030-11-12")
    ]


def test_projects_of_coded_action_rows_end_at_the_trekker_and_skip_papers() -> None:
    assert cut_name("Fietspad Oude Vaart gemeente Voorbeeld 2032 450.000")[0] == (
        "Fietspad Oude Vaart"
    )
    assert cut_name("Fietspad Oude Vaart (noordzijde)")[0] == "Fietspad Oude Vaart"
    text = (
        "UITVOERINGSAGENDA VOORBEELDSTREEK 2031-2035\n\n"
        "Voorbeeldstad, 2 maart 2031\n\n"
        "ACTIES (bedragen in euro's)\n"
        "Nr Actie Trekker Gereed Middelen\n"
        "K-1 Stationsomgeving Noordhoek gemeente Noordhoek 2032 450.000\n"
        "K-2 Groene daken Oostzone: handreiking waterschap Voorbeeld 1 juni n.t.b.\n"
    )
    names = [p["name"] for p in extracted(text)["projects"]]
    assert names == ["Stationsomgeving Noordhoek"]


def test_every_trekker_party_ends_both_the_action_and_its_project_name() -> None:
    """The action table and the project name read one list of trekker parties."""
    text = (
        "UITVOERINGSAGENDA VOORBEELDSTREEK 2031-2035\n\n"
        "Voorbeeldstad, 2 maart 2031\n\n"
        "ACTIES (bedragen in euro's)\n"
        "Nr Actie Trekker Gereed Middelen\n"
        "K-1 Fietsroute Oosterveld regio Voorbeeld 2032 450.000\n"
        "K-2 Fietsroute Westerveld hoogheemraadschap Voorbeeld 2033 120.000\n"
    )
    assert [(a["number"], a["title"]) for a in agreements(text)] == [
        ("K-1", "Fietsroute Oosterveld"),
        ("K-2", "Fietsroute Westerveld"),
    ]
    names = [p["name"] for p in extracted(text)["projects"]]
    assert names == ["Fietsroute Oosterveld", "Fietsroute Westerveld"]


def test_a_kind_of_work_in_the_plural_is_a_group_heading_not_a_project() -> None:
    assert CATEGORY.match("STATIONSGEBIEDEN")
    assert CATEGORY.match("Fietsroutes")
    assert not CATEGORY.match("Oostersluizen")


def test_an_airport_is_a_named_object_and_a_list_item_may_name_its_section() -> None:
    assert named_object("Oosterveld Airport en omgeving")
    text = (
        "Geachte voorzitter,\n\n"
        "Met deze brief informeer ik u over de voortgang van de volgende projecten:\n\n"
        "• Programma Snelspoor, corridor Noordstad - Zuidhaven\n"
        "• Verbreding A99 bij Oosterveld\n"
        "• Programma Snelspoor, dat vertraging oploopt\n\n"
        "Hoogachtend,\n"
    )
    assert [p["name"] for p in extracted(text)["projects"]] == [
        "Programma Snelspoor, corridor Noordstad - Zuidhaven",
        "Verbreding A99 bij Oosterveld",
    ]


def test_a_heading_in_capitals_keeps_the_capitals_of_a_hyphenated_place_pair() -> None:
    assert named_object("WONINGBOUWLOCATIE OOSTERHOEK-VELDDORP")


def test_a_stamp_date_without_a_year_earlier_in_the_month_is_this_years() -> None:
    text = (
        "UITVOERINGSAGENDA VOORBEELDSTREEK 2031-2035\n\n"
        "Voorbeeldstad, 20 september 2031\n"
        "Vastgesteld door de stuurgroep op 5 september, na bespreking in de regio.\n\n"
        "Rijk en regio spreken af dat de provincie voor 1 januari 2032 een plan opstelt.\n"
    )
    events = extracted(text)["events"]
    assert [(e["as_written"], e["date"]) for e in events] == [("op 5 september", "2031-09-05")]
