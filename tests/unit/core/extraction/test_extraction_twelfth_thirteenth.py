"""Twelfth and thirteenth blind batches: the fields besides agreements, on invented text."""

from decimal import Decimal

from tests.unit.core.extraction.readouts import extracted
from tests.unit.core.extraction.readouts import table_cells as _cells

from ruimtemonitor.core.extraction.genres import classify


def test_rows_flattened_with_single_spaces_give_their_money_cells() -> None:
    text = (
        "Overzicht bijdragen (bedragen x € 1 mln)\n"
        "Locatie Woningen Bijdrage Rijk Bijdrage regio\n"
        "Veerhaven Noord 3.200 14,5 7\n"
        "Kanaalzone (nieuw) 1.100 p.m. p.m.\n"
        "\n"
        "De bijdrage voor de Kanaalzone volgt na 12 weken toetsing 40\n"
    )
    assert _cells(text) == [("14,5", (Decimal(14_500_000),)), ("7", (Decimal(7_000_000),))]


def test_a_single_spaced_row_in_whole_euros_skips_empty_cells_and_reads_ranges() -> None:
    text = (
        "Kosten (bedragen in euro's)\n"
        "Post 2027 2028 Totaal\n"
        "Bijdrage N99 400.000 - 400.000\n"
        "\n"
        "Raming (x € 1 mln)\n"
        "Raming bandbreedte 310 - 340\n"
    )
    assert _cells(text) == [
        ("400.000", (Decimal(400_000),)),
        ("400.000", (Decimal(400_000),)),
        ("310 - 340", (Decimal(310_000_000), Decimal(340_000_000))),
    ]


def test_a_ministers_startbeslissing_is_other_and_agrees_nothing() -> None:
    text = (
        "Ministerie van Infrastructuur en Waterstaat\n\n"
        "STARTBESLISSING\n"
        "MIRT-verkenning Oeverweg Zuidrand\n\n"
        "Den Haag, 3 maart 2022\n\n"
        "De Minister van Infrastructuur en Waterstaat,\n\n"
        "gelet op de afspraken in het Bestuurlijk Overleg MIRT van 10 november 2021,\n\n"
        "BESLUIT:\n\n"
        "A.  Een verkenning te starten naar de Oeverweg Zuidrand.\n\n"
        "B.  Voor de verkenning € 3 miljoen beschikbaar te stellen; de provincie en de regio\n"
        "    spreken af € 1 miljoen bij te dragen.\n"
    )
    result = extracted(text)
    assert [d["kind"] for d in result["documents"]] == ["other"]
    assert result["agreements"] == []


def test_a_subject_naming_the_seasons_bestuurlijke_overleggen_is_a_mirt_brief() -> None:
    text = (
        "De voorzitter van de Tweede Kamer\n\n"
        "Datum     20 november 2019\n"
        "Betreft   {subject}\n\n"
        "Geachte voorzitter,\n\n"
        "Hierbij informeer ik uw Kamer over de uitkomsten.\n\n"
        "REGIO OOST\n\nRondweg Veldhoek (realisatie)\nDe bouw loopt.\n"
    )
    season = "Bestuurlijke overleggen MIRT najaar 2019"
    assert classify(text.format(subject=season), {"betreft": season}) == "mirt_brief"
    outcome = "Uitkomsten bestuurlijke overleggen MIRT najaar 2019"
    assert classify(text.format(subject=outcome), {"betreft": outcome}) == "kamerbrief"
