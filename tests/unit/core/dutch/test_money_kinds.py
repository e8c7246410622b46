"""The kind of a sum from its own clause: an estimate is never a budget."""

from __future__ import annotations

import pytest

from ruimtemonitor.core.dutch.money_kinds import money_kind


def kind(sentence: str, amount: str) -> str | None:
    start = sentence.index(amount)
    return money_kind(sentence, start, start + len(amount))


@pytest.mark.parametrize(
    ("sentence", "amount", "expected"),
    [
        ("De kosteninschatting van deze variant bedraagt circa € 475 mln.", "€ 475 mln", "raming"),
        ("De raming komt uit op € 1,2 mld. (prijspeil 2023).", "€ 1,2 mld", "raming"),
        ("De geraamde kosten van fase 2 zijn 88 miljoen euro.", "88 miljoen euro", "raming"),
        ("De kosten worden geschat op € 40 mln.", "€ 40 mln", "raming"),
        ("Het taakstellend budget bedraagt € 166 mln. Artikel IF 12.04", "€ 166 mln", "budget"),
        ("Voor de aanpak is 7,5 miljard beschikbaar.", "7,5 miljard", "budget"),
        ("Het Rijk draagt € 25 mln. bij aan de ombouw.", "€ 25 mln", "bijdrage"),
        ("met een Rijksbijdrage van € 12 mln en", "€ 12 mln", "bijdrage"),
        (
            "De provincie heeft € 30 mln. gereserveerd voor de tweede fase.",
            "€ 30 mln",
            "reservering",
        ),
        (
            "In het Mobiliteitsfonds is een reservering van € 50 mln opgenomen.",
            "€ 50 mln",
            "reservering",
        ),
        ("De regio zorgt voor cofinanciering van € 8 mln.", "€ 8 mln", "cofinanciering"),
        ("Het project is in 2021 opgeleverd voor € 90 mln.", "€ 90 mln", None),
    ],
)
def test_the_words_of_the_clause_decide(sentence: str, amount: str, expected: str | None) -> None:
    assert kind(sentence, amount) == expected


def test_the_nearest_cue_before_the_sum_wins() -> None:
    sentence = "Ten opzichte van de raming is het budget verhoogd tot € 210 mln."
    assert kind(sentence, "€ 210 mln") == "budget"


def test_a_previous_sentence_does_not_lend_its_kind() -> None:
    text = "De raming was € 100 mln. Het Rijk stelt nu € 120 mln. beschikbaar."
    assert kind(text, "€ 120 mln") == "budget"
    text = "De kosten zijn gestegen. Daarom heeft de provincie € 5 mln. extra."
    assert kind(text, "€ 5 mln") is None


def test_a_decimal_point_in_the_sum_is_not_a_sentence_end() -> None:
    text = "Het budget van € 2,5 mld. en de raming"
    assert kind(text, "€ 2,5 mld.") == "budget"


def test_empty_and_edge_offsets_never_fail() -> None:
    assert money_kind("", 0, 0) is None
    assert money_kind("€ 5 mln", 0, 7) is None


def test_compounds_keep_their_kind() -> None:
    text = "de raming bedraagt € 597 mln. tegen een projectbudget van ca. € 459 mln."
    assert kind(text, "€ 597 mln") == "raming"
    assert kind(text, "ca. € 459 mln") == "budget"
    assert kind("een projectraming van € 12 mln", "€ 12 mln") == "raming"
