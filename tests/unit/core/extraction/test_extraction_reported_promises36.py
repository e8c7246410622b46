"""A minister's promise to the Kamer reported in the past tense, with the verb first after a
phrase ("In het AO … zegde de minister toe …") or after a double-barrelled name ("Minister
Van Dam-Kok zegde eerder toe …"): a toezegging (texts made up here)."""

import pytest
from tests.unit.core.extraction.readouts import parliamentary_items

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(
    "text",
    [
        "In het AO Water van 12 mei 2031 zegde de minister toe de Kamer vóór de zomer over "
        "de sluis te informeren.\n",
        "Tijdens het debat zegden de bewindspersonen toe de Tweede Kamer in het najaar te "
        "berichten over de planning.\n",
        "Minister Van Dam-Kok zegde eerder toe de Tweede Kamer voor het einde van het jaar "
        "te informeren over de tolheffing.\n",
    ],
)
def test_a_reported_past_promise_to_the_kamer(text: str) -> None:
    assert parliamentary_items(text) == [("toezegging", None)]
