"""Writing results: the documented JSON shape, a flat CSV and a workbook.

Money is written as decimal strings with two decimals (``"20000.00"``), shares
and scores as decimal strings with six: JSON numbers would push exact amounts
through binary floats in most readers. Every writer produces the same rows in
the same order, so equal input gives byte-equal JSON and CSV.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections.abc import Iterable
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any, TextIO

from ruimtemonitor.core.funding.allocation import Allocation
from ruimtemonitor.core.funding.classification import Classification
from ruimtemonitor.core.funding.notation import round_fraction
from ruimtemonitor.core.funding.results import (
    AssessedProposal,
    AssessmentResult,
    ClassificationResult,
)

__all__ = [
    "LOCATION_FIELDS",
    "assessment_rows",
    "assessment_to_dict",
    "classification_rows",
    "classification_to_dict",
    "money",
    "write_assessment_csv",
    "write_assessment_xlsx",
    "write_classification_csv",
    "write_classification_xlsx",
]


_DECIMAL_TEXT = re.compile(r"-?\d+\.\d+")


def money(value: Decimal | Fraction | None) -> str | None:
    """Euros as a string with two decimals, halves rounded away from zero."""
    return None if value is None else f"{round_fraction(value, 2):.2f}"


def _six(value: Fraction | None) -> str | None:
    return None if value is None else f"{round_fraction(value, 6):.6f}"


def _scheme_dict(scheme) -> dict[str, object]:  # Scheme or LocationScheme
    return {
        "name": scheme.name,
        "version": scheme.version,
        "digest": scheme.digest,
        "overrides": dict(scheme.overrides),
    }


def _proposal_dict(item: AssessedProposal) -> dict[str, object]:
    d = item.derived
    return {
        "id": item.proposal.id,
        "new_homes": d.new_homes,
        "contribution_eur_incl_vat": money(d.contribution_incl_vat),
        "contribution_per_home_eur": money(d.contribution_per_home),
        "share_of_deficit": _six(d.share_of_deficit),
        "months_to_start": d.months_to_start,
        "eligible": item.eligible,
        "knockouts": [k.as_dict() for k in item.knockouts],
        "score": _six(item.ranking_score),
        "rank": item.rank,
        "funded_greedy": item.funded_greedy,
        "funded_optimal": item.funded_optimal,
    }


def _allocation_dict(allocation: Allocation, *, with_solver: bool) -> dict[str, object]:
    result: dict[str, object] = {
        "funded_eur": money(allocation.funded_eur),
        "new_homes": allocation.value,
        "count": allocation.count,
    }
    if with_solver:
        result["solver"] = allocation.solver
        result["proven_optimal"] = bool(allocation.proven_optimal)
    return result


def assessment_to_dict(result: AssessmentResult) -> dict[str, object]:
    """The JSON document of docs/funding.md (``assess``)."""
    return {
        "scheme": _scheme_dict(result.scheme),
        "peildatum": result.peildatum.isoformat(),
        "budget_eur": money(result.budget_eur),
        "proposals": [_proposal_dict(p) for p in result.proposals],
        "allocation": {
            "greedy": _allocation_dict(result.greedy, with_solver=False),
            "optimal": _allocation_dict(result.optimal, with_solver=True),
        },
    }


def _two(value: Decimal | Fraction | None) -> Decimal | None:
    return None if value is None else round_fraction(value, 2)


def _six_places(value: Fraction | None) -> Decimal | None:
    return None if value is None else round_fraction(value, 6)


def assessment_rows(result: AssessmentResult) -> tuple[list[str], list[list[object]]]:
    """Header and typed rows of the flat table (CSV and the first sheet of the workbook)."""
    criteria = [k.criterion for k in result.scheme.knockouts]
    header = [
        "id", "naam", "gemeente", "provincie", "woningen", "woningen_al_afgesproken",
        "new_homes", "contribution_eur_incl_vat", "contribution_per_home_eur", "share_of_deficit",
        "start_bouw", "months_to_start", "eligible",
        *(f"{c}_passed" for c in criteria),
        "weighted_score", "score", "rank", "funded_greedy", "funded_optimal", "toelichting",
    ]  # fmt: skip
    rows: list[list[object]] = []
    for item in result.proposals:
        p, d = item.proposal, item.derived
        verdicts = {k.criterion: k.passed for k in item.knockouts}
        rows.append(
            [
                p.id, p.name, p.municipality, p.province, p.homes, p.homes_already_agreed,
                d.new_homes, _two(d.contribution_incl_vat), _two(d.contribution_per_home),
                _six_places(d.share_of_deficit), d.start_date.isoformat(), d.months_to_start,
                item.eligible, *(verdicts[c] for c in criteria),
                _six_places(item.score), _six_places(item.ranking_score), item.rank,
                item.funded_greedy, item.funded_optimal,
                " | ".join(f"{k.criterion}: {k.explanation}" for k in item.knockouts),
            ]
        )  # fmt: skip
    return header, rows


def _text_cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Decimal):
        return f"{value:f}"
    return str(value)


def _write_csv(header: list[str], rows: list[list[object]], stream: TextIO) -> None:
    writer = csv.writer(stream, lineterminator="\n")
    writer.writerow(header)
    writer.writerows([[_text_cell(v) for v in row] for row in rows])


def write_assessment_csv(result: AssessmentResult, stream: TextIO) -> None:
    """Comma-separated, UTF-8, ``.`` as decimal point: for tools; the workbook is for people."""
    _write_csv(*assessment_rows(result), stream)


def _cell(value: object) -> object:
    """A JSON-style value (decimal strings) as a typed workbook cell."""
    if isinstance(value, str) and _DECIMAL_TEXT.fullmatch(value):
        return Decimal(value)
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return value


def _fixed_times(workbook, when: dt.date) -> None:
    moment = dt.datetime(when.year, when.month, when.day)
    workbook.properties.created = moment
    workbook.properties.modified = moment


def _workbook(title: str, header: list[str], rows: Iterable[list[object]]) -> tuple[Any, Any]:
    """A new workbook whose first sheet, ``title``, holds the header and the rows."""
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = title
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    return workbook, sheet


def write_assessment_xlsx(result: AssessmentResult, path: Path | str) -> None:
    """A workbook: proposals, one row per knock-out verdict, the allocations, the scheme."""
    workbook, sheet = _workbook("Voorstellen", *assessment_rows(result))
    sheet.freeze_panes = "B2"

    verdicts = workbook.create_sheet("Toetsing")
    verdicts.append(["id", "criterion", "passed", "value", "threshold", "explanation"])
    for item in result.proposals:
        for k in item.knockouts:
            verdicts.append(
                [
                    item.proposal.id,
                    k.criterion,
                    k.passed,
                    _cell(k.value),
                    _cell(k.threshold),
                    k.explanation,
                ]
            )

    allocation = workbook.create_sheet("Allocatie")
    allocation.append(["methode", "funded_eur", "new_homes", "count", "solver", "proven_optimal"])
    for alloc in (result.greedy, result.optimal):
        allocation.append([
            alloc.method, _two(alloc.funded_eur), alloc.value, alloc.count,
            alloc.solver or "", alloc.proven_optimal if alloc.proven_optimal is not None else "",
        ])  # fmt: skip

    scheme = workbook.create_sheet("Regeling")
    for key, value in (
        ("regeling", result.scheme.name),
        ("versie", result.scheme.version),
        ("digest", result.scheme.digest),
        ("peildatum", result.peildatum.isoformat()),
        ("budget_eur", _two(result.budget_eur)),
        ("max_share_per_province", result.max_share_per_province),
        *((f"override {k}", v) for k, v in result.scheme.overrides),
        *(("aanname", a) for a in result.scheme.assumptions),
    ):
        scheme.append([key, value])
    _fixed_times(workbook, result.peildatum)
    workbook.save(path)


LOCATION_FIELDS = (
    "id", "name", "municipality", "province", "type", "metropolitan_region",
    "homes_until_2034", "homes_before_2030", "threshold", "regional_large_scale",
    "rijksregie_required_before_2030", "rijksregie_candidate", "explanation",
)  # fmt: skip


def _location_dict(item: Classification) -> dict[str, object]:
    loc = item.location
    values = (
        loc.id, loc.name, loc.municipality, loc.province or None, loc.kind, loc.metropolitan,
        loc.homes_until_2034, loc.homes_before_2030, item.threshold, item.regional_large_scale,
        item.required_before, item.rijksregie_candidate, item.explanation,
    )  # fmt: skip
    return dict(zip(LOCATION_FIELDS, values, strict=True))


def classification_to_dict(result: ClassificationResult) -> dict[str, object]:
    """The JSON document of docs/funding.md (``classify``)."""
    items = result.classifications
    return {
        "scheme": _scheme_dict(result.scheme),
        "locations": [_location_dict(c) for c in items],
        "summary": {
            "count": len(items),
            "regional_large_scale": sum(c.regional_large_scale for c in items),
            "rijksregie_candidates": sum(c.rijksregie_candidate for c in items),
        },
    }


def classification_rows(result: ClassificationResult) -> tuple[list[str], list[list[object]]]:
    """Header and typed rows of the flat classification table."""
    rows = [list(_location_dict(c).values()) for c in result.classifications]
    return list(LOCATION_FIELDS), rows


def write_classification_csv(result: ClassificationResult, stream: TextIO) -> None:
    """Comma-separated, UTF-8."""
    _write_csv(*classification_rows(result), stream)


def write_classification_xlsx(result: ClassificationResult, path: Path | str) -> None:
    """A workbook with one sheet of classified locations and one with the thresholds."""
    workbook, _ = _workbook("Locaties", *classification_rows(result))
    info = workbook.create_sheet("Regeling")
    for key, value in (
        ("regeling", result.scheme.name),
        ("versie", result.scheme.version),
        ("digest", result.scheme.digest),
        *((f"override {k}", v) for k, v in result.scheme.overrides),
        *(("aanname", a) for a in result.scheme.assumptions),
    ):
        info.append([key, value])
    _fixed_times(workbook, dt.date(2000, 1, 1))
    workbook.save(path)
