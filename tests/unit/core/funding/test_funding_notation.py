import datetime as dt
from decimal import Decimal
from fractions import Fraction

import pytest

from ruimtemonitor.core.funding.notation import (
    format_date,
    format_eur,
    format_int,
    format_month,
    format_percent,
    parse_bool,
    parse_decimal,
    parse_int,
    parse_start,
    round_fraction,
)

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1.234.567,89", "1234567.89"),
        ("1234567,89", "1234567.89"),
        ("1.500", "1500"),
        ("1234.56", "1234.56"),
        ("€ 20.000,-", "20000"),
        ("EUR 20.000,00", "20000.00"),
        ("-1.234,5", "-1234.5"),
        ("0,65", "0.65"),
        (" 12 ", "12"),
        ("1 234 567", "1234567"),
    ],
)
def test_dutch_and_plain_notation_are_read_exactly(text: str, expected: str) -> None:
    assert parse_decimal(text) == Decimal(expected)


@pytest.mark.parametrize(
    "text", ["1,234.56", "12a", "", "1.2.3", "1,2,3", "--5", "abc", "1.23.456"]
)
def test_ambiguous_or_broken_numbers_are_rejected(text: str) -> None:
    with pytest.raises(ValueError):
        parse_decimal(text)


def test_spreadsheet_cells_keep_their_value() -> None:
    assert parse_decimal(0.1) == Decimal("0.1")  # via repr, not the binary expansion
    assert parse_decimal(1200) == Decimal(1200)
    with pytest.raises(ValueError):
        parse_decimal(True)
    with pytest.raises(ValueError):
        parse_decimal(float("nan"))


def test_whole_numbers_refuse_fractions() -> None:
    assert parse_int("1.200") == 1200
    assert parse_int(300.0) == 300
    with pytest.raises(ValueError):
        parse_int("12,5")


@pytest.mark.parametrize(
    ("text", "expected"), [("ja", True), ("Nee", False), ("yes", True), ("0", False)]
)
def test_yes_no(text: str, expected: bool) -> None:
    assert parse_bool(text) is expected


def test_yes_no_rejects_other_words() -> None:
    with pytest.raises(ValueError):
        parse_bool("misschien")


def test_start_as_month_or_day() -> None:
    assert parse_start("2030-07") == (dt.date(2030, 7, 1), False)
    assert parse_start("2030-07-02") == (dt.date(2030, 7, 2), True)
    assert parse_start(dt.datetime(2030, 7, 2, 0, 0)) == (dt.date(2030, 7, 2), True)
    for bad in ("07-2030", "2030-13", "2030-02-30", "juli 2030"):
        with pytest.raises(ValueError):
            parse_start(bad)


def test_rounding_is_exact_and_half_away_from_zero() -> None:
    assert round_fraction(Fraction(1, 200), 2) == Decimal("0.01")
    assert round_fraction(Fraction(-1, 200), 2) == Decimal("-0.01")
    assert round_fraction(Fraction(2, 3), 6) == Decimal("0.666667")


def test_dutch_formatting() -> None:
    assert format_int(1234567) == "1.234.567"
    assert format_eur(Decimal("6500000.005")) == "€ 6.500.000,01"
    assert format_eur(Decimal(20000), 0) == "€ 20.000"
    assert format_percent(Fraction(13, 20)) == "65,00 %"
    assert format_date(dt.date(2025, 6, 12)) == "12 juni 2025"
    assert format_month(dt.date(2030, 7, 1)) == "juli 2030"
