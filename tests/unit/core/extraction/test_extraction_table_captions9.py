"""Ninth blind batch: table captions ending in a colon and "bedragen in euro's"."""

from decimal import Decimal

from tests.unit.core.extraction.readouts import table_cells as _amounts


def test_a_worded_caption_ending_in_a_colon_gives_the_unit_of_a_tab_table() -> None:
    text = (
        "Stand van de ramingen, bedragen x € 1 mln:\n"
        "\n"
        "Onderdeel\tBudget\tDekking\n"
        "Sluis Noord\t12,5\t3,0\n"
    )
    assert _amounts(text) == [
        ("12,5", (Decimal(12_500_000),)),
        ("3,0", (Decimal(3_000_000),)),
    ]


def test_a_caption_in_euros_with_an_apostrophe_s_reads_whole_euros() -> None:
    text = (
        "Kosten (bedragen in euro's)\n"
        "onderdeel | 2031 | 2032\n"
        "fietsbrug | 820.000 | -\n"
        "onderhoud | 45 | 130.000\n"
    )
    assert _amounts(text) == [
        ("820.000", (Decimal(820_000),)),
        ("130.000", (Decimal(130_000),)),
    ]
