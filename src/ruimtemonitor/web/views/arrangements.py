"""Arrangementen: each generation, what changed since the previous one, and its progress."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Count, F, Q
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import path
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from ruimtemonitor.accounts.permissions import can_edit
from ruimtemonitor.common.statuses import ReviewState
from ruimtemonitor.register.lineage import decide
from ruimtemonitor.register.models import AgreementChange, Arrangement, ChangeKind
from ruimtemonitor.reports.progress import change_lines, progress, to_pdf, to_xlsx
from ruimtemonitor.reports.rendering import RenderError
from ruimtemonitor.web.access import readable
from ruimtemonitor.web.exports import csv_response, xlsx_response
from ruimtemonitor.web.ratelimit import anonymous_rate_limited

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@readable
def arrangement_list(request: HttpRequest) -> HttpResponse:
    arrangements = (
        Arrangement.objects.select_related("area", "supersedes")
        .annotate(agreement_count=Count("agreements", distinct=True))
        # Only what changed: an agreement carried over unchanged is a link, not a change.
        .annotate(
            change_count=Count(
                "changes",
                filter=~Q(changes__kind=ChangeKind.UNCHANGED)
                & ~Q(changes__review_state=ReviewState.REJECTED),
                distinct=True,
            )
        )
        .annotate(is_sample=F("document__is_demo"))
        .order_by("-year", "title")
    )
    return render(request, "web/arrangements/list.html", {"arrangements": arrangements})


@readable
def arrangement_changes(request: HttpRequest, pk: int) -> HttpResponse:
    arrangement = get_object_or_404(Arrangement.objects.select_related("supersedes", "area"), pk=pk)
    lines = change_lines(arrangement)
    fmt = request.GET.get("formaat", "")
    if fmt in {"csv", "xlsx"}:
        headers = [_("change"), _("previous generation"), _("this generation"), _("confidence")]
        rows = [[c.kind_label, c.previous, c.next, round(c.confidence, 2)] for c in lines]
        name = f"wijzigingen-{slugify(str(arrangement))}"
        if fmt == "csv":
            return csv_response(name, headers, rows)
        return xlsx_response(name, headers, rows, sheet=_("Changes"))
    unsure = (
        AgreementChange.objects.filter(arrangement=arrangement, review_state=ReviewState.PROPOSED)
        .filter(confidence__lt=0.75)
        .prefetch_related("previous", "next")
    )
    return render(
        request,
        "web/arrangements/changes.html",
        {
            "arrangement": arrangement,
            "changed": [line for line in lines if line.kind != ChangeKind.UNCHANGED],
            "unchanged": [line for line in lines if line.kind == ChangeKind.UNCHANGED],
            "unsure": unsure,
            "may_review": can_edit(request.user, arrangement),
        },
    )


@login_required
@require_POST
def change_review(request: HttpRequest, pk: int) -> HttpResponse:
    change = get_object_or_404(AgreementChange.objects.select_related("arrangement"), pk=pk)
    decision = request.POST.get("decision", "")
    if decision not in {ReviewState.CONFIRMED, ReviewState.REJECTED}:
        raise Http404
    if not can_edit(request.user, change):
        raise PermissionDenied
    decide(change, decision, user=request.user)
    messages.success(request, _("Your decision on the change has been saved."))
    return redirect("web:arrangement_changes", pk=change.arrangement_id)


@readable
@anonymous_rate_limited
def arrangement_progress(request: HttpRequest, pk: int) -> HttpResponse:
    arrangement = get_object_or_404(Arrangement.objects.select_related("supersedes"), pk=pk)
    report = progress(arrangement)
    fmt = request.GET.get("formaat", "pdf")
    name = f"voortgang-{slugify(str(arrangement))}"
    if fmt == "xlsx":
        response = HttpResponse(to_xlsx(report), content_type=XLSX)
    elif fmt == "pdf":
        try:
            response = HttpResponse(to_pdf(report), content_type="application/pdf")
        except RenderError as exc:
            messages.error(request, str(exc))
            return redirect("web:arrangement_changes", pk=pk)
    else:
        raise Http404
    response["Content-Disposition"] = f'attachment; filename="{name}.{fmt}"'
    return response


urlpatterns = [
    path("arrangementen", arrangement_list, name="arrangement_list"),
    path("arrangementen/<int:pk>/wijzigingen", arrangement_changes, name="arrangement_changes"),
    path("arrangementen/<int:pk>/voortgang", arrangement_progress, name="arrangement_progress"),
    path("wijzigingen/<int:pk>/beoordelen", change_review, name="change_review"),
]
