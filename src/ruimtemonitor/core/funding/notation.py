"""Dutch notation for numbers, money, yes/no and dates: parsed leniently, written consistently.

Spreadsheets from municipalities write ``1.234.567,89``, ``€ 20.000,-`` and
``ja``; exports from other tools write ``1234567.89`` and ``true``. Both are
accepted where they cannot be confused; anything ambiguous is rejected so that
nobody's € 1.500 silently becomes € 1,50.

This parses one whole spreadsheet cell strictly; finding amounts inside the running text of a
letter is a different job, done by ``ruimtemonitor.core.dutch``.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation, localcontext
from fractions import Fraction

__all__ = [
    "format_date",
    "format_eur",
    "format_int",
    "format_month",
    "format_percent",
    "parse_bool",
    "parse_decimal",
    "parse_int",
    "parse_start",
    "round_fraction",
]

_DUTCH_GROUPED = re.compile(r"\d{1,3}(?:\.\d{3})+")
_DUTCH_DECIMAL = re.compile(r"(?:\d{1,3}(?:\.\d{3})+|\d+),\d+")
_PLAIN_DECIMAL = re.compile(r"\d+\.\d+")
_DIGITS = re.compile(r"\d+")
_SPACES = re.compile(r"[\s\u00a0\u202f']+")

_TRUE = frozenset({"ja", "j", "yes", "y", "true", "waar", "1"})
_FALSE = frozenset({"nee", "n", "no", "false", "onwaar", "0"})

_MONTHS_NL = (
    "januari", "februari", "maart", "april", "mei", "juni",
    "juli", "augustus", "september", "oktober", "november", "december",
)  # fmt: skip

_SWAP_SEPARATORS = str.maketrans({",": ".", ".": ","})
_MONTH_RE = re.compile(r"(\d{4})-(\d{1,2})")
_DAY_RE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")


def parse_decimal(value: object) -> Decimal:
    """A number as Dutch or machine notation writes it, exactly (never via binary floats).

    Accepted: ``1.234.567,89``, ``1234567,89``, ``1.500`` (= 1500), ``1234.56``,
    ``€ 20.000,-``, a leading ``-``. Rejected: ``1,234.56`` and other mixtures.
    """
    if isinstance(value, bool):
        raise ValueError("a yes/no value is not a number")
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError("not a finite number")
        return Decimal(repr(value))
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise ValueError("not a finite number")
        return value
    text = _SPACES.sub("", str(value)).replace("€", "")
    if text[:3].upper() == "EUR":
        text = text[3:]
    negative = text[:1] in {"-", "−"}
    if negative:
        text = text[1:]
    if text.endswith((",-", ",--")):
        text = text[: text.index(",")]
    if _DUTCH_DECIMAL.fullmatch(text):
        normalised = text.replace(".", "").replace(",", ".")
    elif _DUTCH_GROUPED.fullmatch(text):
        normalised = text.replace(".", "")
    elif _PLAIN_DECIMAL.fullmatch(text) or _DIGITS.fullmatch(text):
        normalised = text
    else:
        raise ValueError(f"not a number in Dutch or plain notation: {value!r}")
    try:
        number = Decimal(normalised)
    except InvalidOperation as exc:  # pragma: no cover - the patterns above exclude this
        raise ValueError(f"not a number: {value!r}") from exc
    return -number if negative else number


def parse_int(value: object) -> int:
    """A whole number (``1.200`` is twelve hundred); fractions are an error, not rounded."""
    number = parse_decimal(value)
    if number != number.to_integral_value():
        raise ValueError(f"not a whole number: {value!r}")
    return int(number)


def parse_bool(value: object) -> bool:
    """``ja``/``nee`` and the usual English and spreadsheet spellings."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int) and value in (0, 1):
        return bool(value)
    key = str(value).strip().casefold()
    if key in _TRUE:
        return True
    if key in _FALSE:
        return False
    raise ValueError(f"not ja/nee: {value!r}")


def parse_start(value: object) -> tuple[dt.date, bool]:
    """A start of construction as ``YYYY-MM`` or ``YYYY-MM-DD``.

    Returns the date and whether a day was given; a month alone is returned as
    its first day, and the scheme decides how to read it (see ``month_only_start``).
    """
    if isinstance(value, dt.datetime):
        return value.date(), True
    if isinstance(value, dt.date):
        return value, True
    text = str(value).strip()
    match = _DAY_RE.fullmatch(text)
    if match:
        year, month, day = (int(g) for g in match.groups())
        return dt.date(year, month, day), True
    match = _MONTH_RE.fullmatch(text)
    if match:
        year, month = (int(g) for g in match.groups())
        return dt.date(year, month, 1), False
    raise ValueError(f"not YYYY-MM or YYYY-MM-DD: {value!r}")


def round_fraction(value: Fraction | Decimal | int, places: int) -> Decimal:
    """Round exactly to ``places`` decimals, halves away from zero (as invoices do)."""
    if isinstance(value, Decimal):
        with localcontext() as ctx:
            ctx.prec = 80
            return value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    numerator, denominator = (value, 1) if isinstance(value, int) else value.as_integer_ratio()
    scaled = abs(numerator) * 10**places
    whole = (2 * scaled + denominator) // (2 * denominator)
    return Decimal(-whole if numerator < 0 else whole).scaleb(-places)


def format_int(value: int) -> str:
    """``1234567`` → ``1.234.567``."""
    return f"{value:,}".replace(",", ".")


def format_eur(value: Fraction | Decimal | int, places: int = 2) -> str:
    """``€ 1.234.567,89``; ``places=0`` gives ``€ 20.000``."""
    rounded = round_fraction(value, places)
    sign = "-" if rounded < 0 else ""
    body = f"{abs(rounded):,.{places}f}".translate(_SWAP_SEPARATORS)
    return f"{sign}€ {body}"


def format_percent(value: Fraction | Decimal, places: int = 2) -> str:
    """A share as a Dutch percentage: ``Fraction(13, 20)`` → ``65,00 %``."""
    rounded = round_fraction(Fraction(value) * 100, places)
    return f"{rounded:.{places}f}".replace(".", ",") + " %"


def format_date(value: dt.date) -> str:
    """``12 juni 2025``."""
    return f"{value.day} {_MONTHS_NL[value.month - 1]} {value.year}"


def format_month(value: dt.date) -> str:
    """``juni 2030``, for a start of construction given as a month."""
    return f"{_MONTHS_NL[value.month - 1]} {value.year}"
