"""A project's money is stored with the kind its letter gives it: an estimate is no budget."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from ruimtemonitor.ingestion.services import ingest_paths
from ruimtemonitor.projects.models import MoneyKind, MoneyLine

LETTERS = Path(__file__).parent.parent / "data" / "letters"
LETTER = LETTERS / "mirt_project-2024-a12-ede-grijsoord.txt"


def test_a_project_page_keeps_budget_and_estimate_apart(reference_data) -> None:
    assert ingest_paths([LETTER], queue=False).ok
    kinds = {line.amount_eur: line.kind for line in MoneyLine.objects.all()}
    assert kinds[Decimal(263_000_000)] == MoneyKind.BUDGET
    assert kinds[Decimal(270_000_000)] == MoneyKind.ESTIMATE
    assert MoneyKind.CONTRIBUTION in kinds.values()
