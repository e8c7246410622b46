"""`sources sync bekendmakingen` against the local stand-in, and letters that become the
register's documents under their official identifier."""

from __future__ import annotations

import pytest

from ruimtemonitor.core.sources.testing import Fault, minimal_pdf, publication, tk_document
from ruimtemonitor.documents.models import Document
from ruimtemonitor.ingestion.models import JobStatus
from ruimtemonitor.ingestion.services import ingest_paths
from ruimtemonitor.sources.models import RunStatus, SourceRecord, SyncCursor
from ruimtemonitor.sources.services import sync_source

pytestmark = pytest.mark.django_db

LETTER = [
    "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal",
    "Datum 30 juni 2025",
    "Betreft Uitkomsten Bestuurlijke Overleggen Leefomgeving 2025",
    "Op 2 juni 2025 vond het BOL Oost plaats.",
    "Hiermee is de motie van het lid Veltman (Kamerstuk 36 600-A, nr. 63) afgedaan.",
]


def publish(
    server,
    identifier: str,
    title: str,
    modified: str,
    *,
    pdf: bytes | None = None,
    pdf_path: str | None = None,
) -> None:
    """Put a publication on the stand-in's list; with ``pdf``, its letter is served too."""
    if pdf is not None:
        pdf_path = f"/frbr/{identifier}.pdf"
        server.add_file(pdf_path, pdf)
    server.data.publications.append(
        publication(identifier, title=title, modified=modified, pdf_path=pdf_path)
    )


def seed(server, count: int = 5) -> None:
    for i in range(count):
        publish(
            server, f"kst-36600-A-{10 + i}", f"Brief over het MIRT ({i})", f"2025-06-{10 + i:02d}"
        )


def test_first_sync_stores_the_publications_and_the_second_nothing_new(server) -> None:
    seed(server, 5)
    publish(server, "kst-21501-33-1", "Ander dossier", "2025-06-11")
    first = sync_source("bekendmakingen")
    assert first.ok, first.run.error
    assert first.run.created == 5
    assert set(SourceRecord.objects.values_list("kamerstuk", flat=True)) == {
        f"kst-36600-A-{10 + i}" for i in range(5)
    }
    assert any("startRecord=4" in path for path in server.data.requests)  # followed paging
    assert SyncCursor.objects.get(stream="publications").modified == "2025-06-14"

    second = sync_source("bekendmakingen")
    assert second.ok and second.run.created == 0 and second.run.changed == 0
    assert SourceRecord.objects.count() == 5


def test_a_changed_publication_gets_a_history_row(server) -> None:
    seed(server, 2)
    assert sync_source("bekendmakingen").ok
    server.data.publications[1] = publication(
        "kst-36600-A-11",
        title="Brief over het MIRT (gerectificeerd)",
        modified="2025-07-01",
        pdf_path=None,
    )
    report = sync_source("bekendmakingen")
    assert report.run.changed == 1
    record = SourceRecord.objects.get(kamerstuk="kst-36600-A-11")
    assert [row.title for row in record.history.all()] == [
        "Brief over het MIRT (gerectificeerd)",
        "Brief over het MIRT (1)",
    ]


def test_a_503_is_retried_and_an_sru_diagnostic_is_reported(server) -> None:
    seed(server, 2)
    server.fail("/sru", Fault(status=503))
    assert sync_source("bekendmakingen").ok
    assert SourceRecord.objects.count() == 2

    publish(server, "kst-36600-A-99", "Nieuw", "2025-08-01")
    diagnostic = (
        b'<sru:searchRetrieveResponse xmlns:sru="http://docs.oasis-open.org/ns/search-ws/'
        b'sruResponse"><sru:diagnostics><diag:diagnostic xmlns:diag="http://docs.oasis-open.org'
        b'/ns/search-ws/diagnostic"><diag:message>Query syntax error</diag:message>'
        b"</diag:diagnostic></sru:diagnostics></sru:searchRetrieveResponse>"
    )
    server.fail("/sru", Fault(status=200, body=diagnostic))
    report = sync_source("bekendmakingen")
    assert report.run.status == RunStatus.FAILED
    assert report.run.error == "the service reports a problem: Query syntax error"
    assert report.run.error_url.startswith(server.sru_url)
    assert not SourceRecord.objects.filter(kamerstuk="kst-36600-A-99").exists()


def test_a_synced_letter_uploaded_by_hand_later_is_the_same_document(server, tmp_path) -> None:
    pdf = minimal_pdf(LETTER)
    publish(server, "kst-36600-A-16", "Uitkomsten BOL 2025", "2025-06-30", pdf=pdf)
    report = sync_source("bekendmakingen")
    assert report.ok and report.run.letters == 1, report.run.notes
    record = SourceRecord.objects.get(kamerstuk="kst-36600-A-16")
    document = record.document
    assert document is not None and document.kamerstuk == "kst-36600-A-16"
    assert document.parent is None and document.content_hash

    upload = tmp_path / "brief-van-de-minister.pdf"  # another name, the same letter
    upload.write_bytes(pdf)
    [job] = ingest_paths([upload], queue=False).jobs
    job.refresh_from_db()
    assert job.status == JobStatus.SKIPPED
    assert job.document_id == document.pk
    assert Document.objects.filter(parent=None).count() == 1


def test_a_letter_uploaded_first_gets_its_identifier_and_is_not_stored_twice(
    server, tmp_path
) -> None:
    pdf = minimal_pdf(LETTER)
    upload = tmp_path / "bol-brief.pdf"
    upload.write_bytes(pdf)
    ingest_paths([upload], queue=False)
    manual = Document.objects.get(parent=None)
    assert manual.kamerstuk == ""

    server.add_file("/resource/d1", pdf)  # the Kamer's copy of the same letter
    server.data.documents.append(
        tk_document(
            "d1",
            dossier=36600,
            suffix="A",
            number=16,
            modified="2025-06-30T12:00:00Z",
            title="Uitkomsten BOL 2025",
        )
    )
    assert sync_source("tweedekamer").ok
    manual.refresh_from_db()
    assert manual.kamerstuk == "kst-36600-A-16"
    assert SourceRecord.objects.get(kind="document").document == manual
    assert Document.objects.filter(parent=None).count() == 1

    # The same letter found at KOOP later is linked by its identifier, without a download.
    publish(
        server, "kst-36600-A-16", "Uitkomsten BOL 2025", "2025-07-01", pdf_path="/frbr/missing.pdf"
    )
    report = sync_source("bekendmakingen")
    assert report.ok and report.run.letters == 1
    assert SourceRecord.objects.get(kind="publicatie").document == manual
    assert not any("missing.pdf" in path for path in server.data.requests)


def test_an_unreadable_letter_is_a_note_not_a_failed_run(server) -> None:
    publish(server, "kst-36600-A-17", "Kapot", "2025-06-30", pdf=b"%PDF-1.7\nthis is not a PDF")
    report = sync_source("bekendmakingen")
    assert report.ok and report.run.letters == 0
    assert "kst-36600-A-17" in report.run.notes
    assert SourceRecord.objects.get().document is None
