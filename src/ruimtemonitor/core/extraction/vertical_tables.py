"""Tables flattened one cell per line, regrouped into rows.

Some exports write a table column by column within each row: the header cells each on a
line of their own ("Nr." / "Onderwerp" / "Afspraak" / "Trekker" / "Gereed"), then for every
row its number on a line, its title on the next, the (possibly wrapped) agreement cell and
one line for each column after it. Chapter rows ("1  Wegen") sit between blank lines. A
row runs from its lone number line to the next blank line; the lines after the agreement
cell fill the trailing columns from the end, so a wrapped agreement cell keeps all its
lines. Offsets stay those of the cleaned text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["VerticalRow", "cell_starts", "vertical_rows"]

_NUMBER_HEADER = re.compile(r"^(?:nr\.?|nummer|no\.?|#)$", re.IGNORECASE)
_AGREEMENT_HEADER = re.compile(r"^(?:afspraak|afspraken|actie|acties|besluit)$", re.IGNORECASE)
_HEADER_CELL = re.compile(r"^[A-ZÀ-Ýa-z][\w .()/-]{0,24}$")
_NUMBER_CELL = re.compile(r"^(?:[A-H]\.?)?\d{1,2}(?:\.\d{1,2})?\.?$")
# "1  Wegen", "2. Spoor": a chapter row of the table.
_TITLE_GOES_ON = re.compile(r"^(?:[a-zà-ÿ]|\()")
_CHAPTER_ROW = re.compile(r"^\d{1,2}\.?[ \t]+[A-ZÀ-Ý][^.\n]{0,60}$")


@dataclass(frozen=True, slots=True)
class VerticalRow:
    """One regrouped row, as indexes into the list of lines it was read from."""

    number: int
    title: tuple[int, ...]
    agreed: tuple[int, ...]
    rest: tuple[int, ...]


def _header_at(lines: list[str], index: int) -> int | None:
    """The number of header cells starting at ``index`` (a number column first, an
    agreement column among them), or ``None`` when no such header starts there."""
    if index > 0 and lines[index - 1]:
        return None
    count = 0
    while (
        index + count < len(lines)
        and _HEADER_CELL.match(lines[index + count])
        and not (count and _NUMBER_CELL.match(lines[index + count]))
    ):
        count += 1  # the header ends where the first row's number ("A.1") starts
    cells = lines[index : index + count]
    if count < 3 or not _NUMBER_HEADER.match(cells[0]):
        return None
    return count if any(_AGREEMENT_HEADER.match(c) for c in cells) else None


def vertical_rows(lines: list[str]) -> list[VerticalRow]:
    """The rows of every table of agreements flattened one cell per line; ``lines`` are the
    stripped lines of a text, "" for a blank line."""
    rows: list[VerticalRow] = []
    index = 0
    while index < len(lines):
        count = _header_at(lines, index) if lines[index] else None
        if count is None:
            index += 1
            continue
        cells = lines[index : index + count]
        agreed_at = next(i for i, c in enumerate(cells) if _AGREEMENT_HEADER.match(c))
        index = _read_rows(lines, index + count, count, agreed_at, rows)
    return rows


def cell_starts(lines: list[str]) -> set[int]:
    """The lines that start a cell of a vertical table (header cells, and of every row its
    number, title, first line of the agreement cell and later cells): cleaning must not
    join them to the line before, while an agreement cell's wrapped lines are joined."""
    starts: set[int] = set()
    index = 0
    while index < len(lines):
        count = _header_at(lines, index) if lines[index] else None
        if count is not None:
            starts.update(range(index, index + count))
            index += count
        else:
            index += 1
    for row in vertical_rows(lines):
        starts.add(row.number)
        starts.update(row.title)
        starts.update(row.agreed[:1])
        starts.update(row.rest)
    return starts


def _read_rows(
    lines: list[str], index: int, width: int, agreed_at: int, rows: list[VerticalRow]
) -> int:
    """Rows from ``index`` to the table's end; returns where the table ends."""
    while index < len(lines):
        line = lines[index]
        if not line or _CHAPTER_ROW.match(line):
            index += 1
            continue
        if not _NUMBER_CELL.match(line):
            if _page_foot(lines, index):
                index += 1
                continue
            return index  # running text after the table
        cursor = index + 1
        while cursor < len(lines) and lines[cursor] and not _NUMBER_CELL.match(lines[cursor]):
            cursor += 1
        group = list(range(index + 1, cursor))
        after = width - agreed_at - 1
        before = agreed_at - 1
        if before >= 0 and len(group) >= width - 1:
            # "Bollenstreek: ruimte" over "voor de bollenteelt": a title cell wrapped onto
            # lines that go on in lower case (or with a bracketed note) before the agreement
            # cell's first sentence
            while (
                before > 0
                and before < len(group) - after - 1
                and _TITLE_GOES_ON.match(lines[group[before]])
            ):
                before += 1
            rows.append(
                VerticalRow(
                    index,
                    tuple(group[:before]),
                    tuple(group[before : len(group) - after]),
                    tuple(group[len(group) - after :]),
                )
            )
        index = cursor
    return index


def _page_foot(lines: list[str], index: int) -> bool:
    """A lone line between blank lines with the table going on after it: a page's running
    foot ("BO MIRT Noord 3-11-2016   2/3") left inside the table."""
    if lines[index - 1] or index + 2 >= len(lines) or lines[index + 1]:
        return False
    following = next((line for line in lines[index + 1 :] if line), "")
    return bool(_NUMBER_CELL.match(following) or _CHAPTER_ROW.match(following))
