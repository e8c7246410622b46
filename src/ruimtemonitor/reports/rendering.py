"""Write a composed letter as Markdown, HTML, DOCX or PDF (bytes, ready to save or send)."""

from __future__ import annotations

import io
from pathlib import Path

from django.conf import settings
from django.template.loader import render_to_string

from ruimtemonitor.core.dutch import format_date
from ruimtemonitor.core.letters import markdown
from ruimtemonitor.core.letters.model import Letter

FORMATS = {
    "md": "text/markdown; charset=utf-8",
    "html": "text/html; charset=utf-8",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "pdf": "application/pdf",
}


class RenderError(Exception):
    """The letter could not be written in the asked format; the message says why."""


def render(letter: Letter, fmt: str) -> bytes:
    if fmt == "md":
        return markdown.render(letter).encode()
    if fmt == "html":
        return to_html(letter).encode()
    if fmt == "docx":
        return to_docx(letter)
    if fmt == "pdf":
        return to_pdf(letter)
    raise RenderError(f"Onbekend formaat {fmt!r}; kies uit {', '.join(FORMATS)}.")


def to_html(letter: Letter) -> str:
    return render_to_string("reports/letter.html", {"letter": letter})


def to_pdf(letter: Letter) -> bytes:
    return html_to_pdf(to_html(letter))


def html_to_pdf(html: str) -> bytes:
    try:
        from weasyprint import HTML
    except OSError as exc:  # the Python package is there, its system libraries are not
        raise RenderError(
            "PDF maken lukt niet: WeasyPrint mist systeembibliotheken (Pango). Installeer ze, "
            "bijvoorbeeld met 'apt-get install libpango-1.0-0 libpangoft2-1.0-0', of kies "
            f"een ander formaat. ({exc})"
        ) from exc
    return HTML(string=html).write_pdf()


def _template() -> object:
    from docx import Document

    path = getattr(settings, "LETTER_DOCX_TEMPLATE", "")
    if path:
        if not Path(path).is_file():
            raise RenderError(f"Sjabloon {path} (RUIMTEMONITOR_LETTER_TEMPLATE) bestaat niet.")
        return Document(path)
    return Document()


def to_docx(letter: Letter) -> bytes:
    """Word styles only (Title, Heading 2/3, List Bullet, Normal): a region restyles its own
    copy of the template (RUIMTEMONITOR_LETTER_TEMPLATE) and every letter follows it."""
    document = _template()
    document.core_properties.title = f"{letter.title}: {letter.subject}"
    document.core_properties.author = letter.sender
    document.add_heading(letter.title, level=1)
    table = document.add_table(rows=0, cols=2)
    rows = [("Van", letter.sender), ("Datum", format_date(letter.date))]
    rows += [("Onderwerp", letter.subject)]
    if letter.contact:
        rows.append(("Contact", letter.contact))
    for label, value in rows:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = label, value
    if letter.salutation:
        document.add_paragraph(letter.salutation)
    for section in letter.sections:
        document.add_heading(section.heading, level=min(section.level, 3))
        for paragraph in section.paragraphs:
            style = "List Bullet" if paragraph.bullet else None
            block = document.add_paragraph(paragraph.text, style=style)
            for number in paragraph.citations:
                block.add_run(f"[{number}]").font.superscript = True
    if letter.closing:
        document.add_paragraph(letter.closing)
    for name in letter.signatories:
        document.add_paragraph(name)
    if letter.citations:
        document.add_heading("Bronnen", level=2)
        for number, citation in enumerate(letter.citations, start=1):
            text = f"[{number}] {citation.label()}: “{citation.quote}”"
            if citation.url:
                text += f" {citation.url}"
            document.add_paragraph(text)
    if letter.notes:
        document.add_heading("Nog te doen voor de opsteller", level=2)
        for note in letter.notes:
            document.add_paragraph(note, style="List Bullet")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
