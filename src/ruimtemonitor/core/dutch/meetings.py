"""The BO meetings a letter says took place, with their dates and landsdelen.

Letters write them in many ways: "het BOL Oost van 2 juni", "2 juni 2025 (BOL Oost
Nederland)", "• BOL Noord: 3 juni 2025, Assen", a table of landsdeel and date under a sentence
naming the kind of meeting, the head of an afsprakenlijst, and sentences that say a meeting
took place ("Op 25 en 26 november 2020 hebben de Bestuurlijke Overleggen MIRT plaatsgevonden:
op 25 november met Noord en Oost, …", one meeting per landsdeel and day). They give the
register the dates of the cycle, so "due before the next BO" can use a real date instead of
the default one. A meeting dated after the letter is an announcement and is left out.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from ruimtemonitor.core.dutch._meeting_cells import wrapped_minutes_cells
from ruimtemonitor.core.dutch._meeting_grammar import (
    _DD,
    _FIGURES_DATE_RE,
    _NAMED,
    _NEXT_CLAUSE,
    _PAPER_OF,
    _RECENT,
    _REGION,
    _SEASON,
    _TOPIC,
    _WITH,
    CELL_WRAP,
    DATE,
    KIND,
    LANDSDEEL,
    NUMERIC,
    WEEKDAY,
    _listed_before,
    figures_day,
)
from ruimtemonitor.core.dutch._meeting_lists import listed_after_colon
from ruimtemonitor.core.dutch._meeting_refs import dated_by_reference
from ruimtemonitor.core.dutch._meeting_rows import figure_date_rows
from ruimtemonitor.core.dutch._text import GAP, UPPER
from ruimtemonitor.core.dutch.dates import parse_date

__all__ = ["MeetingMatch", "find_meetings", "meeting_of_minutes"]

_PATTERNS = [
    # "2 juni 2025 (BOL Oost Nederland)"
    re.compile(rf"{DATE}{GAP}?\({GAP}?{KIND}(?:{GAP}{_REGION})?{GAP}?\)", re.IGNORECASE),
    # "het BOL Oost van 2 juni jl.", "het BO MIRT Zuid op 12 november"
    re.compile(
        rf"\b{KIND}(?:{GAP}{_REGION}|{_NAMED})?{_SEASON}?{_WITH}?,?{GAP}(?:van|op|{_DD}|(?:gehouden|volgde|was|"
        rf"vond{GAP}plaats|plaatsvond|werd{GAP}gehouden){GAP}op){GAP}{_RECENT}?{WEEKDAY}?{DATE}",
        re.IGNORECASE,
    ),
    # "het BO MIRT Noord (21 november 2019)", "het BO MIRT Noordwest (Haarlem, 14 november 2019)",
    # "BO MIRT Oost (12 november, Zwolle)": the town before or after the date.
    re.compile(
        rf"\b{KIND}(?:{GAP}{_REGION})?{_SEASON}?{GAP}?\({GAP}?(?:{_DD}{GAP})?"
        rf"(?:[{UPPER}][\w'’-]+,{GAP})?{WEEKDAY}?{DATE}"
        rf"(?:{GAP}?,{GAP}(?:te{GAP}|in{GAP})?[{UPPER}][\w'’-]+(?:{GAP}[\w'’-]+){{0,3}})?{GAP}?\)",
        re.IGNORECASE,
    ),
    # "Verslag BO MIRT 10 juni 2010", "afsprakenlijst van het BOL Zuid van 3 juni"
    # "Het verslag van het BO MIRT Zuidvleugel van 9 juni": a region that is no landsdeel.
    re.compile(
        rf"\b(?:verslag|afsprakenlijst|besluitenlijst){GAP}(?:van{GAP}(?:het{GAP})?)?{KIND}"
        rf"(?:{GAP}{_REGION}|{_NAMED})?,?{GAP}(?:van(?:{GAP}|{CELL_WRAP})|{_DD}{GAP})?{DATE}",
        re.IGNORECASE,
    ),
    # "• BOL Noord: 3 juni 2025, Assen", "BO MIRT Noord | 14 november 2019 | Groningen"
    re.compile(
        rf"^[ \t]*(?:[•\-–][ \t]*)?{KIND}{GAP}{_REGION}(?:[ \t]*[:–|-][ \t]*|[ \t]{{2,}})"
        rf"{WEEKDAY}?{DATE}",
        re.IGNORECASE | re.MULTILINE,
    ),
    # "Bestuurlijk Overleg MIRT Oost, Arnhem, 8 november 2012" (the head of an afsprakenlijst)
    re.compile(
        rf"^[ \t]*(?:Afsprakenlijst{GAP})?{KIND}(?:{GAP}{_REGION})?[ \t]*[,–-][ \t]*"
        rf"(?:[{UPPER}][\w'’-]+(?:[ \t]+[\w'’-]+){{0,2}}[ \t]*,[ \t]*)?{DATE}",
        re.IGNORECASE | re.MULTILINE,
    ),
    # "Vastgesteld in het BO Leefomgeving Zuid, Zandhoven, 10 juni 2031": name, place (if
    # any) and date.
    re.compile(
        rf"\b(?:in|tijdens|door){GAP}het{GAP}{KIND}(?:{GAP}{_REGION})?,{GAP}"
        rf"(?:[{UPPER}][\w'’-]+(?:{GAP}[\w'’-]+){{0,2}},{GAP})?{WEEKDAY}?{DATE}",
        re.IGNORECASE,
    ),
]
# "In het BO MIRT en het BOL van 27 februari 2024": two kinds of meeting held on one day.
_KIND_PAIR = re.compile(
    rf"\b{KIND.replace('?P<kind>', '?P<kind1>')}{GAP}en{GAP}(?:het{GAP})?"
    rf"{KIND.replace('?P<kind>', '?P<kind2>')}(?:{GAP}{_REGION})?,?{GAP}(?:van|op|{_DD})"
    rf"{GAP}{WEEKDAY}?{DATE}",
    re.IGNORECASE,
)
# "Bestuurlijk Overleg MIRT Oost-Nederland" over "Afspraken, donderdag 22 november 2018" or
# "Verslag met afspraken  -  7 december 2021": the head of minutes, name and date on two lines.
_HEAD_TWO_LINES = re.compile(
    rf"^[ \t]*{KIND}(?:{GAP}{_REGION})?[ \t]*\n(?:[^\n]{{0,80}}\n){{0,3}}?[ \t]*"
    rf"(?:afsprakenlijst|besluitenlijst|afspraken|verslag)\b[^\n\d]{{0,40}}?"
    rf"{WEEKDAY}?{DATE}",
    re.IGNORECASE | re.MULTILINE,
)
# "Bestuurlijk Overleg Leefomgeving Oost" over "Datum 10 juni 2031" (a time or place may
# follow), under or over a line "AFSPRAKENLIJST": the head of minutes whose date stands on a
# "Datum" line of its own; also as rows of a markdown table ("| Overleg | BOL Noordwest |").
_HEAD_DATUM = re.compile(
    rf"^[ \t]*(?:\|[ \t]*(?:overleg|vergadering)[ \t]*\|[ \t]*)?{KIND}(?:{GAP}{_REGION})?[^\n]*\n"
    rf"(?:[^\n]{{0,100}}\n){{0,4}}?[ \t]*(?:\|[ \t]*)?(?:datum|vergaderdatum)"
    rf"(?:[ \t]*+[:|][ \t]++|[ \t]++){WEEKDAY}?{DATE}[ \t]*(?:[,(|–-][^\n]*)?$",
    re.IGNORECASE | re.MULTILINE,
)
_MINUTES_LINE = re.compile(
    r"^[ \t]*(?:afsprakenlijst|besluitenlijst|verslag|afspraken)\b", re.IGNORECASE | re.MULTILINE
)
_HEAD = 800
# "De overleggen vonden plaats op:" over "  1. 29 oktober 2014, Noordwest-Nederland (Haarlem);":
# a sentence saying the meetings took place, closed by a colon over a list of dates.
_LIST_INTRO = re.compile(
    r"\b(?:plaatsgevonden|plaats|gehouden)(?:[ \t]+op)?[ \t]*:[ \t]*\n", re.IGNORECASE
)
_LIST_LINE = re.compile(
    rf"[ \t]*+(?:\d{{1,2}}[.)]|[•\-–*·])?[ \t]*+{WEEKDAY}?{DATE}(?P<rest>[^\n]*)(?:\n|$)",
    re.IGNORECASE,
)
# "BO MIRT Noordwest- en Zuidwest-Nederland (21 en 22 november 2012)": one meeting per
# landsdeel, the days in the order of the landsdelen.
_TWO = (
    rf"\b{KIND}{GAP}(?P<r1>{LANDSDEEL})(?:-Nederland)?-?{GAP}en{GAP}(?P<r2>{LANDSDEEL})"
    rf"(?:(?:{GAP}|-)Nederland)?"
)
_TWO_REGIONS = [
    re.compile(rf"{_TWO}{GAP}?\({GAP}?{DATE}{GAP}?\)", re.IGNORECASE),
    # "de BO's MIRT Noordwest-Nederland en Zuidwest-Nederland op 18 november 2020"
    re.compile(rf"{_TWO},?{GAP}(?:op|van){GAP}{DATE}", re.IGNORECASE),
]
# "Op 25 en 26 november 2020 hebben de Bestuurlijke Overleggen MIRT plaatsgevonden",
# "Het BO MIRT Zuid vond plaats op 12 november": a date and a meeting in one sentence that
# says it took place.
_SENTENCE = re.compile(r"[^.!?\n]*(?:\n(?![ \t]*\n)[^.!?\n]*){0,3}[.!?]?")
# "Op 10 november jl. heb ik …": an abbreviation's dot does not end the sentence.
_ABBREVIATION_END = re.compile(
    r"\b(?:jl|j\.l|o\.a|d\.d|dd|nr|mln|mld|ca|resp|jan|febr?|mrt|apr|jun|jul|aug|sept?|okt|nov|dec)\.$",
    re.IGNORECASE,
)


def _sentences(text: str) -> Iterator[tuple[int, str]]:
    """Start and words of each sentence, joined again where an abbreviation's dot split it."""
    start = None
    words = ""
    for match in _SENTENCE.finditer(text):
        if start is None:
            start, words = match.start(), match.group()
        elif match.start() == start + len(words):
            words += match.group()
        else:
            yield start, words
            start, words = match.start(), match.group()
        if not _ABBREVIATION_END.search(words) or len(words) > 2000:
            yield start, words
            start, words = None, ""
    if start is not None:
        yield start, words


# "plaatsgevoden": a letter's typo for the word still says the meeting took place.
_TOOK_PLACE = re.compile(
    r"\b(?:plaatsgevo?n?den|plaatsvond|vond(?:en)?\b[^.]{0,120}\bplaats|gehouden|gevoerd|hebben\s+"
    r"(?:wij|we|rijk\s+en\s+regio)\s+[^.]{0,40}\bgesproken|is\s+gesproken|zijn\s+gesproken)",
    re.IGNORECASE,
)
# "Op 14 november 2019 is in het BO MIRT afgesproken …": the date next to the meeting's name.
_DISCUSSED = re.compile(
    r"\b(?:is|zijn|hebben|heeft|werd|werden|kwam|kwamen)\b[^.]{0,120}\b(?:afgesproken|besproken|"
    r"overlegd|besloten|ingestemd|gesproken|bijeen(?:gekomen)?|vergaderd|genomen|vastgesteld|"
    r"ondertekend|gemaakt)\b"
    r"|\b(?:(?:be)?sprak|(?:be)?spraken|overlegde|overlegden|besloot|besloten|vergaderde|"
    r"vergaderden)\b",
    re.IGNORECASE,
)
_NEXT_TO = 40
# "… Noord (6 november 2017), Oost (8 november 2017) en Zuid (9 november 2017)": the
# landsdelen listed after the first, each with its date in brackets. (One gap before the comma
# or the "en", not two optional ones side by side: those try a run of blanks every way.)
_LISTED = re.compile(rf"(?:{GAP}?,|{GAP}en){GAP}{_REGION}{GAP}?\({GAP}?{DATE}{GAP}?\)", re.I)
# "de overleggen van dinsdag 4 maart (Noord, Assen) en woensdag 5 maart (Oost)": the further
# days of a list after a plural meeting name, each with an optional bracket of place and region.
_MORE_DAYS = re.compile(
    rf"(?:\s*+\([^()]{{0,80}}\))?(?:{GAP}?,|{GAP}en){GAP}{WEEKDAY}?{DATE}\b"
    rf"(?:\s*\((?P<aside>[^()]{{0,80}})\))?",
    re.IGNORECASE,
)
_PLURAL = re.compile(r"overleggen|BOL?['’]s", re.IGNORECASE)
_KIND_RE = re.compile(rf"\b{KIND}(?:{GAP}{_REGION})?", re.IGNORECASE)
_DATE_RE = re.compile(rf"\b{DATE}\b", re.IGNORECASE)
_TABLE_ROW = re.compile(
    rf"^[ \t]*+(?:(?:BO|BOL|BO[ \t]+MIRT)[ \t]+)?{_REGION}(?:[ \t]{{2,}}+|[ \t]*+\|[ \t]*+)"
    rf"(?:(?:ma|di|wo|do|vr|maandag|dinsdag|woensdag|donderdag|vrijdag)\.?[ \t]++)?{DATE}",
    re.IGNORECASE | re.MULTILINE,
)
# "In het overleg van 3 juni jl. …": the meeting named a little earlier, by date.
_THAT_MEETING = re.compile(
    rf"\b(?:het|dit|dat|laatste|vorige)\s+(?:bestuurlijk(?:e)?\s+)?overleg\s+(?:van|op|{_DD})"
    rf"{GAP}{DATE}",
    re.IGNORECASE,
)
# ", vastgesteld op 3 maart 2020,": the date of a document in an aside, not of a meeting.
_DOCUMENT_DATE = re.compile(
    r",\s*(?:vastgesteld|ondertekend|gepubliceerd|verschenen|aangeboden|verzonden|ontvangen|"
    r"gedateerd|gestart|genomen)\s+(?:op|per|d\.d\.)\s*$",
    re.IGNORECASE,
)
_LABEL_BEFORE = re.compile(r"\b(?:datum|d\.d\.)\s*:?\s*$", re.IGNORECASE)
# Every meeting name and every generic word for one holds one of these (a cheap first test).
_ANY_MEETING = re.compile(r"overleg|\bBOL?\b|\bBO['’]?s\b", re.IGNORECASE)
_GENERIC = re.compile(r"\b(?:overleggen|overleg|BO'?s)\b", re.IGNORECASE)
_REGION_WORD = re.compile(
    r"\b(?P<region>Noordwest|Zuidwest|Noord|Oost|Zuid)(?:-Nederland)?\b(?![-\w])"
)


@dataclass(frozen=True, slots=True)
class MeetingMatch:
    """``kind`` is ``bol`` or ``bo_mirt``; ``landsdeel`` the region word ("Oost")."""

    start: int
    end: int
    as_written: str
    kind: str
    landsdeel: str
    date: dt.date


# A date written without its year that would fall this many days or more after the letter is
# last year's: "het BO MIRT van 12 november" in a letter of January.
_LAST_YEAR_AFTER = dt.timedelta(days=120)


def _dates(
    match: re.Match[str], year: int | None, before: dt.date | None = None
) -> list[tuple[dt.date, str]]:
    """Every day a date group names ("25 en 26 november 2020" gives two)."""
    found_year = match.group("year")
    if found_year is None and year is None:
        return []
    if match.groupdict().get("nmonth"):  # "12-11-2031": the date in figures
        value = parse_date(match.group("date"))
        return [(value, match.group("date"))] if value is not None else []
    days = re.findall(r"\d{1,2}", match.group("days"))
    words = []
    for day in days:
        value = parse_date(f"{day} {match.group('month')} {found_year or year}")
        late = value is not None and before is not None and value - before >= _LAST_YEAR_AFTER
        if late and found_year is None:
            value = parse_date(f"{day} {match.group('month')} {int(year or 0) - 1}") or value
        if value is not None:
            words.append((value, match.group("date")))
    return words


def _kind_for(kinds: list[re.Match[str]], date: re.Match[str]) -> re.Match[str]:
    """The meeting a date belongs to: the one named just before it, else the nearest.

    A semicolon closes a clause: "met Zuid (Goes, 6 oktober); de BO's MIRT volgden …" dates
    the meeting named before it, not the one the next clause opens with.
    """
    before = [k for k in kinds if k.end() <= date.start() and date.start() - k.end() <= 25]
    if before:
        return before[-1]
    words = date.string
    same_clause = [
        k
        for k in kinds
        if ";" not in words[min(k.end(), date.end()) : max(k.start(), date.start())]
    ]
    return min(same_clause or kinds, key=lambda k: abs(k.start() - date.start()))


# "9 november (Noord en Oost, Zwolle)": landsdelen that met together in one town.
_JOINT = re.compile(
    rf"{GAP}?\({GAP}?(?P<regions>{LANDSDEEL}(?:-Nederland)?(?:(?:,|{GAP}en){GAP}{LANDSDEEL}"
    rf"(?:-Nederland)?)+),{GAP}[{UPPER}][\w'’-]+(?:{GAP}[\w'’-]+){{0,2}}{GAP}?\)"
    # "9 november (Noordwest, Zuidwest en Oost)": three or more landsdelen without a town are
    # one joint meeting; two ("(Noord en Oost)") stay two meetings that shared a day.
    rf"|{GAP}?\({GAP}?(?P<three>{LANDSDEEL}(?:-Nederland)?(?:,{GAP}{LANDSDEEL}(?:-Nederland)?)+"
    rf"{GAP}en{GAP}{LANDSDEEL}(?:-Nederland)?){GAP}?\)"
)

# "met Zuid-Nederland (Eindhoven, 5 oktober 2022)": the landsdeel just before the brackets.
_REGION_BEFORE_BRACKETS = re.compile(
    rf"\b(?P<region>{LANDSDEEL})(?:-Nederland)?{GAP}?\({GAP}?(?:[{UPPER}][\w'’-]+,{GAP})?$"
)


# "  Noordwest-Nederland    4 juni" over "  Oost-Nederland    6 juni": a list of landsdelen
# with their dates aligned in a column; the landsdeel opens the date's own line.
_REGION_OPENS_LINE = re.compile(
    rf"(?:^|\n)[ \t]*(?:[•\-–*][ \t]*)?(?P<region>{LANDSDEEL})(?:-Nederland)?[ \t]*[:|–-]?[ \t]*$"
)


def _landsdelen_in_brackets(words: str, date: re.Match[str]) -> list[str]:
    """The landsdeel a bracketed place-and-date names, one for landsdelen meeting together,
    or the one that opens the date's line in an aligned list."""
    before = _REGION_BEFORE_BRACKETS.search(words, max(0, date.start() - 60), date.start())
    if before is not None:
        return [before.group("region").capitalize()]
    opens = _REGION_OPENS_LINE.search(words, max(0, date.start() - 60), date.start())
    if opens is not None:
        return [opens.group("region").capitalize()]
    joint = _JOINT.match(words, date.end())
    if joint is not None:
        regions = joint.group("regions") or joint.group("three")
        return [re.match(LANDSDEEL, regions).group().capitalize()]  # type: ignore[union-attr]
    return []


_OPENING_DATE = re.compile(rf"^\s*Op{GAP}{WEEKDAY}?$", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[,;:()]|\b(?:dat|die|waarna|nadat|waarin|waarover)\b", re.I)
_IN_THE_MEETING = re.compile(rf"\b(?:in|tijdens){GAP}het{GAP}$", re.IGNORECASE)


def _dated_meeting_sentence(
    words: str, date: re.Match[str], dates: int, kinds: list[re.Match[str]]
) -> bool:
    """ "Op 17 maart bespraken de partijen het plan in het BO Leefomgeving Zuid.": a sentence
    that opens with its only date and says what was discussed in the one meeting it names."""
    between = words[date.end() : kinds[0].start()] if kinds else ""
    return (
        dates == 1
        and len(kinds) == 1
        and kinds[0].start() > date.end()
        and _OPENING_DATE.search(words, 0, date.start()) is not None
        # one clause: "…, dat in het BO is besproken" puts the meeting in another one
        and _CLAUSE_BREAK.search(between) is None
        and _DISCUSSED.search(between) is not None
        and _IN_THE_MEETING.search(words, max(0, kinds[0].start() - 20), kinds[0].start())
        is not None
    )


def _kind_of(words: str) -> str:
    lowered = words.lower()  # "BO MIT": the BO MIRT's name until 2008
    return "bo_mirt" if "mirt" in lowered or re.search(r"\bmit\b", lowered) else "bol"


def _listed_dates(
    text: str,
    intro: re.Match[str],
    year: int | None,
    before: dt.date | None,
    add: Callable[[int, int, str, str, dt.date], None],
) -> None:
    """One meeting per line of the list under an intro, of the kind named in its sentence."""
    sentence_start = max(text.rfind(".", 0, intro.start()), text.rfind("\n\n", 0, intro.start()))
    kinds = list(_KIND_RE.finditer(text, max(0, sentence_start - 300), intro.start()))
    if not kinds:
        return
    kind = _kind_of(kinds[-1].group("kind"))
    position = intro.end()
    while (line := _LIST_LINE.match(text, position)) is not None and line.end() > position:
        region_word = _REGION_WORD.search(line.group("rest"))
        region = region_word.group("region").capitalize() if region_word else ""
        for date, _words in _dates(line, year, before):
            add(line.start("date"), line.end("date"), kind, region, date)
        position = line.end()


def _more_days(
    text: str,
    end: int,
    kind: str,
    year: int | None,
    before: dt.date | None,
    add: Callable[[int, int, str, str, dt.date], None],
) -> None:
    """One meeting per further day of a list after a plural name, its region from its aside."""
    while (more := _MORE_DAYS.match(text, end)) is not None:
        word = _REGION_WORD.search(more.group("aside") or "")
        region = word.group("region").capitalize() if word else ""
        for date, _words in _dates(more, year, before):
            add(more.start("date"), more.end(), kind, region, date)
        end = more.end("date")


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
            kind = _kind_of(match.group("kind"))
            for date, _words in _dates(match, year, before):
                add(match.start(), match.end(), kind, region, date)
            if pattern is _PATTERNS[1] and _PLURAL.search(match.group("kind")):
                _more_days(text, match.end(), kind, year, before, add)
            more = _LISTED.match(text, match.end()) if match.group().endswith(")") else None
            while more is not None:
                listed = more.group("region").capitalize()
                for date, _words in _dates(more, year, before):
                    add(more.start("region"), more.end(), kind, listed, date)
                more = _LISTED.match(text, more.end())
    for match in (m for pattern in _TWO_REGIONS for m in pattern.finditer(text)):
        days = [date for date, _ in _dates(match, year, before)]
        regions = [match.group("r1").capitalize(), match.group("r2").capitalize()]
        if len(days) == 2:
            pairs = list(zip(regions, days, strict=True))
        else:
            pairs = [(r, d) for r in regions for d in days]
        for region, date in pairs:
            add(match.start(), match.end(), _kind_of(match.group("kind")), region, date)
    for match in _KIND_PAIR.finditer(text):
        region = (match.group("region") or "").capitalize()
        for group in ("kind1", "kind2"):
            for date, _words in _dates(match, year, before):
                add(match.start(), match.end(), _kind_of(match.group(group)), region, date)
    for match in _HEAD_TWO_LINES.finditer(text, 0, min(len(text), 800)):
        region = (match.group("region") or "").capitalize()
        for date, _words in _dates(match, year, before):
            add(match.start(), match.end(), _kind_of(match.group("kind")), region, date)
    if _MINUTES_LINE.search(text, 0, min(len(text), _HEAD)):
        for match in _HEAD_DATUM.finditer(text, 0, min(len(text), _HEAD)):
            region = (match.group("region") or "").capitalize()
            for date, _words in _dates(match, year, before):
                add(match.start(), match.end(), _kind_of(match.group("kind")), region, date)
    for cell in wrapped_minutes_cells(text):  # "Verslag BO MIRT" over "10 april 2014"
        region = (cell.group("region") or "").capitalize()
        for date, _words in _dates(cell, year, before):
            add(cell.start("label"), cell.end(), _kind_of(cell.group("kind")), region, date)
    for intro in _LIST_INTRO.finditer(text):
        _listed_dates(text, intro, year, before, add)
    for head, item in listed_after_colon(text):  # "overleggen MIRT: Noord op 4 november, …"
        word = _REGION_WORD.search(item.group("label"))
        for date, _words in _dates(item, year, before):
            region = word.group("region").capitalize() if word else ""
            start, end = item.start("label"), item.end("date")
            if start > end:  # "op 21 april (Noordwest, Lelystad)": the day before its region
                start, end = item.start("date"), item.end()
            add(start, end, _kind_of(head.group("kind")), region, date)
    # The spans the patterns above read: a date inside one is that pattern's meeting. A span
    # the sentences below add (first date to meeting name) holds the other dates of a list.
    read = list(found.values())
    for sentence_start, words in _sentences(text):
        if not _ANY_MEETING.search(words):
            continue  # no meeting named, not even "de overleggen": nothing to read here
        if len(words) < 20:
            continue
        took_place = bool(_TOOK_PLACE.search(words))
        if not took_place and not _DISCUSSED.search(words):
            continue
        kinds = [k for k in _KIND_RE.finditer(words) if not _TOPIC.search(words, 0, k.start())]
        if not took_place and not kinds:
            continue
        if not kinds and _KIND_RE.search(words):
            continue  # "… is in de stuurgroep gesproken over het BO MIRT": the meeting as topic
        context = None
        if not kinds:
            # "De overleggen vonden plaats op 4 juni (Zuid), …": the kind was named just before.
            if not _GENERIC.search(words):
                continue
            context = list(_KIND_RE.finditer(text, max(0, sentence_start - 400), sentence_start))
            if not context:
                continue
        dates = sorted(
            [*_DATE_RE.finditer(words), *_FIGURES_DATE_RE.finditer(words)], key=lambda m: m.start()
        )
        for position, date_match in enumerate(dates):
            if _LABEL_BEFORE.search(words, max(0, date_match.start() - 12), date_match.start()):
                continue  # "Datum 26 november 2020": the letter's own date, not a meeting
            if _DOCUMENT_DATE.search(
                words, max(0, date_match.start() - 40), date_match.start()
            ) and re.match(r"\s*,", words[date_match.end() :]):
                continue  # "De agenda, vastgesteld op 3 maart, is in het BO besproken."
            if _PAPER_OF.search(words, max(0, date_match.start() - 40), date_match.start()):
                continue  # "de notitie van 3 februari is daarin besproken": a paper's date
            if (
                not took_place
                and not any(
                    -_NEXT_TO <= k.start() - date_match.end() <= _NEXT_TO
                    or -_NEXT_TO <= date_match.start() - k.end() <= _NEXT_TO
                    for k in kinds
                )
                and not _dated_meeting_sentence(words, date_match, len(dates), kinds)
            ):
                continue  # a date in a sentence that only says something was discussed
            right_after = [
                k for k in kinds if 0 <= k.start() - date_match.end() <= 3
            ]  # "10 juni 2025 (BOL Noordwest)"
            if right_after:
                kind = right_after[0]
            elif kinds:
                kind = _kind_for(kinds, date_match)
            else:
                kind = context[-1]  # type: ignore[index]
            if (
                any(
                    other is not date_match and 0 <= other.start() - kind.end() <= 6
                    for other in dates
                )
                and kind.string is words
            ):
                continue  # "de Gebiedsvisie van 3 maart … in het BOL Oost van 8 juni"
            kind_word = _kind_of(kind.group("kind"))
            at = sentence_start + date_match.start()
            if any(m.start <= at < m.end and m.kind == kind_word for m in read):
                continue  # the date of a meeting a pattern above has read with its landsdelen
            # The landsdelen named after this date, before the next date or meeting name,
            # belong to it ("op 3 november volgden de overleggen Oost en Zuid").
            stop = dates[position + 1].start() if position + 1 < len(dates) else len(words)
            stop = min([stop, *(k.start() for k in kinds if k.start() > date_match.end())])
            clause = _NEXT_CLAUSE.search(words, date_match.end(), stop)
            stop = clause.start() if clause else stop
            named = [
                m.group("region").capitalize()
                for m in _REGION_WORD.finditer(words, date_match.end(), stop)
            ] or [(kind.group("region") or "").capitalize()]
            if len(named) == 1 and kind.string is words:
                listed = _listed_before(words, date_match, kind)
                if 1 < len(listed) == len(dates) and all(d.end() < kind.start() for d in dates):
                    # "Op 2 en 9 november zijn de BO's Noordwest en Zuidwest gehouden": the
                    # days and the landsdelen named after them, in the same order
                    listed = [listed[position]]
                named = listed or named
            if right_after:
                named = [(kind.group("region") or "").capitalize()]
            named = _landsdelen_in_brackets(words, date_match) or named
            inside = kind.start() >= 0 and kind.string is words
            first = min(date_match.start(), kind.start()) if inside else date_match.start()
            last = max(date_match.end(), kind.end()) if inside else date_match.end()
            for date, _ in _dates(date_match, year, before):
                for region in dict.fromkeys(named):
                    add(sentence_start + first, sentence_start + last, kind_word, region, date)
    for match in NUMERIC.finditer(text):
        day = figures_day(match.group("numeric"), parse_date)
        if day is not None:
            region = (match.group("region") or "").capitalize()
            add(match.start(), match.end(), _kind_of(match.group("kind")), region, day)
    for start, end, kind_word, region, day in dated_by_reference(text, year, before, parse_date):
        add(
            start, end, _kind_of(kind_word), region, day
        )  # "BO MIRT Oost 29/10", "vandaag in het BO"
    for match in _THAT_MEETING.finditer(text):
        named = list(_KIND_RE.finditer(text, max(0, match.start() - 600), match.start()))
        if named:
            region = (named[-1].group("region") or "").capitalize()
            for date, _ in _dates(match, year, before):
                if any(key[2] == date for key in found):
                    continue  # the meeting of that day, already named with its kind
                add(match.start(), match.end(), _kind_of(named[-1].group("kind")), region, date)
    for row in (*_TABLE_ROW.finditer(text), *figure_date_rows(text)):
        # "Noord   17 november 2021   Groningen": a row of a table of meetings, of the kind
        # named in the row or in the text just above the table.
        kinds = list(_KIND_RE.finditer(text[max(0, row.start() - 700) : row.end()]))
        if not kinds:
            continue
        for date, _ in _dates(row, year, before):
            add(
                row.start(),
                row.end(),
                _kind_of(kinds[-1].group("kind")),
                row.group("region").capitalize(),
                date,
            )
    # A date named without its landsdeel is dropped when the same day is also named with one.
    with_region = {(k, d) for k, r, d in found if r}
    return sorted(
        (m for key, m in found.items() if key[1] or (key[0], key[2]) not in with_region),
        key=lambda m: (m.start, m.date),
    )


def meeting_of_minutes(text: str, date: dt.date) -> MeetingMatch | None:
    """The meeting an afsprakenlijst records: the BO its head names, on the list's own date."""
    match = _KIND_RE.search(text, 0, min(len(text), 800))
    if match is None:
        return None
    region = (match.group("region") or "").capitalize()
    return MeetingMatch(
        match.start(), match.end(), match.group(0), _kind_of(match.group("kind")), region, date
    )
