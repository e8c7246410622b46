"""Agreements (afspraken) and commitments (toezeggingen): what is shown and what may change."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.utils.translation import gettext as _
from rest_framework import serializers

from ruimtemonitor.api.serializers.base import (
    ApiModelSerializer,
    AreaRefSerializer,
    DeadlineSerializer,
    OrganisationRefSerializer,
    SelfLinkField,
    SourceSerializer,
    string_list,
)
from ruimtemonitor.common.models import PRECISION_CHOICES
from ruimtemonitor.common.statuses import AgreementStatus, ReviewState
from ruimtemonitor.core.deadlines import Precision
from ruimtemonitor.organisations.models import Organisation
from ruimtemonitor.register.models import Agreement, AgreementType, Arrangement, Commitment


class ArrangementSummarySerializer(ApiModelSerializer):
    """The arrangement (and generation) an agreement belongs to."""

    area = serializers.SlugRelatedField(slug_field="slug", read_only=True, allow_null=True)
    document = serializers.IntegerField(source="document_id", read_only=True, allow_null=True)

    class Meta:
        model = Arrangement
        fields = ["id", "kind", "title", "year", "generation", "area", "document"]
        read_only_fields = fields


class CommitmentSummarySerializer(ApiModelSerializer):
    """A commitment as listed inside its agreement; ``toezeggingen/{id}`` has all of it."""

    owner = serializers.SlugRelatedField(slug_field="slug", read_only=True, allow_null=True)
    deadline = DeadlineSerializer(source="*", read_only=True, allow_null=True)

    class Meta:
        model = Commitment
        fields = ["id", "position", "text", "owner", "ownerAsWritten", "deadline", "status"]
        read_only_fields = fields


class AgreementSerializer(ApiModelSerializer):
    """An agreement (afspraak) of an arrangement: number, types, departments, parties and
    areas, status, where it was read, and its commitments in short."""

    _links = SelfLinkField("api:agreement-detail")
    types = serializers.ListField(
        child=serializers.ChoiceField(choices=AgreementType.choices), read_only=True
    )
    arrangement = ArrangementSummarySerializer(read_only=True)
    departments = serializers.SerializerMethodField()
    parties = OrganisationRefSerializer(many=True, read_only=True)
    areas = AreaRefSerializer(many=True, read_only=True)
    source = SourceSerializer(source="source_passage", read_only=True, allow_null=True)
    continues = serializers.PrimaryKeyRelatedField(read_only=True, allow_null=True)
    commitments = CommitmentSummarySerializer(many=True, read_only=True)

    class Meta:
        model = Agreement
        fields = [
            "_links",
            "id",
            "number",
            "title",
            "types",
            "chapter",
            "chapterTitle",
            "arrangement",
            "allDepartments",
            "departments",
            "parties",
            "areas",
            "status",
            "notes",
            "reviewState",
            "source",
            "continues",
            "commitments",
            "version",
            "createdAt",
            "updatedAt",
        ]
        read_only_fields = fields

    @string_list("The involved ministries by abbreviation (IenW, VRO …).")
    def get_departments(self, agreement: Agreement) -> list[str]:
        return [org.abbreviation or org.name for org in agreement.departments.all()]


class CommitmentSerializer(ApiModelSerializer):
    """A commitment (toezegging): one bullet of an agreement, who does what by when."""

    _links = SelfLinkField("api:commitment-detail")
    agreement = serializers.PrimaryKeyRelatedField(read_only=True)
    owner = serializers.SlugRelatedField(slug_field="slug", read_only=True, allow_null=True)
    deadline = DeadlineSerializer(source="*", read_only=True, allow_null=True)
    source = SourceSerializer(source="source_passage", read_only=True, allow_null=True)

    class Meta:
        model = Commitment
        fields = [
            "_links",
            "id",
            "agreement",
            "position",
            "text",
            "owner",
            "ownerAsWritten",
            "deadline",
            "status",
            "notes",
            "reviewState",
            "source",
            "version",
            "createdAt",
            "updatedAt",
        ]
        read_only_fields = fields


class ChangeSerializer(serializers.Serializer):
    """A PATCH body: only the listed members, each optional; anything else is an error.

    ``changes()`` turns the validated body into model field values for ``save_edit``.
    """

    def to_internal_value(self, data: Any) -> dict[str, Any]:
        unknown: dict[str, Any] = {}
        if isinstance(data, dict):
            writable = sorted(name for name, field in self.fields.items() if not field.read_only)
            reason = _("This member cannot be changed; the ones that can are: %(names)s.") % {
                "names": ", ".join(writable)
            }
            unknown = {
                name: [serializers.ErrorDetail(reason, code="unknown")]
                for name in sorted(set(data) - set(writable))
            }
        try:
            value = super().to_internal_value(data)
        except serializers.ValidationError as exc:
            if unknown and isinstance(exc.detail, dict):
                raise serializers.ValidationError({**exc.detail, **unknown}) from None
            raise
        if unknown:
            raise serializers.ValidationError(unknown)
        return value

    def changes(self) -> dict[str, Any]:
        """Members absent from the body are absent here: a PATCH changes only what it names."""
        return dict(self.validated_data)


class AgreementChangeSerializer(ChangeSerializer):
    """What a PATCH of an agreement may change; other members are refused."""

    status = serializers.ChoiceField(choices=AgreementStatus.choices, required=False)
    notes = serializers.CharField(required=False, allow_blank=True, max_length=10000)


class DeadlineChangeSerializer(serializers.Serializer):
    """A new deadline: the words, and optionally the interval and its precision.

    Without ``precision`` it is ``day`` for a one-day interval and ``unknown`` otherwise.
    """

    asWritten = serializers.CharField(max_length=255)  # noqa: N815
    start = serializers.DateField(required=False, allow_null=True)
    end = serializers.DateField(required=False, allow_null=True)
    precision = serializers.ChoiceField(choices=PRECISION_CHOICES, required=False)

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        start, end = attrs.get("start"), attrs.get("end")
        if (start is None) != (end is None):
            missing = "end" if end is None else "start"
            raise serializers.ValidationError(
                {missing: _("Give both start and end of the interval, or neither.")},
                code="required",
            )
        if start is not None and end is not None and start > end:
            raise serializers.ValidationError(
                {"end": _("The end of the interval cannot be before its start.")},
                code="invalid",
            )
        return attrs

    @staticmethod
    def fields_for(value: dict[str, Any] | None) -> dict[str, Any]:
        """The four model columns for a validated deadline (``None`` clears it)."""
        if value is None:
            return {
                "deadline_as_written": "",
                "deadline_start": None,
                "deadline_end": None,
                "deadline_precision": "",
            }
        start: dt.date | None = value.get("start")
        end: dt.date | None = value.get("end")
        precision = value.get("precision") or (
            Precision.DAY if start is not None and start == end else Precision.UNKNOWN
        )
        return {
            "deadline_as_written": value["asWritten"],
            "deadline_start": start,
            "deadline_end": end,
            "deadline_precision": str(precision),
        }


class CommitmentChangeSerializer(ChangeSerializer):
    """What a PATCH of a commitment may change; other members are refused. ``owner`` is an
    organisation slug; ``deadline: null`` clears the deadline."""

    status = serializers.ChoiceField(choices=AgreementStatus.choices, required=False)
    owner = serializers.SlugRelatedField(
        slug_field="slug",
        queryset=Organisation.objects.all(),
        required=False,
        allow_null=True,
        help_text="Slug of the organisation that owns the commitment (see /organisaties).",
    )
    deadline = DeadlineChangeSerializer(required=False, allow_null=True)
    notes = serializers.CharField(required=False, allow_blank=True, max_length=10000)

    def changes(self) -> dict[str, Any]:
        values = dict(self.validated_data)
        if "deadline" in values:
            values.update(DeadlineChangeSerializer.fields_for(values.pop("deadline")))
        return values


class ReviewSerializer(serializers.Serializer):
    """A review decision on a record that extraction proposed."""

    decision = serializers.ChoiceField(
        choices=[(ReviewState.CONFIRMED, "confirmed"), (ReviewState.REJECTED, "rejected")]
    )
