"""Builders shared by the funding tests (imported by name; pytest puts this folder on sys.path)."""

from __future__ import annotations

import datetime as dt
import json
import re
from decimal import Decimal
from pathlib import Path

from ruimtemonitor.core.funding.proposals import Proposal

DATA = Path(__file__).parent / "data"
SAMPLE = DATA / "wokt-grensgevallen.csv"
REPO = Path(__file__).resolve().parents[4]
PEILDATUM = dt.date(2025, 7, 1)


def proposal(
    ident: str = "P1",
    *,
    homes: int = 400,
    agreed: int = 0,
    start: dt.date = dt.date(2026, 7, 1),
    start_has_day: bool = True,
    deficit: str | Decimal = "10000000",
    contribution: str | Decimal = "4000000",
    vat_included: bool = True,
    province: str = "Gelderland",
    effect: int | None = None,
    area: str | None = None,
    realistic: bool | None = None,
    accessibility: int | None = None,
    rws: bool = False,
    prorail: bool = False,
) -> Proposal:
    """A valid proposal that passes every WoKT knock-out unless told otherwise."""
    return Proposal(
        id=ident,
        name=f"Voorstel {ident}",
        municipality="Ede",
        province=province,
        homes=homes,
        homes_already_agreed=agreed,
        start=start,
        start_has_day=start_has_day,
        deficit_eur=Decimal(deficit),
        contribution_eur=Decimal(contribution),
        vat_included=vat_included,
        rws_involved=rws,
        prorail_involved=prorail,
        main_network_effect=effect,
        area=area,
        realistic_planning=realistic,
        accessibility_value=accessibility,
    )


def brute_force(
    costs: list[int], values: list[int], groups: list[str], budget: int, cap: int | None
) -> int:
    """Best total value over all 2^n subsets, enumerated with exact integer sums per subset."""
    n = len(costs)
    names = sorted(set(groups))
    total = [0] * (1 << n)
    value = [0] * (1 << n)
    per_group = {g: [0] * (1 << n) for g in names}
    best = 0
    for mask in range(1, 1 << n):
        low = (mask & -mask).bit_length() - 1
        rest = mask & (mask - 1)
        total[mask] = total[rest] + costs[low]
        value[mask] = value[rest] + values[low]
        for g in names:
            per_group[g][mask] = per_group[g][rest] + (costs[low] if groups[low] == g else 0)
        if total[mask] > budget:
            continue
        if cap is not None and any(per_group[g][mask] > cap for g in names):
            continue
        best = max(best, value[mask])
    return best


def docs_schema(title: str) -> dict:
    """The JSON Schema printed in docs/funding.md under a ``<!-- schema: title -->`` marker."""
    text = (REPO / "docs" / "funding.md").read_text(encoding="utf-8")
    match = re.search(rf"<!-- schema: {re.escape(title)} -->\s*```json\n(.*?)```", text, re.S)
    assert match, f"schema {title!r} not found in docs/funding.md"
    return json.loads(match.group(1))
