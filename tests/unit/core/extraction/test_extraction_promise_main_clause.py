"""A promise to the Kamer in the main clause after a phrase that names a motion ("Bij de
behandeling van de motie-X (…) heeft de minister toegezegd de Kamer … te informeren"): the
motion and the promise are two items (texts made up here)."""

import pytest
from tests.unit.core.extraction.readouts import parliamentary_items

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(
    ("sentence", "kst"),
    [
        (
            "Bij de behandeling van de motie-De Wit (Kamerstukken 36 410 A, nummer 12) over de "
            "Maaslijn heeft de minister toegezegd de Kamer vóór de zomer te informeren.",
            "kst-36410-A-12",
        ),
        (
            "Naar aanleiding van de motie Jansen c.s. (Kamerstuk 35 300 XII, nr. 44) hebben de "
            "bewindspersonen toegezegd de Tweede Kamer in het najaar te berichten.",
            "kst-35300-XII-44",
        ),
    ],
)
def test_a_motion_and_a_promise_in_the_main_clause_are_two_items(sentence: str, kst: str) -> None:
    assert parliamentary_items(sentence + "\n") == [("motie", kst), ("toezegging", None)]


def test_a_promise_to_carry_out_the_motion_is_no_promise_to_the_kamer() -> None:
    assert parliamentary_items(
        "Bij de behandeling van de motie-De Wit (Kamerstukken 36 410 A, nummer 12) heeft de "
        "minister toegezegd de motie uit te voeren.\n"
    ) == [("motie", "kst-36410-A-12")]
