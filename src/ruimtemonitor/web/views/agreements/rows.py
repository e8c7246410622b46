"""An agreement as one line of the list and of the export: one query per page of rows."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from django.db.models import Prefetch, QuerySet
from django.utils.translation import gettext as _

from ruimtemonitor.organisations.models import Organisation
from ruimtemonitor.register.models import Agreement, AgreementType, Commitment


@dataclass
class Row:
    """An agreement as one line of the list and of the export."""

    agreement: Agreement
    commitment_count: int
    first_deadline: Commitment | None

    @property
    def departments(self) -> list[str]:
        if self.agreement.all_departments:
            return [_("all departments")]
        return [d.abbreviation or d.name for d in self.agreement.departments.all()]

    @property
    def type_labels(self) -> list[str]:
        labels = dict(AgreementType.choices)
        return [str(labels.get(value, value)) for value in self.agreement.types or []]


def first_deadline(commitments: Iterable[Commitment]) -> Commitment | None:
    dated = [c for c in commitments if c.deadline_end is not None]
    if dated:
        return min(dated, key=lambda c: (c.deadline_end, c.position, c.pk))
    written = [c for c in commitments if c.deadline_as_written]
    return written[0] if written else None


def _related() -> tuple[Prefetch, Prefetch]:
    """The departments and commitments of a page of rows, one query each."""
    return (
        Prefetch(
            "departments",
            queryset=Organisation.objects.only("pk", "name", "abbreviation").order_by(
                "abbreviation", "name"
            ),
        ),
        Prefetch(
            "commitments",
            queryset=Commitment.objects.only(
                "pk",
                "agreement_id",
                "position",
                "deadline_as_written",
                "deadline_start",
                "deadline_end",
                "deadline_precision",
            ),
        ),
    )


def rows_queryset(queryset: QuerySet) -> QuerySet:
    """The rows of the export: what the list shows and the source document and page."""
    queryset = queryset.select_related("arrangement", "source_passage", "source_passage__document")
    queryset = queryset.defer("search_document", "source_passage__document__extracted_text")
    return queryset.prefetch_related(*_related())


#: The agreement's columns a line of the list shows (``list_rows_queryset``).
LIST_COLUMNS = (
    "number",
    "title",
    "arrangement_id",
    "chapter",
    "chapter_title",
    "types",
    "all_departments",
    "status",
    "review_state",
    "arrangement__title",
    "arrangement__year",
    "arrangement__document__is_demo",
)


def list_rows_queryset(queryset: QuerySet) -> QuerySet:
    """``rows_queryset`` for the Afspraken list: only the columns a line shows (no source
    passage, which only the export names), and whether its arrangement is a made-up sample
    read in the same query instead of a query of its own."""
    queryset = queryset.select_related("arrangement__document").only(*LIST_COLUMNS)
    return queryset.prefetch_related(*_related())


def as_row(agreement: Agreement) -> Row:
    commitments = list(agreement.commitments.all())
    return Row(agreement, len(commitments), first_deadline(commitments))
