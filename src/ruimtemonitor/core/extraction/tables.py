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
    r"miljard|miljarden|(?<=€ )1\.000|(?<=€)1\.000|duizenden)\.?(?:\s+euro)?\s*"
    r"(?:[,)]|$|\s+prijspeil)",
    re.IGNORECASE,
)
# "(x € 1 mln.)", "(bedragen in mln. euro)", "(x € 1.000, prijspeil 2010)"
_CAPTION_LINE = re.compile(
    r"\((?:x\s*)?€\s*(?:1\s*)?(?:mln|mld)|bedragen\s+(?:x|in)\s"
    r"|\((?:mln|mld|miljoen|miljard)\.?\s+(?:euro|€)\b|\(x\s*€\s*1\.000\b",
    re.I,
)
# A line of running text (a sentence of eight words or more) ends a table: what follows, such
# as a page footer "Projectenboek 2013 | 84", is no cell of it.
_PROSE = re.compile(r"^[ \t]*[^\W\d_]\S*(?:[ \t]\S+){7,}$")
_SENTENCE_END = re.compile(r"\.(?:[ \t]|$)")
# "(bedragen in euro)", "Bedrag (€)": whole euros, read only from cells with thousands
# separators ("17.500.000"), so a number column beside them is never money.
_EURO_CAPTION = re.compile(r"\(\s*(?:bedragen\s+)?(?:in|x)\s+(?:euro|€)\s*(?:1\s*)?\)", re.I)
_EURO_COLUMN = re.compile(
    r"^(?:bedrag(?:en)?|lasten|baten|dekking|kosten|krediet|budget|bijdrage)(?:\s*\(€\))?$",
    re.I,
)
_NUMBER = r"\d{1,3}(?:\.\d{3})+(?:,\d{1,3})?|\d{1,4}(?:,\d{1,3})?"
_CELL = re.compile(
    rf"^[ \t]*(?:€[ \t]*)?(?P<n1>{_NUMBER})(?:[ \t]*[-–][ \t]*(?:€[ \t]*)?"
    rf"(?P<n2>{_NUMBER}))?[ \t]*$"
)
_WHOLE_EUROS = re.compile(r"\d{1,3}(?:\.\d{3})+")
_SCALES = {
    "mln": 6,
    "miljoen": 6,
    "miljoenen": 6,
    "mld": 9,
    "miljard": 9,
    "miljarden": 9,
    "1.000": 3,
    "duizenden": 3,
}
_MAX_TABLE_LINES = 80


def _value(written: str, exponent: int) -> Decimal:
    number = written.replace(".", "").replace(",", ".")
    return Decimal(number).scaleb(exponent).quantize(Decimal(1))


def _euro_header(line: str) -> bool:
    """A header row that names a money column: "Omschrijving   Lasten   Dekking"."""
    cells = [cell.strip() for cell in CELL_SEPARATOR.split(line.strip()) if cell.strip()]
    return len(cells) >= 2 and any(_EURO_COLUMN.match(cell) for cell in cells)


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
        if _EURO_CAPTION.search(line) or (exponent is None and _euro_header(line)):
            exponent, lines_left, blanks = 0, 0, 0
            continue
        if exponent is None:
            continue
        if not line.strip():
            blanks += 1
            if blanks >= 2:
                exponent = None
            continue
        blanks = 0
        if (
            _PROSE.match(line)
            and _SENTENCE_END.search(line.rstrip())
            and not CELL_SEPARATOR.search(line.strip())
        ):
            exponent = None
            continue
        lines_left += 1
        if lines_left > _MAX_TABLE_LINES:
            exponent = None
            continue
        for cell_start, cell in _number_cells(line):
            if exponent == 0 and not _WHOLE_EUROS.match(cell.group("n1")):
                continue
            if not cell.group("n2") and not _value(cell.group("n1"), 0):
                continue  # "0" in a column of contributions: no sum of money
            values = [_value(cell.group("n1"), exponent)]
            if cell.group("n2"):
                values.append(_value(cell.group("n2"), exponent))
            written = cell.group().strip()
            at = line_start + cell_start + len(cell.group()) - len(cell.group().lstrip())
            found.append(AmountMatch(at, at + len(written), written, tuple(values)))
    return found
