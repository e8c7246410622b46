"""The shipped sample letters are made up: what comes from them must never pass for real.

A document is demo when its file has the bytes of one of the samples in
``core/extraction/samples`` (``ruimtemonitor init --demo`` ingests them), however it came in.
Records read from it carry that through their source passage: ``real()`` leaves them out of
counts, deadline lists and letters, and pages mark them.
"""

from __future__ import annotations

import hashlib
from functools import cache

from django.db.models import Model, QuerySet

from ruimtemonitor.core.extraction.service import sample_names, sample_path

__all__ = ["is_sample", "mark_demo", "real", "sample_hashes"]


@cache
def sample_hashes() -> frozenset[str]:
    """SHA-256 of every shipped sample file, as ingestion hashes a file."""
    return frozenset(
        hashlib.sha256(sample_path(name).read_bytes()).hexdigest() for name in sample_names()
    )


def is_sample(content_hash: str) -> bool:
    return content_hash in sample_hashes()


def mark_demo(document: Model) -> bool:
    """Flag a stored file and the letters inside it when the file is a shipped sample."""
    from ruimtemonitor.documents.models import Document

    demo = is_sample(document.content_hash)
    if demo:
        Document.objects.filter(pk=document.pk).update(is_demo=True)
        Document.objects.filter(parent=document).update(is_demo=True)
        document.is_demo = True
        from django.core.cache import cache

        cache.delete("ruimtemonitor:register-has-samples")  # web.context.SAMPLES_KEY
    return demo


def real(queryset: QuerySet) -> QuerySet:
    """The records of a queryset that do not come from a sample letter.

    Works for every record with a source passage (agreements, commitments, projects, money
    lines, milestones, motions) and for documents themselves.
    """
    model = queryset.model
    if model._meta.label == "documents.Document":
        return queryset.filter(is_demo=False)
    if model._meta.label == "documents.Mention":
        return queryset.filter(document__is_demo=False)
    return queryset.exclude(source_passage__document__is_demo=True)
