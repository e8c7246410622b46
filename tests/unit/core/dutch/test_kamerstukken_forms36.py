"""Kamerstuk citations with a kind word, a semicolon or a spaced hyphen (numbers made up)."""

import pytest

from ruimtemonitor.core.dutch.kamerstukken import find_kamerstukken

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(
    ("text", "kst"),
    [
        # the kind of paper between the letter and "nr."
        ("de motie van het lid Bakker (37 400 B, motie nr. 17) vraagt", "kst-37400-B-17"),
        ("het amendement (38 120 XII, amendement nr. 9) regelt", "kst-38120-XII-9"),
        # a semicolon before "nr."
        ("De motie-Jansen (34 800-A; nr. 22) over de brug", "kst-34800-A-22"),
        ("zie (36 010 C; nr. 5).", "kst-36010-C-5"),
        # a hyphen with blanks around it
        ("De motie Smit (TK 33250 A - 81) vroeg", "kst-33250-A-81"),
        ("de motie (35 470 XII - 6) vraagt", "kst-35470-XII-6"),
    ],
)
def test_a_kamerstuk_with_a_kind_word_semicolon_or_spaced_hyphen(text: str, kst: str) -> None:
    assert [m.kst_id for m in find_kamerstukken(text)] == [kst]


@pytest.mark.parametrize(
    "text",
    [
        "de afrit (km 12 - 14) ligt verderop",
        "in de periode (2024 - 2026) loopt het",
        "het perceel (37 100 m2; nr. 4 van de kaart) ligt",
    ],
)
def test_ranges_and_parcels_are_no_kamerstuk(text: str) -> None:
    assert find_kamerstukken(text) == []
