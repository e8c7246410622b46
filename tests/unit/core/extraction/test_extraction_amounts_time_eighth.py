"""Amounts and time phrases in the layouts of the eighth blind batch, on invented text."""

import pytest
from tests.unit.core.extraction.readouts import UnderHead, kamerbrief_head

pytestmark = pytest.mark.unit

HEAD = kamerbrief_head("14 oktober 2019")
_LETTER = UnderHead(HEAD)
_amounts, _times = _LETTER.amounts, _LETTER.times


# --- amounts -----------------------------------------------------------------------------


def test_a_table_flattened_with_slashes_between_its_cells() -> None:
    body = (
        "Geachte voorzitter,\n\nBijlage  Overzicht bijdragen (x € 1 mln)\n\n"
        "Onderdeel / Rijk / Gemeente / Totaal\n"
        "Fietstunnel Noord / 6 / 3 / 9\n"
        "Busbaan A7/N354 / 12,5 / - / 12,5\n"
    )
    values = [v for _, v in _amounts(body)]
    assert values == [[6_000_000], [3_000_000], [9_000_000], [12_500_000], [12_500_000]]


def test_a_slash_in_running_text_is_no_cell_edge() -> None:
    body = "Geachte voorzitter,\n\nDe verdeling is 2 / 3 voor het Rijk.\n"
    assert _amounts(body) == []


def test_a_caption_with_the_euro_sign_before_the_times_sign() -> None:
    body = (
        "Geachte voorzitter,\n\nBijlage – Kosten (bedragen in € x 1.000)\n"
        "Onderdeel            Raming        Dekking\n"
        "Kadeherstel          43.200        8.000\n"
        "Brug Zuid            900           -\n"
    )
    values = [v for _, v in _amounts(body)]
    assert values == [[43_200_000], [8_000_000], [900_000]]


def test_a_scanned_one_before_a_decimal_comma_after_the_euro_sign() -> None:
    body = "Geachte voorzitter,\n\nHet waterschap draagt € l,8 miljoen bij.\n"
    assert _amounts(body) == [("€ 1,8 miljoen", [1_800_000])]


@pytest.mark.parametrize(
    ("caption", "scale"),
    [
        ("(x € 1 miljoen)", 1_000_000),
        ("(in € mln)", 1_000_000),
        ("(€ x 1 mln)", 1_000_000),
        ("(x 1 mln euro)", 1_000_000),
        ("(x EUR 1 mln)", 1_000_000),
        ("(in euro x 1 miljoen)", 1_000_000),
        ("(€ x 1.000)", 1_000),
        ("(in € 1.000)", 1_000),
        ("(bedragen in € 1 mln, prijspeil 2018)", 1_000_000),
    ],
)
def test_table_units_with_sign_and_scale_in_any_order(caption: str, scale: int) -> None:
    body = (
        f"Geachte voorzitter,\n\nBijlage  Raming {caption}\n\n"
        "Onderdeel          Rijk      Gemeente\n"
        "Sluis West         14        2,5\n"
    )
    values = [v for _, v in _amounts(body)]
    assert values == [[14 * scale], [int(2.5 * scale)]]


@pytest.mark.parametrize(
    ("caption", "scale"),
    [
        ("Alle bedragen in € x 1.000.", 1_000),
        ("Tabel 3: bijdragen in € mln", 1_000_000),
        ("Bedragen in k€", 1_000),
        ("Bedragen in € x 1.000", 1_000),
    ],
)
def test_table_units_without_brackets_after_bedragen(caption: str, scale: int) -> None:
    body = (
        f"Geachte voorzitter,\n\nBijlage\n\n{caption}\n\n"
        "Onderdeel          Rijk      Gemeente\n"
        "Sluis West         14        2,5\n"
    )
    values = [v for _, v in _amounts(body)]
    assert values == [[14 * scale], [int(2.5 * scale)]]


def test_a_sum_in_brackets_without_times_or_in_stays_a_sum() -> None:
    body = "Geachte voorzitter,\n\nDe gemeente levert een bijdrage (€ 1 mln) aan de sluis.\n"
    assert _amounts(body) == [("€ 1 mln", [1_000_000])]


# --- time ----------------------------------------------------------------------------------


def test_a_year_after_a_gereed_label_between_long_dashes() -> None:
    body = (
        "Geachte voorzitter,\n\nB2. Oeverherstel\n"
        "    Trekker: waterschap — Gereed: 2022 — Middelen: p.m.\n"
        "    Het waterschap herstelt de oevers.\n"
    )
    deadlines, _ = _times(body)
    assert "2022" in deadlines


def test_a_year_after_a_gereed_label_between_middle_dots() -> None:
    body = "Geachte voorzitter,\n\nTrekker: gemeente · Gereed: 2021 · Budget: p.m.\n"
    deadlines, _ = _times(body)
    assert "2021" in deadlines


def test_a_participle_in_aan_marks_the_past() -> None:
    body = "Geachte voorzitter,\n\nDe rechter heeft in mei een tussenuitspraak gedaan.\n"
    deadlines, events = _times(body)
    assert events == ["in mei"] and deadlines == []


def test_a_yearless_date_of_the_meeting_a_promise_came_from_is_past() -> None:
    body = (
        "Geachte voorzitter,\n\nToezegging uit het commissiedebat van 4 april: ik stuur u "
        "de evaluatie in het najaar van 2020.\n"
    )
    deadlines, events = _times(body)
    assert events == ["4 april"]
    assert deadlines == ["in het najaar van 2020"]


def test_a_yearless_meeting_still_to_come_stays_a_deadline() -> None:
    body = "Geachte voorzitter,\n\nIk bespreek dit met u in het commissiedebat van 4 december.\n"
    deadlines, events = _times(body)
    assert deadlines == ["van 4 december"] or deadlines == ["4 december"]
    assert events == []


@pytest.mark.parametrize("participle", ["verkregen", "herzien", "verstrekt", "beoordeeld"])
def test_participles_without_ge_mark_the_past(participle: str) -> None:
    body = f"Geachte voorzitter,\n\nDe vergunning voor de steiger is in april {participle}.\n"
    deadlines, events = _times(body)
    assert events == ["in april"] and deadlines == []


def test_a_slash_header_with_the_unit_in_one_cell_scales_that_column_only() -> None:
    body = (
        "Geachte voorzitter,\n\nBijlage\n\n"
        "Gebied / Woningen / Bijdrage (x € 1 mln)\n"
        "Oeverzone / 340 / 6\n"
        "Stationskwartier / 210 / 3,5\n"
    )
    values = [v for _, v in _amounts(body)]
    assert values == [[6_000_000], [3_500_000]]


def test_the_yearless_day_of_a_cited_document_is_past() -> None:
    body = "Geachte voorzitter,\n\nDe motie van 5 maart vraagt om een onderzoek naar de kade.\n"
    deadlines, events = _times(body)
    assert events == ["5 maart"] and deadlines == []


def test_a_letter_still_to_come_in_a_season_stays_a_deadline() -> None:
    body = "Geachte voorzitter,\n\nDat doe ik in de MIRT-brief van het voorjaar.\n"
    deadlines, events = _times(body)
    assert events == [] and len(deadlines) == 1


def test_euro_with_a_capital_after_the_sum() -> None:
    body = "Geachte voorzitter,\n\nDe provincie trekt 8 miljoen Euro uit voor de brug.\n"
    assert _amounts(body) == [("8 miljoen Euro", [8_000_000])]


def test_thousands_apart_by_spaces_after_the_euro_sign() -> None:
    body = "Geachte voorzitter,\n\nDe subsidie bedraagt € 1 250 000 tot € 1 400 000.\n"
    assert _amounts(body) == [("€ 1 250 000 tot € 1 400 000", [1_250_000, 1_400_000])]


def test_a_year_after_a_small_sum_is_no_thousands_group() -> None:
    body = "Geachte voorzitter,\n\nHet tarief is € 3 2019 en later hoger.\n"
    assert _amounts(body) == [("€ 3", [3])]


@pytest.mark.parametrize(
    "sentence",
    [
        "De gemeenteraad stemde op 1 oktober in met de kadenota.",
        "De zienswijzetermijn eindigde op 20 september.",
        "Het fietspad ging op 3 juni open.",
        "Het waterschap kende in februari de vergunning toe.",
        "Half juli is het schetsontwerp vrijgegeven.",
    ],
)
def test_simple_past_and_separable_participles_mark_the_past(sentence: str) -> None:
    deadlines, events = _times(f"Geachte voorzitter,\n\n{sentence}\n")
    assert deadlines == [] and len(events) == 1


def test_a_past_verb_right_before_a_yearless_month_keeps_it_in_the_past() -> None:
    body = (
        "Geachte voorzitter,\n\nDe gedeputeerde maakte in april bekend dat de aanleg in "
        "2021 begint.\n"
    )
    deadlines, events = _times(body)
    assert events == ["in april"]
    assert "in 2021" in deadlines


def test_a_euro_sign_in_a_cell_under_a_scaled_caption_is_scaled() -> None:
    body = (
        "Geachte voorzitter,\n\nDekking (x € 1 mln)\n\n"
        "Waterschap          € 4,0\n"
        "Gemeente            € 1,5\n"
    )
    values = [v for _, v in _amounts(body)]
    assert values == [[4_000_000], [1_500_000]]


def test_sums_listed_together_write_the_scale_once() -> None:
    body = "Geachte voorzitter,\n\nGemeente, provincie en Rijk dragen € 2, € 4,5 en € 9 mln bij.\n"
    values = [v for _, v in _amounts(body)]
    assert values == [[2_000_000], [4_500_000], [9_000_000]]


def test_a_sum_of_thousands_before_a_scaled_one_keeps_its_value() -> None:
    body = "Geachte voorzitter,\n\nDe leges zijn € 1.250 en de bijdrage € 3 mln.\n"
    values = [v for _, v in _amounts(body)]
    assert values == [[1_250], [3_000_000]]
