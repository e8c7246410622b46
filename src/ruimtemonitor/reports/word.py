"""A letter as a Word document a clerk can send: Dutch proofing language, real footnotes with
links, page numbers in the footer and a signature block.

python-docx writes paragraphs, tables and styles but has no footnotes, hyperlinks or fields;
those are built here as the WordprocessingML parts and elements Word itself writes
(ECMA-376 Part 1: §17.11 footnotes, §17.16.22 hyperlink, §17.16.5 field characters).
"""

from __future__ import annotations

import io
from pathlib import Path

import docx
from django.conf import settings
from docx.document import Document as WordDocument
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.oxml import serialize_part_xml
from docx.opc.packuri import PackURI
from docx.opc.part import XmlPart
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt
from docx.text.paragraph import Paragraph as WordParagraph

from ruimtemonitor.core.dutch import format_date
from ruimtemonitor.core.letters.model import Citation, Letter

__all__ = ["LANGUAGE", "to_docx"]

LANGUAGE = "nl-NL"
FOOTNOTES_CONTENT_TYPE = (
    "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
)
_W = nsdecls("w")
_WR = nsdecls("w", "r")


class TemplateError(Exception):
    """The configured DOCX template cannot be used; the message names the setting."""


def _template() -> WordDocument:
    path = getattr(settings, "LETTER_DOCX_TEMPLATE", "")
    if path:
        if not Path(path).is_file():
            raise TemplateError(f"Sjabloon {path} (RUIMTEMONITOR_LETTER_TEMPLATE) bestaat niet.")
        return docx.Document(path)
    return docx.Document()


def _set_language(document: WordDocument) -> None:
    """Dutch proofing for the whole document: the default run properties of every style part
    and the theme's font language in the settings."""
    parts = [document.styles.element]
    raw_parts = []  # python-docx reads stylesWithEffects as bytes: parsed, edited, written back
    for rel in document.part.rels.values():
        if rel.reltype.endswith("/stylesWithEffects"):
            if hasattr(rel.target_part, "element"):
                parts.append(rel.target_part.element)
            else:
                element = parse_xml(rel.target_part.blob)
                raw_parts.append((rel.target_part, element))
                parts.append(element)
    for styles in parts:
        defaults = styles.find(qn("w:docDefaults"))
        if defaults is None:
            defaults = parse_xml(f"<w:docDefaults {_W}/>")
            styles.insert(0, defaults)
        run_default = defaults.find(qn("w:rPrDefault"))
        if run_default is None:
            run_default = parse_xml(f"<w:rPrDefault {_W}><w:rPr/></w:rPrDefault>")
            defaults.insert(0, run_default)
        run_properties = run_default.find(qn("w:rPr"))
        for lang in styles.iter(qn("w:lang")):  # styles that fix their own language
            lang.set(qn("w:val"), LANGUAGE)
            lang.set(qn("w:eastAsia"), LANGUAGE)
        if run_properties.find(qn("w:lang")) is None:
            run_properties.append(
                parse_xml(f'<w:lang {_W} w:val="{LANGUAGE}" w:eastAsia="{LANGUAGE}"/>')
            )
    for part, element in raw_parts:
        part._blob = serialize_part_xml(element)
    settings_element = document.settings.element
    theme = settings_element.find(qn("w:themeFontLang"))
    if theme is None:
        theme = parse_xml(f"<w:themeFontLang {_W}/>")
        settings_element.append(theme)
    theme.set(qn("w:val"), LANGUAGE)
    # Dutch notation for fields and formulas: decimal comma, list separator semicolon.
    for tag, value in (("w:decimalSymbol", ","), ("w:listSeparator", ";")):
        element = settings_element.find(qn(tag))
        if element is not None:
            element.set(qn("w:val"), value)
    document.core_properties.language = LANGUAGE


class Footnotes:
    """The document's footnotes part, created when the template has none."""

    def __init__(self, document: WordDocument) -> None:
        self.document = document
        part = None
        for rel in document.part.rels.values():
            if rel.reltype == RT.FOOTNOTES:
                part = rel.target_part
        if part is None:
            xml = (
                f"<w:footnotes {_WR}>"
                '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr>'
                '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
                "<w:r><w:separator/></w:r></w:p></w:footnote>"
                '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr>'
                '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
                "<w:r><w:continuationSeparator/></w:r></w:p></w:footnote>"
                "</w:footnotes>"
            )
            part = XmlPart(
                PackURI("/word/footnotes.xml"),
                FOOTNOTES_CONTENT_TYPE,
                parse_xml(xml),
                document.part.package,
            )
            document.part.relate_to(part, RT.FOOTNOTES)
        self.part = part
        ids = [int(n.get(qn("w:id"))) for n in part.element.findall(qn("w:footnote"))]
        self.next_id = max([0, *ids]) + 1
        self._by_citation: dict[int, int] = {}

    def add(self, paragraph: WordParagraph, number: int, citation: Citation) -> None:
        """A footnote reference at the end of ``paragraph``; one footnote per use, as Word
        numbers each reference (a source cited twice gets two footnotes)."""
        footnote_id = self.next_id
        self.next_id += 1
        reference = parse_xml(
            f'<w:r {_W}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
            f'<w:footnoteReference w:id="{footnote_id}"/></w:r>'
        )
        paragraph._p.append(reference)
        body = parse_xml(
            f'<w:footnote {_W} w:id="{footnote_id}"><w:p>'
            '<w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
            '<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="16"/></w:rPr>'
            "<w:footnoteRef/></w:r>"
            '<w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t xml:space="preserve"> </w:t></w:r>'
            "</w:p></w:footnote>"
        )
        self.part.element.append(body)
        target = body.find(qn("w:p"))
        _text_run(target, f"{citation.label()}: “{citation.quote}”", size=16)
        if citation.url:
            _text_run(target, " ", size=16)
            _hyperlink(self.part, target, citation.url, citation.url, size=16)


def _text_run(paragraph_element: object, text: str, *, size: int | None = None) -> None:
    run = parse_xml(f'<w:r {_W}><w:rPr/><w:t xml:space="preserve"/></w:r>')
    if size:
        run.find(qn("w:rPr")).append(parse_xml(f'<w:sz {_W} w:val="{size}"/>'))
    run.find(qn("w:t")).text = text
    paragraph_element.append(run)


def _hyperlink(
    part: object, paragraph_element: object, url: str, text: str, *, size: int | None = None
) -> None:
    """An external hyperlink: a relationship of the part that holds the paragraph."""
    rel_id = part.relate_to(url, RT.HYPERLINK, is_external=True)
    link = parse_xml(f'<w:hyperlink {_WR} r:id="{rel_id}" w:history="1"/>')
    run = parse_xml(
        f'<w:r {_W}><w:rPr><w:color w:val="154273"/><w:u w:val="single"/></w:rPr>'
        '<w:t xml:space="preserve"/></w:r>'
    )
    if size:
        run.find(qn("w:rPr")).append(parse_xml(f'<w:sz {_W} w:val="{size}"/>'))
    run.find(qn("w:t")).text = text
    link.append(run)
    paragraph_element.append(link)


def _field(paragraph: WordParagraph, instruction: str) -> None:
    for xml in (
        f'<w:r {_W}><w:fldChar w:fldCharType="begin"/></w:r>',
        f'<w:r {_W}><w:instrText xml:space="preserve"> {instruction} </w:instrText></w:r>',
        f'<w:r {_W}><w:fldChar w:fldCharType="separate"/></w:r>',
        f"<w:r {_W}><w:t>1</w:t></w:r>",
        f'<w:r {_W}><w:fldChar w:fldCharType="end"/></w:r>',
    ):
        paragraph._p.append(parse_xml(xml))


def _page_numbers(document: WordDocument) -> None:
    """ "Pagina N van M" in the footer of every section."""
    for section in document.sections:
        footer = section.footer
        paragraph = footer.paragraphs[0] if footer.paragraphs else footer.add_paragraph()
        paragraph.text = ""
        paragraph.alignment = 2  # right
        paragraph.add_run("Pagina ")
        _field(paragraph, "PAGE")
        paragraph.add_run(" van ")
        _field(paragraph, "NUMPAGES")
        for run in paragraph.runs:
            run.font.size = Pt(8)


def to_docx(letter: Letter) -> bytes:
    """Word styles only (Heading 1–3, List Bullet, Normal): a region restyles its own copy of
    a generated letter (RUIMTEMONITOR_LETTER_TEMPLATE) and every letter follows it."""
    document = _template()
    _set_language(document)
    document.core_properties.title = f"{letter.title}: {letter.subject}"
    document.core_properties.author = letter.sender
    footnotes = Footnotes(document)
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
                footnotes.add(block, number, letter.citations[number - 1])
    if letter.closing:
        document.add_paragraph(letter.closing)
    if letter.signatories:
        signatures = document.add_table(rows=2, cols=len(letter.signatories))
        for column, (name, function) in enumerate(letter.signatories):
            signatures.cell(0, column).text = name
            signatures.cell(1, column).text = function
    _page_numbers(document)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
