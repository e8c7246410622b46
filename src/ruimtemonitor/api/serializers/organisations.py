"""Organisations (organisaties) and areas (gebieden): the reference lists filters name by slug."""

from __future__ import annotations

from rest_framework import serializers

from ruimtemonitor.api.serializers.base import ApiModelSerializer, SelfLinkField
from ruimtemonitor.organisations.models import Area, Organisation


class OrganisationSerializer(ApiModelSerializer):
    """A ministry, province, municipality, region or other party of the cycle."""

    _links = SelfLinkField("api:organisation-detail")
    aliases = serializers.ListField(child=serializers.CharField(), read_only=True)
    tooiUri = serializers.CharField(  # noqa: N815 - a camelCase API member
        source="tooi_uri",
        read_only=True,
        help_text="The organisation's TOOI identifier (a URI); empty when not known.",
    )

    class Meta:
        model = Organisation
        fields = [
            "_links",
            "id",
            "slug",
            "kind",
            "name",
            "abbreviation",
            "aliases",
            "cbsCode",
            "tooiUri",
            "createdAt",
            "updatedAt",
        ]
        read_only_fields = fields


class AreaSerializer(ApiModelSerializer):
    """A province, municipality, NOVEX area, MIRT region or other area; ``parent`` and
    ``authority`` are slugs."""

    _links = SelfLinkField("api:area-detail")
    aliases = serializers.ListField(child=serializers.CharField(), read_only=True)
    parent = serializers.SlugRelatedField(slug_field="slug", read_only=True, allow_null=True)
    authority = serializers.SlugRelatedField(slug_field="slug", read_only=True, allow_null=True)

    class Meta:
        model = Area
        fields = [
            "_links",
            "id",
            "slug",
            "kind",
            "name",
            "aliases",
            "parent",
            "authority",
            "cbsCode",
            "novexType",
            "housingProgramme",
            "createdAt",
            "updatedAt",
        ]
        read_only_fields = fields
