"""The Afspraken list as CSV or XLSX: the same selection and order, every page, streamed."""

from __future__ import annotations

from collections.abc import Iterator

from django.db.models import QuerySet
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from ruimtemonitor.common.statuses import AgreementStatus, ReviewState
from ruimtemonitor.register.filters import AgreementFilter, selection
from ruimtemonitor.register.models import Agreement
from ruimtemonitor.web import exports
from ruimtemonitor.web.access import readable
from ruimtemonitor.web.ratelimit import anonymous_rate_limited
from ruimtemonitor.web.views.agreements.rows import as_row, rows_queryset

EXPORT_CHUNK = 1000


def export_headers() -> list[str]:
    return [
        _("Number"),
        _("Title"),
        _("Arrangement"),
        _("Year"),
        _("Chapter"),
        _("Types"),
        _("Departments"),
        _("Status"),
        _("Review state"),
        _("First deadline"),
        _("First deadline until"),
        _("Commitments"),
        _("Source document"),
        _("Page"),
        _("URL"),
    ]


def export_rows(request: HttpRequest, queryset: QuerySet) -> Iterator[list[object]]:
    """The rows of the list in its order, all pages, read in chunks for the streaming writer."""
    status_labels = dict(AgreementStatus.choices)
    review_labels = dict(ReviewState.choices)
    sample = reverse("web:agreement_detail", args=[1])
    detail_prefix = request.build_absolute_uri(sample[: -len("1")])
    for agreement in rows_queryset(queryset).iterator(chunk_size=EXPORT_CHUNK):
        row = as_row(agreement)
        passage = agreement.source_passage
        first = row.first_deadline
        yield [
            agreement.number,
            agreement.title,
            agreement.arrangement.title,
            agreement.arrangement.year,
            agreement.chapter,
            row.type_labels,
            row.departments,
            str(status_labels.get(agreement.status, agreement.status)),
            str(review_labels.get(agreement.review_state, agreement.review_state)),
            (first.deadline_as_written or "") if first else "",
            first.deadline_end if first else None,
            row.commitment_count,
            passage.document.title if passage else "",
            passage.page if passage else None,
            f"{detail_prefix}{agreement.pk}",
        ]


@readable
@require_GET
@anonymous_rate_limited
def agreement_export(request: HttpRequest, fmt: str) -> HttpResponse:
    if fmt not in {"csv", "xlsx"}:
        raise Http404(_("Export as CSV or XLSX."))
    filterset = AgreementFilter(data=request.GET.copy(), queryset=Agreement.objects.all())
    queryset = filterset.qs
    total = queryset.count()
    if total > exports.MAX_EXPORT_ROWS:
        return render(
            request,
            "web/agreements/export_too_large.html",
            {
                "total": total,
                "max_export_rows": exports.MAX_EXPORT_ROWS,
                "back_url": reverse("web:agreement_list")
                + "?"
                + selection(request.GET).urlencode(),
            },
            status=400,
        )
    filename = f"afspraken-{timezone.localdate():%Y-%m-%d}"
    rows = export_rows(request, queryset)
    if fmt == "csv":
        return exports.csv_response(filename, export_headers(), rows)
    return exports.xlsx_response(filename, export_headers(), rows, sheet=_("Agreements"))
