"""The earlier meeting whose minutes an afsprakenlijst adopts.

"Het verslag van 4 juni 2026 wordt vastgesteld.", "Verslag van 16 maart: ongewijzigd
vastgesteld.", "Vaststelling afsprakenlijst 8 juni 2016": a list of agreements that adopts
the minutes of a day before its own meeting names the previous meeting of its own series (a
BO MIRT list the last BO MIRT, a BOL list the last BOL), even where the words "BO MIRT" are not
repeated. The caller passes the list's own meeting, whose kind and region the earlier one
shares.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from ruimtemonitor.core.dutch._meeting_grammar import DATE, WEEKDAY
from ruimtemonitor.core.dutch._text import GAP
from ruimtemonitor.core.dutch.dates import parse_date
from ruimtemonitor.core.dutch.meetings import MeetingMatch

__all__ = ["previous_minutes"]

# "(het) verslag (van het [vorige] overleg/BO) van [dinsdag] 4 juni 2026 … (wordt) vastgesteld":
# the minutes of a day, adopted (or approved) in the same sentence, which may wrap a line.
_MINUTES_OF = re.compile(
    rf"\b(?:het{GAP})?verslag(?:{GAP}van{GAP}het{GAP}(?:vorige?{GAP})?(?:overleg|bo|bol))?"
    rf"{GAP}(?:van|d\.d\.){GAP}{WEEKDAY}?{DATE}"
    rf"(?=(?:[^.\n]|\n(?![ \t]*\n)){{0,40}}?\b(?:vastgesteld|goedgekeurd|akkoord|ongewijzigd)\b)",
    re.IGNORECASE,
)
# "Opening en vaststelling afsprakenlijst 8 juni 2016", "goedkeuring van het verslag van 3
# maart": the adopting word before the minutes and their day.
_ADOPTION_OF = re.compile(
    rf"\b(?:vaststelling|goedkeuring){GAP}(?:van{GAP})?(?:(?:het|de){GAP})?"
    rf"(?:verslag|afsprakenlijst|besluitenlijst)(?:{GAP}(?:van|d\.d\.))?{GAP}{WEEKDAY}?{DATE}",
    re.IGNORECASE,
)


def previous_minutes(text: str, own: MeetingMatch, day: dt.date) -> list[MeetingMatch]:
    """Each earlier meeting whose minutes the list at ``day`` adopts: a copy of the list's
    ``own`` meeting with that meeting's date and the offsets of its words in ``text``."""
    out: list[MeetingMatch] = []
    matches = [*_MINUTES_OF.finditer(text), *_ADOPTION_OF.finditer(text)]
    for match in sorted(matches, key=lambda m: m.start()):
        year = match.group("year")
        words = f"{match.group('days')} {match.group('month')} {year or day.year}"
        held = parse_date(words)
        if held is not None and year is None and held >= day:
            held = parse_date(f"{match.group('days')} {match.group('month')} {day.year - 1}")
        if held is None or held >= day:
            continue
        start = match.start("date")
        out.append(
            replace(own, start=start, end=match.end(), as_written=match.group("date"), date=held)
        )
    return out
