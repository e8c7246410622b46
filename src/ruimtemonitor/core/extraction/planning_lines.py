"""Planning lines and year cells that the date grammar leaves alone.

The grammar rightly ignores a bare year in running text, but a project page lists its
milestones as "2027: Tracébesluit", "2020-2022: openstelling fase 1" or "• 2010
voorkeursbeslissing", and a table gives a year or a quarter in a cell of its own
("Kampen Noordrand | gemeente | 2025-2026", "… | realisatie | openstelling 2027"). Those
are read here, and so is a yearly publication named by its year ("in het MIRT-Overzicht
2020", "uiterlijk bij de Voorjaarsnota 2027"), which the grammar leaves alone as a year in a
name. Numbered steps ("Stap 2 (2017)  projectbesluit") are planning lines too.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ruimtemonitor.core.deadlines import Deadline, Precision
from ruimtemonitor.core.dutch import periods
from ruimtemonitor.core.dutch._date_grammar import FULL_MONTH
from ruimtemonitor.core.dutch.dates import DeadlineMatch

from .ocr_digits import repair_ocr_digits
from .patterns import CELL_SEPARATOR, DOT_LEADER
from .splitting import Document
from .textutil import Spans, iter_lines

__all__ = ["planning_lines", "publication_times"]

# "2027: Tracébesluit", "2020-2022: openstelling", "• 2010 voorkeursbeslissing" (a bullet
# list of milestones needs no colon).
_PLANNING_LINE = re.compile(
    r"^[ \t]*(?:(?P<bullet>[•\-–])[ \t]*)?(?P<when>(?:(?P<q>Q[1-4]|[1-4]e[ \t]+kwartaal)[ \t]+)?"
    r"(?P<y1>(?:19|20)\d{2})(?:[ \t]*[-–/][ \t]*(?P<y2>(?:19|20)\d{2}))?)"
    r"(?:[ \t]*[:–-][ \t]*|(?(bullet)[ \t]+(?=[a-zà-ÿ])|(?!)))"
    r"(?P<what>[^\W\d_][^\n]{2,160})$",  # a milestone in words, not "2024-0000351726"
    re.MULTILINE,
)
# "Stap 2 (2017)  projectbesluit .... afgerond", "Fase 3: 2029 – oplevering": a numbered step
# of a planning with its year, in brackets or after a colon, and the step in words after it.
_STEP_LINE = re.compile(
    r"^[ \t]*(?P<when>(?:[Ss]tap|[Ff]ase|[Mm]ijlpaal)[ \t]+\d{1,2}[a-z]?[ \t]*(?:\(|:[ \t]*)(?P<q>)"
    r"(?P<y1>(?:19|20)\d{2})(?:[ \t]*[-–/][ \t]*(?P<y2>(?:19|20)\d{2}))?\)?)"
    r"(?:[ \t]*[:–-])?[ \t]+(?P<what>[^\W\d_][^\n]{2,160})$",
    re.MULTILINE,
)
# "[provincie Gelderland · 2027 · € 6,2 mln]": an action's line of cells apart by middle dots.
_BRACKET_ROW = re.compile(r"[ \t]*\[(?P<cells>[^\[\]\n]{1,200}·[^\[\]\n]{1,200})\][ \t]*$")
_MIDDLE_DOT = re.compile(r"[^·]+")
_TIME_CELL = re.compile(
    # "dec. 2012": an abbreviated month before the year is read as the year
    # "ca. 2015", "circa 2030": an approximate year is still the year planned
    r"(?P<when>(?:(?:ca\.|circa)[ \t]*)?"
    r"(?:(?:jan|feb|mrt|apr|jun|jul|aug|sept?|okt|nov|dec)\.[ \t]+)?"
    r"(?:(?P<q>Q[1-4]|[1-4]e[ \t]+kwartaal)[ \t]+)?(?P<y1>(?:19|20)\d{2})"
    # "2011 ✓": a check mark after the time ticks a step off, it is no part of the cell
    r"(?:[ \t]*[-–/][ \t]*(?P<y2>(?:19|20)\d{2}))?)[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?"
    r"(?:[✓✔][ \t]*)?$",
    re.IGNORECASE,
)
_APPROX_YEAR = re.compile(r"(?<=[^\W\d_])[ \t]+(?:ca\.|circa)[ \t]*(?:19|20)\d{2}\b")
# "2017 (februari, gerealiseerd) Oplevering …": a year cell with a remark, the next row after it.
_REMARKED_CELL = re.compile(r"\b(?:19|20)\d{2}[ \t]*\([^()\n]{1,40}\)[ \t]+\S")
_PHASE_ROW_YEAR = re.compile(
    r"\b(?:onderzoek|verkenning|planuitwerking|realisatie)[ \t]+(?P<when>(?P<q>)"
    r"(?P<y1>(?:19|20)\d{2})(?:[ \t]*[-–][ \t]*(?P<y2>(?:19|20)\d{2}))?)[ \t]*$",
    re.IGNORECASE,
)

# "… | realisatie | openstelling 2027": a step in words and its year, the last cell of a row.
# "eerste bijstelling 2026", "herziening 2025": a version of the document, no step.
_STEP_CELL = re.compile(
    r"(?!(?:prijspeil|peiljaar|basisjaar|peildatum|stand|begroting|prognose)\b)"
    r"(?!(?:[a-zà-ÿ]+[ \t]+)?(?:bijstelling|herziening|actualisatie|versie|editie|generatie|"
    r"uitgave)\b)"
    r"[a-zà-ÿ][\w/.-]*(?:[ \t][a-zà-ÿ][\w/.-]*)?[ \t]+"
    r"(?P<when>(?P<q>)(?P<y1>(?:19|20)\d{2})(?:[ \t]*[-–][ \t]*(?P<y2>(?:19|20)\d{2}))?)[ \t]*$",
)
# A row with three or more cells that are a bare year heads the year columns of a budget
# table (a kasritme): the columns say where money goes, no time something happens.
_YEAR_COLUMN = re.compile(r"(?:19|20)\d{2}")
_YEAR_COLUMNS = 3
_TOTAL = re.compile(r"(?i:totaal|total|som)")
# "Mijlpalen:" over "Voorkeursbeslissing 2021" / "Tracébesluit 2024": under such a label a
# milestone and its year stand on one line with a single space between them (or a colon),
# also as a bulleted list ("- Start bouw: 2031").
# "Planning (stand 1 maart 2031)": the label may carry a remark in brackets.
_MILESTONE_LABEL = re.compile(
    r"(?i:mijlpalen|planning|tijdpad)(?:[ \t]*\([^()\n]{1,40}\))?[ \t]*:?"
)
_MILESTONE_LINE = re.compile(
    r"[ \t]*(?:[-–•*][ \t]+)?[^\W\d_][^\n]{1,60}?[ \t]+(?P<when>(?P<q>)(?P<y1>(?:19|20)\d{2})"
    r"(?:[ \t]*[-–][ \t]*(?P<y2>(?:19|20)\d{2}))?)[ \t]*$"
)
# "Oplevering          : 2031 (verwacht)" under such a label: a step, a colon and its year
# aligned in a column, a remark in brackets after it.
_MILESTONE_COLON_LINE = re.compile(
    r"[ \t]*(?:[-–•*][ \t]+)?[^\W\d_][^\n:]{1,50}?[ \t]*:[ \t]*(?P<when>(?P<q>)"
    r"(?P<y1>(?:19|20)\d{2})(?:[ \t]*[-–][ \t]*(?P<y2>(?:19|20)\d{2}))?)[ \t]*"
    r"(?:\([^()\n]{1,40}\)[ \t]*)?$"
)
# "2031 Start bouw" under such a label: the year first, the milestone after one space.
_YEAR_FIRST_LINE = re.compile(
    r"[ \t]*(?:[-–•*][ \t]+)?(?P<when>(?P<q>)(?P<y1>(?:19|20)\d{2})(?P<y2>))[ \t]+"
    r"[^\W\d_][^\n]{1,60}$"
)
_MAX_MILESTONE = 70
# "Wie: provincie / Wanneer: 2025-2028 / Middelen: …": a year or years after a label that
# says when a step is done, also inside a line (labels apart by a long dash or a middle dot
# as well: "Trekker: … — Gereed: 2026 — Middelen: …"), or closing a sentence ("Wanneer: 2031.").
_LABELLED_WHEN = re.compile(
    r"(?<![^\W\d_])(?i:wanneer|gereed|termijn|planning|looptijd)[ \t]*:[ \t]*"
    # "dec. 2012": an abbreviated month before the year is read as the year
    r"(?P<when>(?:(?:jan|feb|mrt|apr|jun|jul|aug|sept?|okt|nov|dec)\.[ \t]+)?"
    r"(?:(?P<q>Q[1-4]|[1-4]e[ \t]+kwartaal)[ \t]+)?(?P<y1>(?:19|20)\d{2})"
    r"(?:[ \t]*[-–/][ \t]*(?P<y2>(?:19|20)\d{2}))?)"
    # "Gereed : 2020 (verwacht)": a remark in brackets may follow the year
    r"(?=[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?(?:$|[/|;,—–·]|[ \t]{2})|\.(?:[ \t]|$))"
)
# "Wanneer?   start bouw 2031, oplevering 2034": steps in words, each with its year, listed
# after a label that asks or says when (also where cleaning joined it to the line before);
# each is a time quoted with its step.
_WHEN_LABEL = re.compile(r"(?<!\S)(?i:wanneer|gereed|termijn|planning)[ \t]*[:?][ \t]*")
# "Wanneer:  dinsdag 18 maart 2025, …": a month after a day number is a date's, not a step's.
_WHEN_STEP = re.compile(
    r"(?<![\w-])(?<!\d[ \t])"
    r"(?P<when>(?P<q>)[a-zà-ÿ][\w/.-]*(?:[ \t][a-zà-ÿ][\w/.-]*)?[ \t]+(?P<y1>(?:19|20)\d{2})"
    r"(?P<y2>))(?=[ \t]*(?:[,;.]|$))"
)
# Cells apart by spaces, bars or a dot leader ("Openstelling ........ 2026"), and in a row
# exported with semicolons ("2b;Knooppunt;…;RWS;2026 - 2029;n.t.b.") by those.
_LEADER_CELLS = re.compile(rf"{CELL_SEPARATOR.pattern}|{DOT_LEADER.pattern}")
_SEMICOLON_CELLS = re.compile(rf"{_LEADER_CELLS.pattern}|[ \t]*;[ \t]*")
_MIN_SEMICOLONS = 3
_COVER_LINES = 4  # a lone year among the first lines of a document is its cover, no cell
_PUBLICATION = re.compile(
    # "uiterlijk bij de Voorjaarsnota 2027", "vóór de Miljoenennota 2026": by that moment
    r"\b(?P<when>(?:[Uu]iterlijk[ \t\n]+)?(?:[Ii]n|[Bb]ij|[Vv]óór|[Vv]oor)[ \t\n]+"
    r"(?:het|de)[ \t\n]+(?:MIRT[- ]?[Oo]verzicht|(?:MIRT[- ])?"
    r"[Pp]rojectenboek|[Vv]oorjaarsnota|[Nn]ajaarsnota|[Mm]iljoenennota)[ \t\n]+(?:van[ \t\n]+)?"
    r"(?P<y1>(?:19|20)\d{2}))(?![\d/–-])(?P<q>)(?P<y2>)"
)

# "in het Projectenboek 2010 (verschijnt op Prinsjesdag 2009)": the day it appears is the time.
_APPEARS = re.compile(r"[ \t\n]*\((?:verschijnt|verschijning|uit)\b[^()\d]{0,40}\d", re.IGNORECASE)


def publication_times(
    text: str, document: Document, taken: list[tuple[int, int]]
) -> list[DeadlineMatch]:
    """ "in het MIRT-Overzicht 2020": the year of a yearly publication something goes in."""
    index = Spans(taken)
    out: list[DeadlineMatch] = []
    for match in _PUBLICATION.finditer(text, document.start, document.end):
        if _APPEARS.match(text, match.end()):
            continue  # "(verschijnt op Prinsjesdag 2009)": the bracket dates it
        if not index.overlaps(match.start("when"), match.end("when")):
            item = _planned(match)
            if item is not None:
                out.append(item)
    return out


def planning_lines(
    text: str,
    document: Document,
    taken: list[tuple[int, int]],
    original: Callable[[int, int], tuple[str, int, int]] | None = None,
) -> list[DeadlineMatch]:
    """ "2027: Tracébesluit" lines and year cells of tables, when the grammar has not read them.

    ``original`` gives the source text and the span a cleaned span came from: a row whose
    cleaning joined a wrapped cell of the next line onto its last cell is read as written."""
    out: list[DeadlineMatch] = []
    index = Spans(taken)
    lines = list(iter_lines(text, document.start, document.end))
    filled = [p for p, (s, e) in enumerate(lines) if text[s:e].strip()]
    cover = filled[_COVER_LINES - 1] if len(filled) >= _COVER_LINES else -1
    milestones = False  # inside the list under a "Mijlpalen:" or "Planning" label
    for position, (line_start, line_end) in enumerate(lines):
        line = text[line_start:line_end].strip()
        if _MILESTONE_LABEL.fullmatch(line):
            milestones = True
            continue
        if milestones and (not line or len(line) > _MAX_MILESTONE or ". " in line):
            milestones = False
        planned = _PLANNING_LINE.match(text, line_start, line_end) or _STEP_LINE.match(
            text, line_start, line_end
        )
        if planned is None and milestones:
            planned = _MILESTONE_COLON_LINE.match(text, line_start, line_end)
        if planned is None and milestones and len(_cells(line)) < 2:
            # a row of cells ("Start bouw<TAB>2022<TAB>september 2022") is read cell by cell
            planned = _MILESTONE_LINE.match(text, line_start, line_end) or _YEAR_FIRST_LINE.match(
                text, line_start, line_end
            )
        bracketed = _BRACKET_ROW.match(text, line_start, line_end)
        if planned is not None:
            found = [planned]
        elif bracketed is not None:
            found = _bracket_cells(text, bracketed)
        elif _year_header(text, line_start, line_end):
            found = []
        else:
            found = _time_cells(text, line_start, line_end)
            one_cell = len(_cells(text[line_start:line_end]))
            if (
                found
                and one_cell < 2
                and not _PHASE_ROW_YEAR.search(text, line_start, line_end)
                and (position <= cover or not _in_flat_table(text, lines, position))
            ):
                found = []
            elif found and one_cell < 2 and _in_year_run(text, lines, position):
                found = []  # "2019" / "2020" / "2021": year columns of a table one cell per line
            elif (
                one_cell >= 2
                and original is not None
                # none read yet, or only times the grammar has, or a year cell with a remark
                # that the next row was joined onto: read the rows as written
                and (
                    all(index.overlaps(m.start("when"), m.end("when")) for m in found)
                    or _REMARKED_CELL.search(text, line_start, line_end)
                    # "realisatie ca. 2015 .... openstelling": the next row's year cell joined
                    or _APPROX_YEAR.search(text, line_start, line_end)
                )
            ):
                starts = {m.start("when") for m in found}
                found += [
                    m
                    for m in _original_row_cells(text, line_start, line_end, original)
                    if m.start("when") not in starts
                ]
        label = _WHEN_LABEL.search(text, line_start, line_end)
        if label is not None and not found:
            found = list(_WHEN_STEP.finditer(text, label.end(), line_end))
        starts = {m.start("when") for m in found}
        found.extend(
            m
            for m in _LABELLED_WHEN.finditer(text, line_start, line_end)
            if m.start("when") not in starts
        )
        for match in found:
            if index.overlaps(match.start("when"), match.end("when")):
                continue
            if position and _wraps_day_above(text, lines[position - 1], match.start("when")):
                continue  # "vóór 1 maart" over "2015": the year of the cell above, read there
            item = _planned(match)
            if item is not None:
                out.append(item)
    return out


def _bracket_cells(text: str, row: re.Match[str]) -> list[re.Match[str]]:
    """The year cells of a bracketed line of cells apart by middle dots."""
    found = []
    for part in _MIDDLE_DOT.finditer(text, row.start("cells"), row.end("cells")):
        cell = part.group().strip()
        at = text.find(cell, part.start(), part.end()) if cell else -1
        match = _TIME_CELL.match(text, at, at + len(cell)) if at >= 0 else None
        if match is not None:
            found.append(match)
    return found


def _time_cells(text: str, line_start: int, line_end: int) -> list[re.Match[str]]:
    """Year cells of a table row ("Kampen Noordrand | gemeente | 2025-2026")."""
    row = _PHASE_ROW_YEAR.search(text, line_start, line_end)
    if row is not None:
        return [row]
    line = text[line_start:line_end]
    cells: list[re.Match[str]] = []
    position = line_start
    parts = _cells(line)
    if _year_header(text, line_start, line_end):
        return []
    for number, part in enumerate(parts):
        stripped = part.strip()
        if not stripped:
            continue
        at = text.find(stripped, position, line_end)
        if at < 0:
            continue
        position = at + len(stripped)
        cell = _TIME_CELL.match(text, at, at + len(stripped))
        if cell is None and number == len(parts) - 1 and len(parts) >= 3:
            cell = _STEP_CELL.match(text, at, at + len(stripped))
        if cell is not None:
            cells.append(cell)
    return cells


# "1.600", "600", "12,5", "€ 300", "-": a cell of an amount, or an empty one, in a budget row.
_AMOUNT_CELL = re.compile(r"(?:€[ \t]*)?\d{1,3}(?:\.\d{3})*(?:,\d+)?|[-–]")


def _amounts_below(text: str, line_end: int, years: int) -> bool:
    """The next row holds a label and one amount per year column ("Post  2031  2032" over
    "Rotonde  1.200  -"): the years head the columns of a budget table."""
    following = text.find("\n", line_end + 1)
    row = text[line_end + 1 : following if following >= 0 else len(text)]
    parts = [p.strip() for p in _cells(row)]
    amounts = [p for p in parts if _AMOUNT_CELL.fullmatch(p)]
    return (
        len(parts) == years + 1 and len(amounts) == years and not _AMOUNT_CELL.fullmatch(parts[0])
    )


def _year_header(text: str, line_start: int, line_end: int) -> bool:
    """ "Kasritme  2010  2011  2012 …", "Project | 2027 | 2028 | Totaal", "Post  2031  2032"
    over a row of amounts: the header of a table's year columns."""
    parts = _cells(text[line_start:line_end])
    years = sum(1 for part in parts if _YEAR_COLUMN.fullmatch(part.strip()))
    return (
        years >= _YEAR_COLUMNS
        or (years >= 2 and any(_TOTAL.fullmatch(p.strip()) for p in parts))
        or (years >= 2 and _amounts_below(text, line_end, years))
    )


def _original_row_cells(
    text: str,
    line_start: int,
    line_end: int,
    original: Callable[[int, int], tuple[str, int, int]],
) -> list[re.Match[str]]:
    """Year cells that end a row of the source ("… | provincie | 2025-2028") where the cleaned
    line goes on with the next line's wrapped cell ("2025-2028 sing van bedrijven")."""
    source, start, end = original(line_start, line_end)
    found: list[re.Match[str]] = []
    position = line_start  # rows come in order: a year written twice is found twice
    for row_start, row_end in iter_lines(source, start, end):
        row = repair_ocr_digits(source[row_start:row_end])  # "20l7" as cleaning reads it
        if len(_cells(row)) < 2:
            continue
        for cell in _time_cells(row, 0, len(row)):
            written = cell.group("when")
            at = text.find(written, position, line_end)
            again = _TIME_CELL.match(text, at, at + len(written)) if at >= 0 else None
            if again is not None:
                found.append(again)
                position = at + len(written)
    return found


def _cells(line: str) -> list[str]:
    """The filled cells of a row: apart by spaces, bars or dot leaders, or by semicolons in
    an export."""
    separator = _SEMICOLON_CELLS if line.count(";") >= _MIN_SEMICOLONS else _LEADER_CELLS
    return [part for part in separator.split(line) if part.strip()]


# "vóór 1 maart", "uiterlijk 30 juni": a cell that ends on a day and month without a year.
_DAY_MONTH_END = re.compile(rf"\b\d{{1,2}}[ \t]+(?:{FULL_MONTH})$", re.IGNORECASE)
# A cell: words apart by single blanks, up to two blanks or the line's end.
_CELL_AT = re.compile(r"\S+(?:[ \t]\S+)*")
_SAME_COLUMN = 2


def _wraps_day_above(text: str, above: tuple[int, int], at: int) -> bool:
    """A year cell right under a cell, in the same column, that ends on a day and month with
    no year: the cell wraps ("vóór 1 maart" over "2015"), its time is the date above."""
    column = at - (text.rfind("\n", 0, at) + 1)
    row = text[above[0] : above[1]]
    for cell in _CELL_AT.finditer(row):
        if abs(cell.start() - column) <= _SAME_COLUMN:
            return _DAY_MONTH_END.search(cell.group()) is not None
    return False


def _in_year_run(text: str, lines: list[tuple[int, int]], position: int) -> bool:
    """A lone year among three or more lone years in a row: headers of year columns."""

    def year_at(index: int) -> bool:
        if not 0 <= index < len(lines):
            return False
        return _YEAR_COLUMN.fullmatch(text[lines[index][0] : lines[index][1]].strip()) is not None

    run = 1
    index = position - 1
    while year_at(index):
        run, index = run + 1, index - 1
    index = position + 1
    while year_at(index):
        run, index = run + 1, index + 1
    return run >= _YEAR_COLUMNS


def _in_flat_table(text: str, lines: list[tuple[int, int]], position: int) -> bool:
    """A lone year is a table cell when the lines around it are short cells too."""
    around = [
        text[s:e].strip()
        for index, (s, e) in enumerate(lines[max(0, position - 2) : position + 3])
        if index != min(position, 2)
    ]
    if sum(1 for line in around if 0 < len(line) <= 45) >= 3:
        return True
    # A wider look when one neighbour is a long cell or two cells joined by cleaning, or the
    # table ends the text: two thirds of up to three lines either side are short cells.
    wider = [
        text[s:e].strip()
        for index, (s, e) in enumerate(lines[max(0, position - 3) : position + 4])
        if index != min(position, 3)
    ]
    short = sum(1 for line in wider if 0 < len(line) <= 50)
    return len(wider) >= 3 and 3 * short >= 2 * len(wider)


def _planned(match: re.Match[str]) -> DeadlineMatch | None:
    first = int(match.group("y1"))
    last = int(match.group("y2") or first)
    if last < first:
        return None
    quarter = match.group("q")
    if quarter:
        number = int(quarter[1] if quarter.upper().startswith("Q") else quarter[0])
        begin, end = periods.quarter(last, number)
        precision = Precision.QUARTER
    else:
        begin, end = periods.year(first)[0], periods.year(last)[1]
        precision = Precision.YEAR
    deadline = Deadline(match.group("when"), begin, end, precision)
    return DeadlineMatch(match.start("when"), match.end("when"), deadline, "in", None, None)
