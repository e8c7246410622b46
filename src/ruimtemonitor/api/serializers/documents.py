"""Documents (documenten): the ingested letters' metadata, never their full text."""

from __future__ import annotations

from typing import Any

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from ruimtemonitor.api.serializers.base import (
    ApiModelSerializer,
    OrganisationRefSerializer,
    SelfLinkField,
    resource_fields,
)
from ruimtemonitor.documents.models import Document

DOCUMENT_FIELDS = resource_fields(
    "soort",
    "titel",
    "datum",
    "kenmerk",
    "kamerstuk",
    "afzender",
    "afzenderZoalsGeschreven",
    "bovenliggend",
    "vorigeVersie",
    "oorspronkelijkeBestandsnaam",
    "aantalPaginas",
    "inhoudshash",
    "voorbeeld",
)


class DocumentSerializer(ApiModelSerializer):
    """An ingested letter or file: its metadata, never its text. A letter inside a bundle
    file names that file as ``bovenliggend``; a new version of a letter names its
    ``vorigeVersie``."""

    _links = SelfLinkField("api:document-detail")
    afzender = OrganisationRefSerializer(source="sender", read_only=True, allow_null=True)
    bovenliggend = serializers.PrimaryKeyRelatedField(
        source="parent", read_only=True, allow_null=True
    )
    vorigeVersie = serializers.PrimaryKeyRelatedField(  # noqa: N815
        source="previous_version", read_only=True, allow_null=True
    )
    voorbeeld = serializers.BooleanField(
        source="is_demo",
        read_only=True,
        help_text="A made-up sample letter shipped with Ruimtemonitor, not a real one: what "
        "is read from it is an example and is left out of counts and generated letters.",
    )

    class Meta:
        model = Document
        fields = DOCUMENT_FIELDS


COUNT_NAMES = ("delen", "passages", "vermeldingen", "arrangementen", "afspraken")
COUNTS_SCHEMA = {
    "type": "object",
    "description": "How many records were read from this document (letters in a bundle "
    "included): its letters (delen), passages, mentions (vermeldingen), arrangements and "
    "agreements (afspraken).",
    "properties": {name: {"type": "integer", "minimum": 0} for name in COUNT_NAMES},
    "required": list(COUNT_NAMES),
}


class DocumentDetailSerializer(DocumentSerializer):
    """A document with the number of records read from it."""

    aantallen = serializers.SerializerMethodField()

    class Meta(DocumentSerializer.Meta):
        fields = [*DOCUMENT_FIELDS, "aantallen"]

    @extend_schema_field(COUNTS_SCHEMA)
    def get_aantallen(self, document: Document) -> dict[str, Any]:
        return self.context["counts"]
