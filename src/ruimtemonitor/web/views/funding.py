"""Financiering: funding rounds, their assessment and allocation."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import path

from ruimtemonitor.web.access import readable


@readable
def funding_list(request: HttpRequest, **kwargs: object) -> HttpResponse:
    return render(request, "web/placeholder.html", {"page": "funding_list"})


urlpatterns = [
    path("financiering", funding_list, name="funding_list"),
    path("financiering/<int:pk>", funding_list, name="funding_detail"),
]
