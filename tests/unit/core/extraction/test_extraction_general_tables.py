"""Table units written out in words (tables made up for these tests)."""

from decimal import Decimal

import pytest
from tests.unit.core.extraction.readouts import table_cells

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(
    ("caption", "exponent"),
    [
        ("Bedragen in miljoenen euro's", 6),
        ("Alle bedragen in duizenden euro", 3),
        ("Bijdragen in miljarden €:", 9),
    ],
)
def test_a_caption_naming_its_unit_in_words(caption: str, exponent: int) -> None:
    table = f"{caption}\nProject     Rijk   Regio\nWeg A       2,5    1\n"
    assert table_cells(table) == [
        ("2,5", (Decimal("2.5").scaleb(exponent),)),
        ("1", (Decimal(1).scaleb(exponent),)),
    ]


def test_a_table_of_homes_under_a_caption_in_words_has_no_sums() -> None:
    table = "Aantallen in duizenden woningen\nGebied     2031   2032\nNoord      2,5    3\n"
    assert table_cells(table) == []


def test_header_cells_with_the_scale_before_the_sign() -> None:
    table = (
        "Project                 Rijk (mln €)      Regio (mln €)\n"
        "Weg A                   12,5              4,0\n"
    )
    assert [written for written, _ in table_cells(table)] == ["12,5", "4,0"]
    assert table_cells(table)[0][1] == (Decimal(12_500_000),)


def test_header_cells_with_the_sign_alone_hold_whole_euros() -> None:
    table = "Project\tRijk (€)\tRegio (euro)\nWeg A\t12.500.000\t4.000.000\nWeg B\t2031\t12\n"
    assert table_cells(table) == [
        ("12.500.000", (Decimal(12_500_000),)),
        ("4.000.000", (Decimal(4_000_000),)),
    ]
