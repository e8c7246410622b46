"""Calendar periods the Dutch planning cycle speaks in: seasons, quarters, half-years, Prinsjesdag.

The deadline grammar (``dates.py``) only recognises words; this module says which days
they stand for, so the boundaries live in one place and are documented in
docs/dutch-values.md:

* Seasons are the *astronomical* ones on fixed dates: voorjaar/lente 21 Mar–20 Jun,
  zomer 21 Jun–22 Sep, najaar/herfst 23 Sep–20 Dec, winter 21 Dec–20 Mar (the winter of
  year Y starts in December of Y). Meteorological seasons would put the BO's Leefomgeving
  of 2–11 June outside "voorjaar" and a December BO MIRT outside "najaar", and would mark
  autumn commitments late from 1 December; the astronomical ones match how the cycle uses
  the words, and ``Deadline``'s own documentation ("najaar 2025" is late from 21 Dec 2025).
* "voor de zomer" means before the summer recess of parliament (early July): 21 Mar–30 Jun.
  "na de zomer" means after it: 1 Sep–20 Dec.
* Prinsjesdag is the third Tuesday of September.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Callable
from enum import Enum

__all__ = [
    "Interval",
    "Pick",
    "add_months",
    "after_summer",
    "before_summer",
    "half_year",
    "month",
    "months_span",
    "pick_year",
    "prinsjesdag",
    "quarter",
    "season",
    "season_name",
    "shift_season",
    "year",
]

Interval = tuple[dt.date, dt.date]

# Canonical season names and their (month, day) start and end; winter runs into the next year.
_SEASONS: dict[str, tuple[tuple[int, int], tuple[int, int]]] = {
    "voorjaar": ((3, 21), (6, 20)),
    "zomer": ((6, 21), (9, 22)),
    "najaar": ((9, 23), (12, 20)),
    "winter": ((12, 21), (3, 20)),
}
_SEASON_ORDER = ("voorjaar", "zomer", "najaar", "winter")  # winter Y follows najaar Y
_SEASON_ALIASES = {"lente": "voorjaar", "herfst": "najaar"}


def season_name(word: str) -> str:
    """Canonical season for a word as written ("Lente" -> "voorjaar", "herfst" -> "najaar")."""
    key = word.lower()
    if key.startswith("zomer"):  # zomervakantie, zomerreces
        return "zomer"
    return _SEASON_ALIASES.get(key, key)


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` moved by whole months, clamped to the month's last day (31 Aug + 6 = 28/29 Feb)."""
    index = day.year * 12 + day.month - 1 + months
    y, m = divmod(index, 12)
    return dt.date(y, m + 1, min(day.day, calendar.monthrange(y, m + 1)[1]))


def year(y: int) -> Interval:
    return dt.date(y, 1, 1), dt.date(y, 12, 31)


def month(y: int, m: int) -> Interval:
    return dt.date(y, m, 1), dt.date(y, m, calendar.monthrange(y, m)[1])


def months_span(y: int, first: int, count: int) -> Interval:
    """``count`` whole months starting with month ``first`` of year ``y``."""
    start = dt.date(y, first, 1)
    return start, add_months(start, count) - dt.timedelta(days=1)


def quarter(y: int, q: int) -> Interval:
    return months_span(y, 3 * q - 2, 3)


def half_year(y: int, h: int) -> Interval:
    return months_span(y, 6 * h - 5, 6)


def season(y: int, name: str) -> Interval:
    """The season ``name`` of year ``y``; winter ``y`` runs from 21 Dec ``y`` to 20 Mar ``y+1``."""
    (sm, sd), (em, ed) = _SEASONS[season_name(name)]
    return dt.date(y, sm, sd), dt.date(y + 1 if em < sm else y, em, ed)


def shift_season(y: int, name: str, steps: int) -> Interval:
    """The season ``steps`` places before (negative) or after ``name`` of year ``y``."""
    index = y * 4 + _SEASON_ORDER.index(season_name(name)) + steps
    new_year, position = divmod(index, 4)
    return season(new_year, _SEASON_ORDER[position])


def before_summer(y: int) -> Interval:
    """ "voor de zomer": spring up to the summer recess, 21 Mar–30 Jun."""
    return dt.date(y, 3, 21), dt.date(y, 6, 30)


def after_summer(y: int) -> Interval:
    """ "na de zomer": from the end of the summer recess to the Christmas recess, 1 Sep–20 Dec."""
    return dt.date(y, 9, 1), dt.date(y, 12, 20)


def prinsjesdag(y: int) -> dt.date:
    """Third Tuesday of September: 16 Sep 2025, 15 Sep 2026."""
    first = dt.date(y, 9, 1)
    first_tuesday = first + dt.timedelta(days=(1 - first.weekday()) % 7)
    return first_tuesday + dt.timedelta(days=14)


class Pick(Enum):
    """Which occurrence of a yearly period a phrase without a year means, seen from a date."""

    NEAREST = "nearest"  # no hint: the occurrence closest to the reference date
    CURRENT = "current"  # "dit najaar": the one of the reference year
    UPCOMING = "upcoming"  # "uiterlijk met Prinsjesdag": the first that has not ended yet
    NEXT = "next"  # "volgend voorjaar", "voor de zomer": the first that starts after it
    PREVIOUS = "previous"  # "2 juni jl.", "vorig najaar": the last that has ended by then


def _distance(interval: Interval, ref: dt.date) -> int:
    start, end = interval
    if ref < start:
        return (start - ref).days
    if ref > end:
        return (ref - end).days
    return 0


def pick_year(make: Callable[[int], Interval], ref: dt.date, pick: Pick) -> int:
    """The year ``y`` for which ``make(y)`` is the occurrence ``pick`` means, seen from ``ref``."""
    years = range(ref.year - 2, ref.year + 3)
    if pick is Pick.CURRENT:
        return ref.year
    if pick is Pick.UPCOMING:
        return next(y for y in years if make(y)[1] >= ref)
    if pick is Pick.NEXT:
        return next(y for y in years if make(y)[0] > ref)
    if pick is Pick.PREVIOUS:
        return [y for y in years if make(y)[1] <= ref][-1]
    # Nearest; a tie goes to the later occurrence (letters look ahead more often than back).
    return min(years, key=lambda y: (_distance(make(y), ref), -y))
