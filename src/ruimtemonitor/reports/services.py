"""Draft letters for a region and a BO, from the register (``facts``) through the composers."""

from __future__ import annotations

import datetime as dt

from ruimtemonitor.core.letters import raadsinformatiebrief as brief_composer
from ruimtemonitor.core.letters import raadsvoorstel as proposal_composer
from ruimtemonitor.core.letters.model import Letter
from ruimtemonitor.reports.facts import collect

LETTERS = ("raadsinformatiebrief", "raadsvoorstel")


def draft(kind: str, region: str, meeting: str, *, today: dt.date | None = None) -> Letter:
    """The raadsinformatiebrief, or the raadsvoorstel that forwards it. Raises ReportError."""
    facts = collect(region, meeting, today=today)
    brief = brief_composer.compose(facts)
    if kind == "raadsinformatiebrief":
        return brief
    if kind == "raadsvoorstel":
        return proposal_composer.compose(facts, brief)
    raise ValueError(f"unknown letter {kind!r}")
