"""The letter's own date, the reference every relative date in it is resolved against.

Letters state it in a few ways: a "Datum" label in the letterhead (often flattened onto
one line with other labels, or with the date on the next line), a place and a date
("Den Haag, 29 november 2010"), the meeting on top of an afsprakenlijst ("Bestuurlijk
Overleg MIRT Oost, Arnhem, 8 november 2012"), a project page's "Stand van zaken" or a
signature ("Aldus overeengekomen te Arnhem op 2 juni 2025"); a council proposal by its
college decision ("Collegebesluit 18 november 2008"). Labelled forms win over
unlabelled ones; as a last resort the first full date at the top of the letter is taken.
"""

from __future__ import annotations

import datetime as dt
import re

from ruimtemonitor.core.dutch import parse_date
from ruimtemonitor.core.dutch._date_grammar import MONTHS
from ruimtemonitor.core.dutch.dates import FULL_DATE_RE

__all__ = ["DATE_WORDS", "find_letter_date", "parse_document_date"]

#: A letterhead date as written ("12 juni 2025", "02-06-2025"), read by the shared grammar.
parse_document_date = parse_date
#: Such a date inside a title, so the splitter can cut it from the title.
DATE_WORDS = FULL_DATE_RE

_HEAD_CHARS = 3000
_DATE = (
    r"(?:\d{1,2}[ \t\u00a0]+[a-zA-Z]{3,9}\.?[ \t\u00a0]+\d{4}|\d{1,2}[-/.]\d{1,2}[-/.]\d{4}"
    r"|(?:19|20)\d{2}-\d{2}-\d{2})"
)
_WEEKDAY = r"(?:(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)[ \t]+)"
_LABELLED = re.compile(
    rf"(?im)(?:^|[ \t])(?:datum(?:[ \t]+(?:brief|raadsvoorstel|vergadering|overleg|"
    rf"publicatie))?|vergaderdatum|stand[ \t]+van[ \t]+zaken(?:[ \t]+per)?|"
    rf"(?:laatst[ \t]+)?bijgewerkt(?:[ \t]+op)?|laatste[ \t]+wijziging|"
    rf"peildatum|versie|laatst[ \t]+gewijzigd(?:[ \t]+op)?|gepubliceerd(?:[ \t]+op)?|"
    rf"publicatiedatum|uitgave|uitgegeven(?:[ \t]+op)?|vastgesteld(?:[ \t]+op)?|d\.d\.)"
    rf"[ \t]*+[:.|]?[ \t]*+(?:\n[ \t]*+)?{_WEEKDAY}?(?P<date>{_DATE})"
)
# A web page's own date is when it was last changed, not when it was printed or the
# "Peildatum" of its figures.
_CHANGED = re.compile(
    rf"(?im)(?:^|[ \t|])(?:laatst[ \t]+gewijzigd|laatste[ \t]+wijziging|gewijzigd[ \t]+op|"
    rf"(?:laatst[ \t]+)?bijgewerkt(?:[ \t]+op)?)[ \t]*+[:.|]?[ \t]*+(?:\n[ \t]*+)?(?P<date>{_DATE})"
)
# "Verzonden: 26 november 2019" heading a council letter is the day it went out: its own
# date (a "verzonden" inside a line cites another letter and stays excluded).
_SENT = re.compile(
    rf"(?im)^[ \t]*(?:verzonden(?:[ \t]+op)?|verzenddatum|datum[ \t]+verzending)"
    rf"[ \t]*+[:.|]?[ \t]*+(?:\n[ \t]*+)?{_WEEKDAY}?(?P<date>{_DATE})"
)
# "Collegebesluit   18 november 2008", "Datum college: 1 juni 2021", "Datum B&W-besluit":
# a council proposal is dated by the college's decision to send it, not by the council
# meeting it is put to ("Vergaderdatum raad   15 december 2008" lies ahead).
_COLLEGE = re.compile(
    rf"(?im)^[ \t]*+(?:datum[ \t]+)?(?:college(?:besluit|vergadering)?|b[ \t]*&[ \t]*w"
    rf"(?:-?besluit)?)[ \t]*+[:.|]?[ \t]*+(?:\n[ \t]*+)?{_WEEKDAY}?(?P<date>{_DATE})"
)
_PLACE_DATE = re.compile(
    rf"(?m)^[ \t]*(?:Den[ \t]+Haag|['’]s-[A-Z][a-z]+|[A-Z][a-zé'’-]+(?:[ \t]+[A-Za-z'’-]+)?)"
    # "Eindhoven/Venlo, 23 april 2024": two places of the parties that sign
    rf"(?:/(?:Den[ \t]+Haag|['’]s-[A-Z][a-z]+|[A-Z][a-zé'’-]+))?"
    rf"[ \t]*,[ \t]*(?:(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)[ \t]+)?"
    rf"(?P<date>{_DATE})[ \t]*\.?[ \t]*$"
)
_MEETING_HEAD = re.compile(
    rf"(?im)^[ \t]*(?:afsprakenlijst[ \t]+|verslag[ \t]+)?(?:van[ \t]+(?:het[ \t]+)?)?"
    rf"(?:BO|BOL|bestuurlijk[ \t]+overleg)\b[^\n]{{0,80}}?(?P<date>{_DATE})"
)
_SIGNED = re.compile(
    rf"(?i)\b(?:overeengekomen|ondertekend|vastgesteld|getekend)\b[^.\n]{{0,60}}?\bop[ \t]+"
    rf"(?P<date>{_DATE})"
)
# "Ondertekend te Middelburg, 26 juni 2025", "Aldus overeengekomen op 2 juni 2025": an
# arrangement is dated by its signing, not by the meeting that prepared it.
_SIGNING = re.compile(
    rf"(?i)\b(?:overeengekomen|ondertekend|getekend)\b[^.\n]{{0,60}}?(?:\bop[ \t]+|,[ \t]*)"
    rf"(?P<date>{_DATE})"
)
_ISO = re.compile(r"(?<![\d-])(?:19|20)\d{2}-\d{2}-\d{2}(?![\d-])")
_NOT_OWN = re.compile(
    r"(?i)\b(?:uw[ \t]+brief|uw[ \t]+kenmerk|verzonden|ontvangen|bijlage|kamerstuk)\b"
)


def _first(pattern: re.Pattern[str], text: str) -> dt.date | None:
    for match in pattern.finditer(text):
        line_start = text.rfind("\n", 0, match.start()) + 1
        line_end = text.find("\n", match.end())
        line = text[line_start : line_end if line_end >= 0 else len(text)]
        # "Laatste wijziging: …" and "Verzonden: …" name the letter's own date
        own_label = pattern is _CHANGED or pattern is _SENT
        if not own_label and _NOT_OWN.search(line) and "datum" not in line.lower()[:12]:
            continue
        value = _parse(match.group("date"))
        if value is not None:
            return value
    return None


def _parse(words: str) -> dt.date | None:
    """A Dutch date, or an ISO one ("2024-10-03") as web pages write it."""
    if re.fullmatch(r"(?:19|20)\d{2}-\d{2}-\d{2}", words):
        try:
            return dt.date.fromisoformat(words)
        except ValueError:
            return None
    return parse_date(words)


# "19-1-2017  |  IENM/BSK-2017/8812  |  pagina 1 van 1": a page footer that carries the date
# of a letter with none on top.
_FOOTER = re.compile(
    rf"(?im)^[^\n]{{0,60}}?(?<![\d-])(?P<date>{_DATE})[ \t]*(?:\||·|[ \t]{{2}})[^\n]{{0,80}}?"
    rf"\b(?:pagina|blad|page)[ \t]+\d{{1,3}}\b[^\n]{{0,20}}$"
)


def find_letter_date(text: str, genre: str = "other", original: str = "") -> dt.date | None:
    """The date of the letter that ``text`` (one document, cleaned or original) begins;
    ``original``: its uncleaned text, whose page footers the cleaner has removed."""
    head = text[:_HEAD_CHARS]
    order = [_LABELLED, _SENT, _PLACE_DATE, _MEETING_HEAD]
    if genre == "afsprakenlijst":
        order = [_MEETING_HEAD, _LABELLED, _PLACE_DATE]
    elif genre == "mirt_project":
        order = [_CHANGED, _LABELLED, _PLACE_DATE]
    elif genre == "raadsvoorstel":
        order = [_COLLEGE, _LABELLED, _SENT, _PLACE_DATE, _MEETING_HEAD]
    elif genre == "ruimtelijk_arrangement":
        order = [_SIGNING, _LABELLED, _PLACE_DATE, _MEETING_HEAD]
    for pattern in order:
        found = _first(pattern, head)
        if found is not None:
            return found
    if genre == "afsprakenlijst":
        # "Digitaal overleg via MS Teams, donderdag 19 november 2020" under the meeting's
        # name: minutes are dated by their meeting, not by a closing "Vastgesteld per e-mail
        # op …"
        top = _first_full_date(head, _TOP_LINES, skip_versions=True)
        if top is not None:
            return top
    # "Aldus getekend in viervoud te Lelystad, 4 april 2019." at the end of a convenant: its
    # signing dates it, not a meeting its preamble cites nor a plan "vastgesteld … op" there
    signed = _first(_SIGNING, text[-2500:]) or _first(_SIGNED, text)
    if signed is not None:
        return signed
    closing = _first(_PLACE_DATE, text[-2500:])  # "Assen, 4 juni 2025" above the signatures
    if closing is not None:
        return closing
    if original:  # "Den Haag, 30 september 2021" in a letterhead printed at the foot
        closing = _first(_PLACE_DATE, original[-2500:])
        if closing is not None:
            return closing
    footer = _first(_FOOTER, text) or (_first(_FOOTER, original) if original else None)
    if footer is not None:
        return footer
    return _first_full_date(head, 15)


_TOP_LINES = 8


# "*** DEFINITIEF ***   versie 1.0 - 15/11/2021": in minutes a numbered version stamp dates the
# file, not the meeting they record (an agenda's "Versie 1.0 - 21 mei 2024" is its own date).
_VERSION_STAMP = re.compile(r"(?i)\bversie[ \t]+\d{1,3}(?:\.\d{1,3}){0,2}[ \t]*[-–—,:|]")
# "do 9 okt. '31 | Harderhaven": a head's short date, its year cut to two figures after '.
_SHORT_YEAR = re.compile(
    r"(?i)(?<![\w'’])(?P<d>\d{1,2})[ \t]+(?P<m>[a-z]{3,9})\.?[ \t]+['’](?P<y>\d{2})(?![\w'’])"
)


# "Afsprakenlijst d.d. 22.11.18", "Datum: 05-03-19": a labelled date in figures, the year cut to
# two figures (the label is required: bare "22.11.18" may be a version or a reference).
_LABELLED_SHORT = re.compile(
    r"(?i)(?<![\w.])(?:d\.d\.|datum:?)[ \t]{1,9}(?P<d>\d{1,2})(?P<sep>[-./])(?P<m>\d{1,2})"
    r"(?P=sep)(?P<y>\d{2})(?![\w./-])"
)


def _short_year_date(line: str) -> dt.date | None:
    labelled = _LABELLED_SHORT.search(line)
    if labelled is not None:
        try:
            year = int(labelled.group("y"))
            day, month = int(labelled.group("d")), int(labelled.group("m"))
            return dt.date(year + (1900 if year > 60 else 2000), month, day)
        except ValueError:
            return None
    match = _SHORT_YEAR.search(line)
    month = MONTHS.get(match.group("m").lower()) if match else None
    if match is None or month is None:
        return None
    try:
        year = int(match.group("y"))
        return dt.date(year + (1900 if year > 60 else 2000), month, int(match.group("d")))
    except ValueError:
        return None


def _first_full_date(head: str, lines_read: int, skip_versions: bool = False) -> dt.date | None:
    """The first full date in the first ``lines_read`` lines that cite no other letter; for
    minutes (``skip_versions``) not a version stamp's date either (an agenda's is its own)."""
    lines = [line for line in head.splitlines() if line.strip()][:lines_read]
    for line in lines:
        if _NOT_OWN.search(line) or (skip_versions and _VERSION_STAMP.search(line)):
            continue
        match = FULL_DATE_RE.search(line) or _ISO.search(line)
        if match is not None:
            value = _parse(match.group())
            if value is not None:
                return value
        short = _short_year_date(line)
        if short is not None:
            return short
    return None
