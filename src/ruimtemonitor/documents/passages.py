"""Passages in context: a record's passage with the text around it, as it stands in the letter.

Agreements, commitments, projects and the review queue show where a record was read; the
window is cut from the file's text in the database, so a page never loads whole texts.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from django.db.models import Case, F, QuerySet, Value, When
from django.db.models.functions import Greatest, Substr

from ruimtemonitor.documents.models import TEXT_SUFFIXES, Mention, Passage

#: Characters of document text shown on each side of a passage.
CONTEXT_CHARS = 300


@dataclass(frozen=True)
class SpanInContext:
    """A passage with some text around it, to read it as it stands in the letter."""

    before: str
    text: str
    after: str
    clipped_before: bool
    clipped_after: bool
    page: int | None
    document_id: int
    document_title: str
    passage_id: int | None = None  # to open the document at the page holding the passage
    file_has_pages: bool = True  # a text file's "page 1" is no page: then none is named


def with_context(queryset: QuerySet, chars: int = CONTEXT_CHARS) -> QuerySet:
    """Annotate passages (or mentions) with a window of the file text around their span.

    Offsets are into the root file's text; a letter inside a bundle has none of its own, so
    the text comes from the parent. Only the window is read from the database, not the
    whole text of the file.
    """
    window_start = Greatest(F("start") - Value(chars), Value(0))
    root_text = Case(
        When(document__parent__isnull=True, then=F("document__extracted_text")),
        default=F("document__parent__extracted_text"),
    )
    return queryset.annotate(
        context_from=window_start,
        context_text=Substr(
            root_text, window_start + Value(1), F("end") + Value(chars) - window_start
        ),
        context_title=F("document__title"),
        context_file=Case(
            When(document__parent__isnull=True, then=F("document__original_filename")),
            default=F("document__parent__original_filename"),
        ),
    )


def in_context(row: Passage | Mention, chars: int = CONTEXT_CHARS) -> SpanInContext:
    """Split an annotated row's window into the text before, the span itself and after."""
    window = getattr(row, "context_text", None) or ""
    first = getattr(row, "context_from", 0) or 0
    offset = row.start - first
    length = row.end - row.start
    before, text, after = (
        window[:offset],
        window[offset : offset + length],
        window[offset + length :],
    )
    clipped_before = first > 0
    clipped_after = len(window) >= (row.end + chars - first)
    if clipped_before and " " in before:
        before = before[before.index(" ") + 1 :]
    if clipped_after and " " in after:
        after = after[: after.rindex(" ")]
    return SpanInContext(
        before=before,
        text=text,
        after=after,
        clipped_before=clipped_before,
        clipped_after=clipped_after,
        page=row.page,
        document_id=row.document_id,
        document_title=getattr(row, "context_title", "") or "",
        passage_id=row.pk if isinstance(row, Passage) else None,
        file_has_pages=not (getattr(row, "context_file", "") or "").lower().endswith(TEXT_SUFFIXES),
    )


def passages_in_context(passage_ids: Iterable[int | None]) -> dict[int, SpanInContext]:
    """Passage id -> its text in context, for many passages in one query."""
    wanted = {pk for pk in passage_ids if pk}
    if not wanted:
        return {}
    return {row.pk: in_context(row) for row in with_context(Passage.objects.filter(pk__in=wanted))}
