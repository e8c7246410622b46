"""Documenten: the letters as ingested, one in detail, and the upload."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import path

from ruimtemonitor.web.access import readable


@readable
def document_list(request: HttpRequest, **kwargs: object) -> HttpResponse:
    return render(request, "web/placeholder.html", {"page": "document_list"})


urlpatterns = [
    path("documenten", document_list, name="document_list"),
    path("documenten/<int:pk>", document_list, name="document_detail"),
    path("documenten/uploaden", document_list, name="document_upload"),
]
