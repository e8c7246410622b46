"""The OpenAPI document: drf-spectacular plus what the NL API Design Rules ask of it.

Every operation gets the ``API-Version`` header on every response (/core/version-header),
problem-details responses for the errors it can give (/core/error-handling/problem-details),
its query parameters with their real types and limits, and ``If-Match``/``ETag`` where it
changes a record. ``generate()`` is the one way the document is made: the view at
``/api/v1/openapi.json``, the ``openapi_schema`` command and the tests all call it, always
in English so that new translations never make the committed ``openapi.json`` stale.
"""

from __future__ import annotations

import copy
import threading
from typing import Any

import django_filters
from django.utils import translation
from drf_spectacular.generators import SchemaGenerator
from drf_spectacular.openapi import AutoSchema
from drf_spectacular.plumbing import ResolvedComponent
from drf_spectacular.settings import patched_settings
from drf_spectacular.utils import OpenApiParameter
from rest_framework import permissions

from ruimtemonitor.api.schema_settings import SPECTACULAR_SETTINGS

SEMVER = r"^\d+\.\d+\.\d+$"
NO_NUL = r"^[^\x00]*$"
"""Text parameters may hold anything but a NUL character (which is refused with a 400)."""
MAX_ID = 2_147_483_647

HEADERS: dict[str, dict[str, Any]] = {
    "API-Version": {
        "description": "The full version of the API contract that answered (semver).",
        "required": True,
        "schema": {"type": "string", "pattern": SEMVER, "example": "1.0.0"},
    },
    "X-Total-Count": {
        "description": "Number of records in the whole collection, over all pages.",
        "required": True,
        "schema": {"type": "integer", "minimum": 0},
    },
    "Link": {
        "description": "RFC 8288 links to the first, previous, next and last page.",
        "required": True,
        "schema": {"type": "string"},
    },
    "ETag": {
        "description": 'The record\'s version, e.g. `"3"`; send it in `If-Match` to change it.',
        "required": True,
        "schema": {"type": "string", "pattern": r'^"[0-9]+"$', "example": '"3"'},
    },
    "WWW-Authenticate": {
        "description": "How to authenticate: `Token`.",
        "required": False,
        "schema": {"type": "string"},
    },
}

PROBLEM = {
    "type": "object",
    "description": "An error as an RFC 9457 problem document.",
    "properties": {
        "type": {
            "type": "string",
            "format": "uri-reference",
            "description": "`about:blank`: the status code says what kind of problem it is.",
            "example": "about:blank",
        },
        "title": {
            "type": "string",
            "description": "The HTTP reason phrase of the status, in the request's language "
            "(Dutch unless Accept-Language asks for English).",
            "example": "Niet gevonden",
        },
        "status": {"type": "integer", "minimum": 400, "maximum": 599, "example": 404},
        "detail": {
            "type": "string",
            "description": "What went wrong with this request, in the request's language.",
        },
        "instance": {
            "type": "string",
            "format": "uri-reference",
            "description": "The path that was requested.",
            "example": "/api/v1/afspraken/12345",
        },
    },
    "required": ["type", "title", "status", "detail", "instance"],
}
INVALID_PARAM = {
    "type": "object",
    "description": "One invalid query parameter, header or body member.",
    "properties": {
        "name": {
            "type": "string",
            "description": "The parameter, header or body member (`termijn.van`); "
            "`body` for the body as a whole.",
            "example": "deadlineVan",
        },
        "code": {
            "type": "string",
            "description": "A stable code: `invalid`, `invalid_choice`, `unknown`, "
            "`required`, `max_value`, `out_of_range`, …",
            "example": "invalid",
        },
        "reason": {"type": "string", "description": "Why, in the request's language."},
    },
    "required": ["name", "code", "reason"],
}
VALIDATION_PROBLEM = {
    "description": "A problem document listing every invalid parameter of the request.",
    "allOf": [
        {"$ref": "#/components/schemas/Problem"},
        {
            "type": "object",
            "properties": {
                "invalidParams": {
                    "type": "array",
                    "items": {"$ref": "#/components/schemas/InvalidParam"},
                }
            },
            "required": ["invalidParams"],
        },
    ],
}

RESPONSES: dict[str, tuple[str, str]] = {
    # status: (component name, description)
    "400": ("BadRequest", "Invalid parameters, header or body; `invalidParams` lists them all."),
    "401": ("Unauthorized", "Not logged in (or a wrong token) where that is needed."),
    "403": ("Forbidden", "Logged in, but not allowed to change this record."),
    "404": ("NotFound", "There is no record with this id, or no page with this number."),
    "406": ("NotAcceptable", "The `Accept` header asks for something other than JSON."),
    "409": ("Conflict", "The record is not in a state that allows this (e.g. reviewed already)."),
    "412": ("PreconditionFailed", "`If-Match` names an older version; read the record again."),
    "415": ("UnsupportedMediaType", "The body is not JSON."),
    "428": ("PreconditionRequired", "`If-Match` is missing."),
    "500": ("InternalServerError", "Something went wrong on the server."),
}


def _header_ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/headers/{name}"}


def number_bounds(field: django_filters.NumberFilter) -> tuple[int, int]:
    """The whole numbers a number filter takes: ids and years from 1, within the database's
    integers unless the filter says less (a calendar year stops at 9999)."""
    return int(field.extra.get("min_value", 1)), int(field.extra.get("max_value", MAX_ID))


def _filter_schema(name: str, field: django_filters.Filter) -> dict[str, Any]:
    """The parameter's schema from the filter's own class and limits."""
    if isinstance(field, django_filters.ChoiceFilter):
        return {"type": "string", "enum": [str(value) for value, _label in field.extra["choices"]]}
    if isinstance(field, django_filters.DateFilter):
        return {"type": "string", "format": "date"}
    if isinstance(field, django_filters.NumberFilter):
        minimum, maximum = number_bounds(field)
        return {"type": "integer", "minimum": minimum, "maximum": maximum}
    schema: dict[str, Any] = {"type": "string", "pattern": NO_NUL}
    if field.extra.get("max_length"):
        schema["maxLength"] = field.extra["max_length"]
    return schema


def _describe(view: Any, name: str, field: django_filters.Filter) -> str:
    described = getattr(view, "parameter_descriptions", {}).get(name)
    if described:
        return described
    label = str(field.label or name)
    return label[:1].upper() + label[1:] + "."


SUCCESS = {"200": "OK.", "201": "Created.", "204": "No content."}


class ApiAutoSchema(AutoSchema):
    """Adds what the design rules ask of every operation; see the module docstring."""

    def _is_collection(self) -> bool:
        return self.method == "GET" and getattr(self.view, "collection", None) is not None

    def get_override_parameters(self) -> list[Any]:
        parameters: list[Any] = list(super().get_override_parameters())
        filterset = getattr(self.view, "filterset_class", None)
        if self._is_collection() and filterset is not None:
            for name, field in filterset.base_filters.items():
                parameters.append(
                    OpenApiParameter(
                        name=name,
                        type=_filter_schema(name, field),
                        location=OpenApiParameter.QUERY,
                        required=False,
                        description=_describe(self.view, name, field),
                    )
                )
        if self.method in {"PATCH", "POST"}:
            parameters.append(
                OpenApiParameter(
                    name="If-Match",
                    type={"type": "string", "pattern": r'^"[0-9]+"$'},
                    location=OpenApiParameter.HEADER,
                    required=True,
                    description='The ETag of the record as last read, e.g. `"3"`.',
                )
            )
        return parameters

    def get_request_serializer(self) -> Any:
        serializer_class = getattr(self.view, "request_serializer_class", None)
        if serializer_class is not None and self.method in {"PATCH", "POST"}:
            return serializer_class()
        return super().get_request_serializer()

    def _map_serializer(
        self, serializer: Any, direction: str, bypass_extensions: bool = False
    ) -> dict[str, Any]:
        """A body that refuses unknown members says so (``additionalProperties: false``), so
        generated clients and validators refuse them before the server does."""
        schema = super()._map_serializer(serializer, direction, bypass_extensions)
        if getattr(serializer, "refuses_unknown_members", False):
            schema["additionalProperties"] = False
        return schema

    def get_auth(self) -> list[dict[str, list[str]]]:
        auths = super().get_auth()
        if self.method in permissions.SAFE_METHODS and {} not in auths:
            auths.append({})  # anonymous reading, when the installation allows it
        return auths

    def get_operation(self, *args: Any, **kwargs: Any) -> dict[str, Any] | None:
        operation = super().get_operation(*args, **kwargs)
        if operation is None:
            return None
        responses = operation["responses"]
        for code, response in responses.items():
            if code.startswith("2"):
                response["description"] = response.get("description") or SUCCESS.get(code, "")
                headers = response.setdefault("headers", {})
                headers["API-Version"] = _header_ref("API-Version")
                if self._is_collection():
                    headers["X-Total-Count"] = _header_ref("X-Total-Count")
                    headers["Link"] = _header_ref("Link")
                elif getattr(self.view, "versioned", False):
                    headers["ETag"] = _header_ref("ETag")
        for code in self._error_codes():
            name = RESPONSES[code][0]
            self.registry.register_on_missing(
                ResolvedComponent(
                    name=name,
                    type=ResolvedComponent.RESPONSE,
                    object=name,
                    schema=_problem_response(code),
                )
            )
            responses[code] = {"$ref": f"#/components/responses/{name}"}
        return operation

    def _error_codes(self) -> list[str]:
        codes = ["400", "401", "404"]  # a collection's page past the last one is a 404 too
        if self.method in {"PATCH", "POST"}:
            codes += ["403", "412", "415", "428"]
        if self.method == "POST":
            codes.append("409")
        codes += ["406", "500"]
        return sorted(codes)


def _problem_response(code: str) -> dict[str, Any]:
    schema = "ValidationProblem" if code == "400" else "Problem"
    headers: dict[str, Any] = {"API-Version": _header_ref("API-Version")}
    if code == "401":
        headers["WWW-Authenticate"] = _header_ref("WWW-Authenticate")
    return {
        "description": RESPONSES[code][1],
        "headers": headers,
        "content": {
            "application/problem+json": {"schema": {"$ref": f"#/components/schemas/{schema}"}}
        },
    }


def add_shared_components(result: dict[str, Any], **kwargs: Any) -> dict[str, Any]:
    """Postprocessing hook: the problem schemas and headers the operations refer to."""
    components = result.setdefault("components", {})
    schemas = components.setdefault("schemas", {})
    schemas.update(
        Problem=PROBLEM, InvalidParam=INVALID_PARAM, ValidationProblem=VALIDATION_PROBLEM
    )
    components["schemas"] = dict(sorted(schemas.items()))
    components["headers"] = dict(sorted(HEADERS.items()))
    if "responses" in components:
        components["responses"] = dict(sorted(components["responses"].items()))
    return result


_lock = threading.Lock()
_cache: dict[str, Any] = {}


def generate() -> dict[str, Any]:
    """The OpenAPI document of this code, made once per process and copied on every call."""
    with _lock:
        if "schema" not in _cache:
            with patched_settings(SPECTACULAR_SETTINGS), translation.override("en"):
                generator = SchemaGenerator(urlconf="ruimtemonitor.config.urls")
                _cache["schema"] = generator.get_schema(request=None, public=True)
        return copy.deepcopy(_cache["schema"])
