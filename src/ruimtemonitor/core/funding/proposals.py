"""A funding proposal as submitted, and the values every rule is judged on.

The letter's rules are about *new* homes, amounts *including* VAT and time from a
reference date; a municipality's spreadsheet states gross homes, sometimes amounts
excluding VAT and a start month. Deriving the judged values in one place, exactly
(``Decimal`` and ``Fraction``, no floats), keeps every criterion comparing like
with like and makes a boundary case such as exactly 65 % come out the same way
on every machine.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from decimal import Decimal, localcontext
from fractions import Fraction

from ruimtemonitor.core.funding.allocation import Item
from ruimtemonitor.core.funding.schemes import Scheme

__all__ = [
    "DerivedValues",
    "Proposal",
    "add_months",
    "derive",
    "fundable_item",
    "measures",
    "months_to_start",
]


@dataclass(frozen=True, slots=True)
class Proposal:
    """One row of input, validated; amounts in euros as stated (see ``vat_included``)."""

    id: str
    name: str
    municipality: str
    province: str
    homes: int
    start: dt.date
    deficit_eur: Decimal
    contribution_eur: Decimal
    rws_involved: bool
    prorail_involved: bool
    homes_already_agreed: int = 0
    start_has_day: bool = True
    vat_included: bool = True
    main_network_effect: int | None = None
    area: str | None = None
    realistic_planning: bool | None = None
    accessibility_value: int | None = None
    row: int | None = None

    def as_record(self) -> dict[str, str]:
        """The proposal in the input's own columns, as text: store it, read it back, same result."""
        start = self.start.isoformat() if self.start_has_day else self.start.strftime("%Y-%m")
        record = {
            "id": self.id,
            "naam": self.name,
            "gemeente": self.municipality,
            "provincie": self.province,
            "woningen": str(self.homes),
            "woningen_al_afgesproken": str(self.homes_already_agreed),
            "start_bouw": start,
            "financieel_tekort": str(self.deficit_eur),
            "gevraagde_bijdrage": str(self.contribution_eur),
            "btw": "incl" if self.vat_included else "excl",
            "rws_betrokken": "ja" if self.rws_involved else "nee",
            "prorail_betrokken": "ja" if self.prorail_involved else "nee",
            "effect_hoofdnet": _opt(self.main_network_effect),
            "gebied": self.area or "",
            "realistische_planning": (
                ""
                if self.realistic_planning is None
                else "ja"
                if self.realistic_planning
                else "nee"
            ),
            "bereikbaarheidswaarde": _opt(self.accessibility_value),
        }
        return record


@dataclass(frozen=True, slots=True)
class DerivedValues:
    """What the rules judge. Ratios are exact fractions; ``None`` where undefined (÷ 0)."""

    new_homes: int
    contribution_incl_vat: Decimal
    deficit_incl_vat: Decimal
    contribution_per_home: Fraction | None
    share_of_deficit: Fraction | None
    start_date: dt.date
    months_to_start: int


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` moved by whole calendar months; the 31st becomes the month's last day."""
    index = day.year * 12 + (day.month - 1) + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day.day, last))


def _months_until(earlier: dt.date, later: dt.date) -> int:
    """Smallest ``n >= 0`` with ``add_months(earlier, n) >= later``."""
    n = (later.year - earlier.year) * 12 + (later.month - earlier.month)
    n = max(n, 0)
    while n > 0 and add_months(earlier, n - 1) >= later:
        n -= 1
    while add_months(earlier, n) < later:
        n += 1
    return n


def months_to_start(peildatum: dt.date, start: dt.date) -> int:
    """Calendar months from the reference date to the start, rounded up; negative if started.

    Rounding up makes ``months_to_start <= 60`` mean exactly "start on or before
    the same calendar day five years later" — the reading of "within five years"
    this engine uses (docs/funding.md, assumptions).
    """
    if start >= peildatum:
        return _months_until(peildatum, start)
    return -_months_until(start, peildatum)


def _resolve_start(proposal: Proposal, month_only_start: str) -> dt.date:
    if proposal.start_has_day or month_only_start == "first_day":
        return proposal.start
    last = calendar.monthrange(proposal.start.year, proposal.start.month)[1]
    return proposal.start.replace(day=last)


def fundable_item(proposal: Proposal, derived: DerivedValues) -> Item:
    """What the allocation weighs of an eligible proposal: its cost including VAT, the homes
    it adds and the province its share is capped in."""
    return Item(proposal.id, derived.contribution_incl_vat, derived.new_homes, proposal.province)


def derive(proposal: Proposal, peildatum: dt.date, scheme: Scheme) -> DerivedValues:
    """Compute the judged values of one proposal under ``scheme`` at ``peildatum``."""
    factor = Decimal(1) if proposal.vat_included else Decimal(1) + scheme.vat_rate
    with localcontext() as ctx:
        ctx.prec = 60  # exact for any realistic amount: products of two short decimals
        contribution = proposal.contribution_eur * factor
        deficit = proposal.deficit_eur * factor
    new_homes = proposal.homes - proposal.homes_already_agreed
    per_home = Fraction(contribution) / new_homes if new_homes > 0 else None
    share = Fraction(contribution) / Fraction(deficit) if deficit > 0 else None
    start = _resolve_start(proposal, scheme.month_only_start)
    return DerivedValues(
        new_homes=new_homes,
        contribution_incl_vat=contribution,
        deficit_incl_vat=deficit,
        contribution_per_home=per_home,
        share_of_deficit=share,
        start_date=start,
        months_to_start=months_to_start(peildatum, start),
    )


def measures(proposal: Proposal, derived: DerivedValues) -> dict[str, object]:
    """Every measure a scheme may name (``schemes.MEASURES``), for this proposal."""
    return {
        "months_to_start": derived.months_to_start,
        "new_homes": derived.new_homes,
        "share_of_deficit": derived.share_of_deficit,
        "contribution_per_home_eur": derived.contribution_per_home,
        "main_network_effect": proposal.main_network_effect or 0,
        "accessibility_value": proposal.accessibility_value or 0,
        "network_operators_involved": int(proposal.rws_involved) + int(proposal.prorail_involved),
        "start_date": derived.start_date,
        "area": proposal.area,
        "realistic_planning": proposal.realistic_planning,
    }


def _opt(value: int | None) -> str:
    return "" if value is None else str(value)
