"""Fixtures for the extraction core tests: tiny PDFs written by hand (the corpus fixtures are
in tests/conftest.py)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def write_pdf(path: Path, pages: list[list[str]], *, encrypt: bool = False) -> Path:
    """Write a minimal valid PDF: one Helvetica text line per entry, pages in order."""
    objects: list[bytes] = []
    page_ids = [4 + 2 * i for i in range(len(pages))]
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    kids = " ".join(f"{pid} 0 R" for pid in page_ids)
    objects.append(f"<< /Type /Pages /Kids [{kids}] /Count {len(pages)} >>".encode())
    objects.append(
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    )
    for index, lines in enumerate(pages):
        ops = ["BT", "/F1 10 Tf", "12 TL", "50 800 Td"]
        for line in lines:
            ops.append(f"({_escape(line)}) Tj T*")
        ops.append("ET")
        stream = "\n".join(ops).encode("cp1252")
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
            f"/Resources << /Font << /F1 3 0 R >> >> "
            f"/Contents {page_ids[index] + 1} 0 R >>".encode()
        )
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    trailer_extra = b""
    if encrypt:
        offsets.append(len(out))
        encrypt_id = len(objects) + 1
        out += (
            f"{encrypt_id} 0 obj\n<< /Filter /Standard /V 1 /R 2 /O <{'ab' * 32}> /U <{'cd' * 32}> "
            f"/P -4 >>\nendobj\n"
        ).encode()
        trailer_extra = f" /Encrypt {encrypt_id} 0 R /ID [<{'01' * 16}> <{'01' * 16}>]".encode()
    xref = len(out)
    out += f"xref\n0 {len(offsets) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(offsets) + 1} /Root 1 0 R".encode() + trailer_extra
    out += f" >>\nstartxref\n{xref}\n%%EOF\n".encode()
    path.write_bytes(bytes(out))
    return path


@pytest.fixture
def pdf_writer():
    return write_pdf


@pytest.fixture
def general_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """Only the general agreement reader runs, so a test says what it finds on its own."""
    monkeypatch.setenv("RUIMTEMONITOR_AGREEMENTS", "general")


def words(text: str) -> list[str]:
    return re.findall(r"\w+", text)
