"""Reading scheme files and checking their values: shared by every kind of scheme.

Scheme files are reviewed by people, so their values are checked strictly: a float
is refused (write ``"0.65"``), a share must lie in [0, 1], a minimum must be a
whole number ≥ 1, and every problem names the key it is about.
"""

from __future__ import annotations

import re
import tomllib
from decimal import Decimal, InvalidOperation
from importlib import resources
from pathlib import Path

from ruimtemonitor.core.funding.errors import SchemeError

__all__ = [
    "available_schemes",
    "collect_assumptions",
    "decimal_value",
    "normalise_name",
    "positive_int",
    "read_toml",
    "share_value",
]

SCHEME_DIR = "schemes"
_PACKAGE = "ruimtemonitor.core.funding"


def normalise_name(text: str) -> str:
    """Key for matching names as people type them: case, dashes and spacing do not matter."""
    text = re.sub(r"[\u2010-\u2015\-/_]", " ", text.casefold())
    text = re.sub(r"[()\.,]", " ", text)
    return " ".join(text.split())


def available_schemes() -> tuple[str, ...]:
    """Names of the schemes shipped with the package."""
    folder = resources.files(_PACKAGE).joinpath(SCHEME_DIR)
    return tuple(
        sorted(p.name.removesuffix(".toml") for p in folder.iterdir() if p.name.endswith(".toml"))
    )


def read_toml(name_or_path: str | Path) -> tuple[dict, str]:
    """The parsed file and how to name it in messages: a shipped name or a path."""
    candidate = Path(name_or_path)
    if candidate.suffix == ".toml" or candidate.exists():
        try:
            return tomllib.loads(candidate.read_text(encoding="utf-8")), str(candidate)
        except FileNotFoundError as exc:
            raise SchemeError(f"regelingbestand niet gevonden: {candidate}") from exc
        except tomllib.TOMLDecodeError as exc:
            raise SchemeError(f"{candidate}: geen geldige TOML: {exc}") from exc
    name = str(name_or_path)
    resource = resources.files(_PACKAGE).joinpath(SCHEME_DIR, f"{name}.toml")
    if not re.fullmatch(r"[a-z0-9][a-z0-9.\-]*", name) or not resource.is_file():
        known = ", ".join(available_schemes())
        raise SchemeError(
            f"onbekende regeling {name!r}; beschikbaar: {known}, of een pad naar .toml"
        )
    return tomllib.loads(resource.read_text(encoding="utf-8")), name


def decimal_value(raw: object, where: str) -> Decimal:
    """A number from a scheme file or an override, exactly."""
    if isinstance(raw, (bool, float)):
        # Floats in TOML would smuggle binary rounding into money; write "0.65" instead.
        raise SchemeError(f"{where}: schrijf getallen als geheel getal of als tekst, niet {raw!r}")
    try:
        value = Decimal(str(raw).strip())
    except InvalidOperation as exc:
        raise SchemeError(f"{where}: geen getal: {raw!r}") from exc
    if not value.is_finite():
        raise SchemeError(f"{where}: geen eindig getal: {raw!r}")
    return value


def share_value(raw: object, where: str, *, allow_zero: bool = False) -> Decimal:
    """A fraction in (0, 1] (or [0, 1]); a Dutch decimal comma is accepted."""
    value = decimal_value(str(raw).replace(",", ".") if isinstance(raw, str) else raw, where)
    low_ok = value >= 0 if allow_zero else value > 0
    if not (low_ok and value <= 1):
        bound = "0 ≤ x ≤ 1" if allow_zero else "0 < x ≤ 1"
        raise SchemeError(f"{where}: een aandeel {bound} verwacht, niet {raw!r}")
    return value


def positive_int(raw: object, where: str) -> int:
    """A whole number ≥ 1 (minimum numbers of homes)."""
    value = decimal_value(raw, where)
    if value != value.to_integral_value() or value < 1:
        raise SchemeError(f"{where}: een geheel getal ≥ 1 verwacht, niet {raw!r}")
    return int(value)


def collect_assumptions(data: dict) -> tuple[str, ...]:
    """Every ``*assumption`` text in a scheme file, in file order, for reports."""
    found: list[str] = []

    def walk(node: object) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key.endswith("assumption") and isinstance(value, str) and value:
                    found.append(value)
                else:
                    walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    walk(data)
    return tuple(found)
