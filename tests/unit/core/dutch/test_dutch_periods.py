"""Calendar edges: seasons, quarters, half-years, Prinsjesdag, month arithmetic, picking a year."""

from __future__ import annotations

import datetime as dt

import pytest

from ruimtemonitor.core.dutch import periods as p

pytestmark = pytest.mark.unit
D = dt.date


@pytest.mark.parametrize(
    ("year", "expected"),
    [
        (2024, D(2024, 9, 17)),
        (2025, D(2025, 9, 16)),
        (2026, D(2026, 9, 15)),
        (2027, D(2027, 9, 21)),
    ],
)
def test_prinsjesdag_is_the_third_tuesday_of_september(year: int, expected: dt.date) -> None:
    assert p.prinsjesdag(year) == expected
    assert expected.weekday() == 1


@pytest.mark.parametrize(
    ("name", "year", "start", "end"),
    [
        ("voorjaar", 2025, D(2025, 3, 21), D(2025, 6, 20)),
        ("lente", 2025, D(2025, 3, 21), D(2025, 6, 20)),
        ("zomer", 2026, D(2026, 6, 21), D(2026, 9, 22)),
        ("najaar", 2025, D(2025, 9, 23), D(2025, 12, 20)),
        ("herfst", 2025, D(2025, 9, 23), D(2025, 12, 20)),
        ("winter", 2025, D(2025, 12, 21), D(2026, 3, 20)),
        ("zomervakantie", 2025, D(2025, 6, 21), D(2025, 9, 22)),
    ],
)
def test_astronomical_seasons_on_fixed_dates(
    name: str, year: int, start: dt.date, end: dt.date
) -> None:
    assert p.season(year, name) == (start, end)


def test_shifting_seasons_wraps_over_the_year() -> None:
    assert p.shift_season(2025, "voorjaar", -1) == p.season(2024, "winter")
    assert p.shift_season(2025, "winter", 1) == p.season(2026, "voorjaar")
    assert p.shift_season(2025, "najaar", 1) == p.season(2025, "winter")


def test_quarters_and_half_years_end_on_the_last_day() -> None:
    assert p.quarter(2025, 4) == (D(2025, 10, 1), D(2025, 12, 31))
    assert p.quarter(2024, 1) == (D(2024, 1, 1), D(2024, 3, 31))
    assert p.half_year(2025, 2) == (D(2025, 7, 1), D(2025, 12, 31))
    assert p.month(2024, 2) == (D(2024, 2, 1), D(2024, 2, 29))  # leap year
    assert p.month(2025, 2) == (D(2025, 2, 1), D(2025, 2, 28))
    assert p.year(2025) == (D(2025, 1, 1), D(2025, 12, 31))


def test_add_months_clamps_to_the_end_of_the_month() -> None:
    assert p.add_months(D(2025, 8, 31), 6) == D(2026, 2, 28)
    assert p.add_months(D(2023, 8, 31), 6) == D(2024, 2, 29)
    assert p.add_months(D(2025, 12, 31), 1) == D(2026, 1, 31)
    assert p.add_months(D(2025, 1, 15), -2) == D(2024, 11, 15)


def test_summer_recess_boundaries() -> None:
    assert p.before_summer(2025) == (D(2025, 3, 21), D(2025, 6, 30))
    assert p.after_summer(2025) == (D(2025, 9, 1), D(2025, 12, 20))


@pytest.mark.parametrize(
    ("pick", "ref", "expected"),
    [
        (p.Pick.NEAREST, D(2025, 6, 12), 2025),
        (p.Pick.NEAREST, D(2025, 2, 1), 2024),  # last autumn is nearer than the next
        (p.Pick.CURRENT, D(2025, 2, 1), 2025),
        (p.Pick.UPCOMING, D(2025, 10, 1), 2025),  # still running
        (p.Pick.NEXT, D(2025, 10, 1), 2026),
        (p.Pick.PREVIOUS, D(2025, 10, 1), 2024),
        (p.Pick.PREVIOUS, D(2025, 12, 20), 2025),  # ended that very day
    ],
)
def test_pick_year_for_autumn(pick: p.Pick, ref: dt.date, expected: int) -> None:
    assert p.pick_year(lambda y: p.season(y, "najaar"), ref, pick) == expected
