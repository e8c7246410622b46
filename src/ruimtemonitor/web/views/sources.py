"""Bronnen: what the syncs with the Tweede Kamer and the official publications did and found."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import path

from ruimtemonitor.sources.services import overview
from ruimtemonitor.web.access import readable


@readable
def source_overview(request: HttpRequest) -> HttpResponse:
    return render(request, "web/sources/overview.html", {"sources": overview()})


urlpatterns = [path("bronnen", source_overview, name="source_overview")]
