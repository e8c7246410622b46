"""The example funding file, assessed and stored the way the command line does it: shared by
the tests of funding rounds and of the funding pages."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

from ruimtemonitor.core.funding import service
from ruimtemonitor.core.funding.reading import read_proposals
from ruimtemonitor.funding import services
from ruimtemonitor.funding.models import FundingRound

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "docs" / "examples" / "wokt-voorbeeld.csv"
PEILDATUM = dt.date(2025, 7, 1)


def assess_sample(**overrides: object) -> tuple[service.AssessmentResult, tuple]:
    """The example file assessed as the CLI does: scheme (with overrides), file, budget, cap."""
    cap = overrides.pop("max_share_per_province", None)
    rules = service.load_scheme("wokt-2025", overrides or None)
    proposals = read_proposals(SAMPLE, rules.required_columns)
    result = service.assess(proposals, rules, PEILDATUM, "30000000", cap)
    return result, proposals


def save_sample(name: str = "WoKT 2025 ronde 1", user=None, **overrides: object) -> FundingRound:
    result, proposals = assess_sample(**overrides)
    return services.save_round(
        result,
        name=name,
        proposals=proposals,
        source_name=SAMPLE.name,
        source_hash=hashlib.sha256(SAMPLE.read_bytes()).hexdigest(),
        user=user,
    )
