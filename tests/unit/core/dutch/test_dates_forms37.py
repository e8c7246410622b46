"""Date forms of batch 37, on made-up texts: a roman month between day and year (`20-XI-2008`,
`4.IV.2031`), the Christmas holiday or recess running into the new year (`na de
kerstvakantie` is in January), a `gereed=2029` cell's bare year as a by-when, and a meeting
dated with the month cut short between hyphens (`16-okt-2030`)."""

import datetime as dt

import pytest

from ruimtemonitor.core.dutch import find_meetings
from ruimtemonitor.core.dutch.dates import find_deadlines, parse_date

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("Vergadering : Zwolle, gemeentehuis, 20-XI-2031, 10.00-12.30", dt.date(2031, 11, 20)),
        ("Datum: 4.IV.2029", dt.date(2029, 4, 4)),
        ("Overleg te Kleidorp op 1/IX/2030", dt.date(2030, 9, 1)),
        ("Zierikzee, 31-XII-2032", dt.date(2032, 12, 31)),
        ("Harlingen, 9-VIII-2031", dt.date(2031, 8, 9)),
    ],
)
def test_a_roman_month_dates_a_head_line(line: str, date: dt.date) -> None:
    assert parse_date(line) == date


def test_a_roman_month_date_is_a_deadline() -> None:
    text = "Het volgende overleg is voorzien op 14-III-2032 in Lelystad; uiterlijk 2.VII.2032 ook."
    found = {m.deadline.as_written: m.deadline.start for m in find_deadlines(text, None)}
    assert found["op 14-III-2032"] == dt.date(2032, 3, 14)
    assert found["uiterlijk 2.VII.2032"] == dt.date(2032, 7, 2)


def test_a_roman_month_that_does_not_exist_is_no_date() -> None:
    assert parse_date("Zwolle, 3-XIV-2031") is None


@pytest.mark.parametrize(
    ("words", "year"),
    [("na de kerstvakantie", 2032), ("na het kerstreces", 2032), ("na de kerst", 2031)],
)
def test_after_the_christmas_holiday_is_the_new_year(words: str, year: int) -> None:
    (match,) = find_deadlines(f"De gemeente levert het plan {words} aan.", dt.date(2031, 10, 2))
    assert match.deadline.start.year == year


def test_before_the_christmas_holiday_stays_in_the_year() -> None:
    (match,) = find_deadlines("Het plan komt vóór de kerstvakantie.", dt.date(2031, 10, 2))
    assert match.deadline.start == dt.date(2031, 12, 24)


@pytest.mark.parametrize("year", ["2030", "2034"])
def test_a_ready_cell_year_is_a_by_when(year: str) -> None:
    text = f"trekker=waterschap | gereed={year} | middelen=€ 3 mln\n"
    (match,) = find_deadlines(text, dt.date(2029, 5, 1))
    assert (match.deadline.as_written, match.relation) == (year, "by")


@pytest.mark.parametrize("text", ["prijspeil=2028 | x", "kenmerk=2031 | y", "gereedschap 2030"])
def test_other_cells_keep_their_bare_year(text: str) -> None:
    assert find_deadlines(text, dt.date(2029, 5, 1)) == []


def test_a_meeting_dated_with_a_month_between_hyphens() -> None:
    text = "Het verslag van het BO MIRT Oost van 16-okt-2030 wordt ongewijzigd vastgesteld.\n"
    found = find_meetings(text, year=2031, before=dt.date(2031, 11, 4))
    assert [(m.kind, m.date) for m in found] == [("bo_mirt", dt.date(2030, 10, 16))]
