"""Commitments given as the rows of a small table under an item: "Wat | Wie | Wanneer".

Minutes and agendas often state what an item agrees as a table of actions instead of a list:
a header row that names what is done ("Wat", "Actie", "Afspraak", "Maatregel") beside who
does it or by when ("Wie", "Trekker", "Wanneer", "Gereed"), then one row per action. Each row
is one commitment, its text the cell of what is done; the other cells (owner, date, sum) are
its particulars. The table ends at a blank line or at a line that is no row.
"""

from __future__ import annotations

import re

from .agreement_sentences import Commitment
from .items import lines_in
from .owners import find_owner
from .patterns import CELL_SEPARATOR

__all__ = ["row_commitments"]

_WHAT = re.compile(r"^(?:wat|actie|acties|afspraak|afspraken|maatregel|omschrijving)$", re.I)
_BESIDE = re.compile(
    r"^(?:wie|trekker|eigenaar|verantwoordelijke?|wanneer|gereed|termijn|planning|"
    r"deadline|datum|bijdrage|middelen|budget)$",
    re.I,
)


# A quick look before the lines are read: most bodies name no such column.
_HINT = re.compile(
    r"\b(?:wie|trekker|eigenaar|verantwoordelijke?|wanneer|gereed|termijn|planning|deadline|"
    r"datum|bijdrage|middelen|budget)[ \t]*(?:[ \t]{2}|\t|\||$)",
    re.I | re.M,
)


def row_commitments(text: str, start: int, end: int) -> list[Commitment]:
    """The rows of the first table of actions in ``text[start:end]``, each one commitment;
    empty when there is no such table or it has no row."""
    if _HINT.search(text, start, end) is None:
        return []
    lines = lines_in(text, start, end)
    for index, line in enumerate(lines):
        cells = _cells(line.text)
        if len(cells) < 2 or not any(_BESIDE.match(c) for c in cells):
            continue
        what = next((i for i, c in enumerate(cells) if _WHAT.match(c)), None)
        if what is None:
            continue
        found = []
        for row in lines[index + 1 :]:
            row_cells = _cells(row.text)
            if row.blank_before or len(row_cells) < 2 or len(row_cells) > len(cells):
                break
            said = row_cells[what] if what < len(row_cells) else row_cells[0]
            at = text.find(said, row.start, row.end)
            begin = at if at >= 0 else row.start
            found.append(Commitment(said, find_owner(said), (), begin, row.end))
        return found
    return []


def _cells(line: str) -> list[str]:
    return [cell.strip() for cell in CELL_SEPARATOR.split(line.strip()) if cell.strip()]
