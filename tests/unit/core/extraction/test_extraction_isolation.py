"""Every file is read and analysed in a limited child: size, zip contents, time and memory."""

from __future__ import annotations

from pathlib import Path

import pytest

from ruimtemonitor.core.extraction.samples import minimal_docx
from ruimtemonitor.core.extraction.service import (
    ExtractionError,
    Limits,
    extract_file,
    extract_isolated,
    sample_names,
    sample_path,
    start_reader,
)


@pytest.mark.parametrize("name", sample_names())
def test_the_child_gives_exactly_what_extraction_in_process_gives(name: str) -> None:
    here = extract_file(sample_path(name))
    isolated = extract_isolated(sample_path(name), name=str(sample_path(name)))
    assert isolated.to_json() == here.to_json()
    assert isolated.original_text == here.original_text
    assert isolated.page_count == here.page_count


def test_a_docx_reads_in_the_child(tmp_path: Path) -> None:
    result = extract_isolated(minimal_docx(tmp_path / "brief.docx"))
    assert result.original_text == "Afspraak 1.1 Zoetwater"


def test_a_zip_bomb_is_refused_by_its_unpacked_size_before_it_is_unpacked(tmp_path: Path) -> None:
    bomb = minimal_docx(tmp_path / "bom.docx", padding_mb=20)
    assert bomb.stat().st_size < 100_000  # 20 MB of zeros packs into a few dozen KB
    limits = Limits(max_unpacked_bytes=5 * 1024 * 1024)
    with pytest.raises(ExtractionError) as caught:
        extract_isolated(bomb, limits)
    message = str(caught.value)
    assert message.startswith(f"{bomb}: unpacks to 20,97")
    assert "over the unpacked-size limit of 5,242,880 bytes" in message


def test_a_zip_with_too_many_entries_is_refused(tmp_path: Path) -> None:
    crowded = minimal_docx(tmp_path / "vol.docx", extra_entries=60)
    assert extract_isolated(crowded, Limits(max_entries=100)).original_text
    with pytest.raises(
        ExtractionError, match=r"vol\.docx: is a ZIP archive of 63 entries, over the limit of 50\."
    ):
        extract_isolated(crowded, Limits(max_entries=50))


def test_the_size_limit_is_checked_before_a_child_starts(tmp_path: Path) -> None:
    text = tmp_path / "groot.txt"
    text.write_text("Afspraak 1.1 Zoetwater\n" * 1000, encoding="utf-8")
    with pytest.raises(
        ExtractionError, match=r"groot\.txt: is 23,000 bytes, over the size limit of 1,000 bytes\."
    ):
        extract_isolated(text, Limits(max_bytes=1000))


def test_reading_and_analysis_together_are_stopped_at_the_time_limit(tmp_path: Path) -> None:
    # Text reads instantly; analysing 3 MB of agreements takes far longer than 0.3 s.
    paragraph = (
        "Afspraak {n}.1 Bereikbaarheid\nType afspraak: Uitvoeringsafspraak\n"
        "Betrokken departementen: IenW, BZK\nRijk en provincie spreken af:\n"
        "• De provincie investeert € 12,5 miljoen vóór 1 juli 2026 in de N{n}.\n\n"
    )
    text = tmp_path / "lang.txt"
    text.write_text("".join(paragraph.format(n=n) for n in range(16_000)), encoding="utf-8")
    with pytest.raises(ExtractionError) as caught:
        extract_isolated(text, Limits(timeout_s=0.3))
    assert str(caught.value) == f"{text}: took longer than 0.3 s to extract and was stopped."


def test_a_child_over_its_memory_limit_is_refused_naming_the_limit(tmp_path: Path) -> None:
    text = tmp_path / "brief.txt"
    text.write_text("Afspraak 1.1 Zoetwater\n" * 200_000, encoding="utf-8")  # 4.6 MB
    # Below what the interpreter already occupies: reading the file cannot get its memory.
    with pytest.raises(ExtractionError, match=r"memory limit of 20,971,520 bytes"):
        extract_isolated(text, Limits(memory_bytes=20 * 1024 * 1024))
    # The next file is read normally: the server that forks the children survived.
    assert extract_isolated(sample_path("bundle")).page_count > 1


def test_a_damaged_file_is_an_extraction_error_from_the_child(tmp_path: Path) -> None:
    broken = tmp_path / "kapot.pdf"
    broken.write_bytes(b"%PDF-1.7\n" + b"\x00garbage" * 100)
    with pytest.raises(ExtractionError, match=r"kapot\.pdf: is a damaged PDF"):
        extract_isolated(broken)


def test_a_pdf_is_parsed_in_the_reader_like_in_its_own_worker(corpus_dir: Path) -> None:
    pdf = corpus_dir / "000_2625f7667a8edade.rendered.pdf"
    if not pdf.exists():
        pytest.skip(f"corpus PDF not present at {pdf}")
    isolated = extract_isolated(pdf, Limits(timeout_s=120), name=str(pdf))
    here = extract_file(pdf, timeout_s=120)
    assert isolated.page_count == here.page_count > 1
    assert isolated.to_json() == here.to_json()


def test_a_started_reader_reads_the_next_files_and_one_over_a_limit_is_replaced(
    tmp_path: Path,
) -> None:
    from ruimtemonitor.core.extraction import isolation

    assert start_reader()
    first = isolation._reader.process.pid
    extract_isolated(sample_path("bundle"))
    extract_isolated(sample_path("mirt_brief"))
    assert isolation._reader.process.pid == first  # one warm reader, not one per file
    slow = tmp_path / "lang.txt"
    slow.write_text("Afspraak 1.1 Zoetwater\nTekst.\n" * 150_000, encoding="utf-8")
    with pytest.raises(ExtractionError, match=r"took longer than 0\.05 s"):
        extract_isolated(slow, Limits(timeout_s=0.05))
    extract_isolated(sample_path("bundle"))
    assert isolation._reader.process.pid != first
