"""The Afspraken pages: list with search, facets and export; detail; editing."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import path

from ruimtemonitor.web.access import readable


@readable
def agreement_list(request: HttpRequest, **kwargs: object) -> HttpResponse:
    return render(request, "web/placeholder.html", {"page": "agreement_list"})


urlpatterns = [
    path("afspraken", agreement_list, name="agreement_list"),
    path("afspraken/<int:pk>", agreement_list, name="agreement_detail"),
]
