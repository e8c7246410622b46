"""Reference data every register starts with: ministries and their aliases, provinces,
municipalities, regions and areas.

The lists live in data files beside this module so they can be reviewed and corrected
without touching code: ``organisations.toml`` and ``areas.toml``, and ``gemeenten.csv``, all
Dutch municipalities with their CBS code and province (CBS, *Gemeentelijke indeling op
1 januari 2025*). Each municipality becomes both an organisation and an area; which region a
municipality is a member of is written on the region (``members`` in ``areas.toml``, by CBS
code). Sources are cited in docs/reference-data.md.
"""

from __future__ import annotations

import csv
import io
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources

__all__ = [
    "MUNICIPALITIES_AS_OF",
    "AreaRef",
    "MunicipalityRef",
    "OrganisationRef",
    "areas",
    "municipalities",
    "municipality_slug",
    "normalise_department",
    "organisations",
    "region_members",
]

#: The date of the CBS list in ``gemeenten.csv`` (Gemeentelijke indeling op 1 januari 2025).
MUNICIPALITIES_AS_OF = "2025-01-01"


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


@dataclass(frozen=True, slots=True)
class MunicipalityRef:
    """One row of ``gemeenten.csv``: a municipality as CBS lists it."""

    cbs_code: str  # GM0228
    name: str  # as CBS writes it: "'s-Gravenhage", "Bergen (NH.)", "Súdwest-Fryslân"
    province: str  # the province's CBS code, PV20-PV31
    aliases: tuple[str, ...] = ()  # other names letters use ("Den Haag") or villages in it

    @property
    def slug(self) -> str:
        return municipality_slug(self.name)


def municipality_slug(name: str) -> str:
    """ "gemeente-ede", "gemeente-s-gravenhage": the slug the text patterns derive too."""
    from ruimtemonitor.core.dutch._text import slugify  # the text helpers import this module

    return "gemeente-" + slugify(name)


def _read(filename: str) -> str:
    return resources.files(__package__).joinpath(filename).read_text(encoding="utf-8")


def _load(filename: str) -> dict:
    return tomllib.loads(_read(filename))


@cache
def municipalities() -> tuple[MunicipalityRef, ...]:
    """All Dutch municipalities on ``MUNICIPALITIES_AS_OF``, in province order."""
    rows = csv.DictReader(io.StringIO(_read("gemeenten.csv")))
    return tuple(
        MunicipalityRef(
            cbs_code=row["cbs_code"].strip(),
            name=row["naam"].strip(),
            province=row["provincie"].strip(),
            aliases=tuple(a.strip() for a in row["aliassen"].split("|") if a.strip()),
        )
        for row in rows
    )


@cache
def organisations() -> tuple[OrganisationRef, ...]:
    """The shipped organisations, the municipalities of ``gemeenten.csv`` last (so a
    province's name, "Utrecht", stays the province's where a municipality shares it)."""
    rows = _load("organisations.toml")["organisation"]
    shipped = [OrganisationRef(**{**row, "aliases": tuple(row.get("aliases", ()))}) for row in rows]
    shipped += [
        OrganisationRef(
            slug=gemeente.slug,
            kind="gemeente",
            name=f"Gemeente {gemeente.name}",
            abbreviation=gemeente.name,
            aliases=gemeente.aliases,
            cbs_code=gemeente.cbs_code,
        )
        for gemeente in municipalities()
    ]
    return tuple(shipped)


@cache
def areas() -> tuple[AreaRef, ...]:
    """The shipped areas, then one area per municipality: in its province (``parent``) and a
    member of the regions whose ``members`` list its CBS code."""
    rows = _load("areas.toml")["area"]
    member_of: dict[str, list[str]] = {}
    shipped = []
    for row in rows:
        for code in row.get("members", ()):
            member_of.setdefault(code, []).append(row["slug"])
        fields = {key: value for key, value in row.items() if key != "members"}
        shipped.append(
            AreaRef(
                **{
                    **fields,
                    "aliases": tuple(row.get("aliases", ())),
                    "member_of": tuple(row.get("member_of", ())),
                }
            )
        )
    provinces = {area.cbs_code: area.slug for area in shipped if area.kind == "provincie"}
    shipped += [
        AreaRef(
            slug=gemeente.slug,
            kind="gemeente",
            name=gemeente.name,
            parent=provinces[gemeente.province],
            authority=gemeente.slug,
            cbs_code=gemeente.cbs_code,
            aliases=gemeente.aliases,
            member_of=tuple(member_of.get(gemeente.cbs_code, ())),
        )
        for gemeente in municipalities()
    ]
    return tuple(shipped)


@cache
def region_members() -> dict[str, tuple[str, ...]]:
    """Region slug → the CBS codes of its member municipalities, as ``areas.toml`` lists them."""
    return {
        row["slug"]: tuple(row["members"])
        for row in _load("areas.toml")["area"]
        if row.get("members")
    }


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
