"""Reference data every register starts with: ministries and their aliases, provinces, regions.

The lists live in TOML files beside this module so they can be reviewed and
corrected without touching code; sources are cited in docs/reference-data.md.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources

__all__ = [
    "AreaRef",
    "OrganisationRef",
    "areas",
    "normalise_department",
    "organisations",
]


@dataclass(frozen=True, slots=True)
class OrganisationRef:
    slug: str
    kind: str
    name: str
    abbreviation: str
    aliases: tuple[str, ...] = ()
    cbs_code: str = ""

    @property
    def tooi_uri(self) -> str:
        """TOOI identifier for provinces and municipalities, derived from the CBS code."""
        if self.kind == "provincie" and self.cbs_code:
            return f"https://identifier.overheid.nl/tooi/id/provincie/{self.cbs_code.lower()}"
        if self.kind == "gemeente" and self.cbs_code:
            return f"https://identifier.overheid.nl/tooi/id/gemeente/{self.cbs_code.lower()}"
        return ""

    def spellings(self) -> tuple[str, ...]:
        return (self.abbreviation, self.name, *self.aliases)


@dataclass(frozen=True, slots=True)
class AreaRef:
    slug: str
    kind: str
    name: str
    parent: str = ""
    authority: str = ""
    cbs_code: str = ""
    novex_type: str = ""
    novex_also: str = ""  # a second NOVEX type, when the Kamerbrief gives the area two
    housing_programme: str = ""
    aliases: tuple[str, ...] = ()
    member_of: tuple[str, ...] = ()  # partnerships (regions, NOVEX areas), not containment


def _load(filename: str) -> dict:
    text = resources.files(__package__).joinpath(filename).read_text(encoding="utf-8")
    return tomllib.loads(text)


@cache
def organisations() -> tuple[OrganisationRef, ...]:
    rows = _load("organisations.toml")["organisation"]
    return tuple(
        OrganisationRef(**{**row, "aliases": tuple(row.get("aliases", ()))}) for row in rows
    )


@cache
def areas() -> tuple[AreaRef, ...]:
    rows = _load("areas.toml")["area"]
    return tuple(
        AreaRef(
            **{
                **row,
                "aliases": tuple(row.get("aliases", ())),
                "member_of": tuple(row.get("member_of", ())),
            }
        )
        for row in rows
    )


@cache
def _department_lookup() -> dict[str, str]:
    lookup: dict[str, str] = {}
    for org in organisations():
        if org.kind != "ministerie":
            continue
        for spelling in org.spellings():
            lookup[spelling.casefold()] = org.abbreviation
    return lookup


ALL_DEPARTMENTS = "*"


def normalise_department(as_written: str) -> str | None:
    """Map a ministry as a letter writes it ("I&W", "LVV", "Ministerie van Defensie") to its
    current abbreviation; ``"*"`` for "alle departementen"; ``None`` when it is not a ministry."""
    key = " ".join(as_written.split()).strip(" .,;:").casefold()
    if key.startswith("ministerie van "):
        key = key.removeprefix("ministerie van ")
    if key in {"alle departementen", "alle ministeries", "*"}:
        return ALL_DEPARTMENTS
    lookup = _department_lookup()
    if key in lookup:
        return lookup[key]
    return lookup.get(f"ministerie van {key}")
