"""Funding rounds (financieringsrondes): what was assessed and how the budget was allocated."""

from __future__ import annotations

from typing import Any

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from ruimtemonitor.api.serializers.base import ApiModelSerializer, SelfLinkField
from ruimtemonitor.funding.models import FundingRound

ROUND_FIELDS = [
    "_links",
    "id",
    "name",
    "schemeName",
    "schemeVersion",
    "peildatum",
    "budgetEur",
    "maxSharePerProvince",
    "proposalCount",
    "engineVersion",
    "createdAt",
    "updatedAt",
]

_MONEY = {"type": "string", "format": "decimal", "pattern": r"^-?\d+\.\d{2}$"}
_ALLOCATION = {
    "type": "object",
    "properties": {
        "fundedEur": {**_MONEY, "description": "Amount allocated, euros."},
        "newHomes": {"type": "integer", "description": "New homes the funded proposals add."},
        "count": {"type": "integer", "description": "Number of funded proposals."},
        "solver": {"type": "string", "description": "Optimal method only: the solver used."},
        "provenOptimal": {"type": "boolean", "description": "Optimal method only."},
    },
    "required": ["fundedEur", "newHomes", "count"],
}
ALLOCATION_SCHEMA = {
    "type": "object",
    "description": "The allocation by ranking order (greedy) and the optimal one.",
    "properties": {"greedy": _ALLOCATION, "optimal": _ALLOCATION},
}
OUTCOMES_SCHEMA = {
    "type": "array",
    "description": "Per proposal, in submitted order: the verdict and whether it was funded.",
    "items": {
        "type": "object",
        "properties": {
            "id": {"type": "string"},
            "newHomes": {"type": "integer", "nullable": True},
            "eligible": {"type": "boolean"},
            "rank": {"type": "integer", "nullable": True},
            "score": {"type": "string", "nullable": True},
            "fundedGreedy": {"type": "boolean"},
            "fundedOptimal": {"type": "boolean"},
        },
        "required": ["id", "eligible", "fundedGreedy", "fundedOptimal"],
    },
}


class FundingRoundSerializer(ApiModelSerializer):
    """An assessed funding round (WoKT or another scheme): its rules and budget."""

    _links = SelfLinkField("api:funding-round-detail")
    proposalCount = serializers.SerializerMethodField()  # noqa: N815

    class Meta:
        model = FundingRound
        fields = ROUND_FIELDS
        read_only_fields = fields

    def get_proposalCount(self, funding_round: FundingRound) -> int:  # noqa: N802
        return len(funding_round.proposals or [])


def _camel_keys(summary: dict[str, Any]) -> dict[str, Any]:
    names = {"funded_eur": "fundedEur", "new_homes": "newHomes", "proven_optimal": "provenOptimal"}
    return {names.get(key, key): value for key, value in summary.items()}


class FundingRoundDetailSerializer(FundingRoundSerializer):
    """A funding round with its inputs' fingerprints, the allocation and each outcome."""

    schemeOverrides = serializers.DictField(  # noqa: N815
        source="scheme_overrides", read_only=True
    )
    allocation = serializers.SerializerMethodField()
    outcomes = serializers.SerializerMethodField()

    class Meta(FundingRoundSerializer.Meta):
        fields = [
            *ROUND_FIELDS,
            "schemeDigest",
            "schemeOverrides",
            "timeLimitSeconds",
            "sourceName",
            "sourceSha256",
            "allocation",
            "outcomes",
        ]
        read_only_fields = fields

    @extend_schema_field(ALLOCATION_SCHEMA)
    def get_allocation(self, funding_round: FundingRound) -> dict[str, Any]:
        return {
            method: _camel_keys(funding_round.allocation(method))
            for method in ("greedy", "optimal")
            if funding_round.allocation(method)
        }

    @extend_schema_field(OUTCOMES_SCHEMA)
    def get_outcomes(self, funding_round: FundingRound) -> list[dict[str, Any]]:
        result = funding_round.result if isinstance(funding_round.result, dict) else {}
        return [
            {
                "id": str(item.get("id")),
                "newHomes": item.get("new_homes"),
                "eligible": bool(item.get("eligible")),
                "rank": item.get("rank"),
                "score": None if item.get("score") is None else str(item.get("score")),
                "fundedGreedy": bool(item.get("funded_greedy")),
                "fundedOptimal": bool(item.get("funded_optimal")),
            }
            for item in result.get("proposals", [])
            if isinstance(item, dict)
        ]
