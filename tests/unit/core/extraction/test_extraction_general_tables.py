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
