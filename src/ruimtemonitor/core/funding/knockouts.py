"""Knock-out criteria: every criterion judged, each with its value, threshold and a Dutch reason.

A verdict a programme controller can sign names the number it was judged on and
the limit it was held to; so every criterion is evaluated and explained, not just
the first one that fails. Comparisons are exact: 65 % means ``contribution <=
0.65 × deficit`` in rational arithmetic, so € 650.000,00 of € 1.000.000,00 passes
and € 650.000,01 does not.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from functools import cache

from ruimtemonitor.core.funding.notation import (
    format_date,
    format_eur,
    format_int,
    format_month,
    format_percent,
    round_fraction,
)
from ruimtemonitor.core.funding.proposals import DerivedValues, Proposal, add_months, measures
from ruimtemonitor.core.funding.schemes import Area, KnockoutRule, Scheme, normalise_name

__all__ = ["KnockoutResult", "apply_knockouts", "json_threshold"]

_MONEY = {"contribution_per_home_eur"}
_RATIO = {"share_of_deficit"}


@dataclass(frozen=True, slots=True)
class KnockoutResult:
    """The verdict on one criterion; ``value`` and ``threshold`` are JSON-ready."""

    criterion: str
    passed: bool
    value: object
    threshold: object
    explanation: str

    def as_dict(self) -> dict[str, object]:
        """In the documented JSON shape."""
        return {
            "criterion": self.criterion,
            "passed": self.passed,
            "value": self.value,
            "threshold": self.threshold,
            "explanation": self.explanation,
        }


def apply_knockouts(
    proposal: Proposal, derived: DerivedValues, scheme: Scheme, peildatum: dt.date
) -> tuple[KnockoutResult, ...]:
    """Judge ``proposal`` on every knock-out criterion of ``scheme``, in the scheme's order."""
    values = measures(proposal, derived)
    case = _Case(proposal, derived, scheme, peildatum)
    return tuple(_judge(rule, values[rule.measure], case) for rule in scheme.knockouts)


@dataclass(frozen=True, slots=True)
class _Case:
    """What every criterion of one proposal is judged and explained with."""

    proposal: Proposal
    derived: DerivedValues
    scheme: Scheme
    peildatum: dt.date


def _judge(rule: KnockoutRule, value: object, case: _Case) -> KnockoutResult:
    proposal, scheme = case.proposal, case.scheme
    if rule.operator == "in":
        area = scheme.find_area(value if isinstance(value, str) else None)
        passed = area is not None
        text = _explain_area(value, area, len(scheme.areas))
        return KnockoutResult(
            rule.criterion, passed, value, json_threshold(rule), _verdict(text, passed)
        )
    if rule.operator == "is_true":
        passed = value is True
        text = _explain_realism(value, proposal)
        return KnockoutResult(rule.criterion, passed, value, True, _verdict(text, passed))
    if value is None:
        passed = False
    else:
        assert isinstance(rule.threshold, (Decimal, dt.date))
        limit = _limit(rule.threshold)
        # ints, Fractions and dates compare exactly with the cached limit
        passed = value <= limit if rule.operator == "<=" else value >= limit  # type: ignore[operator]
    text = _explain_number(rule, value, case)
    return KnockoutResult(
        rule.criterion,
        passed,
        _json_value(rule.measure, value),
        json_threshold(rule),
        _verdict(text, passed),
    )


@cache
def _limit(threshold: Decimal | dt.date) -> Fraction | dt.date:
    return threshold if isinstance(threshold, dt.date) else Fraction(threshold)


def json_threshold(rule: KnockoutRule) -> object:
    """The threshold as it appears in JSON output (money and ratios as decimal strings)."""
    limit = rule.threshold
    if isinstance(limit, tuple):
        return list(limit)
    if isinstance(limit, dt.date):
        return limit.isoformat()
    if isinstance(limit, bool):
        return limit
    if rule.measure in _MONEY:
        return f"{limit:.2f}"
    if rule.measure in _RATIO:
        return str(limit)
    return int(limit) if limit == limit.to_integral_value() else str(limit)


def _json_value(measure: str, value: object) -> object:
    if value is None:
        return None
    if isinstance(value, dt.date):
        return value.isoformat()
    if measure in _MONEY:
        return f"{round_fraction(value, 2):.2f}"  # type: ignore[arg-type]
    if measure in _RATIO:
        return f"{round_fraction(value, 6):.6f}"  # type: ignore[arg-type]
    return int(value)  # type: ignore[call-overload]


def _verdict(text: str, passed: bool) -> str:
    return f"{text} {'Voldoet.' if passed else 'Voldoet niet.'}"


def _limit_words(rule: KnockoutRule) -> str:
    return "ten hoogste" if rule.operator == "<=" else "ten minste"


def _start_words(proposal: Proposal, derived: DerivedValues) -> str:
    if proposal.start_has_day:
        return format_date(derived.start_date)
    counted = format_date(derived.start_date)
    return f"{format_month(proposal.start)} (als maand opgegeven; gerekend met {counted})"


def _amount_limit(rule: KnockoutRule) -> Decimal:
    """The threshold of a rule on an amount or a share (a number, never a date)."""
    assert isinstance(rule.threshold, Decimal)
    return rule.threshold


def _vat_note(proposal: Proposal, scheme: Scheme) -> str:
    if proposal.vat_included:
        return ""
    pct = format_percent(scheme.vat_rate, 0)
    return f" Bedragen opgegeven excl. btw en verhoogd met {pct} btw."


def _explain_months(
    rule: KnockoutRule, proposal: Proposal, derived: DerivedValues, peildatum: dt.date
) -> str:
    limit = rule.threshold
    assert isinstance(limit, Decimal)
    start = _start_words(proposal, derived)
    months = derived.months_to_start
    reference = format_date(peildatum)
    if months >= 0:
        timing = f"Start bouw {start} ligt {months} maanden (naar boven afgerond) na de peildatum"
    else:
        timing = f"Start bouw {start} ligt {-months} maanden vóór de peildatum (al gestart)"
    text = f"{timing} {reference}; {_limit_words(rule)} {_num(limit)} maanden toegestaan"
    if limit == limit.to_integral_value() and rule.operator == "<=":
        text += f" (start uiterlijk op {format_date(add_months(peildatum, int(limit)))})"
    return text + "."


def _explain_new_homes(rule: KnockoutRule, proposal: Proposal, derived: DerivedValues) -> str:
    agreed = proposal.homes_already_agreed
    homes = format_int(proposal.homes)
    if agreed:
        covered = format_int(agreed)
        basis = f"{homes} woningen, waarvan {covered} al met bereikbaarheidsafspraken uit 2022"
    else:
        basis = f"{homes} woningen, geen daarvan in afspraken uit 2022"
    new = format_int(derived.new_homes)
    return f"{new} nieuwe woningen ({basis}); {_limit_words(rule)} {_num(rule.threshold)} vereist."


def _explain_share(
    rule: KnockoutRule, value: Fraction | None, derived: DerivedValues, vat: str
) -> str:
    limit = _amount_limit(rule)
    deficit = format_eur(derived.deficit_incl_vat)
    if value is None:
        return (
            f"Financieel tekort is {deficit}; een Rijksbijdrage als aandeel van het tekort is "
            f"niet te bepalen.{vat}"
        )
    allowed = format_eur(Fraction(limit) * Fraction(derived.deficit_incl_vat))
    asked = format_eur(derived.contribution_incl_vat)
    return (
        f"Gevraagde Rijksbijdrage {asked} incl. btw is {format_percent(value)} van het financieel "
        f"tekort van {deficit}; {_limit_words(rule)} {format_percent(limit)} ({allowed}) "
        f"toegestaan.{vat}"
    )


def _explain_per_home(
    rule: KnockoutRule, value: Fraction | None, derived: DerivedValues, vat: str
) -> str:
    limit = _amount_limit(rule)
    if value is None:
        return "Geen nieuwe woningen; een Rijksbijdrage per nieuwe woning is niet te bepalen."
    maximum = format_eur(limit, 0 if limit == limit.to_integral_value() else 2)
    total = format_eur(derived.contribution_incl_vat)
    return (
        f"Rijksbijdrage per nieuwe woning {format_eur(value)} incl. btw ({total} / "
        f"{format_int(derived.new_homes)} nieuwe woningen); {_limit_words(rule)} {maximum} "
        f"incl. btw toegestaan.{vat}"
    )


def _explain_number(rule: KnockoutRule, value: object, case: _Case) -> str:
    proposal, derived, scheme = case.proposal, case.derived, case.scheme
    measure = rule.measure
    if measure == "months_to_start":
        return _explain_months(rule, proposal, derived, case.peildatum)
    if measure == "new_homes":
        return _explain_new_homes(rule, proposal, derived)
    if measure in {"share_of_deficit", "contribution_per_home_eur"}:
        explain = _explain_share if measure == "share_of_deficit" else _explain_per_home
        return explain(rule, value, derived, _vat_note(proposal, scheme))  # type: ignore[arg-type]
    words = _limit_words(rule)
    if measure == "start_date":
        assert isinstance(rule.threshold, dt.date)
        start = _start_words(proposal, derived)
        bound = "uiterlijk" if rule.operator == "<=" else "niet eerder dan"
        return f"Start bouw {start}; {bound} {format_date(rule.threshold)} toegestaan."
    return f"{rule.label}: waarde {value}; {words} {_num(rule.threshold)}."


def _explain_area(value: object, area: Area | None, count: int) -> str:
    if not value:
        return f"Geen gebied opgegeven; alleen de {count} gebieden van de regeling tellen mee."
    if area is None:
        return f"Gebied {value!r} is geen van de {count} gebieden die in aanmerking komen."
    kind = {
        "bestaand": "een van de bestaande grootschalige woningbouwgebieden",
        "nieuw_2025": "een van de nieuwe grootschalige woningbouwlocaties (2025)",
    }.get(area.group, "een gebied van de regeling")
    named = "" if normalise_name(str(value)) == normalise_name(area.name) else f" ({area.name})"
    return f"Gebied {value!r}{named} is {kind}."


def _explain_realism(value: object, proposal: Proposal) -> str:
    answer = {True: "ja", False: "nee"}.get(value, "niet opgegeven")  # type: ignore[call-overload]
    rws = "ja" if proposal.rws_involved else "nee"
    prorail = "ja" if proposal.prorail_involved else "nee"
    return (
        f"Realistische onderbouwing van de planning: {answer} (werk van Rijkswaterstaat nodig: "
        f"{rws}; van ProRail: {prorail})."
    )


def _num(limit: object) -> str:
    if isinstance(limit, Decimal) and limit == limit.to_integral_value():
        return format_int(int(limit))
    return str(limit).replace(".", ",")
