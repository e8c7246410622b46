"""The phase a table's "Fase" column gives a project the letter also heads in its prose.

A letter may first list its projects in a table with a phase column ("Project | Fase |
Budget", one row per project) and then say more about each under a short heading of its own.
The heading's paragraph often speaks of what comes next ("de aanleg start in 2031"), which
the prose rules would read as the phase; the table's cell states the phase itself, so a
project the table lists by the same name takes the phase of its cell.
"""

from __future__ import annotations

import dataclasses
import re

from .phases import NOUN_PHASES
from .project_names import same_project
from .project_terms import Project
from .splitting import Document

__all__ = ["column_phases"]

_CELL_GAP = re.compile(r"\t+|[ \t]*\|[ \t]*|[ \t]{2,}")
_HEADER_PHASE = re.compile(r"^(?:fase|projectfase|mirt-fase|stand)$", re.IGNORECASE)
_PHASES = {**NOUN_PHASES, "onderzoek": "onderzoek", "opgeleverd": "opgeleverd"}


def _cells(line: str) -> list[str]:
    return [cell for cell in _CELL_GAP.split(line.strip()) if cell]


def _rows(text: str, document: Document) -> list[tuple[str, str]]:
    """(name, phase) of each row under a header line with a phase column."""
    out: list[tuple[str, str]] = []
    column: int | None = None
    for line in text[document.start : document.end].split("\n"):
        cells = _cells(line)
        if not cells:
            column = None  # a blank line ends the table
            continue
        header = next((i for i, c in enumerate(cells) if _HEADER_PHASE.match(c)), None)
        if header is not None and header > 0:
            column = header
            continue
        if column is None or len(cells) <= column:
            continue
        phase = _PHASES.get(cells[column].lower().removeprefix("mirt-"))
        if phase is not None:
            out.append((cells[0], phase))
    return out


def column_phases(text: str, document: Document, found: list[Project]) -> list[Project]:
    """``found`` with the phase a table's phase column gives each project it lists."""
    rows = _rows(text, document)
    if not rows:
        return found
    out: list[Project] = []
    for project in found:
        phase = next((p for name, p in rows if same_project(name, project.name)), None)
        if phase is not None and phase != project.phase:
            project = dataclasses.replace(project, phase=phase)
        out.append(project)
    return out
