"""Tables drawn with characters: "+----+------+" borders and "|" or "│" between cells.

A text export of a boxed table draws its grid with characters: border lines of "+", "-",
"=" or box-drawing glyphs ("├───┼───┤") between the rows, and bars ("|", "│", "┃", "║")
between the cells. The row readers know rows with "|" between their cells; a box bar is
read as "|" (the same length, so offsets stay valid) and a border line is no row at all,
so that a border between two rows neither ends the table nor continues a cell.
"""

from __future__ import annotations

import re

__all__ = ["drawn_row_cells", "is_border_line", "join_wrapped", "undrawn"]

_BARS = str.maketrans("│┃║", "|||")
# "+----+-------+", "├────┼───────┤", "|====|=======|", "└────┴───────┘": only grid glyphs,
# with a run of rule glyphs.
_BORDER = re.compile(
    r"^[ \t]*[-=+|│┃║─━═┼┬┴├┤┌┐└┘╋╪╫╬]*[-=─━═]{3,}[-=+|│┃║─━═┼┬┴├┤┌┐└┘╋╪╫╬]*[ \t]*$"
)
_CORNERS = re.compile(r"[+┼┬┴├┤┌┐└┘╋╪╫╬|│┃║]")


def is_border_line(line: str) -> bool:
    """A border of a drawn table: grid glyphs only, with a crossing or a bar in it (a bare
    "----------" rule is running text's, not a table's)."""
    return bool(_BORDER.match(line) and _CORNERS.search(line))


def undrawn(line: str) -> str:
    """``line`` with its box bars read as "|": same length, so offsets stay valid."""
    return line.translate(_BARS)


# "start-" over "beslissing", "Oosterheem-" over "Noord": a word split at a cell's line end.
_SPLIT_WORD = re.compile(r"(?<=[^\W\d_])-$")


def join_wrapped(before: str, more: str) -> str:
    """A cell's text with the line under it: a word split at the line end ("start-" over
    "beslissing") is joined whole, a compound name keeps its hyphen ("Oosterheem-Noord");
    other lines are joined by a space."""
    if not before or not more:
        return before or more
    if _SPLIT_WORD.search(before):
        if more[:1].islower() and before[-2:-1].islower():
            return before[:-1] + more
        return before + more
    return f"{before} {more}"


def _bar_cells(line: str) -> list[str] | None:
    """The cells between the bars of a drawn row ("| 01 | Kade | … |"), None for a line
    that is no drawn row."""
    line = undrawn(line).strip()
    if not line.startswith("|") or line.count("|") < 3 or is_border_line(line):
        return None
    return [cell.strip() for cell in line.strip("|").split("|")]


def drawn_row_cells(text: str, line_start: int, limit: int) -> list[str] | None:
    """The cells of the drawn row whose first line starts at ``line_start``, each merged
    with the same cell of the lines under it whose first cell is empty ("|    | Vaanplein |
    genomen. |"): a cell wrapped over several lines reads as one. Only the cells that the
    first line fills are given, in order; None when the line is no drawn row."""
    line_end = text.find("\n", line_start, limit)
    line_end = limit if line_end < 0 else line_end
    first = _bar_cells(text[line_start:line_end])
    if first is None:
        return None
    merged = list(first)
    position = line_end + 1
    while position < limit:
        end = text.find("\n", position, limit)
        end = limit if end < 0 else end
        cells = _bar_cells(text[position:end])
        if cells is None or cells[0] or len(cells) != len(merged):
            break  # a border, a new row or the table's end
        merged = [join_wrapped(kept, more) for kept, more in zip(merged, cells, strict=True)]
        position = end + 1
    return [cell for cell, shown in zip(merged, first, strict=True) if shown]
