""" "Ultimo" as the end of a year or month, quarters and months with a two-digit year after an
apostrophe, and "vorige maand" / "volgende week" dated from the letter's own date (texts
written for these tests: places, numbers and years are invented)."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.unit.core.extraction.readouts import deadline_spans, kamerbrief_head, times

pytestmark = pytest.mark.unit

D = dt.date


@pytest.mark.parametrize(
    ("text", "written", "start", "end"),
    [
        ("Het waterschap levert het ontwerp ultimo 2033 op.", "ultimo 2033", D(2033, 10, 1),
         D(2033, 12, 31)),
        ("De gemeente besluit uiterlijk ultimo 2029 over de brug.", "uiterlijk ultimo 2029",
         D(2029, 10, 1), D(2029, 12, 31)),
        ("het plan is per ult. 2031 gereed", "per ult. 2031", D(2031, 10, 1), D(2031, 12, 31)),
        ("Ultimo juni 2028 ligt de kade er.", "Ultimo juni 2028", D(2028, 6, 1), D(2028, 6, 30)),
        ("De subsidie loopt tot ultimo dit jaar.", "tot ultimo dit jaar", D(2027, 10, 1),
         D(2027, 12, 31)),
    ],
)  # fmt: skip
def test_ultimo_is_the_end_of_the_year_or_month_it_names(
    text: str, written: str, start: dt.date, end: dt.date
) -> None:
    assert deadline_spans(text, D(2027, 2, 9)) == [(written, start, end)]


def test_before_ultimo_a_year_falls_in_that_year() -> None:
    ((written, _start, end),) = deadline_spans(
        "een variant uitwerken voor ultimo 2032;", D(2031, 5, 4)
    )
    assert written == "voor ultimo 2032"
    assert end is not None and end.year == 2032


@pytest.mark.parametrize(
    ("text", "written", "start"),
    [
        ("De aanbesteding start in Q2 '33.", "in Q2 '33", D(2033, 4, 1)),
        ("Gereed: Q1 ’34", "Q1 ’34", D(2034, 1, 1)),
        ("oplevering in het 3e kwartaal '32", "in het 3e kwartaal '32", D(2032, 7, 1)),
        ("uiterlijk Q4'31 besluit de raad", "uiterlijk Q4'31", D(2031, 10, 1)),
    ],
)
def test_a_quarter_keeps_its_two_digit_year(text: str, written: str, start: dt.date) -> None:
    assert [(w, s) for w, s, _e in deadline_spans(text, D(2030, 8, 20))] == [(written, start)]


def test_a_two_digit_year_takes_the_century_nearest_the_letter() -> None:
    # a letter of 2006 means 1998 by "'98" and 2011 by "'11"
    assert [s for _w, s, _e in deadline_spans("in Q3 '98 en in Q1 '11", D(2006, 4, 3))] == [
        D(1998, 7, 1),
        D(2011, 1, 1),
    ]
    assert [s for _w, s, _e in deadline_spans("sinds mei '97", D(2004, 1, 8))] == [D(1997, 5, 1)]
    # without a letter date "'00"-"'69" are read in this century
    assert [s for _w, s, _e in deadline_spans("in Q2 '36", None)] == [D(2036, 4, 1)]


@pytest.mark.parametrize(
    ("text", "ref", "written", "start", "end"),
    [
        ("De raad heeft vorige maand ingestemd.", D(2033, 1, 12), "vorige maand",
         D(2032, 12, 1), D(2032, 12, 31)),
        ("het overleg van afgelopen maand", D(2029, 7, 30), "afgelopen maand", D(2029, 6, 1),
         D(2029, 6, 30)),
        ("Wij sturen u volgende maand het advies.", D(2030, 11, 3), "volgende maand",
         D(2030, 12, 1), D(2030, 12, 31)),
        # Thursday 14 March 2030: the week before runs from Monday 4 to Sunday 10 March
        ("Vorige week is de weg afgesloten.", D(2030, 3, 14), "Vorige week", D(2030, 3, 4),
         D(2030, 3, 10)),
        ("de volgende week", D(2030, 3, 14), "de volgende week", D(2030, 3, 18), D(2030, 3, 24)),
    ],
)  # fmt: skip
def test_last_or_next_month_or_week_is_dated_from_the_letter(
    text: str, ref: dt.date, written: str, start: dt.date, end: dt.date
) -> None:
    assert deadline_spans(text, ref) == [(written, start, end)]


def test_other_months_and_weeks_stay_no_time() -> None:
    assert (
        deadline_spans("een maand later; deze week; twee weken; de maand mei", D(2030, 3, 14)) == []
    )


def test_ultimo_quarters_and_last_month_split_into_deadlines_and_events() -> None:
    text = kamerbrief_head("9 juni 2032") + (
        "De provincie heeft vorige maand het convenant getekend. De verbreding is ultimo 2030\n"
        "afgerond. De aanbesteding volgt in Q3 '33 en de openstelling is voorzien ultimo 2035.\n"
    )
    deadlines, events = times(text)
    assert "in Q3 '33" in deadlines and "ultimo 2035" in deadlines
    assert "vorige maand" in events and "ultimo 2030" in events
    assert "in Q3" not in deadlines
