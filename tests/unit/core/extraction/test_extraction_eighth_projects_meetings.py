"""Projects, meetings and parliamentary items in layouts of the eighth blind batch (own texts)."""

import datetime as dt

import pytest

from ruimtemonitor.core.dutch import find_meetings
from ruimtemonitor.core.extraction import extract_text
from ruimtemonitor.core.extraction.project_layouts import field_line, strip_item_number

pytestmark = pytest.mark.unit


def _names(text: str) -> list[str]:
    return [p["name"] for p in extract_text(text).to_json()["projects"]]


def _meetings(text: str, year: int = 2031) -> list[tuple[str, dt.date]]:
    return [(m.kind, m.date) for m in find_meetings(text, year=year)]


# --- meetings ----------------------------------------------------------------------------


def test_meetings_listed_under_a_sentence_closed_by_a_colon() -> None:
    text = (
        "Ik informeer u over de Bestuurlijke Overleggen MIRT van dit voorjaar. De overleggen "
        "vonden plaats op:\n"
        "  1. 3 maart 2031, Noord-Nederland (Assen);\n"
        "  2. 5 maart 2031, Oost-Nederland (Deventer);\n"
        "  3. 11 maart 2031, Zuid-Nederland (Venlo).\n"
        "Een overzicht volgt als bijlage.\n"
    )
    assert _meetings(text) == [
        ("bo_mirt", dt.date(2031, 3, 3)),
        ("bo_mirt", dt.date(2031, 3, 5)),
        ("bo_mirt", dt.date(2031, 3, 11)),
    ]


def test_a_list_of_dates_without_a_meeting_named_before_it_is_no_meeting() -> None:
    text = "De werkzaamheden vonden plaats op:\n  1. 3 maart 2031;\n  2. 5 maart 2031.\n"
    assert _meetings(text) == []


def test_two_kinds_of_meeting_on_one_day_are_two_meetings() -> None:
    text = (
        "In het BO MIRT en het BOL van 14 maart 2031 hebben Rijk en regio het volgende "
        "afgesproken.\n"
    )
    assert sorted(_meetings(text)) == [
        ("bo_mirt", dt.date(2031, 3, 14)),
        ("bol", dt.date(2031, 3, 14)),
    ]


def test_the_head_of_minutes_with_name_and_date_on_two_lines() -> None:
    text = (
        "Provincie A   Ministerie B\n\nBestuurlijk Overleg MIRT Noord-Nederland\n"
        "Afspraken, dinsdag 4 november 2031 (Provinciehuis, Assen)\n\nNr.  Onderwerp\n"
    )
    assert _meetings(text) == [("bo_mirt", dt.date(2031, 11, 4))]
    other = "BESTUURLIJK OVERLEG LEEFOMGEVING WEST\nVerslag met afspraken  -  9 juni 2031\n"
    assert _meetings(other) == [("bol", dt.date(2031, 6, 9))]


# --- projects ----------------------------------------------------------------------------


def test_an_abbreviated_article_number_is_no_part_of_the_name() -> None:
    assert strip_item_number("Art. 4  N99 Ommen - Dalfsen") == "N99 Ommen - Dalfsen"
    assert strip_item_number("Art. 12 - Spoorlijn Zwolle - Emmen") == "Spoorlijn Zwolle - Emmen"
    text = (
        "CONVENANT BEREIKBAARHEID VOORBEELDSTREEK\n\nDe ondergetekenden:\n1. het Rijk;\n"
        "2. de provincie;\n\nkomen het volgende overeen:\n\n"
        "Art. 1  Doel\nHet convenant beoogt de bereikbaarheid te verbeteren.\n\n"
        "Art. 2  N99 Ommen - Dalfsen\n"
        "2.1 Het Rijk start in 2032 de planstudie voor de N99 tussen Ommen en Dalfsen.\n"
        "2.2 De provincie levert de gegevens aan voor 1 juni 2032.\n\n"
        "Art. 3  A99 aansluiting Dalfsen-Noord\n"
        "3.1 De regio ontwerpt de aansluiting en legt het ontwerp voor aan het Rijk.\n"
        "3.2 Het Rijk beslist over de uitvoering in 2033.\n\n"
        "Art. 4  Slotbepalingen\nDit convenant geldt tot en met 31 december 2035.\n\n"
        "Aldus getekend te Ommen op 3 maart 2031.\n"
    )
    assert _names(text) == ["N99 Ommen - Dalfsen", "A99 aansluiting Dalfsen-Noord"]


def test_a_line_of_labelled_fields_is_no_project() -> None:
    assert field_line("Soort: procesafspraak · Departementen: IenW, BZK")
    assert field_line("Trekker: provincie — Gereed: 2032")
    assert not field_line("Rotterdam-Zuid: Stadionpark en OV-ontsluiting")
    assert not field_line("A99 Ommen - Dalfsen")


# --- a column table with a dashed rule and rows set apart by blank lines ------------------

_COLUMNS = (
    "Bestuurlijk Overleg MIRT Noord-Nederland\n"
    "Afspraken, dinsdag 4 november 2031 (Provinciehuis, Assen)\n\n"
    "Nr.  Onderwerp                 Afspraak\n"
    "---  ------------------------  ----------------------------------------------\n"
    "1.   Knooppunt Voorbeeldhorn   Het project is in realisatie. Rijk en provincie\n"
    "     (A99/A98)                 spreken af dat de geluidsschermen worden verlengd.\n\n"
    "2.   N998 Oosterdorp - Westum  Wordt besproken in het BO MIRT voorjaar 2032; er\n"
    "                               zijn geen afspraken gemaakt.\n\n"
    "3.   Vaarweg Kanaal-Zuid       Het Rijk gunt het werk in 2032, conform de motie\n"
    "                               Voorbeeldman¹.\n\n"
    "4.   Rondvraag                 Geen punten.\n\n"
    "______________\n"
    "¹ Kamerstuk 39 123, nr. 45.\n"
)


def test_a_dashed_column_rule_parts_the_header_from_the_rows() -> None:
    from ruimtemonitor.core.extraction.furniture import RULE

    assert RULE.match("---  ----------------  ----------")
    assert not RULE.match("- 3 -")
    assert not RULE.match("A99 - N998 - Westum")


def test_rows_set_apart_by_blank_lines_stay_in_one_subject_table() -> None:
    names = _names(_COLUMNS)
    assert names[:3] == [
        "Knooppunt Voorbeeldhorn",
        "N998 Oosterdorp - Westum",
        "Vaarweg Kanaal-Zuid",
    ]


def test_a_deferred_table_row_is_no_agreement() -> None:
    from ruimtemonitor.core.extraction.table_rows import table_agreements

    titles = [row.title for row in table_agreements(_COLUMNS, 0, len(_COLUMNS))]
    assert not any(title.startswith("N998") for title in titles)
    assert not any(title.startswith("Rondvraag") for title in titles)


def test_a_motion_whose_member_wraps_onto_the_next_line() -> None:
    items = extract_text(_COLUMNS).to_json()["parliamentary_items"]
    assert [(i["kind"], i["kamerstuk"]) for i in items] == [("motie", "kst-39123-45")]


# --- phases and repeated names -----------------------------------------------------------


def test_a_project_that_goes_into_a_phase_now_is_in_it() -> None:
    from ruimtemonitor.core.extraction.phases import stated_phase

    assert stated_phase("Het project gaat nu de planuitwerking in.") == "planuitwerking"
    assert stated_phase("De weg gaat daarmee de realisatiefase in.") == "realisatie"


def test_a_phase_label_with_a_dot_leader() -> None:
    from ruimtemonitor.core.extraction.phases import project_phase

    text = (
        "Projectgegevens\n  Fase .............. verkenning\n  Status per ........ 1 mei 2031\n"
        "Het tracébesluit voor het eerste deel is in 2030 vastgesteld.\n"
    )
    assert project_phase(text) == "verkenning"


def test_a_table_row_with_the_road_and_place_of_a_heading_repeats_it() -> None:
    from ruimtemonitor.core.extraction.project_tables import repeats_found

    assert repeats_found("A99 Voorbeeldrecht", ["verbreding a99 bij voorbeeldrecht"])
    assert not repeats_found("A99 Voorbeeldrecht", ["verbreding a98 bij voorbeeldrecht"])
    assert not repeats_found("A99 Voorbeeldrecht", ["verbreding a99 bij oosterdorp"])


def test_a_compass_word_joined_to_a_waterway_is_no_region() -> None:
    from ruimtemonitor.core.extraction.project_terms import NOT_A_PROJECT

    assert NOT_A_PROJECT.match("Zuid-Holland")
    assert NOT_A_PROJECT.match("Oost-Nederland")
    assert not NOT_A_PROJECT.match("Noord-Voorbeeldvaart, sluis Oosterdorp")
    assert not NOT_A_PROJECT.match("West-Dorpskanaal")


def test_a_bracketed_item_whose_paragraph_calls_it_a_site_is_a_project() -> None:
    text = (
        "Provincie Voorbeeld\nGedeputeerde Staten\n\nAan Provinciale Staten\n\n"
        "Den Haag, 3 maart 2031\nOnderwerp: Uitkomst BO MIRT\n\nGeachte Statenleden,\n\n"
        "In het BO MIRT van 12 februari 2031 hebben Rijk en regio het volgende besproken.\n\n"
        "(1) N998 Oosterdorp - Westum\n    De weg is in realisatie; de openstelling volgt in"
        " 2033.\n\n"
        "(2) Kanaalzone Westum\n    Het Rijk draagt € 5 mln bij aan de nieuwe brug over het "
        "kanaal.\n\n"
        "(3) Hoekveld, Oosterdorp aan Zee\n    Deze woningbouwlocatie (ca. 2.000 woningen) wacht"
        " op een besluit over de ontsluiting.\n\n"
        "Wij houden u op de hoogte.\n"
    )
    assert "Hoekveld, Oosterdorp aan Zee" in _names(text)


def test_the_word_project_before_a_name_is_a_label_not_part_of_it() -> None:
    from ruimtemonitor.core.extraction.project_terms import Project
    from ruimtemonitor.core.extraction.projects import _without_label

    def named(name: str) -> Project:
        return Project("p", name, None, None, False, None, "doc1", "doc1", (), 0, 1)

    assert _without_label(named("Project A1/A28 Knooppunt Hoevelaken")).name == (
        "A1/A28 Knooppunt Hoevelaken"
    )
    assert _without_label(named("MIRT-project Zuidasdok")).name == "Zuidasdok"
    assert _without_label(named("Projectbureau Zuidas")).name == "Projectbureau Zuidas"
    assert _without_label(named("Project")).name == "Project"
