"""Time phrases that belong together, and moving a yearless phrase by a year.

The grammar reads "van 8 juli tot 19 augustus 2016" as "8 juli" and a "tot …" deadline, and
"in april en mei 2008" as two months; a register wants one period each time. A phrase that
names no year ("in het voorjaar") is read in the letter's year and may have to move one year
on (what is still to come) or back (what has been).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from ruimtemonitor.core.deadlines import Deadline, Precision
from ruimtemonitor.core.dutch import periods
from ruimtemonitor.core.dutch.dates import DeadlineMatch, parse_date

from .time_words import MONTH_NAMES, YEAR

__all__ = ["join_ranges", "next_year", "shift_year"]

_RANGE_START = re.compile(r"\b(?:van|vanaf)[ \t]+$", re.IGNORECASE)
_RANGE_END = re.compile(r"^(?:tot(?:[ \t]+en[ \t]+met)?|t/m)\b", re.IGNORECASE)
_AND = re.compile(r"[ \t\n]+en[ \t\n]+")
_DASH = re.compile(r"[ \t]*[-–—][ \t]*")
# "2026 Q1       ontwerp-projectbesluit": the year written before the quarter.
_YEAR_BEFORE = re.compile(r"(?<![\d.,/-])(?P<year>(?:19|20)\d{2})[ \t]+$")
_BARE_QUARTER = re.compile(r"Q(?P<q>[1-4])", re.IGNORECASE)
# "van januari tot en met maart": a bare month opens the period; alone it is no time phrase.
_BARE_MONTH_START = re.compile(
    rf"\b(?:van|vanaf)[ \t\n]+(?P<month>{MONTH_NAMES})[ \t\n]+$", re.IGNORECASE
)
_AND_YEAR = re.compile(r"[ \t]+en[ \t]+(?P<year>(?:19|20)\d{2})(?![\d%]|[.,]\d)")


def join_ranges(
    text: str, found: tuple[tuple[DeadlineMatch, str], ...]
) -> list[tuple[DeadlineMatch, str]]:
    """ "van 8 juli tot 19 augustus 2016" is one period, not "8 juli" and a "tot …" deadline;
    the first day takes the year of the last when it names none."""
    out: list[tuple[DeadlineMatch, str]] = []
    for match, doc in found:
        if out and (joined := _join_coordinated(text, out[-1], (match, doc))) is not None:
            out[-1] = joined
            continue
        if out:
            first, first_doc = out[-1]
            opening = _RANGE_START.search(text, max(0, first.start - 8), first.start)
            if (
                first_doc == doc
                and opening is not None
                and not text[first.end : match.start].strip()
                and _RANGE_END.match(match.deadline.as_written)
                and first.deadline.start is not None
                and match.deadline.end is not None
            ):
                begin = first.deadline.start
                if not YEAR.search(first.deadline.as_written):
                    begin = shift_year(begin, match.deadline.end.year - begin.year)
                if begin is not None and begin <= match.deadline.end:
                    joined = Deadline(
                        text[opening.start() : match.end],
                        begin,
                        match.deadline.end,
                        match.deadline.precision,
                    )
                    out[-1] = (
                        replace(first, start=opening.start(), end=match.end, deadline=joined),
                        doc,
                    )
                    continue
        out.append(_from_bare_month(text, match, doc))
    return [_with_year_before(text, *_with_second_year(text, match, doc)) for match, doc in out]


def _from_bare_month(text: str, match: DeadlineMatch, doc: str) -> tuple[DeadlineMatch, str]:
    """ "van januari tot en met maart": the month before "tot" opens the period, in the year
    of its end (the year before when the month comes later in the year than the end)."""
    end = match.deadline.end
    if end is None or not _RANGE_END.match(match.deadline.as_written):
        return match, doc
    opening = _BARE_MONTH_START.search(text, max(0, match.start - 30), match.start)
    if opening is None:
        return match, doc
    begin = parse_date(f"1 {opening.group('month')} {end.year}")
    if begin is not None and begin > end:
        begin = parse_date(f"1 {opening.group('month')} {end.year - 1}")
    if begin is None:
        return match, doc
    start = opening.start("month")
    joined = Deadline(text[start : match.end], begin, end, match.deadline.precision)
    return replace(match, start=start, deadline=joined, relation="in"), doc


def _with_year_before(text: str, match: DeadlineMatch, doc: str) -> tuple[DeadlineMatch, str]:
    """ "2026 Q1": a quarter whose year stands before it is that year's quarter."""
    quarter = _BARE_QUARTER.fullmatch(match.deadline.as_written)
    year = _YEAR_BEFORE.search(text, max(0, match.start - 8), match.start)
    if quarter is None or year is None:
        return match, doc
    begin, end = periods.quarter(int(year.group("year")), int(quarter.group("q")))
    joined = Deadline(text[year.start() : match.end], begin, end, Precision.QUARTER)
    return replace(match, start=year.start(), deadline=joined), doc


def _join_coordinated(
    text: str, first: tuple[DeadlineMatch, str], second: tuple[DeadlineMatch, str]
) -> tuple[DeadlineMatch, str] | None:
    """ "in april en mei 2008" is one period: the first month takes the year of the second;
    so is "zomer 2009 - najaar 2010", each end with its own year."""
    one, two = first[0], second[0]
    dashed = (
        _DASH.fullmatch(text, one.end, two.start) is not None
        and two.relation == "in"
        and one.meeting is None
        and two.meeting is None
    )  # "zomer 2009 - najaar 2010: uitvoering": one period in a planning line
    if (
        first[1] != second[1]
        or not (dashed or _AND.fullmatch(text, one.end, two.start))
        or (YEAR.search(one.deadline.as_written) and not dashed)
        or not YEAR.search(two.deadline.as_written)
        or one.deadline.start is None
        or two.deadline.end is None
    ):
        return None
    begin: dt.date | None = one.deadline.start
    if not YEAR.search(one.deadline.as_written):
        begin = shift_year(begin, two.deadline.end.year - one.deadline.start.year)
    if begin is None or begin > two.deadline.end:
        return None
    joined = Deadline(text[one.start : two.end], begin, two.deadline.end, two.deadline.precision)
    return replace(one, end=two.end, deadline=joined), first[1]


def _with_second_year(text: str, match: DeadlineMatch, doc: str) -> tuple[DeadlineMatch, str]:
    """ "in 2022 en 2023": the bare second year (no phrase of its own) ends the period."""
    deadline = match.deadline
    more = _AND_YEAR.match(text, match.end)
    if more is None or deadline.precision is not Precision.YEAR or deadline.start is None:
        return match, doc
    end = dt.date(int(more.group("year")), 12, 31)
    if end <= (deadline.end or end):
        return match, doc
    joined = Deadline(text[match.start : more.end()], deadline.start, end, deadline.precision)
    return replace(match, end=more.end(), deadline=joined), doc


def shift_year(day: dt.date | None, years: int = 1) -> dt.date | None:
    """The same day ``years`` later (28 February for a 29 February that does not exist)."""
    if day is None:
        return None
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def next_year(match: DeadlineMatch, years: int = 1) -> DeadlineMatch:
    """The same words one year later (or earlier): a yearless phrase about what is still to
    come (or what has been)."""
    deadline = match.deadline
    moved = Deadline(
        deadline.as_written,
        shift_year(deadline.start, years),
        shift_year(deadline.end, years),
        deadline.precision,
    )
    return replace(match, deadline=moved)
