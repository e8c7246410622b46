"""Documents (documenten): the ingested letters' metadata, never their full text."""

from __future__ import annotations

from typing import Any

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from ruimtemonitor.api.serializers.base import (
    ApiModelSerializer,
    OrganisationRefSerializer,
    SelfLinkField,
)
from ruimtemonitor.documents.models import Document

DOCUMENT_FIELDS = [
    "_links",
    "id",
    "kind",
    "title",
    "date",
    "reference",
    "kamerstuk",
    "sender",
    "senderAsWritten",
    "parent",
    "previousVersion",
    "originalFilename",
    "pageCount",
    "contentHash",
    "createdAt",
    "updatedAt",
]


class DocumentSerializer(ApiModelSerializer):
    """An ingested letter or file: its metadata, never its text. A letter inside a bundle
    file has a ``parent``; a new version of a letter names its ``previousVersion``."""

    _links = SelfLinkField("api:document-detail")
    sender = OrganisationRefSerializer(read_only=True, allow_null=True)
    parent = serializers.PrimaryKeyRelatedField(read_only=True, allow_null=True)
    previousVersion = serializers.PrimaryKeyRelatedField(  # noqa: N815
        source="previous_version", read_only=True, allow_null=True
    )

    class Meta:
        model = Document
        fields = DOCUMENT_FIELDS
        read_only_fields = fields


COUNTS_SCHEMA = {
    "type": "object",
    "description": "How many records were read from this document (letters in a bundle included).",
    "properties": {
        name: {"type": "integer", "minimum": 0}
        for name in ("parts", "passages", "mentions", "arrangements", "agreements")
    },
    "required": ["parts", "passages", "mentions", "arrangements", "agreements"],
}


class DocumentDetailSerializer(DocumentSerializer):
    """A document with the number of records read from it."""

    counts = serializers.SerializerMethodField()

    class Meta(DocumentSerializer.Meta):
        fields = [*DOCUMENT_FIELDS, "counts"]
        read_only_fields = fields

    @extend_schema_field(COUNTS_SCHEMA)
    def get_counts(self, document: Document) -> dict[str, Any]:
        return self.context["counts"]
