"""Classifying housing locations as regional large-scale locations or Rijksregie candidates.

The Nota Ruimte will name regional large-scale housing locations by a minimum
number of homes per location that depends on the type of daily urban system,
and a few national locations that need extra Rijksregie. The thresholds are data
(``schemes/locaties-2025.toml``); this module applies them and says why.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from ruimtemonitor.core.funding.notation import format_int, format_percent
from ruimtemonitor.core.funding.schemes import LocationScheme

__all__ = ["Classification", "Location", "classify", "required_before"]


@dataclass(frozen=True, slots=True)
class Location:
    """A candidate location; ``kind`` is a type key of the scheme (``regiokern`` …)."""

    id: str
    name: str
    municipality: str
    kind: str
    homes_until_2034: int
    homes_before_2030: int
    metropolitan: bool = False
    province: str = ""
    row: int | None = None


@dataclass(frozen=True, slots=True)
class Classification:
    """The verdict for one location, with the threshold it was held to and a Dutch reason."""

    location: Location
    threshold: int
    regional_large_scale: bool
    rijksregie_candidate: bool
    required_before: int
    explanation: str


def required_before(scheme: LocationScheme, homes_until: int) -> int:
    """Homes needed before the year for "a substantial number": the share, rounded up."""
    needed = Fraction(scheme.rijksregie_min_share_before) * homes_until
    return -(-needed.numerator // needed.denominator)


def classify(
    locations: tuple[Location, ...] | list[Location], scheme: LocationScheme
) -> tuple[Classification, ...]:
    """Classify every location; raises ``KeyError`` for a type the scheme does not know."""
    types = {t.key: t for t in scheme.types}
    results = []
    for location in locations:
        kind = types[location.kind]
        metropolitan = location.metropolitan and kind.min_homes_metropolitan is not None
        threshold = kind.min_homes_metropolitan if metropolitan else kind.min_homes
        assert threshold is not None
        regional = location.homes_until_2034 >= threshold
        before_needed = required_before(scheme, location.homes_until_2034)
        big_enough = location.homes_until_2034 >= scheme.rijksregie_min_homes
        early_enough = location.homes_before_2030 >= before_needed
        candidate = big_enough and early_enough

        where = f"{kind.label.lower()}{' in een metropoolregio' if metropolitan else ''}"
        homes = format_int(location.homes_until_2034)
        parts = [
            f"{homes} woningen t/m {scheme.until_year}; ondergrens voor een {where}: "
            f"{format_int(threshold)} per locatie — "
            + ("regionale grootschalige woningbouwlocatie." if regional else "onder de ondergrens.")
        ]
        share = format_percent(scheme.rijksregie_min_share_before, 0)
        if not big_enough:
            parts.append(
                f"Geen kandidaat voor extra Rijksregie: minder dan "
                f"{format_int(scheme.rijksregie_min_homes)} woningen t/m {scheme.until_year}."
            )
        else:
            verdict = "wel" if early_enough else "geen"
            minimum = format_int(scheme.rijksregie_min_homes)
            early = format_int(location.homes_before_2030)
            parts.append(
                f"Omvang voldoende voor extra Rijksregie (≥ {minimum}); {early} woningen vóór "
                f"{scheme.rijksregie_before_year}, nodig ten minste {format_int(before_needed)} "
                f"({share}) — {verdict} kandidaat."
            )
        results.append(
            Classification(
                location=location,
                threshold=threshold,
                regional_large_scale=regional,
                rijksregie_candidate=candidate,
                required_before=before_needed,
                explanation=" ".join(parts),
            )
        )
    return tuple(results)
