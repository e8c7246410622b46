"""The results of an assessment or a classification, as values (writers live in ``output``).

Kept apart from the service so that writers and the register can depend on the
shape of a result without depending on how it was computed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from ruimtemonitor.core.funding.allocation import Allocation
from ruimtemonitor.core.funding.classification import Classification
from ruimtemonitor.core.funding.knockouts import KnockoutResult
from ruimtemonitor.core.funding.proposals import DerivedValues, Proposal
from ruimtemonitor.core.funding.schemes import LocationScheme, Scheme

__all__ = ["AssessedProposal", "AssessmentResult", "ClassificationResult"]


@dataclass(frozen=True, slots=True)
class AssessedProposal:
    """One proposal with its derived values, verdicts, score, rank and funding."""

    proposal: Proposal
    derived: DerivedValues
    knockouts: tuple[KnockoutResult, ...]
    score: Fraction | None
    ranking_score: Fraction | None
    rank: int | None
    funded_greedy: bool
    funded_optimal: bool

    @property
    def eligible(self) -> bool:
        """Passed every knock-out criterion."""
        return all(k.passed for k in self.knockouts)


@dataclass(frozen=True, slots=True)
class AssessmentResult:
    """A whole assessment round; ``proposals`` in rank order, then the rejected by id."""

    scheme: Scheme
    peildatum: dt.date
    budget_eur: Decimal
    proposals: tuple[AssessedProposal, ...]
    greedy: Allocation
    optimal: Allocation

    @property
    def max_share_per_province(self) -> Decimal | None:
        return self.scheme.max_share_per_province

    def to_dict(self) -> dict[str, object]:
        """The documented JSON shape (docs/funding.md)."""
        from ruimtemonitor.core.funding.output import assessment_to_dict

        return assessment_to_dict(self)


@dataclass(frozen=True, slots=True)
class ClassificationResult:
    """Every location classified under one set of thresholds."""

    scheme: LocationScheme
    classifications: tuple[Classification, ...]

    def to_dict(self) -> dict[str, object]:
        """The documented JSON shape (docs/funding.md)."""
        from ruimtemonitor.core.funding.output import classification_to_dict

        return classification_to_dict(self)
