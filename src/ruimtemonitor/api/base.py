"""The API's own policies, set on its base views so nothing depends on REST_FRAMEWORK settings.

Authentication by token (``Authorization: Token …``) or session; reading public when
``PUBLIC_READ`` is on; JSON in and out; problem details for every error; the
``API-Version`` header on every answer; strict query parameters; optimistic locking
through ``ETag``/``If-Match``.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import django_filters
from django.conf import settings
from django.db.models import Model
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from rest_framework import exceptions, mixins, permissions
from rest_framework.authentication import SessionAuthentication, TokenAuthentication
from rest_framework.generics import GenericAPIView
from rest_framework.negotiation import DefaultContentNegotiation
from rest_framework.parsers import JSONParser
from rest_framework.renderers import JSONRenderer
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.serializers import Serializer

from ruimtemonitor.accounts.permissions import can_edit, can_read
from ruimtemonitor.api import API_VERSION
from ruimtemonitor.api.pagination import ApiPagination
from ruimtemonitor.api.problems import (
    InvalidParam,
    InvalidParamsError,
    PreconditionFailedError,
    PreconditionRequiredError,
    exception_handler,
    invalid_params_of,
    stale_version_detail,
)
from ruimtemonitor.api.schema import ApiAutoSchema, number_bounds

_ENTITY_TAG = re.compile(r'\s*(W/)?"([^"]*)"\s*')
_WHOLE_NUMBER = re.compile(r"[0-9]{1,10}")
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


class MergePatchParser(JSONParser):
    """``application/merge-patch+json`` (RFC 7396): what a PATCH body here means anyway."""

    media_type = "application/merge-patch+json"


class ReadPublicWriteAuthenticated(permissions.BasePermission):
    """Reading as the pages allow it; changing only when logged in and allowed to edit."""

    message = gettext_lazy("You may not change this record.")

    def has_permission(self, request: Request, view: Any) -> bool:
        if request.method in permissions.SAFE_METHODS:
            return can_read(request.user, public_read=settings.PUBLIC_READ)
        return bool(request.user and request.user.is_authenticated)

    def has_object_permission(self, request: Request, view: Any, obj: Model) -> bool:
        return request.method in permissions.SAFE_METHODS or can_edit(request.user, obj)


class ApiView(GenericAPIView):
    """Base of every API view: all policies explicit, no project-wide DRF setting used."""

    authentication_classes = [TokenAuthentication, SessionAuthentication]
    permission_classes = [ReadPublicWriteAuthenticated]
    renderer_classes = [JSONRenderer]
    parser_classes = [JSONParser, MergePatchParser]
    content_negotiation_class = DefaultContentNegotiation
    throttle_classes: list[type] = []
    filter_backends: list[type] = []
    versioning_class = None
    metadata_class = None
    schema = ApiAutoSchema()

    collection: str | None = None
    """Set on collections: the name of the list inside ``_embedded`` (``afspraken``)."""
    versioned = False
    """Whether the records carry a ``version``: then answers carry it as ``ETag``."""

    def get_exception_handler(self) -> Any:
        return exception_handler

    def finalize_response(
        self, request: Request, response: Response, *args: Any, **kwargs: Any
    ) -> Response:
        response = super().finalize_response(request, response, *args, **kwargs)
        response["API-Version"] = API_VERSION
        return response

    def initial(self, request: Request, *args: Any, **kwargs: Any) -> None:
        # A method the resource does not have is a 405 for everyone, before any login check.
        method = request.method.lower()
        if method not in self.http_method_names or not hasattr(self, method):
            raise exceptions.MethodNotAllowed(request.method)
        super().initial(request, *args, **kwargs)

    def options(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        """The allowed methods are in the ``Allow`` header; there is nothing to describe."""
        return Response(status=204)

    # -- query parameters ---------------------------------------------------------------

    def query_problems(self, allowed: set[str]) -> list[InvalidParam]:
        """Unknown query parameters are refused, so a misspelt filter never silently
        returns the whole collection."""
        reason = _("This query parameter is unknown here.")
        if allowed:
            reason = _("This query parameter is unknown here; known are: %(names)s.") % {
                "names": ", ".join(sorted(allowed))
            }
        return [
            InvalidParam(name, "unknown", reason)
            for name in request_keys(self.request)
            if name not in allowed
        ]

    def check_query(self, allowed: set[str] | None = None) -> None:
        problems = self.query_problems(allowed or set())
        if problems:
            raise InvalidParamsError(problems)

    # -- single records -----------------------------------------------------------------

    def get_object(self) -> Model:
        queryset = self.get_queryset()
        pk = self.kwargs["pk"]
        try:
            record = queryset.get(pk=pk)
        except queryset.model.DoesNotExist:
            raise exceptions.NotFound(
                _("There is no %(record)s with id %(id)s.")
                % {"record": queryset.model._meta.verbose_name, "id": pk}
            ) from None
        self.check_object_permissions(self.request, record)
        return record

    def record_response(self, record: Model, **kwargs: Any) -> Response:
        response = Response(self.get_serializer(record).data, **kwargs)
        if self.versioned:
            response["ETag"] = f'"{record.version}"'
        return response

    def required_version(self, record: Model, body: Serializer) -> int:
        """The version named in ``If-Match``, judged after the body.

        Without ``If-Match``: 428. A malformed header and an invalid body are one 400 that
        lists both; only a valid request is then compared with the current version (412),
        so a client fixing a stale request learns everything wrong with it first.
        ``save_edit`` checks the version again under a row lock, so a change between this
        check and the write is refused as well.
        """
        header = self.request.headers.get("If-Match", "").strip()
        if not header or header == "*":
            raise PreconditionRequiredError()
        problems: list[InvalidParam] = []
        versions: list[int] = []
        for part in header.split(","):
            match = _ENTITY_TAG.fullmatch(part)
            if not match or not _WHOLE_NUMBER.fullmatch(match.group(2)):
                problems.append(
                    InvalidParam(
                        "If-Match",
                        "invalid",
                        _('Give the ETag exactly as it was sent, with its quotes: "%(v)s".')
                        % {"v": record.version},
                    )
                )
                break
            if not match.group(1):  # a weak tag never matches (RFC 9110, strong comparison)
                versions.append(int(match.group(2)))
        if not body.is_valid():
            problems += invalid_params_of(body.errors)
        if problems:
            raise InvalidParamsError(problems)
        if record.version in versions:
            return record.version
        raise PreconditionFailedError(stale_version_detail(versions, record.version))


def request_keys(request: Request) -> list[str]:
    return list(dict.fromkeys(request.query_params.keys()))


class CollectionView(mixins.ListModelMixin, ApiView):
    """A paged, filtered collection: all parameter problems are reported in one 400."""

    filterset_class: type[django_filters.FilterSet] | None = None

    def get(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        return self.list(request, *args, **kwargs)

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if cls.collection:
            cls.pagination_class = ApiPagination.for_collection(cls.collection)

    def list(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        queryset = self.get_queryset()
        filterset = self.filterset_class(request.query_params, queryset=queryset, request=request)
        problems = self.query_problems({*filterset.filters, *self.paginator.query_parameters()})
        problems += filter_problems(filterset, skip={p.name for p in problems})
        problems += self.paginator.check(request)
        if problems:
            raise InvalidParamsError(problems)
        page = self.paginator.paginate_queryset(filterset.qs, request, view=self)
        return self.paginator.get_paginated_response(self.get_serializer(page, many=True).data)


def _is_iso_date(raw: str) -> bool:
    try:
        return bool(_ISO_DATE.fullmatch(raw)) and bool(dt.date.fromisoformat(raw))
    except ValueError:
        return False


def filter_problems(filterset: django_filters.FilterSet, skip: set[str]) -> list[InvalidParam]:
    """The filter form's errors, after stricter checks than the pages need: whole numbers
    within the database's integers (else a database error, not a 400), ISO 8601 dates
    only (the form would also take Dutch ``31-12-2025``), and no empty number, date or
    choice (the pages' forms send those for "any")."""
    problems: list[InvalidParam] = []
    data = filterset.data
    typed = (django_filters.NumberFilter, django_filters.DateFilter, django_filters.ChoiceFilter)
    for name, field in filterset.filters.items():
        raw = data.get(name)
        if name in skip or raw is None:
            continue
        if raw == "":
            if isinstance(field, typed):  # an empty text is still a text; not a date
                reason = _("Give a value, or leave the parameter out.")
                problems.append(InvalidParam(name, "blank", reason))
            continue
        if isinstance(field, django_filters.NumberFilter):
            minimum, maximum = number_bounds(field)
            if not _WHOLE_NUMBER.fullmatch(raw) or not minimum <= int(raw) <= maximum:
                reason = _("Give a whole number from %(minimum)d to %(maximum)d.") % {
                    "minimum": minimum,
                    "maximum": maximum,
                }
                problems.append(InvalidParam(name, "invalid", reason))
        elif isinstance(field, django_filters.DateFilter) and not _is_iso_date(raw):
            reason = _("Give a date as YYYY-MM-DD, e.g. 2025-12-31.")
            problems.append(InvalidParam(name, "invalid", reason))
    skip = skip | {problem.name for problem in problems}
    if not filterset.is_valid():
        for name, errors in filterset.form.errors.as_data().items():
            if name in skip:
                continue
            for error in errors:
                for message in error.messages:
                    problems.append(InvalidParam(name, error.code or "invalid", message))
    return problems


class RecordView(mixins.RetrieveModelMixin, ApiView):
    """One record by its id; no query parameters."""

    def get(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        self.check_query()
        return self.record_response(self.get_object())
