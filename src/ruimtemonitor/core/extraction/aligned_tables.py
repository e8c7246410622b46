"""Tables whose columns are aligned with spaces under a dashed column rule.

A text export of a table ("Nr.  Onderwerp   Afspraak" over "---  --------  --------") wraps
long cells onto lines of their own, indented to the column they continue. Cleaning must keep
such lines apart and keep their indent, or the cells of two columns run together into one
sentence; table_rows.py reads the rows back from the offsets. The table runs on while its
lines are rows (a short first cell, a wide gap, the next cell), indented continuations or
blank lines, and ends at the first other line (a footnote rule, running text).

A two-column table "Onderwerp | Afspraak" without a number column is kept the same way: its
rows start with a long subject cell, so they are known by the gap before the header's second
column; subject_rows.py reads them back.
"""

from __future__ import annotations

import re

__all__ = [
    "CELL_GAP",
    "RULE_LINE",
    "SUBJECT_HEADER",
    "SUBJECT_HEADER_WORDS",
    "aligned_table_lines",
    "subject_cells",
]

# "---  ----------  ----------": one run of dashes per column, two columns or more.
_COLUMN_RULE = re.compile(r"^[ \t]*[-=]{2,}(?:[ \t]{2,}[-=]{2,})+[ \t]*$")
# "Nr.  Onderwerp   Afspraak": a header of three cells or more, apart by two spaces or more.
_HEADER = re.compile(r"^[ \t]*\S+(?: \S+)*(?:[ \t]{2,}\S+(?: \S+)*){2,}[ \t]*$")
# "1.   Knooppunt …   Het Rijk …": a row starting with a short number cell.
_ROW = re.compile(r"^[ \t]*\S{1,5}[ \t]{2,}\S")
_INDENTED = re.compile(r"^[ \t]{4,}\S")
# "Onderwerp   Afspraak", "Thema   Besluit": a subject column and an agreement column, no more.
_SUBJECT = "onderwerp|project|thema|opgave|titel|gebied|locatie|agendapunt"
_AGREED = "afspraak|afspraken|besluit|besluiten|actie|acties|afgesproken"
SUBJECT_HEADER = re.compile(
    rf"^[ \t]{{0,3}}(?i:{_SUBJECT})(?P<gap>[ \t]{{2,}})(?i:{_AGREED})[ \t]*$"
)
# The same header once its gap is folded to one space ("Onderwerp Afspraak" as a name).
SUBJECT_HEADER_WORDS = re.compile(rf"^[ \t]*(?i:{_SUBJECT})[ \t]+(?i:{_AGREED})[ \t]*$")
# "--------------------": a rule across the table between its rows.
RULE_LINE = re.compile(r"^[ \t]*[-=_─━—–]{10,}[ \t]*$")
CELL_GAP = re.compile(r"[ \t]{2,}")

Cell = tuple[int, int] | None


def aligned_table_lines(lines: list[str]) -> set[int]:
    """Positions in ``lines`` of the header, rule, rows and wrapped cells of every table
    aligned with spaces under a column rule."""
    found: set[int] = set()
    position = 0
    while position < len(lines) - 1:
        if (subject := _subject_table(lines, position)) and len(subject) > 1:
            found.update(subject)
            position = subject[-1] + 1
            continue
        if not (_HEADER.match(lines[position]) and _COLUMN_RULE.match(lines[position + 1])):
            position += 1
            continue
        found.update((position, position + 1))
        position += 2
        while position < len(lines):
            line = lines[position]
            if line.strip() and not (_ROW.match(line) or _INDENTED.match(line)):
                break
            if line.strip():
                found.add(position)
            position += 1
    return found


def _subject_table(lines: list[str], position: int) -> list[int]:
    """Positions of the header, rows, rules and blank lines of the subject table whose
    header is at ``position``: after a blank or rule line a row fills its agreement cell."""
    header = SUBJECT_HEADER.match(lines[position])
    if header is None:
        return []
    column = header.end("gap")
    found = [position]
    in_row = False
    for index in range(position + 1, len(lines)):
        line = lines[index]
        if not line.strip() or RULE_LINE.match(line):
            found.append(index)  # a rule keeps its own line: it parts two rows
            in_row = False
            continue
        cells = subject_cells(line, column)
        if cells is None or (cells[1] is None and not in_row):
            break
        found.append(index)
        in_row = True
    return found


def subject_cells(line: str, column: int) -> tuple[Cell, Cell] | None:
    """The subject and agreement cells of a line of a subject table whose agreement column
    starts at ``column`` (spans in the line, None when empty); None when the line's text
    runs across the column boundary (running text, no row)."""
    body_end = len(line.rstrip())
    lead = len(line) - len(line.lstrip())
    if lead >= column - 2:
        return None, (lead, body_end)
    if body_end <= column:
        return (lead, body_end), None
    for gap in CELL_GAP.finditer(line, lead, body_end):
        if abs(gap.end() - column) <= 2:
            return (lead, gap.start()), (gap.end(), body_end)
    return None
