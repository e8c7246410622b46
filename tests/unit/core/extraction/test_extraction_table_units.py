"""Sixth blind batch: a unit in one header cell, cells one per line, words and scans."""

from decimal import Decimal

from tests.unit.core.extraction.readouts import table_cells as _amounts

from ruimtemonitor.core.dutch.amounts import find_amounts
from ruimtemonitor.core.extraction.cleaning import clean
from ruimtemonitor.core.extraction.sources import source_from_text


def _words(text: str) -> list[tuple[str, tuple[Decimal, ...]]]:
    return [(a.as_written, a.values_eur) for a in find_amounts(text)]


def test_a_unit_in_one_header_cell_is_the_unit_of_that_column_only() -> None:
    text = (
        "Gemeente      Fase         Woningen     Subsidie (x € 1 mln)\n"
        "Ede           uitvoering   1.200        4,5\n"
        "Wageningen    ontwerp      350          1,25\n"
        "Totaal                     1.550        5,75\n"
    )
    assert _amounts(text) == [
        ("4,5", (Decimal(4_500_000),)),
        ("1,25", (Decimal(1_250_000),)),
        ("5,75", (Decimal(5_750_000),)),
    ]


def test_a_unit_in_one_header_cell_of_a_barred_table() -> None:
    text = "Gebied | Hectare | Bijdrage (x € 1 mln)\nVeenpolder | 40 | 2,5\nKwelzone | 12 | 0,8\n"
    assert _amounts(text) == [("2,5", (Decimal(2_500_000),)), ("0,8", (Decimal(800_000),))]


def test_one_cell_per_line_the_unit_cell_picks_its_column() -> None:
    text = (
        "Wijk\n"
        "Woningen\n"
        "Rijksbijdrage (x € 1 mln)\n"
        "Noordkwartier\n"
        "2.400\n"
        "18\n"
        "Havenzijde\n"
        "900\n"
        "7,5\n"
    )
    assert _amounts(text) == [("18", (Decimal(18_000_000),)), ("7,5", (Decimal(7_500_000),))]


def test_one_cell_per_line_a_unit_line_after_the_header_covers_every_column() -> None:
    text = (
        "Project\n"
        "Budget\n"
        "Raming\n"
        "x € 1.000\n"
        "Fietsbrug Oost\n"
        "4.250\n"
        "4.900\n"
        "Tunnel West\n"
        "12.000\n"
        "p.m.\n"
    )
    assert _amounts(text) == [
        ("4.250", (Decimal(4_250_000),)),
        ("4.900", (Decimal(4_900_000),)),
        ("12.000", (Decimal(12_000_000),)),
    ]


def test_a_caption_above_the_header_covers_every_column() -> None:
    text = (
        "Tabel 2. Kosten en dekking (x € 1 mln, prijspeil 2020)\n"
        "Project\n"
        "Kosten\n"
        "Dekking\n"
        "Sluis Noord\n"
        "40\n"
        "35\n"
        "Kade Zuid\n"
        "12\n"
        "12\n"
    )
    assert [w for w, _ in _amounts(text)] == ["40", "35", "12", "12"]


def test_the_last_cell_of_a_flattened_table_is_no_page_number() -> None:
    text = (
        "Uitleg:\n\nWijk\nWoningen\nBijdrage (x € 1 mln)\n"
        "Oost\n1.200\n30\nWest\n2.500\n45\n\nVerder.\n"
    )
    cleaned = clean(source_from_text(text)).text
    assert "\n45\n" in cleaned


def test_an_empty_cell_under_a_number_cell_is_not_joined_to_it() -> None:
    text = "Tabel (x € 1.000)\nProject\nBudget\nRaming\nKade\n5.000\np.m.\n\nDe kade is klaar.\n"
    cleaned = clean(source_from_text(text)).text
    assert "5.000\np.m." in cleaned


def test_a_range_in_words_with_the_scale_written_once() -> None:
    assert _words("De kosten worden geraamd op 2 tot 4 miljard.") == [
        ("2 tot 4 miljard", (Decimal(2_000_000_000), Decimal(4_000_000_000)))
    ]
    assert _words("Van 2019 tot 3 miljoen") == [("tot 3 miljoen", (Decimal(3_000_000),))]


def test_a_scanned_rn_for_m_in_the_scale_word() -> None:
    assert _words("De gemeente draagt 1,5 rniljoen bij en € 2 rnln. later.") == [
        ("1,5 rniljoen", (Decimal(1_500_000),)),
        ("€ 2 rnln.", (Decimal(2_000_000),)),
    ]


def test_tons_in_words_are_hundreds_of_thousands_but_weights_are_not() -> None:
    assert _words("Een tegenvaller van ruim drie ton dekt de gemeente zelf.") == [
        ("ruim drie ton", (Decimal(300_000),))
    ]
    assert _words("Een vrachtwagen van 40 ton en twee ton CO2 per jaar.") == []


def test_a_unit_over_the_label_column_is_the_unit_of_the_whole_table() -> None:
    text = (
        "Kasritme (x € mln)   2019    2020    2021\n"
        "Rijk                  2,0     4,5    10,0\n"
        "Gemeente                -     1,0     2,0\n"
    )
    assert [w for w, _ in _amounts(text)] == ["2,0", "4,5", "10,0", "1,0", "2,0"]


def test_one_cell_per_line_a_unit_over_the_label_column_covers_every_column() -> None:
    text = "Project (x € 1 mln)\nBudget\nRaming\nDijk Noord\n30\n34\nDijk Zuid\n12\n15\n"
    assert [w for w, _ in _amounts(text)] == ["30", "34", "12", "15"]


def test_one_cell_per_line_a_numbered_row_keeps_its_number_out_of_the_money() -> None:
    text = "Nr.\nMaatregel\nBijdrage (x € 1 mln)\n1\nFietspad\n2,5\n2\nOnderdoorgang\n6\n"
    assert _amounts(text) == [("2,5", (Decimal(2_500_000),)), ("6", (Decimal(6_000_000),))]


def test_between_two_numbers_and_a_scale_word_is_a_range() -> None:
    assert _words("Voor risico's is tussen de 5 en 9 miljoen nodig.") == [
        ("tussen de 5 en 9 miljoen", (Decimal(5_000_000), Decimal(9_000_000)))
    ]


def test_a_scanned_o_after_a_decimal_comma_is_a_zero() -> None:
    cleaned = clean(source_from_text("De kosten bedragen ruim € 2,O mld. in totaal.\n")).text
    assert _words(cleaned) == [("ruim € 2,0 mld.", (Decimal(2_000_000_000),))]


def test_a_bare_figure_under_a_number_cell_is_no_page_number() -> None:
    text = "Tabel (x € 1 mln)\nProject\nBudget\nRaming\nKade\n52\n49\n\nDe kade is klaar.\n"
    cleaned = clean(source_from_text(text)).text
    assert "52\n49" in cleaned
