"""MIRT projects (projecten) with their money and milestones."""

from __future__ import annotations

from rest_framework import serializers

from ruimtemonitor.api.serializers.base import (
    ApiModelSerializer,
    AreaRefSerializer,
    DeadlineSerializer,
    OrganisationRefSerializer,
    SelfLinkField,
    SourceSerializer,
)
from ruimtemonitor.projects.models import Milestone, MoneyLine, Project


class MoneyLineSerializer(ApiModelSerializer):
    """An amount as the letter states it; euros as decimal strings, so no cent is lost."""

    party = serializers.SlugRelatedField(slug_field="slug", read_only=True, allow_null=True)

    class Meta:
        model = MoneyLine
        fields = [
            "id",
            "kind",
            "amountEur",
            "amountUpperEur",
            "asWritten",
            "qualifier",
            "party",
            "priceLevel",
            "vat",
            "description",
        ]
        read_only_fields = fields


class MilestoneSerializer(ApiModelSerializer):
    """A formal MIRT decision or other milestone: planned (a deadline) and achieved."""

    deadline = DeadlineSerializer(source="*", read_only=True, allow_null=True)

    class Meta:
        model = Milestone
        fields = ["id", "kind", "description", "deadline", "achievedOn", "reviewState"]
        read_only_fields = fields


class ProjectSerializer(ApiModelSerializer):
    """A MIRT project or programme: phase, status, region, money and milestones."""

    _links = SelfLinkField("api:project-detail")
    mirtRegion = AreaRefSerializer(  # noqa: N815 - a camelCase API member
        source="mirt_region", read_only=True, allow_null=True
    )
    areas = AreaRefSerializer(many=True, read_only=True)
    parties = OrganisationRefSerializer(many=True, read_only=True)
    source = SourceSerializer(source="source_passage", read_only=True, allow_null=True)
    moneyLines = MoneyLineSerializer(  # noqa: N815
        source="money_lines", many=True, read_only=True
    )
    milestones = MilestoneSerializer(many=True, read_only=True)

    class Meta:
        model = Project
        fields = [
            "_links",
            "id",
            "slug",
            "name",
            "isProgramme",
            "mirtRegion",
            "areas",
            "parties",
            "phase",
            "status",
            "notes",
            "reviewState",
            "source",
            "moneyLines",
            "milestones",
            "version",
            "createdAt",
            "updatedAt",
        ]
        read_only_fields = fields
