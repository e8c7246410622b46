"""Write a composed letter as Markdown, HTML, DOCX or PDF (bytes, ready to save or send)."""

from __future__ import annotations

from django.template.loader import render_to_string

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


def to_html(letter: Letter, *, footnotes: bool = False) -> str:
    """HTML with numbered sources at the end, or (for PDF) real footnotes on each page."""
    return render_to_string("reports/letter.html", {"letter": letter, "footnotes": footnotes})


def to_pdf(letter: Letter) -> bytes:
    return html_to_pdf(to_html(letter, footnotes=True))


PDF_NOT_INSTALLED = (
    "PDF maken lukt niet: WeasyPrint is niet geïnstalleerd. Installeer de extra met "
    "'pip install ruimtemonitor[pdf]' (in deze map: scripts/bootstrap.sh pdf), of kies een "
    "ander formaat. (PDF output needs the optional 'pdf' extra.)"
)


def html_to_pdf(html: str) -> bytes:
    """PDF from HTML by WeasyPrint, an optional extra; without it a ``RenderError`` says how
    to install it, so pages and the CLI answer with that sentence instead of a crash."""
    try:
        from weasyprint import HTML
    except ImportError as exc:  # the optional extra is not installed
        raise RenderError(PDF_NOT_INSTALLED) from exc
    except OSError as exc:  # the Python package is there, its system libraries are not
        raise RenderError(
            "PDF maken lukt niet: WeasyPrint mist systeembibliotheken (Pango). Installeer ze, "
            "bijvoorbeeld met 'apt-get install libpango-1.0-0 libpangoft2-1.0-0', of kies "
            f"een ander formaat. ({exc})"
        ) from exc
    return HTML(string=html).write_pdf()


def to_docx(letter: Letter) -> bytes:
    from ruimtemonitor.reports import word

    try:
        return word.to_docx(letter)
    except word.TemplateError as exc:
        raise RenderError(str(exc)) from exc
