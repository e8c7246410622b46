"""Organisations (organisaties) and areas (gebieden): the reference lists filters name by slug."""

from __future__ import annotations

from rest_framework import serializers

from ruimtemonitor.api.serializers.base import (
    ApiModelSerializer,
    SelfLinkField,
    resource_fields,
    slug_of,
)
from ruimtemonitor.organisations.models import Area, Organisation


class ReferenceSerializer(ApiModelSerializer):
    """What organisations and areas share: letters name them by more than one spelling."""

    aliassen = serializers.ListField(
        source="aliases", child=serializers.CharField(), read_only=True
    )


class OrganisationSerializer(ReferenceSerializer):
    """A ministry, province, municipality, region or other party of the cycle."""

    _links = SelfLinkField("api:organisation-detail")
    tooiUri = serializers.CharField(  # noqa: N815 - a camelCase API member
        source="tooi_uri",
        read_only=True,
        help_text="The organisation's TOOI identifier (a URI); empty when not known.",
    )

    class Meta:
        model = Organisation
        fields = resource_fields(
            "slug", "soort", "naam", "afkorting", "aliassen", "cbsCode", "tooiUri"
        )


class AreaSerializer(ReferenceSerializer):
    """A province, municipality, NOVEX area, MIRT region or other area; ``bovenliggend`` (the
    area it lies in) and ``bestuurdDoor`` (the organisation governing it) are slugs."""

    _links = SelfLinkField("api:area-detail")
    bovenliggend = slug_of("parent")
    bestuurdDoor = slug_of("authority")  # noqa: N815

    class Meta:
        model = Area
        fields = resource_fields(
            "slug",
            "soort",
            "naam",
            "aliassen",
            "bovenliggend",
            "bestuurdDoor",
            "cbsCode",
            "novexType",
            "woningbouwprogramma",
        )
