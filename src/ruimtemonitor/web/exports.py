"""Table exports as CSV and XLSX, shared by every page that offers a download.

Both writers take column headers and an iterable of rows, so a page can pass a lazy generator
over a queryset (``.iterator()``) and never hold the whole result in memory twice.

CSV is written the way Dutch Excel opens it correctly with a double click:

- UTF-8 with a byte order mark (without it Excel reads the file as Windows-1252 and breaks
  é, ë, €);
- ``;`` as the field separator (Excel with Dutch regional settings uses ``;`` as list
  separator and would put a comma-separated row in one column);
- numbers with a decimal comma (``1234,5``), dates as ``dd-mm-jjjj`` (the Dutch short date
  format, recognised as a date by Dutch Excel), quotes around every field that needs them,
  CRLF line ends (RFC 4180).

XLSX is written by openpyxl in write-only mode (rows are streamed into the workbook instead of
kept as cell objects); numbers, dates and booleans keep their type there.

Document text is untrusted: a cell starting with ``=``, ``+``, ``-``, ``@`` (or a tab or
carriage return) could be run as a formula by a spreadsheet. Such text values get a leading
apostrophe in both formats, which spreadsheet programs show as plain text
(``core.spreadsheet_cells``, shared with the reports). Real numbers (also
negative ones) are numbers, not text, and are left alone.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections.abc import Iterable, Iterator, Sequence
from decimal import Decimal
from io import BytesIO

from django.http import HttpResponse, StreamingHttpResponse
from django.utils import timezone
from django.utils.http import content_disposition_header
from django.utils.translation import gettext as _

from ruimtemonitor.core.spreadsheet_cells import neutralise

__all__ = [
    "CSV_CONTENT_TYPE",
    "MAX_EXPORT_ROWS",
    "XLSX_CONTENT_TYPE",
    "csv_response",
    "neutralise",
    "xlsx_response",
]

#: Upper bound on rows a page should export; pages check their count against it first.
MAX_EXPORT_ROWS = 100_000

CSV_CONTENT_TYPE = "text/csv; charset=utf-8"
XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
_FILENAME_FORBIDDEN = re.compile(r"[^\w.\- ]+")
# Characters XML 1.0 does not allow; openpyxl refuses them.
_XLSX_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
XLSX_MAX_CELL = 32_767


def _local(moment: dt.datetime) -> dt.datetime:
    """Aware datetimes in the site's time zone, without tzinfo (spreadsheets have none)."""
    if timezone.is_aware(moment):
        moment = timezone.localtime(moment)
    return moment.replace(tzinfo=None)


def _joined(value: Iterable[object]) -> str:
    return ", ".join(str(item) for item in value if item not in (None, ""))


def _csv_number(value: Decimal | float) -> str:
    text = format(value, "f") if isinstance(value, Decimal) else repr(float(value))
    if text.endswith(".0"):
        text = text[:-2]
    return text.replace(".", ",")


def _csv_value(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return _("yes") if value else _("no")
    if isinstance(value, int):
        return str(value)
    if isinstance(value, (Decimal, float)):
        return _csv_number(value)
    if isinstance(value, dt.datetime):
        return _local(value).strftime("%d-%m-%Y %H:%M")
    if isinstance(value, dt.date):
        return value.strftime("%d-%m-%Y")
    if isinstance(value, (list, tuple, set, frozenset)):
        return neutralise(_joined(value))
    return neutralise(str(value))


def _xlsx_text(text: str) -> str:
    """Text as a cell may hold it: no control characters (a PDF's form feeds), at most
    32,767 characters (Excel's limit), and no formula."""
    return _XLSX_ILLEGAL.sub("", neutralise(text))[:XLSX_MAX_CELL]


def _xlsx_value(value: object) -> object:
    if value is None or isinstance(value, (bool, int, float, Decimal)):
        return value
    if isinstance(value, dt.datetime):
        return _local(value)
    if isinstance(value, dt.date):
        return value
    if isinstance(value, (list, tuple, set, frozenset)):
        return _xlsx_text(_joined(value))
    return _xlsx_text(str(value))


def _filename(name: str, extension: str) -> str:
    name = _FILENAME_FORBIDDEN.sub("-", name).strip(" .-") or "export"
    return name if name.lower().endswith(extension) else f"{name}{extension}"


class _Echo:
    """A file-like object whose ``write`` hands the line back, for streaming ``csv.writer``."""

    def write(self, value: str) -> str:
        return value


def _csv_lines(headers: Sequence[str], rows: Iterable[Sequence[object]]) -> Iterator[str]:
    writer = csv.writer(_Echo(), delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    yield "\ufeff" + writer.writerow([neutralise(str(header)) for header in headers])
    for row in rows:
        yield writer.writerow([_csv_value(value) for value in row])


def csv_response(
    filename: str, headers: Sequence[str], rows: Iterable[Sequence[object]]
) -> StreamingHttpResponse:
    """Stream a ``;``-separated UTF-8 CSV download (see the module docstring for why)."""
    response = StreamingHttpResponse(
        (line.encode("utf-8") for line in _csv_lines(headers, rows)),
        content_type=CSV_CONTENT_TYPE,
    )
    response["Content-Disposition"] = content_disposition_header(
        as_attachment=True, filename=_filename(filename, ".csv")
    )
    return response


def _sheet_title(sheet: str) -> str:
    return " ".join(_SHEET_FORBIDDEN.sub(" ", sheet).split()).strip("'")[:31] or "Export"


def xlsx_response(
    filename: str,
    headers: Sequence[str],
    rows: Iterable[Sequence[object]],
    *,
    sheet: str = "Export",
) -> HttpResponse:
    """An XLSX download with one sheet: a bold, frozen header row and typed cells."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    workbook = Workbook(write_only=True)
    worksheet = workbook.create_sheet(_sheet_title(sheet))
    worksheet.freeze_panes = "A2"
    bold = Font(bold=True)
    header_cells = []
    for header in headers:
        cell = WriteOnlyCell(worksheet, value=_xlsx_text(str(header)))
        cell.font = bold
        header_cells.append(cell)
    worksheet.append(header_cells)
    for row in rows:
        values = [_xlsx_value(value) for value in row]
        if any(isinstance(value, dt.date) for value in values):
            cells: list[object] = []
            for value in values:
                if isinstance(value, dt.date):
                    number_format = (
                        "dd-mm-yyyy hh:mm" if isinstance(value, dt.datetime) else "dd-mm-yyyy"
                    )
                    cell = WriteOnlyCell(worksheet, value=value)
                    cell.number_format = number_format
                    cells.append(cell)
                else:
                    cells.append(value)
            worksheet.append(cells)
        else:
            worksheet.append(values)
    buffer = BytesIO()
    workbook.save(buffer)
    response = HttpResponse(buffer.getvalue(), content_type=XLSX_CONTENT_TYPE)
    response["Content-Disposition"] = content_disposition_header(
        as_attachment=True, filename=_filename(filename, ".xlsx")
    )
    return response
