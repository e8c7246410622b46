"""Builders shared by the funding tests (imported by name; pytest puts this folder on sys.path)."""

from __future__ import annotations

import datetime as dt
import json
import re
from decimal import Decimal
from pathlib import Path

from ruimtemonitor.core.funding.proposals import Proposal

DATA = Path(__file__).parent / "data"
SAMPLE = DATA / "wokt-grensgevallen.csv"
REPO = Path(__file__).resolve().parents[4]
PEILDATUM = dt.date(2025, 7, 1)


def proposal(
    ident: str = "P1",
    *,
    homes: int = 400,
    agreed: int = 0,
    start: dt.date = dt.date(2026, 7, 1),
    start_has_day: bool = True,
    deficit: str | Decimal = "10000000",
    contribution: str | Decimal = "4000000",
    vat_included: bool = True,
    province: str = "Gelderland",
    effect: int | None = None,
    area: str | None = None,
    realistic: bool | None = None,
    accessibility: int | None = None,
    rws: bool = False,
    prorail: bool = False,
) -> Proposal:
    """A valid proposal that passes every WoKT knock-out unless told otherwise."""
    return Proposal(
        id=ident,
        name=f"Voorstel {ident}",
        municipality="Ede",
        province=province,
        homes=homes,
        homes_already_agreed=agreed,
        start=start,
        start_has_day=start_has_day,
        deficit_eur=Decimal(deficit),
        contribution_eur=Decimal(contribution),
        vat_included=vat_included,
        rws_involved=rws,
        prorail_involved=prorail,
        main_network_effect=effect,
        area=area,
        realistic_planning=realistic,
        accessibility_value=accessibility,
    )


def brute_force(
    costs: list[int], values: list[int], groups: list[str], budget: int, cap: int | None
) -> int:
    """Best total value over all 2^n subsets, enumerated with exact integer sums per subset."""
    n = len(costs)
    names = sorted(set(groups))
    total = [0] * (1 << n)
    value = [0] * (1 << n)
    per_group = {g: [0] * (1 << n) for g in names}
    best = 0
    for mask in range(1, 1 << n):
        low = (mask & -mask).bit_length() - 1
        rest = mask & (mask - 1)
        total[mask] = total[rest] + costs[low]
        value[mask] = value[rest] + values[low]
        for g in names:
            per_group[g][mask] = per_group[g][rest] + (costs[low] if groups[low] == g else 0)
        if total[mask] > budget:
            continue
        if cap is not None and any(per_group[g][mask] > cap for g in names):
            continue
        best = max(best, value[mask])
    return best


def docs_schema(title: str) -> dict:
    """The JSON Schema printed in docs/funding.md under a ``<!-- schema: title -->`` marker."""
    text = (REPO / "docs" / "funding.md").read_text(encoding="utf-8")
    match = re.search(rf"<!-- schema: {re.escape(title)} -->\s*```json\n(.*?)```", text, re.S)
    assert match, f"schema {title!r} not found in docs/funding.md"
    return json.loads(match.group(1))


def validate(
    instance: object, schema: dict, path: str = "$", root: dict | None = None
) -> list[str]:
    """A small JSON Schema checker for the keywords our schemas use (no extra dependency)."""
    root = schema if root is None else root
    if "$ref" in schema:
        target: dict = root
        for part in schema["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        return validate(instance, target, path, root)
    errors: list[str] = []
    types = schema.get("type")
    if types is not None:
        allowed = types if isinstance(types, list) else [types]
        if not any(_is_type(instance, t) for t in allowed):
            return [f"{path}: {instance!r} is not {allowed}"]
    if "enum" in schema and instance not in schema["enum"]:
        errors.append(f"{path}: {instance!r} not in {schema['enum']}")
    if "const" in schema and instance != schema["const"]:
        errors.append(f"{path}: {instance!r} != {schema['const']!r}")
    if (
        isinstance(instance, str)
        and "pattern" in schema
        and not re.search(schema["pattern"], instance)
    ):
        errors.append(f"{path}: {instance!r} does not match {schema['pattern']}")
    is_int = isinstance(instance, int) and not isinstance(instance, bool)
    if is_int and "minimum" in schema and instance < schema["minimum"]:
        errors.append(f"{path}: {instance} < {schema['minimum']}")
    if "anyOf" in schema and all(validate(instance, s, path, root) for s in schema["anyOf"]):
        errors.append(f"{path}: matches none of anyOf")
    if isinstance(instance, dict):
        for key in schema.get("required", []):
            if key not in instance:
                errors.append(f"{path}: missing {key}")
        properties = schema.get("properties", {})
        for key, value in instance.items():
            if key in properties:
                errors.extend(validate(value, properties[key], f"{path}.{key}", root))
            elif schema.get("additionalProperties") is False:
                errors.append(f"{path}: unexpected key {key}")
            elif isinstance(schema.get("additionalProperties"), dict):
                errors.extend(
                    validate(value, schema["additionalProperties"], f"{path}.{key}", root)
                )
    if isinstance(instance, list) and "items" in schema:
        for i, item in enumerate(instance):
            errors.extend(validate(item, schema["items"], f"{path}[{i}]", root))
    return errors


def _is_type(value: object, name: str) -> bool:
    return {
        "object": isinstance(value, dict),
        "array": isinstance(value, list),
        "string": isinstance(value, str),
        "integer": isinstance(value, int) and not isinstance(value, bool),
        "number": isinstance(value, (int, float)) and not isinstance(value, bool),
        "boolean": isinstance(value, bool),
        "null": value is None,
    }[name]
