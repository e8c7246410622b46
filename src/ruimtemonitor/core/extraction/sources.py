"""Stage 1: read a file (PDF, DOCX, HTML or plain text) into one text with page boundaries.

The type comes from the file's first bytes, not its name: users drop in whatever
their mail client saved. Every way a file can be unusable ends in one
``ExtractionError`` with a one-sentence message; untrusted PDFs are parsed in a
child process with a time limit so a malformed file cannot stall a batch.

Plain-text encoding policy: UTF-8 (with or without BOM) or UTF-16 with a BOM.
There is deliberately no cp1252 fallback: guessing would silently store
mojibake in a register people cite from, so undecodable bytes are an error that
names the byte offset.
"""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys
import zipfile
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from .errors import ExtractionError

__all__ = [
    "DEFAULT_MAX_BYTES",
    "DEFAULT_MAX_ENTRIES",
    "DEFAULT_MAX_UNPACKED_BYTES",
    "DEFAULT_TIMEOUT_S",
    "MAX_LINE_CHARS",
    "SourceText",
    "read_source",
    "source_from_text",
    "validate_text",
]

DEFAULT_MAX_BYTES = 50 * 1024 * 1024
DEFAULT_TIMEOUT_S = 60.0
# A Word letter unpacks to a few MB; a zip bomb to gigabytes. The declared sizes bound what
# zipfile will ever produce (it stops at the declared size and fails the CRC check).
DEFAULT_MAX_UNPACKED_BYTES = 250 * 1024 * 1024
DEFAULT_MAX_ENTRIES = 10_000
# Longer lines are not prose: minified data, a binary blob or a broken export.
MAX_LINE_CHARS = 20_000

_ALLOWED_CONTROLS = frozenset("\t\n\r\f")
_BAD_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
_LINE_BREAKS = re.compile(r"[\n\r\f]")
_DOC_EXTENSIONS = {".pdf": "pdf", ".docx": "docx", ".htm": "html", ".html": "html"}


@dataclass(frozen=True, slots=True)
class SourceText:
    """The document's text as read; all source offsets in the output point into ``text``."""

    text: str
    page_starts: tuple[int, ...]
    kind: str
    path: str = ""

    def page_of(self, offset: int) -> int:
        """1-based page number of an offset in ``text``."""
        from bisect import bisect_right

        return max(1, bisect_right(self.page_starts, offset))


def read_source(
    path: Path,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    timeout_s: float = DEFAULT_TIMEOUT_S,
    max_unpacked_bytes: int = DEFAULT_MAX_UNPACKED_BYTES,
    max_entries: int = DEFAULT_MAX_ENTRIES,
    pdf_in_process: bool = False,
) -> SourceText:
    """Read ``path`` into a ``SourceText``; raise ``ExtractionError`` for anything unusable.

    ``pdf_in_process`` parses a PDF in this process instead of a child of its own: for callers
    that already run in a limited child (``isolation.extract_isolated``), where a second
    interpreter would only cost time.
    """
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as error:
        raise ExtractionError(path, f"cannot be read ({error.strerror or error})") from None
    if not path.is_file():
        raise ExtractionError(path, "is not a regular file")
    if size == 0:
        raise ExtractionError(path, "is empty")
    if size > max_bytes:
        raise ExtractionError(
            path, f"is {size:,} bytes, over the size limit of {max_bytes:,} bytes"
        )
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ExtractionError(path, f"cannot be read ({error.strerror or error})") from None
    kind = _sniff(data)
    claimed = _DOC_EXTENSIONS.get(path.suffix.lower())
    if claimed in {"pdf", "docx"} and kind != claimed:
        raise ExtractionError(
            path, f"has a {path.suffix} name but its content is not a {claimed.upper()} file"
        )
    if kind == "pdf":
        pages = _read_pdf_here(path, data) if pdf_in_process else _read_pdf(path, data, timeout_s)
        return _from_pages(pages, "pdf", path)
    if kind == "docx":
        _check_archive(path, data, max_unpacked_bytes=max_unpacked_bytes, max_entries=max_entries)
        return _from_pages(_read_docx(path, data), "docx", path)
    if kind == "zip":
        raise ExtractionError(path, "is a ZIP archive but not a Word (.docx) document")
    text = _decode(path, data)
    if kind == "html" or (kind == "text" and _looks_like_html(text)):
        return _from_pages(_html_to_pages(text), "html", path)
    return source_from_text(text, path=path, kind="text")


def source_from_text(
    text: str, *, path: Path | str | None = None, kind: str = "text"
) -> SourceText:
    """Wrap text already in memory; form feeds mark pages. Validates like a file."""
    validate_text(text, path)
    starts = [0, *(match.end() for match in re.finditer("\f", text))]
    return SourceText(text=text, page_starts=tuple(starts), kind=kind, path=str(path or ""))


def validate_text(text: str, path: Path | str | None = None) -> None:
    """Refuse text that is not a readable document: control characters or absurdly long lines."""
    if not text.strip():
        raise ExtractionError(path, "contains no text")
    bad = _BAD_CONTROL.search(text)
    if bad is not None:
        what = (
            "a NUL character"
            if bad.group() == "\x00"
            else f"control character U+{ord(bad.group()):04X}"
        )
        raise ExtractionError(
            path, f"contains {what} at character {bad.start()}; it is not a text document"
        )
    position = 0
    for line in _LINE_BREAKS.split(text):  # split runs in C; a regex scan would be quadratic
        if len(line) > MAX_LINE_CHARS:
            raise ExtractionError(
                path,
                f"has a line longer than {MAX_LINE_CHARS:,} characters at character {position}",
            )
        position += len(line) + 1


def _sniff(data: bytes) -> str:
    head = data[:1024]
    if b"%PDF-" in head:
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        return "docx" if b"word/" in data[:65536] or _zip_has(data, "word/document.xml") else "zip"
    lowered = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if (
        lowered.startswith((b"<!doctype html", b"<html", b"<?xml"))
        and b"<html" in data[:4096].lower()
    ):
        return "html"
    return "text"


def _zip_has(data: bytes, name: str) -> bool:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return name in archive.namelist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return False


def _looks_like_html(text: str) -> bool:
    head = text[:2048].lower()
    return "<html" in head and "</" in text[-4096:]


def _decode(path: Path, data: bytes) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as error:
            raise ExtractionError(path, f"is not valid UTF-16 at byte {error.start}") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        offset = error.start + (3 if data.startswith(b"\xef\xbb\xbf") else 0)
        raise ExtractionError(
            path,
            f"is not valid UTF-8 at byte {offset} (0x{data[offset]:02x}); save it as UTF-8",
        ) from None


def _from_pages(pages: list[str], kind: str, path: Path) -> SourceText:
    cleaned = [page.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n") for page in pages]
    cleaned = [_PDF_ODDITIES.sub(_fix_oddity, page) for page in cleaned]
    if not any(page.strip() for page in cleaned):
        reason = (
            "has no extractable text (a scan? OCR is not supported)"
            if kind == "pdf"
            else "contains no text"
        )
        raise ExtractionError(path, reason)
    return source_from_text("\f".join(cleaned), path=path, kind=kind)


# pdfium marks soft hyphens with U+0002 and may emit U+FFFE; tabs in layouts stay tabs.
_PDF_ODDITIES = re.compile(r"[\x02\ufffe\x00]")


def _fix_oddity(match: re.Match[str]) -> str:
    return "\u00ad" if match.group() == "\x02" else ""


def _pdf_command(path: Path, timeout_s: float) -> list[str]:
    """The child process that parses one PDF (a separate function so tests can swap it)."""
    return [
        sys.executable,
        "-m",
        "ruimtemonitor.core.extraction.pdfworker",
        str(path),
        str(int(timeout_s) + 1),
    ]


def _read_pdf(path: Path, data: bytes, timeout_s: float) -> list[str]:
    command = _pdf_command(path, timeout_s)
    try:
        completed = subprocess.run(
            command, capture_output=True, timeout=timeout_s, check=False, stdin=subprocess.DEVNULL
        )
    except subprocess.TimeoutExpired:
        raise ExtractionError(
            path, f"took longer than {timeout_s:g} s to parse and was stopped"
        ) from None
    try:
        result = json.loads(completed.stdout.decode("utf-8") or "{}")
    except (UnicodeDecodeError, json.JSONDecodeError):
        result = {}
    return _pdf_pages(path, data, result, returncode=completed.returncode)


def _pdf_pages(path: Path, data: bytes, result: dict, *, returncode: int) -> list[str]:
    if "pages" in result:
        return [str(page) for page in result["pages"]]
    code = result.get("error")
    if code == "encrypted" or ((code is None or code == "corrupt") and b"/Encrypt" in data):
        raise ExtractionError(path, "is an encrypted (password-protected) PDF")
    if code == "memory":
        raise ExtractionError(path, "needs more memory to parse than allowed; it may be malformed")
    if code == "corrupt":
        raise ExtractionError(path, "is a damaged PDF that cannot be parsed")
    raise ExtractionError(path, f"could not be parsed (PDF reader exited with code {returncode})")


def _read_pdf_here(path: Path, data: bytes) -> list[str]:
    from .pdfworker import extract_pages

    try:
        result = extract_pages(str(path))
    except MemoryError:
        result = {"error": "memory"}
    except Exception as error:  # pdfium raises many kinds on hostile files
        result = {"error": "corrupt", "detail": f"{type(error).__name__}: {error}"}
    return _pdf_pages(path, data, result, returncode=0)


def _check_archive(path: Path, data: bytes, *, max_unpacked_bytes: int, max_entries: int) -> None:
    """Refuse a ZIP whose entry count or declared unpacked size is over the limits, before
    anything is decompressed (a 2 MB DOCX can unpack to gigabytes)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            entries = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        raise ExtractionError(path, "is a damaged Word document that cannot be opened") from None
    if len(entries) > max_entries:
        raise ExtractionError(
            path,
            f"is a ZIP archive of {len(entries):,} entries, over the limit of {max_entries:,}",
        )
    unpacked = sum(entry.file_size for entry in entries)
    if unpacked > max_unpacked_bytes:
        raise ExtractionError(
            path,
            f"unpacks to {unpacked:,} bytes, over the unpacked-size limit of "
            f"{max_unpacked_bytes:,} bytes",
        )


def _read_docx(path: Path, data: bytes) -> list[str]:
    try:
        import docx
        from docx.opc.exceptions import PackageNotFoundError
    except ImportError:  # pragma: no cover - python-docx is a dependency
        raise ExtractionError(path, "is a Word document but python-docx is not installed") from None
    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, OSError):
        raise ExtractionError(path, "is a damaged Word document that cannot be opened") from None
    except Exception as error:  # lxml and python-docx raise many types on broken XML
        raise ExtractionError(
            path, f"is a Word document that cannot be parsed ({type(error).__name__})"
        ) from None
    pages: list[list[str]] = [[]]
    for block in document.element.body.iterchildren():
        tag = block.tag.rsplit("}", 1)[-1]
        if tag == "p":
            _docx_paragraph(block, pages)
        elif tag == "tbl":
            for row in block.iter("{*}tr"):
                cells = [
                    " ".join(t.text or "" for t in cell.iter("{*}t")) for cell in row.iter("{*}tc")
                ]
                pages[-1].append(" | ".join(cell.strip() for cell in cells))
    return ["\n".join(lines) for lines in pages]


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _docx_paragraph(block: object, pages: list[list[str]]) -> None:
    parts: list[str] = []
    for node in block.iter():  # type: ignore[attr-defined]
        tag = node.tag.rsplit("}", 1)[-1]
        if tag == "t":
            parts.append(node.text or "")
        elif tag == "tab":
            parts.append("\t")
        elif tag == "br" and node.get(f"{_W}type") == "page":
            pages[-1].append("".join(parts))
            parts = []
            pages.append([])
        elif tag == "br":
            parts.append("\n")
    text = "".join(parts)
    style = next(block.iter("{*}pStyle"), None)  # type: ignore[attr-defined]
    style_name = (style.get(f"{_W}val") or "") if style is not None else ""
    is_list = next(block.iter("{*}numPr"), None) is not None or style_name.startswith(  # type: ignore[attr-defined]
        ("List", "Lijst")
    )
    pages[-1].append(f"• {text}" if is_list and text.strip() else text)


_SKIPPED_TAGS = frozenset(
    {"script", "style", "nav", "noscript", "svg", "head", "template", "iframe", "form"}
)
_BLOCK_TAGS = frozenset(
    {
        "p",
        "div",
        "br",
        "li",
        "tr",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "section",
        "article",
        "table",
        "ul",
        "ol",
        "dd",
        "dt",
        "blockquote",
        "pre",
        "header",
        "footer",
        "main",
        "aside",
        "figcaption",
        "caption",
        "hr",
    }
)


class _TextCollector(HTMLParser):
    """Collect visible text; navigation, scripts and styles are dropped, blocks become lines."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED_TAGS:
            self._skip_depth += 1
            return
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")
        if tag == "li" and not self._skip_depth:
            self.parts.append("• ")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED_TAGS:
            self._skip_depth = max(0, self._skip_depth - 1)
            return
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip_depth:
            self.parts.append(" ".join(data.split()) if data.strip() else (" " if data else ""))


def _html_to_pages(markup: str) -> list[str]:
    collector = _TextCollector()
    try:
        collector.feed(markup)
        collector.close()
    except AssertionError:  # pragma: no cover - html.parser asserts on some malformed declarations
        pass
    lines = [line.strip() for line in "".join(collector.parts).split("\n")]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return ["\n".join(out).strip("\n")]
