"""Agreements in tables: "Nr | Onderwerp | Afspraak | Trekker | Termijn", one row each.

Some afsprakenlijsten put their agreements in a table that a text export flattens row by
row, with cells apart by bars or by runs of spaces, and long cells wrapped onto lines of
their own. A header row that names an agreement column ("Afspraak", "Actie") opens such a
table; every following row that starts with a number is one agreement, the lines under it
without a number continue it. The table ends at a blank line followed by running text.
A header that names an action column before the agreement column ("nr | actie | afspraak |
trekker") titles each row by its action and takes the agreement cell as what is agreed.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from itertools import pairwise

from .drawn_tables import is_border_line, join_wrapped, undrawn
from .patterns import CELL_SEPARATOR, agreement_formulas
from .textutil import iter_lines
from .vertical_tables import vertical_rows

__all__ = ["TableAgreement", "table_agreements"]

_AGREEMENT_COLUMN = re.compile(r"^(?:afspraak|afspraken|actie|acties|besluit)$", re.I)
_ACTION_HEAD = re.compile(r"^(?:actie|acties)$", re.I)
_STATED_HEAD = re.compile(r"^(?:afspraak|afspraken|besluit)$", re.I)
_TITLE_COLUMN = re.compile(r"^(?:onderwerp|project|titel|thema|opgave|agendapunt)$", re.I)
# "Nr;Actie;Omschrijving;Trekker": the action cell names it, the description says what is done.
_DESCRIPTION_COLUMN = re.compile(r"^(?:omschrijving|beschrijving|wat|inhoud)$", re.I)
# "3", "2.1", "B.4", "W2", "ABC-3", "3/": the number or code of a row
_NUMBER_CELL = re.compile(r"^(?:[A-Z]{1,4}[.-]?)?\d{1,2}(?:\.\d{1,2})?[a-z]?[./]?$")
# "13-02", "2013-04": a register's row number, the meeting's year and its sequence number
_REGISTER_CELL = re.compile(r"^(?:\d{2}|\d{4})-\d{2,3}$")


def _row_number(cell: str) -> bool:
    """The first cell of a row names its number or code, or a register's "13-02"."""
    return bool(_NUMBER_CELL.match(cell) or _REGISTER_CELL.match(cell))


# "3. N999 Veenstad - Kleidorp" as the first cell under "Agendapunt | Besluit | …": the row's
# number and title in one cell, the title column first.
_NUMBERED_TITLE_CELL = re.compile(r"^(?P<number>\d{1,2}(?:\.\d{1,2})?)[.)]?[ \t]+(?P<title>\S.*)$")
# Rows of the meeting's procedure ("Verslag BO … | Het verslag wordt vastgesteld.",
# "Rondvraag | Geen punten."): they agree nothing.
_PROCEDURE_ROW = re.compile(
    r"^(?:opening|(?:vaststelling\s+(?:van\s+)?(?:het\s+|de\s+)?)?(?:verslag|afsprakenlijst)|"
    r"mededelingen|rondvraag|sluiting)\b",
    re.I,
)

# "Wordt besproken in het volgende overleg; er zijn geen afspraken gemaakt.", "Geen punten.",
# "De aanleg loopt sinds 2019. Geen afspraken.": a row deferred, empty or only reporting
# (news, then a sentence of its own that nothing was agreed) agrees nothing.
_NOTHING_AGREED = re.compile(
    r"\bgeen\s+(?:nadere\s+|verdere\s+|nieuwe\s+)?afspraken\s+(?:gemaakt|vastgelegd)\b"
    r"|^\s*geen\s+(?:punten|afspraak)\b"
    r"|(?:^|[.;]\s+)geen\s+(?:nadere\s+|verdere\s+|nieuwe\s+)?afspraken\s*\.?\s*$",
    re.I,
)


@dataclass(frozen=True, slots=True)
class TableAgreement:
    """One row of a table of agreements; offsets are in the cleaned text."""

    number: str
    title: str
    commitment: str
    start: int
    end: int
    # The agreement cell of a table flattened one cell per line: its sentences are read
    # one by one, as in a numbered item.
    cell: tuple[int, int] | None = None
    # The action cell holds a title line over the sentence of what is done: the title names
    # the work the action is about.
    titled: bool = False
    # The row's number and title share its first cell ("3. N241 … | Besluit …"): a list of
    # decisions per agenda point, whose cell without a formula says its decision first.
    joined: bool = False


def _cells(line: str, semicolons: bool = False) -> list[str]:
    """The cells of a row; ``semicolons``: a table exported with ";" between its cells."""
    if semicolons:  # '"1";"Kade Zuid";…': a CSV export may quote every cell; an empty cell
        # (";;") keeps its place
        parts = [cell.strip().strip('"').strip() for cell in _semicolon_cells(line.strip())]
        return parts if any(parts) else []
    else:
        parts = CELL_SEPARATOR.split(line.strip())
    return [cell.strip() for cell in parts if cell.strip()]


def _semicolon_cells(line: str) -> list[str]:
    """A line of a ";" export split into its cells; a quoted cell keeps the ";" inside
    it ('13-02;"Knoop X";"Rijk en regio komen overeen …; de regio draagt …"')."""
    if '"' not in line:
        return line.split(";")
    return next(csv.reader([line], delimiter=";", quotechar='"', skipinitialspace=True), [])


def _agreement_column(cell: str) -> bool:
    """A header cell naming the agreement column: "Afspraak", or one of two names for
    it ("Besluit / afspraak")."""
    return any(_AGREEMENT_COLUMN.match(part.strip()) for part in cell.split("/"))


def _stated_after_action(cells: list[str], header: list[int]) -> int | None:
    """The agreement column ("Afspraak", "Besluit") right of an action column ("Actie")
    that comes first, if the header names both."""
    if not _ACTION_HEAD.match(cells[header[0]]):
        return None
    return next((i for i in header[1:] if _STATED_HEAD.match(cells[i])), None)


def _semicolon_header(line: str) -> bool:
    """ "Nr;Actie;Omschrijving;Trekker;Gereed": a header exported with semicolons."""
    cells = [cell.strip().strip('"') for cell in line.split(";")]
    return len(cells) >= 3 and any(_AGREEMENT_COLUMN.match(cell) for cell in cells)


def table_agreements(text: str, start: int, end: int) -> list[TableAgreement]:
    """The rows of every table of agreements in ``text[start:end]``."""
    found: list[TableAgreement] = []
    columns: tuple[int, int] | None = None  # (title column, agreement column)
    starts: list[int] = []  # where the header's cells start in its line
    edge = False  # the header opens with a bar ("| Nr | Onderwerp |"): no column before it
    row: dict | None = None
    blank = False
    semicolons = False
    for line_start, line_end in iter_lines(text, start, end):
        line = undrawn(text[line_start:line_end])
        if is_border_line(line):
            continue  # "+----+------+" between two rows of a drawn table: no row of its own
        if _semicolon_header(line):
            semicolons = True
        cells = _cells(line, semicolons)
        if not cells:
            blank = True
            continue
        header = [i for i, cell in enumerate(cells) if _agreement_column(cell)]
        if header and len(cells) >= 3:
            # "Actie | Trekker | Gereed": a list of actions with no number column, no agreements.
            numbered = header[0] > 0
            title = next((i for i, c in enumerate(cells) if _TITLE_COLUMN.match(c)), 1)
            agreed = header[0]
            described = [i for i, c in enumerate(cells) if _DESCRIPTION_COLUMN.match(c)]
            if described and not numbered and described[0] == 1:
                # "| Actie | Wat | Wie |" over "| M1 | Transformatie … |": the action column
                # holds the action's code, the "Wat" cell beside it titles the action
                numbered, title = True, described[0]
                agreed = described[0]
            elif described:  # the action cell is the title, the description what is agreed
                title, agreed = agreed, described[0]
            elif (stated := _stated_after_action(cells, header)) is not None:
                # "nr | actie | afspraak | trekker": the action names the row's work, the
                # agreement cell beside it says what is agreed about it
                title, agreed = agreed, stated
            columns, blank = ((title, agreed) if numbered else None), False
            starts = _column_starts(line)
            edge = line.lstrip().startswith("|")
            if row is not None:  # the header repeated on the next page ends the last row
                found.append(_finish(row))
            row = None
            continue
        if columns is None:
            continue
        title_at, agreed_at = columns
        joined = _NUMBERED_TITLE_CELL.match(cells[0]) if title_at == 0 < agreed_at else None
        if joined is not None and not _NUMBER_CELL.match(cells[0]) and len(cells) >= 2:
            cells = [joined["number"], joined["title"], *cells[1:]]  # number and title apart
            title_at, agreed_at = 1, agreed_at + 1
        if _row_number(cells[0]) and len(cells) >= 2:
            if len(cells) < len(starts) and "|" not in line:
                cells = _aligned_cells(line, starts)
            if row is not None:
                found.append(_finish(row))
            row = {
                "number": cells[0].rstrip("./"),
                "title": cells[title_at] if title_at < len(cells) else "",
                "commitment": cells[agreed_at] if agreed_at < len(cells) else "",
                "start": line_start,
                "end": line_end,
                "width": len(cells),
                "headed": title_at == agreed_at,  # one cell holds the title and the action
                "first": cells[agreed_at] if agreed_at < len(cells) else "",
                "below": [],
                "joined": joined is not None and title_at == 1,
            }
            blank = False
        elif row is not None and not blank:
            # A wrapped cell: the words that continue the agreement column come first; in a
            # tab-separated table the leading tabs say which column the line continues.
            closed = row["commitment"].rstrip().endswith(".")
            for column, cell in _continued_cells(line, starts, closed, edge):
                if column is None or column == columns[1]:
                    row["commitment"] = join_wrapped(row["commitment"], cell)
                    row["below"].append(cell)
                elif column == columns[0]:
                    row["title"] = join_wrapped(row["title"], cell)
            row["end"] = line_end
        else:
            if row is not None:
                found.append(_finish(row))
                row = None
            if blank or len(cells) < 2:
                columns = None
                semicolons = False
            blank = False
    if row is not None:
        found.append(_finish(row))
    found = [
        row
        for row in found
        if not (
            (_PROCEDURE_ROW.match(row.title) and not agreement_formulas(row.commitment))
            or _NOTHING_AGREED.search(row.commitment)
        )
    ]
    spans = list(iter_lines(text, start, end))
    for vertical in vertical_rows([text[s:e].strip() for s, e in spans]):
        cell = (spans[vertical.agreed[0]][0], spans[vertical.agreed[-1]][1])
        if _NOTHING_AGREED.search(text[cell[0] : cell[1]]):
            continue  # "Geen afspraak; het project is opgeleverd."
        last = (vertical.rest or vertical.agreed)[-1]
        found.append(
            TableAgreement(
                text[spans[vertical.number][0] : spans[vertical.number][1]].strip().rstrip("."),
                " ".join(" ".join(text[spans[i][0] : spans[i][1]].split()) for i in vertical.title),
                " ".join(text[cell[0] : cell[1]].split()),
                spans[vertical.number][0],
                spans[last][1],
                cell,
            )
        )
    found.sort(key=lambda agreement: agreement.start)
    return found


def _continued_cells(
    line: str, starts: list[int], closed: bool = False, edge: bool = False
) -> list[tuple[int | None, str]]:
    """The cells of a wrapped line under a row and the columns they continue: by their
    leading tabs in a tab-separated table, by their bars in a table ruled with "|" ("   |
    spitsstrook  | te starten. |": the empty number cell keeps its place; ``edge``: a bar
    opens every line), by their offsets under a header aligned with spaces (two cells or
    more: one lone piece may overrun its column), else (None) the first cell only, which
    continues the agreement."""
    if line.startswith("\t"):
        return [(i, cell.strip()) for i, cell in enumerate(line.split("\t")) if cell.strip()]
    if "|" in line:
        parts = line.split("|")[1 if edge else 0 :]
        return [(i, cell.strip()) for i, cell in enumerate(parts) if cell.strip()]
    pieces = list(re.finditer(r"\S+(?: \S+)*", line))
    if line.startswith("    ") and len(starts) >= 3 and len(pieces) >= 2:
        return [(_column_at(starts, piece.start()), piece.group()) for piece in pieces]
    if closed and line.startswith("    ") and len(pieces) == 1 and pieces[0].start() in starts[1:]:
        # "     Groningen" under "Nr.  Onderwerp" once the agreement cell ended its sentence:
        # a lone piece exactly under a column's start continues that column
        return [(starts.index(pieces[0].start()), pieces[0].group())]
    cells = _cells(line)
    return [(None, cells[0])] if cells else []


def _column_at(starts: list[int], offset: int) -> int:
    """The header column a piece of text starting at ``offset`` stands in."""
    return max((i for i, start in enumerate(starts) if start <= offset + 1), default=0)


def _column_starts(line: str) -> list[int]:
    """The offsets at which the cells of a header line start (cells apart by spaces)."""
    if "|" in line:
        return []
    return [m.start() for m in re.finditer(r"(?:(?<=^)|(?<=[ \t]{2}))\S", line)]


def _aligned_cells(line: str, starts: list[int]) -> list[str]:
    """A row whose cell fills its column up to one space before the next ("Verkenning
    Oostkant Amsterdam Rijk en regio …" under "Onderwerp   Afspraak"): split where a word
    starts right at a header cell's offset."""
    cuts = [0]
    for start in starts[1:]:
        if 0 < start < len(line) and line[start - 1] == " " and line[start] != " ":
            cuts.append(start)
        else:
            cut = max(  # a run of spaces that ends nearest before this column
                (m.end() for m in re.finditer(r"[ \t]{2,}", line[: start + 1])), default=0
            )
            if cut > cuts[-1]:
                cuts.append(cut)
    cuts.append(len(line))
    return [line[a:b].strip() for a, b in pairwise(cuts) if line[a:b].strip()]


# Words a line of a wrapped sentence may end on; a title ends on a name or a noun.
_OPEN_END = frozenset((
    "de", "het", "een", "en", "of", "met", "van", "voor", "aan", "op", "in", "bij", "naar",
    "tot", "om", "over", "uit", "door", "te", "die", "dat", "zijn", "haar", "hun", "samen",
    "ook", "nog",
))  # fmt: skip


def _titled_sentence(first: str, below: list[str]) -> str | None:
    """The sentence under the first line of an action cell that holds both ("A1 | Kadewijk,
    fase 2 (300 woningen) | …" over "   | De gemeente bouwt de eerste fase."): the first line
    is the action's title, the lines under it what is done; None when the cell is one
    sentence wrapped over its lines ("Rijk en regio stellen samen met" over "Prorail …")."""
    sentence = " ".join(" ".join(below).split())
    words = first.split()
    if not (words and sentence[:1].isupper() and sentence.endswith(".")):
        return None
    if first.rstrip().endswith((".", ",", ";", ":", "-", "–")) or words[-1] in _OPEN_END:
        return None
    return sentence


def _finish(row: dict) -> TableAgreement:
    commitment = " ".join(row["commitment"].split())
    sentence = _titled_sentence(row["first"], row["below"]) if row["headed"] else None
    return TableAgreement(
        row["number"],
        " ".join(row["title"].split()),
        sentence or commitment,
        row["start"],
        row["end"],
        titled=sentence is not None,
        joined=row.get("joined", False),
    )
