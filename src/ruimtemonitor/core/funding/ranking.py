"""Priority score and ranking of the proposals that passed the knock-outs.

The score is a weighted sum of linear terms, computed exactly (``Fraction``) so
that ties and boundaries do not depend on float rounding. The letter prioritises
on speed and on contribution per home; the ranking must therefore never put a
proposal below one it *dominates* (at least as fast and at least as cheap per
new home, strictly better on one), whatever the other, softer terms say. That is
guaranteed by the ranking score: a proposal's ranking score is the highest
weighted score among itself and all proposals it dominates, and ties are broken
by (months to start, contribution per home, id) — an order in which a dominating
proposal always comes first. See docs/funding.md, "Ranking".
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction
from functools import cache
from itertools import groupby

from ruimtemonitor.core.funding.schemes import ScoreTerm

__all__ = ["RankEntry", "RankedEntry", "dominates", "rank", "weighted_score"]


@dataclass(frozen=True, slots=True)
class RankEntry:
    """What ranking needs of an eligible proposal."""

    id: str
    months_to_start: int
    contribution_per_home: Fraction
    score: Fraction


@dataclass(frozen=True, slots=True)
class RankedEntry:
    """Rank 1 is funded first; ``ranking_score >= score``, raised only by dominance."""

    id: str
    rank: int
    score: Fraction
    ranking_score: Fraction


@cache
def _compiled(terms: tuple[ScoreTerm, ...]) -> tuple[tuple[str, bool, Fraction, Fraction], ...]:
    return tuple(
        (t.measure, t.direction == "lower_is_better", Fraction(t.weight), Fraction(t.reference))
        for t in terms
    )


def weighted_score(values: Mapping[str, object], terms: Sequence[ScoreTerm]) -> Fraction:
    """Σ weight × (reference − v) / reference (lower is better) or weight × v / reference.

    An undefined value (``None``) contributes nothing; the shipped schemes reject
    such proposals by knock-out before they are scored.
    """
    total = Fraction(0)
    for measure, lower_is_better, weight, reference in _compiled(tuple(terms)):
        value = values.get(measure)
        if value is None:  # undefined (no new homes, no deficit): the term adds nothing
            continue
        part = (reference - value) / reference if lower_is_better else value / reference  # type: ignore[operator]
        total += weight * part
    return total


def dominates(a: RankEntry, b: RankEntry) -> bool:
    """``a`` is at least as fast and as cheap per home as ``b``, and strictly better on one."""
    at_least = (
        a.months_to_start <= b.months_to_start
        and a.contribution_per_home <= b.contribution_per_home
    )
    strictly = (
        a.months_to_start < b.months_to_start or a.contribution_per_home < b.contribution_per_home
    )
    return at_least and strictly


class _MaxTree:
    """Fenwick tree over positions 0..n-1 answering max over a prefix; values only grow."""

    def __init__(self, size: int) -> None:
        self._tree: list[Fraction | None] = [None] * (size + 1)

    def raise_to(self, position: int, value: Fraction) -> None:
        i = position + 1
        while i < len(self._tree):
            current = self._tree[i]
            if current is None or value > current:
                self._tree[i] = value
            i += i & -i

    def prefix_max(self, position: int) -> Fraction | None:
        i = position + 1
        best: Fraction | None = None
        while i > 0:
            current = self._tree[i]
            if current is not None and (best is None or current > best):
                best = current
            i -= i & -i
        return best


def _ranking_scores(entries: Sequence[RankEntry]) -> dict[str, Fraction]:
    """For each entry: the max weighted score over itself and every entry it dominates.

    Sweep by months descending; a Fenwick tree over cost-per-home (most expensive
    first) holds the slower entries, and a running max inside a group of equal
    months holds the equally fast but strictly more expensive ones. O(n log n).
    """
    costs = sorted({e.contribution_per_home for e in entries}, reverse=True)
    position = {cost: i for i, cost in enumerate(costs)}  # 0 = most expensive
    tree = _MaxTree(len(costs))
    result: dict[str, Fraction] = {}
    by_months = sorted(entries, key=lambda e: -e.months_to_start)
    for _, group_iter in groupby(by_months, key=lambda e: e.months_to_start):
        group = sorted(group_iter, key=lambda e: e.contribution_per_home, reverse=True)
        running: Fraction | None = None  # max over group members strictly more expensive
        for _, same_cost_iter in groupby(group, key=lambda e: e.contribution_per_home):
            same_cost = list(same_cost_iter)
            for entry in same_cost:
                best = entry.score
                slower = tree.prefix_max(position[entry.contribution_per_home])
                for candidate in (slower, running):
                    if candidate is not None and candidate > best:
                        best = candidate
                result[entry.id] = best
            top = max(e.score for e in same_cost)
            running = top if running is None or top > running else running
        for entry in group:
            tree.raise_to(position[entry.contribution_per_home], entry.score)
    return result


def rank(entries: Sequence[RankEntry]) -> list[RankedEntry]:
    """Rank eligible proposals: ranking score descending, then faster, cheaper, id."""
    lifted = _ranking_scores(entries)
    ordered = sorted(
        entries,
        key=lambda e: (-lifted[e.id], e.months_to_start, e.contribution_per_home, e.id),
    )
    return [
        RankedEntry(id=e.id, rank=i, score=e.score, ranking_score=lifted[e.id])
        for i, e in enumerate(ordered, start=1)
    ]
