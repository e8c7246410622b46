"""Sums of money however they are written, and numbers that are none (texts made up here)."""

import pytest

from ruimtemonitor.core.dutch.amounts import find_amounts

pytestmark = pytest.mark.unit


def _values(text: str) -> list[list[int]]:
    return [[int(v) for v in m.values_eur] for m in find_amounts(text)]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("De kosten bedragen 250 mio. volgens de raming.", [[250_000_000]]),
        ("Het Rijk draagt 12 mio bij aan de verbreding.", [[12_000_000]]),
        ("Het Rijk draagt € 12 mio. bij aan de verbreding.", [[12_000_000]]),
        ("De regio legt er 15 mln bij.", [[15_000_000]]),
        ("De regio wil 12 miljoen bijdragen.", [[12_000_000]]),
        ("Het Rijk trekt 2 miljoen extra uit voor de reizen van scholieren.", [[2_000_000]]),
        ("Het Rijk draagt EUR 12,5m bij.", [[12_500_000]]),
        ("Het Rijk draagt €3m bij, de grond kost € 40 m2.", [[3_000_000], [40]]),
        (
            "Er is 3,2 mld euro nodig, waarvan 1,1 mld van het Rijk.",
            [[3_200_000_000], [1_100_000_000]],
        ),
        ("Het tekort loopt op tot tussen de € 20 en € 30 miljoen.", [[20_000_000, 30_000_000]]),
        ("De bijdrage van de provincie is k€ 450.", [[450_000]]),
        ("De gemeente stelt € 800 duizend beschikbaar.", [[800_000]]),
    ],
)
def test_money_with_or_without_a_sign(text: str, values: list[list[int]]) -> None:
    assert _values(text) == values


@pytest.mark.parametrize(
    "text",
    [
        "Er komen 12.000 woningen en 40 hectare bedrijventerrein bij.",
        "De kosten stijgen met 15 procent tot 2035.",
        "De weg wordt 800 meter verlegd, de sluis 12 m breder.",
        "Het gaat om 30 miljoen reizigers per jaar.",
        "Het gaat om 1,5 miljoen m3 zand.",
        "In 2031 worden 2.500 woningen gebouwd.",
        "Jaarlijks gaat het om 12 mln treinreizen.",
        "De haven verwerkt 2 miljoen TEU per jaar.",
        "Er zijn 3 miljoen vliegbewegingen en 10 miljoen verplaatsingen per dag.",
        "Het park levert 1,5 miljoen kWh op.",
        "Het gaat om 4 miljoen m³ grond en 2 miljoen kilometers weg.",
        "De haven groeit naar 15 miljoen containers.",
    ],
)
def test_numbers_that_are_no_money(text: str) -> None:
    assert _values(text) == []


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("  Subsidie waterschap             €  -2.340.000,--", [[2_340_000]]),
        ("  Bijdrage gemeente   € -75.500,-\n  Saldo   €   12.000,--", [[75_500], [12_000]]),
        ("Dekking uit reserve: € –3.125.000 (negatief).", [[3_125_000]]),
        ("Bijdrage regio EUR -1.450.000 en eigen middelen EUR 300.000.", [[1_450_000], [300_000]]),
    ],
)
def test_a_minus_between_the_sign_and_the_figure(text: str, values: list[list[int]]) -> None:
    """A dekking row written "€ -1.200.000" is a sum, counted by its size."""
    assert _values(text) == values
