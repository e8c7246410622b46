"""Facet counts of the agreement list: per facet value, how many agreements the other filters
select. This module defines the facets (their order, labels and values) and assembles the
panel; the counting is done by one of two engines with the same rules:

- ``register.facet_index``: every agreement's facet values in memory, per register
  version, so a panel costs one read of ids per base (the default);
- ``register.facet_sql``: the counts read from the database per base (with
  ``RUIMTEMONITOR_FACET_INDEX=false``, and inside a transaction on PostgreSQL).

Each facet counts over the agreements that every filter but its own selects (its *base*);
facets with the same base share it. The integration tests check that every count equals
the number of rows the list gives for that value.

The panels are cached per selection and register version (``facets_for``,
``register.versioned``). On a register of national size fresh counts still cost more than
the rows (docs/performance.md), so the list page answers without them and fetches them
apart (``web:agreement_facets``).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from django.http import QueryDict
from django.utils.translation import gettext as _

from ruimtemonitor.common.statuses import AgreementStatus, ReviewState
from ruimtemonitor.register import facet_index
from ruimtemonitor.register.facet_sql import FACET_PARAMS, Base, FacetCounter, References
from ruimtemonitor.register.filters import filter_names
from ruimtemonitor.register.models import AgreementType
from ruimtemonitor.register.versioned import versioned

__all__ = ["FACET_PARAMS", "Facet", "FacetValue", "build_facets", "facets_for", "plain"]

#: Facet values shown before the rest is folded away.
FACET_VISIBLE = 8


@dataclass
class FacetValue:
    value: str
    label: str
    count: int
    url: str = ""
    active: bool = False


@dataclass
class Facet:
    param: str
    label: str
    values: list[FacetValue] = field(default_factory=list)

    @property
    def visible(self) -> list[FacetValue]:
        shown = self.values[:FACET_VISIBLE]
        shown += [v for v in self.values[FACET_VISIBLE:] if v.active]
        return shown

    @property
    def folded(self) -> list[FacetValue]:
        return [v for v in self.values[FACET_VISIBLE:] if not v.active]

    @property
    def selected_label(self) -> str | None:
        for value in self.values:
            if value.active:
                return value.label
        return None


def _sorted(values: list[FacetValue]) -> list[FacetValue]:
    return sorted(values, key=lambda v: (-v.count, v.label.lower()))


def _bases(query: QueryDict) -> dict[str, Any]:
    """The base of every facet, each distinct base read once: from the facet index
    (``register.facet_index``) when it may be used, else counted in SQL
    (``register.facet_sql``)."""
    counter = FacetCounter(query)
    index = facet_index.current_index()
    refs = References()
    groups: dict[tuple, list[str]] = {}
    for param in FACET_PARAMS:
        groups.setdefault(counter.key(param), []).append(param)
    bases: dict[str, Any] = {}
    for params in groups.values():
        selected = counter.selected(params[0])
        if index is not None:
            base: Any = facet_index.IndexedBase(index, selected)
        else:
            base = Base(selected, params, refs)
        for param in params:
            bases[param] = base
    return bases


def build_facets(query: QueryDict) -> list[Facet]:
    """Every facet of the list page with its values and counts; the page adds the links."""
    bases = _bases(query)
    refs = next(iter(bases.values())).refs
    facets: list[Facet] = []

    def facet(param: str, label: str, values: list[FacetValue], *, keep_order: bool = False):
        current = query.get(param, "")
        for value in values:
            value.active = value.value == current
        facets.append(Facet(param, label, values if keep_order else _sorted(values)))

    # Areas: provinces and other areas, split by kind; counted once when both parameters
    # have the same base (neither is chosen).
    area_counts: dict[int, Counter[int]] = {}
    for param, label, provinces in (
        ("provincie", _("Province"), True),
        ("gebied", _("Area"), False),
    ):
        base = bases[param]
        if id(base) not in area_counts:
            area_counts[id(base)] = base.areas()
        areas = refs.areas
        facet(
            param,
            label,
            [
                FacetValue(areas[pk][0], areas[pk][1], count)
                for pk, count in area_counts[id(base)].items()
                if count and pk in areas and (areas[pk][2] == "provincie") is provinces
            ],
        )

    arrangements = refs.arrangements
    per_arrangement = bases["arrangement"].per_arrangement
    facet(
        "arrangement",
        _("Arrangement"),
        [
            FacetValue(str(pk), f"{arrangements[pk][0]} ({arrangements[pk][1]})", n)
            for pk, n in per_arrangement.items()
            if n and pk in arrangements
        ],
    )
    for param, label, position in (("jaar", _("Year"), 1), ("generatie", _("Generation"), 2)):
        totals: Counter[int] = Counter()
        for pk, n in bases[param].per_arrangement.items():
            value = arrangements.get(pk, (None,) * 5)[position]
            if value is not None:
                totals[value] += n
        ordered = sorted(totals.items(), reverse=param == "jaar")
        facet(
            param,
            label,
            [
                FacetValue(
                    str(value),
                    str(value)
                    if param == "jaar"
                    else _("generation %(number)s") % {"number": value},
                    n,
                )
                for value, n in ordered
                if n
            ],
            keep_order=True,
        )
    facet(
        "hoofdstuk",
        _("Chapter"),
        sorted(
            (
                FacetValue(chapter, f"{chapter} {title or ''}".strip(), n)
                for chapter, (n, title) in bases["hoofdstuk"].chapters().items()
            ),
            key=lambda v: _natural(v.value),
        ),
        keep_order=True,
    )
    type_counts = bases["type"].types()
    facet(
        "type",
        _("Type"),
        [
            FacetValue(value, str(label), type_counts[value])
            for value, label in AgreementType.choices
            if type_counts[value]
        ],
        keep_order=True,
    )
    organisations = refs.organisations
    facet(
        "departement",
        _("Department"),
        [
            FacetValue(organisations[pk][0], organisations[pk][3] or organisations[pk][1], n)
            for pk, n in bases["departement"].departments().items()
        ],
    )
    facet(
        "partij",
        _("Party"),
        [
            FacetValue(organisations[pk][0], organisations[pk][1], n)
            for pk, n in bases["partij"].parties().items()
            if n and pk in organisations
        ],
    )
    for param, label, name, labels in (
        ("status", _("Status"), "status", dict(AgreementStatus.choices)),
        ("beoordeling", _("Review state"), "review_state", dict(ReviewState.choices)),
    ):
        facet(
            param,
            label,
            [
                FacetValue(value, str(labels.get(value, value)), n)
                for value, n in bases[param].total(name).items()
                if n
            ],
        )
    documents = refs.documents
    facet(
        "document",
        _("Source document"),
        [
            FacetValue(
                str(pk),
                f"{title} ({plain(as_date(date))})" if date else title,
                n,
            )
            for pk, n in bases["document"].documents().items()
            if n and pk in documents
            for title, date, _parent in (documents[pk],)
        ],
    )
    return facets


def selection_key(query: QueryDict) -> str:
    """The selection a panel counts, normalised: the filter parameters in a fixed order,
    without the order and the page (which do not change the counts)."""
    names = set(filter_names()) - {"sorteer"}
    items = sorted((key, tuple(query.getlist(key))) for key in query if key in names)
    return repr([item for item in items if any(value for value in item[1])])


def facets_for(query: QueryDict) -> list[Facet]:
    """``build_facets``, cached per selection, language and register version
    (``versioned``)."""
    return versioned("facets", selection_key(query), lambda: build_facets(query))


def _natural(text: str) -> tuple:
    """ "2.10" after "2.9": numbers compare as numbers."""
    parts: list[tuple[int, int | str]] = []
    for part in text.replace("-", ".").split("."):
        parts.append((0, int(part)) if part.isdigit() else (1, part))
    return tuple(parts)


def as_date(value: object) -> object:
    """Raw SQL gives SQLite's dates as ISO text."""
    return dt.date.fromisoformat(value[:10]) if isinstance(value, str) else value


def plain(value: object) -> str:
    """A value as a chip or facet label shows it: dates the Dutch way (31-12-2026)."""
    if isinstance(value, dt.date):
        return value.strftime("%d-%m-%Y")
    return str(value)
