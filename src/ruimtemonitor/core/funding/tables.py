"""Tables as municipalities send them: CSV or XLSX, Dutch or English headers, every cell checked.

The generic half of reading input: finding the header, the delimiter and the
encoding, and checking cells one by one while *collecting* problems (row, column,
value, expectation) instead of stopping at the first. ``reading`` says which
columns a proposals or locations file has and builds the values from them.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import TypeVar

from ruimtemonitor.core.funding.errors import InputError, Problem
from ruimtemonitor.core.funding.notation import parse_decimal, parse_int
from ruimtemonitor.core.reference import organisations

_N = TypeVar("_N", int, Decimal)

__all__ = [
    "CellReader",
    "Column",
    "Table",
    "header_key",
    "normalise_province",
    "parse_amount",
    "parse_count",
    "parse_text",
    "parse_vat",
    "province_names",
    "ranged_int",
    "read_table",
]


@dataclass(frozen=True, slots=True)
class Column:
    """An input column: its Dutch name, accepted English aliases, and whether it must be there."""

    name: str
    aliases: tuple[str, ...] = ()
    required: bool = True


@dataclass(frozen=True, slots=True)
class Table:
    """Raw cells by row as the file shows them (header is row 1)."""

    source: str
    header: tuple[str, ...]
    rows: tuple[tuple[int, tuple[object, ...]], ...]


def header_key(text: object) -> str:
    """Column names compare case-insensitively, with spaces and hyphens as underscores."""
    key = str(text or "").strip().lstrip("\ufeff").casefold()
    return re.sub(r"[\s\-]+", "_", key)


def read_table(path: Path | str) -> Table:
    """Read the first sheet of an XLSX or a CSV (``;``, ``,`` or tab, UTF-8 or Windows-1252)."""
    path = Path(path)
    source = path.name
    try:
        if path.suffix.casefold() in {".xlsx", ".xlsm"}:
            return _read_xlsx(path, source)
        raw = path.read_bytes()
    except FileNotFoundError as exc:
        raise InputError([Problem(None, None, str(path), "een bestaand bestand", source)]) from exc
    except (OSError, ValueError, KeyError) as exc:  # openpyxl raises these on broken files
        raise InputError(
            [Problem(None, None, path.name, f"een leesbaar CSV- of XLSX-bestand ({exc})", source)]
        ) from exc
    if path.suffix.casefold() == ".xls":
        raise InputError([Problem(None, None, path.name, "CSV of XLSX (geen oud .xls)", source)])
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")
    return _read_csv(text, source)


def _read_csv(text: str, source: str) -> Table:
    first = next((line for line in text.splitlines() if line.strip()), "")
    counts = {d: first.count(d) for d in (";", ",", "\t")}
    delimiter = max(counts, key=lambda d: (counts[d], d == ";"))
    if counts[delimiter] == 0:
        delimiter = ","
    records = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    header: tuple[str, ...] = ()
    rows: list[tuple[int, tuple[object, ...]]] = []
    for number, record in enumerate(records, start=1):
        if not header:
            if any(cell.strip() for cell in record):
                header = tuple(record)
            continue
        if any(cell.strip() for cell in record):
            rows.append((number, tuple(record)))
    return Table(source, header, tuple(rows))


def _read_xlsx(path: Path, source: str) -> Table:
    from openpyxl import load_workbook  # imported here: only XLSX input needs it

    workbook = load_workbook(path, read_only=True, data_only=True)
    try:
        sheet = workbook.worksheets[0]
        header: tuple[str, ...] = ()
        rows: list[tuple[int, tuple[object, ...]]] = []
        for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            filled = any(v is not None and str(v).strip() for v in values)
            if not header:
                if filled:
                    header = tuple("" if v is None else str(v) for v in values)
                continue
            if filled:
                rows.append((number, tuple("" if v is None else v for v in values)))
    finally:
        workbook.close()
    return Table(source, header, tuple(rows))


class CellReader:
    """Cell access by canonical column name, collecting problems instead of raising.

    Checks the header on creation (missing and doubled columns, no rows); ``get``
    parses one cell and records a problem when it is empty or does not parse.
    """

    def __init__(self, table: Table, columns: Sequence[Column], required: Iterable[str]) -> None:
        self.table = table
        self.problems: list[Problem] = []
        self.index: dict[str, int] = {}
        lookup = {header_key(n): c.name for c in columns for n in (c.name, *c.aliases)}
        for position, title in enumerate(table.header):
            name = lookup.get(header_key(title))
            if name is None:
                continue
            if name in self.index:
                self.problem(None, name, str(title), "elke kolom één keer (dubbele kolom)")
                continue
            self.index[name] = position
        must = {c.name for c in columns if c.required} | set(required)
        for column in columns:
            if column.name in must and column.name not in self.index:
                spellings = " of ".join(repr(s) for s in (column.name, *column.aliases))
                self.problem(None, column.name, "", f"een kolom {spellings} (ontbreekt)")
        if not table.rows and table.header:
            self.problem(None, None, "", "ten minste één gegevensrij onder de kopregel")
        if not table.header:
            self.problem(None, None, "", "een kopregel met kolomnamen")

    def problem(self, row: int | None, column: str | None, value: object, expected: str) -> None:
        self.problems.append(Problem(row, column, _show(value), expected, self.table.source))

    def raw(self, cells: tuple[object, ...], name: str) -> object:
        position = self.index.get(name)
        if position is None or position >= len(cells):
            return ""
        value = cells[position]
        return value.strip() if isinstance(value, str) else value

    def get(
        self,
        row: int,
        cells: tuple[object, ...],
        name: str,
        parse: Callable[[object], object],
        expected: str,
        *,
        default: object = None,
        required: bool = True,
    ) -> object:
        value = self.raw(cells, name)
        if value == "" or value is None:
            if required and name in self.index:
                self.problem(row, name, "", f"{expected} (leeg)")
            return default
        try:
            return parse(value)
        except ValueError:
            self.problem(row, name, value, expected)
            return default


def _show(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    return "" if value is None else str(value)


def parse_text(value: object) -> str:
    """A non-empty text cell (numbers from XLSX become their text: 1.0 → "1")."""
    shown = _show(value).strip()
    if not shown:
        raise ValueError("empty")
    return shown


def parse_count(value: object) -> int:
    """A whole number ≥ 0 (homes)."""
    return _not_negative(parse_int(value))


def ranged_int(low: int, high: int) -> Callable[[object], int]:
    """A parser for whole numbers on a closed scale (−2…+2, 0…3)."""

    def parse(value: object) -> int:
        number = parse_int(value)
        if not low <= number <= high:
            raise ValueError("out of range")
        return number

    return parse


def parse_amount(value: object) -> Decimal:
    """Euros ≥ 0, exactly."""
    return _not_negative(parse_decimal(value))


def _not_negative(number: _N) -> _N:
    if number < 0:
        raise ValueError("negative")
    return number


def parse_vat(value: object) -> bool:
    """``incl`` → True, ``excl`` → False."""
    key = str(value).strip().casefold().rstrip(".")
    if key in {"incl", "inclusief", "including", "inc"}:
        return True
    if key in {"excl", "exclusief", "excluding", "exc"}:
        return False
    raise ValueError("not incl/excl")


@cache
def _provinces() -> dict[str, str]:
    lookup: dict[str, str] = {}
    for org in organisations():
        if org.kind != "provincie":
            continue
        for spelling in (*org.spellings(), org.cbs_code):
            if spelling:
                lookup[header_key(spelling)] = org.abbreviation
    return lookup


def normalise_province(text: object) -> str:
    """``Friesland``, ``PV21`` and ``Provincie Fryslân`` all give ``Fryslân``; unknown raises."""
    found = _provinces().get(header_key(text))
    if found is None:
        raise ValueError(f"unknown province: {text!r}")
    return found


def province_names() -> str:
    """The twelve names, for messages."""
    return ", ".join(sorted(set(_provinces().values())))
