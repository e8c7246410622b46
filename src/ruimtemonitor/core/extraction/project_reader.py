"""A general project reader: a named object that heads a unit of the letter, in any layout.

Every genre reports on a project the same way: the project's name heads a unit of text (a
heading line over a paragraph, the title of a numbered item, the name cell of a table row,
a bullet that reports on it, the title of a project page, the value of a "Project:" or
"Titel:" label), and that name is
the name of a piece of infrastructure or an area (a road number "A12 Ede – Grijsoord", a
rail line, station, waterway, lock, bridge, dike, junction, bicycle route, an area
development, a "Programma …", a corridor named after its two ends). A road merely named in a
sentence heads nothing; a theme heading ("Wonen en bereikbaarheid") names no object; the
lines under "Gerelateerde projecten" point elsewhere. The name ends where the head goes on
to say something about it ("A12 Ede – Grijsoord: de verkenning start"); the phase is what
the head's rest and the unit's text say (``phases.project_phase``). One name once.

This reader knows no layout (names are judged in ``project_names``);
``projects.find_projects`` runs it alone with ``layout_rules=False`` (to measure it) and
otherwise after the layout rules, through ``general_projects``.
"""

from __future__ import annotations

import dataclasses
import re

from .item_notes import note_on_item
from .phases import NOUN_PHASES, project_phase, stated_phase
from .project_heads import CODED_NUMBER, bare_code, two_sentences
from .project_heads import ITEM_NUMBER as _NUMBER
from .project_name_forms import continues_head, continues_label_cell, row_among_taken, same_line
from .project_names import (
    BRACKETED_PHASE,
    capitalised,
    changed,
    cut_name,
    item_subject,
    named_object,
    names_address,
    names_paper,
    names_theme,
    paper_after,
    proper_name,
    same_project,
    studied_name,
    without_remark,
)
from .project_sentences import reported_on
from .project_tables import listed_in_name_column, no_project_tables
from .project_terms import (
    AGENDA_NUMBER,
    PAUSED,
    Project,
    agenda_item,
    default_region,
    milestones,
    numbers_agenda_items,
    region_at,
    region_marks,
)
from .splitting import Document
from .tables import flat_row
from .textutil import normalise_space, once_per_extraction, spans_to_blank_line

__all__ = ["general_projects", "named_object", "read_projects"]

# "Project: …", "Projectnaam | …", "Titel        …": a label whose value names the unit.
_LABEL = re.compile(
    r"^[ \t]*(?:project(?:naam|titel)?|naam(?:[ \t]+(?:van[ \t]+het[ \t]+)?project)?|titel)"
    r"(?:[ \t]*[:|][ \t]*|[ \t]{2,}|\t)(?=\S)",
    re.IGNORECASE,
)
_BULLET = re.compile(r"^[ \t]*[•·▪►➢›◆■●*–—-][ \t]")
# Between the cells of a row: a tab, a bar, or a run of spaces.
_CELL_GAP = re.compile(r"\t+|[ \t]*[|│][ \t]*|[ \t]{2,}")
# The lines under these headings point to other projects; they report on none.
_POINTERS = re.compile(
    r"^(?:gerelateerde|verwante|andere|overige)\s+projecten|^zie\s+ook\b|^meer\s+informatie\b"
    r"|^links?\b|^contact\b",
    re.IGNORECASE,
)


def _lines(text: str, start: int, end: int) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []
    at = start
    for line in text[start:end].split("\n"):
        out.append((at, line))
        at += len(line) + 1
    return out


def _heading_like(lines: list[tuple[int, str]], index: int, colon: bool = False) -> bool:
    """A short line standing over text: after a blank line, the start, a sentence's end or
    another short line (a region heading over it), and itself no sentence; a title between
    blank lines may be longer."""
    line = lines[index][1].strip()
    before = lines[index - 1][1].strip() if index else ""
    after = lines[index + 1][1].strip() if index + 1 < len(lines) else ""
    return (
        bool(line)
        and (not before or before.endswith((".", "!", "?", ":")) or len(before.split()) <= 8)
        # a longer title stands alone between blank lines: "Vaarweg X – Y verdieping van …";
        # a reference in brackets after it ("(Kamerstuk 36 100, nr. 12)") is no part of it
        and len(without_remark(line).split()) <= (10 if after or before else 20)
        and not line.endswith((".", ",", ";"))
        and not _BULLET.match(lines[index][1])
        and (colon or not re.search(r":\s+\S", line))
        and not two_sentences(line)
    )


def _head(lines: list[tuple[int, str]], index: int) -> tuple[str, int, str] | None:
    """The kind of unit line ``index`` heads, its offset in the line and its text."""
    line = lines[index][1]
    if not line.strip():
        return None
    bullet = _BULLET.match(line)
    if bullet is not None:
        return _bullet_head(lines, index, bullet.end())
    label = _LABEL.match(line)
    if label is not None:
        return "label", label.end(), line[label.end() :]
    number = _NUMBER.match(line) or CODED_NUMBER.match(line)
    if number is not None and line[number.end() :][:1].isupper():
        return "item", number.end(), line[number.end() :]
    run_in = _run_in(lines, index)
    if run_in is not None:
        return "heading", len(line) - len(line.lstrip()), line.strip()
    if _row(line):
        return _row_head(lines, index)
    flat = flat_row(line)
    if flat is not None and any(
        0 <= near < len(lines) and flat_row(lines[near][1]) is not None
        for near in (index - 1, index + 1)
    ):  # "Veldhoek Noord 12.000 80 40" among more such rows: the label names the row
        return "row", flat[0], f"{line[flat[0] : flat[1]]}  {line[flat[1] :].strip()}"
    # a heading may go on after a colon ("N99 X – Y: verkenning"); as a boundary a line with
    # a colon is a label ("Fase: planuitwerking") inside the unit
    if _heading_like(lines, index, colon=True) and _over_text(lines, index):
        if _wrapped_cell(lines, index):
            return None
        return "heading", len(line) - len(line.lstrip()), line.strip()
    return None


def _wrapped_cell(lines: list[tuple[int, str]], index: int) -> bool:
    """ "Veenstad-Oost     |" under "informeren over de brug    |": the last line of a cell
    wrapped in a "|" table, its other cell empty, is no heading."""
    line = lines[index][1].rstrip()
    return line.endswith("|") and line.count("|") == 1 and index > 0 and "|" in lines[index - 1][1]


# "A4 X - Y. De weg is in uitvoering …": a name closed by a full stop, the paragraph on it after.
_RUN_IN = re.compile(r"^(?P<name>[A-Z0-9][^.:;!?\n]{2,80}?)\.[ \t]+(?=[A-Z])")


# "N99 AANSLUITING X (Y): De verkenning …": a name in capitals closed by a colon.
_CAPITAL_RUN_IN = re.compile(r"^(?P<name>[A-Z0-9](?:(?![a-z:;!?\n]).){2,80}?):[ \t]+(?=\S)")


def _run_in(lines: list[tuple[int, str]], index: int) -> str | None:
    """A run-in heading: a paragraph (after a blank line, not indented) that opens with the
    name of an object closed by a full stop, or a name in capitals closed by a colon, its
    text following on the same line."""
    line = lines[index][1]
    before = lines[index - 1][1].strip() if index else ""
    run_in = _RUN_IN.match(line) or _CAPITAL_RUN_IN.match(line)
    if run_in is None or before or len(run_in.group("name").split()) > 8:
        return None
    if bare_code(run_in.group("name")):
        return None  # "A1. Opening": an item's code, not a road with its section
    name = run_in.group("name")
    return name if named_object(name) else None


def _in_name_column(lines: list[tuple[int, str]], index: int, name: str) -> bool:
    """A row flattened with single spaces, in a run of such rows under a header whose first
    cell heads the names ("Gebied …"), names a project whatever its name."""
    if flat_row(lines[index][1]) is None:
        return False
    top = index
    while top > 0 and flat_row(lines[top - 1][1]) is not None:
        top -= 1
    return top > 0 and listed_in_name_column(lines[top - 1][1], name)


def _over_text(lines: list[tuple[int, str]], index: int) -> bool:
    """Not a cell of a table written one cell a line: after a bare number ("A.2") and over
    another short cell ("gemeente Kampen", "Q4 2025") a name is a task's, in a task list."""
    before = lines[index - 1][1].strip() if index else ""
    if not re.fullmatch(r"[A-Z]?\.?\d{1,2}[a-z]?[.)]?", before):
        return True
    for _, line in lines[index + 1 :]:
        stripped = line.strip()
        if stripped:
            return (
                len(stripped.split()) >= 5
                or stripped.endswith(".")
                or bool(re.search(r":(?:\s|$)", stripped))
                or _row(line)
            )
    return index == 0


def _row(line: str) -> bool:
    """A line of cells: "Station X / 2 / 2 / 4", "A1 | Naam | …", "Naam    € 4 mln."."""
    if line.count(" / ") >= 2 or line.count(";") >= 3:
        return True
    cells = _CELL_GAP.search(line.strip())
    return cells is not None and line[:1] not in " \t" and bool(line.strip()[cells.end() :].strip())


def _cells(line: str) -> list[tuple[int, str]]:
    """The cells of a row with where each starts in the line."""
    line = line.replace(" / ", "   ") if line.count(" / ") >= 2 else line
    line = line.replace(";", "   ") if line.count(";") >= 3 else line
    out: list[tuple[int, str]] = []
    at = 0
    for gap in [*_CELL_GAP.finditer(line), None]:
        stop = gap.start() if gap is not None else len(line)
        if line[at:stop].strip():
            out.append(
                (at + len(line[at:stop]) - len(line[at:stop].lstrip()), line[at:stop].strip())
            )
        at = gap.end() if gap is not None else at
    return out


# The column a table's header gives to the names: "Project", "Project / programma", "Naam".
_NAME_COLUMN = re.compile(
    r"^(?:(?:deel)?project|programma|naam|object|tracé|maatregel)", re.IGNORECASE
)


# A cell that only says when: "2019", "eind 2021", "Q3 2026", "medio 2027".
_WHEN = re.compile(
    r"(?:(?:begin|medio|eind|najaar|voorjaar|zomer|Q[1-4]|\d{1,2}e\s+kwartaal)\s+)?"
    r"(?:19|20)\d{2}(?:\s*[–-]\s*(?:19|20)?\d{2,4})?",
    re.IGNORECASE,
)


def _row_head(lines: list[tuple[int, str]], index: int) -> tuple[str, int, str] | None:
    """The cell of a row that names its subject: the one under a header "Project" (a
    "Landsdeel | Project | Bijdrage" table), else the first; a table whose header gives no
    column to names and whose first cell is a number or code ("A3 | Onderzoek …") lists
    tasks, not projects."""
    top = index
    while top > 0 and _row(lines[top - 1][1]):
        top -= 1
    line = lines[index][1]
    if index and continues_label_cell(line, lines[index - 1][1]):
        return None
    cells = _cells(line)
    header = _cells(lines[top][1]) if top < index else []
    column = next((i for i, (_, c) in enumerate(header) if _NAME_COLUMN.match(c)), None)
    chosen = 0
    if column is not None and column < len(header):
        if len(cells) == len(header):
            chosen = column
        else:
            where = header[column][0]
            chosen = min(range(len(cells)), key=lambda i: abs(cells[i][0] - where))
    elif re.fullmatch(r"[A-Z]{0,4}[-.]?\d{1,2}[a-z]?[.)]?", cells[0][1]):
        if len(cells) < 2:
            return None
        chosen = 1  # "1a;Naam;…", "A3 | Naam | …": a number, then the name
    offset, name = cells[chosen]
    rest = "  ".join(c for _, c in cells[chosen + 1 :])
    others = [c for i, (_, c) in enumerate(cells) if i != chosen]
    if header and column is None and others and all(_WHEN.fullmatch(c) for c in others):
        return None  # "Fase  Gereed" over "Tunnel X  2020": the planning of a project's parts
    return "row", offset, f"{name}  {rest}"


def _bullet_head(
    lines: list[tuple[int, str]], index: int, offset: int
) -> tuple[str, int, str] | None:
    """A bullet heads a unit when it reports on what it names ("- N31 X: de aanleg ligt op
    schema") or stands over a paragraph ("◆ Afsluitdijk" over its text); a bare name among
    other bullets is a list of names."""
    line = lines[index][1]
    content = line[offset:]
    if re.search(r":[ \t]+\S|[ \t][–—-][ \t]+(?-i:[a-z])", content):
        return "bullet", offset, content  # "- N31 X: de aanleg …", "• Sluis Y – opgeleverd"
    following = lines[index + 1][1] if index + 1 < len(lines) else ""
    if following.strip() and not _BULLET.match(following) and not following[:1].isspace():
        return "bullet", offset, content
    return None


# "a. …", "(b) …", "ii. …": a lettered or lower-case roman member inside its item's unit
_LETTERED = re.compile(r"^[ \t]*(?:[a-h][.)]|\([a-h]\)|[ivx]{1,4}[.)])[ \t]")


_BRACKET_ITEM = re.compile(r"[ \t]*\(?\d{1,2}\)[ \t]")


def _body_end(lines: list[tuple[int, str]], index: int, limit: int) -> int:
    """Where the unit headed at ``index`` ends: the next heading or numbered item."""
    lettered = bool(_LETTERED.match(lines[index][1]))
    # "1) …" under "XX-03  Titel" or "2.1  Titel": the items of an item numbered otherwise
    own = _NUMBER.match(lines[index][1])
    listed = own is not None and not own.group().rstrip().endswith(")")
    for later in range(index + 1, len(lines)):
        at, line = lines[later]
        if at >= limit:
            return limit
        if later == index + 1 and continues_head(lines[index][1], line):
            continue  # "N99 X" over "(informatief)": a remark on the head, no head itself
        number = _NUMBER.match(line) or CODED_NUMBER.match(line)
        note = note_on_item(line)  # "Toelichting bij 3.3: …" under the row of 3.4 is not 3.4's
        if (
            (note is not None and not (own and own.group().strip().rstrip(".)") == note))
            or _heading_like(lines, later)
            or _run_in(lines, later) is not None
            or (
                number is not None
                and line[number.end() :][:1].isupper()
                and not line[:1].isspace()
                and (lettered or not _LETTERED.match(line))
                and not (listed and _BRACKET_ITEM.match(line))
            )
        ):  # an indented or lettered "a. …" under "2.1 …" is a member inside its unit
            return at
    return min(limit, lines[-1][0] + len(lines[-1][1])) if lines else limit


def read_projects(text: str, document: Document) -> list[Project]:
    """The projects heading units of ``document`` (module docstring), in text order."""
    return [project for _, project in read_units(text, document)]


def _shape(kind: str, line: str, offset: int) -> str:
    """The form of a unit's head: its kind, and for an item the shape of its number
    ("2.1" and "3.4" alike, not "A1"); a run-in heading is a form of its own."""
    if kind == "item":
        number = re.sub(r"\d+", "9", line[:offset].strip())
        return f"item {re.sub(r'[A-Za-z]+', lambda m: 'A' if m[0][0].isupper() else 'a', number)}"
    run_in = _RUN_IN.match(line) or _CAPITAL_RUN_IN.match(line)
    return f"{kind} run-in" if kind == "heading" and run_in else kind


def read_units(text: str, document: Document) -> list[tuple[str, Project]]:
    """The projects of ``read_projects`` with the form of the head of each (``_shape``)."""
    lines = _lines(text, document.start, document.end)
    agenda = numbers_agenda_items([line.strip() for _, line in lines])
    marks = region_marks(text, document)
    fallback = default_region(text, document)
    found: list[Project] = []
    shapes: list[str] = []
    pointing = False
    for index, (at, line) in enumerate(lines):
        if not line.strip():
            pointing = False
            continue
        if _POINTERS.match(line.strip()):
            pointing = True
            continue
        if pointing:
            continue
        head = _head(lines, index)
        if head is None:
            continue
        kind, offset, content = head
        lead = re.match(r"afspraak[ \t]+(?=A\d)", content, re.IGNORECASE)
        if lead is not None:  # "Afspraak A2: …": the agreement's agenda number follows
            offset, content = offset + lead.end(), content[lead.end() :]
        number = AGENDA_NUMBER.match(content)
        if number is not None and (agenda_item(content) or 0) <= agenda:
            offset, content = offset + number.end(), content[number.end() :]  # "A3 Naam": item 3
        subject = item_subject(content) if kind != "row" else None
        if subject is not None:  # "Motie … over de X": the unit reports on X
            offset, content = offset + subject[0], subject[1]
        name, rest = cut_name(content)
        name = studied_name(name, rest)  # "Bereikbaarheid X - Y (MIRT-onderzoek)"
        if kind == "row":
            body_start = body_end = at + len(line)
        else:
            body_start = at + len(line) + 1
            body_end = max(body_start, _body_end(lines, index, document.end))
        if paper_after(rest) or (
            not named_object(capitalised(name) if subject else name)
            and not (
                kind != "row" and proper_name(name) and reported_on(name, text[body_start:body_end])
            )
            and not (kind == "row" and _in_name_column(lines, index, name))
        ):
            continue
        if kind != "row" and document.kind == "mirt_project" and not found:
            body_end = document.end  # a project page is all about its one project
        phase = _phase(rest, text[body_start:body_end])
        start = at + offset
        earlier = next((p for p in found if same_project(p.name, name)), None)
        if earlier is not None:
            if earlier.phase is None and phase is not None:
                found[found.index(earlier)] = _with_phase(earlier, phase)
            continue
        if found and document.kind == "mirt_project":
            break  # a project page reports on one project; what it names further is context
        shapes.append(_shape(kind, line, offset))
        found.append(
            Project(
                identifier=f"{document.identifier}.g{start}.project",
                name=normalise_space(name),
                region=region_at(marks, start) or fallback,
                phase=phase,
                paused=bool(
                    PAUSED.search(content) or PAUSED.search(text[body_start:body_end][:400])
                ),
                parent=None,
                document=document.identifier,
                section=f"{document.identifier}.g{start}",
                milestones=tuple(milestones(text, body_start, body_end)),
                start=start,
                end=max(body_end, at + len(line)),
            )
        )
    return list(zip(shapes, found, strict=True))


@once_per_extraction
def _table_spans(text: str, document: Document) -> list[tuple[int, int]]:
    """Runs of two or more table rows, from the first row to the end of the last."""
    spans: list[tuple[int, int]] = []
    run: list[tuple[int, str]] = []
    for at, line in [*_lines(text, document.start, document.end), (document.end, "")]:
        if line.strip() and _row(line):
            run.append((at, line))
            continue
        if len(run) >= 2:
            spans.append((run[0][0], run[-1][0] + len(run[-1][1])))
        run = []
    return spans


def _pointer_spans(text: str, document: Document) -> list[tuple[int, int]]:
    """Where lines under "Gerelateerde projecten", "Zie ook" … point to other projects: from
    that heading to the next blank line."""
    lines = _lines(text, document.start, document.end)
    return spans_to_blank_line(lines, document.end, lambda line: _POINTERS.match(line.strip()))


_BARE_PHASE = re.compile(
    r"[ \t]*(?:[:–—-][ \t]*)?(?P<phase>onderzoek|verkenning|planuitwerking|planstudie|realisatie"
    r"|in[ \t]+uitvoering|opgeleverd|opengesteld)\b",
    re.IGNORECASE,
)
_BARE = {"in uitvoering": "realisatie", "opgeleverd": "opgeleverd", "opengesteld": "opgeleverd"}


def _phase(rest: str, body: str) -> str | None:
    bare = _BARE_PHASE.match(rest)
    if bare is not None:  # "Sluis Y – opgeleverd", "N99 X: verkenning"
        word = " ".join(bare.group("phase").lower().split())
        return _BARE.get(word) or NOUN_PHASES[word]
    bracketed = BRACKETED_PHASE.match(rest)
    if bracketed is not None:
        word = bracketed.group("phase").lower()
        return NOUN_PHASES.get(word.removeprefix("mirt-"), NOUN_PHASES.get(word))
    return project_phase(f"{rest.strip(' :|–—-')}\n{body}".strip())


def _with_phase(project: Project, phase: str) -> Project:
    return dataclasses.replace(project, phase=phase)


_STATED_WITHIN = 600


def _item(shape: str) -> bool:
    return shape.startswith("item")


# "Vervallen; opgenomen in …" under a head: the item lapsed, it reports on no project.
_LAPSED = re.compile(r"[ \t]*(?:vervallen|vervalt|komt\s+te\s+vervallen)\b", re.IGNORECASE)


def _headed(
    project: Project, units: list[tuple[str, Project]], tables: list[tuple[int, int]]
) -> Project:
    """A layout rule's row of a budget table ("Sloelijn (geluid)  0,35") names a project
    that an earlier heading names in full: the project keeps the heading's name."""
    if not any(start <= project.start < end for start, end in tables):
        return project
    short = cut_name(project.name)[0]
    heading = next(
        (
            r
            for shape, r in units
            if r.start < project.start
            and shape != "row"
            and not same_project(r.name, project.name)
            and same_project(r.name, short)
        ),
        None,
    )
    if heading is None:
        return project
    return dataclasses.replace(
        project,
        name=heading.name,
        start=heading.start,
        section=heading.section,
        phase=project.phase or heading.phase,
    )


def general_projects(text: str, document: Document, found: list[Project]) -> list[Project]:
    """``found`` (the layout rules' projects of ``document``) completed by the general reader:
    a project found without a phase takes the phase the reader reads for the same name; a
    document where the layout rules found nothing (a layout none of them knows) gets the
    projects the reader finds outside task and finance tables. Where the layout rules did
    find projects, they also decided what else in that layout is none: a unit is added when
    its text states its phase, or when its head has the form (``_shape``: a heading, a
    run-in heading, an item numbered "2.1" …) of a head the reader read a project of theirs
    under (a sibling of a confirmed unit); a budget row they took that names shortly what an
    earlier heading names in full takes the heading's name. A name listed under "Gerelateerde
    projecten", one that names the letter, its agenda or its meeting, or a theme of a place
    ("Bereikbaarheid X") is no project, whichever rule found it."""
    units = read_units(text, document)
    read = [project for _, project in units]
    pointers = _pointer_spans(text, document)
    pointed = [line.strip() for s, e in pointers for line in text[s:e].split("\n")[1:]]
    found = [
        p
        for p in found
        if not any(s <= p.start < e for s, e in pointers)
        and not any(line and same_project(line, p.name) for line in pointed)
        and not names_paper(p.name)
        and not names_theme(p.name)
        and not names_address(p.name)
    ]
    # a list of changes repeating an item above ("X aangepast (bedrag)") names it again
    found = [
        p for p in found if not any(q.start < p.start and changed(p.name, q.name) for q in found)
    ]
    # an annex or index table repeating the items above ("4.1  Stationskwartier X  uitvoering")
    # names again what a layout rule found before it
    rows = _table_spans(text, document)
    found = [
        p
        for p in found
        if not any(s <= p.start < e for s, e in rows)
        or not any(q.start < p.start and same_project(q.name, p.name) for q in found)
    ]
    completed = [
        _with_phase(p, other.phase)
        if p.phase is None
        and (other := next((r for r in read if same_project(r.name, p.name)), None)) is not None
        and other.phase is not None
        else p
        for p in found
    ]
    if any(p.document == document.identifier for p in found):
        # Beside the layout rules' projects: a unit whose own text states the phase of what
        # heads it ("◆ Sluis X" over "Het project is in planuitwerking") reports on a project,
        # and so does a row with a phase in a table whose other rows the layout rules read as
        # projects (a row of amounts only is a budget line of a project named elsewhere); and a
        # unit headed like one of theirs ("Zilverlijn X. Ik laat …" beside "A4 X - Y. De weg …"
        # whose row they took) reports on a project whatever its text says of the phase.
        tables = [
            t for t in _table_spans(text, document) if any(t[0] <= p.start < t[1] for p in found)
        ]
        completed = [_headed(p, units, tables) for p in completed]
        found = completed
        # the forms of head under which the reader read a project the layout rules found too
        confirmed = {
            shape
            for shape, r in units
            if shape != "row" and any(same_project(r.name, p.name) for p in found)
        }
        shape_of = {id(r): shape for shape, r in units}
        # none of theirs is read here too: their layout is not the one of this letter's items
        trusted = any(same_project(r.name, p.name) for r in read for p in found)
        return completed + [
            r
            for r in read
            if not any(
                same_project(r.name, p.name) or same_line(text, r.start, p.start) for p in found
            )
            and (
                (
                    r.phase is not None
                    and (
                        stated_phase(text[r.start : r.end][:_STATED_WITHIN]) is not None
                        or any(start <= r.start < end for start, end in tables)
                    )
                )
                or (shape_of[id(r)] == "row" and row_among_taken(r.start, tables, found))
                or (
                    (shape_of[id(r)] in confirmed or (not trusted and _item(shape_of[id(r)])))
                    and named_object(r.name)
                    and not _LAPSED.match(text, text.find("\n", r.start) + 1, r.end)
                )
            )
        ]
    tasks = no_project_tables(text, document)  # rows of task and finance tables
    return completed + [
        project for project in read if not any(start <= project.start < end for start, end in tasks)
    ]
