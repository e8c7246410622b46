"""Spending the budget: greedy in rank order, and exactly optimal by integer programming.

Greedy is what a committee does by hand (fund the best-ranked proposal that still
fits); the optimum shows how many more new homes the same money could buy. The
optimum is a 0/1 knapsack (plus one row per province when a provincial cap is
set) solved by HiGHS through ``scipy.optimize.milp``. Money is checked in exact
integer arithmetic: the solver works in floats, so its answer is verified
against the budget and caps to the cent (or finer) before it is reported.

Before HiGHS sees the model, variables are fixed by reduced costs of the LP
relaxation: a proposal whose flipping would cap the objective below the best
known solution + 1 keeps its LP value. That is exact (the bound holds for any
non-negative duals, and new homes are whole numbers) and leaves HiGHS a small
core; docs/funding.md explains the argument.
"""

from __future__ import annotations

import os
import sys
from collections import defaultdict
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from decimal import Decimal, localcontext

__all__ = [
    "Allocation",
    "Item",
    "allocate_greedy",
    "allocate_optimal",
    "quiet_native_stdout",
    "solver_name",
]

_MARGIN = (
    0.5  # objective values are integers: "cannot beat incumbent + 1" with room for float error
)


@dataclass(frozen=True, slots=True)
class Item:
    """A fundable proposal: cost (euros incl. VAT, exact), value (new homes), province."""

    id: str
    cost: Decimal
    value: int
    group: str


@dataclass(frozen=True, slots=True)
class Allocation:
    """A funded set. ``proven_optimal`` is ``None`` for greedy, ``True`` only with a proof."""

    method: str
    funded: frozenset[str]
    funded_eur: Decimal
    value: int
    solver: str | None = None
    proven_optimal: bool | None = None

    @property
    def count(self) -> int:
        return len(self.funded)


@contextmanager
def quiet_native_stdout() -> Iterator[None]:
    """Send the process's file descriptor 1 to /dev/null for the duration.

    HiGHS 1.12 (as bundled with SciPy 1.17) prints a stray debug line from C++
    straight to fd 1, which would corrupt JSON written to stdout by the CLI.
    This is process-wide, so only the CLI and the benchmark use it, around the
    computation and never while writing their own output.
    """
    sys.stdout.flush()
    try:
        saved = os.dup(1)
    except OSError:  # no usable fd 1 (embedded interpreters): nothing to protect
        yield
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, 1)
        yield
    finally:
        sys.stdout.flush()
        os.dup2(saved, 1)
        os.close(saved)
        os.close(devnull)


def solver_name() -> str:
    """Named with its version: ties between equally good sets are resolved by this software."""
    import scipy  # imported here: SciPy costs a second at start-up for every other command

    return f"HiGHS via scipy.optimize.milp (SciPy {scipy.__version__})"


class _Exact:
    """Costs, budget and caps as integers in a common unit (10^-k euro): exact and fast."""

    def __init__(self, items: Sequence[Item], budget: Decimal, share: Decimal | None) -> None:
        with localcontext() as ctx:
            ctx.prec = 80
            cap = None if share is None else share * budget
            amounts = [i.cost for i in items] + [budget] + ([cap] if cap is not None else [])
            places = max(0, *(-a.as_tuple().exponent for a in amounts))  # type: ignore[operator]
            self.scale = Decimal(10) ** places
            self.costs = [int(i.cost * self.scale) for i in items]
            self.budget = int(budget * self.scale)
            self.cap = None if cap is None else int(cap * self.scale)

    def fits(self, chosen: Sequence[int], items: Sequence[Item]) -> tuple[int, dict[str, int]]:
        """Excess over the budget and per province (``<= 0`` everywhere means feasible)."""
        total = sum(self.costs[j] for j in chosen)
        per_group: dict[str, int] = defaultdict(int)
        for j in chosen:
            per_group[items[j].group] += self.costs[j]
        over = {g: s - self.cap for g, s in per_group.items()} if self.cap is not None else {}
        return total - self.budget, over


def _result(
    method: str, items: Sequence[Item], chosen: Sequence[int], **extra: object
) -> Allocation:
    return Allocation(
        method=method,
        funded=frozenset(items[j].id for j in chosen),
        funded_eur=sum((items[j].cost for j in chosen), Decimal(0)),
        value=sum(items[j].value for j in chosen),
        **extra,  # type: ignore[arg-type]
    )


def _greedy_indices(order: Sequence[int], exact: _Exact, items: Sequence[Item]) -> list[int]:
    remaining = exact.budget
    used: dict[str, int] = defaultdict(int)
    chosen = []
    for j in order:
        cost = exact.costs[j]
        if cost > remaining:
            continue
        if exact.cap is not None and used[items[j].group] + cost > exact.cap:
            continue
        remaining -= cost
        used[items[j].group] += cost
        chosen.append(j)
    return chosen


def allocate_greedy(
    items_in_rank_order: Sequence[Item], budget: Decimal, max_share_per_group: Decimal | None = None
) -> Allocation:
    """Fund each proposal whole, in rank order, if it still fits the budget and province cap."""
    exact = _Exact(items_in_rank_order, budget, max_share_per_group)
    chosen = _greedy_indices(range(len(items_in_rank_order)), exact, items_in_rank_order)
    return _result("greedy", items_in_rank_order, chosen)


def allocate_optimal(
    items: Sequence[Item],
    budget: Decimal,
    max_share_per_group: Decimal | None = None,
    *,
    time_limit: float = 60.0,
) -> Allocation:
    """Maximise total value within the budget (and caps); proven optimal unless time runs out.

    ``items`` should be in rank order: among equally good sets the rank-order
    greedy set (without proposals that add no homes) is preferred, so "optimal =
    greedy" shows as the same proposals.
    """
    exact = _Exact(items, budget, max_share_per_group)
    limit = exact.budget if exact.cap is None else min(exact.budget, exact.cap)
    always = [j for j, it in enumerate(items) if exact.costs[j] == 0 and it.value > 0]
    candidates = [j for j, it in enumerate(items) if 0 < exact.costs[j] <= limit and it.value > 0]

    # Incumbents: the rank greedy set without proposals that add no homes, the plain rank
    # greedy set, and a greedy by homes per euro. The best by (homes, fewer euros, this order)
    # is kept when nothing better exists, so an optimal greedy set shows as itself.
    useful = [j for j in range(len(items)) if items[j].value > 0]
    by_ratio = sorted(candidates, key=lambda j: (-items[j].value / exact.costs[j], items[j].id))
    incumbents = [
        _greedy_indices(useful, exact, items),
        _greedy_indices(range(len(items)), exact, items),
        _greedy_indices(always + by_ratio, exact, items),
    ]
    best = min(
        incumbents,
        key=lambda s: (-sum(items[j].value for j in s), sum(exact.costs[j] for j in s)),
    )
    best_value = sum(items[j].value for j in best)
    solver = solver_name()

    if not candidates:
        return _result("optimal", items, best, solver=solver, proven_optimal=True)

    from .solver import Model  # NumPy/SciPy only when a solver run is needed

    # The LP covers the candidates only; free proposals (cost 0) are always funded on top.
    # So bound and fixing compare with the incumbent's value from candidates alone.
    free_value = sum(items[j].value for j in always)
    best_from_candidates = best_value - free_value
    model = Model(items, exact, candidates)
    bound, fixed_one, free = model.reduce(best_from_candidates)
    if bound is not None and bound < best_from_candidates + _MARGIN:  # nothing better fits
        return _result("optimal", items, best, solver=solver, proven_optimal=True)
    base = always + fixed_one
    over_budget, over_group = exact.fits(base, items)
    if over_budget > 0 or any(v > 0 for v in over_group.values()):
        # Every better solution would need all of `fixed_one`; together they do not fit.
        return _result("optimal", items, best, solver=solver, proven_optimal=True)
    if not free:
        found = base
        proven = True
    else:
        found, proven = model.solve_core(base, free, time_limit)
    found_value = sum(items[j].value for j in found) if found is not None else -1
    if found is None or found_value <= best_value:
        # The incumbent is at least as good; it is optimal when the core search was complete.
        return _result("optimal", items, best, solver=solver, proven_optimal=proven)
    return _result("optimal", items, found, solver=solver, proven_optimal=proven)
