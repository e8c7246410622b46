"""The float model behind ``allocate_optimal``: LP-based fixing, then HiGHS on the core.

Kept apart from ``allocation`` so that importing the funding engine (and every
console command) does not pay for NumPy and SciPy until an optimum is asked for.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
from scipy.optimize import Bounds, LinearConstraint, linprog, milp

from .allocation import _MARGIN, Item, _Exact

__all__ = ["Model"]


class Model:
    """The float model of the knapsack, with LP-based fixing and the exactness check."""

    def __init__(self, items: Sequence[Item], exact: _Exact, candidates: list[int]) -> None:
        self.items = items
        self.exact = exact
        self.candidates = candidates
        scale = float(exact.scale)
        self.values = np.array([items[j].value for j in candidates], dtype=float)
        costs = np.array([exact.costs[j] / scale for j in candidates], dtype=float)
        # Proposals in `always` cost nothing, so they take no room in any row.
        rows = [costs]
        rhs = [exact.budget / scale]
        self.row_groups: list[str | None] = [None]
        if exact.cap is not None:
            for group in sorted({items[j].group for j in candidates}):
                mask = np.array([items[j].group == group for j in candidates])
                if costs[mask].sum() > exact.cap / scale:  # otherwise the cap cannot bind
                    rows.append(np.where(mask, costs, 0.0))
                    rhs.append(exact.cap / scale)
                    self.row_groups.append(group)
        self.matrix = np.vstack(rows)
        self.rhs = np.array(rhs)
        self.scale = scale

    def reduce(self, incumbent: int) -> tuple[float | None, list[int], list[int]]:
        """LP bound and reduced-cost fixing; returns (bound, fixed to 1, still free)."""
        lp = linprog(-self.values, A_ub=self.matrix, b_ub=self.rhs, bounds=(0, 1), method="highs")
        if lp.status != 0 or lp.ineqlin is None:
            return None, [], list(range(len(self.candidates)))
        duals = np.maximum(-np.asarray(lp.ineqlin.marginals), 0.0)
        reduced = self.values - self.matrix.T @ duals
        bound = float(duals @ self.rhs + np.maximum(reduced, 0.0).sum())
        target = incumbent + _MARGIN
        fix_one = (reduced > 0) & (bound - reduced < target)
        fix_zero = (reduced < 0) & (bound + reduced < target)
        fixed_one = [self.candidates[k] for k in np.flatnonzero(fix_one)]
        free = [int(k) for k in np.flatnonzero(~(fix_one | fix_zero))]
        return bound, fixed_one, free

    def solve_core(
        self, base: list[int], free: list[int], time_limit: float
    ) -> tuple[list[int] | None, bool]:
        """Solve the free part with HiGHS; verify exactly; tighten and retry if floats overshot.

        Returns the exactly feasible set found (or ``None``) and whether it is proven
        optimal for the core: HiGHS reported optimality on the first solve and the
        set reaches that solve's bound (a tightened retry can only match, not beat it).
        """
        exact, items = self.exact, self.items
        matrix = self.matrix[:, free]
        rhs = self._core_rhs(base)
        complete = False
        first_bound: int | None = None
        for attempt in range(4):
            result = milp(
                -self.values[free],
                constraints=LinearConstraint(matrix, -np.inf, rhs),
                integrality=np.ones(len(free)),
                bounds=Bounds(0, 1),
                options={"mip_rel_gap": 0.0, "time_limit": time_limit, "presolve": True},
            )
            if result.x is None:
                return None, False
            if attempt == 0:
                complete = result.status == 0
                dual = result.get("mip_dual_bound")
                if complete and dual is not None and math.isfinite(dual):
                    first_bound = math.floor(-dual + 1e-6)
            picked = [self.candidates[free[k]] for k in np.flatnonzero(result.x > 0.5)]
            chosen = base + picked
            over_budget, over_group = exact.fits(chosen, items)
            if over_budget <= 0 and all(v <= 0 for v in over_group.values()):
                if attempt == 0:
                    return chosen, complete
                core_value = sum(items[j].value for j in picked)
                return chosen, first_bound is not None and core_value >= first_bound
            rhs = rhs.copy()
            if over_budget > 0:
                rhs[0] -= over_budget / self.scale
            for r, group in enumerate(self.row_groups):
                if group is not None and over_group.get(group, 0) > 0:
                    rhs[r] -= over_group[group] / self.scale
        return None, False

    def _core_rhs(self, base: list[int]) -> np.ndarray:
        """Room left in each row once the proposals fixed to 1 are funded."""
        rhs = self.rhs.copy()
        for r, group in enumerate(self.row_groups):
            used = sum(
                self.exact.costs[j] for j in base if group is None or self.items[j].group == group
            )
            rhs[r] -= used / self.scale
        return rhs
