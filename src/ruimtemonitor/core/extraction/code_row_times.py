"""Years in the when column of an action table flattened with single spaces.

Under a header of single words that names a column for when an action is done ("Nr Actie
Trekker Gereed Middelen"), a row opening with a code ("K-2 Fietspad … gemeente Noordstad 2027
450.000") gives a bare year just before its last cell (money, "p.m.", "n.t.b.") or at its
end. The grammar rightly leaves a bare year in running text alone; in such a row it is the
time the action is due.
"""

from __future__ import annotations

import re

from ruimtemonitor.core.deadlines import Deadline, Precision
from ruimtemonitor.core.dutch import periods
from ruimtemonitor.core.dutch.dates import DeadlineMatch

from .heading_forms import coded_rows_under
from .splitting import Document
from .textutil import Spans

__all__ = ["code_row_years"]

# (Possessive blanks after the first word: a blank gap and then any text would try every split of
# a long run of blanks.)
_WHEN_HEADER = re.compile(
    r"^[ \t]*(?i:nr\.?|nummer|code)[ \t]++[^\n]*(?<![^ \t])(?i:gereed|wanneer|termijn|planning)"
    r"(?![^ \t\n])[^\n]*$"
)
_ANY_HEADER = re.compile(_WHEN_HEADER.pattern, re.MULTILINE)
# "… gemeente Noordstad 2027 450.000", "… 2026-2028 p.m.", "… provincie 2029"
_YEAR_CELL = re.compile(
    r"(?<=[^\W\d_][ \t])(?P<y1>(?:19|20)\d{2})(?:[ \t]*[-–][ \t]*(?P<y2>(?:19|20)\d{2}))?"
    r"(?:[ \t]++(?:€[ \t]*)?(?:\d{1,3}(?:[.,]\d{3})+|\d+(?:,\d+)?|p\.[ \t]?m\.?|n\.t\.b\.?|"
    r"n\.v\.t\.?|[-–]))?[ \t]*$"
)


def code_row_years(
    text: str, document: Document, taken: list[tuple[int, int]]
) -> list[DeadlineMatch]:
    """The year cell of each coded row under a header with a when column (module docstring)."""
    header = _ANY_HEADER.search(text, document.start, document.end)
    if header is None:
        return []  # no action table with a when column: no line to look at
    index = Spans(taken)
    out: list[DeadlineMatch] = []
    for start, end, _code in coded_rows_under(_WHEN_HEADER, text, header.start(), document.end):
        cell = _YEAR_CELL.search(text, start, end)
        if cell is None or index.overlaps(
            cell.start(), cell.end("y2") if cell.group("y2") else cell.end("y1")
        ):
            continue
        first, last = int(cell.group("y1")), int(cell.group("y2") or cell.group("y1"))
        if last < first:
            continue
        when_end = cell.end("y2") if cell.group("y2") else cell.end("y1")
        written = text[cell.start() : when_end]
        deadline = Deadline(written, periods.year(first)[0], periods.year(last)[1], Precision.YEAR)
        out.append(DeadlineMatch(cell.start(), when_end, deadline, "in", None, None))
    return out
