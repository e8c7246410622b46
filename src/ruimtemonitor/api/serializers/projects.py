"""MIRT projects (projecten) with their money and milestones."""

from __future__ import annotations

from ruimtemonitor.api.serializers.base import (
    ApiModelSerializer,
    AreaRefSerializer,
    DeadlineSerializer,
    InvolvingRecordSerializer,
    SelfLinkField,
    slug_of,
    sourced_fields,
)
from ruimtemonitor.projects.models import Milestone, MoneyLine, Project


class MoneyLineSerializer(ApiModelSerializer):
    """An amount as the letter states it; euros as decimal strings, so no cent is lost."""

    partij = slug_of("party")

    class Meta:
        model = MoneyLine
        fields = [
            "id",
            "soort",
            "bedragEur",
            "bovengrensEur",
            "zoalsGeschreven",
            "toevoeging",
            "partij",
            "prijspeil",
            "btw",
            "omschrijving",
        ]


class MilestoneSerializer(ApiModelSerializer):
    """A formal MIRT decision or other milestone: planned (a deadline) and achieved."""

    termijn = DeadlineSerializer(source="*", read_only=True, allow_null=True)

    class Meta:
        model = Milestone
        fields = ["id", "soort", "omschrijving", "termijn", "bereiktOp", "beoordeling"]


class ProjectSerializer(InvolvingRecordSerializer):
    """A MIRT project or programme: phase, status, region, money and milestones."""

    _links = SelfLinkField("api:project-detail")
    mirtRegio = AreaRefSerializer(  # noqa: N815 - a camelCase API member
        source="mirt_region", read_only=True, allow_null=True
    )
    bedragen = MoneyLineSerializer(source="money_lines", many=True, read_only=True)
    mijlpalen = MilestoneSerializer(source="milestones", many=True, read_only=True)

    class Meta:
        model = Project
        fields = sourced_fields(
            ["slug", "naam", "isProgramma", "mirtRegio", "gebieden", "partijen", "fase"],
            related=["bedragen", "mijlpalen"],
        )
