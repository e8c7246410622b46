"""Euro amounts: every form the letters use, exact Decimal values, offsets into the text."""

from __future__ import annotations

from decimal import Decimal

import pytest

from ruimtemonitor.core.dutch import AmountMatch, find_amounts

pytestmark = pytest.mark.unit

M = 1_000_000
B = 1_000_000_000


@pytest.mark.parametrize(
    ("text", "as_written", "values", "qualifier"),
    [
        ("Het budget bedroeg € 1.145 mln. in totaal.", "€ 1.145 mln.", [1145 * M], None),
        ("Er is € 2,5 mld. gereserveerd.", "€ 2,5 mld.", [Decimal("2.5") * B], None),
        ("Het Rijk trekt €2,5 miljard uit.", "€2,5 miljard", [Decimal("2.5") * B], None),
        ("Een bijdrage van € 20.000 per woning.", "€ 20.000", [20_000], None),
        (
            "De kosten lopen van € 310 tot € 620 mln. op.",
            "€ 310 tot € 620 mln.",
            [310 * M, 620 * M],
            None,
        ),
        ("Geraamd op € 310 - 620 miljoen.", "€ 310 - 620 miljoen", [310 * M, 620 * M], None),
        ("Dat kost ruim € 100 miljoen.", "ruim € 100 miljoen", [100 * M], "ruim"),
        ("Een som van € 1.145\nmln. voor de brug.", "€ 1.145\nmln.", [1145 * M], None),
        (
            "Met een lege regel: € 15,5 \n\nmln. erbij.",
            "€ 15,5 \n\nmln.",
            [Decimal("15.5") * M],
            None,
        ),
        ("Slechts € 0,5 mln voor onderzoek.", "€ 0,5 mln", [500_000], None),
        ("Een bedrag van EUR 3 miljoen.", "EUR 3 miljoen", [3 * M], None),
        ("Er gaat 3 miljoen euro naar de regio.", "3 miljoen euro", [3 * M], None),
        ("Kosten: 12.500 euro per jaar.", "12.500 euro", [12_500], None),
        ("De raming is ca. € 40 mln.", "ca. € 40 mln.", [40 * M], "circa"),
        ("De raming is circa € 40 mln.", "circa € 40 mln.", [40 * M], "circa"),
        ("Een budget van ca.\n\n€ 41 mln. blijft over.", "ca.\n\n€ 41 mln.", [41 * M], "circa"),
        (
            "Er is ongeveer € 4,2 mln. nodig.",
            "ongeveer € 4,2 mln.",
            [Decimal("4.2") * M],
            "ongeveer",
        ),
        ("Het Rijk draagt maximaal € 12 mln. bij.", "maximaal € 12 mln.", [12 * M], "maximaal"),
        ("Maximaal € 12 mln. komt van het Rijk.", "Maximaal € 12 mln.", [12 * M], "maximaal"),
        ("De regio legt minimaal € 5 mln. in.", "minimaal € 5 mln.", [5 * M], "minimaal"),
        ("Een regeling tot € 750.000 per aanvraag.", "tot € 750.000", [750_000], "tot"),
        ("Subsidie tot maximaal € 2 mln.", "tot maximaal € 2 mln.", [2 * M], "maximaal"),
        (
            "Het kost tussen € 300 en € 450 miljoen.",
            "tussen € 300 en € 450 miljoen",
            [300 * M, 450 * M],
            None,
        ),
        ("De norm is € 20.000,- per woning.", "€ 20.000,-", [20_000], None),
        ("Bijna € 1,1 mld. is besteed.", "Bijna € 1,1 mld.", [Decimal("1.1") * B], "bijna"),
        ("Een bedrag van € 1.388.062 is betaald.", "€ 1.388.062", [1_388_062], None),
        ("Geschat op € 2.5 mld door de regio.", "€ 2.5 mld", [Decimal("2.5") * B], None),
        ("De post is € 12,50 per maand.", "€ 12,50", [Decimal("12.50")], None),
        ("Het verschil: € 20.000 tot € 2 mln.", "€ 20.000 tot € 2 mln.", [20_000, 2 * M], None),
        ("Een bedrag van € 3 duizend.", "€ 3 duizend", [3_000], None),
        ("Een scan: € 150 mIn. bijdrage.", "€ 150 mIn.", [150 * M], None),
        ("Een scan: € 7,5 rnln. bijdrage.", "€ 7,5 rnln.", [Decimal("7.5") * M], None),
        ("Er is één miljoen euro toegezegd.", "één miljoen euro", [M], None),
        ("Het Rijk stelt twee miljard beschikbaar.", "twee miljard", [2 * B], None),
        (
            "Voor risico's is een half miljoen euro gereserveerd.",
            "een half miljoen euro",
            [M // 2],
            None,
        ),
        ("De gemeente geeft anderhalf miljoen euro.", "anderhalf miljoen euro", [3 * M // 2], None),
    ],
)
def test_amount_forms(
    text: str, as_written: str, values: list[object], qualifier: str | None
) -> None:
    [amount] = find_amounts(text)
    assert amount.as_written == as_written
    assert amount.start == text.index(as_written)
    assert amount.end == amount.start + len(as_written)
    assert amount.values_eur == tuple(Decimal(v) for v in values)  # type: ignore[arg-type]
    assert all(isinstance(v, Decimal) for v in amount.values_eur)
    assert amount.qualifier == qualifier


def test_values_are_exact_integers_without_exponent() -> None:
    [amount] = find_amounts("Het gaat om € 2,5 mld.")
    assert str(amount.values_eur[0]) == "2500000000"
    [amount] = find_amounts("Het gaat om € 0,05 mln.")
    assert str(amount.values_eur[0]) == "50000"


@pytest.mark.parametrize(
    "text",
    [
        "Pagina 4 van 16",
        "In 2025 en 2026 worden 2.500 woningen gebouwd.",
        "De rijksbijdrage is maximaal 65% van het tekort.",
        "Kamerstuk 36 600-A, nr. 30",
        "Het gaat om 32 mol/ha/jaar en 100.000 woningen per jaar.",
        "Een bedrag van € met een spatie erachter.",
        "€ 1.14567 mln is geen Nederlandse notatie.",
        "De regio telt een miljoen inwoners.",
        "Een van de drie miljoenensteden.",
    ],
)
def test_numbers_without_currency_are_not_amounts(text: str) -> None:
    assert find_amounts(text) == []


def test_unit_written_once_applies_only_on_the_same_scale() -> None:
    [amount] = find_amounts("Van € 310 tot € 620 mln.")
    assert amount.values_eur == (Decimal(310 * M), Decimal(620 * M))
    [amount] = find_amounts("Van € 20.000 tot € 2 mln.")
    assert amount.values_eur == (Decimal(20_000), Decimal(2 * M))


def test_a_year_after_tot_is_not_a_range() -> None:
    text = "Er is € 100 mln. tot 2030 beschikbaar."
    [amount] = find_amounts(text)
    assert (amount.as_written, amount.values_eur) == ("€ 100 mln.", (Decimal(100 * M),))
    assert not amount.is_range


def test_two_amounts_joined_by_en_are_two_amounts() -> None:
    found = find_amounts(
        "De € 2,5 mld. en de € 7,5 mld. zijn gescheiden, net als € 5 mld. en € 1 mld."
    )
    assert [a.as_written for a in found] == ["€ 2,5 mld.", "€ 7,5 mld.", "€ 5 mld.", "€ 1 mld."]


def test_vat_and_price_level_from_the_parenthesis_after_the_amount() -> None:
    text = "Een bijdrage van € 10.000 (incl. btw) en € 80 mln. (prijspeil 2023)."
    first, second = find_amounts(text)
    assert (first.vat, first.price_level) == ("incl", None)
    assert (second.vat, second.price_level) == (None, 2023)
    assert first.as_written == "€ 10.000"  # the parenthesis is outside the span


def test_offsets_of_several_amounts_in_one_text() -> None:
    text = "Eerst € 5 mln., daarna circa € 7 mln. en tot slot 9 miljoen euro."
    found = find_amounts(text)
    assert [(a.start, a.end) for a in found] == [(6, 14), (23, 37), (50, 64)]
    assert all(text[a.start : a.end] == a.as_written for a in found)
    assert isinstance(found[0], AmountMatch)


def test_a_change_by_one_amount_to_another_is_two_amounts() -> None:
    text = "De provincie verhoogt haar bijdrage met € 12,5 mln. tot € 37,5 mln.; het budget"
    found = [(a.as_written, a.values_eur) for a in find_amounts(text)]
    assert found == [
        ("€ 12,5 mln.", (Decimal(12_500_000),)),
        ("€ 37,5 mln.", (Decimal(37_500_000),)),
    ]
    bare = [a.values_eur for a in find_amounts("Het krediet stijgt met 2 miljoen tot 10 miljoen.")]
    assert bare == [(Decimal(2_000_000),), (Decimal(10_000_000),)]
    # a unit written once is still a range: "met € 5 tot € 8 mln." is 5 to 8 million
    assert [a.values_eur for a in find_amounts("een bijdrage met € 5 tot € 8 mln.")] == [
        (Decimal(5_000_000), Decimal(8_000_000))
    ]


def test_a_scanned_miljoen_with_a_one_for_the_l() -> None:
    assert [a.values_eur for a in find_amounts("waarvan de regio 25 mi1joen euro draagt")] == [
        (Decimal(25_000_000),)
    ]


def test_the_unit_of_a_table_caption_is_not_an_amount() -> None:
    assert find_amounts("Tabel 1 Financiële stand (bedragen x € 1 mln.)") == []
    assert find_amounts("Overzicht (x 1 miljoen euro)") == []
