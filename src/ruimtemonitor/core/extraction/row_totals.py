"""A flattened table row whose last cell totals the others.

"Fietsbrug 1.200 2.450 - 3.650" under "Onderdeel 2031 2032 2033 Totaal" reads like a range
("2.450 - 3.650"), but its last figure is the sum of the figures before it: the dash is an
empty cell of the year columns and every figure is a cell of its own.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

__all__ = ["row_totals"]

_FIGURE = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?")
_EMPTY = frozenset({"-", "–", "—"})


def _figure(token: str) -> Decimal | None:
    if not _FIGURE.fullmatch(token):
        return None
    try:
        return Decimal(token.replace(".", "").replace(",", "."))
    except InvalidOperation:
        return None


def row_totals(tokens: list[str]) -> bool:
    """True when the row's cells are figures or empty dashes, at least two figures and one
    dash come before the last, and the last is their sum."""
    if len(tokens) < 4:
        return False
    values = [_figure(t) for t in tokens]
    last = values[-1]
    if last is None or not any(t in _EMPTY for t in tokens[:-1]):
        return False
    cells = [v for v, t in zip(values[:-1], tokens[:-1], strict=True) if t not in _EMPTY]
    if len(cells) < 2 or any(v is None for v in cells):
        return False
    return sum(v for v in cells if v is not None) == last
