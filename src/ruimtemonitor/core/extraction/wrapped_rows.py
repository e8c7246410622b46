"""Lines that continue a numbered row of a flattened table.

A table flattened row by row wraps its cells over several lines:

    3    Busverbinding Veenhaven - Kleidorp     Vervoerregio /   2027
         Centrum (HOV), planuitwerking          provincie

The second line starts where the first cell after the row's number starts and carries on the
row's cells; it heads nothing of its own, so a project read there is none.

A note under such a table speaks of a row by its number: "De dijkversterking (actie 6) is in
realisatie." The phase that sentence states is the phase of the project on row 6, whatever the
text after the row (the notes on other rows included) said first. So does a note labelled with
the code of a row that opens with one ("| M3 | Station X | …" under "Toelichting bij M3: de
stalling is in mei 2022 in gebruik genomen").
"""

from __future__ import annotations

import dataclasses
import re

from .phases import stated_phase
from .project_terms import Project
from .splitting import Document

__all__ = ["row_note_phase", "wrapped_row_spans"]

# "3    Busverbinding …": a row number, two or more blanks, the first cell
_ROW = re.compile(r"[ \t]*\d{1,2}[.)]?[ \t]{2,}(?=\S)")
# "3    Busverbinding …" at a line start: the row's number
_ROW_NUMBER = re.compile(r"[ \t]*(\d{1,2})[.)]?[ \t]{2,}\S")
# "(actie 6)", "(nr. 6)": a sentence's reference to a row by its number
_ROW_REFERENCE = r"\((?:actie|nr\.?|rij)[ \t]+{number}\)"
# a cell gap: the row has more than one cell after its number
_GAP = re.compile(r"\S[ \t]{2,}\S")


def wrapped_row_spans(text: str, document: Document) -> list[tuple[int, int]]:
    """The spans of the lines that continue a numbered, multi-cell row (module docstring)."""
    spans: list[tuple[int, int]] = []
    column = -1
    position = document.start
    for line in text[document.start : document.end].split("\n"):
        end = position + len(line)
        row = _ROW.match(line)
        if row is not None and _GAP.search(line, row.end()):
            column = row.end()
        elif column > 0 and line.strip() and len(line) - len(line.lstrip(" ")) == column:
            spans.append((position, end))
        else:
            column = -1
        position = end + 1
    return spans


# "| M3 | Station …", "A2   Fietsroute …": a row opening with an action's code, then a cell
# bar or a gap
_ROW_CODE = re.compile(r"[ \t]*\|?[ \t]*([A-Z]{1,3}[.-]?\d{1,2}[a-z]?)[ \t]*(?:\||[ \t]{2,}|\t)")
# "Toelichting bij M3: …", "Noot bij actie 6: …": a note under the table labelled with a row
_NOTE_LABEL = (
    r"(?:^|(?<=\n))[ \t]*(?:toelichting|noot|opmerking)(?:[ \t]+(?:bij|op))?[ \t]+"
    r"(?:(?:actie|nr\.?|rij)[ \t]+)?{number}[ \t]*:"
)


def row_note_phase(text: str, document: Document, project: Project) -> Project:
    """``project`` read on a numbered or coded table row, with the phase a note gives that
    row's number or code (module docstring)."""
    line_start = text.rfind("\n", document.start, project.start) + 1
    row = _ROW_NUMBER.match(text, max(line_start, document.start)) or _ROW_CODE.match(
        text, max(line_start, document.start)
    )
    if row is None or row.start(1) > project.start or project.start - line_start > 60:
        return project
    number = re.escape(row.group(1))
    reference = re.compile(
        rf"{_ROW_REFERENCE.format(number=number)}|{_NOTE_LABEL.format(number=number)}",
        re.IGNORECASE,
    )
    for match in reference.finditer(text, project.start, document.end):
        left = max(
            text.rfind(". ", document.start, match.start()), text.rfind("\n\n", 0, match.start())
        )
        right = text.find(".", match.end(), document.end)
        sentence = text[max(left, document.start) : right if right >= 0 else document.end]
        phase = stated_phase(sentence)
        if phase is not None:
            return dataclasses.replace(project, phase=phase)
    return project
