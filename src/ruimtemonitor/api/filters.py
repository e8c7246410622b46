"""Query parameters of the collections other than ``afspraken`` (which uses the pages' own
``register.filters.AgreementFilter``). Names are Dutch camelCase, like the pages'."""

from __future__ import annotations

import django_filters
from django.db.models import Q, QuerySet
from django.utils.translation import gettext_lazy as _

from ruimtemonitor.api.codes import REVIEW_STATE_CODES, stored_value
from ruimtemonitor.common.statuses import AgreementStatus, ProjectStatus
from ruimtemonitor.documents.models import Document, DocumentKind
from ruimtemonitor.funding.models import FundingRound
from ruimtemonitor.organisations.models import Area, AreaKind, Organisation, OrganisationKind
from ruimtemonitor.projects.models import Phase, Project
from ruimtemonitor.register.filters import AgreementFilter
from ruimtemonitor.register.models import Commitment

SEARCH_MAX_LENGTH = 200


class ReviewCodeFilter(django_filters.ChoiceFilter):
    """``beoordeling`` with the API's Dutch codes (``voorgesteld`` …), not the stored ones."""

    def __init__(self, **kwargs: object) -> None:
        kwargs.setdefault("label", _("review state"))
        choices = [(code, code) for code in REVIEW_STATE_CODES.values()]
        super().__init__(field_name="review_state", choices=choices, **kwargs)

    def filter(self, queryset: QuerySet, value: str) -> QuerySet:
        if not value:
            return queryset
        return super().filter(queryset, stored_value(REVIEW_STATE_CODES, value))


class ApiAgreementFilter(AgreementFilter):
    """The pages' agreement filter, with the review state in the API's Dutch codes."""

    beoordeling = ReviewCodeFilter()


class CommitmentFilter(django_filters.FilterSet):
    afspraak = django_filters.NumberFilter(field_name="agreement_id", label=_("agreement (id)"))
    status = django_filters.ChoiceFilter(choices=AgreementStatus.choices, label=_("status"))
    eigenaar = django_filters.CharFilter(
        field_name="owner__slug", label=_("owner (organisation slug)")
    )
    deadlineVan = django_filters.DateFilter(  # noqa: N815 - a camelCase query parameter
        field_name="deadline_end", lookup_expr="gte", label=_("deadline ends on or after")
    )
    deadlineTot = django_filters.DateFilter(  # noqa: N815
        field_name="deadline_end", lookup_expr="lte", label=_("deadline ends on or before")
    )
    beoordeling = ReviewCodeFilter()

    class Meta:
        model = Commitment
        fields: list[str] = []


class ProjectFilter(django_filters.FilterSet):
    regio = django_filters.CharFilter(method="filter_region", label=_("MIRT region or area (slug)"))
    fase = django_filters.ChoiceFilter(field_name="phase", choices=Phase.choices, label=_("phase"))
    status = django_filters.ChoiceFilter(choices=ProjectStatus.choices, label=_("status"))
    zoek = django_filters.CharFilter(
        method="filter_search", label=_("words in the name"), max_length=SEARCH_MAX_LENGTH
    )

    class Meta:
        model = Project
        fields: list[str] = []

    def filter_region(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        """The MIRT region, or any area the project lies in (a province, a NOVEX area)."""
        in_area = Project.areas.through.objects.filter(area__slug=value).values("project_id")
        return queryset.filter(Q(mirt_region__slug=value) | Q(pk__in=in_area))

    def filter_search(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        for word in value.split():
            queryset = queryset.filter(name__icontains=word)
        return queryset


class DocumentFilter(django_filters.FilterSet):
    soort = django_filters.ChoiceFilter(
        field_name="kind", choices=DocumentKind.choices, label=_("kind")
    )
    jaar = django_filters.NumberFilter(
        field_name="date__year", label=_("year of the letter"), min_value=1, max_value=9999
    )
    zoek = django_filters.CharFilter(
        method="filter_search",
        label=_("words in the title, reference or Kamerstuk id"),
        max_length=SEARCH_MAX_LENGTH,
    )

    class Meta:
        model = Document
        fields: list[str] = []

    def filter_search(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        for word in value.split():
            queryset = queryset.filter(
                Q(title__icontains=word)
                | Q(reference__icontains=word)
                | Q(kamerstuk__icontains=word)
            )
        return queryset


class OrganisationFilter(django_filters.FilterSet):
    soort = django_filters.ChoiceFilter(
        field_name="kind", choices=OrganisationKind.choices, label=_("kind")
    )

    class Meta:
        model = Organisation
        fields: list[str] = []


class AreaFilter(django_filters.FilterSet):
    soort = django_filters.ChoiceFilter(
        field_name="kind", choices=AreaKind.choices, label=_("kind")
    )
    bovenliggend = django_filters.CharFilter(
        field_name="parent__slug", label=_("enclosing area (slug)")
    )

    class Meta:
        model = Area
        fields: list[str] = []


class FundingRoundFilter(django_filters.FilterSet):
    regeling = django_filters.CharFilter(
        field_name="scheme_name", label=_("scheme (e.g. wokt-2025)")
    )

    class Meta:
        model = FundingRound
        fields: list[str] = []
