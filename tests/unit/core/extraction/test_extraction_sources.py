import zipfile
from pathlib import Path

import pytest

from ruimtemonitor.core.extraction import ExtractionError, extract_file, read_source
from ruimtemonitor.core.extraction.sources import MAX_LINE_CHARS, source_from_text

pytestmark = pytest.mark.unit


def test_text_with_bom_and_form_feeds_gives_pages(tmp_path: Path) -> None:
    path = tmp_path / "brief.txt"
    path.write_bytes("\ufeffEerste pagina\fTweede pagina\fDerde".encode())
    source = read_source(path)
    assert source.kind == "text"
    assert source.text.startswith("Eerste")
    assert source.page_starts == (0, 14, 28)
    assert source.page_of(15) == 2


def test_utf16_with_bom_is_read(tmp_path: Path) -> None:
    path = tmp_path / "brief.txt"
    path.write_bytes("Afspraak 1.1 Zoetwater".encode("utf-16"))
    assert read_source(path).text == "Afspraak 1.1 Zoetwater"


def test_pdf_is_read_per_page_in_a_subprocess(tmp_path: Path, pdf_writer) -> None:
    path = pdf_writer(
        tmp_path / "brief.pdf", [["Afspraak 1.1 Zoetwater", "Beleidsafspraak"], ["Pagina twee"]]
    )
    source = read_source(path, timeout_s=30)
    assert source.kind == "pdf"
    assert len(source.page_starts) == 2
    assert "Afspraak 1.1 Zoetwater" in source.text
    assert source.text[source.page_starts[1] :].startswith("Pagina twee")


def test_docx_paragraphs_and_lists(tmp_path: Path) -> None:
    import docx  # python-docx is a dependency of the product

    document = docx.Document()
    document.add_paragraph("Afspraak 2.1 Zoetwater")
    document.add_paragraph("Rijk en provincie spreken af:")
    document.add_paragraph("De provincie verkent de opgave.", style="List Bullet")
    path = tmp_path / "brief.docx"
    document.save(path)
    source = read_source(path)
    assert source.kind == "docx"
    assert "• De provincie verkent de opgave." in source.text


def test_html_drops_script_style_and_nav(tmp_path: Path) -> None:
    path = tmp_path / "stuk.html"
    path.write_text(
        "<!DOCTYPE html><html><head><style>p{}</style><script>var x=1;</script></head><body>"
        "<nav>Menu Home</nav><h1>Kamerbrief</h1><p>Het Rijk &amp; de regio spreken af.</p>"
        "<ul><li>Eerste punt</li></ul></body></html>",
        encoding="utf-8",
    )
    source = read_source(path)
    assert source.kind == "html"
    assert "Menu" not in source.text and "var x" not in source.text
    assert "Het Rijk & de regio spreken af." in source.text
    assert "• Eerste punt" in source.text


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("leeg.txt", b"", "is empty"),
        ("nep.pdf", b"Dit is geen PDF maar tekst.\n", "not a PDF"),
        ("kapot.pdf", b"%PDF-1.7\n1 0 obj << /Type /Catalog >>\nthis is truncated", "damaged PDF"),
        ("cp1252.txt", "Financi\u00ebn en caf\u00e9".encode("cp1252"), "not valid UTF-8 at byte 7"),
        ("nul.txt", b"Afspraak\x00 1.1", "NUL character"),
        ("controle.txt", b"Afspraak \x07 1.1", "control character U+0007"),
        ("lang.txt", b"x" * (MAX_LINE_CHARS + 10), "line longer than"),
        ("nep.docx", b"PK\x03\x04 not really a zip", "not a DOCX"),
    ],
)
def test_bad_input_gives_one_clear_error(
    tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ExtractionError) as caught:
        extract_file(path, timeout_s=30)
    assert message in str(caught.value)
    assert caught.value.path == path
    assert str(caught.value).startswith(str(path))


def test_hundred_thousand_character_line_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "regel.txt"
    path.write_text("Kop\n" + "woord " * 17_000 + "\n", encoding="utf-8")
    with pytest.raises(ExtractionError, match="line longer than"):
        read_source(path)


def test_file_over_the_size_limit_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "groot.txt"
    with path.open("wb") as handle:
        handle.truncate(3 * 1024 * 1024)  # sparse: 3 MB of NULs, never read
    with pytest.raises(ExtractionError, match="over the size limit of 1,048,576 bytes"):
        read_source(path, max_bytes=1024 * 1024)


def test_encrypted_pdf_is_named_as_such(tmp_path: Path, pdf_writer) -> None:
    path = pdf_writer(tmp_path / "geheim.pdf", [["Vertrouwelijk"]], encrypt=True)
    with pytest.raises(ExtractionError, match="encrypted"):
        read_source(path, timeout_s=30)


def test_pdf_without_text_is_refused(tmp_path: Path, pdf_writer) -> None:
    path = pdf_writer(tmp_path / "scan.pdf", [[]])
    with pytest.raises(ExtractionError, match="no extractable text"):
        read_source(path, timeout_s=30)


def test_pdf_time_limit_stops_the_parser(tmp_path: Path, pdf_writer, monkeypatch) -> None:
    path = pdf_writer(tmp_path / "traag.pdf", [["Tekst"]])
    monkeypatch.setattr("ruimtemonitor.core.extraction.sources.sys.executable", "/bin/sleep")
    monkeypatch.setattr(
        "ruimtemonitor.core.extraction.sources._pdf_command", lambda p, t: ["/bin/sleep", "5"]
    )
    with pytest.raises(ExtractionError, match=r"took longer than 0\.5 s"):
        read_source(path, timeout_s=0.5)


def test_zip_that_is_not_word(tmp_path: Path) -> None:
    path = tmp_path / "archief.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "hallo")
    with pytest.raises(ExtractionError, match="not a Word"):
        read_source(path)


def test_text_in_memory_is_validated_like_a_file() -> None:
    with pytest.raises(ExtractionError, match="contains no text"):
        source_from_text("   \n ")


@pytest.mark.corpus
@pytest.mark.slow
def test_corpus_pdf_splits_into_the_same_documents_as_its_text(corpus_dir: Path) -> None:
    """The rendered PDF has a page break where the text has a blank line: same five letters."""
    from ruimtemonitor.core.extraction.cleaning import clean
    from ruimtemonitor.core.extraction.splitting import split_documents

    pdf = corpus_dir / "000_2625f7667a8edade.rendered.pdf"
    if not pdf.exists():
        pytest.skip(f"{pdf} is not there")
    kinds = [
        [document.kind for document in split_documents(clean(read_source(path)))]
        for path in (pdf, corpus_dir / "000_2625f7667a8edade.txt")
    ]
    assert kinds[0] == kinds[1]
    assert kinds[0] == [
        "raadsvoorstel",
        "raadsinformatiebrief",
        "kamerbrief",
        "mirt_brief",
        "ruimtelijk_arrangement",
    ]
