"""Dutch codes for the few stored values that are English words.

The database keeps the codes the rest of the product uses (``proposed``, ``half_year``);
the API speaks Dutch in its values as in its names (rule /core/interface-language), so these
fields translate in both directions at the edge and nowhere else.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from rest_framework import serializers

from ruimtemonitor.common.statuses import ReviewState
from ruimtemonitor.core.deadlines import PRECISION_LABELS_NL

REVIEW_STATE_CODES: dict[str, str] = {
    ReviewState.PROPOSED: "voorgesteld",
    ReviewState.CONFIRMED: "bevestigd",
    ReviewState.CORRECTED: "gecorrigeerd",
    ReviewState.REJECTED: "afgewezen",
    ReviewState.MANUAL: "handmatig",
}
"""Review state (beoordeling) as stored -> as the API writes it."""

REVIEW_DECISION_CODES: dict[str, str] = {
    ReviewState.CONFIRMED: REVIEW_STATE_CODES[ReviewState.CONFIRMED],
    ReviewState.REJECTED: REVIEW_STATE_CODES[ReviewState.REJECTED],
}
"""What a review (besluit) may decide: the states a proposed record can move to."""

PRECISION_CODES: dict[str, str] = {str(key): value for key, value in PRECISION_LABELS_NL.items()}
"""Deadline precision (precisie) as stored -> as the API writes it."""

CODES_BY_SOURCE: dict[str, dict[str, str]] = {
    "review_state": REVIEW_STATE_CODES,
    "deadline_precision": PRECISION_CODES,
}
"""Model columns whose values the API translates, for serializers built from models."""

# The choice lists the OpenAPI enums are named after (api.schema_settings).
REVIEW_STATE_CHOICES = [(code, code) for code in REVIEW_STATE_CODES.values()]
REVIEW_DECISION_CHOICES = [(code, code) for code in REVIEW_DECISION_CODES.values()]
PRECISION_CHOICES = [(code, code) for code in PRECISION_CODES.values()]


def stored_value(codes: Mapping[str, str], api_code: str) -> str:
    """The stored value for an API code (the inverse of ``codes``)."""
    for stored, code in codes.items():
        if code == api_code:
            return str(stored)
    raise KeyError(api_code)


class CodeField(serializers.ChoiceField):
    """A choice whose API code differs from the stored value; the schema lists the codes."""

    def __init__(self, codes: Mapping[str, str], **kwargs: Any) -> None:
        self.codes = {str(stored): code for stored, code in codes.items()}
        kwargs.pop("choices", None)
        super().__init__(choices=[(code, code) for code in self.codes.values()], **kwargs)

    def to_representation(self, value: Any) -> str:
        if value in ("", None):
            return value
        return self.codes.get(str(value), str(value))

    def to_internal_value(self, data: Any) -> str:
        code = super().to_internal_value(data)
        if code == "" and self.allow_blank:
            return code
        return stored_value(self.codes, code)
