"""Times, Kamerstukken and listed commitments in the shapes of the thirtieth blind batch, on
invented wording (other places, years, members and numbers)."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.unit.core.extraction.readouts import kamerbrief_head, parliamentary_items, times

from ruimtemonitor.core.deadlines import Precision
from ruimtemonitor.core.dutch import find_deadlines
from ruimtemonitor.core.dutch.kamerstukken import find_kamerstukken

pytestmark = pytest.mark.unit
D = dt.date
P = Precision


@pytest.mark.parametrize(
    ("text", "letter", "written", "start", "end"),
    [
        # a position word before a year written with an apostrophe
        ("de aannemer start medio '31 met de bouw", D(2030, 5, 2), "medio '31", D(2031, 6, 1),
         D(2031, 7, 31)),
        ("Planning: oplevering eind '29.", D(2028, 2, 1), "eind '29", D(2029, 10, 1),
         D(2029, 12, 31)),
        ("het tracé is begin ’33 bekend", D(2032, 9, 9), "begin ’33", D(2033, 1, 1),
         D(2033, 3, 31)),
        # a month cut short with its full year, after a position word or on its own
        ("de bouw start medio okt. 2027 aan de noordkant", D(2026, 3, 3), "medio okt. 2027",
         D(2027, 10, 1), D(2027, 10, 31)),
        ("het ontwerp volgt eind febr. 2032;", D(2031, 6, 1), "eind febr. 2032",
         D(2032, 2, 1), D(2032, 2, 29)),
        ("de gemeente besluit in sept. 2028 over", D(2027, 1, 5), "in sept. 2028",
         D(2028, 9, 1), D(2028, 9, 30)),
        # a quarter written "KW"
        ("de provincie levert KW3 2029 het ontwerp", D(2028, 4, 4), "KW3 2029", D(2029, 7, 1),
         D(2029, 9, 30)),
        ("gereed in kw 1 2030.", D(2028, 4, 4), "in kw 1 2030", D(2030, 1, 1), D(2030, 3, 31)),
        # a half year with an apostrophe year
        ("het besluit valt in de eerste helft van '34.", D(2033, 1, 9),
         "in de eerste helft van '34", D(2034, 1, 1), D(2034, 6, 30)),
        ("oplevering in de 2e helft '27", D(2026, 1, 9), "in de 2e helft '27", D(2027, 7, 1),
         D(2027, 12, 31)),
    ],
)  # fmt: skip
def test_short_written_periods_are_read(
    text: str, letter: dt.date, written: str, start: dt.date, end: dt.date
) -> None:
    found = [(m.deadline.as_written, m.deadline.start, m.deadline.end)
             for m in find_deadlines(text, letter)]  # fmt: skip
    assert found == [(written, start, end)]


@pytest.mark.parametrize(
    "text",
    [
        "een vermogen van 40 kw 2 maal per dag",  # a "kw" without a year is no quarter
        "de eerste helft van de route",  # a half without a year is no time
        "de medio-variant van het ontwerp",
        "het jun-nummer 2 van de serie",
    ],
)
def test_look_alikes_of_short_periods_are_no_times(text: str) -> None:
    assert find_deadlines(text, D(2030, 1, 1)) == []


def test_a_committee_meeting_named_by_its_month_is_a_deadline_ahead() -> None:
    text = kamerbrief_head("14 februari 2033") + (
        "Wij zoeken een oplossing binnen de begroting en komen hierop terug\n"
        "in de Statencommissie van juni.\n"
    )
    deadlines, events = times(text)
    assert deadlines == ["juni"] and events == []


def test_a_committee_meeting_month_with_its_name_after_the_word_commissie() -> None:
    found = find_deadlines("dit komt terug in de commissie Mobiliteit van april", D(2034, 1, 3))
    assert [(m.deadline.as_written, m.deadline.start) for m in found] == [("april", D(2034, 4, 1))]


def test_a_month_after_a_lower_case_word_after_commissie_is_no_time() -> None:
    assert find_deadlines("de commissie heeft van mei geen verslag", D(2034, 1, 3)) == []


@pytest.mark.parametrize(
    ("text", "kst"),
    [
        ("de motie van het lid Jansen (Kamerstuk 34 550 XIV/27) vraagt", "kst-34550-XIV-27"),
        ("de motie-Dijkstra [35925-B-9] vraagt om", "kst-35925-B-9"),
        ("Motie-Smit (32 404-C, 118), aangenomen", "kst-32404-C-118"),
        ("de motie Bakker (36 012 A, 7) vraagt", "kst-36012-A-7"),
    ],
)
def test_kamerstukken_with_a_slash_square_brackets_or_a_bare_number(text: str, kst: str) -> None:
    assert [m.kst_id for m in find_kamerstukken(text)] == [kst]


@pytest.mark.parametrize(
    "text",
    [
        "de regeling (31 200 A, 2024) loopt af",  # a year after the comma is no number
        "het gebied [31200-12] ligt",  # no letter between dossier and number
    ],
)
def test_look_alikes_of_kamerstukken_are_none(text: str) -> None:
    assert find_kamerstukken(text) == []


def test_a_motion_with_a_kamerstuk_in_square_brackets_gets_it() -> None:
    body = "Daarmee geef ik uitvoering aan de motie-Dijkstra [35925-B-9] over de sluis.\n"
    assert parliamentary_items(body) == [("motie", "kst-35925-B-9")]


TABLE_LETTER = (
    "Hierbij bericht ik u over de stand van de fietsenstalling bij station Zuidhaven, zoals\n"
    "toegezegd in het Commissiedebat MIRT van 12 maart 2031.\n"
    "\n"
    "Overzicht toezeggingen\n"
    "| nr | toezegging                         | vindplaats          | stand             |\n"
    "|----|------------------------------------|---------------------|-------------------|\n"
    "| 1  | fietsenstalling station Zuidhaven  | CD MIRT 12-03-2031  | afgedaan (brief)  |\n"
    "| 2  | onderzoek geluidswal Westerbroek   | CD MIRT 12-03-2031  | volgt in juni     |\n"
    "| 3  | planning kademuur Oosthaven        | CD MIRT 12-03-2031  | volgt in oktober  |\n"
    "\n"
    "Het onderzoek naar de geluidswal bij Westerbroek stuur ik u in juni 2031 toe, zoals in\n"
    "het overzicht aangegeven.\n"
)


def test_table_rows_told_again_in_sentences_are_one_toezegging_each() -> None:
    found = parliamentary_items(TABLE_LETTER)
    # the opening promise and row 1 are one, the later sentence and row 2 are one; row 3 stays
    assert found == [("toezegging", None)] * 3
