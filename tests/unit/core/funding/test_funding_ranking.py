import datetime as dt
from fractions import Fraction

import pytest
from funding_helpers import PEILDATUM, proposal
from hypothesis import given, settings
from hypothesis import strategies as st

from ruimtemonitor.core.funding.ranking import RankEntry, dominates, rank, weighted_score
from ruimtemonitor.core.funding.schemes import load_scheme
from ruimtemonitor.core.funding.service import assess

pytestmark = pytest.mark.unit

entries = st.lists(
    st.builds(
        lambda i, m, c, s: (i, m, c, s),
        st.integers(min_value=0, max_value=10_000),
        st.integers(min_value=-3, max_value=8),
        st.fractions(min_value=0, max_value=20, max_denominator=7),
        st.fractions(min_value=-1, max_value=1, max_denominator=9),
    ),
    max_size=40,
    unique_by=lambda t: t[0],
)


def _build(raw) -> list[RankEntry]:
    return [RankEntry(f"P{i:05d}", m, c, s) for i, m, c, s in raw]


@given(entries)
def test_a_dominating_proposal_never_ranks_below_the_dominated_one(raw) -> None:
    items = _build(raw)
    ranked = {r.id: r for r in rank(items)}
    for a in items:
        for b in items:
            if dominates(a, b):
                assert ranked[a.id].rank < ranked[b.id].rank, (a, b)


@given(entries)
def test_ranking_score_is_the_best_score_among_itself_and_what_it_dominates(raw) -> None:
    items = _build(raw)
    ranked = {r.id: r for r in rank(items)}
    for a in items:
        expected = max([a.score] + [b.score for b in items if dominates(a, b)])
        assert ranked[a.id].ranking_score == expected
    assert sorted(r.rank for r in ranked.values()) == list(range(1, len(items) + 1))


def test_without_dominance_the_weighted_score_decides_and_ties_fall_to_id() -> None:
    items = [
        RankEntry("B", 10, Fraction(5000), Fraction(1, 2)),
        RankEntry("A", 10, Fraction(5000), Fraction(1, 2)),
        RankEntry("C", 5, Fraction(15000), Fraction(3, 4)),
    ]
    assert [r.id for r in rank(items)] == ["C", "A", "B"]


def test_weighted_score_follows_the_documented_formula() -> None:
    wokt = load_scheme("wokt-2025")
    values = {
        "months_to_start": 12,
        "contribution_per_home_eur": Fraction(10000),
        "main_network_effect": 2,
    }
    # 0.45 × (60−12)/60 + 0.45 × (20000−10000)/20000 + 0.10 × 2/2
    expected = (
        Fraction(45, 100) * Fraction(48, 60) + Fraction(45, 100) * Fraction(1, 2) + Fraction(1, 10)
    )
    assert weighted_score(values, wokt.score_terms) == expected


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.integers(min_value=0, max_value=59),  # months to start
            st.integers(min_value=200, max_value=2000),  # homes
            st.integers(min_value=1, max_value=20),  # contribution per home in thousands
            st.integers(min_value=-2, max_value=2),  # effect on the main networks
        ),
        max_size=25,
    )
)
def test_dominance_holds_for_whole_assessments(rows) -> None:
    proposals = [
        proposal(
            f"P{k:02d}",
            homes=homes,
            start=PEILDATUM + dt.timedelta(days=31 * months),
            contribution=str(homes * per_home * 1000),
            deficit=str(homes * per_home * 2000),
            effect=effect,
        )
        for k, (months, homes, per_home, effect) in enumerate(rows)
    ]
    result = assess(proposals, "wokt-2025", PEILDATUM, budget="10000000")
    ranked = [p for p in result.proposals if p.rank is not None]
    for a in ranked:
        for b in ranked:
            faster = a.derived.months_to_start <= b.derived.months_to_start
            cheaper = a.derived.contribution_per_home <= b.derived.contribution_per_home
            strictly = (
                a.derived.months_to_start < b.derived.months_to_start
                or a.derived.contribution_per_home < b.derived.contribution_per_home
            )
            if faster and cheaper and strictly:
                assert a.rank < b.rank
