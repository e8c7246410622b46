"""What the register knows about one region and one meeting: the composers' only input.

Plain values; ``reports.facts`` collects them from the register (the Django side).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from ruimtemonitor.core.letters.model import Citation


@dataclass(frozen=True)
class CommitmentFact:
    text: str
    owner: str = ""
    deadline: str = ""
    citation: Citation | None = None


@dataclass(frozen=True)
class AgreementFact:
    number: str
    title: str
    arrangement: str
    types: tuple[str, ...] = ()
    departments: tuple[str, ...] = ()
    commitments: tuple[CommitmentFact, ...] = ()
    reason: str = ""  # why it touches the region, e.g. "noemt Wageningen"
    citation: Citation | None = None
    # The arrangement's own words for the region ("Regionale aandachtspunten: Foodvalley
    # regio" and its paragraph), when the agreement has them.
    regional_heading: str = ""
    regional_text: str = ""
    regional_citation: Citation | None = None
    # The heading of the arrangement (an annex) under which it points at this agreement for
    # the region, when that pointer is all that ties the two: listed by title only.
    referenced_under: str = ""


@dataclass(frozen=True)
class MoneyFact:
    kind: str  # "budget", "raming", ...
    as_written: str
    amount_eur: float
    citation: Citation | None = None


@dataclass(frozen=True)
class ProjectFact:
    name: str
    phase: str = ""
    region: str = ""
    money: tuple[MoneyFact, ...] = ()
    next_decision: str = ""
    next_decision_citation: Citation | None = None
    citation: Citation | None = None


@dataclass(frozen=True)
class FundingFact:
    title: str
    amount: str  # as written in the letter, e.g. "€ 2,5 miljard"
    criteria: tuple[str, ...] = ()
    rounds: tuple[str, ...] = ()  # stored funding rounds touching the region
    citation: Citation | None = None


@dataclass(frozen=True)
class AreaFact:
    name: str
    description: str = ""
    citation: Citation | None = None


@dataclass(frozen=True)
class DeadlineFact:
    what: str
    deadline: str
    due: dt.date | None = None
    citation: Citation | None = None


@dataclass(frozen=True)
class DocumentFact:
    title: str
    date: dt.date | None = None
    reference: str = ""


@dataclass
class RegionFacts:
    region: str
    meeting: str  # as the user names it: "BOL 2025", "BO MIRT 2025"
    meeting_kind: str  # "bol" or "bo_mirt"
    year: int
    sender: str
    today: dt.date
    landsdelen: list[str] = field(default_factory=list)
    meeting_dates: list[tuple[str, dt.date]] = field(default_factory=list)
    provinces: list[str] = field(default_factory=list)
    arrangements: list[tuple[str, Citation | None]] = field(default_factory=list)
    agreements: list[AgreementFact] = field(default_factory=list)
    referenced_agreements: list[AgreementFact] = field(default_factory=list)
    other_agreements: list[AgreementFact] = field(default_factory=list)
    novex_areas: list[AreaFact] = field(default_factory=list)
    projects: list[ProjectFact] = field(default_factory=list)
    funding: list[FundingFact] = field(default_factory=list)
    deadlines: list[DeadlineFact] = field(default_factory=list)
    documents: list[DocumentFact] = field(default_factory=list)
    next_meeting: str = ""
    signatories: list[tuple[str, str]] = field(default_factory=list)
    contact: str = ""
