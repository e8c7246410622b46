"""Amounts and history reasons as the pages show them: Dutch notation, Dutch words."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.utils import translation

from ruimtemonitor.web.templatetags.register_format import change_reason, euro


@pytest.fixture(autouse=True)
def _dutch() -> None:
    with translation.override("nl"):
        yield


@pytest.mark.parametrize(
    ("amount", "text"),
    [
        (Decimal("2500000000"), "€ 2,5 mld"),
        (Decimal("7500000000"), "€ 7,5 mld"),
        (Decimal("1145000000"), "€ 1.145 mln"),  # not rounded to "1,14 mld"
        (Decimal("9500000"), "€ 9,5 mln"),
        (Decimal("310000000"), "€ 310 mln"),
        (Decimal("20000"), "€ 20.000"),
        (None, "–"),
    ],
)
def test_amounts_read_as_the_letters_write_them(amount, text) -> None:
    assert euro(amount) == text


def test_history_reasons_are_words_and_typed_reasons_stay_as_typed() -> None:
    assert change_reason("ingest") == "ingelezen uit de brief"
    assert change_reason("review: confirmed") == "beoordeling: bevestigd"
    assert change_reason("Afgesproken in het BO") == "Afgesproken in het BO"
