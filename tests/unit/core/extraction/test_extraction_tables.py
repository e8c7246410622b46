"""Amounts in captioned tables: the caption gives the unit, the cells give bare numbers."""

from decimal import Decimal

from tests.unit.core.extraction.readouts import table_cells as _amounts


def test_cells_on_one_row_apart_by_spaces_are_each_an_amount() -> None:
    text = (
        "Bijlage  Overzicht (bedragen in mln. euro)\n\n"
        "Project                 Rijk     Regio    Totaal\n"
        "N99 Ommen–Hardenberg    120      7,5      127,5\n"
        "Station Zutphen         2,4      -        2,4\n"
    )
    assert _amounts(text) == [
        ("120", (Decimal(120_000_000),)),
        ("7,5", (Decimal(7_500_000),)),
        ("127,5", (Decimal(127_500_000),)),
        ("2,4", (Decimal(2_400_000),)),
        ("2,4", (Decimal(2_400_000),)),
    ]


def test_a_label_with_a_range_and_years_in_a_planning_table() -> None:
    text = (
        "Financiën (bedragen in miljoenen euro, prijspeil 2012)\n"
        "Taakstellend budget                 310\n"
        "Kosteninschatting                   330 – 365\n"
        "Start realisatie                    2016\n"
    )
    assert _amounts(text) == [
        ("310", (Decimal(310_000_000),)),
        ("330 – 365", (Decimal(330_000_000), Decimal(365_000_000))),
    ]


def test_numbers_without_a_money_caption_are_no_amounts() -> None:
    text = "Planning\nTracébesluit        2014\nWoningen            1200\n"
    assert _amounts(text) == []


def test_a_table_in_whole_euros_reads_only_cells_with_thousands_groups() -> None:
    text = (
        "Overzicht financiële inzet (bedragen in euro)\n\n"
        "Afspraak   Partij        Bedrag\n"
        "1          BZK           30.000.000\n"
        "2          provincie     2.500.000\n"
    )
    assert _amounts(text) == [
        ("30.000.000", (Decimal(30_000_000),)),
        ("2.500.000", (Decimal(2_500_000),)),
    ]


def test_a_header_with_a_money_column_opens_a_table_in_whole_euros() -> None:
    text = (
        "4  Financiële consequenties\n"
        "Omschrijving                              Lasten        Dekking\n"
        "Snelfietsroute                            6.300.000\n"
        "  reserve Bereikbaarheid                                6.300.000\n"
        "\n"
        "5  Risico's\n"
    )
    assert _amounts(text) == [
        ("6.300.000", (Decimal(6_300_000),)),
        ("6.300.000", (Decimal(6_300_000),)),
    ]


def test_a_caption_in_mln_euro_and_cells_with_thousands_groups() -> None:
    text = (
        "Budget (mln euro, prijspeil 2026)\n"
        "Taakstellend budget            1.285,4\n"
        "Bijdrage regio                   14,0\n"
    )
    assert _amounts(text) == [
        ("1.285,4", (Decimal(1_285_400_000),)),
        ("14,0", (Decimal(14_000_000),)),
    ]


def test_a_zero_cell_is_no_amount() -> None:
    text = (
        "Tabel 1 (bedragen x € 1 mln.)\n"
        "Project        Budget     Bijdrage derden\n"
        "Hanzelijn      1.089      0\n"
    )
    assert _amounts(text) == [("1.089", (Decimal(1_089_000_000),))]


def test_a_caption_in_thousands_of_euros_scales_by_a_thousand() -> None:
    text = (
        "Overzicht per project (x € 1.000, prijspeil 2019)\n"
        "Project                    Budget        Raming\n"
        "Westtangent Zwolle         218.400       229.150\n"
        "                                                    - 4 -\n"
        "Kanaal Almelo-De Haandrik  1.075.000     1.120.500\n"
    )
    assert _amounts(text) == [
        ("218.400", (Decimal(218_400_000),)),
        ("229.150", (Decimal(229_150_000),)),
        ("1.075.000", (Decimal(1_075_000_000),)),
        ("1.120.500", (Decimal(1_120_500_000),)),
    ]


def test_a_heading_with_thousands_and_label_value_rows() -> None:
    text = (
        "Financiering (x € 1.000)\n"
        "Taakstellend budget (prijspeil 2024)     87.250\n"
        "Bijdrage waterschap                       4.500\n"
    )
    assert _amounts(text) == [
        ("87.250", (Decimal(87_250_000),)),
        ("4.500", (Decimal(4_500_000),)),
    ]


def test_a_page_footer_after_the_table_is_no_amount() -> None:
    text = (
        "Kosten (x € mln, prijspeil 2015)\n"
        "Budget Rijk                   140,5\n"
        "Raming                        151,0\n"
        "\n"
        "Toelichting\n"
        "Het tekort wordt binnen het programma opgevangen door een andere fasering.\n"
        "\n"
        "                                                 Projectenboek 2016 | 37\n"
    )
    assert _amounts(text) == [
        ("140,5", (Decimal(140_500_000),)),
        ("151,0", (Decimal(151_000_000),)),
    ]
