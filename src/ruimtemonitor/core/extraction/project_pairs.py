"""Projects in a two-column table "Onderwerp  Afspraak" whose rows line breaks or rules separate.

The header names a subject column and an agreement column; each row's first line holds both
cells, its wrapped lines hold the subject cell's rest at the left margin and the agreement
cell's rest at the header's second column. With no rule or blank line between rows, a line
with a subject cell opens a new row only when the agreement cell above ended its sentence,
the subject above did not break off ("Uithoflijn Utrecht Centraal -", "Station X,") and the
new cell does not go on in lower case ("en transfer"); a rule across the table ("-----"),
or the blank line cleaning leaves of it, closes a row. A row whose subject names a work or a
housing location is a project, named by its subject cell on the row's first line; its phase
is what the agreement cell says.
"""

from __future__ import annotations

from dataclasses import dataclass

from .aligned_tables import RULE_LINE, SUBJECT_HEADER
from .phases import project_phase
from .project_layouts import named_like_a_project
from .project_sites import names_homes
from .project_terms import NOT_A_PROJECT, Project, document_project
from .splitting import Document
from .textutil import iter_lines, normalise_space

__all__ = ["pair_row_spans", "pair_table_projects"]


@dataclass(slots=True)
class _Row:
    name: str
    start: int
    first_end: int
    end: int
    said: list[str]


def _cells(line: str, column: int) -> tuple[str, str] | None:
    """The subject and agreement cells of a table line, or None when the line does not keep
    the header's second column."""
    if len(line) > column and not line[column - 1].isspace():
        return None
    return line[:column].strip(), line[column:].strip()


def _rows(text: str, document: Document) -> list[_Row]:
    lines = list(iter_lines(text, document.start, document.end))
    rows: list[_Row] = []
    index = 0
    while index < len(lines):
        header = SUBJECT_HEADER.match(text[lines[index][0] : lines[index][1]])
        index += 1
        if header is None:
            continue
        column = header.end("gap") - header.start()
        current: _Row | None = None
        last_left = ""
        while index < len(lines):
            start, end = lines[index]
            if _between_rows(text, lines, index, column):
                current, last_left = None, ""
                index += 1
                continue
            cells = _cells(text[start:end], column)
            if cells is None or not any(cells):
                break
            left, right = cells
            opens = bool(left) and (
                current is None
                or (
                    current.said[-1].endswith((".", "!", "?"))
                    and not last_left.endswith(("-", "–", ","))
                    and not left[:1].islower()
                )
            )
            if opens:
                at = start + text[start:end].find(left)
                current = _Row(left.rstrip(" -–,"), at, end, end, [])
                rows.append(current)
            if current is None:
                break
            current.said.append(right)
            current.end = end
            last_left = left or last_left
            index += 1
    return rows


def _between_rows(text: str, lines: list[tuple[int, int]], index: int, column: int) -> bool:
    """A rule ("--------") or a blank line (what cleaning leaves of a rule) before a line
    that holds both cells: the row above is closed and the table goes on."""
    start, end = lines[index]
    line = text[start:end]
    if line.strip() and not RULE_LINE.match(line):
        return False
    if index + 1 >= len(lines):
        return False
    cells = _cells(text[lines[index + 1][0] : lines[index + 1][1]], column)
    return cells is not None and all(cells)


def pair_row_spans(text: str, document: Document) -> list[tuple[int, int]]:
    """The wrapped lines of each row (after its first line) and the whole of a row whose
    subject names no project ("Opgave leefbaarheid en / gezondheid"): what stands there
    heads no project."""
    spans = []
    for row in _rows(text, document):
        if not _names_a_project(normalise_space(row.name)):
            spans.append((row.start, row.end))
        elif row.end > row.first_end:
            spans.append((row.first_end, row.end))
    return spans


def _names_a_project(name: str) -> bool:
    return (
        bool(name)
        and len(name.split()) <= 8
        and NOT_A_PROJECT.match(name) is None
        and (named_like_a_project(name) or names_homes(name))
    )


def pair_table_projects(
    text: str, document: Document, found: list[Project], fallback: str | None
) -> list[Project]:
    """The rows of such tables whose subject names a work or a housing location."""
    names = {normalise_space(p.name).casefold() for p in found}
    out: list[Project] = []
    for row in _rows(text, document):
        name = normalise_space(row.name)
        if name.casefold() in names or not _names_a_project(name):
            continue
        names.add(name.casefold())
        phase = project_phase(" ".join(row.said))
        out.append(
            document_project(
                document, f"pair{row.start}", name, fallback, row.start, row.end, phase=phase
            )
        )
    return out
