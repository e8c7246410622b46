"""Projecten: MIRT projects by region and phase, and one project in detail."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import path

from ruimtemonitor.web.access import readable


@readable
def project_list(request: HttpRequest, **kwargs: object) -> HttpResponse:
    return render(request, "web/placeholder.html", {"page": "project_list"})


urlpatterns = [
    path("projecten", project_list, name="project_list"),
    path("projecten/<slug:slug>", project_list, name="project_detail"),
]
