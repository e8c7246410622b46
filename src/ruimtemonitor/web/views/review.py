"""Controleren: the queue of extracted records still proposed."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import path

from ruimtemonitor.web.access import readable


@readable
def review_queue(request: HttpRequest, **kwargs: object) -> HttpResponse:
    return render(request, "web/placeholder.html", {"page": "review_queue"})


urlpatterns = [
    path("controleren", review_queue, name="review_queue"),
]
