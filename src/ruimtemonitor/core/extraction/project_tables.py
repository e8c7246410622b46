"""Tables whose rows are no projects, and name tables flattened one cell per line.

A letter's list of tasks ("Nr. | Toezegging | Datum debat | Status", "Nr. | Actie | Wie |
Wanneer", "Motie | Status") names a road in its rows, but each row is a task; a finance table
("Onderdeel | Bedrag") names what the money is for. Neither row is a project. A table whose
name column is headed "Gebied" or "Project" and flattened one cell per line ("Gebied" /
"Aantal woningen" / "Bijdrage Rijk (x € 1 mln)", then per row its name and its figures) lists
one project per row.
"""

from __future__ import annotations

import re

from .patterns import CELL_SEPARATOR
from .phases import NOUN_PHASES
from .project_terms import (
    CATEGORY,
    NOT_A_PROJECT,
    Project,
    document_project,
    region_at,
    region_marks,
)
from .splitting import Document
from .textutil import iter_lines, normalise_space, once_per_extraction, spans_to_blank_line

__all__ = [
    "listed_in_name_column",
    "name_key",
    "name_table_projects",
    "no_project_tables",
    "repeats_found",
]

_PARENTHESIS = re.compile(r"\s*\([^()]*\)")
_ROADS = re.compile(r"^[an]\d{1,3}(?:/[an]\d{1,3})*\s+[^\s-]+")  # on a key: lower case


def name_key(name: str) -> str:
    """A name without its brackets, dashes made one, for comparing names."""
    return normalise_space(_PARENTHESIS.sub("", name).replace("–", "-")).casefold()


def repeats_found(name: str, found: list[str]) -> bool:
    """Whether a row names a project already found under another form: "Hoogfrequent
    Spoorvervoer" for "Programma Hoogfrequent Spoorvervoer (PHS)", "A1/A6/A9 Schiphol–Almere"
    for "A1/A6/A9 Schiphol–Amsterdam–Almere", "Haven-Stad ov-ontsluiting" for
    "Noordzeekanaalgebied / Haven-Stad" (an overview table repeats the projects above it)."""
    key = name_key(name)
    roads = _ROADS.match(key)
    words = key.split()
    proper = " ".join(
        w
        for w in name.split()[
            : next((i for i, w in enumerate(name.split()) if w[:1].islower()), len(name.split()))
        ]
    ).casefold()
    for other in found:
        if len(key) >= 6 and re.search(rf"(?<!\w){re.escape(key)}(?!\w)", other):
            return True
        if len(other) >= 6 and re.search(rf"(?<!\w){re.escape(other)}(?!\w)", key):
            return True
        if roads and other.startswith(roads.group()):
            return True  # the same roads and the same first place
        if roads and _road_and_place_in(roads.group(), other):
            return True  # "A29 Barendrecht" for "Wegverbreding A29 bij Barendrecht"
        if (
            len(proper) >= 6
            and proper != key.replace("–", "-")
            and len(words) > 1
            and (re.search(rf"(?<!\w){re.escape(proper)}(?!\w)", other))
        ):
            return True
    return False


def _road_and_place_in(roads: str, other: str) -> bool:
    """Whether a name holds the same road numbers and, after them, the same first place."""
    road, place = roads.split(maxsplit=1)
    at = re.search(rf"(?<![\w/]){re.escape(road)}(?![\w/])", other)
    return (
        at is not None
        and re.search(rf"(?<!\w){re.escape(place)}(?!\w)", other[at.end() :]) is not None
    )


_NUMBER_HEADER = re.compile(r"^(?:nr\.?|nummer|no\.?|#)$", re.I)
# A row that is a task: an action, a commitment to parliament, a motion.
_TASK_HEADER = re.compile(r"^(?:toezegging(?:en)?|moties?|taak|taken)$", re.I)
_ACTION_HEADER = re.compile(r"^(?:actie|actiepunt|acties)$", re.I)
_ACTION_COLUMN = re.compile(r"^(?:wie|trekker|door|wanneer|gereed|termijn|deadline)$", re.I)
# "Onderdeel | Bedrag": what the money of a budget or council proposal is for.
_FINANCE_ITEM = re.compile(
    r"^(?:onderdeel|onderdelen|post|posten|kostenpost|omschrijving|dekking|uitgaven|"
    r"inkomsten|financiering)$",
    re.I,
)
_FINANCE_SUM = re.compile(
    r"^(?:bedrag|bedragen|kosten|budget|raming|bijdrage|euro|€.*|x\s*€.*)$", re.I
)
# "Post | 2009 | 2010 | 2011", "Onderdeel  2025-2026  later": a budget spread over years.
_YEAR_COLUMN = re.compile(r"^(?:19|20)\d{2}(?:[ \t]*[-–/][ \t]*(?:19|20)?\d{2})?$|^later$", re.I)


def _header_kind(line: str) -> bool:
    """Whether ``line`` is the header row of a task or finance table (its rows are no projects)."""
    cells = [c.strip(" |") for c in CELL_SEPARATOR.split(line.strip()) if c.strip(" |")]
    if len(cells) < 2:
        return False
    if any(_TASK_HEADER.match(c) for c in cells):
        return True
    if (
        len(cells) >= 3
        and any(_ACTION_HEADER.match(c) for c in cells)
        and any(_NUMBER_HEADER.match(c) for c in cells)
        and any(_ACTION_COLUMN.match(c) for c in cells)
    ):
        return True  # an agenda's "Actie | Trekker | Wanneer" without numbers names projects
    if cells[0].casefold() == "kosten" and any(c.casefold() == "dekking" for c in cells[1:]):
        return True  # "Kosten | Bedrag | Dekking | Bedrag": a balance lists budget posts
    return bool(_FINANCE_ITEM.match(cells[0])) and (
        any(_FINANCE_SUM.match(c) for c in cells[1:])
        or sum(1 for c in cells[1:] if _YEAR_COLUMN.match(c)) >= 2
    )


@once_per_extraction
def no_project_tables(text: str, document: Document) -> list[tuple[int, int]]:
    """Spans of task and finance tables: from the header row to the next blank line."""
    lines = ((s, text[s:e]) for s, e in iter_lines(text, document.start, document.end))
    return spans_to_blank_line(lines, document.end, _header_kind)


_NAME_HEADER = re.compile(
    r"^(?:gebied|gebieden|woningbouwgebied|locatie|project|projectnaam|projecten|naam|"
    r"programma|project\s*/\s*programma|corridor|traject)$",
    re.I,
)
_FIGURE_CELL = re.compile(
    r"^(?:€\s*)?\d[\d.,]*(?:\s*(?:mln|mld|miljoen|miljard)\.?)?(?:\s*[–-]\s*\d[\d.,]*)?$"
    r"|^(?:-|–|p\.m\.|n\.v\.t\.)$",
    re.I,
)
_PHASE_CELL = re.compile(
    r"^(?:MIRT-)?(?P<phase>onderzoek|verkenning|planuitwerking|planstudie|realisatie|"
    r"opgeleverd)$",
    re.I,
)
_ROW_TOTAL = re.compile(r"^(?:totaal|subtotaal|som|overig|overige)\b", re.I)
_MAX_HEADER = 6


def listed_in_name_column(header: str, name: str) -> bool:
    """A row's name under a header whose first cell heads the names ("Gebied Woningen
    Bijdrage Rijk" over "Veldhoek 1.100 p.m. p.m."): every such row is one project, a bare
    place too, unless it is a total, a theme, a category or written in lower case."""
    first = header.split(None, 1)[0] if header.strip() else ""
    return bool(
        _NAME_HEADER.match(first)
        and name[:1].isupper()
        and not (_ROW_TOTAL.match(name) or NOT_A_PROJECT.match(name) or CATEGORY.match(name))
    )


def _value(cell: str) -> bool:
    return bool(_FIGURE_CELL.match(cell) or _PHASE_CELL.match(cell))


def _short(cell: str) -> bool:
    """A cell of a header or a name column: a few words, not a sentence."""
    return (
        bool(cell)
        and len(cell.split()) <= 8
        and not cell.endswith((".", ",", ";", ":"))
        and len([c for c in CELL_SEPARATOR.split(cell) if c.strip()]) == 1
    )


def name_table_projects(
    text: str, document: Document, found: list[Project], fallback: str | None
) -> list[Project]:
    """The name cells of a table flattened one cell per line whose first header names its
    projects ("Gebied", "Project") and whose other cells are figures or phases."""
    lines = [(s, e, text[s:e].strip()) for s, e in iter_lines(text, document.start, document.end)]
    names = {normalise_space(p.name).casefold() for p in found}
    keys = [name_key(p.name) for p in found]
    marks = region_marks(text, document)
    out: list[Project] = []
    index = 0
    while index < len(lines):
        if not _NAME_HEADER.match(lines[index][2]):
            index += 1
            continue
        first = next(
            (
                k
                for k in range(index + 1, min(len(lines), index + _MAX_HEADER + 2))
                if _value(lines[k][2]) or not _short(lines[k][2])
            ),
            None,
        )
        if first is None or not _value(lines[first][2]) or first - index - 1 < 2:
            index += 1
            continue
        width = first - index - 1  # the header cells, the name cell of the first row after them
        position = first - 1
        while position + 1 < len(lines) and _short(lines[position][2]):
            start, _, name = lines[position]
            cells = _row_cells(lines, position + 1, width - 1)
            if _value(name) or not any(_value(c) for c in cells):
                break
            key = normalise_space(name).casefold()
            if not (
                _ROW_TOTAL.match(name)
                or NOT_A_PROJECT.match(name)
                or CATEGORY.match(name)
                or key in names
                or repeats_found(name, keys)
                or not name[:1].isupper()
            ):
                names.add(key)
                keys.append(name_key(name))
                phase = next((m.group("phase") for c in cells if (m := _PHASE_CELL.match(c))), None)
                out.append(
                    document_project(
                        document,
                        f"namecell{start}",
                        name,
                        region_at(marks, start) or fallback,
                        start,
                        lines[position + len(cells)][1],
                        phase=_phase(phase),
                    )
                )
            position += 1 + len(cells)
        index = position + 1
    return out


def _row_cells(lines: list[tuple[int, int, str]], at: int, count: int) -> list[str]:
    """Up to ``count`` cells of a row from line ``at``: figures, phases and lower-case words
    ("verkennig", a misspelt phase); a capitalised name starts the next row (a row whose
    last cell the export lost ends there)."""
    cells: list[str] = []
    while len(cells) < count and at + len(cells) < len(lines):
        cell = lines[at + len(cells)][2]
        if not (_value(cell) or (cell[:1].islower() and _short(cell))):
            break
        cells.append(cell)
    return cells


def _phase(word: str | None) -> str | None:
    if word is None:
        return None
    key = word.lower().removeprefix("mirt-")
    return "opgeleverd" if key == "opgeleverd" else NOUN_PHASES.get(key)
