"""The shipped sample letters are made up: what comes from them must never pass for real.

A document is demo when its file has the bytes of one of the samples in
``core/extraction/samples`` (``ruimtemonitor init --demo`` ingests them), however it came in;
ingestion sets the flag when it stores the file (``ingestion.storing``).
Records read from it carry that through their source passage: ``real()`` leaves them out of
counts, deadline lists and letters, and pages mark them.
"""

from __future__ import annotations

import hashlib
from functools import cache

from django.db.models import QuerySet

from ruimtemonitor.core.extraction.service import sample_names, sample_path

__all__ = ["SAMPLES_KEY", "forget_samples_flag", "is_sample", "real", "sample_hashes"]

# Cache key of "does the register hold samples?" (web.context reads it on every page).
SAMPLES_KEY = "ruimtemonitor:register-has-samples"


@cache
def sample_hashes() -> frozenset[str]:
    """SHA-256 of every shipped sample file, as ingestion hashes a file."""
    return frozenset(
        hashlib.sha256(sample_path(name).read_bytes()).hexdigest() for name in sample_names()
    )


def is_sample(content_hash: str) -> bool:
    return content_hash in sample_hashes()


def forget_samples_flag() -> None:
    from django.core.cache import cache

    cache.delete(SAMPLES_KEY)


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
