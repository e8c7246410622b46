"""Meetings named by a day and month in figures, "vandaag", "van diezelfde datum", or labels.

Kept apart from meetings.py (near its size limit): "BO MIRT Oost 29/10, BO MIRT Zuidwest 30/10"
in a progress letter, "hebben vandaag in het BO MIRT Zuidwest afspraken gemaakt" in a press
release dated that day, and "vastgesteld op 10.10.2024 in het BOL Zuid van diezelfde datum".
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator

from ruimtemonitor.core.dutch._meeting_grammar import (
    _NAMED,
    _REGION,
    DATE,
    FIGURES_DAY,
    KIND,
    WEEKDAY,
    figures_day,
)
from ruimtemonitor.core.dutch._text import GAP

__all__ = ["dated_by_reference"]

# "BO MIRT Oost 29/10", "BOL Zuid 6/11": a day and month with a slash, no year.
_DAY_MONTH = re.compile(
    rf"\b{KIND}(?:{GAP}{_REGION}|{_NAMED})?{GAP}(?P<d>\d{{1,2}})/(?P<m>\d{{1,2}})(?![\d/])",
    re.IGNORECASE,
)
# "hebben vandaag in het BO MIRT Noord afspraken gemaakt", "Vandaag is tijdens het BOL …"
_TODAY = re.compile(
    rf"\b(?P<when>vandaag|gisteren){GAP}(?:[^\W\d_]+{GAP}){{0,2}}?(?:in|tijdens|op){GAP}het{GAP}"
    rf"{KIND}(?:{GAP}{_REGION}|{_NAMED})?",
    re.IGNORECASE,
)
# "op 10.10.2024 in het BOL Zuid-Nederland van diezelfde datum"
_SAME_DATE = re.compile(
    rf"(?:(?P<numeric>{FIGURES_DAY})|{DATE}){GAP}(?:in|tijdens|door){GAP}het{GAP}"
    rf"{KIND}(?:{GAP}{_REGION}|{_NAMED})?{GAP}van{GAP}(?:die|dezelfde|diezelfde){GAP}(?:datum|dag)\b",
    re.IGNORECASE,
)
# "Overleg:  Bestuurlijk Overleg Leefomgeving Zuid-Nederland" over "Wanneer:  dinsdag 18 maart
# 2025, 10.00 uur": a head of minutes in labelled lines.
_LABELLED_HEAD = re.compile(
    rf"^[ \t]*(?:overleg|vergadering|bijeenkomst)[ \t]*:[ \t]*{KIND}(?:{GAP}{_REGION})?[^\n]*\n"
    rf"(?:[^\n]{{0,100}}\n){{0,3}}?[ \t]*(?:wanneer|datum)[ \t]*:[ \t]*{WEEKDAY}?{DATE}",
    re.IGNORECASE | re.MULTILINE,
)
_HEAD = 1000
# A day written without its year this long after the letter is last year's.
_LAST_YEAR_AFTER = dt.timedelta(days=120)

Found = tuple[int, int, str, str, dt.date]


def dated_by_reference(
    text: str,
    year: int | None,
    before: dt.date | None,
    parse: Callable[[str], dt.date | None],
) -> Iterator[Found]:
    """Each (start, end, kind as written, region, date) these three shapes name."""
    for match in _DAY_MONTH.finditer(text):
        day = _day(year, int(match.group("m")), int(match.group("d")), before)
        if day is not None:
            yield match.start(), match.end(), match.group("kind"), _region(match), day
    if before is not None:
        for match in _TODAY.finditer(text):
            shift = 1 if match.group("when").lower() == "gisteren" else 0
            day = before - dt.timedelta(days=shift)
            yield match.start(), match.end(), match.group("kind"), _region(match), day
    for match in _LABELLED_HEAD.finditer(text, 0, min(len(text), _HEAD)):
        day = parse(match.group("date"))
        if day is None and year is not None:
            day = parse(f"{match.group('date')} {year}")
        if day is not None:
            yield match.start(), match.end(), match.group("kind"), _region(match), day
    for match in _SAME_DATE.finditer(text):
        numeric = match.group("numeric")
        day = figures_day(numeric, parse) if numeric else parse(match.group("date"))
        if day is None and year is not None and not numeric:
            day = parse(f"{match.group('date')} {year}")
        if day is not None:
            yield match.start(), match.end(), match.group("kind"), _region(match), day


def _region(match: re.Match[str]) -> str:
    return (match.group("region") or "").capitalize()


def _day(year: int | None, month: int, day: int, before: dt.date | None) -> dt.date | None:
    if year is None:
        return None
    try:
        value = dt.date(year, month, day)
    except ValueError:
        return None
    if before is not None and value - before >= _LAST_YEAR_AFTER:
        try:
            return value.replace(year=year - 1)
        except ValueError:
            return None
    return value
