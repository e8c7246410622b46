"""Template context every page gets."""

from __future__ import annotations

from django.core.cache import cache
from django.http import HttpRequest

from ruimtemonitor.documents.demo import SAMPLES_KEY
from ruimtemonitor.documents.models import Document


def _has_samples() -> bool:
    found = cache.get(SAMPLES_KEY)
    if found is None:
        found = Document.objects.filter(is_demo=True).exists()
        cache.set(SAMPLES_KEY, found, 60)
    return found


def samples(request: HttpRequest) -> dict[str, object]:
    """Whether the register holds made-up sample letters: every page then says so (read
    lazily, once a minute at most, so pages that never render it pay nothing)."""
    return {"register_has_samples": _has_samples}
