"""The raadsinformatiebrief a clerk sends: right passages, page citations, no sample letters,
absolute links from the configured address, Dutch Word documents with real footnotes."""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile

import pypdfium2 as pdfium
import pytest
from docx import Document as WordDocument

from ruimtemonitor.core.extraction.service import sample_names, sample_path
from ruimtemonitor.ingestion.services import ingest_paths
from ruimtemonitor.reports.rendering import render
from ruimtemonitor.reports.services import draft

LETTER_DATE = dt.date(2026, 12, 4)
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _texts(letter) -> dict[str, str]:
    """The letter in every format, as text to search."""
    md = render(letter, "md").decode()
    word = render(letter, "docx")
    with zipfile.ZipFile(io.BytesIO(word)) as package:
        docx_text = " ".join(
            package.read(name).decode()
            for name in package.namelist()
            if name.startswith("word/") and name.endswith((".xml", ".rels"))
        )
    pdf = pdfium.PdfDocument(render(letter, "pdf"))
    pdf_text = " ".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    return {"md": md, "docx": docx_text, "pdf": pdf_text}


@pytest.fixture
def corpus_with_samples(reference_data, corpus_dir) -> None:
    """The corpus and the shipped samples in one register: the letter must tell them apart."""
    samples = [sample_path(name) for name in sample_names()]
    assert ingest_paths([corpus_dir / "000_2625f7667a8edade.txt", *samples], queue=False).ok


@pytest.mark.corpus
def test_foodvalley_letter_in_every_format(corpus_with_samples, settings) -> None:
    settings.SITE_URL = "https://ruimtemonitor.example.nl"
    settings.LETTER_SIGNATORIES = [("M. Esselbrugge", "secretaris-directeur")]
    letter = draft("raadsinformatiebrief", "Regio Foodvalley", "BOL 2025", today=LETTER_DATE)
    for fmt, text in _texts(letter).items():
        flat = " ".join(text.split())
        assert "127.0.0.1" not in flat, fmt
        assert "Voorbeeld" not in flat and "Zeeland" not in flat, fmt  # no sample letter
        assert "https://ruimtemonitor.example.nl/documenten/" in flat, fmt
        assert "regel " not in flat, fmt
        assert "Nog te doen" not in flat and "RUIMTEMONITOR_" not in flat, fmt
    md = " ".join(_texts(letter)["md"].split())
    # 4.6 quotes the arrangement's paragraph for Foodvalley, not Rivierenland's.
    section = md[md.index("Afspraak 4.6") : md.index("Afspraak 5.3")]
    assert "Regionale aandachtspunten: Foodvalley regio" in section
    assert "topregio zijn in Food, Health, HighTech en Energy" in section
    assert "Rivierenland" not in md
    assert "afspraak 4.6:" in md  # where to look it up in a file without pages
    # "Vervolg" is the next BO after the letter's date, not one already past.
    follow_up = md[md.index("## Vervolg") : md.index("Met vriendelijke groet")]
    assert "2025" not in follow_up
    assert "het BO MIRT in het najaar van 2026" in follow_up
    assert "M. Esselbrugge" in md and "secretaris-directeur" in md
    # One short sentence for the other agreements, not 24 titles in a row.
    other = next(line for line in md.split("Daarnaast bevat")[1:])
    assert len(other.split(".")[0]) < 250
    assert "register" not in md.lower()


@pytest.mark.corpus
def test_citations_name_the_page_when_the_file_has_pages(reference_data, corpus_dir) -> None:
    assert ingest_paths([corpus_dir / "000_2625f7667a8edade.rendered.pdf"], queue=False).ok
    letter = draft("raadsinformatiebrief", "Regio Foodvalley", "BOL 2025", today=LETTER_DATE)
    md = render(letter, "md").decode()
    pages = re.findall(r"\[\^\d+\]: [^:]*, pagina (\d+)", md)
    assert pages and len(pages) == len(letter.citations)
    assert "Regionale aandachtspunten: Foodvalley regio" in md


@pytest.mark.corpus
def test_the_word_document_is_dutch_with_footnotes_links_and_page_numbers(
    corpus_with_samples, settings
) -> None:
    settings.SITE_URL = "https://ruimtemonitor.example.nl"
    letter = draft("raadsinformatiebrief", "Regio Foodvalley", "BOL 2025", today=LETTER_DATE)
    content = render(letter, "docx")
    with zipfile.ZipFile(io.BytesIO(content)) as package:
        names = package.namelist()
        types = package.read("[Content_Types].xml").decode()
        styles = package.read("word/styles.xml").decode()
        settings_xml = package.read("word/settings.xml").decode()
        document = package.read("word/document.xml").decode()
        footnotes = package.read("word/footnotes.xml").decode()
        footnote_rels = package.read("word/_rels/footnotes.xml.rels").decode()
        footers = [package.read(n).decode() for n in names if n.startswith("word/footer")]
        languages = {
            name: set(re.findall(r'w:lang w:val="([^"]+)"', package.read(name).decode()))
            for name in names
            if name.startswith("word/") and name.endswith(".xml")
        }
    # Language: every language the styles set is Dutch, and the theme's too; so is every
    # other part that sets one (stylesWithEffects, which older Word versions read).
    assert set(re.findall(r'<w:lang w:val="([^"]+)"', styles)) == {"nl-NL"}
    assert all(found <= {"nl-NL"} for found in languages.values()), languages
    assert '<w:themeFontLang w:val="nl-NL"' in settings_xml
    # Real footnotes: a footnotes part, one footnote per reference in the text.
    assert "wordprocessingml.footnotes+xml" in types
    references = re.findall(r'<w:footnoteReference w:id="(\d+)"/>', document)
    bodies = re.findall(r'<w:footnote w:id="(\d+)">', footnotes)
    assert references and sorted(references, key=int) == sorted(bodies, key=int)
    assert "Foodvalley regio" in document and "topregio" in footnotes
    # Hyperlinks in the footnotes, to the configured address.
    assert "<w:hyperlink" in footnotes
    assert 'TargetMode="External"' in footnote_rels
    assert "https://ruimtemonitor.example.nl/documenten/" in footnote_rels
    # Page numbers: a PAGE field in the footer.
    assert any("PAGE" in footer and "NUMPAGES" in footer for footer in footers)
    word = WordDocument(io.BytesIO(content))  # and python-docx reads it back
    assert word.paragraphs[0].text == "Raadsinformatiebrief"


def test_without_a_site_address_letters_have_no_links(reference_data, settings) -> None:
    from pathlib import Path

    settings.SITE_URL = ""
    data = Path(__file__).parent.parent / "data" / "lineage" / "zeeland-2025.txt"
    assert ingest_paths([data], queue=False).ok
    letter = draft("raadsinformatiebrief", "Zeeland", "BOL 2025", today=LETTER_DATE)
    assert letter.citations and not any(c.url for c in letter.citations)
    assert b"http" not in render(letter, "md")


def test_sample_letters_are_never_cited(reference_data) -> None:
    samples = [sample_path(name) for name in sample_names()]
    assert ingest_paths(samples, queue=False).ok
    letter = draft("raadsinformatiebrief", "Zeeland", "BOL 2025", today=LETTER_DATE)
    assert letter.citations == []
    text = render(letter, "md").decode()
    assert "Voorbeeld" not in text
