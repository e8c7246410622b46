"""Parsers for the values Dutch planning letters are made of: money, dates, Kamerstukken, names.

Pure Python (no Django), one concern per module, each finder one compiled-regex scan that
returns frozen dataclasses with ``start``/``end`` offsets into the text it was given, so a
caller can point back at the source passage. The grammar each module accepts, and what it
does not, is documented in docs/dutch-values.md.
"""

from ruimtemonitor.core.dutch._text import names_pattern, slugify
from ruimtemonitor.core.dutch.amounts import AmountMatch, find_amounts
from ruimtemonitor.core.dutch.completion import CompletionMatch, find_completion
from ruimtemonitor.core.dutch.dates import DeadlineMatch, find_deadlines, format_date, parse_date
from ruimtemonitor.core.dutch.gazetteer import NameMatch, find_areas, find_parties
from ruimtemonitor.core.dutch.kamerstukken import (
    KamerstukMatch,
    MotionMatch,
    find_kamerstukken,
    find_motions,
    parse_kamerstuk,
)
from ruimtemonitor.core.dutch.meetings import MeetingMatch, find_meetings

__all__ = [
    "AmountMatch",
    "CompletionMatch",
    "DeadlineMatch",
    "KamerstukMatch",
    "MeetingMatch",
    "MotionMatch",
    "NameMatch",
    "find_amounts",
    "find_areas",
    "find_completion",
    "find_deadlines",
    "find_kamerstukken",
    "find_meetings",
    "find_motions",
    "find_parties",
    "format_date",
    "names_pattern",
    "parse_date",
    "parse_kamerstuk",
    "slugify",
]
