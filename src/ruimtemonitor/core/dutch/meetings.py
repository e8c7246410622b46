"""The BO meetings a letter says took place: "het BOL Oost van 2 juni", "2 juni 2025 (BOL Oost
Nederland)". They give the register the dates of the cycle, so "due before the next BO"
can use a real date instead of the default one.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ruimtemonitor.core.dutch._date_grammar import FULL_MONTH
from ruimtemonitor.core.dutch._text import GAP
from ruimtemonitor.core.dutch.dates import parse_date

__all__ = ["MeetingMatch", "find_meetings"]

_KIND = rf"(?P<kind>BOL|BO{GAP}MIRT)"
_REGION = rf"(?P<region>Noordwest|Zuidwest|Noord|Oost|Zuid)(?:(?:{GAP}|-)Nederland)?"
_DATE = rf"(?P<date>\d{{1,2}}{GAP}(?:{FULL_MONTH})(?:{GAP}\d{{4}})?)"
_PATTERNS = [
    # "2 juni 2025 (BOL Oost Nederland)"
    re.compile(rf"{_DATE}{GAP}?\({GAP}?{_KIND}{GAP}{_REGION}{GAP}?\)", re.IGNORECASE),
    # "het BOL Oost van 2 juni jl."
    re.compile(rf"\b{_KIND}{GAP}{_REGION}{GAP}van{GAP}{_DATE}", re.IGNORECASE),
]


@dataclass(frozen=True, slots=True)
class MeetingMatch:
    """``kind`` is ``bol`` or ``bo_mirt``; ``landsdeel`` the region word ("Oost")."""

    start: int
    end: int
    as_written: str
    kind: str
    landsdeel: str
    date: dt.date


def find_meetings(text: str, *, year: int | None = None) -> list[MeetingMatch]:
    """Each meeting once (the first mention), its year from the text or ``year``."""
    found: dict[tuple[str, str, dt.date], MeetingMatch] = {}
    for pattern in _PATTERNS:
        for match in pattern.finditer(text):
            words = " ".join(match.group("date").split())
            if not re.search(r"\d{4}$", words):
                if year is None:
                    continue
                words = f"{words} {year}"
            date = parse_date(words)
            if date is None:
                continue
            kind = "bo_mirt" if "mirt" in match.group("kind").lower() else "bol"
            landsdeel = match.group("region").capitalize()
            key = (kind, landsdeel, date)
            if key not in found or match.start() < found[key].start:
                found[key] = MeetingMatch(
                    match.start(), match.end(), match.group(0), kind, landsdeel, date
                )
    return sorted(found.values(), key=lambda m: m.start)
