"""Letters from the sources enter the register through the normal ingestion service.

The official identifier (``kst-36600-A-16``) is the document's key: a letter already in the
register under that id is linked, not fetched again; a downloaded file goes through
``ingestion.services`` like an upload, so the same bytes uploaded by hand later (or earlier)
are recognised as the same document by their content hash, and the document carries the id.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from django.db.models import F

from ruimtemonitor.core.sources.http import PoliteClient
from ruimtemonitor.documents.models import Document
from ruimtemonitor.ingestion.models import JobStatus
from ruimtemonitor.ingestion.services import run_job, submit_file
from ruimtemonitor.sources.models import SourceRecord

__all__ = ["attach_letter"]

SUFFIXES = {"pdf": ".pdf", "html": ".html", "docx": ".docx"}


def known_document(kamerstuk: str) -> Document | None:
    if not kamerstuk:
        return None
    # A file of its own before a letter inside a bundle; the oldest first.
    order = (F("parent_id").asc(nulls_first=True), "pk")
    return Document.objects.filter(kamerstuk=kamerstuk).order_by(*order).first()


def attach_letter(
    record: SourceRecord, client: PoliteClient, *, user: object | None = None
) -> tuple[Document | None, str]:
    """The register's document for ``record``'s letter, fetched and ingested when needed;
    with a one-sentence problem instead when the file could not be read."""
    existing = known_document(record.kamerstuk)
    if existing is not None:
        return existing, ""
    suffix = SUFFIXES.get(record.file_type)
    if not record.file_url or suffix is None:
        return None, ""
    response = client.get(record.file_url)
    name = (record.kamerstuk or record.external_id.replace("/", "_")) + suffix
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(response.content)
        job = submit_file(path, user=user)
        if not job.is_finished:
            job = run_job(job.pk)
    if job.status not in {JobStatus.SUCCEEDED, JobStatus.SKIPPED} or job.document is None:
        return None, f"{record.kamerstuk or record.external_id}: {job.error or job.status}"
    document = job.document
    if record.kamerstuk and not document.kamerstuk:
        document.kamerstuk = record.kamerstuk
        document._change_reason = f"source: {record.source}"
        document.save(update_fields=["kamerstuk", "updated_at"])
    return document, ""
