"""Tables whose columns are aligned with spaces under a dashed column rule.

A text export of a table ("Nr.  Onderwerp   Afspraak" over "---  --------  --------") wraps
long cells onto lines of their own, indented to the column they continue. Cleaning must keep
such lines apart and keep their indent, or the cells of two columns run together into one
sentence; table_rows.py reads the rows back from the offsets. The table runs on while its
lines are rows (a short first cell, a wide gap, the next cell), indented continuations or
blank lines, and ends at the first other line (a footnote rule, running text).
"""

from __future__ import annotations

import re

__all__ = ["aligned_table_lines"]

# "---  ----------  ----------": one run of dashes per column, two columns or more.
_COLUMN_RULE = re.compile(r"^[ \t]*[-=]{2,}(?:[ \t]{2,}[-=]{2,})+[ \t]*$")
# "Nr.  Onderwerp   Afspraak": a header of three cells or more, apart by two spaces or more.
_HEADER = re.compile(r"^[ \t]*\S+(?: \S+)*(?:[ \t]{2,}\S+(?: \S+)*){2,}[ \t]*$")
# "1.   Knooppunt …   Het Rijk …": a row starting with a short number cell.
_ROW = re.compile(r"^[ \t]*\S{1,5}[ \t]{2,}\S")
_INDENTED = re.compile(r"^[ \t]{4,}\S")


def aligned_table_lines(lines: list[str]) -> set[int]:
    """Positions in ``lines`` of the header, rule, rows and wrapped cells of every table
    aligned with spaces under a column rule."""
    found: set[int] = set()
    position = 0
    while position < len(lines) - 1:
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
