"""The site's Dutch error pages in every mode, also with DEBUG on (development).

Without DEBUG, Django answers a 404 or 500 with the templates ``404.html`` and ``500.html``.
With DEBUG it shows its technical pages instead: English, listing every route or the
traceback. A visitor of a development server (a demo, ``./run``) should see the same Dutch
page as in production; the traceback is still written to the log by ``django.request``.
"""

from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.template.loader import render_to_string

HTML = "text/html"


class DutchErrorPagesMiddleware:
    """With DEBUG: replace Django's technical HTML 404 and 500 pages by the site's own."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if not settings.DEBUG or not response.get("Content-Type", "").startswith(HTML):
            return response
        if response.status_code == 404:
            return render(request, "404.html", status=404)
        if response.status_code == 500:
            return HttpResponse(render_to_string("500.html"), status=500)
        return response
