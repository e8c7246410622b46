"""Page-number pagination with ``pagina`` and ``paginaGrootte``, in HAL form.

The body::

    {"_links": {"self": {"href": …}, "first": …, "prev": …, "next": …, "last": …},
     "_embedded": {"afspraken": [ … ]},
     "pagina": {"nummer": 2, "grootte": 20, "totaal": 57, "aantalPaginas": 3}}

``prev`` and ``next`` are left out on the first and last page. The same facts travel in
headers for clients that only look there: ``X-Total-Count`` and an RFC 8288 ``Link``
header with the same relations.
"""

from __future__ import annotations

import math
import re
from typing import Any

from django.db.models import QuerySet
from django.utils.translation import gettext as _
from rest_framework.exceptions import NotFound
from rest_framework.pagination import BasePagination
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.utils.urls import remove_query_param, replace_query_param

from ruimtemonitor.api.problems import InvalidParam

PAGE_PARAM = "pagina"
SIZE_PARAM = "paginaGrootte"
DEFAULT_SIZE = 20
MAX_SIZE = 100
MAX_PAGE = 2_147_483_647
_DIGITS = re.compile(r"[0-9]{1,10}")

_HREF = {
    "type": "object",
    "properties": {"href": {"type": "string", "format": "uri"}},
    "required": ["href"],
}


def _positive(raw: str | None, name: str, maximum: int) -> tuple[int | None, InvalidParam | None]:
    if raw is None:
        return None, None
    value = int(raw) if _DIGITS.fullmatch(raw) else None
    if value is None or value < 1:
        reason = _("Give a whole number of 1 or more.")
        return None, InvalidParam(name, "invalid", reason)
    if value > maximum:
        reason = _("Give a whole number of at most %(maximum)d.") % {"maximum": maximum}
        return None, InvalidParam(name, "max_value", reason)
    return value, None


def _count(queryset: QuerySet) -> int:
    """The records over all pages; for agreements kept per register version (their filters
    read only tables the version watches), as on the Afspraken page."""
    from ruimtemonitor.register.models import Agreement
    from ruimtemonitor.register.versioned import total

    return total(queryset) if queryset.model is Agreement else queryset.count()


class ApiPagination(BasePagination):
    """Pages of a collection; ``embedded_key`` names the list inside ``_embedded``."""

    embedded_key = "resultaten"

    def __init__(self) -> None:
        self.number = 1
        self.size = DEFAULT_SIZE
        self.count = 0
        self.request: Request | None = None

    @classmethod
    def for_collection(cls, name: str) -> type[ApiPagination]:
        return type(f"{name.title().replace('-', '')}Pagination", (cls,), {"embedded_key": name})

    def check(self, request: Request) -> list[InvalidParam]:
        """Read both parameters; return what is wrong with them (checked with the filters)."""
        problems = []
        number, problem = _positive(request.query_params.get(PAGE_PARAM), PAGE_PARAM, MAX_PAGE)
        if problem:
            problems.append(problem)
        size, problem = _positive(request.query_params.get(SIZE_PARAM), SIZE_PARAM, MAX_SIZE)
        if problem:
            problems.append(problem)
        self.number = number or 1
        self.size = size or DEFAULT_SIZE
        return problems

    @property
    def pages(self) -> int:
        return max(1, math.ceil(self.count / self.size))

    def paginate_queryset(
        self, queryset: QuerySet, request: Request, view: object = None
    ) -> list[Any]:
        self.request = request
        self.count = _count(queryset)
        if self.number > self.pages:
            # A valid number for a page that does not exist: the page is not found.
            raise NotFound(
                _("There is no page %(number)d; the last page is %(last)d.")
                % {"number": self.number, "last": self.pages}
            )
        offset = (self.number - 1) * self.size
        return list(queryset[offset : offset + self.size])

    def _url(self, number: int) -> str:
        assert self.request is not None
        url = self.request.build_absolute_uri()
        if number == 1:
            return remove_query_param(url, PAGE_PARAM)
        return replace_query_param(url, PAGE_PARAM, number)

    def links(self) -> dict[str, str]:
        assert self.request is not None
        found = {"self": self.request.build_absolute_uri(), "first": self._url(1)}
        if self.number > 1:
            found["prev"] = self._url(self.number - 1)
        if self.number < self.pages:
            found["next"] = self._url(self.number + 1)
        found["last"] = self._url(self.pages)
        return found

    def get_paginated_response(self, data: list[Any]) -> Response:
        links = self.links()
        body = {
            "_links": {rel: {"href": href} for rel, href in links.items()},
            "_embedded": {self.embedded_key: data},
            "pagina": {
                "nummer": self.number,
                "grootte": self.size,
                "totaal": self.count,
                "aantalPaginas": self.pages,
            },
        }
        headers = {
            "X-Total-Count": str(self.count),
            "Link": ", ".join(
                f'<{href}>; rel="{rel}"' for rel, href in links.items() if rel != "self"
            ),
        }
        return Response(body, headers=headers)

    def get_paginated_response_schema(self, schema: dict[str, Any]) -> dict[str, Any]:
        return {
            "type": "object",
            "required": ["_links", "_embedded", "pagina"],
            "properties": {
                "_links": {
                    "type": "object",
                    "description": "Links to this page and its neighbours (HAL).",
                    "required": ["self", "first", "last"],
                    "properties": {rel: _HREF for rel in ("self", "first", "prev", "next", "last")},
                },
                "_embedded": {
                    "type": "object",
                    "required": [self.embedded_key],
                    "properties": {self.embedded_key: schema},
                },
                "pagina": {
                    "type": "object",
                    "description": "This page: its number, its size, the number of records "
                    "over all pages (totaal) and the number of pages.",
                    "required": ["nummer", "grootte", "totaal", "aantalPaginas"],
                    "properties": {
                        "nummer": {"type": "integer", "minimum": 1},
                        "grootte": {"type": "integer", "minimum": 1, "maximum": MAX_SIZE},
                        "totaal": {"type": "integer", "minimum": 0},
                        "aantalPaginas": {"type": "integer", "minimum": 1},
                    },
                },
            },
        }

    def get_schema_operation_parameters(self, view: object) -> list[dict[str, Any]]:
        return [
            {
                "name": PAGE_PARAM,
                "in": "query",
                "required": False,
                "description": "Page number, from 1.",
                "schema": {"type": "integer", "minimum": 1, "maximum": MAX_PAGE, "default": 1},
            },
            {
                "name": SIZE_PARAM,
                "in": "query",
                "required": False,
                "description": f"Records per page, at most {MAX_SIZE}.",
                "schema": {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": MAX_SIZE,
                    "default": DEFAULT_SIZE,
                },
            },
        ]

    @staticmethod
    def query_parameters() -> tuple[str, str]:
        return PAGE_PARAM, SIZE_PARAM
