"""Every API error as an RFC 9457 problem document (``application/problem+json``).

Design rule /core/error-handling/problem-details: a client reads ``status``, ``title``
(the HTTP reason phrase, as ``type: about:blank`` asks, in the request's language as RFC 9457
allows: "Niet gevonden" by default), ``detail`` (what went wrong with this request, in the
request's language) and ``instance`` (the path that was asked for).
A 400 adds ``invalidParams``: every invalid query parameter or body field at once, so a
client fixes them in one round trip. A 500 says nothing about the code; the traceback
goes to the log only.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from http import HTTPStatus
from typing import Any

from django.core.exceptions import NON_FIELD_ERRORS
from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.core.exceptions import ValidationError as DjangoValidationError
from django.http import Http404
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from rest_framework import exceptions, status
from rest_framework.response import Response
from rest_framework.views import set_rollback

from ruimtemonitor.api.glossary import api_name
from ruimtemonitor.common.editing import EditConflictError

__all__ = [
    "PROBLEM_CONTENT_TYPE",
    "ConflictError",
    "InvalidParam",
    "InvalidParamsError",
    "PreconditionFailedError",
    "PreconditionRequiredError",
    "exception_handler",
    "invalid_params_of",
    "problem_response",
    "problem_title",
    "stale_version_detail",
]

logger = logging.getLogger(__name__)

PROBLEM_CONTENT_TYPE = "application/problem+json"
BODY = "body"
"""The ``name`` of an invalid parameter that is the request body as a whole."""


@dataclass(frozen=True, slots=True)
class InvalidParam:
    """One invalid query parameter or body field: its name, a stable code and the reason."""

    name: str
    code: str
    reason: str

    def as_dict(self) -> dict[str, str]:
        return {"name": self.name, "code": self.code, "reason": self.reason}


class InvalidParamsError(exceptions.APIException):
    """A 400 that lists every invalid parameter of the request."""

    status_code = status.HTTP_400_BAD_REQUEST
    default_detail = gettext_lazy("The request has invalid parameters; see invalidParams.")
    default_code = "invalid"

    def __init__(self, params: list[InvalidParam], detail: str | None = None) -> None:
        super().__init__(detail)
        self.params = params


class ConflictError(exceptions.APIException):
    status_code = status.HTTP_409_CONFLICT
    default_detail = gettext_lazy("The request conflicts with the record's current state.")
    default_code = "conflict"


class PreconditionFailedError(exceptions.APIException):
    status_code = status.HTTP_412_PRECONDITION_FAILED
    default_detail = gettext_lazy("The record changed since you read it.")
    default_code = "precondition_failed"


class PreconditionRequiredError(exceptions.APIException):
    status_code = status.HTTP_428_PRECONDITION_REQUIRED
    default_detail = gettext_lazy(
        "A change needs an If-Match header with the ETag of the record as you last read it."
    )
    default_code = "precondition_required"


def stale_version_detail(yours: list[int], current: int) -> str:
    """The 412 message: which version the client named and which one is current."""
    return _(
        "The record changed since you read it: your If-Match names version %(yours)s, the "
        'current version is %(current)s (ETag "%(current)s"). Read it again and make your '
        "change on that version."
    ) % {"yours": ", ".join(map(str, yours)) or "-", "current": current}


# The reason phrases of the statuses the API answers with, to be translated: the API speaks
# Dutch unless Accept-Language asks otherwise, the title too. Another status keeps its
# standard English phrase.
TITLES = {
    400: gettext_lazy("Bad Request"),
    401: gettext_lazy("Unauthorized"),
    403: gettext_lazy("Forbidden"),
    404: gettext_lazy("Not Found"),
    405: gettext_lazy("Method Not Allowed"),
    406: gettext_lazy("Not Acceptable"),
    409: gettext_lazy("Conflict"),
    412: gettext_lazy("Precondition Failed"),
    413: gettext_lazy("Content Too Large"),
    415: gettext_lazy("Unsupported Media Type"),
    428: gettext_lazy("Precondition Required"),
    429: gettext_lazy("Too Many Requests"),
    500: gettext_lazy("Internal Server Error"),
    503: gettext_lazy("Service Unavailable"),
}


def problem_title(status_code: int) -> str:
    """The status's reason phrase in the active language."""
    title = TITLES.get(status_code)
    return str(title) if title is not None else HTTPStatus(status_code).phrase


def problem_response(
    status_code: int,
    detail: str,
    *,
    instance: str = "",
    invalid_params: list[InvalidParam] | None = None,
    headers: dict[str, str] | None = None,
) -> Response:
    """A DRF response carrying a problem document; views and the handler below build it here."""
    body: dict[str, Any] = {
        "type": "about:blank",
        "title": problem_title(status_code),
        "status": status_code,
        "detail": str(detail),
        "instance": instance,
    }
    if invalid_params is not None:
        body["invalidParams"] = [param.as_dict() for param in invalid_params]
    return Response(body, status=status_code, headers=headers, content_type=PROBLEM_CONTENT_TYPE)


def exception_handler(exc: Exception, context: dict[str, Any]) -> Response:
    """DRF's exception hook for the API views: never ``None``, so nothing escapes as HTML."""
    request = context.get("request")
    instance = request.path if request is not None else ""
    headers: dict[str, str] = {}
    invalid: list[InvalidParam] | None = None

    if isinstance(exc, EditConflictError):  # changed between the If-Match check and the write
        exc = PreconditionFailedError(stale_version_detail([exc.expected], exc.current))
    elif isinstance(exc, Http404):
        exc = exceptions.NotFound(_("There is nothing at this address."))
    elif isinstance(exc, DjangoPermissionDenied):
        exc = exceptions.PermissionDenied(*exc.args)
    elif isinstance(exc, DjangoValidationError):
        exc = InvalidParamsError(_django_invalid_params(exc))

    if isinstance(exc, InvalidParamsError):
        invalid = exc.params
    elif isinstance(exc, exceptions.ValidationError):
        invalid = _drf_invalid_params(exc.detail)
        exc = InvalidParamsError(invalid)
    elif isinstance(exc, exceptions.ParseError):
        invalid = [InvalidParam(BODY, "parse_error", str(exc.detail))]

    if not isinstance(exc, exceptions.APIException):
        # A bug or an unreachable database: log everything, tell the client nothing about it.
        logger.error("Unhandled error in API view %s", instance, exc_info=exc)
        set_rollback()
        return problem_response(
            status.HTTP_500_INTERNAL_SERVER_ERROR,
            _("Something went wrong on our side. Please try again later."),
            instance=instance,
        )

    if getattr(exc, "auth_header", None):
        headers["WWW-Authenticate"] = exc.auth_header
    if getattr(exc, "wait", None):
        headers["Retry-After"] = f"{int(exc.wait)}"
    detail = exc.detail if isinstance(exc.detail, str) else str(exc.default_detail)
    if isinstance(exc, exceptions.ParseError):
        detail = _("The request body is not valid JSON.")
    if exc.status_code == status.HTTP_400_BAD_REQUEST and invalid is None:
        invalid = []  # every 400 has the member, so clients can rely on it
    set_rollback()
    return problem_response(
        exc.status_code, detail, instance=instance, invalid_params=invalid, headers=headers
    )


def invalid_params_of(errors: Any) -> list[InvalidParam]:
    """A serializer's ``errors`` as the 400's ``invalidParams``."""
    return _drf_invalid_params(errors)


def _drf_invalid_params(detail: Any, prefix: str = "") -> list[InvalidParam]:
    """Flatten a serializer's error tree to dotted names (``termijn.van``)."""
    if isinstance(detail, dict):
        found: list[InvalidParam] = []
        for key, value in detail.items():
            if key in {"non_field_errors", NON_FIELD_ERRORS}:
                found += _drf_invalid_params(value, prefix)
            else:
                found += _drf_invalid_params(value, f"{prefix}.{key}" if prefix else str(key))
        return found
    if isinstance(detail, list):
        found = []
        for index, item in enumerate(detail):
            if isinstance(item, (dict, list)):
                found += _drf_invalid_params(item, f"{prefix}.{index}" if prefix else str(index))
            else:
                found += _drf_invalid_params(item, prefix)
        return found
    return [InvalidParam(prefix or BODY, getattr(detail, "code", None) or "invalid", str(detail))]


def _django_invalid_params(exc: DjangoValidationError) -> list[InvalidParam]:
    """Model validation errors (from ``save_edit``) in the same shape, names as the API's."""
    found: list[InvalidParam] = []
    if hasattr(exc, "error_dict"):
        for field, errors in exc.error_dict.items():
            name = BODY if field == NON_FIELD_ERRORS else api_name(field)
            for error in errors:
                for message in error.messages:
                    found.append(InvalidParam(name, error.code or "invalid", message))
        return found
    for error in exc.error_list:
        for message in error.messages:
            found.append(InvalidParam(BODY, error.code or "invalid", message))
    return found
