"""Amounts in flattened tables: a caption gives the unit, the cells give bare numbers.

"Financieel overzicht (x € 1 mln., prijspeil 2017)" followed by rows that a PDF export
flattens to one cell per line ("A58 Eindhoven–Tilburg", "planuitwerking", "206", "233")
holds money that no running-text parser sees, because the cells carry no currency. A
cell is read as an amount when it is only a number or a range and a caption with a money
unit stands above it in the same table (no blank gap of two lines in between).
"""

from __future__ import annotations

import re
from decimal import Decimal

from ruimtemonitor.core.dutch.amounts import AmountMatch

from .patterns import CELL_SEPARATOR
from .textutil import iter_lines

__all__ = ["table_amounts"]

_CAPTION = re.compile(
    r"(?:x|in|bedragen\s+in)?\s*(?:€|euro)?\s*(?:1\s*)?(?P<unit>mln|miljoen|miljoenen|mld|"
    r"miljard|miljarden)\.?(?:\s+euro)?\s*(?:[,)]|$|\s+prijspeil)",
    re.IGNORECASE,
)
_CAPTION_LINE = re.compile(r"\((?:x\s*)?€\s*(?:1\s*)?(?:mln|mld)|bedragen\s+(?:x|in)\s", re.I)
_CELL = re.compile(
    r"^[ \t]*(?:€[ \t]*)?(?P<n1>\d{1,4}(?:,\d{1,3})?)(?:[ \t]*[-–][ \t]*(?:€[ \t]*)?"
    r"(?P<n2>\d{1,4}(?:,\d{1,3})?))?[ \t]*$"
)
_SCALES = {"mln": 6, "miljoen": 6, "miljoenen": 6, "mld": 9, "miljard": 9, "miljarden": 9}
_MAX_TABLE_LINES = 80


def _value(written: str, exponent: int) -> Decimal:
    return Decimal(written.replace(",", ".")).scaleb(exponent).quantize(Decimal(1))


def _number_cells(line: str) -> list[tuple[int, re.Match[str]]]:
    """The cells of a row that hold only a number or a range: one cell per line, or a row
    whose cells stand apart by runs of spaces ("N18 Varsseveld–Enschede   254   37,5")."""
    cells: list[tuple[int, re.Match[str]]] = []
    position = 0
    for part in CELL_SEPARATOR.split(line):
        at = line.index(part, position) if part else position
        position = at + len(part)
        cell = _CELL.match(part)
        if cell is not None and not re.fullmatch(r"(?:19|20)\d{2}", cell.group("n1")):
            cells.append((at, cell))
    return cells


def table_amounts(text: str, start: int, end: int) -> list[AmountMatch]:
    """Amounts in the cells of captioned tables within ``text[start:end]``."""
    found: list[AmountMatch] = []
    exponent: int | None = None
    lines_left = 0
    blanks = 0
    for line_start, line_end in iter_lines(text, start, end):
        line = text[line_start:line_end]
        if _CAPTION_LINE.search(line):
            unit = _CAPTION.search(line)
            if unit is not None:
                exponent, lines_left, blanks = _SCALES[unit.group("unit").lower()], 0, 0
            continue
        if exponent is None:
            continue
        if not line.strip():
            blanks += 1
            if blanks >= 2:
                exponent = None
            continue
        blanks = 0
        lines_left += 1
        if lines_left > _MAX_TABLE_LINES:
            exponent = None
            continue
        for cell_start, cell in _number_cells(line):
            values = [_value(cell.group("n1"), exponent)]
            if cell.group("n2"):
                values.append(_value(cell.group("n2"), exponent))
            written = cell.group().strip()
            at = line_start + cell_start + len(cell.group()) - len(cell.group().lstrip())
            found.append(AmountMatch(at, at + len(written), written, tuple(values)))
    return found
