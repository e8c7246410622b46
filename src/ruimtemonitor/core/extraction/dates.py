"""Document dates: "12 juni 2025" → date, through the shared Dutch parser when it exists.

``ruimtemonitor.core.dutch`` owns Dutch date parsing; until it offers
``parse_date`` this module falls back to the one shape letters use for their
own date (day, month name, year), so splitting works either way.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

__all__ = ["DATE_WORDS", "parse_document_date"]

_MONTHS = {
    "januari": 1,
    "februari": 2,
    "maart": 3,
    "april": 4,
    "mei": 5,
    "juni": 6,
    "juli": 7,
    "augustus": 8,
    "september": 9,
    "oktober": 10,
    "november": 11,
    "december": 12,
    "jan": 1,
    "feb": 2,
    "mrt": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "okt": 10,
    "nov": 11,
    "dec": 12,
}
DATE_WORDS = re.compile(
    r"\b(?P<day>\d{1,2})[ \t]+(?P<month>"
    + "|".join(sorted(_MONTHS, key=len, reverse=True))
    + r")\.?[ \t]+(?P<year>(?:19|20)\d{2})\b"
    r"|\b(?P<d2>\d{1,2})-(?P<m2>\d{1,2})-(?P<y2>(?:19|20)\d{2})\b",
    re.IGNORECASE,
)


def _shared_parser() -> Callable[[str], dt.date | None] | None:
    try:
        from ruimtemonitor.core import dutch
    except ImportError:
        return None
    parser = getattr(dutch, "parse_date", None)
    return parser if callable(parser) else None


def parse_document_date(words: str) -> dt.date | None:
    """Parse a date as a letter writes it; ``None`` when the words are not one exact day."""
    parser = _shared_parser()
    if parser is not None:
        try:
            parsed = parser(words)
        except (ValueError, TypeError, ArithmeticError):
            parsed = None
        if isinstance(parsed, dt.date):
            return parsed
    match = DATE_WORDS.search(words)
    if match is None:
        return None
    try:
        if match.group("day"):
            return dt.date(
                int(match.group("year")),
                _MONTHS[match.group("month").lower()],
                int(match.group("day")),
            )
        return dt.date(int(match.group("y2")), int(match.group("m2")), int(match.group("d2")))
    except ValueError:
        return None
