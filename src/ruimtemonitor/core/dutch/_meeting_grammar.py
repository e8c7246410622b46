"""The words of a meeting's name and date, shared by the patterns of ``meetings``.

"BO MIRT Oost", "Bestuurlijk Overleg Leefomgeving (BOL) Zuid", "het BOL van afgelopen 3 juni",
"d.d. 12 nov. 2031": each piece is a regex fragment with named groups (``kind``, ``region``,
``date``, ``days``, ``month``, ``year``) that the patterns in ``meetings`` combine.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from ruimtemonitor.core.dutch._date_grammar import FULL_MONTH
from ruimtemonitor.core.dutch._text import GAP, UPPER

KIND = (
    # "BO MIRT", "BO-MIRT", "B.O. MIRT", "BOMIRT" (a scan that lost the space), "MIRT-BO";
    # "BO MIT", the name until 2008
    rf"(?P<kind>BOL(?:['’]s)?|B\.?O\.?(?:['’]s)?(?:{GAP}|-)?MIR?T\b|MIRT(?:{GAP}|-)BO(?:['’]?s)?\b|"
    rf"B\.?O\.?(?:['’]s)?(?:{GAP}|-)Leefomgeving|"
    rf"(?:bestuurlijke?{GAP})?MIRT-overleg(?:gen)?|"
    rf"Bestuurlijke?{GAP}Overleg(?:gen)?{GAP}over{GAP}het{GAP}MIRT|Bestuurlijke?{GAP}Overleg(?:gen)?"
    rf"(?:{GAP}\((?:BO|BOL)\))?{GAP}(?:MIR?T\b|Leefomgeving)(?:{GAP}\((?:BO{GAP}MIRT|BOL)\))?)"
)
_REGION = (
    rf"(?:(?:voor|met){GAP}(?:de{GAP})?(?:regio{GAP}|landsdeel{GAP})?)?"  # "voor Zuid-Nederland"
    rf"(?P<region>Noordwest|Zuidwest|Noord|Oost|Zuid|West)(?:(?:{GAP}|-)Nederland)?"
)
# "d.d.", "dd.", "dd", "d.d": the abbreviation for "de dato" as authors and scans write it.
_DD = r"(?:d\.[ ]?d\.?|dd\.?)(?![^\W\d_])"
# "12 november", "12 nov.", "14 okt": the month written out or cut short.
_MONTH_WORD = (
    rf"(?:{FULL_MONTH}|(?:jan|febr?|mrt|apr|jun|jul|aug|sept?|okt|nov|dec)(?:\.|(?![^\W\d_])))"
)
_DAYS = rf"\d{{1,2}}(?:{GAP}?(?:,|en|&){GAP}?\d{{1,2}})*"
# "12 november 2019", "16-okt-2013": the day, month and year apart by blanks or by hyphens.
DATE = (
    rf"(?P<date>(?P<days>{_DAYS})(?:{GAP}|-(?=[^\W\d_]))(?P<month>{_MONTH_WORD})"
    rf"(?:(?:{GAP}|(?<=[^\W\d_])-)(?P<year>\d{{4}}))?)"
)
# "… met de regio Zuid", "… in Arnhem" between a meeting's name and its date.
_WITH = (
    rf"(?:{GAP}met{GAP}(?:de{GAP})?(?:regio|landsdeel|provincies?){GAP}[{UPPER}][\w'’-]+"
    rf"|{GAP}(?:in|te){GAP}[{UPPER}][\w'’-]+)"
)
# "van afgelopen 12 november", "van jongstleden 3 juni": the date told to be past.
_RECENT = rf"(?:(?:afgelopen|jongstleden|jl\.){GAP})"
WEEKDAY = rf"(?:(?:maandag|dinsdag|woensdag|donderdag|vrijdag){GAP})"
# "het BO MIRT najaar 2019 op 14 november", "BO MIRT Noord 2019 (14 november)"
_SEASON = (
    rf"(?:{GAP}(?:van{GAP}(?:het{GAP})?)?(?:najaar|voorjaar)(?:{GAP}(?:van{GAP})?\d{{4}})?"
    rf"|{GAP}\d{{4}})"
)
# A region named by a capitalised word that is no landsdeel ("Zuidvleugel", "Utrecht"), after
# "Regio" or not ("BO MIRT Regio Utrecht").
_NAMED = rf"(?:{GAP}(?:(?i:regio){GAP})?(?-i:[{UPPER}][\w'’-]+))"

LANDSDEEL = r"(?:Noordwest|Zuidwest|Noord|Oost|Zuid|West)"

# "De BO's MIRT Noord en Oost vonden op …", "Het BO MIRT Oost en het BO MIRT Noord zijn op …":
# the landsdelen listed with the meeting's name before the date they share.
_ANY_KIND = KIND.replace("?P<kind>", "?:")
_NAMED_LIST = re.compile(
    rf"\b{_ANY_KIND}{GAP}(?P<first>{LANDSDEEL})(?:-Nederland)?(?P<rest>(?:(?:{GAP}?,|{GAP}en)"
    rf"(?:{GAP}het{GAP}{_ANY_KIND})?{GAP}{LANDSDEEL}(?:-Nederland)?)+)",
    re.IGNORECASE,
)


def _listed_before(words: str, date: re.Match[str], kind: re.Match[str]) -> list[str]:
    """The landsdelen listed after a meeting's name in the clause that ends at the date, or
    after the name of the meeting the date belongs to ("Op 3 juni vonden de BOL Noord en …")."""
    candidates = [
        listed
        for listed in _NAMED_LIST.finditer(words, 0, date.start())
        if len(words[listed.end() : date.start()]) <= 60
        and not re.search(r"[;:()]", words[listed.end() : date.start()])
    ]
    if not candidates and kind.start() > date.end():
        candidates = [m for m in [_NAMED_LIST.match(words, kind.start())] if m is not None]
    for listed in candidates:
        rest = re.findall(LANDSDEEL, listed.group("rest"), re.IGNORECASE)
        return [r.capitalize() for r in [listed.group("first"), *rest]]
    return []


# "gesproken over het BO MIRT", "de inbreng voor het BOL": a meeting as the topic, not the place.
_TOPIC = re.compile(
    rf"\b(?:over|inbreng{GAP}voor|voorbereiding{GAP}(?:op|van)|agenda{GAP}(?:voor|van)){GAP}"
    rf"(?:het|de){GAP}$",
    re.IGNORECASE,
)

# "Op 12-11-2031 is het BO MIRT gehouden": a date in figures in a sentence about a meeting.
_FIGURES_DATE_RE = re.compile(
    r"(?<![\d-])(?P<date>(?P<days>\d{1,2})[-/.](?P<nmonth>\d{1,2})[-/.](?P<year>(?:19|20)\d{2}))"
    r"(?![\d-])"
)

# "de notitie van", "het advies d.d.": the date that follows is a paper's, not a meeting's.
_PAPER_OF = re.compile(
    r"\b[^\W\d_]*(?:notitie|brief|besluit|rapport|nota|advies|memo|motie|plan|visie|"
    r"overeenkomst|convenant|beslissing)\s+(?:van|d\.\s?d\.|dd\.?)\s*$",
    re.IGNORECASE,
)
# ", zodat Oost en Zuid …": landsdelen in the next clause are not the meeting's.
_NEXT_CLAUSE = re.compile(r";|\b(?:zodat|waarna|waardoor|omdat|terwijl|maar|nadat)\b", re.I)
# "het BO MIRT van   | - |" over "|    |   | 11 juni 2015 wordt …": a table cell whose words
# wrap onto the next row (the cells after it on its line and before it on the next are short).
CELL_WRAP = r"[ \t]*(?:\|[^|\n]{0,40}){1,6}\|[ \t]*\r?\n[ \t]*(?:\|[^|\n]{0,40}){1,6}\|[ \t]*"


# "BO MIRT Noord van 3-6-2010", "Verslag BO MIRT Noord van 2010-06-03": a date in figures,
# day first or year first (ISO).
FIGURES_DAY = r"(?:\d{1,2}[-./]\d{1,2}[-./](?:19|20)\d{2}|(?:19|20)\d{2}-\d{2}-\d{2})"
# "het BO MIRT Noord (14-11-2019)", "BO MIRT Oost d.d. 14-11-2019": a date in figures;
# "BO MIRT Noord:  wo 9-11-2016, Assen": a weekday, short or in full, may go before it.
_SHORT_WEEKDAY = r"(?:(?:ma|di|wo|do|vr|maandag|dinsdag|woensdag|donderdag|vrijdag)\.?[ \t]+)?"
NUMERIC = re.compile(
    rf"\b{KIND}(?:{GAP}{_REGION}|{_NAMED})?,?{GAP}?(?:\(|van{GAP}|op{GAP}|{_DD}{GAP}?|[:|][ \t]*)"
    rf"{_SHORT_WEEKDAY}(?P<numeric>{FIGURES_DAY})\b",
    re.IGNORECASE,
)
_ISO = re.compile(r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})")


def figures_day(words: str, parse: Callable[[str], dt.date | None]) -> dt.date | None:
    """The day a date in figures names: ISO read here, day first by ``parse``."""
    iso = _ISO.fullmatch(words)
    if iso is None:
        return parse(words)
    try:
        return dt.date(int(iso.group("y")), int(iso.group("m")), int(iso.group("d")))
    except ValueError:
        return None
