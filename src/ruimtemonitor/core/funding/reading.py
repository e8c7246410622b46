"""Reading proposal and location files, reporting every problem at once.

Municipal spreadsheets arrive as semicolon CSV from a Dutch Excel, comma CSV from
other tools, or XLSX; with Dutch column names or English ones; with ``1.234,56``
or ``1234.56`` (``tables`` handles those). This module says which columns a
proposals or locations file has and what each must hold, and lists every problem
with its row, column, value and what was expected, so the sender can fix the file
in one pass. Nothing is returned unless the whole file is valid.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path

from ruimtemonitor.core.funding.classification import Location
from ruimtemonitor.core.funding.errors import InputError
from ruimtemonitor.core.funding.location_scheme import LocationScheme
from ruimtemonitor.core.funding.notation import parse_bool, parse_start
from ruimtemonitor.core.funding.proposals import Proposal
from ruimtemonitor.core.funding.tables import (
    CellReader,
    Column,
    Table,
    normalise_province,
    parse_amount,
    parse_count,
    parse_text,
    parse_vat,
    province_names,
    ranged_int,
    read_table,
)

__all__ = [
    "LOCATION_COLUMNS",
    "PROPOSAL_COLUMNS",
    "Column",
    "Table",
    "locations_from_table",
    "normalise_province",
    "proposals_from_records",
    "proposals_from_table",
    "read_locations",
    "read_proposals",
    "read_table",
]


PROPOSAL_COLUMNS: tuple[Column, ...] = (
    Column("id", ("proposal_id",)),
    Column("naam", ("name",)),
    Column("gemeente", ("municipality",)),
    Column("provincie", ("province",)),
    Column("woningen", ("homes",)),
    Column("woningen_al_afgesproken", ("homes_already_agreed", "homes_agreed_2022"), False),
    Column("start_bouw", ("construction_start", "start_construction")),
    Column("financieel_tekort", ("financial_deficit", "deficit")),
    Column("gevraagde_bijdrage", ("requested_contribution", "contribution")),
    Column("btw", ("vat",), False),
    Column("rws_betrokken", ("rws_involved",)),
    Column("prorail_betrokken", ("prorail_involved",)),
    Column("effect_hoofdnet", ("main_network_effect",), False),
    Column("gebied", ("area",), False),
    Column("realistische_planning", ("realistic_planning",), False),
    Column("bereikbaarheidswaarde", ("accessibility_value",), False),
)

LOCATION_COLUMNS: tuple[Column, ...] = (
    Column("id", ("location_id",)),
    Column("naam", ("name",)),
    Column("gemeente", ("municipality",)),
    Column("provincie", ("province",), False),
    Column("type", ("typologie", "municipality_type", "kind")),
    Column("metropoolregio", ("metropolitan_region", "metropolitan"), False),
    Column("woningen_tm_2034", ("homes_until_2034",)),
    Column("woningen_voor_2030", ("homes_before_2030",)),
)

EFFECT_RANGE = (-2, 2)
ACCESSIBILITY_RANGE = (0, 3)


_AMOUNT = "een bedrag in euro ≥ 0 (bijv. 1.234.567,89 of 1234567.89)"
_COUNT = "een geheel getal ≥ 0 (bijv. 1.200)"
_YES_NO = "ja of nee"


def _identity(
    rows: CellReader,
    row: int,
    cells: tuple[object, ...],
    first_row_of: dict[str, int],
    *,
    province_required: bool,
) -> dict[str, object]:
    """The columns both tables start with: id (unique in the table), naam, gemeente and
    provincie (required for proposals; optional for locations, where it may stay empty)."""
    ident = rows.get(row, cells, "id", parse_text, "een niet-lege id")
    if isinstance(ident, str):
        if ident in first_row_of:
            rows.problem(
                row, "id", ident, f"een unieke id (al gebruikt in rij {first_row_of[ident]})"
            )
        else:
            first_row_of[ident] = row
    name = rows.get(row, cells, "naam", parse_text, "een naam")
    municipality = rows.get(row, cells, "gemeente", parse_text, "een gemeente")
    hint = f"een provincie: {province_names()}"
    province = rows.get(
        row,
        cells,
        "provincie",
        normalise_province,
        f"{hint} (of CBS-code PV20–PV31)" if province_required else hint,
        **({} if province_required else {"default": "", "required": False}),
    )
    return {"id": ident, "name": name, "municipality": municipality, "province": province}


def proposals_from_table(table: Table, required: Iterable[str] = ()) -> tuple[Proposal, ...]:
    """Validate every row; raise :class:`InputError` with all problems, or return proposals."""
    rows = CellReader(table, PROPOSAL_COLUMNS, required)
    must = set(required)
    proposals: list[Proposal] = []
    first_row_of: dict[str, int] = {}
    for row, cells in table.rows:
        identity = _identity(rows, row, cells, first_row_of, province_required=True)
        homes = rows.get(row, cells, "woningen", parse_count, _COUNT)
        agreed = rows.get(
            row,
            cells,
            "woningen_al_afgesproken",
            parse_count,
            _COUNT,
            default=0,
            required=False,
        )
        if isinstance(homes, int) and isinstance(agreed, int) and agreed > homes:
            rows.problem(
                row, "woningen_al_afgesproken", agreed, f"ten hoogste het aantal woningen ({homes})"
            )
        start = rows.get(row, cells, "start_bouw", parse_start, "een datum JJJJ-MM of JJJJ-MM-DD")
        deficit = rows.get(row, cells, "financieel_tekort", parse_amount, _AMOUNT)
        contribution = rows.get(row, cells, "gevraagde_bijdrage", parse_amount, _AMOUNT)
        vat_included = rows.get(
            row, cells, "btw", parse_vat, "incl of excl", default=True, required=False
        )
        rws = rows.get(row, cells, "rws_betrokken", parse_bool, _YES_NO)
        prorail = rows.get(row, cells, "prorail_betrokken", parse_bool, _YES_NO)
        effect = rows.get(
            row,
            cells,
            "effect_hoofdnet",
            ranged_int(*EFFECT_RANGE),
            "een geheel getal van -2 tot en met 2",
            required=False,
        )
        area = rows.get(
            row, cells, "gebied", parse_text, "de naam van een gebied", required="gebied" in must
        )
        realistic = rows.get(
            row,
            cells,
            "realistische_planning",
            parse_bool,
            _YES_NO,
            required="realistische_planning" in must,
        )
        accessibility = rows.get(
            row,
            cells,
            "bereikbaarheidswaarde",
            ranged_int(*ACCESSIBILITY_RANGE),
            "een geheel getal van 0 tot en met 3",
            required="bereikbaarheidswaarde" in must,
        )
        if rows.problems:
            continue  # nothing is returned anyway; keep validating the other rows
        start_date, has_day = start  # type: ignore[misc]
        proposals.append(
            Proposal(
                **identity,  # type: ignore[arg-type]
                homes=homes,
                homes_already_agreed=agreed,
                start=start_date,
                start_has_day=has_day,  # type: ignore[arg-type]
                deficit_eur=deficit,
                contribution_eur=contribution,
                vat_included=vat_included,  # type: ignore[arg-type]
                rws_involved=rws,
                prorail_involved=prorail,
                main_network_effect=effect,  # type: ignore[arg-type]
                area=area,
                realistic_planning=realistic,
                accessibility_value=accessibility,  # type: ignore[arg-type]
                row=row,
            )
        )
    if rows.problems:
        raise InputError(rows.problems)
    return tuple(proposals)


def proposals_from_records(
    records: Iterable[Mapping[str, object]], required: Iterable[str] = (), source: str = "invoer"
) -> tuple[Proposal, ...]:
    """Proposals from dicts keyed by column name (e.g. ``Proposal.as_record()`` stored earlier)."""
    records = list(records)
    names: list[str] = []
    for record in records:
        for key in record:
            if key not in names:
                names.append(key)
    rows = tuple(
        (number, tuple(record.get(name, "") for name in names))
        for number, record in enumerate(records, start=2)
    )
    return proposals_from_table(Table(source, tuple(names), rows), required)


def read_proposals(path: Path | str, required: Iterable[str] = ()) -> tuple[Proposal, ...]:
    """Read and validate a proposals file; ``required`` adds scheme-specific columns."""
    return proposals_from_table(read_table(path), required)


def locations_from_table(table: Table, scheme: LocationScheme) -> tuple[Location, ...]:
    """Validate a locations table for classification; raise with every problem, or return them."""
    type_names = ", ".join(t.key for t in scheme.types)

    def location_type(value: object) -> str:
        found = scheme.find_type(parse_text(value))
        if found is None:
            raise ValueError("unknown type")
        return found.key

    rows = CellReader(table, LOCATION_COLUMNS, ())
    locations: list[Location] = []
    first_row_of: dict[str, int] = {}
    for row, cells in table.rows:
        identity = _identity(rows, row, cells, first_row_of, province_required=False)
        kind = rows.get(row, cells, "type", location_type, f"een type: {type_names}")
        metropolitan = rows.get(
            row, cells, "metropoolregio", parse_bool, _YES_NO, default=False, required=False
        )
        until = rows.get(row, cells, "woningen_tm_2034", parse_count, _COUNT)
        before = rows.get(row, cells, "woningen_voor_2030", parse_count, _COUNT)
        if isinstance(until, int) and isinstance(before, int) and before > until:
            rows.problem(
                row, "woningen_voor_2030", before, f"ten hoogste de woningen t/m 2034 ({until})"
            )
        if rows.problems:
            continue
        locations.append(
            Location(
                **identity,  # type: ignore[arg-type]
                kind=kind,
                metropolitan=metropolitan,
                homes_until_2034=until,  # type: ignore[arg-type]
                homes_before_2030=before,
                row=row,  # type: ignore[arg-type]
            )
        )
    if rows.problems:
        raise InputError(rows.problems)
    return tuple(locations)


def read_locations(path: Path | str, scheme: LocationScheme) -> tuple[Location, ...]:
    """Read and validate a locations file for classification under ``scheme``."""
    return locations_from_table(read_table(path), scheme)
