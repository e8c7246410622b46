"""One agreement: its text in the letter, commitments, who and where, cross-references and
history, with the edit forms for those who may change it (``edit`` handles the posts).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from django.db.models import Q, QuerySet
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.views.decorators.http import require_GET

from ruimtemonitor.accounts.permissions import can_edit
from ruimtemonitor.common.models import PRECISION_CHOICES
from ruimtemonitor.common.statuses import ReviewState
from ruimtemonitor.documents.models import Document, Mention, MentionKind
from ruimtemonitor.documents.passages import (
    SpanInContext,
    in_context,
    passages_in_context,
    with_context,
)
from ruimtemonitor.organisations.models import Area
from ruimtemonitor.register.involvement import PARTY_PATHS, organisations_involved
from ruimtemonitor.register.models import Agreement, Commitment
from ruimtemonitor.web.access import readable
from ruimtemonitor.web.forms import (
    AgreementEditForm,
    CommitmentEditForm,
    owner_choices,
)
from ruimtemonitor.web.history import FieldChange, history_entries
from ruimtemonitor.web.views.agreements.rows import Row


class _Involved:
    """The organisations involved in a record, computed once for all of a page's checks."""

    def __init__(self, ids: set[int]) -> None:
        self.ids = ids

    def involved_organisation_ids(self) -> set[int]:
        return self.ids


@dataclass
class CommitmentView:
    commitment: Commitment
    passage: SpanInContext | None
    form: CommitmentEditForm | None
    conflict: Conflict | None = None


@dataclass
class Conflict:
    message: str
    rows: list[FieldChange]  # label, your value, the current value


def source_date(agreement: Agreement) -> dt.date | None:
    passage = agreement.source_passage
    if passage is not None and passage.document.date:
        return passage.document.date
    document = agreement.arrangement.document
    return document.date if document is not None else None


def _agreement_queryset() -> QuerySet:
    """With its documents, but without their (large) text: passages read only a window."""
    return Agreement.objects.select_related(
        "arrangement",
        "arrangement__area",
        "arrangement__meeting",
        "arrangement__document",
        "source_passage",
        "source_passage__document",
        "continues",
        "continues__arrangement",
    ).defer(
        "search_document",
        "arrangement__document__extracted_text",
        "source_passage__document__extracted_text",
        "continues__search_document",
    )


def load_agreement(pk: int) -> Agreement:
    return get_object_or_404(_agreement_queryset(), pk=pk)


def _references(agreement: Agreement) -> list[tuple[Mention, SpanInContext]]:
    """Cross-references ("zie afspraak 2.1") in the same letter pointing at this number."""
    if not agreement.number:
        return []
    documents = {
        pk
        for pk in (
            getattr(agreement.source_passage, "document_id", None),
            agreement.arrangement.document_id,
        )
        if pk
    }
    if not documents:
        return []
    number = agreement.number
    mentions = with_context(
        Mention.objects.filter(document_id__in=documents, kind=MentionKind.REFERENCE)
        .filter(Q(value__number=number) | Q(value__resolved_number=number))
        .order_by("start")
    )
    return [(mention, in_context(mention)) for mention in mentions]


def detail_context(
    request: HttpRequest,
    agreement: Agreement,
    *,
    agreement_form: AgreementEditForm | None = None,
    agreement_conflict: Conflict | None = None,
    commitment_forms: dict[int, CommitmentEditForm] | None = None,
    commitment_conflicts: dict[int, Conflict] | None = None,
) -> dict[str, Any]:
    commitments = list(agreement.commitments.select_related("owner").order_by("position", "pk"))
    departments = list(agreement.departments.order_by("abbreviation", "name"))
    # Who and where, as the register's one rule reads them: the arrangement's signatories and
    # area with what the agreement itself names and who owns its commitments.
    parties = list(organisations_involved(agreement, PARTY_PATHS).order_by("name"))
    areas = list(
        Area.objects.filter(
            Q(agreements__pk=agreement.pk) | Q(arrangements__pk=agreement.arrangement_id)
        )
        .distinct()
        .order_by("name")
    )
    passages = passages_in_context(
        [agreement.source_passage_id, *(c.source_passage_id for c in commitments)]
    )
    user = request.user
    involved: set[int] | None = None
    if user.is_authenticated and can_edit(user):
        involved = agreement.involved_organisation_ids()
    may_edit = involved is not None and can_edit(user, _Involved(involved))
    document_date = source_date(agreement)
    choices = owner_choices() if involved is not None else None
    commitment_forms = commitment_forms or {}
    commitment_conflicts = commitment_conflicts or {}
    views = []
    for commitment in commitments:
        form = None
        if involved is not None and can_edit(
            user, _Involved(involved | ({commitment.owner_id} if commitment.owner_id else set()))
        ):
            form = commitment_forms.get(commitment.pk) or CommitmentEditForm.for_record(
                commitment, document_date=document_date, owner_choices=choices
            )
        views.append(
            CommitmentView(
                commitment,
                passages.get(commitment.source_passage_id),
                form,
                commitment_conflicts.get(commitment.pk),
            )
        )
    if may_edit and agreement_form is None:
        agreement_form = AgreementEditForm.for_record(agreement)
    continued_by = list(
        agreement.continued_by.select_related("arrangement").order_by("arrangement__year", "pk")
    )
    return {
        "agreement": agreement,
        "demo_record": Document.objects.filter(
            is_demo=True, passages__pk=agreement.source_passage_id
        ).exists(),
        "arrangement": agreement.arrangement,
        "type_labels": Row(agreement, 0, None).type_labels,
        "departments": departments,
        "parties": parties,
        "areas": areas,
        "passage": passages.get(agreement.source_passage_id),
        "commitments": views,
        "continued_by": continued_by,
        "lineage": agreement.changes_as_new.exclude(review_state=ReviewState.REJECTED).first(),
        "references": _references(agreement),
        "history": history_entries(agreement),
        "may_edit": may_edit,
        "agreement_form": agreement_form if may_edit else None,
        "agreement_conflict": agreement_conflict,
        "precision_labels": dict(PRECISION_CHOICES),
        "list_url": reverse("web:agreement_list"),
    }


@readable
@require_GET
def agreement_detail(request: HttpRequest, pk: int) -> HttpResponse:
    agreement = load_agreement(pk)
    return render(request, "web/agreements/detail.html", detail_context(request, agreement))
