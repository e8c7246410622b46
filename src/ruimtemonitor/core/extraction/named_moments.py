"""Times named by a yearly moment rather than a date: a MIRT letter of a season, a budget debate
or a timetable of a year, Easter, and "de eerste week van december".

"uiterlijk bij de MIRT-brief van het voorjaar van 2018", "vóór de begrotingsbehandeling van
2022", "vóór de dienstregeling van 2027", "rond Pasen 2011", "uiterlijk in de eerste week van
december": the grammar reads at most the season or year inside; here the whole phrase is the
time (the timeline drops the inner one, as for debates named by month).
"""

from __future__ import annotations

import datetime as dt
import re

from ruimtemonitor.core.deadlines import Deadline, Precision
from ruimtemonitor.core.dutch import periods
from ruimtemonitor.core.dutch.dates import FULL_MONTH, DeadlineMatch

from .splitting import Document
from .textutil import Spans
from .time_words import is_past, sentence_around

__all__ = ["named_moments"]

_B = r"[ \t\n]+"
_REL = (
    r"(?P<rel>(?:[Uu]iterlijk(?:[ \t\n]+(?:vóór|voor|in|bij|met))?|[Vv]óór|[Vv]oor|[Bb]ij|[Mm]et"
    r"|[Tt]egen|[Rr]ond(?:om)?|[Vv]anaf|[Ii]n|[Nn]a))"
)
_MIRT_LETTER = re.compile(
    rf"(?<![^\W\d_])(?P<head>{_REL}{_B}de{_B}MIRT-?[Bb]rief){_B}van{_B}het{_B}(?P<season>voorjaar|najaar)"
    rf"(?:{_B}(?:van{_B})?(?P<year>(?:19|20)\d{{2}}))?(?![\w-])"
)
_YEARLY = re.compile(
    rf"(?<![^\W\d_])(?P<head>{_REL}{_B}de{_B}(?P<what>begrotingsbehandeling|dienstregeling)){_B}"
    rf"(?:van|voor){_B}(?P<year>(?:19|20)\d{{2}})(?![\w/–-])"
)
_EASTER = re.compile(
    rf"(?<![^\W\d_])(?P<head>{_REL}{_B}(?P<what>Pasen{_B}en{_B}Pinksteren|Pasen))"
    rf"(?:{_B}(?P<year>(?:19|20)\d{{2}}))?(?![\w-])"
)
_WEEK_OF = re.compile(
    rf"(?<![^\W\d_])(?P<head>{_REL}{_B}de{_B}(?P<ord>eerste|tweede|derde|laatste){_B}week){_B}van{_B}"
    rf"(?P<month>{FULL_MONTH})(?:{_B}(?P<year>(?:19|20)\d{{2}}))?(?![\w-])"
)
_RELATIONS = {
    "vóór": "before", "voor": "before", "uiterlijk": "by", "tegen": "by", "na": "after",
    "vanaf": "from",
}  # fmt: skip
_MONTHS = {name: number for number, name in enumerate(FULL_MONTH.split("|"), start=1)}
_ORDINALS = {"eerste": 0, "tweede": 1, "derde": 2}


def named_moments(
    text: str, document: Document, taken: list[tuple[int, int]]
) -> list[DeadlineMatch]:
    """Each time these yearly moments name, as a deadline (module docstring)."""
    if document.date is None:
        return []
    index = Spans(taken)
    patterns = (_MIRT_LETTER, _YEARLY, _EASTER, _WEEK_OF)
    return [
        found
        for pattern in patterns
        for match in pattern.finditer(text, document.start, document.end)
        if (found := _moment(text, match, document.date, index)) is not None
    ]


def _moment(text: str, match: re.Match[str], letter: dt.date, index: Spans) -> DeadlineMatch | None:
    span = _span(match, letter)
    if span is None or index.overlaps(match.start(), match.end("head")):
        return None
    word = match.group("rel").split()[0].lower()
    relation = _RELATIONS.get(word, "in")
    before, after = sentence_around(text, match.start(), match.end())
    if is_past(before, after, relation, match.group()):
        return None  # "de brug ging rond Pasen 2010 open": a time that has passed
    begin, end, precision = span
    deadline = Deadline(match.group(), begin, end, precision)
    return DeadlineMatch(match.start(), match.end(), deadline, relation, None, None)


def _span(match: re.Match[str], letter: dt.date) -> tuple[dt.date, dt.date, Precision] | None:
    written = match.group("year")
    year = int(written) if written else letter.year
    groups = match.groupdict()
    if groups.get("season"):
        season = groups["season"]
        if not written and season == "voorjaar" and letter.month > 6:
            year += 1  # the spring letter after a letter of the autumn
        begin, end = periods.season(year, season)
        return begin, end, Precision.SEASON
    if groups.get("what") in {"begrotingsbehandeling", "dienstregeling"}:
        begin, end = periods.year(year)
        return begin, end, Precision.YEAR
    if groups.get("what"):
        if not written and _easter(year) < letter:
            year += 1
        day = _easter(year)
        return day, day, Precision.DAY
    month = _MONTHS[match.group("month")]
    if not written and month < letter.month:
        year += 1
    first, last = periods.month(year, month)
    if match.group("ord") == "laatste":
        return last - dt.timedelta(days=6), last, Precision.DAY
    start = first + dt.timedelta(days=7 * _ORDINALS[match.group("ord")])
    return start, start + dt.timedelta(days=6), Precision.DAY


def _easter(year: int) -> dt.date:
    """Easter Sunday of ``year`` (the Gregorian computus of Meeus, Jones and Butcher)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    m = (32 + 2 * e + 2 * i - h - k) % 7
    n = h + m - 7 * ((a + 11 * h + 22 * m) // 451) + 114
    return dt.date(year, n // 31, n % 31 + 1)
