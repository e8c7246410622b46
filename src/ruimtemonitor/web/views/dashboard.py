from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import path

from ruimtemonitor.organisations.models import Area, AreaKind, NovexType
from ruimtemonitor.web.access import readable


@readable
def home(request: HttpRequest) -> HttpResponse:
    provinces = Area.objects.filter(kind=AreaKind.PROVINCE).select_related("authority", "parent")
    novex = Area.objects.filter(kind=AreaKind.NOVEX).order_by("novex_type", "name")
    novex_groups = [
        (label, [area for area in novex if area.novex_type == value])
        for value, label in NovexType.choices
    ]
    return render(
        request,
        "web/home.html",
        {"provinces": provinces, "novex_groups": [g for g in novex_groups if g[1]]},
    )


urlpatterns = [path("", home, name="home")]
