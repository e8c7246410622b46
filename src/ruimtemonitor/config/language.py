"""The language of an answer: the pages are Dutch only; the API follows ``Accept-Language``.

The site offers no language switch, so a browser that asks for English would get pages that
are half English (Django's own texts translated, the site's not) with no way back. Only the
API answers in English on request, as docs/api.md describes, for data engineers' tools.
"""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest
from django.middleware.locale import LocaleMiddleware
from django.utils import translation

API_PREFIX = "/api/"


class PagesInDutchLocaleMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware for the API; the site's language for everything else."""

    def process_request(self, request: HttpRequest) -> None:
        if request.path_info.startswith(API_PREFIX):
            super().process_request(request)
            return
        translation.activate(settings.LANGUAGE_CODE)
        request.LANGUAGE_CODE = translation.get_language()
