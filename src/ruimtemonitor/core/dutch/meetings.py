"""The BO meetings a letter says took place: "het BOL Oost van 2 juni", "2 juni 2025 (BOL Oost
Nederland)". They give the register the dates of the cycle, so "due before the next BO"
can use a real date instead of the default one.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ruimtemonitor.core.dutch._date_grammar import FULL_MONTH
from ruimtemonitor.core.dutch._text import GAP, UPPER
from ruimtemonitor.core.dutch.dates import parse_date

__all__ = ["MeetingMatch", "find_meetings"]

_KIND = (
    rf"(?P<kind>BOL|BO{GAP}MIRT|BO{GAP}Leefomgeving|Bestuurlijke?{GAP}Overleg(?:gen)?"
    rf"(?:{GAP}\((?:BO|BOL)\))?{GAP}(?:MIRT|Leefomgeving)(?:{GAP}\((?:BO{GAP}MIRT|BOL)\))?)"
)
_REGION = rf"(?P<region>Noordwest|Zuidwest|Noord|Oost|Zuid|West)(?:(?:{GAP}|-)Nederland)?"
_DAYS = rf"\d{{1,2}}(?:{GAP}?(?:,|en|&){GAP}?\d{{1,2}})*"
_DATE = rf"(?P<date>(?P<days>{_DAYS}){GAP}(?P<month>{FULL_MONTH})(?:{GAP}(?P<year>\d{{4}}))?)"
_PATTERNS = [
    # "2 juni 2025 (BOL Oost Nederland)"
    re.compile(rf"{_DATE}{GAP}?\({GAP}?{_KIND}(?:{GAP}{_REGION})?{GAP}?\)", re.IGNORECASE),
    # "het BOL Oost van 2 juni jl.", "het BO MIRT Zuid op 12 november"
    re.compile(
        rf"\b{_KIND}(?:{GAP}{_REGION})?,?{GAP}(?:van|op|d\.d\.|gehouden{GAP}op){GAP}{_DATE}",
        re.IGNORECASE,
    ),
    # "Bestuurlijk Overleg MIRT Oost, Arnhem, 8 november 2012" (the head of an afsprakenlijst)
    re.compile(
        rf"^[ \t]*(?:Afsprakenlijst{GAP})?{_KIND}(?:{GAP}{_REGION})?[ \t]*[,–-][ \t]*"
        rf"(?:[{UPPER}][\w'’-]+(?:[ \t]+[\w'’-]+){{0,2}}[ \t]*,[ \t]*)?{_DATE}",
        re.IGNORECASE | re.MULTILINE,
    ),
]
# "Op 25 en 26 november 2020 hebben de Bestuurlijke Overleggen MIRT plaatsgevonden",
# "Het BO MIRT Zuid vond plaats op 12 november": a date and a meeting in one sentence that
# says it took place.
_SENTENCE = re.compile(r"[^.!?\n]*(?:\n(?![ \t]*\n)[^.!?\n]*){0,3}[.!?]?")
_TOOK_PLACE = re.compile(
    r"\b(?:plaatsgevonden|plaatsvond|vond(?:en)?\b[^.]{0,60}\bplaats|gehouden|hebben\s+"
    r"(?:wij|we|rijk\s+en\s+regio)\s+[^.]{0,40}\bgesproken|is\s+gesproken|zijn\s+gesproken)",
    re.IGNORECASE,
)
_KIND_RE = re.compile(rf"\b{_KIND}(?:{GAP}{_REGION})?", re.IGNORECASE)
_DATE_RE = re.compile(rf"\b{_DATE}\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class MeetingMatch:
    """``kind`` is ``bol`` or ``bo_mirt``; ``landsdeel`` the region word ("Oost")."""

    start: int
    end: int
    as_written: str
    kind: str
    landsdeel: str
    date: dt.date


def _dates(match: re.Match[str], year: int | None) -> list[tuple[dt.date, str]]:
    """Every day a date group names ("25 en 26 november 2020" gives two)."""
    found_year = match.group("year")
    if found_year is None and year is None:
        return []
    days = re.findall(r"\d{1,2}", match.group("days"))
    words = []
    for day in days:
        value = parse_date(f"{day} {match.group('month')} {found_year or year}")
        if value is not None:
            words.append((value, match.group("date")))
    return words


def _kind_of(words: str) -> str:
    return "bo_mirt" if "mirt" in words.lower() else "bol"


def find_meetings(
    text: str, *, year: int | None = None, before: dt.date | None = None
) -> list[MeetingMatch]:
    """Each meeting once (the first mention), its year from the text or ``year``.

    With ``before`` (the letter's date) a meeting dated after it is an announcement, not a
    meeting that took place, and is left out.
    """
    found: dict[tuple[str, str, dt.date], MeetingMatch] = {}

    def add(start: int, end: int, kind: str, region: str, date: dt.date) -> None:
        if before is not None and date > before:
            return
        key = (kind, region, date)
        if key not in found or start < found[key].start:
            found[key] = MeetingMatch(start, end, text[start:end], kind, region, date)

    for pattern in _PATTERNS:
        for match in pattern.finditer(text):
            region = (match.group("region") or "").capitalize()
            for date, _words in _dates(match, year):
                add(match.start(), match.end(), _kind_of(match.group("kind")), region, date)
    for sentence in _SENTENCE.finditer(text):
        words = sentence.group()
        if len(words) < 20 or not _TOOK_PLACE.search(words):
            continue
        kinds = list(_KIND_RE.finditer(words))
        if not kinds:
            continue
        for date_match in _DATE_RE.finditer(words):
            kind = min(kinds, key=lambda k, d=date_match: abs(k.start() - d.start()))
            kind_word = _kind_of(kind.group("kind"))
            region = (kind.group("region") or "").capitalize()
            for date, _ in _dates(date_match, year):
                if any(k[0] == kind_word and k[2] == date for k in found):
                    continue
                add(sentence.start(), sentence.end(), kind_word, region, date)
    return sorted(found.values(), key=lambda m: (m.start, m.date))
