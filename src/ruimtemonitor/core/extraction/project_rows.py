"""Projects in tables and lists: a row, a cell on its own line, a bullet that names one.

Letters list projects without headings: a table flattened row by row ("A15 Papendrecht–
Gorinchem   verkenning   € 290 mln."), a table flattened one cell per line, or a list of
bullets that each open with a project's name ("• A1 Apeldoorn–Azelo: de planuitwerking
loopt"). The name must name infrastructure (``project_terms``); funding rows, categories and
themes are not projects.
"""

from __future__ import annotations

import re

from .drawn_tables import drawn_row_cells, is_border_line, undrawn
from .heading_forms import figure_cells
from .label_rows import is_label_row
from .patterns import CELL_SEPARATOR
from .phases import NOUN_PHASES, project_phase
from .project_layouts import subject_table_spans
from .project_tables import name_key, no_project_tables, repeats_found
from .project_terms import (
    CATEGORY,
    CITY_PAIR,
    COLUMN_WORDS,
    INFRA,
    NOT_A_PROJECT,
    PAUSED,
    PROGRAMME,
    Project,
    agenda_item,
    document_project,
    meeting_title,
    milestones,
    numbers_agenda_items,
    region_at,
    region_marks,
    region_name,
)
from .splitting import Document
from .textutil import iter_lines, normalise_space

__all__ = ["cell_projects", "list_projects", "paren_projects", "table_projects"]


_FUNDING_ROW = re.compile(
    r"^(?:gemeente|provincie|rijk|regio\s+deal|programma\s+woningbouw|woningbouwimpuls|totaal|"
    r"bron|bijdrage)\b|cofinanciering|\bbijdrage\b",
    re.IGNORECASE,
)
# "4", "B.2", "A2.1": the number or code of a row, no name
_ROW_CODE = re.compile(r"(?:[A-H]\.?)?\d{1,2}(?:\.\d{1,2})?\.?")
_PHASE_CELL = re.compile(
    r"^(?:MIRT-)?(?P<phase>onderzoek|verkenning|planuitwerking|planstudie|realisatie|"
    r"opgeleverd)$",
    re.IGNORECASE,
)
_ROW = re.compile(
    r"^(?P<name>[^€\n]{3,80}?)\s++€[^\n]*?\s(?P<phase>onderzoek|verkenning|planuitwerking|"
    r"realisatie|opgeleverd)\s*$"
    r"|^(?P<name2>[^€\n]{3,80}?)\s++(?P<phase2>onderzoek|verkenning|planuitwerking|realisatie|"
    r"opgeleverd)(?:\s+(?:€\s*)?[\d.,]+(?:\s*(?:mln|mld)\.?)?){1,3}\s*$",
    re.IGNORECASE,
)


_ROAD_IN_ROW = re.compile(r"\b[AN]\d{1,3}(?:/[AN]\d{1,3})*[ \t]+[A-Z]")
_PROJECT_HEADER = re.compile(
    r"^(?:(?:deel)?project(?:naam|en)?|naam(?:\s+project)?|mirt-project|weg|wegvak|traject|vaarweg)"
    r"(?:\s*/\s*programma)?$",
    re.I,
)
# "Nr.  Actie  Wie  Wanneer": a numbered action list; its rows are tasks, not projects (an
# agenda's "Actie | Trekker | Wanneer" table without numbers names its projects in the rows).
_ACTION_HEADER = re.compile(r"^(?:actie|actiepunt|acties)$", re.I)
_ACTION_NUMBER = re.compile(r"^(?:nr\.?|nummer|no\.?|#)$", re.I)
_ACTION_COLUMN = re.compile(r"^(?:wie|trekker|door|wanneer|gereed|termijn|deadline)$", re.I)
# "Programma Nedersaksenlijn (onderzoek)": a name cell that gives the phase in brackets.
_NAME_PHASE = re.compile(
    r"^(?P<name>.*?\S)\s*+\((?P<phase>(?:MIRT-)?(?:onderzoek|verkenning|planuitwerking|planstudie|"
    r"realisatie|opgeleverd))\)$",
    re.I,
)
_PARENTHESIS = re.compile(r"(?<!\s)\s*+\([^()]*\)")


_CELL_PHASES = {**NOUN_PHASES, "onderzoek": "onderzoek", "opgeleverd": "opgeleverd"}
# Four spaces, or the two leading tabs of a cell wrapped in a tab-separated row.
_INDENTED = re.compile(r"(?:[ \t]{4,}+|\t{2,}+)\S[^\n]*")


def _continuation(text: str, offset: int, limit: int) -> str:
    """The indented lines under a table row: its cells wrapped over more lines."""
    words: list[str] = []
    position = offset + 1
    while position < limit and len(words) < 3:
        line = _INDENTED.match(text, position, limit)
        if line is None or (line.end() < limit and text[line.end()] != "\n"):
            break
        words.append(line.group().strip())
        position = line.end() + 1
    return " ".join(words)


def table_projects(
    text: str, document: Document, found: list[Project], fallback: str | None
) -> list[Project]:
    """Rows of project tables: "A15 Papendrecht–Gorinchem   verkenning   € 290 mln."."""
    spans = [(p.start, p.end) for p in found if p.section != document.identifier]
    names = {normalise_space(p.name).casefold() for p in found}
    keys = [name_key(p.name) for p in found]
    marks = region_marks(text, document)
    rows: list[Project] = []
    listed = False  # under a header "Project | Fase | …", up to the next blank line
    column = 0  # the header's project column ("Landsdeel | Project / programma | Bijdrage")
    actions = False  # under a header "Nr. | Actie | Wie | Wanneer"
    # task and finance tables; subject tables are read by their own rule (project_layouts)
    tasks = no_project_tables(text, document) + subject_table_spans(text, document)
    for line_start, line_end in iter_lines(text, document.start, document.end):
        if any(s <= line_start < e for s, e in tasks):
            continue
        line = undrawn(text[line_start:line_end]).strip()  # "│ P2 │ …" read as "| P2 | …"
        if is_border_line(line):
            continue  # "+----+------+" between the rows of a drawn table
        if is_label_row(line):
            continue  # "Trekker: EZK | Gereed: 2026 | Middelen: p.m." under an action's heading
        cells = [c for c in CELL_SEPARATOR.split(line) if c]
        if not cells:
            listed = actions = False
            column = 0
            continue
        heads = [c.strip(" |") for c in cells]
        if (
            len(cells) >= 3
            and any(_ACTION_HEADER.match(h) for h in heads)
            and any(_ACTION_NUMBER.match(h) for h in heads)
            and any(_ACTION_COLUMN.match(h) for h in heads)
        ):
            actions = True
            continue
        if actions:
            continue
        # "Project      Aansluiting N99 Veenstad-Oost" in a proposal's head: a label with
        # the name as its value, no table header
        labelled = (
            len(heads) == 2
            and bool(_PROJECT_HEADER.match(heads[0]))
            and bool(INFRA.search(heads[1]) or CITY_PAIR.match(heads[1]))
        )
        if (
            not labelled
            and len(cells) >= 2
            and (
                header := next(
                    (i for i, h in enumerate(heads[:2]) if _PROJECT_HEADER.match(h)), None
                )
            )
            is not None
        ):
            listed, column = True, header
            continue
        row_cells = cells
        if listed and column and len(cells) > column:
            cells = cells[column:]  # "Zuid | Spoorverbinding Eindhoven–Düsseldorf | € 4 mln."
        if len(cells) >= 3 and _ROW_CODE.fullmatch(cells[0].strip()):
            cells = cells[1:]  # "4 | Aanpak Ring Zuid | …": the number is the row's, not a name
        drawn = drawn_row_cells(text, line_start, document.end)  # its cells wrapped below
        if drawn is None or len(drawn) != len(row_cells):
            drawn = row_cells
        told = drawn[len(row_cells) - len(cells) + 1 :]  # the cells after the name's
        name = phase = None
        said = ""  # what the row itself says about the project, for its phase
        described = False  # "Kampen Noordrand: woonwijk aan het Zwarte Water | gemeente | 2025"
        if labelled:
            name = heads[1]
        elif len(cells) >= 2 and any(_PHASE_CELL.match(c) or "€" in c for c in cells[1:]):
            name = cells[0]
            phase = next((c for c in cells[1:] if _PHASE_CELL.match(c)), None)
            if phase is None:  # "N9 X - Y | De verkenning loopt; het Rijk draagt € 4 mln bij"
                said = " ".join(told)
        elif len(cells) >= 3:
            name, _, rest = cells[0].partition(":")
            described = bool(rest.strip()) and len(name.split()) <= 4 and name[:1].isupper()
            said = " ".join([rest, *told, _continuation(text, line_end, document.end)])
        elif (row := _ROW.match(line)) is not None:
            name = row.group("name") or row.group("name2")
            phase = row.group("phase") or row.group("phase2")
        elif listed and len(cells) >= 2:
            name = cells[0]  # "A1/A30 Barneveld   2027" under "Project   Gereed"
        if name is not None and len(COLUMN_WORDS.findall(name)) >= 2:
            # "Project Fase Start uitgesteld tot A1 Bathmen-Azelo": the header line joined
            # to the first row; the name starts at its road number
            road = _ROAD_IN_ROW.search(name)
            name = name[road.start() :] if road else None
        if (
            name is None
            or len(name.split()) > 8
            or _FUNDING_ROW.search(name)
            or NOT_A_PROJECT.match(name.strip())
            or meeting_title(name)
        ):
            continue
        named = listed and len(cells) >= 2 and name[:1].isupper()  # the table says it is one
        if not (
            described
            or named
            or INFRA.search(name)
            or CITY_PAIR.match(name)
            or PROGRAMME.match(name)
        ):
            continue
        if CATEGORY.match(name):
            continue
        bracketed = _NAME_PHASE.match(name.strip())
        if bracketed is not None:
            name, phase = bracketed.group("name"), phase or bracketed.group("phase")
        if normalise_space(name).casefold() in names or repeats_found(name, keys):
            continue
        if not named and any(s <= line_start < e for s, e in spans):
            continue  # a row of a project's own table ("Fase | Gereed"), not of a project list
        names.add(normalise_space(name).casefold())
        keys.append(name_key(name))
        offset = text.find(name, line_start, line_end)
        phase_name = _CELL_PHASES.get((phase or "").lower().removeprefix("mirt-")) or (
            project_phase(said) if said else None
        )
        region = (
            next((r for c in row_cells if c != name and (r := region_name(c.strip(" |")))), None)
            or region_at(marks, line_start)
            or fallback
        )
        rows.append(
            document_project(
                document,
                f"row{line_start}",
                name.strip(" –—-:"),
                region,
                offset,
                line_end,
                phase=phase_name,
            )
        )
    return rows


def _line_project(
    document: Document,
    tag: str,
    text: str,
    *,
    start: int,
    said_from: int,
    end: int,
    name: str,
    region: str | None,
    phase: str | None,
    paused: bool,
) -> Project:
    """A project a line of ``document`` names (the document is its section, it has no
    parent), with the milestones said from ``said_from`` up to ``end``."""
    return document_project(
        document,
        f"{tag}{start}",
        name,
        region,
        start,
        end,
        phase=phase,
        paused=paused,
        said=tuple(milestones(text, said_from, end)),
    )


def _said_project(
    document: Document,
    tag: str,
    text: str,
    name: str,
    region: str | None,
    start: int,
    said_from: int,
    end: int,
    phase: str | None = None,
) -> Project:
    """A project whose phase (unless the line names it) and pause are read from what is
    said after its name, from ``said_from`` up to ``end``."""
    said = text[said_from:end]
    return _line_project(
        document,
        tag,
        text,
        start=start,
        said_from=said_from,
        end=end,
        name=name,
        region=region,
        phase=phase or project_phase(said),
        paused=bool(PAUSED.search(said[:400])),
    )


_ROAD_START = re.compile(r"^[AN]\d{1,3}(?:/[AN]\d{1,3})?\s+[A-Z]")
_PHASE_START = re.compile(
    r"^(?:MIRT-)?(?:onderzoek|verkenning|planuitwerking|planstudie|realisatie|opgeleverd)\b", re.I
)


_NUMBER_CELL = re.compile(r"^[ \t]*(?:[A-H]\.)?\d{1,2}(?:\.\d{1,2})?\.?[ \t]*$")
# "Wunderline Groningen - Bremen": a line named after its two ends, spaced dash between.
_SPACED_PAIR = re.compile(r"\b[A-Z][\w'’]+[ \t]+[-–][ \t]+[A-Z][\w'’]+")


def cell_projects(
    text: str, document: Document, found: list[Project], fallback: str | None
) -> list[Project]:
    """Project names standing on a line of their own in a table flattened one cell per line:
    "A1/A30 Barneveld" followed by "Planuitwerking. Het ontwerp-tracébesluit …"."""
    lines = [(s, e) for s, e in iter_lines(text, document.start, document.end) if e > s]
    starts = {p.start for p in found}
    names = {normalise_space(p.name).casefold() for p in found}
    marks = region_marks(text, document)
    cells: list[tuple[int, int, str]] = []
    agenda = numbers_agenda_items([text[s:e].strip() for s, e in lines])
    for index, (start, end) in enumerate(lines[:-1]):
        line = text[start:end].strip()
        following = text[lines[index + 1][0] : lines[index + 1][1]].strip()
        # "2.1" on the line above: the name cell of a numbered row ("Nr. | Onderwerp | …")
        numbered = index > 0 and bool(
            _NUMBER_CELL.match(text[lines[index - 1][0] : lines[index - 1][1]])
        )
        if start in starts or len(line.split()) > 6 or line.endswith((".", ",", ";", ":")):
            continue
        if len([c for c in CELL_SEPARATOR.split(line) if c.strip()]) > 1 or figure_cells(line):
            continue  # a row of a table, not a cell on its own line
        if not (
            INFRA.search(line) or CITY_PAIR.search(line) or (numbered and _SPACED_PAIR.search(line))
        ) or CATEGORY.match(line):
            continue
        if not (
            _PHASE_START.match(following)
            or ((_ROAD_START.match(line) or numbered) and following[:1].isupper())
        ):
            continue
        if normalise_space(line).casefold() in names or NOT_A_PROJECT.match(line):
            continue
        if (item := agenda_item(line)) is not None and item <= agenda:
            continue
        cells.append((start, end, line))
    out: list[Project] = []
    for position, (start, end, line) in enumerate(cells):
        stop = cells[position + 1][0] if position + 1 < len(cells) else min(document.end, end + 800)
        # "A76 Kerensheide–Duitse grens: MIRT-onderzoek": the cell names the phase itself
        labelled = re.match(rf"^(?P<name>.+?)[ \t]*:[ \t]*(?P<phase>{_PHASE_WORDS})$", line, re.I)
        name, phase = line, None
        if labelled is not None:
            name = labelled.group("name")
            phase = _CELL_PHASES.get(labelled.group("phase").lower())
        region = region_at(marks, start) or fallback
        out.append(_said_project(document, "cell", text, name, region, start, end, stop, phase))
    return out


# "• A1 Apeldoorn–Azelo: de planuitwerking loopt …", "2. Zuidasdok – het project is …": a
# bullet or numbered item that opens with a name.
_NAMED_BULLET = re.compile(
    r"^(?:•|\d{1,2}[.)]|[a-z][.)])[ \t]++(?P<name>[^:\n]{3,80}?)[ \t]*:[ \t]+(?P<rest>\S[^\n]*)$"
)
# Without a colon the name ends at the last spaced dash before a lower-case word
# ("2. A2 Het Vonderen – Kerensheide – de planuitwerking loopt").
_DASHED_BULLET = re.compile(
    r"^(?:•|\d{1,2}[.)]|[a-z][.)])[ \t]++(?P<name>[^:\n]{3,80})[ \t]+[–—-][ \t]+"
    r"(?P<rest>[a-zà-ÿ][^:\n]*)$"
)
# "• Nedersaksenlijn (verkenning)": a bullet that is a name and the phase it is in.
_PHASE_WORDS = r"(?:MIRT-)?(?:onderzoek|verkenning|planuitwerking|planstudie|realisatie|opgeleverd)"
_PHASE_BULLET = re.compile(
    rf"^(?:•|\d{{1,2}}[.)]|[a-z][.)])[ \t]++(?P<name>[^:()\n]{{3,80}}?)[ \t]*"
    rf"\((?P<rest>{_PHASE_WORDS}(?:fase)?)\)[ \t]*[.;,]?$",
    re.IGNORECASE,
)
# "• N35 Wijthmen–Nijverdal", "- A4 Haaglanden–N14 (Zuidwest)": a bullet that is only a name.
_PLAIN_BULLET = re.compile(
    r"^(?:•|\d{1,2}[.)])[ \t]++(?P<name>[A-Z0-9][^:;()\n]{2,70}?)"
    r"(?:[ \t]*\((?P<rest>[^()\n]{1,40})\))?[ \t]*[.;,]?$"
)
# The small words a name may hold ("Verbreding A1 bij Deventer", "Sluis bij Eefde").
_NAME_WORDS = frozenset(
    [
        "en",
        "de",
        "het",
        "van",
        "der",
        "den",
        "bij",
        "tot",
        "aan",
        "op",
        "in",
        "om",
        "over",
        "te",
        "ter",
        "ten",
        "tussen",
        "naar",
        "via",
    ]
)
_ONLY_PHASE = re.compile(rf"^{_PHASE_WORDS}(?:fase)?[ \t]*[.;,]?$", re.IGNORECASE)
_MIN_LIST = 2


def _name_and_section(words: str) -> bool:
    """ "Programma Snelspoor, corridor Noordstad - Zuidhaven": a name, a comma and the part of
    it the item is about, each only a name."""
    head, comma, tail = words.partition(",")
    return bool(comma) and _only_a_name(head.strip()) and _only_a_name(tail.strip())


def _only_a_name(words: str) -> bool:
    """ "N35 Wijthmen–Nijverdal", "Verbreding A1 bij Deventer", "Spoorlijn en station
    Ede-Noord" (a kind of work in lower case): no verb, no sentence."""
    parts = words.split()
    return len(parts) <= 6 and all(
        w[:1].isupper()
        or w[:1].isdigit()
        or w.lower() in _NAME_WORDS
        or w[:1] in "/–-&"
        or _WORK_NOUN.fullmatch(w.lower())
        for w in parts[1:]
    )


# The kinds of work a name may hold in lower case ("en station Ede-Noord", "tweede sluis").
_WORK_NOUN = re.compile(r"station|sluis|sluiskolk|brug|tunnel|knooppunt|aansluiting|spoorlijn")


def list_projects(
    text: str, document: Document, found: list[Project], fallback: str | None
) -> list[Project]:
    """Top-level bullets that each report on a project by name, when a list has at least two
    (one bullet naming a road is an aside; a list of them is a progress report per project)."""
    spans = [(p.start, p.end) for p in found if p.section != document.identifier]
    names = {normalise_space(p.name).casefold() for p in found}
    marks = region_marks(text, document)
    candidates: list[tuple[int, int, str, str]] = []
    for line_start, line_end in iter_lines(text, document.start, document.end):
        line = text[line_start:line_end]
        bullet = (
            _NAMED_BULLET.match(line) or _DASHED_BULLET.match(line) or _PHASE_BULLET.match(line)
        )
        plain = None
        if bullet is None:
            plain = _PLAIN_BULLET.match(line)
            if plain is None or not (
                _only_a_name(plain.group("name")) or _name_and_section(plain.group("name"))
            ):
                continue
            bullet = plain
        name = bullet.group("name").strip()
        rest = (bullet.group("rest") or "").strip()
        labelled = bool(_ONLY_PHASE.match(rest))
        if (
            len(name.split(",")[0].split()) > 8
            or not (name[:1].isupper() or name[:1].isdigit())
            or not (INFRA.search(name) or CITY_PAIR.search(name) or labelled)
            or CATEGORY.match(name)
            or NOT_A_PROJECT.match(name)
            or _FUNDING_ROW.search(name)
            or (len(rest.split()) < 3 and not labelled and plain is None)
            or any(s <= line_start < e for s, e in spans)
        ):
            continue
        candidates.append((line_start, line_end, name, rest))
    # The list counts its bullets already found elsewhere (a table below repeats the roads).
    if len(candidates) < _MIN_LIST:
        return []
    out: list[Project] = []
    for line_start, line_end, name, rest in candidates:
        if normalise_space(name).casefold() in names:
            continue
        names.add(normalise_space(name).casefold())
        # "Gepauzeerde projecten:" or "worden gepauzeerd:" in the line above the list
        lead = text[max(document.start, line_start - 300) : line_start].rsplit("\n\n", 1)[-1]
        out.append(
            _line_project(
                document,
                "item",
                text,
                start=line_start,
                said_from=line_start,
                end=line_end,
                name=name,
                region=region_name(rest) or region_at(marks, line_start) or fallback,
                phase=_CELL_PHASES.get(rest.strip(" .;,").lower().removeprefix("mirt-"))
                or project_phase(rest)
                or project_phase(_paragraph_under(text, line_end, document.end)),
                paused=bool(PAUSED.search(rest) or PAUSED.search(lead)),
            )
        )
    return out


# "(1) Noordelijke Randweg Utrecht (NRU)" on a line of its own, or after the sentence that
# introduces the list (a letter's lines joined): items numbered in brackets, one per project.
_PAREN_ITEM = re.compile(
    r"(?:^|(?<=[.:!?] ))[ \t]*\((?P<number>\d{1,2})\)[ \t]+(?P<name>[A-Z0-9][^\n.;:]{2,70}?)"
    r"[ \t]*$",
    re.M,
)


# "(3) Gnephoek, Alphen aan den Rijn" over "Deze woningbouwlocatie (…) wacht op …": the
# paragraph calls the named place a site, area or project of its own.
_CALLED_A_WORK = re.compile(
    r"\s*\n\s*(?:Deze|Dit|Het|De)\s+(?:[\w-]*locatie|gebied|[\w-]*gebiedsontwikkeling|project|"
    r"[\w-]*ontwikkelgebied|wijk|bedrijventerrein)\b"
)


def paren_projects(
    text: str, document: Document, found: list[Project], fallback: str | None
) -> list[Project]:
    """Items "(1)", "(2)", "(3)" that are each only a project's name, over the paragraph
    about it, when at least two such items follow in order."""
    names = {normalise_space(p.name).casefold() for p in found}
    marks = region_marks(text, document)
    items = []
    for item in _PAREN_ITEM.finditer(text, document.start, document.end):
        name = item.group("name").strip()
        bare = _PARENTHESIS.sub("", name)
        if (
            _only_a_name(bare)
            and (
                INFRA.search(name)
                or CITY_PAIR.search(bare)
                or _SPACED_PAIR.search(bare)
                or _CALLED_A_WORK.match(text, item.end())
            )
            and not NOT_A_PROJECT.match(name)
            and normalise_space(name).casefold() not in names
        ):
            items.append((int(item.group("number")), item.start("name"), item.end(), name))
    run = [i for n, i in enumerate(items) if i[0] == n + 1]
    if len(run) < _MIN_LIST:
        return []
    out: list[Project] = []
    for position, (_, start, end, name) in enumerate(run):
        stop = run[position + 1][1] if position + 1 < len(run) else end + 800
        stop = min(stop, document.end, _paragraph_end(text, end, document.end))
        region = region_at(marks, start) or fallback
        out.append(_said_project(document, "paren", text, name, region, start, end, stop))
    return out


def _paragraph_under(text: str, line_end: int, limit: int) -> str:
    """The paragraph under a bullet that is only a name ("■ A6 Almere" over "Het project is
    in realisatie."): the bullet heads it; empty when the next line is another bullet."""
    stop = _paragraph_end(text, line_end + 1, limit)
    below = text[line_end + 1 : stop]
    return "" if below.lstrip().startswith("•") else below


def _paragraph_end(text: str, start: int, limit: int) -> int:
    blank = text.find("\n\n", start, limit)
    return blank if blank >= 0 else limit
