"""Resolve names as letters write them to the register's organisations and areas."""

from __future__ import annotations

from django.db import connection

from ruimtemonitor.core.dutch import find_parties
from ruimtemonitor.organisations.models import Area, Organisation

_cached: tuple[tuple, Directory] | None = None


def _version() -> tuple:
    """One cheap query that changes whenever the organisations or areas change."""
    parts = ", ".join(
        f"(SELECT count(*) FROM {t}), (SELECT max(id) FROM {t}), (SELECT max(updated_at) FROM {t})"
        for t in (Organisation._meta.db_table, Area._meta.db_table)
    )
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {parts}")
        return tuple(cursor.fetchone())


def _municipal_last(record: Organisation | Area) -> bool:
    return record.kind == "gemeente"


def _key(text: str) -> str:
    return " ".join(text.split()).strip(" .,;:").casefold()


class Directory:
    """An in-memory index of organisations and areas by slug and every spelling."""

    @classmethod
    def current(cls) -> Directory:
        """The index, rebuilt only when an organisation or area was added, changed or removed."""
        global _cached
        version = _version()
        if _cached is None or _cached[0] != version:
            _cached = (version, cls())
        return _cached[1]

    def __init__(self) -> None:
        self.organisations: dict[str, Organisation] = {}
        self.areas: dict[str, Area] = {}
        self._named: dict[str, list[tuple[Area, tuple[str, ...]]]] = {}
        # Municipalities last: a name they share ("Utrecht", "Groningen", housing area
        # "Alkmaar") stays the province's or the area's; "gemeente Utrecht" finds the council.
        for org in sorted(Organisation.objects.all(), key=_municipal_last):
            for spelling in (org.slug, org.name, org.abbreviation, *org.aliases):
                if spelling:
                    self.organisations.setdefault(_key(spelling), org)
        for area in sorted(Area.objects.all(), key=_municipal_last):
            for spelling in (area.slug, area.name, *area.aliases):
                if spelling:
                    self.areas.setdefault(_key(spelling), area)

    def organisation(self, name: str | None) -> Organisation | None:
        if not name:
            return None
        key = _key(name)
        for candidate in (key, key.removeprefix("het "), key.removeprefix("de ")):
            if candidate in self.organisations:
                return self.organisations[candidate]
        return None

    def organisation_in(self, phrase: str | None) -> Organisation | None:
        """The first known party named in a phrase ("minister van IenW", "Rijk en provincie")."""
        if not phrase:
            return None
        direct = self.organisation(phrase)
        if direct is not None:
            return direct
        for match in find_parties(phrase):
            found = self.organisations.get(match.slug)
            if found is not None:
                return found
        return None

    def area(self, name: str | None) -> Area | None:
        if not name:
            return None
        key = _key(name)
        if key in self.areas:
            return self.areas[key]
        for prefix in ("provincie ", "regio ", "mirt-regio ", "novex-gebied ", "novex "):
            if key.startswith(prefix) and key.removeprefix(prefix) in self.areas:
                return self.areas[key.removeprefix(prefix)]
        return None

    def mirt_region(self, name: str | None) -> Area | None:
        """ "Oost", "Regio Oost" or "MIRT-regio Oost" to the MIRT region."""
        if not name:
            return None
        bare = _key(name).removeprefix("mirt-regio ").removeprefix("regio ")
        area = self.areas.get(f"mirt-regio {bare}")
        return area if area is not None and area.kind == "mirt_regio" else None

    def area_named_in(self, title: str, kind: str) -> Area | None:
        """The first area of ``kind`` whose name appears in a title, longest names first."""
        if kind not in self._named:  # sorted and folded once per index, not once per letter
            self._named[kind] = [
                (area, tuple(name.casefold() for name in (area.name, *area.aliases)))
                for area in sorted(
                    {a for a in self.areas.values() if a.kind == kind}, key=lambda a: -len(a.name)
                )
            ]
        folded = title.casefold()
        for area, names in self._named[kind]:
            if any(name in folded for name in names):
                return area
        return None
