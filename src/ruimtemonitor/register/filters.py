"""The agreement filters, defined once: the Afspraken page, its exports and the API use them.

Parameter names are Dutch camelCase, as the NL API Design Rules ask, so a page's address
and an API call read the same (``/afspraken?zoek=drinkwater&provincie=provincie-gelderland``).
"""

from __future__ import annotations

from collections.abc import Iterable

import django_filters
from django.db import connection
from django.db.models import Exists, Max, Min, OuterRef, Q, QuerySet
from django.http import QueryDict
from django.utils.translation import gettext_lazy as _

from ruimtemonitor.common.statuses import AgreementStatus, ReviewState
from ruimtemonitor.documents.models import Passage
from ruimtemonitor.register.involvement import (
    agreements_in_area,
    agreements_with_department,
    agreements_with_party,
)
from ruimtemonitor.register.models import Agreement, AgreementType, Arrangement, Commitment
from ruimtemonitor.register.search import matching

SORT_CHOICES = [
    ("nummer", _("number")),
    ("-nummer", _("number, descending")),
    ("titel", _("title")),
    ("-titel", _("title, descending")),
    ("deadline", _("first deadline")),
    ("-deadline", _("last deadline")),
    ("-gewijzigd", _("recently changed")),
]
SORT_ORDER = {
    "nummer": ["arrangement__year", "arrangement_id", "chapter", "number", "pk"],
    "-nummer": ["-arrangement__year", "-arrangement_id", "-chapter", "-number", "-pk"],
    "titel": ["title", "pk"],
    "-titel": ["-title", "-pk"],
    "-gewijzigd": ["-updated_at", "-pk"],
}


# Filters that follow several paths are ORs of uncorrelated ``IN (subquery)`` conditions on
# the agreement's own columns: PostgreSQL evaluates each subquery once (a hashed subplan) while
# it reads the agreements, instead of joining every agreement to arrangements and areas first
# and filtering after sorting (docs/performance.md).


class AgreementFilter(django_filters.FilterSet):
    zoek = django_filters.CharFilter(method="filter_search", label=_("search"), max_length=200)
    provincie = django_filters.CharFilter(method="filter_area", label=_("province or area"))
    gebied = django_filters.CharFilter(method="filter_area", label=_("area"))
    arrangement = django_filters.NumberFilter(field_name="arrangement_id", label=_("arrangement"))
    generatie = django_filters.NumberFilter(
        field_name="arrangement__generation", label=_("generation")
    )
    jaar = django_filters.NumberFilter(field_name="arrangement__year", label=_("year"))
    hoofdstuk = django_filters.CharFilter(field_name="chapter", label=_("chapter"))
    type = django_filters.ChoiceFilter(
        choices=AgreementType.choices, method="filter_type", label=_("type")
    )
    departement = django_filters.CharFilter(method="filter_department", label=_("department"))
    partij = django_filters.CharFilter(method="filter_party", label=_("party"))
    status = django_filters.ChoiceFilter(choices=AgreementStatus.choices, label=_("status"))
    beoordeling = django_filters.ChoiceFilter(
        field_name="review_state", choices=ReviewState.choices, label=_("review state")
    )
    deadlineVan = django_filters.DateFilter(  # noqa: N815 - a camelCase query parameter
        method="filter_deadline_from", label=_("deadline from")
    )
    deadlineTot = django_filters.DateFilter(  # noqa: N815
        method="filter_deadline_until", label=_("deadline until")
    )
    document = django_filters.NumberFilter(
        field_name="arrangement__document_id", method="filter_document", label=_("document")
    )
    sorteer = django_filters.ChoiceFilter(
        choices=SORT_CHOICES, method="filter_sort", label=_("sort by"), empty_label=None
    )

    class Meta:
        model = Agreement
        fields: list[str] = []

    def filter_search(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return matching(queryset, value)

    def filter_area(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        """The agreements that concern the area (``register.involvement.agreements_in_area``)."""
        return queryset.filter(agreements_in_area(value))

    def filter_type(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        if connection.vendor == "postgresql":
            return queryset.filter(types__contains=[value])  # GIN-indexable
        return queryset.filter(types__icontains=f'"{value}"')

    def filter_department(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        """Named as a department, or made with all departments."""
        return queryset.filter(agreements_with_department(value))

    def filter_party(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        """Named as a party, owner of one of its commitments, or a signatory of the arrangement
        (``register.involvement.PARTY_PATHS``)."""
        return queryset.filter(agreements_with_party(value))

    def filter_deadline_from(self, queryset: QuerySet, name: str, value: object) -> QuerySet:
        due = Commitment.objects.filter(agreement_id=OuterRef("pk"), deadline_end__gte=value)
        return queryset.filter(Exists(due))

    def filter_deadline_until(self, queryset: QuerySet, name: str, value: object) -> QuerySet:
        due = Commitment.objects.filter(agreement_id=OuterRef("pk"), deadline_end__lte=value)
        return queryset.filter(Exists(due))

    def filter_document(self, queryset: QuerySet, name: str, value: int) -> QuerySet:
        """Read from the document or from a letter inside it, or its arrangement's letter."""
        passages = Passage.objects.filter(Q(document_id=value) | Q(document__parent_id=value))
        arrangements = Arrangement.objects.filter(document_id=value).values("pk")
        return queryset.filter(
            Q(arrangement_id__in=arrangements) | Q(source_passage_id__in=passages.values("pk"))
        )

    def filter_sort(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return queryset  # applied last, in ``qs``, so the default order holds without it

    @property
    def qs(self) -> QuerySet:
        queryset = super().qs
        order = (self.form.cleaned_data.get("sorteer") if self.form.is_valid() else "") or "nummer"
        if order in {"deadline", "-deadline"}:
            key = (
                Min("commitments__deadline_end")
                if order == "deadline"
                else Max("commitments__deadline_end")
            )
            queryset = queryset.annotate(_deadline=key)
            return queryset.order_by("_deadline" if order == "deadline" else "-_deadline", "pk")
        return queryset.order_by(*SORT_ORDER[order])


# -- query strings: what of a page's address is a selection ------------------------------


def filter_names() -> list[str]:
    """The query parameters ``AgreementFilter`` reads (``sorteer`` among them)."""
    return list(AgreementFilter.base_filters)


def selection(query: QueryDict) -> QueryDict:
    """Only the filter parameters of a query string, without empty values or the page."""
    names = set(filter_names())
    clean = QueryDict(mutable=True)
    for key in query:
        if key in names:
            values = [value for value in query.getlist(key) if value.strip()]
            if values:
                clean.setlist(key, values[:1])
    return clean


def is_active(query: QueryDict, without: Iterable[str] = ()) -> bool:
    """Whether a filter parameter other than ``without`` (or the order) has a value."""
    skip = {*without, "sorteer"}
    names = set(filter_names())
    return any(key in names and key not in skip and query.get(key) for key in query)
