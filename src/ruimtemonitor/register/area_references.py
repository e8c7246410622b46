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

__all__ = [
    "AGREEMENT_COLUMNS",
    "ReferencedArea",
    "agreement_rows",
    "letters_of",
    "named_area_spans",
    "referenced_areas",
]

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


#: What ``referenced_areas`` reads of each agreement of a file (``agreement_rows``).
AGREEMENT_COLUMNS = (
    "pk",
    "number",
    "source_passage__start",
    "source_passage__end",
    "source_passage__document_id",
    "source_passage__document__start",
    "source_passage__document__end",
    "review_state",
)
AgreementRow = tuple[int, str, int, int, int, int, int | None, str]


def agreement_rows(letters: QuerySet) -> list[AgreementRow]:
    """The agreements read from the letters, as ``AGREEMENT_COLUMNS``."""
    return list(
        Agreement.objects.filter(source_passage__document__in=letters).values_list(
            *AGREEMENT_COLUMNS
        )
    )


def referenced_areas(
    document: Document,
    spans: Iterable[Span] | None = None,
    agreements: Iterable[AgreementRow] | None = None,
) -> list[ReferencedArea]:
    """Every agreement of the document's file that a pointer under an area's heading names,
    per letter: a pointer names an agreement of its own letter only. ``spans`` and
    ``agreements`` are the file's ``named_area_spans`` and ``agreement_rows`` when the
    caller has them already (one query each)."""
    letters = letters_of(document)
    spans = list(named_area_spans(letters) if spans is None else spans)
    if not spans:
        return []
    if agreements is None:
        agreements = agreement_rows(letters)
    by_letter: dict[int, dict[str, list[int]]] = {}
    headers: dict[int, list[int]] = {}
    spans_of: dict[int, tuple[int, int | None]] = {}  # letter -> its span of the file text
    for pk, number, start, _end, letter_id, letter_start, letter_end, _state in agreements:
        if number:
            by_letter.setdefault(letter_id, {}).setdefault(number.rstrip("."), []).append(pk)
        headers.setdefault(letter_id, []).append(start)
        spans_of[letter_id] = (letter_start, letter_end)
    if not by_letter:
        return []
    text = _file_text(document)
    named = [NamedArea(start, end, area) for start, end, area in spans]
    found = []
    for letter_id, numbers in by_letter.items():
        letter_start, letter_end = spans_of[letter_id]
        end = len(text) if letter_end is None else letter_end
        for reference in area_references(
            text, named, start=letter_start, end=end, headers=headers[letter_id]
        ):
            for agreement_id in numbers.get(reference.number, []):
                found.append(
                    ReferencedArea(agreement_id, int(reference.area), letter_id, reference)
                )
    return found


def _file_text(document: Document) -> str:
    """The file's text: the document's own when it is the file and has it at hand (as at
    ingestion), else read once."""
    if document.parent_id is None and "extracted_text" in document.__dict__:
        return document.extracted_text
    root_id = document.parent_id or document.pk
    return Document.objects.only("extracted_text").get(pk=root_id).extracted_text
