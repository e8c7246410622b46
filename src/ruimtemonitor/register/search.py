"""Full-text search over agreements: one text column per agreement, searched per database.

PostgreSQL matches Dutch words with their stems ("drinkwatervoorziening" is not
"drinkwater", but "afspraken" finds "afspraak") through an expression index on
``to_tsvector('dutch', search_document)`` (migration 0004); SQLite, the embedded default,
matches every word as a case-insensitive substring.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.contrib.postgres.search import SearchQuery, SearchVector
from django.db import connection
from django.db.models import Q, QuerySet

SEARCH_CONFIG = "dutch"
MAX_QUERY_LENGTH = 200


def search_document(number: str, title: str, chapter_title: str, texts: Iterable[str]) -> str:
    return "\n".join(part for part in (number, title, chapter_title, *texts) if part)


def refresh_search_documents(agreement_ids: Iterable[int]) -> None:
    """Rebuild the search column from the stored rows (no history row: it is derived data)."""
    from ruimtemonitor.register.models import Agreement, Commitment

    ids = set(agreement_ids)
    if not ids:
        return
    texts: dict[int, list[str]] = {pk: [] for pk in ids}
    for agreement_id, text in (
        Commitment.objects.filter(agreement_id__in=ids)
        .order_by("agreement_id", "position", "pk")
        .values_list("agreement_id", "text")
    ):
        texts[agreement_id].append(text)
    for agreement in Agreement.objects.filter(pk__in=ids).only("number", "title", "chapter_title"):
        document = search_document(
            agreement.number, agreement.title, agreement.chapter_title, texts[agreement.pk]
        )
        Agreement.objects.filter(pk=agreement.pk).update(search_document=document)


def search_vector() -> SearchVector:
    """The same expression as the index, so PostgreSQL can use it."""
    return SearchVector("search_document", config=SEARCH_CONFIG)


def matching(queryset: QuerySet, words: str) -> QuerySet:
    words = " ".join(words.split())[:MAX_QUERY_LENGTH]
    if not words:
        return queryset
    if connection.vendor == "postgresql":
        query = SearchQuery(words, config=SEARCH_CONFIG, search_type="websearch")
        # ``alias``, not ``annotate``: the vector is only a condition (answered by the GIN
        # index), not a column selected and sent with every row that is read.
        return queryset.alias(_search=search_vector()).filter(_search=query)
    condition = Q()
    for word in words.split():
        condition &= Q(search_document__icontains=word.strip('"'))
    return queryset.filter(condition)
