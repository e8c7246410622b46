"""Funding schemes as versioned data: loaded from TOML, validated, frozen, overridable.

The rules of a scheme (thresholds, weights, eligible areas) change by letter, not
by release. Keeping them in reviewed TOML files with a ``version`` means a verdict
can name exactly which rules produced it, and a user can try other weights
without touching code. Overrides are recorded in the scheme itself and change its
digest, so an overridden run is never mistaken for the published scheme.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from decimal import Decimal
from pathlib import Path

from ruimtemonitor.core.funding.errors import SchemeError
from ruimtemonitor.core.funding.location_scheme import (
    LocationScheme,
    LocationType,
    load_location_scheme,
)
from ruimtemonitor.core.funding.scheme_files import (
    available_schemes,
    collect_assumptions,
    decimal_value,
    normalise_name,
    read_toml,
    share_value,
)

__all__ = [
    "MEASURES",
    "Area",
    "KnockoutRule",
    "LocationScheme",
    "LocationType",
    "Scheme",
    "ScoreTerm",
    "available_schemes",
    "load_location_scheme",
    "load_scheme",
    "normalise_name",
]

# What a rule can look at, and the kind of value it is. The vocabulary is code (it needs
# formulas); which measures a scheme uses, with which thresholds and weights, is data.
MEASURES: dict[str, str] = {
    "months_to_start": "number",
    "new_homes": "number",
    "share_of_deficit": "number",
    "contribution_per_home_eur": "number",
    "main_network_effect": "number",
    "accessibility_value": "number",
    "network_operators_involved": "number",
    "start_date": "date",
    "area": "area",
    "realistic_planning": "bool",
}
_OPERATORS = {"number": {"<=", ">="}, "date": {"<=", ">="}, "area": {"in"}, "bool": {"is_true"}}
_DIRECTIONS = {"lower_is_better", "higher_is_better"}
_MONTH_ONLY = {"first_day", "last_day"}
_OBJECTIVES = {"new_homes"}


@dataclass(frozen=True, slots=True)
class KnockoutRule:
    """A pass/fail criterion: ``measure operator threshold`` (for example ``new_homes >= 200``)."""

    criterion: str
    label: str
    measure: str
    operator: str
    threshold: Decimal | dt.date | bool | tuple[str, ...]
    source: str
    assumption: str = ""


@dataclass(frozen=True, slots=True)
class ScoreTerm:
    """One weighted, linear part of the priority score; see docs/funding.md for the formula."""

    name: str
    label: str
    measure: str
    direction: str
    reference: Decimal
    weight: Decimal
    source: str
    assumption: str = ""


@dataclass(frozen=True, slots=True)
class Area:
    """An area eligible under a scheme, with the spellings that count as it."""

    slug: str
    name: str
    group: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Scheme:
    """A scheme for assessing funding proposals (``kind = "proposals"`` in TOML)."""

    name: str
    version: str
    title: str
    source: str
    budget_eur: Decimal
    vat_rate: Decimal
    objective: str
    month_only_start: str
    knockouts: tuple[KnockoutRule, ...]
    score_terms: tuple[ScoreTerm, ...]
    required_columns: tuple[str, ...] = ()
    areas: tuple[Area, ...] = ()
    max_share_per_province: Decimal | None = None
    assumptions: tuple[str, ...] = ()
    overrides: tuple[tuple[str, str], ...] = ()
    _area_index: dict[str, Area] = field(
        init=False, default_factory=dict, compare=False, repr=False
    )

    def __post_init__(self) -> None:
        index: dict[str, Area] = {}
        for area in self.areas:
            for spelling in (area.name, area.slug, *area.aliases):
                index[normalise_name(spelling)] = area
        object.__setattr__(self, "_area_index", index)

    def find_area(self, text: str | None) -> Area | None:
        """The eligible area a proposal names, if any."""
        if not text:
            return None
        return self._area_index.get(normalise_name(text))

    def as_dict(self) -> dict[str, object]:
        """The effective rules as plain data (what the digest covers)."""
        return {
            "name": self.name,
            "version": self.version,
            "title": self.title,
            "source": self.source,
            "budget_eur": str(self.budget_eur),
            "vat_rate": str(self.vat_rate),
            "objective": self.objective,
            "month_only_start": self.month_only_start,
            "max_share_per_province": _opt_str(self.max_share_per_province),
            "required_columns": list(self.required_columns),
            "knockouts": [
                {
                    "criterion": k.criterion,
                    "measure": k.measure,
                    "operator": k.operator,
                    "threshold": _plain(k.threshold),
                }
                for k in self.knockouts
            ],
            "score": [
                {
                    "name": t.name,
                    "measure": t.measure,
                    "direction": t.direction,
                    "reference": str(t.reference),
                    "weight": str(t.weight),
                }
                for t in self.score_terms
            ],
            "areas": [a.slug for a in self.areas],
        }

    @property
    def digest(self) -> str:
        """``sha256:…`` of the effective rules; equal digests mean equal verdicts."""
        canonical = json.dumps(self.as_dict(), sort_keys=True, ensure_ascii=False)
        return "sha256:" + hashlib.sha256(canonical.encode("utf-8")).hexdigest()

    def with_overrides(
        self,
        *,
        weights: Mapping[str, object] | None = None,
        thresholds: Mapping[str, object] | None = None,
        budget_eur: object | None = None,
        max_share_per_province: object | None = None,
    ) -> Scheme:
        """A copy with user-chosen weights, thresholds, budget or provincial cap, recorded."""
        record = dict(self.overrides)
        terms = list(self.score_terms)
        for name, raw in (weights or {}).items():
            positions = [i for i, t in enumerate(terms) if t.name == name]
            if not positions:
                known = ", ".join(t.name for t in terms)
                raise SchemeError(f"onbekend gewicht {name!r}; bekend: {known}")
            weight = decimal_value(raw, f"gewicht {name}")
            if weight < 0:
                raise SchemeError(f"gewicht {name} moet ≥ 0 zijn, niet {raw!r}")
            terms[positions[0]] = replace(terms[positions[0]], weight=weight)
            record[f"weight.{name}"] = str(weight)
        rules = list(self.knockouts)
        for criterion, raw in (thresholds or {}).items():
            positions = [i for i, k in enumerate(rules) if k.criterion == criterion]
            if not positions:
                known = ", ".join(k.criterion for k in rules)
                raise SchemeError(f"onbekend criterium {criterion!r}; bekend: {known}")
            rule = rules[positions[0]]
            value = _threshold(rule.measure, raw, self.areas, f"drempel {criterion}")
            rules[positions[0]] = replace(rule, threshold=value)
            record[f"threshold.{criterion}"] = str(_plain(value))
        budget = self.budget_eur
        if budget_eur is not None:
            budget = decimal_value(budget_eur, "budget")
            if budget < 0:
                raise SchemeError(f"budget moet ≥ 0 zijn, niet {budget_eur!r}")
            record["budget_eur"] = str(budget)
        cap = self.max_share_per_province
        if max_share_per_province is not None:
            cap = share_value(max_share_per_province, "max_share_per_province")
            record["max_share_per_province"] = str(cap)
        return replace(
            self,
            score_terms=tuple(terms),
            knockouts=tuple(rules),
            budget_eur=budget,
            max_share_per_province=cap,
            overrides=tuple(sorted(record.items())),
        )


def load_scheme(name_or_path: str | Path, overrides: Mapping[str, object] | None = None) -> Scheme:
    """Load a proposal scheme by name (``wokt-2025``) or path, then apply user overrides.

    ``overrides`` may hold ``weights`` and ``thresholds`` (mappings by name) and
    ``budget_eur`` and ``max_share_per_province``.
    """
    data, origin = read_toml(name_or_path)
    scheme = _build_scheme(data, origin)
    if overrides:
        unknown = set(overrides) - {"weights", "thresholds", "budget_eur", "max_share_per_province"}
        if unknown:
            raise SchemeError(f"onbekende overrides: {', '.join(sorted(unknown))}")
        scheme = scheme.with_overrides(
            weights=overrides.get("weights"),  # type: ignore[arg-type]
            thresholds=overrides.get("thresholds"),  # type: ignore[arg-type]
            budget_eur=overrides.get("budget_eur"),
            max_share_per_province=overrides.get("max_share_per_province"),
        )
    return scheme


def _build_scheme(data: dict, origin: str) -> Scheme:
    if data.get("kind") != "proposals":
        raise SchemeError(f"{origin}: kind moet 'proposals' zijn voor beoordeling van voorstellen")
    try:
        areas = tuple(
            Area(
                slug=str(a["slug"]),
                name=str(a["name"]),
                group=str(a.get("group", "")),
                aliases=tuple(str(x) for x in a.get("aliases", ())),
            )
            for a in data.get("areas", ())
        )
        knockouts = tuple(_knockout(k, areas, origin) for k in data["knockouts"])
        terms = tuple(_score_term(t, origin) for t in data.get("score", ()))
        allocation = data.get("allocation", {})
        cap = allocation.get("max_share_per_province")
        scheme = Scheme(
            name=str(data["name"]),
            version=str(data["version"]),
            title=str(data.get("title", data["name"])),
            source=str(data.get("source", "")),
            budget_eur=decimal_value(data["budget_eur"], "budget_eur"),
            vat_rate=decimal_value(data["vat_rate"], "vat_rate"),
            objective=str(data.get("objective", "new_homes")),
            month_only_start=str(data.get("month_only_start", "first_day")),
            knockouts=knockouts,
            score_terms=terms,
            required_columns=tuple(str(c) for c in data.get("required_columns", ())),
            areas=areas,
            max_share_per_province=share_value(cap, "max_share_per_province") if cap else None,
            assumptions=collect_assumptions(data),
        )
    except KeyError as exc:
        raise SchemeError(f"{origin}: verplichte sleutel ontbreekt: {exc.args[0]}") from exc
    if scheme.objective not in _OBJECTIVES:
        raise SchemeError(f"{origin}: objective {scheme.objective!r} wordt niet ondersteund")
    if scheme.month_only_start not in _MONTH_ONLY:
        raise SchemeError(f"{origin}: month_only_start moet first_day of last_day zijn")
    if not Decimal(0) <= scheme.vat_rate < 1:
        raise SchemeError(f"{origin}: vat_rate moet tussen 0 en 1 liggen")
    if scheme.budget_eur < 0:
        raise SchemeError(f"{origin}: budget_eur moet ≥ 0 zijn")
    names = [k.criterion for k in knockouts]
    if len(set(names)) != len(names):
        raise SchemeError(f"{origin}: een criterium komt twee keer voor")
    return scheme


def _knockout(raw: dict, areas: tuple[Area, ...], origin: str) -> KnockoutRule:
    measure = str(raw["measure"])
    kind = MEASURES.get(measure)
    if kind is None:
        raise SchemeError(f"{origin}: onbekende maat {measure!r} bij {raw.get('criterion')}")
    operator = str(raw["operator"])
    if operator not in _OPERATORS[kind]:
        raise SchemeError(f"{origin}: operator {operator!r} past niet bij maat {measure}")
    return KnockoutRule(
        criterion=str(raw["criterion"]),
        label=str(raw.get("label", raw["criterion"])),
        measure=measure,
        operator=operator,
        threshold=_threshold(measure, raw["threshold"], areas, f"{origin}: {raw['criterion']}"),
        source=str(raw.get("source", "")),
        assumption=str(raw.get("assumption", "")),
    )


def _score_term(raw: dict, origin: str) -> ScoreTerm:
    measure = str(raw["measure"])
    if MEASURES.get(measure) != "number":
        raise SchemeError(f"{origin}: score-term {raw.get('name')} heeft geen numerieke maat")
    direction = str(raw["direction"])
    if direction not in _DIRECTIONS:
        raise SchemeError(
            f"{origin}: direction {direction!r} moet een van {sorted(_DIRECTIONS)} zijn"
        )
    reference = decimal_value(raw["reference"], f"{raw['name']}.reference")
    weight = decimal_value(raw["weight"], f"{raw['name']}.weight")
    if reference <= 0 or weight < 0:
        raise SchemeError(f"{origin}: {raw['name']}: reference > 0 en weight ≥ 0 vereist")
    return ScoreTerm(
        name=str(raw["name"]),
        label=str(raw.get("label", raw["name"])),
        measure=measure,
        direction=direction,
        reference=reference,
        weight=weight,
        source=str(raw.get("source", "")),
        assumption=str(raw.get("assumption", "")),
    )


def _threshold(
    measure: str, raw: object, areas: tuple[Area, ...], where: str
) -> Decimal | dt.date | bool | tuple[str, ...]:
    kind = MEASURES[measure]
    if kind == "number":
        return decimal_value(raw, where)
    if kind == "date":
        if isinstance(raw, dt.date):
            return raw
        try:
            return dt.date.fromisoformat(str(raw))
        except ValueError as exc:
            raise SchemeError(f"{where}: geen datum JJJJ-MM-DD: {raw!r}") from exc
    if kind == "area":
        if raw != "areas" or not areas:
            raise SchemeError(f"{where}: drempel 'areas' met een lijst [[areas]] vereist")
        return tuple(a.name for a in areas)
    if raw is not True:
        raise SchemeError(f"{where}: drempel moet true zijn")
    return True


def _plain(value: object) -> object:
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, tuple):
        return list(value)
    return value


def _opt_str(value: Decimal | None) -> str | None:
    return None if value is None else str(value)
