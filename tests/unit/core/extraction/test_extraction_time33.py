"""Times, meetings and parliamentary items in the shapes of the thirty-third blind batch,
on invented wording (other places, years, members and numbers)."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.unit.core.extraction.readouts import extracted, parliamentary_items, times

from ruimtemonitor.core.dutch.kamerstukken import find_kamerstukken
from ruimtemonitor.core.dutch.meetings import find_meetings

pytestmark = pytest.mark.unit
D = dt.date


# --- meetings ----------------------------------------------------------------------------


def test_a_table_of_landsdelen_with_dates_in_figures_lists_meetings() -> None:
    text = (
        "Graag bericht ik u over de BO's MIRT van dit voorjaar:\n\n"
        "  Landsdeel          Datum        Plaats\n"
        "  Zuid               3-4-2031     Maastricht\n"
        "  Oost-Nederland     10/04/2031   Nijmegen\n"
        "  West | 17.04.2031 | Leiden\n"
    )
    found = find_meetings(text, before=D(2031, 5, 2))
    assert [(m.kind, m.landsdeel, m.date) for m in found] == [
        ("bo_mirt", "Zuid", D(2031, 4, 3)),
        ("bo_mirt", "Oost", D(2031, 4, 10)),
        ("bo_mirt", "West", D(2031, 4, 17)),
    ]


def test_a_table_of_figures_without_a_meeting_named_above_it_lists_none() -> None:
    text = (
        "Stand van de metingen:\n\n"
        "  Noord              3-4-2031     12 mm\n"
        "  Oost               10-4-2031    14 mm\n"
    )
    assert find_meetings(text, before=D(2031, 5, 2)) == []


def test_the_days_of_a_table_of_meetings_in_figures_are_no_events() -> None:
    deadlines, events = times(
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\n"
        "Datum 2 mei 2031\nOnderwerp Uitkomsten BO's MIRT\n\n"
        "Geachte voorzitter,\n\n"
        "Hierbij informeer ik u over de uitkomsten van de BO's MIRT van dit voorjaar:\n\n"
        "  Regio              Datum        Plaats\n"
        "  Zuid               03-04-2031   Maastricht\n"
        "  Oost               10-04-2031   Nijmegen\n\n"
        "De verkenning van de N271 start in 2032.\n"
    )
    assert events == []
    assert deadlines == ["in 2032"]


def test_a_list_of_days_with_a_town_before_the_bracketed_landsdeel() -> None:
    text = (
        "Graag informeer ik u over de bestuurlijke overleggen MIRT van dit najaar: op 2 "
        "november in Groningen (Noord), op 9 november te Den Bosch (Zuid) en op 16 november "
        "in Arnhem (Oost).\n"
    )
    found = find_meetings(text, year=2031, before=D(2031, 12, 1))
    assert [(m.landsdeel, m.date) for m in found] == [
        ("Noord", D(2031, 11, 2)),
        ("Zuid", D(2031, 11, 9)),
        ("Oost", D(2031, 11, 16)),
    ]


def test_days_with_towns_but_no_landsdelen_are_no_list_of_meetings() -> None:
    text = (
        "Over de bestuurlijke overleggen MIRT zijn twee stappen afgesproken: de schouw op 2 "
        "november in Groningen (stadhuis) en het besluit op 9 november in Assen (provinciehuis).\n"
    )
    assert find_meetings(text, year=2031, before=D(2031, 12, 1)) == []


def test_the_head_of_minutes_as_a_markdown_table_dates_its_meeting() -> None:
    text = (
        "| Overleg  | Bestuurlijk Overleg Leefomgeving (BOL) Zuid-Nederland |\n"
        "| Datum    | woensdag 12 maart 2031                                |\n"
        "| Locatie  | Tilburg                                               |\n\n"
        "AFSPRAKEN\n\n#1  Opening\n"
    )
    found = find_meetings(text, before=D(2031, 3, 20))
    assert [(m.kind, m.landsdeel, m.date) for m in found] == [("bol", "Zuid", D(2031, 3, 12))]


def test_a_markdown_table_of_a_meeting_without_minutes_below_dates_nothing() -> None:
    text = (
        "| Overleg  | Bestuurlijk Overleg Leefomgeving (BOL) Zuid-Nederland |\n"
        "| Datum    | woensdag 12 maart 2031                                |\n\n"
        "Het overleg wordt voorbereid door de ambtelijke werkgroep.\n"
    )
    assert find_meetings(text, before=D(2031, 3, 20)) == []


# --- a Kamer debate named by its month -----------------------------------------------------


def _letter(date: str, body: str) -> str:
    return (
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\n"
        f"Datum {date}\nOnderwerp Voortgang\n\nGeachte voorzitter,\n\n{body}\n"
    )


@pytest.mark.parametrize(
    ("body", "written", "year"),
    [
        (
            "De staatssecretaris zegt toe de Kamer vóór het AO MIRT van februari over de "
            "N366 te informeren.",
            "vóór het AO MIRT van februari",
            2032,
        ),
        (
            "Ik informeer u voor het commissiedebat Water van december over de dijkversterking.",
            "voor het commissiedebat Water van december",
            2031,
        ),
        (
            "Ik zal de uitkomsten in het notaoverleg MIRT van november toelichten.",
            "in het notaoverleg MIRT van november",
            2031,
        ),
    ],
)
def test_a_debate_named_by_its_month_alone_is_a_deadline(
    body: str, written: str, year: int
) -> None:
    result = extracted(_letter("20 oktober 2031", body))
    found = [(d["as_written"], d["end"][:4]) for d in result["deadlines"]]
    assert (written, str(year)) in found


def test_a_debate_of_a_month_in_a_past_sentence_is_no_deadline() -> None:
    deadlines, _events = times(
        _letter("20 oktober 2031", "In het AO MIRT van juni heb ik hierover gesproken.")
    )
    assert not any("AO MIRT" in d for d in deadlines)


def test_a_debate_with_its_day_is_left_to_the_date_grammar() -> None:
    deadlines, _events = times(
        _letter("20 oktober 2031", "Ik informeer u vóór het notaoverleg MIRT van 24 november.")
    )
    assert not any(d.endswith("van november") for d in deadlines)


# --- Kamerstukken and parliamentary items --------------------------------------------------


@pytest.mark.parametrize(
    ("words", "kst"),
    [
        ("de motie Jansen/Bakker, nr. 52 bij Kamerstuk 36 410 A, vraagt", "kst-36410-A-52"),
        ("motie nr. 8 van kamerstuk 35570-XII over de sluis", "kst-35570-XII-8"),
        ("nr. 14 uit Kamerstuk 29 385 over de Waddenzee", "kst-29385-14"),
    ],
)
def test_a_number_before_the_kamerstuk_it_belongs_to(words: str, kst: str) -> None:
    assert [m.kst_id for m in find_kamerstukken(words)] == [kst]


def test_a_number_before_kamerstukken_of_a_year_is_no_citation() -> None:
    assert find_kamerstukken("zie bijlage nr. 3 bij de Kamerstukken 2031") == []


def test_a_motion_cited_by_its_number_and_kamerstuk() -> None:
    assert parliamentary_items(
        "Met de motie Jansen/Bakker, nr. 52 bij Kamerstuk 36 410 A, heeft uw Kamer gevraagd "
        "de oversteek bij de N279 mee te nemen.\n"
    ) == [("motie", "kst-36410-A-52")]


def test_a_promise_in_the_past_tense_by_the_minister_himself() -> None:
    assert parliamentary_items(
        "In het commissiedebat MIRT van 3 maart 2031 zegde ik toe u over de N279 te "
        "informeren; met deze brief is die toezegging afgedaan.\n"
    ) == [("toezegging", None)]


def test_a_promise_in_the_past_tense_told_in_a_council_letter() -> None:
    text = (
        "GEMEENTE ZEEWOLDE\nRAADSINFORMATIEBRIEF\nZeewolde, 3 april 2031\n"
        "onderwerp: uitkomsten BO MIRT\n\nGeachte raadsleden,\n\n"
        "Het BO MIRT vond op 10 maart jl. plaats. De staatssecretaris zegde toe de Tweede "
        "Kamer vóór de zomer over de kosten van de N305 te informeren.\n"
    )
    items = extracted(text)["parliamentary_items"]
    assert [(i["kind"], i["kamerstuk"]) for i in items] == [("toezegging", None)]


def test_a_promise_to_the_kamer_after_a_motion_in_the_same_sentence_is_its_own_item() -> None:
    assert parliamentary_items(
        "De Kamer vroeg met de motie Visser c.s. (36410-A nr. 17) om haast; de minister "
        "heeft toegezegd de Kamer vóór de zomer over de planning te berichten.\n"
    ) == [("motie", "kst-36410-A-17"), ("toezegging", None)]


def test_a_motion_carried_out_in_the_next_clause_is_one_item() -> None:
    assert parliamentary_items(
        "De Kamer vroeg met de motie Visser c.s. (36410-A nr. 17) om haast; die motie is "
        "hiermee uitgevoerd.\n"
    ) == [("motie", "kst-36410-A-17")]


# --- the earlier meeting whose minutes a list adopts ----------------------------------------

_OWN = (
    "AFSPRAKEN BESTUURLIJK OVERLEG MIRT OOST\n"
    "Zwolle, donderdag 13 november 2031\n\n"
    "1)  {item}\n"
    "2)  N348 Deventer - Raalte\n    Rijk en regio spreken af dat de provincie de studie trekt.\n"
)


@pytest.mark.parametrize(
    "item",
    [
        "Opening en vaststelling afsprakenlijst 4 juni 2031",
        "Goedkeuring van het verslag van 4 juni 2031",
    ],
)
def test_the_adoption_of_earlier_minutes_names_the_previous_meeting(item: str) -> None:
    meetings = extracted(_OWN.format(item=item))["meetings"]
    assert {m["date"] for m in meetings} == {"2031-11-13", "2031-06-04"}


def test_the_adoption_of_a_plan_of_a_day_names_no_meeting() -> None:
    meetings = extracted(_OWN.format(item="Vaststelling van het plan van 4 juni 2031"))["meetings"]
    assert {m["date"] for m in meetings} == {"2031-11-13"}
