"""Loading reference data and importing organisations: the one door views and commands use."""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

from django.db import transaction
from simple_history.utils import bulk_create_with_history

from ruimtemonitor.core.areas import AreaNode, reach
from ruimtemonitor.core.dutch import slugify
from ruimtemonitor.core.reference import MunicipalityRef, areas, municipalities, organisations
from ruimtemonitor.organisations.models import (
    Area,
    AreaKind,
    AreaReach,
    Organisation,
    OrganisationKind,
)

__all__ = [
    "ImportProblem",
    "ImportReport",
    "OrganisationImportError",
    "import_organisations_csv",
    "load_reference_data",
    "rebuild_reach",
]


@dataclass
class ImportReport:
    created: int = 0
    updated: int = 0
    unchanged: int = 0


def _upsert(model: type, slug: str, values: dict, report: ImportReport) -> object:
    instance = model.objects.filter(slug=slug).first()
    if instance is None:
        instance = model.objects.create(slug=slug, **values)
        report.created += 1
        return instance
    changed = {k: v for k, v in values.items() if getattr(instance, k) != v}
    if changed:
        for key, value in changed.items():
            setattr(instance, key, value)
        instance.save()
        report.updated += 1
    else:
        report.unchanged += 1
    return instance


def _sync(
    model: type, rows: list[tuple[str, dict]], report: ImportReport
) -> dict[str, Organisation | Area]:
    """Create or update ``rows`` (slug, values) in a few queries: one read, one bulk insert
    (with history), a save per changed row. A municipality stored under another slug (an
    import of "Den Haag") is found by its CBS code and takes the shipped slug."""
    slugs = [slug for slug, _values in rows]
    existing = {obj.slug: obj for obj in model.objects.filter(slug__in=slugs)}
    codes = {
        values["cbs_code"]: slug
        for slug, values in rows
        if slug not in existing and values.get("kind") == "gemeente" and values.get("cbs_code")
    }
    for obj in model.objects.filter(kind="gemeente", cbs_code__in=codes).exclude(slug__in=slugs):
        existing[codes[obj.cbs_code]] = obj
    result: dict[str, Organisation | Area] = {}
    new = []
    for slug, values in rows:
        obj = existing.get(slug)
        if obj is None:
            obj = model(slug=slug, **values)
            new.append(obj)
        else:
            changed = {k: v for k, v in {**values, "slug": slug}.items() if getattr(obj, k) != v}
            for key, value in changed.items():
                setattr(obj, key, value)
            if changed:
                obj.save()
                report.updated += 1
            else:
                report.unchanged += 1
        result[slug] = obj
    if new:
        bulk_create_with_history(new, model)
        report.created += len(new)
        if new[0].pk is None:  # databases that do not return keys from a bulk insert
            stored = model.objects.in_bulk([obj.slug for obj in new], field_name="slug")
            result.update(stored)
    return result


@transaction.atomic
def load_reference_data() -> ImportReport:
    """Create or update the shipped organisations and areas (the 342 municipalities among
    them); running it twice changes nothing. A region membership added by hand or by an import
    to an area that is not shipped is kept; shipped memberships are restored."""
    report = ImportReport()
    by_slug = _sync(
        Organisation,
        [
            (
                ref.slug,
                {
                    "kind": ref.kind,
                    "name": ref.name,
                    "abbreviation": ref.abbreviation,
                    "aliases": list(ref.aliases),
                    "cbs_code": ref.cbs_code,
                    "tooi_uri": ref.tooi_uri,
                },
            )
            for ref in organisations()
        ],
        report,
    )
    shipped = areas()
    area_by_slug: dict[str, Area] = {}
    pending = list(shipped)
    while pending:  # parents first: landsdelen, then provinces, then municipalities
        ready = [
            ref for ref in pending if not ref.parent or area_by_slug.get(ref.parent) is not None
        ]
        if not ready:  # a parent that is not shipped: stored without it
            ready = pending
        rows = [
            (
                ref.slug,
                {
                    "kind": ref.kind,
                    "name": ref.name,
                    "aliases": list(ref.aliases),
                    "parent": area_by_slug.get(ref.parent),
                    "authority": by_slug.get(ref.authority),
                    "cbs_code": ref.cbs_code,
                    "novex_type": ref.novex_type,
                    "novex_also": ref.novex_also,
                    "housing_programme": ref.housing_programme,
                },
            )
            for ref in ready
        ]
        area_by_slug.update(_sync(Area, rows, report))
        done = {ref.slug for ref in ready}
        pending = [ref for ref in pending if ref.slug not in done]
    shipped_pks = {area.pk for area in area_by_slug.values()}
    current: dict[int, set[int]] = {}
    through = Area.member_of.through.objects.filter(from_area_id__in=shipped_pks)
    for inner, outer in through.values_list("from_area_id", "to_area_id"):
        current.setdefault(inner, set()).add(outer)
    for ref in shipped:
        area = area_by_slug[ref.slug]
        have = current.get(area.pk, set())
        wanted = {area_by_slug[slug].pk for slug in ref.member_of if slug in area_by_slug}
        wanted |= have - shipped_pks  # memberships of imported or hand-made partnerships
        if have != wanted:
            area.member_of.set(wanted)
    rebuild_reach()
    return report


def rebuild_reach() -> int:
    """Store ``core.areas.reach`` for every area (a few hundred rows; after any area change)."""
    members = Area.member_of.through.objects.values_list("from_area_id", "to_area_id")
    member_of: dict[int, list[int]] = {}
    for inner, outer in members:
        member_of.setdefault(inner, []).append(outer)
    nodes = [
        AreaNode(pk, kind, parent, tuple(member_of.get(pk, ())))
        for pk, kind, parent in Area.objects.values_list("pk", "kind", "parent_id")
    ]
    wanted = {(area, part) for area, parts in reach(nodes).items() for part in parts}
    existing = set(AreaReach.objects.values_list("area_id", "part_id"))
    if existing - wanted:
        stale = existing - wanted
        for area, part in stale:
            AreaReach.objects.filter(area_id=area, part_id=part).delete()
    AreaReach.objects.bulk_create(
        [AreaReach(area_id=area, part_id=part) for area, part in wanted - existing]
    )
    return len(wanted)


@dataclass(frozen=True)
class ImportProblem:
    row: int
    column: str
    value: str
    expected: str

    def __str__(self) -> str:
        return f"row {self.row}, column {self.column!r}: {self.value!r} — expected {self.expected}"


@dataclass
class OrganisationImportError(Exception):
    path: str
    problems: list[ImportProblem] = field(default_factory=list)

    def __str__(self) -> str:
        lines = [f"{self.path}: {len(self.problems)} problem(s), nothing was imported"]
        lines += [f"  {problem}" for problem in self.problems]
        return "\n".join(lines)


# Dutch column names first; English aliases are accepted too.
COLUMNS = {
    "soort": "kind",
    "kind": "kind",
    "naam": "name",
    "name": "name",
    "afkorting": "abbreviation",
    "abbreviation": "abbreviation",
    "cbs_code": "cbs_code",
    "cbs": "cbs_code",
    "aliassen": "aliases",
    "aliases": "aliases",
    "provincie": "province",
    "province": "province",
}
CBS_PATTERN = re.compile(r"^(GM\d{4}|PV\d{2}|WS\d{4})$")


def _bare(name: str) -> str:
    return name.casefold().removeprefix("gemeente ").strip()


def _shipped_municipality(
    number: int, row: dict[str, str], cbs: str, province: Organisation | None
) -> tuple[MunicipalityRef | None, list[ImportProblem]]:
    """The shipped municipality a row means (by CBS code, else by name or alias), and where
    the row disagrees with CBS on its name, code or province."""
    by_code = {m.cbs_code: m for m in municipalities()}
    by_name = {_bare(n): m for m in municipalities() for n in (m.name, *m.aliases)}
    named, coded = by_name.get(_bare(row["name"])), by_code.get(cbs)
    shipped = named or coded  # a name CBS does not use ("Den Haag" for GM0518) is an alias
    if shipped is None:
        return None, []  # not on the list of 1 January 2025 (a historic municipality)
    problems = []
    if cbs and cbs != shipped.cbs_code:
        expected = f"{shipped.cbs_code}, the code CBS gives {shipped.name}"
        problems.append(ImportProblem(number, "cbs_code", cbs, expected))
    if province is not None and province.cbs_code != shipped.province:
        expected = f"{shipped.province}, the province CBS lists for {shipped.name}"
        problems.append(ImportProblem(number, "provincie", row["province"], expected))
    return shipped, problems


def _add_aliases(shipped: MunicipalityRef, row: dict[str, str], report: ImportReport) -> None:
    """An import may give a shipped municipality more names ("Den Haag"); the rest is CBS's."""
    extra = [a.strip() for a in row.get("aliases", "").split("|") if a.strip()]
    if _bare(row["name"]) != shipped.name.casefold():
        extra.insert(0, row["name"])
    changed = False
    for model in (Organisation, Area):
        record = model.objects.filter(slug=shipped.slug).first()
        if record is None:
            continue
        known = {a.casefold() for a in record.aliases} | {record.name.casefold()}
        known.add(shipped.name.casefold())
        new = [a for a in extra if a.casefold() not in known]
        if new:
            record.aliases = [*record.aliases, *new]
            record.save()
            changed = True
    if changed:
        report.updated += 1
    else:
        report.unchanged += 1


def import_organisations_csv(path: Path) -> ImportReport:
    """Import municipalities, regions and other parties from CSV; all problems or nothing.

    Columns: ``soort`` (gemeente, regio, waterschap, …), ``naam``, optional ``afkorting``,
    ``cbs_code`` (GM0228), ``aliassen`` (separated by ``|``), ``provincie`` (name or PV code).
    A municipality also gets its area, placed in its province. A municipality that is shipped
    (all of CBS's list) must agree with CBS on code and province; its row only adds aliases.
    """
    try:
        raw = path.read_bytes()
        text = raw.decode("utf-8-sig")
    except OSError as exc:
        raise OrganisationImportError(str(path), [ImportProblem(0, "-", "", exc.strerror)]) from exc
    except UnicodeDecodeError as exc:
        problem = ImportProblem(0, "-", f"byte {exc.start}", "UTF-8 text")
        raise OrganisationImportError(str(path), [problem]) from exc
    dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;") if text.strip() else csv.excel
    reader = csv.DictReader(io.StringIO(text), dialect=dialect)
    header = [COLUMNS.get((name or "").strip().lower()) for name in reader.fieldnames or []]
    problems: list[ImportProblem] = []
    for required in ("kind", "name"):
        if required not in header:
            problems.append(ImportProblem(1, required, "", "a column with this name"))
    if problems:
        raise OrganisationImportError(str(path), problems)
    provinces = {o.name.casefold(): o for o in Organisation.objects.filter(kind="provincie")}
    provinces |= {o.abbreviation.casefold(): o for o in provinces.values()}
    provinces |= {o.cbs_code.casefold(): o for o in Organisation.objects.filter(kind="provincie")}
    rows = []
    for number, record in enumerate(reader, start=2):
        row = {
            header[i]: (value or "").strip()
            for i, value in enumerate(record.values())
            if i < len(header) and header[i]
        }
        kind = row.get("kind", "").lower()
        if kind not in OrganisationKind.values:
            problems.append(
                ImportProblem(number, "soort", kind, "one of " + ", ".join(OrganisationKind.values))
            )
        if not row.get("name"):
            problems.append(ImportProblem(number, "naam", "", "a name"))
        cbs = row.get("cbs_code", "").upper()
        if cbs and not CBS_PATTERN.match(cbs):
            problems.append(ImportProblem(number, "cbs_code", cbs, "a CBS code like GM0228"))
        province = None
        if row.get("province"):
            province = provinces.get(row["province"].casefold())
            if province is None:
                problems.append(
                    ImportProblem(
                        number, "provincie", row["province"], "a province name or PV code"
                    )
                )
        if kind == OrganisationKind.MUNICIPALITY and row.get("name"):
            shipped, disagreements = _shipped_municipality(number, row, cbs, province)
            if shipped is not None:
                problems += disagreements
                rows.append((kind, row, cbs, shipped))
                continue
        rows.append((kind, row, cbs, province))
    if problems:
        raise OrganisationImportError(str(path), problems)
    report = ImportReport()
    with transaction.atomic():
        for kind, row, cbs, province in rows:
            if isinstance(province, MunicipalityRef):  # shipped: only new aliases are added
                _add_aliases(province, row, report)
                continue
            name = row["name"]
            prefix = "" if kind in {"regio", "overig"} else f"{kind}-"
            slug = f"{prefix}{slugify(name)}"
            org = _upsert(
                Organisation,
                slug,
                {
                    "kind": kind,
                    "name": name,
                    "abbreviation": row.get("abbreviation", ""),
                    "aliases": [a.strip() for a in row.get("aliases", "").split("|") if a.strip()],
                    "cbs_code": cbs,
                    "tooi_uri": f"https://identifier.overheid.nl/tooi/id/gemeente/{cbs.lower()}"
                    if cbs.startswith("GM")
                    else "",
                },
                report,
            )
            if kind == OrganisationKind.MUNICIPALITY:
                province_area = (
                    Area.objects.filter(authority=province).first() if province else None
                )
                Area.objects.update_or_create(
                    slug=slug,
                    defaults={
                        "kind": AreaKind.MUNICIPALITY,
                        "name": name,
                        "authority": org,
                        "cbs_code": cbs,
                        "parent": province_area,
                    },
                )
        rebuild_reach()
    return report
