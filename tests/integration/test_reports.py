import datetime as dt
import io
import re
import sys
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from django.urls import reverse
from docx import Document as WordDocument

from ruimtemonitor.cli import main
from ruimtemonitor.core.letters.quotes import ReadableText, tidy
from ruimtemonitor.documents.models import Document, Passage
from ruimtemonitor.ingestion.services import ingest_paths
from ruimtemonitor.register.models import Agreement
from ruimtemonitor.reports.facts import ReportError, collect
from ruimtemonitor.reports.rendering import RenderError, render
from ruimtemonitor.reports.services import draft

DATA = Path(__file__).parent.parent / "data" / "lineage"
TODAY = dt.date(2025, 6, 20)


@pytest.fixture
def zeeland(reference_data) -> None:
    assert ingest_paths([DATA / "zeeland-2025.txt"], queue=False).ok


def test_every_citation_points_at_text_that_is_in_the_document(zeeland) -> None:
    letter = draft("raadsinformatiebrief", "Zeeland", "BOL 2025", today=TODAY)
    assert letter.citations
    for citation in letter.citations:
        document = Document.objects.get(pk=citation.document_id)
        # quoted from the letter as read: page furniture and footnotes out, bullets as "•"
        text = tidy(ReadableText.of(document.root.extracted_text).text)
        pieces = [piece.strip() for piece in citation.quote.split("…") if piece.strip()]
        assert pieces and all(piece in text for piece in pieces)  # quoted, not made up
        cited = tidy(document.root.extracted_text[citation.start : citation.end])
        cited = re.sub(r"^[-–−•❖]\s+", "", cited)  # a quotation starts after the bullet sign
        assert cited[:30] in citation.quote or citation.quote.startswith("…")
        if citation.passage_id:
            passage = Passage.objects.get(pk=citation.passage_id)
            assert (passage.start, passage.end) == (citation.start, citation.end)


def test_the_facts_match_the_register(zeeland) -> None:
    facts = collect("Zeeland", "BOL 2025", today=TODAY)
    register = {a.number: a for a in Agreement.objects.filter(arrangement__year=2025)}
    named = facts.agreements + facts.other_agreements
    assert {a.number for a in named} == set(register)
    for fact in named:
        stored = register[fact.number]
        assert fact.title == stored.title
        assert list(fact.types) == stored.types
        assert len(fact.commitments) == stored.commitments.count()
    # A province's letter: its own arrangement concerns it as a whole (register.involvement).
    assert {a.number for a in facts.agreements} == set(register)
    assert facts.provinces == ["Zeeland"] and facts.next_meeting.startswith("het BO MIRT")


def test_docx_and_pdf_open_cleanly(zeeland) -> None:
    letter = draft("raadsinformatiebrief", "Zeeland", "BOL 2025", today=TODAY)
    word = WordDocument(io.BytesIO(render(letter, "docx")))
    headings = [p.text for p in word.paragraphs if p.style.name.startswith("Heading")]
    assert headings[:3] == ["Raadsinformatiebrief", "Inleiding", "Algemeen"]
    assert "Bronnen" not in headings  # the sources are footnotes (test_letter_documents.py)

    pdf = pdfium.PdfDocument(render(letter, "pdf"))
    assert len(pdf) >= 1
    for index in range(len(pdf)):
        image = pdf[index].render(scale=0.5).to_pil().convert("L")
        darkest, lightest = image.getextrema()
        assert darkest < 100 < lightest  # text on a white page, not an empty or black one
    text = pdf[0].get_textpage().get_text_range()
    assert "Raadsinformatiebrief" in text and "Geachte raad" in text


def test_html_escapes_document_text(zeeland) -> None:
    Agreement.objects.filter(number="2.1").update(title="<script>alert(1)</script> Zoetwater")
    html = render(draft("raadsinformatiebrief", "Zeeland", "BOL 2025", today=TODAY), "html")
    assert b"<script>alert" not in html and b"&lt;script&gt;alert(1)" in html


def test_unknown_region_or_meeting_is_one_clear_sentence(reference_data) -> None:
    with pytest.raises(ReportError, match="Regio 'Atlantis' staat niet in het register"):
        collect("Atlantis", "BOL 2025")
    with pytest.raises(ReportError, match="schrijf bijvoorbeeld 'BOL 2025'"):
        collect("Zeeland", "voorjaar")


def test_cli_writes_the_letter_or_explains(zeeland, tmp_path, capsys) -> None:
    out = tmp_path / "brief.docx"
    assert main(["report", "raadsinformatiebrief", "--regio", "Zeeland", "--overleg",
                 "BOL 2025", "--format", "docx", "--out", str(out)]) == 0  # fmt: skip
    assert out.stat().st_size > 5000 and not list(tmp_path.glob("*.part"))
    assert main(["report", "raadsvoorstel", "--regio", "Atlantis", "--overleg", "BOL 2025"]) == 2
    assert "staat niet in het register" in capsys.readouterr().err


@pytest.mark.corpus
def test_foodvalley_letter_from_the_corpus(reference_data, corpus_dir) -> None:
    assert ingest_paths([corpus_dir / "000_2625f7667a8edade.txt"], queue=False).ok
    letter = draft("raadsinformatiebrief", "Regio Foodvalley", "BOL 2025", today=TODAY)
    text = render(letter, "md").decode()
    assert "Afspraak 4.6 Economie: campusvorming" in text  # names Wageningen
    assert "NOVEX-gebied Arnhem-Nijmegen-Foodvalley" in text
    assert "A1/A28 knooppunt Hoevelaken" in text and "€ 475 mln" in text
    assert re.search(r"Volgend besluit: .*BO MIRT 2025", text)
    assert "€ 2,5 mld." in text and "Snelheid: start bouw" in text
    assert "Ruimtelijk Arrangement Rijk – Provincie Gelderland" in text


def test_pdf_without_the_pdf_extra_answers_with_how_to_install_it(
    zeeland, client, monkeypatch
) -> None:
    """WeasyPrint is optional: without it the page says which extra to install (and the
    other formats still work), the CLI prints the same sentence."""
    monkeypatch.setitem(sys.modules, "weasyprint", None)  # as if it were not installed
    letter = draft("raadsinformatiebrief", "Provincie Zeeland", "BOL 2025", today=TODAY)
    with pytest.raises(RenderError, match=re.escape("pip install ruimtemonitor[pdf]")):
        render(letter, "pdf")
    url = reverse("web:region_letter", args=["provincie-zeeland", "raadsinformatiebrief"])
    response = client.get(url, {"overleg": "BOL 2025", "formaat": "pdf"})
    assert response.status_code == 302
    page = client.get(response["Location"]).content.decode()
    assert "WeasyPrint is niet geïnstalleerd" in page
    assert client.get(url, {"overleg": "BOL 2025", "formaat": "docx"}).status_code == 200


def test_region_page_offers_the_letters_as_downloads(zeeland, client) -> None:
    page = client.get(reverse("web:region_detail", args=["provincie-zeeland"])).content.decode()
    assert 'name="overleg"' in page and "raadsvoorstel" in page
    url = reverse("web:region_letter", args=["provincie-zeeland", "raadsinformatiebrief"])
    response = client.get(url, {"overleg": "BOL 2025", "formaat": "docx"})
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith('attachment; filename="raadsinformatiebrief')
    assert WordDocument(io.BytesIO(response.content)).paragraphs[0].text == "Raadsinformatiebrief"
    wrong = client.get(url, {"overleg": "voorjaar", "formaat": "pdf"}, follow=True)
    assert "niet herkend; schrijf bijvoorbeeld" in wrong.content.decode()


def test_a_name_a_province_shares_with_its_capital_finds_the_province(reference_data) -> None:
    from ruimtemonitor.reports.facts import find_region

    assert find_region("Utrecht").slug == "provincie-utrecht"
    assert find_region("Groningen").slug == "provincie-groningen"
    assert find_region("Gemeente Utrecht").slug == "gemeente-utrecht"
    assert find_region("gemeente-groningen").slug == "gemeente-groningen"
    assert find_region("Den Haag").slug == "gemeente-s-gravenhage"
