"""Planning cells as a spreadsheet prints them: a month cut short and a two-figure year joined
by a hyphen (`jun-26`), a quarter the same way (`Q2-27`) (texts made up here)."""

import datetime as dt

import pytest

from ruimtemonitor.core.dutch.dates import find_deadlines

pytestmark = pytest.mark.unit

LETTER = dt.date(2031, 3, 1)


@pytest.mark.parametrize(
    ("text", "written", "start", "end"),
    [
        ("  sep-31  aanbesteding\n", "sep-31", dt.date(2031, 9, 1), dt.date(2031, 9, 30)),
        ("  mrt-32  start bouw\n", "mrt-32", dt.date(2032, 3, 1), dt.date(2032, 3, 31)),
        ("  Q3-32   openstelling\n", "Q3-32", dt.date(2032, 7, 1), dt.date(2032, 9, 30)),
        ("Oplevering in Q1-33.", "Q1-33", dt.date(2033, 1, 1), dt.date(2033, 3, 31)),
    ],
)
def test_a_spreadsheet_month_or_quarter_with_a_hyphen(
    text: str, written: str, start: dt.date, end: dt.date
) -> None:
    found = [
        (m.deadline.as_written, m.deadline.start, m.deadline.end)
        for m in find_deadlines(text, LETTER)
    ]
    assert any(w.endswith(written) and (s, e) == (start, end) for w, s, e in found)


@pytest.mark.parametrize("text", ["Q2-2031 en Q3-2032", "kavel jun-315 ligt", "de Q2-275 motor"])
def test_longer_figures_are_no_two_figure_year(text: str) -> None:
    written = [m.deadline.as_written for m in find_deadlines(text, LETTER)]
    assert not [w for w in written if w.endswith(("-31", "-27", "-2"))]
