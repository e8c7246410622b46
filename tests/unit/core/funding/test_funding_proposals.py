import datetime as dt
from dataclasses import replace
from decimal import Decimal
from fractions import Fraction

import pytest
from funding_helpers import PEILDATUM, proposal
from hypothesis import given
from hypothesis import strategies as st

from ruimtemonitor.core.funding.proposals import add_months, derive, months_to_start
from ruimtemonitor.core.funding.schemes import load_scheme

pytestmark = pytest.mark.unit

WOKT = load_scheme("wokt-2025")


def test_exactly_five_years_is_sixty_months_and_a_day_later_is_sixty_one() -> None:
    assert months_to_start(PEILDATUM, dt.date(2030, 7, 1)) == 60
    assert months_to_start(PEILDATUM, dt.date(2030, 7, 2)) == 61
    assert months_to_start(PEILDATUM, dt.date(2030, 6, 30)) == 60
    assert months_to_start(PEILDATUM, PEILDATUM) == 0
    assert months_to_start(PEILDATUM, dt.date(2025, 6, 30)) == -1


def test_month_ends_and_leap_days() -> None:
    assert add_months(dt.date(2028, 2, 29), 60) == dt.date(2033, 2, 28)
    assert add_months(dt.date(2025, 1, 31), 1) == dt.date(2025, 2, 28)
    assert months_to_start(dt.date(2028, 2, 29), dt.date(2033, 2, 28)) == 60
    assert months_to_start(dt.date(2028, 2, 29), dt.date(2033, 3, 1)) == 61


@given(
    st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2060, 12, 31)),
    st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2070, 12, 31)),
    st.integers(min_value=0, max_value=200),
)
def test_months_bound_means_start_on_or_before_the_same_day_n_months_later(
    peildatum: dt.date, start: dt.date, limit: int
) -> None:
    assert (months_to_start(peildatum, start) <= limit) == (start <= add_months(peildatum, limit))


def test_new_homes_exclude_homes_covered_by_2022_agreements() -> None:
    derived = derive(proposal(homes=500, agreed=300, contribution="3000000"), PEILDATUM, WOKT)
    assert derived.new_homes == 200
    assert derived.contribution_per_home == Fraction(15000)


def test_amounts_excluding_vat_are_raised_by_21_percent_exactly() -> None:
    derived = derive(
        proposal(homes=242, contribution="4000000", deficit="8000000", vat_included=False),
        PEILDATUM,
        WOKT,
    )
    assert derived.contribution_incl_vat == Decimal("4840000.00")
    assert derived.deficit_incl_vat == Decimal("9680000.00")
    assert derived.contribution_per_home == Fraction(20000)
    assert derived.share_of_deficit == Fraction(1, 2)


def test_undefined_ratios_are_none_not_errors() -> None:
    derived = derive(proposal(homes=300, agreed=300, deficit="0"), PEILDATUM, WOKT)
    assert derived.new_homes == 0
    assert derived.contribution_per_home is None
    assert derived.share_of_deficit is None


def test_month_only_start_counts_from_first_or_last_day_as_the_scheme_says() -> None:
    july = proposal(start=dt.date(2030, 7, 1), start_has_day=False)
    assert derive(july, PEILDATUM, WOKT).months_to_start == 60
    strict = replace(WOKT, month_only_start="last_day")
    assert derive(july, PEILDATUM, strict).start_date == dt.date(2030, 7, 31)
    assert derive(july, PEILDATUM, strict).months_to_start == 61


def test_record_round_trip_keeps_the_submitted_values() -> None:
    original = proposal(
        start=dt.date(2030, 7, 1), start_has_day=False, vat_included=False, effect=-1
    )
    record = original.as_record()
    assert record["start_bouw"] == "2030-07"
    assert record["btw"] == "excl"
    assert record["effect_hoofdnet"] == "-1"
