"""A footnote marker glued to the total of a table of figures: "Totaal 693,01".

A digit after a figure is normally part of it, so the marker search leaves figures alone.
A total row is the exception that can be checked: when the rows above it end in figures
with one decimal fewer than the total, and those figures add up to the total without its
last digit, that digit is the footnote's marker ("Totaal 693,01" under "417,7", "190,0" and
"85,3", with "1 Exclusief …" at the page foot).
"""

from __future__ import annotations

import re
from decimal import Decimal

__all__ = ["total_marker"]

_TOTAL = re.compile(
    r"[ \t]*(?i:totaal|subtotaal|som)\b[^\n]*?[ \t]"
    r"(?P<figure>\d{1,3}(?:\.\d{3})*,(?P<decimals>\d+))(?P<marker>\d{1,2})[ \t]*$"
)
_ROW_FIGURE = re.compile(r"[ \t](?P<figure>\d{1,3}(?:\.\d{3})*,(?P<decimals>\d+))[ \t]*$")
_MAX_ROWS = 12


def _value(figure: str) -> Decimal:
    return Decimal(figure.replace(".", "").replace(",", "."))


def total_marker(
    text: str, lines: list[tuple[int, int]], number: int, floor: int, before: int
) -> tuple[int, int] | None:
    """Where footnote ``number``'s marker is glued to a total above line ``before`` (module
    docstring), or None."""
    index = before - 1
    while index >= 0 and lines[index][1] > floor:
        start, end = lines[index]
        total = _TOTAL.match(text, start, end)
        if (
            total is not None
            and total.group("marker") == str(number)
            and _rows_add_up(text, lines, index, total)
        ):
            return total.start("marker"), total.end("marker")
        index -= 1
    return None


def _rows_add_up(text: str, lines: list[tuple[int, int]], index: int, total: re.Match[str]) -> bool:
    places = len(total.group("decimals"))
    figures: list[Decimal] = []
    row = index - 1
    while row >= 0 and len(figures) < _MAX_ROWS:
        cell = _ROW_FIGURE.search(text, *lines[row])
        if cell is None or len(cell.group("decimals")) != places:
            break
        figures.append(_value(cell.group("figure")))
        row -= 1
    return len(figures) >= 2 and sum(figures) == _value(total.group("figure"))
