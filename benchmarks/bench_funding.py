"""Benchmark of the funding engine: 10,000 generated WoKT proposals, assessed and allocated.

Prints the time to assess (derive + knock-outs + score), rank and allocate
optimally, the greedy time in the same run, the end-to-end time of
``service.assess``, and the ratio of new homes optimal / greedy. Not a test: run

    .venv/bin/python benchmarks/bench_funding.py [--n 10000] [--seed 2025]
        [--budget 2500000000] [--max-share-per-province 0.15]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import random
import time
from decimal import Decimal

import scipy

from ruimtemonitor.core.funding.allocation import (
    allocate_greedy,
    allocate_optimal,
    quiet_native_stdout,
)
from ruimtemonitor.core.funding.knockouts import apply_knockouts
from ruimtemonitor.core.funding.proposals import (
    Proposal,
    add_months,
    derive,
    fundable_item,
    measures,
)
from ruimtemonitor.core.funding.ranking import RankEntry, rank, weighted_score
from ruimtemonitor.core.funding.schemes import load_scheme
from ruimtemonitor.core.funding.service import assess

PROVINCES = (
    "Groningen", "Fryslân", "Drenthe", "Overijssel", "Flevoland", "Gelderland",
    "Utrecht", "Noord-Holland", "Zuid-Holland", "Zeeland", "Noord-Brabant", "Limburg",
)  # fmt: skip
PEILDATUM = dt.date(2025, 7, 1)


def generate(n: int, seed: int) -> list[Proposal]:
    """Plausible proposals: about half pass every knock-out, the rest fail one or more."""
    rnd = random.Random(seed)
    proposals = []
    for k in range(n):
        homes = int(rnd.lognormvariate(6.3, 0.8)) + 50  # median ≈ 600
        agreed = rnd.choice((0, 0, 0, rnd.randint(0, homes)))
        new = max(homes - agreed, 1)
        per_home = Decimal(rnd.randint(3_000, 24_000))
        contribution = per_home * new
        share = Decimal(rnd.randint(30, 75)) / 100
        deficit = (contribution / share).quantize(Decimal("0.01"))
        excl = rnd.random() < 0.2
        if excl:
            contribution = (contribution / Decimal("1.21")).quantize(Decimal("0.01"))
            deficit = (deficit / Decimal("1.21")).quantize(Decimal("0.01"))
        start = add_months(PEILDATUM, rnd.randint(0, 72))
        proposals.append(
            Proposal(
                id=f"W{k:05d}",
                name=f"Voorstel {k}",
                municipality=f"Gemeente {k % 340}",
                province=PROVINCES[k % len(PROVINCES)],
                homes=homes,
                homes_already_agreed=agreed,
                start=start,
                start_has_day=rnd.random() < 0.5,
                deficit_eur=deficit,
                contribution_eur=contribution,
                vat_included=not excl,
                rws_involved=rnd.random() < 0.3,
                prorail_involved=rnd.random() < 0.2,
                main_network_effect=rnd.randint(-2, 2),
            )
        )
    return proposals


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=2025)
    parser.add_argument("--budget", default="2500000000")
    parser.add_argument("--max-share-per-province", default=None)
    args = parser.parse_args()
    budget = Decimal(args.budget)
    share = None if args.max_share_per_province is None else Decimal(args.max_share_per_province)

    proposals = generate(args.n, args.seed)
    scheme = load_scheme("wokt-2025")
    print(
        f"machine: {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"SciPy {scipy.__version__}; {args.n} proposals, seed {args.seed}, budget € {budget:,}"
        + (f", cap {share} per province" if share is not None else "")
    )

    start = time.perf_counter()
    judged = []
    for p in proposals:
        derived = derive(p, PEILDATUM, scheme)
        verdicts = apply_knockouts(p, derived, scheme, PEILDATUM)
        if all(v.passed for v in verdicts):
            judged.append((p, derived, weighted_score(measures(p, derived), scheme.score_terms)))
    t_assess = time.perf_counter() - start

    start = time.perf_counter()
    ranked = rank(
        [RankEntry(p.id, d.months_to_start, d.contribution_per_home, s) for p, d, s in judged]
    )  # type: ignore[arg-type]
    t_rank = time.perf_counter() - start

    by_id = {p.id: (p, d) for p, d, _ in judged}
    items = [fundable_item(*by_id[r.id]) for r in ranked]
    start = time.perf_counter()
    greedy = allocate_greedy(items, budget, share)
    t_greedy = time.perf_counter() - start

    with quiet_native_stdout():  # HiGHS 1.12 prints stray debug lines to fd 1
        start = time.perf_counter()
        optimal = allocate_optimal(items, budget, share)
        t_optimal = time.perf_counter() - start

        start = time.perf_counter()
        result = assess(proposals, scheme, PEILDATUM, budget, share)
        t_total = time.perf_counter() - start
    assert result.optimal.value == optimal.value

    total = t_assess + t_rank + t_optimal
    print(f"eligible after knock-outs: {len(judged)} of {len(proposals)}")
    print(f"assess (derive, knock-outs, score): {t_assess:6.2f} s")
    print(f"rank (with dominance):              {t_rank:6.2f} s")
    proof = f"proven_optimal={optimal.proven_optimal}"
    print(f"allocate optimally (HiGHS):         {t_optimal:6.2f} s  {proof}")
    print(f"assess + rank + optimal:            {total:6.2f} s  (target < 10 s)")
    print(f"greedy allocation, same run:        {t_greedy:6.3f} s")
    print(f"service.assess end to end:          {t_total:6.2f} s  (includes greedy and optimal)")
    print(f"greedy:  {greedy.count} funded, {greedy.value} new homes, € {greedy.funded_eur:,.2f}")
    print(
        f"optimal: {optimal.count} funded, {optimal.value} new homes, € {optimal.funded_eur:,.2f}"
    )
    ratio = optimal.value / greedy.value if greedy.value else float("nan")
    print(f"new homes optimal / greedy: {ratio:.4f}")


if __name__ == "__main__":
    main()
