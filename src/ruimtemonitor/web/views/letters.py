"""Draft letters from a region's page: the raadsinformatiebrief and its raadsvoorstel."""

from __future__ import annotations

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import path
from django.utils.text import slugify

from ruimtemonitor.reports.facts import ReportError
from ruimtemonitor.reports.rendering import FORMATS, RenderError, render
from ruimtemonitor.reports.services import LETTERS, draft
from ruimtemonitor.web.access import readable
from ruimtemonitor.web.ratelimit import anonymous_rate_limited


@readable
@anonymous_rate_limited
def region_letter(request: HttpRequest, slug: str, kind: str) -> HttpResponse:
    """Always a download: the letter is a draft to finish in the region's own tools."""
    if kind not in LETTERS:
        raise Http404
    meeting = request.GET.get("overleg", "").strip()
    fmt = request.GET.get("formaat", "docx")
    if fmt not in FORMATS:
        raise Http404
    try:
        letter = draft(kind, slug, meeting)
        content = render(letter, fmt)
    except (ReportError, RenderError) as exc:
        messages.error(request, str(exc))
        return redirect("web:region_detail", slug=slug)
    response = HttpResponse(content, content_type=FORMATS[fmt])
    name = f"{kind}-{slugify(letter.subject)}.{fmt}"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


urlpatterns = [
    path("regio/<slug:slug>/<slug:kind>", region_letter, name="region_letter"),
]
