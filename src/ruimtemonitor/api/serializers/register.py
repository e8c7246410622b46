"""Agreements (afspraken) and commitments (toezeggingen): what is shown and what may change."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.utils.translation import gettext as _
from rest_framework import serializers

from ruimtemonitor.api.codes import PRECISION_CODES, REVIEW_DECISION_CODES, CodeField
from ruimtemonitor.api.glossary import DEADLINE_FIELDS, RENAMED
from ruimtemonitor.api.serializers.base import (
    ApiModelSerializer,
    DeadlineSerializer,
    InvolvingRecordSerializer,
    SelfLinkField,
    SourcedRecordSerializer,
    slug_of,
    sourced_fields,
    string_list,
)
from ruimtemonitor.common.statuses import AgreementStatus
from ruimtemonitor.core.deadlines import Precision
from ruimtemonitor.organisations.models import Organisation
from ruimtemonitor.register.models import Agreement, AgreementType, Arrangement, Commitment


class ArrangementSummarySerializer(ApiModelSerializer):
    """The arrangement (and generation) an agreement belongs to."""

    gebied = slug_of("area")
    document = serializers.IntegerField(source="document_id", read_only=True, allow_null=True)

    class Meta:
        model = Arrangement
        fields = ["id", "soort", "titel", "jaar", "generatie", "gebied", "document"]


# A commitment's own members, in its summary and in full.
COMMITMENT_MEMBERS = ["volgnummer", "tekst", "trekker", "trekkerZoalsGeschreven", "termijn"]


class CommitmentSummarySerializer(ApiModelSerializer):
    """A commitment as listed inside its agreement; ``toezeggingen/{id}`` has all of it."""

    trekker = slug_of("owner")
    termijn = DeadlineSerializer(source="*", read_only=True, allow_null=True)

    class Meta:
        model = Commitment
        fields = ["id", *COMMITMENT_MEMBERS, "status"]


class AgreementSerializer(InvolvingRecordSerializer):
    """An agreement (afspraak) of an arrangement: number, types, departments, parties and
    areas, status, where it was read, and its commitments in short."""

    _links = SelfLinkField("api:agreement-detail")
    soorten = serializers.ListField(
        source="types", child=serializers.ChoiceField(choices=AgreementType.choices), read_only=True
    )
    arrangement = ArrangementSummarySerializer(read_only=True)
    departementen = serializers.SerializerMethodField()
    vervolgOp = serializers.PrimaryKeyRelatedField(  # noqa: N815 - a camelCase API member
        source="continues", read_only=True, allow_null=True
    )
    toezeggingen = CommitmentSummarySerializer(source="commitments", many=True, read_only=True)

    class Meta:
        model = Agreement
        fields = sourced_fields(
            [
                "nummer",
                "titel",
                "soorten",
                "hoofdstuk",
                "hoofdstukTitel",
                "arrangement",
                "alleDepartementen",
                "departementen",
                "partijen",
                "gebieden",
            ],
            related=["vervolgOp", "toezeggingen"],
        )

    @string_list("The involved ministries by abbreviation (IenW, VRO …).")
    def get_departementen(self, agreement: Agreement) -> list[str]:
        return [org.abbreviation or org.name for org in agreement.departments.all()]


class CommitmentSerializer(SourcedRecordSerializer):
    """A commitment (toezegging): one bullet of an agreement, who does what by when."""

    _links = SelfLinkField("api:commitment-detail")
    afspraak = serializers.PrimaryKeyRelatedField(source="agreement", read_only=True)
    trekker = slug_of("owner")
    termijn = DeadlineSerializer(source="*", read_only=True, allow_null=True)

    class Meta:
        model = Commitment
        fields = sourced_fields(["afspraak", *COMMITMENT_MEMBERS])


class StrictSerializer(serializers.Serializer):
    """A request body that refuses members it does not know, rather than ignoring them: a
    misspelt or English member name would otherwise change nothing and still answer 200.

    Every unknown member is reported together with any invalid values; one of the English
    names in ``glossary.RENAMED`` is told its Dutch name.
    """

    refuses_unknown_members = True  # the OpenAPI schema says additionalProperties: false

    def unknown_reason(self, known: list[str]) -> str:
        return _("This member is unknown here; known are: %(names)s.") % {"names": ", ".join(known)}

    def to_internal_value(self, data: Any) -> dict[str, Any]:
        unknown: dict[str, Any] = {}
        if isinstance(data, dict):
            known = sorted(name for name, field in self.fields.items() if not field.read_only)
            for name in sorted(set(data) - set(known), key=str):
                if RENAMED.get(name) in known:
                    reason = _("Members have Dutch names here: send %(name)s instead.") % {
                        "name": RENAMED[name]
                    }
                else:
                    reason = self.unknown_reason(known)
                unknown[name] = [serializers.ErrorDetail(reason, code="unknown")]
        try:
            value = super().to_internal_value(data)
        except serializers.ValidationError as exc:
            if unknown and isinstance(exc.detail, dict):
                raise serializers.ValidationError({**exc.detail, **unknown}) from None
            raise
        if unknown:
            raise serializers.ValidationError(unknown)
        return value


class ChangeSerializer(StrictSerializer):
    """A PATCH body: only the listed members, each optional; anything else is an error.

    ``changes()`` turns the validated body into model field values for ``save_edit``.
    """

    def unknown_reason(self, known: list[str]) -> str:
        return _("This member cannot be changed; the ones that can are: %(names)s.") % {
            "names": ", ".join(known)
        }

    def changes(self) -> dict[str, Any]:
        """Model field values (each member's ``source``) for ``save_edit``. Members absent from
        the body are absent here: a PATCH changes only what it names."""
        return dict(self.validated_data)


class AgreementChangeSerializer(ChangeSerializer):
    """What a PATCH of an agreement may change; other members are refused."""

    status = serializers.ChoiceField(choices=AgreementStatus.choices, required=False)
    aantekeningen = serializers.CharField(
        source="notes", required=False, allow_blank=True, max_length=10000
    )


class DeadlineChangeSerializer(StrictSerializer):
    """A new deadline (termijn): the words, and optionally the interval and its precision.

    Without ``precisie`` it is ``dag`` for a one-day interval and ``onbekend`` otherwise.
    """

    # Each member's source is its model column, so the validated data are those columns.

    zoalsGeschreven = serializers.CharField(  # noqa: N815 - a camelCase API member
        source=DEADLINE_FIELDS["zoalsGeschreven"], max_length=255
    )
    van = serializers.DateField(source=DEADLINE_FIELDS["van"], required=False, allow_null=True)
    tot = serializers.DateField(source=DEADLINE_FIELDS["tot"], required=False, allow_null=True)
    precisie = CodeField(PRECISION_CODES, source=DEADLINE_FIELDS["precisie"], required=False)

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        start, end = attrs.get("deadline_start"), attrs.get("deadline_end")
        if (start is None) != (end is None):
            missing = "tot" if end is None else "van"
            raise serializers.ValidationError(
                {missing: _("Give both van and tot of the interval, or neither.")},
                code="required",
            )
        if start is not None and end is not None and start > end:
            raise serializers.ValidationError(
                {"tot": _("The end of the interval (tot) cannot be before its start (van).")},
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
        start: dt.date | None = value.get("deadline_start")
        end: dt.date | None = value.get("deadline_end")
        precision = value.get("deadline_precision") or (
            Precision.DAY if start is not None and start == end else Precision.UNKNOWN
        )
        return {
            "deadline_as_written": value["deadline_as_written"],
            "deadline_start": start,
            "deadline_end": end,
            "deadline_precision": str(precision),
        }


class CommitmentChangeSerializer(ChangeSerializer):
    """What a PATCH of a commitment may change; other members are refused. ``trekker`` is an
    organisation slug; ``termijn: null`` clears the deadline."""

    status = serializers.ChoiceField(choices=AgreementStatus.choices, required=False)
    trekker = serializers.SlugRelatedField(
        source="owner",
        slug_field="slug",
        queryset=Organisation.objects.all(),
        required=False,
        allow_null=True,
        help_text="Slug of the organisation that owns the commitment (see /organisaties).",
    )
    termijn = DeadlineChangeSerializer(source="deadline", required=False, allow_null=True)
    aantekeningen = serializers.CharField(
        source="notes", required=False, allow_blank=True, max_length=10000
    )

    def changes(self) -> dict[str, Any]:
        values = dict(self.validated_data)
        if "deadline" in values:
            values.update(DeadlineChangeSerializer.fields_for(values.pop("deadline")))
        return values


class ReviewSerializer(StrictSerializer):
    """A review decision (besluit) on a record that extraction proposed."""

    besluit = CodeField(REVIEW_DECISION_CODES)
