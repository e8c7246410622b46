"""The site's Dutch error pages in every mode, also with DEBUG on (development).

Without DEBUG, Django answers a 404 or 500 with the templates ``404.html`` and ``500.html``.
With DEBUG it shows its technical pages instead: English, listing every route or the
traceback. A visitor of a development server (a demo, ``./run``) should see the same Dutch
page as in production; the traceback is still written to the log by ``django.request``.

The site's addresses end without a slash; an address typed or linked with one
("/afspraken/") is sent on to the page it means instead of getting a 404.
"""

from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse, HttpResponsePermanentRedirect
from django.shortcuts import render
from django.template.loader import render_to_string
from django.urls import Resolver404, resolve

HTML = "text/html"


class DutchErrorPagesMiddleware:
    """With DEBUG: replace Django's technical HTML 404 and 500 pages by the site's own."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        is_page = response.get("Content-Type", "").startswith(HTML)  # the API keeps its 404s
        if response.status_code == 404 and is_page and request.method in ("GET", "HEAD"):
            target = _without_trailing_slash(request)
            if target is not None:
                return HttpResponsePermanentRedirect(target)
        if not settings.DEBUG or not is_page:
            return response
        if response.status_code == 404:
            return render(request, "404.html", status=404)
        if response.status_code == 500:
            return HttpResponse(render_to_string("500.html"), status=500)
        return response


def _without_trailing_slash(request: HttpRequest) -> str | None:
    """The same address without its trailing slashes, when that is a page of the site."""
    path = request.path_info
    if len(path) < 2 or not path.endswith("/") or path.startswith("//"):
        return None  # "//host/…" would be read by a browser as another site
    try:
        resolve(path.rstrip("/") or "/", getattr(request, "urlconf", None))
    except Resolver404:
        return None
    query = request.META.get("QUERY_STRING", "")
    target = request.path.rstrip("/") or "/"
    return f"{target}?{query}" if query else target
