"""Two sums joined by "resp." or "respectievelijk" share their scale and are one amount with
two values, like a range (texts made up here)."""

import pytest

from ruimtemonitor.core.dutch.amounts import find_amounts

pytestmark = pytest.mark.unit


def _values(text: str) -> list[list[int]]:
    return [[int(v) for v in m.values_eur] for m in find_amounts(text)]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Rijk en provincie dragen € 4 resp. 6 mln bij.", [[4_000_000, 6_000_000]]),
        ("De gemeenten dragen € 1,5 respectievelijk 2 miljoen bij.", [[1_500_000, 2_000_000]]),
        ("Rijk en regio dragen € 7 resp. 2,5 mln bij.", [[7_000_000, 2_500_000]]),
        ("Zij betalen 3 resp. 5 miljoen euro.", [[3_000_000, 5_000_000]]),
    ],
)
def test_two_sums_joined_by_respectively(text: str, values: list[list[int]]) -> None:
    assert _values(text) == values


def test_years_joined_by_respectively_are_no_sum() -> None:
    assert _values("De fasen starten in 2031 resp. 2033.") == []
