"""Funding rounds (financieringsrondes): what was assessed and how the budget was allocated."""

from __future__ import annotations

from typing import Any

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from ruimtemonitor.api.serializers.base import ApiModelSerializer, SelfLinkField, resource_fields
from ruimtemonitor.funding.models import FundingRound

ROUND_FIELDS = resource_fields(
    "naam",
    "regeling",
    "regelingVersie",
    "peildatum",
    "budgetEur",
    "maxAandeelPerProvincie",
    "aantalVoorstellen",
    "ruimtemonitorVersie",
)

# The stored result's allocation keys (docs/funding.md) -> the API's members.
METHODS = {"greedy": "greedy", "optimal": "optimaal"}
_ALLOCATION_MEMBERS = {
    "funded_eur": "gefinancierdEur",
    "new_homes": "nieuweWoningen",
    "count": "aantal",
    "solver": "solver",
    "proven_optimal": "bewezenOptimaal",
}

_MONEY = {"type": "string", "format": "decimal", "pattern": r"^-?\d+\.\d{2}$"}
_ALLOCATION = {
    "type": "object",
    "properties": {
        "gefinancierdEur": {**_MONEY, "description": "Amount allocated, euros."},
        "nieuweWoningen": {"type": "integer", "description": "New homes the funded proposals add."},
        "aantal": {"type": "integer", "description": "Number of funded proposals."},
        "solver": {"type": "string", "description": "Optimal method only: the solver used."},
        "bewezenOptimaal": {
            "type": "boolean",
            "description": "Optimal method only: whether the solver proved it optimal.",
        },
    },
    "required": ["gefinancierdEur", "nieuweWoningen", "aantal"],
}
ALLOCATION_SCHEMA = {
    "type": "object",
    "description": "The allocation by ranking order (greedy) and the optimal one (optimaal).",
    "properties": {"greedy": _ALLOCATION, "optimaal": _ALLOCATION},
}
OUTCOMES_SCHEMA = {
    "type": "array",
    "description": "Per proposal, in submitted order: the verdict and whether it was funded.",
    "items": {
        "type": "object",
        "properties": {
            "id": {"type": "string", "description": "The proposal's id in the input file."},
            "nieuweWoningen": {"type": "integer", "nullable": True},
            "doorstaatKnockouts": {
                "type": "boolean",
                "description": "Whether the proposal passes every knock-out criterion.",
            },
            "rang": {"type": "integer", "nullable": True},
            "score": {"type": "string", "nullable": True},
            "gefinancierdGreedy": {"type": "boolean"},
            "gefinancierdOptimaal": {"type": "boolean"},
        },
        "required": ["id", "doorstaatKnockouts", "gefinancierdGreedy", "gefinancierdOptimaal"],
    },
}


class FundingRoundSerializer(ApiModelSerializer):
    """An assessed funding round (WoKT or another scheme): its rules and budget."""

    _links = SelfLinkField("api:funding-round-detail")
    aantalVoorstellen = serializers.SerializerMethodField()  # noqa: N815

    class Meta:
        model = FundingRound
        fields = ROUND_FIELDS

    def get_aantalVoorstellen(self, funding_round: FundingRound) -> int:  # noqa: N802
        return len(funding_round.proposals or [])


def _allocation_members(summary: dict[str, Any]) -> dict[str, Any]:
    return {_ALLOCATION_MEMBERS.get(key, key): value for key, value in summary.items()}


class FundingRoundDetailSerializer(FundingRoundSerializer):
    """A funding round with its inputs' fingerprints, the allocation and each outcome."""

    regelingAanpassingen = serializers.DictField(  # noqa: N815
        source="scheme_overrides", read_only=True
    )
    verdeling = serializers.SerializerMethodField()
    uitkomsten = serializers.SerializerMethodField()

    class Meta(FundingRoundSerializer.Meta):
        fields = [
            *ROUND_FIELDS,
            "regelingVingerafdruk",
            "regelingAanpassingen",
            "tijdslimietSeconden",
            "bronbestand",
            "bronbestandSha256",
            "verdeling",
            "uitkomsten",
        ]

    @extend_schema_field(ALLOCATION_SCHEMA)
    def get_verdeling(self, funding_round: FundingRound) -> dict[str, Any]:
        return {
            member: _allocation_members(funding_round.allocation(method))
            for method, member in METHODS.items()
            if funding_round.allocation(method)
        }

    @extend_schema_field(OUTCOMES_SCHEMA)
    def get_uitkomsten(self, funding_round: FundingRound) -> list[dict[str, Any]]:
        result = funding_round.result if isinstance(funding_round.result, dict) else {}
        return [
            {
                "id": str(item.get("id")),
                "nieuweWoningen": item.get("new_homes"),
                "doorstaatKnockouts": bool(item.get("eligible")),
                "rang": item.get("rank"),
                "score": None if item.get("score") is None else str(item.get("score")),
                "gefinancierdGreedy": bool(item.get("funded_greedy")),
                "gefinancierdOptimaal": bool(item.get("funded_optimal")),
            }
            for item in result.get("proposals", [])
            if isinstance(item, dict)
        ]
