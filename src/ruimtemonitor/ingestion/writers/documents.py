"""The file's documents: the root document (the file) and the letters it bundles.

A letter with the kind and title of one in an earlier file becomes its next version, and a
shipped sample is flagged from its first history row (``documents.demo``).
"""

from __future__ import annotations

from django.db import transaction
from django.db.models import F, Window
from django.db.models.functions import RowNumber

from ruimtemonitor.documents.demo import forget_samples_flag, is_sample
from ruimtemonitor.documents.models import Document, DocumentKind
from ruimtemonitor.ingestion.writers.context import FileContext, iso_date

__all__ = ["store_documents"]


def store_documents(
    store: FileContext,
    *,
    file_name: str,
    stored_name: str,
    content_hash: str,
    page_count: int | None,
) -> Document:
    """The file's root document (and its letters); ``stored_name`` is the file in storage."""
    described = store.data.get("documents") or []
    single = described[0] if len(described) == 1 else None
    # A shipped sample letter is flagged from its first history row, and real letters
    # and samples are never each other's versions (documents.demo).
    demo = is_sample(content_hash)
    if demo:  # pages say the register holds samples from the moment this commits
        transaction.on_commit(forget_samples_flag)
    kind = document_kind(single["kind"]) if single else DocumentKind.BUNDLE
    previous_id = (  # the id is all it needs: not the previous file's whole text
        Document.objects.filter(parent=None, original_filename=file_name, is_demo=demo)
        .exclude(content_hash=content_hash)
        .order_by("-created_at")
        .values_list("pk", flat=True)
        .first()
    )
    root = Document(
        kind=kind if described else DocumentKind.OTHER,
        title=(single or {}).get("title") or file_name,
        date=iso_date((single or {}).get("date")),
        reference=((single or {}).get("reference") or "")[:255],
        content_hash=content_hash,
        original_filename=file_name[:255],
        extracted_text=store.text,
        page_count=page_count,
        previous_version_id=previous_id,
        end=len(store.text),
        is_demo=demo,
    )
    if single:
        root.sender = store.directory.organisation_in(single.get("sender"))
        root.sender_as_written = (single.get("sender") or "")[:255]
    root.source_file.name = stored_name  # the job already stored the bytes; share them
    [root] = store.create(Document, [root])
    store.root = root
    if single:
        store.letters = [root]
        return root
    letters = [
        Document(
            parent=root,
            kind=document_kind(item.get("kind")),
            title=(item.get("title") or file_name)[:500],
            date=iso_date(item.get("date")),
            reference=(item.get("reference") or "")[:255],
            sender=store.directory.organisation_in(item.get("sender")),
            sender_as_written=(item.get("sender") or "")[:255],
            start=item["start"],
            end=item["end"],
            is_demo=demo,
        )
        for item in described
    ]
    # A letter with the kind and title of one in an earlier file is its next version: the
    # latest of each, picked by the database (a common title has hundreds of versions).
    latest = {
        (kind, title): pk
        for kind, title, pk in Document.objects.filter(
            parent__isnull=False,
            title__in={letter.title for letter in letters},
            is_demo=demo,
        )
        .annotate(
            newest=Window(
                RowNumber(),
                partition_by=[F("kind"), F("title")],
                order_by=[F("created_at").desc(), F("pk").desc()],
            )
        )
        .filter(newest=1)
        .values_list("kind", "title", "pk")
    }
    for letter in letters:
        letter.previous_version_id = latest.get((letter.kind, letter.title))
    store.letters = store.create(Document, letters)
    return root


def document_kind(kind: str | None) -> str:
    return kind if kind in DocumentKind.values else DocumentKind.OTHER
