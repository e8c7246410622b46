"""Serializer building blocks: Dutch camelCase member names, UTC timestamps, HAL self links."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.core.exceptions import FieldDoesNotExist
from django.db import models
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers
from rest_framework.reverse import reverse

from ruimtemonitor.api.codes import CODES_BY_SOURCE, PRECISION_CODES, CodeField
from ruimtemonitor.api.glossary import model_field
from ruimtemonitor.organisations.models import Area, Organisation


class UtcDateTimeField(serializers.DateTimeField):
    """ISO 8601 in UTC with ``Z``, whatever TIME_ZONE says: the pages show Amsterdam time,
    a client of the API never has to know that."""

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("default_timezone", dt.UTC)
        super().__init__(**kwargs)


class ApiModelSerializer(serializers.ModelSerializer):
    """A model serializer whose Meta.fields are the API's Dutch member names.

    A name such as ``hoofdstukTitel`` reads the model field ``chapter_title`` (from
    ``api.glossary``) without a declaration per field, so the model field's type, choices
    and length reach the schema. Every member is read only: a record changes through the
    request serializers (``StrictSerializer``), never through the one that shows it.
    """

    serializer_field_mapping = {
        **serializers.ModelSerializer.serializer_field_mapping,
        models.DateTimeField: UtcDateTimeField,
    }

    def get_fields(self) -> dict[str, serializers.Field]:
        """DRF drops ``allow_blank``/``allow_null`` from read-only fields; a blank or null
        choice is still what the client sees, so the schema must allow it."""
        fields = super().get_fields()
        model = self.Meta.model
        for name, field in list(fields.items()):
            source = field.source or name  # not bound yet: None unless given
            if not isinstance(field, serializers.ChoiceField) or "." in source:
                continue
            if source in CODES_BY_SOURCE and not isinstance(field, CodeField):
                field = fields[name] = CodeField(
                    CODES_BY_SOURCE[source], source=field.source, read_only=field.read_only
                )
            try:
                model_field = model._meta.get_field(source)
            except FieldDoesNotExist:  # a declared field without a model column
                continue
            field.allow_blank = field.allow_blank or bool(model_field.blank)
            field.allow_null = field.allow_null or bool(model_field.null)
        return fields

    def get_extra_kwargs(self) -> dict[str, Any]:
        extra = super().get_extra_kwargs()
        for name in getattr(self.Meta, "fields", ()):
            extra.setdefault(name, {})["read_only"] = True
            if model_field(name) != name and name not in self._declared_fields:
                extra.setdefault(name, {}).setdefault("source", model_field(name))
        return extra


LINKS_SCHEMA = {
    "type": "object",
    "description": "Links to this resource (HAL).",
    "properties": {
        "self": {
            "type": "object",
            "properties": {"href": {"type": "string", "format": "uri"}},
            "required": ["href"],
        }
    },
    "required": ["self"],
}


@extend_schema_field(LINKS_SCHEMA)
class SelfLinkField(serializers.Field):
    """``{"self": {"href": …}}`` for a record, from its detail route."""

    def __init__(self, view_name: str, **kwargs: Any) -> None:
        self.view_name = view_name
        kwargs.update(source="*", read_only=True, label="Links")
        super().__init__(**kwargs)

    def to_representation(self, value: models.Model) -> dict[str, dict[str, str]]:
        request = self.context.get("request")
        href = reverse(self.view_name, kwargs={"pk": value.pk}, request=request)
        return {"self": {"href": href}}


class OrganisationRefSerializer(ApiModelSerializer):
    """An organisation named inside another resource: its slug (as in filters) and name."""

    class Meta:
        model = Organisation
        fields = ["slug", "naam"]


class AreaRefSerializer(ApiModelSerializer):
    """An area named inside another resource: its slug (as in filters), name and kind."""

    class Meta:
        model = Area
        fields = ["slug", "naam", "soort"]


class DeadlineSerializer(serializers.Serializer):
    """A deadline (termijn) as the letter words it, the interval ``[van, tot]`` those words
    stand for and how precise that is; ``van`` and ``tot`` are null while it is unresolved."""

    zoalsGeschreven = serializers.CharField(  # noqa: N815 - a camelCase API member
        source="deadline_as_written", read_only=True
    )
    van = serializers.DateField(source="deadline_start", read_only=True, allow_null=True)
    tot = serializers.DateField(source="deadline_end", read_only=True, allow_null=True)
    precisie = CodeField(PRECISION_CODES, source="deadline_precision", read_only=True)

    def to_representation(self, instance: Any) -> dict[str, Any] | None:
        if instance is None or instance.deadline is None:
            return None
        data = super().to_representation(instance)
        data["precisie"] = data["precisie"] or PRECISION_CODES["unknown"]
        return data


class SourceSerializer(serializers.Serializer):
    """Where a record was read (bron): the document and the span of its file text."""

    document = serializers.IntegerField(source="document_id", read_only=True)
    pagina = serializers.IntegerField(source="page", read_only=True, allow_null=True)
    regel = serializers.IntegerField(source="line", read_only=True, allow_null=True)
    begin = serializers.IntegerField(source="start", read_only=True)
    eind = serializers.IntegerField(source="end", read_only=True)


class SourcedRecordSerializer(ApiModelSerializer):
    """A record extraction can propose (``common.models.SourcedRecord``): where it was read."""

    bron = SourceSerializer(source="source_passage", read_only=True, allow_null=True)


class InvolvingRecordSerializer(SourcedRecordSerializer):
    """A sourced record that names the parties and areas it involves (agreements, projects)."""

    partijen = OrganisationRefSerializer(source="parties", many=True, read_only=True)
    gebieden = AreaRefSerializer(source="areas", many=True, read_only=True)


def resource_fields(*members: str) -> list[str]:
    """A resource's members in API order: its self link and id, ``members``, and last when it
    was created and changed (``common.models.TimestampedModel``)."""
    return ["_links", "id", *members, "aangemaaktOp", "gewijzigdOp"]


def sourced_fields(members: list[str], related: list[str] | None = None) -> list[str]:
    """The members of a record a reviewer judges and edits (``SourcedRecordSerializer``): its
    own ``members``, then status, notes, review state and source, the ``related`` records
    shown inside it, and the version that guards edits."""
    review = ["status", "aantekeningen", "beoordeling", "bron"]
    return resource_fields(*members, *review, *(related or []), "versie")


def string_list(description: str) -> Any:
    """Schema of a list of strings, for method fields."""
    return extend_schema_field(
        {"type": "array", "items": {"type": "string"}, "description": description}
    )


__all__ = [
    "LINKS_SCHEMA",
    "ApiModelSerializer",
    "AreaRefSerializer",
    "DeadlineSerializer",
    "InvolvingRecordSerializer",
    "OrganisationRefSerializer",
    "SelfLinkField",
    "SourceSerializer",
    "SourcedRecordSerializer",
    "UtcDateTimeField",
    "resource_fields",
    "sourced_fields",
    "string_list",
]


def slug_of(source: str) -> serializers.SlugRelatedField:
    """A related record shown by its slug (``null`` when there is none), read only."""
    return serializers.SlugRelatedField(
        source=source, slug_field="slug", read_only=True, allow_null=True
    )
