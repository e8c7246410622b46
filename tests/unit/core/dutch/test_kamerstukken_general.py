"""Kamerstuk citations in the forms authors write them (numbers made up for these tests)."""

import pytest

from ruimtemonitor.core.dutch.kamerstukken import find_kamerstukken

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(
    ("text", "kst"),
    [
        ("de motie (Kamerstuk 37100 B-12) vraagt", "kst-37100-B-12"),
        ("de motie (37100-B-12) vraagt", "kst-37100-B-12"),
        ("de motie (37100-XIV-3) vraagt", "kst-37100-XIV-3"),
        ("de motie (37.100 B, nr. 12) vraagt", "kst-37100-B-12"),
        ("zie Kamerstukken II 2031/32, 37.100 XIV, nr. 3.", "kst-37100-XIV-3"),
    ],
)
def test_a_kamerstuk_in_a_shorter_or_dotted_form(text: str, kst: str) -> None:
    assert [m.kst_id for m in find_kamerstukken(text)] == [kst]


@pytest.mark.parametrize(
    "text",
    [
        "het postcodegebied 3710-AB-12 ligt in de regio",
        "zaaknummer 37100-12 van de gemeente",
        "het perceel 37.100 m2 groot",
        "de N37-1 ligt ten noorden van de A12",
    ],
)
def test_codes_that_are_no_kamerstuk(text: str) -> None:
    assert find_kamerstukken(text) == []
