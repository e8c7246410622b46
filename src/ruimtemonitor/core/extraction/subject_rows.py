"""Agreements in a two-column table "Onderwerp | Afspraak" that has no number column.

Some afsprakenlijsten put each agreement in a row of two cells, the subject and what was
agreed about it, and a text export flattens the table row by row: the header line, then per
row a first line with both cells, its wrapped lines below (the subject cell at the left
margin, the agreement cell at the header's second column), rows apart by a rule line
("-----", "=====") or a blank line, or by nothing at all: then a line whose subject cell
opens a new subject (a capital, the last subject line not cut off by "-" or ",") while the
agreement cell above ended its sentence starts the next row. Every row whose agreement cell
agrees something is an unnumbered agreement, titled by its subject cell as it stands on the
row's first line; the sentences of its agreement cell are its commitments. Rows that say
nothing was agreed and rows of the meeting's procedure ("Rondvraag", "Mededelingen") are
left out, and the table ends at the first line after a row break that fills no agreement
cell.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from .agreement_record import Agreement, agreement_in
from .agreement_sentences import Commitment, stated_sentences
from .aligned_tables import CELL_GAP, RULE_LINE, SUBJECT_HEADER, subject_cells
from .patterns import NOTHING_AGREED
from .splitting import Document
from .structure import Structure
from .textutil import iter_lines

__all__ = ["subject_row_agreements"]

# "De verkenning loopt sinds januari …": the phase a project is in, background, no commitment.
# "De aanleg is sinds april in uitvoering.": the same, said of its state.
_RUNNING = re.compile(
    r"^\s*(?:de|het)\s+[\w-]*(?:verkenning|planuitwerking|planstudie|onderzoek|studie|aanleg|"
    r"realisatie)\s+(?:loopt\b|is\s+(?:sinds\s+[^.;\n]{1,30}?\s+)?in\s+(?:uitvoering|"
    r"voorbereiding)\b)",
    re.IGNORECASE,
)
# "Rondvraag", "Mededelingen", "Vaststelling verslag": the meeting's procedure, no subject.
_PROCEDURE = re.compile(
    r"^[ \t]*+(?:opening|mededelingen|rondvraag|sluiting|(?:vaststelling\s+)?verslag)\b",
    re.IGNORECASE,
)
# The agreement cell above ended its sentence; the subject above was cut off mid-name.
_SENTENCE_END = re.compile(r"[.!?]\W*+$")
_CUT_OFF = re.compile(r"(?:[-–—,/&(]|\b(?:en|of|de|het|van))\s*+$", re.IGNORECASE)


@dataclass(slots=True)
class _Row:
    title: str
    start: int
    end: int
    pieces: list[tuple[int, int]] = field(default_factory=list)  # the agreement cell's spans
    subject_line: str = ""  # the last text of its subject cell


def subject_row_agreements(
    text: str, document: Document, structure: Structure, covered: list[tuple[int, int]]
) -> list[Agreement]:
    """The agreements of the document's subject tables; ``covered`` grows by their rows."""
    found: list[Agreement] = []
    for row in _rows(text, document.start, document.end):
        if any(s < row.end and row.start < e for s, e in covered) or _PROCEDURE.match(row.title):
            continue
        commitments = _commitments(text, row)
        if not commitments:
            continue
        found.append(
            agreement_in(
                document,
                structure,
                f"s{row.start}",
                None,
                row.title,
                commitments,
                row.start,
                row.end,
            )
        )
        covered.append((row.start, row.end))
    return found


def _rows(text: str, start: int, end: int) -> list[_Row]:
    """The rows of every subject table in ``text[start:end]``."""
    rows: list[_Row] = []
    column: int | None = None  # where the agreement cell starts on a line
    row: _Row | None = None
    broken = False  # a rule or blank line since the last row line
    for line_start, line_end in iter_lines(text, start, end):
        line = text[line_start:line_end]
        gap = CELL_GAP.search(line)
        if gap is not None and SUBJECT_HEADER.match(line):
            column, row, broken = gap.end(), None, True
            continue
        if column is None:
            continue
        if not line.strip() or RULE_LINE.match(line):
            broken = True
            continue
        cells = subject_cells(line, column)
        if cells is None:
            column = row = None  # running text across the columns: the table ended
            continue
        left, right = cells
        if (
            left
            and right
            and (broken or row is None or _opens_row(text, row, line[left[0] :], line[right[0] :]))
        ):
            row = _Row(line[left[0] : left[1]], line_start, line_end)
            rows.append(row)
        elif row is None or broken:
            column = row = None  # a line after a row break that fills no agreement cell
            continue
        if right:
            row.pieces.append((line_start + right[0], line_start + right[1]))
        if left:
            row.subject_line = line[left[0] : left[1]]
        row.end = line_end
        broken = False
    return rows


def _opens_row(text: str, row: _Row, subject: str, agreed: str) -> bool:
    """Whether a line with both cells, right under a row without a break, starts a new row:
    its subject and its agreement cell open with a capital after a whole subject line and a
    whole sentence."""
    if not row.pieces or not (subject[:1].isupper() and agreed[:1].isupper()):
        return False
    if _CUT_OFF.search(row.subject_line):
        return False
    last_start, last_end = row.pieces[-1]
    return _SENTENCE_END.search(text[last_start:last_end]) is not None


def _commitments(text: str, row: _Row) -> list[Commitment]:
    """The sentences of the row's agreement cell, offsets in ``text``."""
    joined = ""
    places: list[int] = []  # per character of ``joined``: its offset in ``text``
    for piece_start, piece_end in row.pieces:
        if joined:
            joined += " "
            places.append(piece_start)
        joined += text[piece_start:piece_end]
        places.extend(range(piece_start, piece_end))
    if not joined or NOTHING_AGREED.match(joined.lstrip()):
        return []
    return [
        replace(c, start=places[c.start], end=places[max(c.end - 1, c.start)] + 1)
        for c in stated_sentences(joined, 0, len(joined))
        if not _RUNNING.match(c.text)
    ]
