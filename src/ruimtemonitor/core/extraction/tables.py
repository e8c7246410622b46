"""Amounts in flattened tables: a caption gives the unit, the cells give bare numbers.

"Financieel overzicht (x € 1 mln., prijspeil 2017)" followed by rows that a PDF export
flattens to one cell per line ("A58 Eindhoven–Tilburg", "planuitwerking", "206", "233")
holds money that no running-text parser sees, because the cells carry no currency. A
cell is read as an amount when it is only a number or a range and a caption with a money
unit stands above it in the same table (no blank gap of two lines in between).

When the unit stands in one cell of the header row ("Aantal woningen   Bijdrage (x € 1 mln)"),
it is the unit of that column only: the other columns count homes or agreements. Rows apart
by spaces are matched to the header by position, rows apart by bars by cell number, and a
table flattened one cell per line is regrouped into rows of the header's width first.
"""

from __future__ import annotations

import re
from decimal import Decimal

from ruimtemonitor.core.dutch.amounts import AmountMatch

from .patterns import CELL_SEPARATOR, DOT_LEADER, NOT_MID_BLANKS
from .row_totals import row_totals
from .textutil import iter_lines

__all__ = ["table_amounts"]

# Blanks only at a run's start, each run of them taken whole (a line of blanks stays linear).
_CAPTION = re.compile(
    rf"(?:x|in|bedragen\s+in|{NOT_MID_BLANKS})\s*+(?:€|euro)?\s*+(?:1\s*+)?"
    r"(?P<unit>mln|miljoen|miljoenen|mld|"
    r"miljard|miljarden|(?<=€ )1\.000|(?<=€)1\.000|duizenden)\.?(?:\s+(?:euro|€))?\s*+"
    r"(?:[,)]|:?$|(?<=\s)prijspeil)",
    re.IGNORECASE,
)
# "(x € 1 mln.)", "(bedragen in mln. euro)", "(x € 1.000, prijspeil 2010)"
_CAPTION_LINE = re.compile(
    r"\((?:x\s*)?€\s*(?:1\s*)?(?:mln|mld)|bedragen\s+(?:x|in)\s"
    r"|\((?:mln|mld|miljoen|miljard)\.?\s+(?:euro\b|€)|\(x\s*€\s*1\.000\b"
    r"|^\s*x\s*€\s*(?:1\s*)?(?:mln|mld|1\.000)\b",
    re.I,
)
# More ways to write a table's unit in brackets: "(bedragen in k€)", "(in M€)", "(x 1.000
# euro)", "(x € 1.000.000)", "(in duizenden euro's)", "(x mln euro)".
_SCALED_CAPTION = re.compile(
    r"\((?:bedragen\s+)?(?:x|in)\s*(?:(?P<sign>[kKM])(?:€|EUR)"
    r"|(?:€\s*(?:x\s*)?)?(?P<thousands>1\.000(?:\.000)?)\s*(?:euro|€)?"
    r"|(?P<words>duizenden|miljoenen)\s+euro(?:['’]s)?"
    r"|(?P<short>mln|mld)\.?\s+(?:euro|€))\s*(?:[,;)]|\s+prijspeil)",
    re.I,
)
# The same units with the sign and the scale in any order: "(x € 1 miljoen)", "(€ x 1 mln)",
# "(in euro x 1 miljoen)", "(x 1 mln euro)", "(x EUR 1 mln)", "(€ x 1.000)". Without "x" or
# "in" before it only a sign with "x" or a bare scale word counts: "(€ 1 mln)" is a sum.
_SCALE_WORD = r"(?:mln|miljoen|mld|miljard|mrd)\.?"
_SCALE_ANY = rf"(?:(?:1\s*)?{_SCALE_WORD}|1\.000(?:\.000)?)"
_SIGN = r"(?:€|euro|EUR)"
_LOOSE_CAPTION = re.compile(
    rf"\((?:(?:bedragen\s+)?(?:x|in)\s*(?:{_SIGN}\s*(?:x\s*)?{_SCALE_ANY}|{_SCALE_ANY}\s*{_SIGN})"
    rf"|{_SIGN}\s*x\s*{_SCALE_ANY}|{_SIGN}\s*{_SCALE_WORD})\s*(?:[,;)]|\s+prijspeil)",
    re.I,
)
# The same without brackets after "bedragen" or at the start of a line: "Alle bedragen in
# € x 1.000.", "Tabel 1: bijdragen in € mln", "Bedragen in k€", "in € x 1.000 (prijspeil …)".
_WORDED_CAPTION = re.compile(
    rf"(?:^[ \t]*|(?<![^\W\d_])(?:alle[ \t]+)?(?:bedragen|bijdragen)[ \t]+)(?:x|in)[ \t]*"
    rf"(?:{_SIGN}[ \t]*(?:x[ \t]*)?{_SCALE_ANY}|{_SCALE_ANY}[ \t]*{_SIGN}|(?P<sign>[kKM])(?:€|EUR)"
    # "Bedragen in miljoenen euro's", "bijdragen in duizenden €"
    r"|(?P<words>duizenden|miljoenen|miljarden)[ \t]+(?:euro(?:['’]s)?|€))"
    r"\.?[ \t]*(?:[,;()]|prijspeil|:?[ \t]*$)",
    re.I,
)
# A line that holds only the unit ("x € 1.000", "(x € mln)"): no header cell of its own.
_UNIT_ONLY = re.compile(
    r"^[ \t]*\(?[ \t]*(?:bedragen[ \t]+)?(?:x|in)[ \t]*€[ \t]*(?:1[ \t]*)?"
    r"(?:mln|mld|miljoen|miljard|1\.000)\.?[ \t]*\)?[ \t]*$",
    re.I,
)
# A cell that holds a number or says the cell is empty ("-", "p.m.", "n.v.t.").
_EMPTY_CELL = re.compile(r"^(?:[-–—]|p\.?m\.?|n\.?v\.?t\.?|nvt|PM)$", re.I)
_MAX_WIDTH = 8
_MAX_CELL = 60
# A line of running text (a sentence of eight words or more) ends a table: what follows, such
# as a page footer "Projectenboek 2013 | 84", is no cell of it.
_PROSE = re.compile(r"^[ \t]*[^\W\d_]\S*(?:[ \t]\S+){7,}$")
# A full stop that ends a sentence; not that of an empty cell ("p.m.", "n.t.b.", "n.v.t.").
_SENTENCE_END = re.compile(r"(?<!\bp\.m)(?<!\bn\.t\.b)(?<!\bn\.v\.t)\.(?:[ \t]|$)")
# "(bedragen in euro)", "Bedrag (€)": whole euros, read only from cells with thousands
# separators ("17.500.000"), so a number column beside them is never money.
# A remark may come first: "Actietabel (export; bedragen in euro)".
_EURO_CAPTION = re.compile(
    r"\(\s*(?:[^()\n]{1,40}[;,][ \t]*)?(?:bedragen\s+)?(?:in|x)\s+(?:euro(?:['’]s)?|€)"
    r"\s*(?:1\s*)?\)",
    re.I,
)
# "Bedrag", "Dekking", or any label with the sign in brackets ("Rijk (€)", "Bijdrage regio
# (euro)"): a column in whole euros.
_EURO_COLUMN = re.compile(
    r"^(?:(?:bedrag(?:en)?|lasten|baten|dekking|kosten|krediet|budget|bijdrage)(?:\s*\(€\))?"
    r"|[^\W\d_][\w .'’-]{0,30}\((?:€|euro|EUR)\))$",
    re.I,
)
_NUMBER = r"\d{1,3}(?:\.\d{3})+(?:,\d{1,3})?|\d{1,4}(?:,\d{1,3})?"
# "-600" under "Subsidie" in a table of costs: a sign glued to the figure writes a deduction,
# still a sum of money (its size is read, the sign is the row's business).
_CELL = re.compile(
    rf"^[ \t]*(?:[-–−](?=\d))?(?:€[ \t]*)?(?P<n1>{_NUMBER})(?:[ \t]*[-–][ \t]*(?:€[ \t]*)?"
    rf"(?P<n2>{_NUMBER}))?"
    # "2,4 (provincie en" over "gemeente samen)": a remark in words after the figure, the
    # cell merged over two columns and wrapped
    r"(?P<remark>[ \t]+\((?=[^\W\d_])[^()\d\n]*\)?)?[ \t]*$"
)
_WHOLE_EUROS = re.compile(r"\d{1,3}(?:\.\d{3})+")
# Cells apart by spaces or bars, by a dot leader ("Stadsregio ........ 50,0"), and in a row
# exported with semicolons ("3a;Actie;…;7.500.000") by those.
_LEADER = re.compile(rf"{CELL_SEPARATOR.pattern}|{DOT_LEADER.pattern}")
_LEADER_OR_SEMICOLON = re.compile(rf"{_LEADER.pattern}|[ \t]*;[ \t]*")
_MIN_SEMICOLONS = 3
# A row flattened with slashes between its cells ("Kademuur Oost / 3 / 1,5 / 4,5"): two or
# more " / " with a space on both sides; "2/3" or "A7/N354" are no cell edges.
_LEADER_OR_SLASH = re.compile(rf"{_LEADER.pattern}|[ \t]+/[ \t]+")
_MIN_SLASHES = 2
_SCALES = {
    "mln": 6,
    "miljoen": 6,
    "miljoenen": 6,
    "mld": 9,
    "miljard": 9,
    "miljarden": 9,
    "1.000": 3,
    "duizenden": 3,
}
_MAX_TABLE_LINES = 80
# A row flattened with single spaces ("Veldhoek Noord 12.000 80 40", "Bijdrage A9 500.000
# - - 500.000"): a label, then only numbers, ranges and empty cells up to the line end. Read
# only from the caption down to the first blank line, where no cell edges are left to see.
_FLAT_TOKEN = rf"(?:{_NUMBER}|[-–—]|p\.m\.?|n\.v\.t\.?)"
# A status cell in words may close the row ("Rijk 450 toegezegd", "Regio 210 nieuw; besluit
# volgt"): a lower-case word that is no unit of the number before it.
_FLAT_ROW = re.compile(
    rf"^[ \t]*(?P<label>[^\W\d_][^\n]*?\S)[ \t]+(?P<cells>{_FLAT_TOKEN}(?:[ \t]{_FLAT_TOKEN})*)"
    r"(?:[ \t]+(?-i:(?!(?:mln|mld|miljoen|miljard|euro|duizend|procent|keer|woningen|ha|km)\b)"
    r"[a-zà-ÿ][^\n]*))?[ \t]*$",
    re.I,
)
_FLAT_RANGE = re.compile(rf"(?P<n1>{_NUMBER})[ \t][-–][ \t](?P<n2>{_NUMBER})$")
_MAX_FLAT_LABEL_WORDS = 8
# Header words of a column that counts (homes, hectares) rather than pays: "Gebied Woningen
# Bijdrage Rijk" puts the homes before the money.
_COUNT_HEAD = re.compile(
    r"\b(?:woningen|aantal|ha|hectare|km|kilometer|banen|arbeidsplaatsen|plaatsen)\b", re.I
)
_MONEY_HEAD = re.compile(
    r"\b(?:bijdrage|bijdragen|rijk|regio|totaal|budget|kosten|raming|cofinanciering|bedrag)\b",
    re.I,
)


def _value(written: str, exponent: int) -> Decimal:
    number = written.replace(".", "").replace(",", ".")
    return Decimal(number).scaleb(exponent).quantize(Decimal(1))


def _scaled_caption(line: str) -> int | None:
    """The power of ten of a caption written in one of the further ways, or None."""
    found = _SCALED_CAPTION.search(line)
    if found is None:
        loose = _LOOSE_CAPTION.search(line) or _WORDED_CAPTION.search(line)
        if loose is None:
            return None
        if loose.groupdict().get("sign"):
            return 3 if loose.group("sign").lower() == "k" else 6
        if loose.groupdict().get("words"):
            return {"duizenden": 3, "miljoenen": 6}.get(loose.group("words").lower(), 9)
        unit = loose.group().lower()
        if "1.000" in unit:
            return 6 if "1.000.000" in unit else 3
        return 9 if re.search(r"mld|miljard|mrd", unit) else 6
    if found.group("sign"):
        return 3 if found.group("sign").lower() == "k" else 6
    if found.group("thousands"):
        return 3 * found.group("thousands").count(".")
    if found.group("words"):
        return 3 if found.group("words").lower() == "duizenden" else 6
    return 6 if found.group("short").lower() == "mln" else 9


def _euro_header(line: str) -> bool:
    """A header row that names a money column: "Omschrijving   Lasten   Dekking"."""
    cells = [cell.strip() for cell in CELL_SEPARATOR.split(line.strip()) if cell.strip()]
    return len(cells) >= 2 and any(_EURO_COLUMN.match(cell) for cell in cells)


def _slash_row(line: str) -> bool:
    """A row flattened with " / " between its cells."""
    return len(re.findall(r"[ \t]/[ \t]", line)) >= _MIN_SLASHES


def _number_cells(line: str) -> list[tuple[int, int, re.Match[str]]]:
    """The cells of a row that hold only a number or a range, with their number among the
    row's cells: one cell per line, or a row whose cells stand apart by runs of spaces
    ("N18 Varsseveld–Enschede   254   37,5")."""
    cells: list[tuple[int, int, re.Match[str]]] = []
    position = 0
    number = -1
    separator = _LEADER
    if line.count(";") >= _MIN_SEMICOLONS:
        separator = _LEADER_OR_SEMICOLON
    elif _slash_row(line):
        separator = _LEADER_OR_SLASH
    for part in separator.split(line):
        at = line.index(part, position) if part else position
        position = at + len(part)
        if part.strip():
            number += 1
        cell = _CELL.match(part)
        if cell is not None and not re.fullmatch(r"(?:19|20)\d{2}", cell.group("n1")):
            cells.append((number, at, cell))
    return cells


class _Columns:
    """The columns of a header row that carry the unit: by position (cells apart by spaces)
    or by cell number (cells apart by bars)."""

    def __init__(self, line: str) -> None:
        slashes = _slash_row(line)
        self.by_number = "|" in line or slashes
        self.starts: list[int] = []
        self.money: set[int] = set()
        position = 0
        for part in (_LEADER_OR_SLASH if slashes else CELL_SEPARATOR).split(line):
            if not part.strip():
                continue
            at = line.index(part, position)
            position = at + len(part)
            if _CAPTION_LINE.search(part) and _CAPTION.search(part):
                self.money.add(len(self.starts))
            self.starts.append(at)

    def holds_money(self, number: int, at: int, width: int) -> bool:
        if self.by_number:
            return number in self.money
        column = sum(1 for start in self.starts if start <= at + width - 1) - 1
        return column in self.money


def _header_columns(line: str) -> _Columns | None:
    """The header row of a table whose unit stands in some of its cells, not all of them;
    a caption with a label before it ("Bijlage  Overzicht (bedragen in mln. euro)") is none,
    and so is a unit over the label column ("Kasritme (x € mln)  2019  2020"): it is the
    unit of the whole table."""
    columns = _Columns(line)
    if len(columns.starts) < 3 or not columns.money or columns.money == {0}:
        return None
    return columns


def _cell_like(line: str) -> bool:
    """A short line that is no sentence ("Nr." and "p.m." end in a dot, yet are cells)."""
    if not line or len(line) > _MAX_CELL:
        return False
    return len(line.split()) < 4 or not _SENTENCE_END.search(line)


def _numeric(line: str) -> bool:
    return bool(_CELL.match(line) or _EMPTY_CELL.match(line))


def _vertical_money_lines(stripped: list[str], caption: int) -> set[int] | None:
    """The lines holding the money column of a table flattened one cell per line whose unit
    stands in one header cell ("Gebied" / "Aantal woningen" / "Bijdrage (x € 1 mln)"), or
    None when the unit stands apart (a caption or a lone unit line) and covers every cell.

    The rows are found as the grouping that covers most lines with every row holding numbers
    in the same cells (the narrowest first); the header is the width's lines before them."""
    top = caption
    while top > 0 and caption - top < _MAX_WIDTH and _cell_like(stripped[top - 1]):
        if _numeric(stripped[top - 1]):
            break
        top -= 1
    cells = [top + k for k in range(caption - top + 1)]
    index = caption + 1
    while index < len(stripped) and _cell_like(stripped[index]) and len(cells) < 200:
        if not _UNIT_ONLY.match(stripped[index]):
            cells.append(index)
        index += 1
    kinds = [_numeric(stripped[i]) for i in cells]
    first = next((k for k, i in enumerate(cells) if i > caption and kinds[k]), None)
    if first is None:
        return None
    best: tuple[int, int, int] | None = None  # (rows, width, row start)
    for width in range(2, _MAX_WIDTH + 1):
        for lead in range(width - 1, -1, -1):  # a row may open with a number ("1", "Dijk")
            begin = first - lead
            if begin - width < 0:
                continue
            header = kinds[begin - width : begin]
            pattern = kinds[begin : begin + width]
            if any(header) or len(pattern) < width or all(pattern) or not any(pattern):
                continue
            rows = 1
            while kinds[begin + rows * width : begin + (rows + 1) * width] == pattern:
                rows += 1
            if rows >= 2 and (best is None or rows * width > best[0] * best[1]):
                best = (rows, width, begin)
    if best is None:
        return None
    rows, width, begin = best
    header = cells[begin - width : begin]
    if caption not in header or _UNIT_ONLY.match(stripped[caption]):
        return None
    column = header.index(caption)
    if column == 0:
        return None  # the unit over the label column is the unit of the whole table
    return {cells[begin + row * width + column] for row in range(rows)}


def _flat_cells(line: str) -> list[tuple[int, str]] | None:
    """The number cells of a row flattened with single spaces, as (offset, written), or
    None when the line is no such row."""
    if CELL_SEPARATOR.search(line.strip()):
        return None
    row = _FLAT_ROW.match(line)
    if row is None or len(row.group("label").split()) > _MAX_FLAT_LABEL_WORDS:
        return None
    if re.search(r"[.;:!?]$|(?:19|20)\d{2}$", row.group("label")):
        return None
    cells_text = row.group("cells")
    base = row.start("cells")
    tokens = [(m.start() + base, m.group()) for m in re.finditer(r"\S+", cells_text)]
    cells: list[tuple[int, str]] = []
    index = 0
    while index < len(tokens):
        at, token = tokens[index]
        if (
            index + 2 < len(tokens)
            and tokens[index + 1][1] in "-–"
            and re.fullmatch(_NUMBER, token)
            and re.fullmatch(_NUMBER, tokens[index + 2][1])
            and _value(tokens[index + 2][1], 0) > _value(token, 0)
            and not row_totals([t for _, t in tokens])
        ):  # "2.150 - 2.300" rises: a range; "400 - 400" are three cells
            cells.append((at, line[at : tokens[index + 2][0] + len(tokens[index + 2][1])]))
            index += 3
            continue
        cells.append((at, token))
        index += 1
    return cells


_FLAT_LAST = frozenset("0123456789-–—")


def flat_row(line: str) -> tuple[int, int] | None:
    """Where the label of a row flattened with single spaces starts and ends ("Veldhoek
    Noord 12.000 80 40", "Kanaalzone (nieuw) 1.100 p.m. p.m."), when at least two cells
    follow it; else None."""
    end = line.rstrip()
    if not (end[-1:] in _FLAT_LAST or end.casefold().endswith(("p.m", "p.m.", "n.v.t", "n.v.t."))):
        return None  # most lines end in a word: no row of figures, no regex needed
    cells = _flat_cells(line)
    if cells is None or len(cells) < 2:
        return None
    row = _FLAT_ROW.match(line)
    return (row.start("label"), row.end("label")) if row is not None else None


def _count_columns(header: str, width: int) -> set[int]:
    """The numeric columns of a single-spaced header that count rather than pay."""
    count = _COUNT_HEAD.search(header)
    if count is None:
        return set()
    money = _MONEY_HEAD.search(header)
    if money is None or money.start() > count.start():
        return {0}
    return {width - 1}


def table_amounts(text: str, start: int, end: int) -> list[AmountMatch]:
    """Amounts in the cells of captioned tables within ``text[start:end]``."""
    found: list[AmountMatch] = []
    exponent: int | None = None
    lines_left = 0
    blanks = 0
    columns: _Columns | None = None  # a header row with the unit in some of its cells
    money_lines: set[int] | None = None  # the money column of a table one cell per line
    spans = list(iter_lines(text, start, end))
    stripped = [text[s:e].strip() for s, e in spans]
    flat_open = False  # rows flattened with single spaces may still follow the caption
    flat_header: str | None = None
    covering = False  # within a "Dekking: …" line under the table
    for position, (line_start, line_end) in enumerate(spans):
        line = text[line_start:line_end]
        if _CAPTION_LINE.search(line):
            unit = _CAPTION.search(line)
            if unit is not None:
                exponent, lines_left, blanks = _SCALES[unit.group("unit").lower()], 0, 0
                columns = _header_columns(line)
                money_lines = _vertical_money_lines(stripped, position) if columns is None else None
                flat_open, flat_header = columns is None and money_lines is None, None
                continue
        scaled = _scaled_caption(line)
        if scaled is not None:
            exponent, lines_left, blanks, columns = scaled, 0, 0, None
            money_lines = _vertical_money_lines(stripped, position)
            flat_open, flat_header = money_lines is None, None
            continue
        if _EURO_CAPTION.search(line) or (exponent is None and _euro_header(line)):
            exponent, lines_left, blanks = 0, 0, 0
            columns = money_lines = None
            flat_open, flat_header = True, None
            continue
        if exponent is None:
            continue
        if not line.strip():
            flat_open, covering = False, False
            blanks += 1
            if blanks >= 2:
                exponent = None
            continue
        blanks = 0
        if exponent and (_COVERAGE.match(line) or (covering and line[:1] in " \t")):
            covering = not _COVERAGE_END.search(line)
            if not _WORDED_SUM.search(line):
                found.extend(_coverage_amounts(line_start, line, exponent))
            continue
        covering = False
        if (
            _PROSE.match(line)
            and _SENTENCE_END.search(line.rstrip())
            and not CELL_SEPARATOR.search(line.strip())
        ):
            exponent = None
            continue
        lines_left += 1
        if lines_left > _MAX_TABLE_LINES:
            exponent = None
            continue
        if money_lines is not None and position not in money_lines:
            continue
        number_cells = _number_cells(line)
        flat = _flat_cells(line) if flat_open and not number_cells else None
        if flat_open and flat is None and not number_cells and flat_header is None:
            flat_header = line
        if flat:
            found.extend(_flat_amounts(line_start, flat, exponent, flat_header or ""))
            continue
        for number, cell_start, cell in number_cells:
            if columns is not None and not columns.holds_money(
                number, cell_start, len(cell.group().rstrip())
            ):
                continue
            if exponent == 0 and not _WHOLE_EUROS.match(cell.group("n1")):
                continue
            if not cell.group("n2") and not _value(cell.group("n1"), exponent):
                continue  # "0" in a column of contributions: no sum of money (but "0,5" is)
            values = [_value(cell.group("n1"), exponent)]
            if cell.group("n2"):
                values.append(_value(cell.group("n2"), exponent))
            whole = cell.group()[: cell.start("remark")] if cell.group("remark") else cell.group()
            written = whole.strip()
            at = line_start + cell_start + len(whole) - len(whole.lstrip())
            found.append(AmountMatch(at, at + len(written), written, tuple(values)))
    return found


def _flat_amounts(
    line_start: int, cells: list[tuple[int, str]], exponent: int, header: str
) -> list[AmountMatch]:
    """The amounts of a row flattened with single spaces, the counting columns left out."""
    found: list[AmountMatch] = []
    counting = _count_columns(header, len(cells)) if len(cells) > 1 else set()
    for column, (at, written) in enumerate(cells):
        if column in counting:
            continue
        ranged = _FLAT_RANGE.match(written)
        firsts = [ranged.group("n1"), ranged.group("n2")] if ranged else [written]
        if not all(re.fullmatch(_NUMBER, n) for n in firsts):
            continue  # "-", "p.m.": an empty cell
        if exponent == 0 and not _WHOLE_EUROS.match(firsts[0]):
            continue
        values = tuple(_value(n, exponent) for n in firsts)
        if not any(values):
            continue
        found.append(AmountMatch(line_start + at, line_start + at + len(written), written, values))
    return found


# "Dekking: bijdrage Rijk 2.100, provincie 3.400, gemeente 4.360.": the coverage of a table's
# sum, on a line under it, in the table's unit; its wrapped lines follow indented or not until
# the sentence ends. A line that writes its sums with a sign or a word is read as prose.
_COVERAGE = re.compile(r"^[ \t]*dekking[ \t]*:", re.IGNORECASE)
_COVERAGE_END = re.compile(r"\.[ \t]*$")
_WORDED_SUM = re.compile(r"€|\b(?:euro|mln|miljoen|mld|miljard|duizend)\b", re.IGNORECASE)
_COVERED = re.compile(
    r"(?<![\w.,/-])(\d{1,3}(?:\.\d{3})+|\d{1,3})(?:,\d{1,2})?(?![\w/-])(?![.,]\d)"
)


def _coverage_amounts(line_start: int, line: str, exponent: int) -> list[AmountMatch]:
    found: list[AmountMatch] = []
    for match in _COVERED.finditer(line):
        value = _value(match.group(), exponent)
        if value:
            at = line_start + match.start()
            found.append(AmountMatch(at, at + len(match.group()), match.group(), (value,)))
    return found
