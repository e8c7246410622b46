"""Agreement layouts of the second pass over the sixth blind batch: a lead-in bullet whose
sub-bullets share its undertaking out among named parties."""

import pytest

from ruimtemonitor.core.extraction import extract_text

pytestmark = pytest.mark.unit


def _agreements(text: str) -> list[dict]:
    return extract_text(text).to_json()["agreements"]


def _commitments(agreement: dict) -> list[str]:
    return [c["text"] for c in agreement["commitments"]]


SHARED_OUT = """Afsprakenlijst BO MIRT Noordwest 2031

4. Kustweg Egmond
Het project is in de verkenning. Rijk en regio spreken af dat:
- het Rijk de bijdrage van € 30 mln. vasthoudt;
- de regio een reserve voor tegenvallers vormt:
    o de provincie Noord-Holland legt 4 miljoen in de reserve;
    o de gemeente Bergen voegt er 1 miljoen euro aan toe;
- de voorkeursbeslissing in de zomer van 2032 valt.
"""


def test_sub_bullets_that_each_name_a_party_are_commitments_of_their_own() -> None:
    (agreement,) = _agreements(SHARED_OUT)
    assert _commitments(agreement) == [
        "het Rijk de bijdrage van € 30 mln. vasthoudt;",
        "de provincie Noord-Holland legt 4 miljoen in de reserve;",
        "de gemeente Bergen voegt er 1 miljoen euro aan toe;",
        "de voorkeursbeslissing in de zomer van 2032 valt.",
    ]
    owners = [c["owner"] for c in agreement["commitments"]]
    assert owners[1] != owners[2]


def test_sub_bullets_that_name_no_party_stay_parts_of_their_bullet() -> None:
    text = SHARED_OUT.replace(
        "de provincie Noord-Holland legt 4 miljoen", "deel 1 wordt in 2032 gevuld met 4 miljoen"
    )
    (agreement,) = _agreements(text)
    assert _commitments(agreement)[1] == "de regio een reserve voor tegenvallers vormt:"
    assert len(_commitments(agreement)) == 3


def test_a_single_sub_bullet_naming_a_party_stays_part_of_its_bullet() -> None:
    text = SHARED_OUT.replace("    o de gemeente Bergen voegt er 1 miljoen euro aan toe;\n", "")
    (agreement,) = _agreements(text)
    assert _commitments(agreement)[1] == "de regio een reserve voor tegenvallers vormt:"
