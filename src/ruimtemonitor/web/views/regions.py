"""Regio: everything that touches one area or organisation."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import path

from ruimtemonitor.web.access import readable


@readable
def region_detail(request: HttpRequest, **kwargs: object) -> HttpResponse:
    return render(request, "web/placeholder.html", {"page": "region_detail"})


urlpatterns = [
    path("regio/<slug:slug>", region_detail, name="region_detail"),
]
