"""Agreements a letter ties to an area by pointing at them (``core.area_references``), read
from the register: the area names found at ingestion (``Mention`` rows) and the agreements'
own passages.

``involvement.link_named_areas`` links them like the names in an agreement's own passage;
the letters to the councils ask which agreements concern a region *only* through such a
pointer, to list them briefly.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from django.db.models import OuterRef, Q, QuerySet, Subquery
from django.db.models.fields.json import KeyTextTransform

from ruimtemonitor.core.area_references import AreaReference, NamedArea, area_references
from ruimtemonitor.documents.models import Document, Mention, MentionKind
from ruimtemonitor.organisations.models import Area
from ruimtemonitor.register.models import Agreement

__all__ = ["ReferencedArea", "letters_of", "named_area_spans", "referenced_areas"]

Span = tuple[int, int, int]  # start, end, area id


@dataclass(frozen=True, slots=True)
class ReferencedArea:
    """Agreement ``agreement_id`` concerns area ``area_id`` through ``reference`` (a pointer
    in letter ``document_id``; offsets into the file's text)."""

    agreement_id: int
    area_id: int
    document_id: int
    reference: AreaReference


def letters_of(document: Document) -> QuerySet:
    """The file a document belongs to and the letters inside it (ids)."""
    root_id = document.parent_id or document.pk  # letters sit one level below their file
    return Document.objects.filter(Q(pk=root_id) | Q(parent_id=root_id)).values("pk")


def named_area_spans(letters: QuerySet) -> list[Span]:
    """Where the letters name an area of the register, sorted: the area mentions whose slug
    is a known area, each with all its spans."""
    area = Area.objects.filter(slug=KeyTextTransform("slug", OuterRef("value"))).values("pk")
    named = (
        Mention.objects.filter(document__in=letters, kind=MentionKind.AREA)
        .annotate(area_pk=Subquery(area[:1]))
        .exclude(area_pk=None)
        .values_list("area_pk", "value")
    )
    spans = [
        (int(start), int(end), pk)
        for pk, value in named
        for start, end in (value or {}).get("spans") or []
    ]
    spans.sort()
    return spans


def referenced_areas(
    document: Document, spans: Iterable[Span] | None = None
) -> list[ReferencedArea]:
    """Every agreement of the document's file that a pointer under an area's heading names,
    per letter: a pointer names an agreement of its own letter only. ``spans`` are the
    file's ``named_area_spans`` when the caller has them already."""
    letters = letters_of(document)
    spans = list(named_area_spans(letters) if spans is None else spans)
    if not spans:
        return []
    agreements = Agreement.objects.filter(source_passage__document__in=letters).values_list(
        "pk", "number", "source_passage__document_id", "source_passage__start"
    )
    by_letter: dict[int, dict[str, list[int]]] = {}
    headers: dict[int, list[int]] = {}
    for pk, number, letter_id, start in agreements:
        if number:
            by_letter.setdefault(letter_id, {}).setdefault(number.rstrip("."), []).append(pk)
        headers.setdefault(letter_id, []).append(start)
    if not by_letter:
        return []
    root = Document.objects.only("extracted_text").get(pk=document.parent_id or document.pk)
    text = root.extracted_text
    named = [NamedArea(start, end, area) for start, end, area in spans]
    found = []
    for letter in Document.objects.filter(pk__in=by_letter).only("pk", "start", "end"):
        end = len(text) if letter.end is None else letter.end
        for reference in area_references(
            text, named, start=letter.start, end=end, headers=headers[letter.pk]
        ):
            for agreement_id in by_letter[letter.pk].get(reference.number, []):
                found.append(
                    ReferencedArea(agreement_id, int(reference.area), letter.pk, reference)
                )
    return found
