"""A meeting's minutes named in a cell of a flattened table, the date wrapped below.

    1/  Verslag BO MIRT             Vastgesteld.          -
        10 april 2014

The cell "Verslag BO MIRT" ends where the row's next cell begins (two blanks or more, or the
line's end) and the next line opens, in the same column, with a date: the cell wraps, and the
minutes are those of the meeting held that day. A date further right on the next line belongs
to another column and says nothing of the meeting.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ruimtemonitor.core.dutch._meeting_grammar import _REGION, DATE, KIND

__all__ = ["wrapped_minutes_cells"]

_CELL = re.compile(
    rf"(?<![^\W\d_])(?P<label>verslag|afsprakenlijst|besluitenlijst)"
    rf"(?:[ \t]+van(?:[ \t]+het)?)?[ \t]+{KIND}(?:[ \t]+{_REGION})?"
    rf"(?=[ \t]{{2,}}\S|[ \t]*\n)[^\n]*\n(?P<indent>[ \t]*){DATE}(?![^\W\d_])",
    re.IGNORECASE,
)
_SAME_COLUMN = 2  # blanks the wrapped line may stand off the cell's own column


def wrapped_minutes_cells(text: str) -> Iterator[re.Match[str]]:
    """Each cell that names minutes of a meeting whose date wraps onto the next line."""
    for match in _CELL.finditer(text):
        column = match.start("label") - (text.rfind("\n", 0, match.start("label")) + 1)
        if abs(len(match.group("indent")) - column) <= _SAME_COLUMN:
            yield match
