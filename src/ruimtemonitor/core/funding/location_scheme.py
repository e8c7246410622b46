"""Thresholds for classifying large-scale housing locations, as a versioned scheme file.

Kept apart from the proposal schemes: a classification has types of daily urban
system with minimum homes, not knock-outs and weights.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass, replace
from decimal import Decimal
from pathlib import Path

from ruimtemonitor.core.funding.errors import SchemeError
from ruimtemonitor.core.funding.scheme_files import (
    collect_assumptions,
    normalise_name,
    positive_int,
    read_toml,
    share_value,
)

__all__ = ["LocationScheme", "LocationType", "load_location_scheme"]


@dataclass(frozen=True, slots=True)
class LocationType:
    """A type of daily urban system with its minimum homes per location."""

    key: str
    label: str
    min_homes: int
    min_homes_metropolitan: int | None = None
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class LocationScheme:
    """Thresholds for classifying large-scale housing locations (``kind = "locations"``)."""

    name: str
    version: str
    title: str
    source: str
    until_year: int
    types: tuple[LocationType, ...]
    rijksregie_min_homes: int
    rijksregie_before_year: int
    rijksregie_min_share_before: Decimal
    assumptions: tuple[str, ...] = ()
    overrides: tuple[tuple[str, str], ...] = ()

    def find_type(self, text: str) -> LocationType | None:
        """The type a location names (``centrumstad`` is a ``centrumgemeente``)."""
        key = normalise_name(text).replace(" ", "")
        for kind in self.types:
            spellings = (kind.key, kind.label, *kind.aliases)
            if key in {normalise_name(s).replace(" ", "") for s in spellings}:
                return kind
        return None

    def as_dict(self) -> dict[str, object]:
        """The effective thresholds as plain data."""
        return {
            "name": self.name,
            "version": self.version,
            "until_year": self.until_year,
            "types": [
                {
                    "key": t.key,
                    "min_homes": t.min_homes,
                    "min_homes_metropolitan": t.min_homes_metropolitan,
                }
                for t in self.types
            ],
            "rijksregie": {
                "min_homes": self.rijksregie_min_homes,
                "before_year": self.rijksregie_before_year,
                "min_share_before": str(self.rijksregie_min_share_before),
            },
        }

    @property
    def digest(self) -> str:
        """``sha256:…`` of the effective thresholds."""
        canonical = json.dumps(self.as_dict(), sort_keys=True)
        return "sha256:" + hashlib.sha256(canonical.encode("utf-8")).hexdigest()

    def with_overrides(self, thresholds: Mapping[str, object] | None = None) -> LocationScheme:
        """Override thresholds by key: a type key (``regiokern``), ``<type>_metropool``,
        ``rijksregie`` (homes) or ``rijksregie_aandeel_voor`` (share before the year)."""
        record = dict(self.overrides)
        types = list(self.types)
        share = self.rijksregie_min_share_before
        rijksregie = self.rijksregie_min_homes
        for key, raw in (thresholds or {}).items():
            if key == "rijksregie":
                rijksregie = positive_int(raw, key)
            elif key == "rijksregie_aandeel_voor":
                share = share_value(raw, key, allow_zero=True)
            else:
                base, _, suffix = key.partition("_")
                matches = [i for i, t in enumerate(types) if t.key == base]
                if not matches or suffix not in {"", "metropool"}:
                    known = [t.key for t in types] + [
                        f"{t.key}_metropool" for t in types if t.min_homes_metropolitan
                    ]
                    raise SchemeError(
                        f"onbekende drempel {key!r}; bekend: "
                        + ", ".join([*known, "rijksregie", "rijksregie_aandeel_voor"])
                    )
                i = matches[0]
                if suffix == "metropool":
                    types[i] = replace(types[i], min_homes_metropolitan=positive_int(raw, key))
                else:
                    types[i] = replace(types[i], min_homes=positive_int(raw, key))
            record[f"threshold.{key}"] = str(raw)
        return replace(
            self,
            types=tuple(types),
            rijksregie_min_homes=rijksregie,
            rijksregie_min_share_before=share,
            overrides=tuple(sorted(record.items())),
        )


def load_location_scheme(
    name_or_path: str | Path = "locaties-2025", thresholds: Mapping[str, object] | None = None
) -> LocationScheme:
    """Load the classification thresholds (by name or path) and apply threshold overrides."""
    data, origin = read_toml(name_or_path)
    if data.get("kind") != "locations":
        raise SchemeError(f"{origin}: kind moet 'locations' zijn voor classificatie")
    try:
        types = tuple(
            LocationType(
                key=str(t["key"]),
                label=str(t.get("label", t["key"])),
                min_homes=positive_int(t["min_homes"], f"types.{t['key']}.min_homes"),
                min_homes_metropolitan=(
                    positive_int(t["min_homes_metropolitan"], f"types.{t['key']}.metropolitan")
                    if "min_homes_metropolitan" in t
                    else None
                ),
                aliases=tuple(t.get("aliases", ())),
            )
            for t in data["types"]
        )
        regie = data["rijksregie"]
        scheme = LocationScheme(
            name=str(data["name"]),
            version=str(data["version"]),
            title=str(data.get("title", data["name"])),
            source=str(data.get("source", "")),
            until_year=int(data["until_year"]),
            types=types,
            rijksregie_min_homes=positive_int(regie["min_homes"], "rijksregie.min_homes"),
            rijksregie_before_year=int(regie["before_year"]),
            rijksregie_min_share_before=share_value(
                regie["min_share_before"], "rijksregie.min_share_before", allow_zero=True
            ),
            assumptions=collect_assumptions(data),
        )
    except KeyError as exc:
        raise SchemeError(f"{origin}: verplichte sleutel ontbreekt: {exc.args[0]}") from exc
    return scheme.with_overrides(thresholds) if thresholds else scheme
