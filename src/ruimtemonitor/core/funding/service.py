"""The funding engine's one front door: assess proposals, classify locations, load schemes.

Callers (the CLI, the register's persistence of funding rounds, notebooks) use
only what ``__all__`` lists here; the modules behind it may be reorganised.
Everything is pure Python and deterministic: the same proposals, scheme version
(digest), reference date, budget and cap give the same result.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

from ruimtemonitor.core.funding.allocation import allocate_greedy, allocate_optimal
from ruimtemonitor.core.funding.classification import Location, classify
from ruimtemonitor.core.funding.errors import InputError, Problem, SchemeError
from ruimtemonitor.core.funding.knockouts import apply_knockouts
from ruimtemonitor.core.funding.notation import parse_decimal
from ruimtemonitor.core.funding.proposals import Proposal, derive, fundable_item, measures
from ruimtemonitor.core.funding.ranking import RankEntry, rank, weighted_score
from ruimtemonitor.core.funding.reading import (
    proposals_from_records,
    read_locations,
    read_proposals,
)
from ruimtemonitor.core.funding.results import (
    AssessedProposal,
    AssessmentResult,
    ClassificationResult,
)
from ruimtemonitor.core.funding.schemes import (
    LocationScheme,
    Scheme,
    available_schemes,
    load_location_scheme,
    load_scheme,
)

__all__ = [
    "AssessedProposal",
    "AssessmentResult",
    "ClassificationResult",
    "InputError",
    "Location",
    "LocationScheme",
    "Problem",
    "Proposal",
    "Scheme",
    "SchemeError",
    "assess",
    "assess_file",
    "available_schemes",
    "classify_file",
    "classify_locations",
    "load_location_scheme",
    "load_scheme",
    "proposals_from_records",
]

DEFAULT_TIME_LIMIT = 60.0
_NO_NEW_HOMES = Fraction(10**18)  # only reachable with a custom scheme without `aantal`


def _as_scheme(scheme: Scheme | str | Path) -> Scheme:
    return scheme if isinstance(scheme, Scheme) else load_scheme(scheme)


def assess(
    proposals: Sequence[Proposal],
    scheme: Scheme | str | Path,
    peildatum: dt.date,
    budget: Decimal | int | str | None = None,
    max_share_per_province: Decimal | str | None = None,
    *,
    time_limit: float = DEFAULT_TIME_LIMIT,
) -> AssessmentResult:
    """Knock-outs, score, rank and both allocations for one funding round.

    ``budget`` defaults to the scheme's; ``max_share_per_province`` (a fraction of
    the budget) overrides the scheme's cap and is recorded in the scheme's
    overrides, so the output says which cap produced it.
    """
    rules = _as_scheme(scheme)
    if max_share_per_province is not None:
        rules = rules.with_overrides(max_share_per_province=max_share_per_province)
    money = rules.budget_eur if budget is None else _budget(budget)
    _check_unique(proposals)

    judged = []
    for proposal in proposals:
        derived = derive(proposal, peildatum, rules)
        verdicts = apply_knockouts(proposal, derived, rules, peildatum)
        eligible = all(v.passed for v in verdicts)
        score = weighted_score(measures(proposal, derived), rules.score_terms) if eligible else None
        judged.append((proposal, derived, verdicts, score))

    entries = [
        RankEntry(p.id, d.months_to_start, _per_home_for_ranking(d.contribution_per_home), s)
        for p, d, _, s in judged
        if s is not None
    ]
    ranked = {r.id: r for r in rank(entries)}
    by_id = {p.id: (p, d) for p, d, _, _ in judged}
    items = [fundable_item(*by_id[r.id]) for r in sorted(ranked.values(), key=lambda r: r.rank)]
    cap = rules.max_share_per_province
    greedy = allocate_greedy(items, money, cap)
    optimal = allocate_optimal(items, money, cap, time_limit=time_limit)

    assessed = []
    for proposal, derived, verdicts, score in judged:
        place = ranked.get(proposal.id)
        assessed.append(
            AssessedProposal(
                proposal=proposal,
                derived=derived,
                knockouts=verdicts,
                score=score,
                ranking_score=place.ranking_score if place else None,
                rank=place.rank if place else None,
                funded_greedy=proposal.id in greedy.funded,
                funded_optimal=proposal.id in optimal.funded,
            )
        )
    ranked_first = sorted(
        (a for a in assessed if a.rank is not None),
        key=lambda a: a.rank,  # type: ignore[arg-type,return-value]
    )
    rejected = sorted((a for a in assessed if a.rank is None), key=lambda a: a.proposal.id)
    return AssessmentResult(
        scheme=rules,
        peildatum=peildatum,
        budget_eur=money,
        proposals=tuple(ranked_first + rejected),
        greedy=greedy,
        optimal=optimal,
    )


def assess_file(
    path: Path | str,
    scheme: Scheme | str | Path,
    peildatum: dt.date,
    budget: Decimal | int | str | None = None,
    max_share_per_province: Decimal | str | None = None,
    *,
    overrides: Mapping[str, object] | None = None,
    time_limit: float = DEFAULT_TIME_LIMIT,
) -> AssessmentResult:
    """Read a CSV/XLSX of proposals (all problems at once) and assess them."""
    rules = scheme if isinstance(scheme, Scheme) else load_scheme(scheme, overrides)
    if isinstance(scheme, Scheme) and overrides:
        rules = scheme.with_overrides(**overrides)  # type: ignore[arg-type]
    proposals = read_proposals(path, rules.required_columns)
    return assess(
        proposals, rules, peildatum, budget, max_share_per_province, time_limit=time_limit
    )


def classify_locations(
    locations: Sequence[Location], scheme: LocationScheme | str | Path = "locaties-2025"
) -> ClassificationResult:
    """Classify locations as regional large-scale housing locations / Rijksregie candidates."""
    rules = scheme if isinstance(scheme, LocationScheme) else load_location_scheme(scheme)
    return ClassificationResult(rules, classify(list(locations), rules))


def classify_file(
    path: Path | str,
    scheme: LocationScheme | str | Path = "locaties-2025",
    thresholds: Mapping[str, object] | None = None,
) -> ClassificationResult:
    """Read a CSV/XLSX of locations (all problems at once) and classify them."""
    rules = scheme if isinstance(scheme, LocationScheme) else load_location_scheme(scheme)
    if thresholds:
        rules = rules.with_overrides(thresholds)
    return classify_locations(read_locations(path, rules), rules)


def _per_home_for_ranking(value: Fraction | None) -> Fraction:
    """No new homes means no cost per home: rank it as dearer than any real proposal."""
    return _NO_NEW_HOMES if value is None else value


def _budget(raw: Decimal | int | str) -> Decimal:
    try:
        value = parse_decimal(raw)
    except ValueError as exc:
        raise SchemeError(f"budget: geen bedrag: {raw!r}") from exc
    if value < 0:
        raise SchemeError(f"budget moet een bedrag ≥ 0 zijn, niet {raw!r}")
    return value


def _check_unique(proposals: Sequence[Proposal]) -> None:
    seen: dict[str, Proposal] = {}
    problems = []
    for proposal in proposals:
        if proposal.id in seen:
            problems.append(
                Problem(proposal.row, "id", proposal.id, "een unieke id (komt twee keer voor)")
            )
        seen[proposal.id] = proposal
    if problems:
        raise InputError(problems)
