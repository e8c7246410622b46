"""Two times the date grammar leaves alone: "sinds maart" and "vanaf de dienstregeling 2025".

"De studie loopt sinds maart" names the month something began, the last such month on or
before the letter's date: an event. A timetable is named by its year ("vanaf de dienstregeling
2025"): the time a service starts or changes, a deadline while that year has not ended.
A day of a meeting without a year ("in de commissie Ruimte van 6 oktober toegezegd") that lies
before the letter's date is that past day, not the next 6 October.
"""

from __future__ import annotations

import datetime as dt
import re

from ruimtemonitor.core.deadlines import Deadline, Precision
from ruimtemonitor.core.dutch import periods
from ruimtemonitor.core.dutch.dates import FULL_MONTH, DeadlineMatch

from .past_events import Event
from .splitting import Document
from .textutil import Spans

__all__ = ["held_meeting_day", "since_months", "timetable_years"]

_MONTHS = {name: number for number, name in enumerate(FULL_MONTH.split("|"), start=1)}
# "sinds maart", not "sinds maart 2019" nor "sinds 3 maart" (the grammar reads those)
_SINCE_MONTH = re.compile(
    rf"\b(?P<when>[Ss]inds[ \t\n]+(?P<month>{FULL_MONTH}))\b(?![ \t\n]*(?:19|20)\d{{2}})"
)
_TIMETABLE = re.compile(
    r"\b(?P<when>(?:[Vv]anaf|[Mm]et[ \t\n]+ingang[ \t\n]+van|[Ii]n)[ \t\n]+de[ \t\n]+"
    r"dienstregeling[ \t\n]+(?P<year>(?:19|20)\d{2}))(?![\d/–-])"
)
# "in de commissie Ruimte van", "tijdens het debat van": a meeting named before its day
_MEETING_OF = re.compile(
    r"\b(?:commissie|commissievergadering|raadsvergadering|vergadering|overleg|debat|"
    r"bijeenkomst)(?:[ \t\n]+[\w-]+){0,2}[ \t\n]+van[ \t\n]*$",
    re.IGNORECASE,
)
_DAY_MONTH = re.compile(rf"\d{{1,2}}[ \t\n]+(?:{FULL_MONTH})", re.IGNORECASE)


def since_months(text: str, document: Document, taken: list[tuple[int, int]]) -> list[Event]:
    """ "loopt sinds maart": the month something began (module docstring)."""
    letter = document.date
    if letter is None:
        return []
    index = Spans(taken)
    out: list[Event] = []
    for match in _SINCE_MONTH.finditer(text, document.start, document.end):
        if index.overlaps(match.start(), match.end()):
            continue
        month = _MONTHS[match.group("month").lower()]
        year = letter.year if month <= letter.month else letter.year - 1
        begin, end = periods.month(year, month)
        out.append(
            Event(
                match.group("when"),
                begin,
                end,
                Precision.MONTH.value,
                document.identifier,
                match.start("when"),
                match.end("when"),
            )
        )
    return out


def timetable_years(
    text: str, document: Document, taken: list[tuple[int, int]]
) -> list[DeadlineMatch]:
    """ "vanaf de dienstregeling 2025": the year of a timetable (module docstring)."""
    if text.find("dienstregeling", document.start, document.end) < 0:
        return []  # most letters name no timetable: no need to try every "in"
    index = Spans(taken)
    out: list[DeadlineMatch] = []
    for match in _TIMETABLE.finditer(text, document.start, document.end):
        if index.overlaps(match.start("year"), match.end("year")):
            continue
        year = int(match.group("year"))
        begin, end = periods.year(year)
        deadline = Deadline(match.group("when"), begin, end, Precision.YEAR)
        out.append(
            DeadlineMatch(match.start("when"), match.end("when"), deadline, "in", None, None)
        )
    return out


def held_meeting_day(
    before: str, written: str, end: dt.date | None, letter: dt.date | None
) -> bool:
    """A day and month after a meeting's name, before the letter's date: the day it was held."""
    return (
        letter is not None
        and end is not None
        and end < letter
        and _DAY_MONTH.fullmatch(written.strip()) is not None
        and _MEETING_OF.search(before) is not None
    )
