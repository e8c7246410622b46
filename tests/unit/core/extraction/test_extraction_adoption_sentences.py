"""Minutes that say in a sentence they were adopted later ("Deze afsprakenlijst is vastgesteld
door de voorzitters op 2 december"): the adoption is done, an event (texts made up here)."""

from __future__ import annotations

import pytest
from tests.unit.core.extraction.readouts import times

pytestmark = pytest.mark.unit

_MINUTES = (
    "BO MIRT Zuid 2031 - Afsprakenlijst\n"
    "Overleg in Tilburg, donderdag 13 november 2031\n\n"
    "1. N65 Vught - Tilburg\n"
    "   Partijen komen overeen dat de provincie € 3 mln bijdraagt.\n\n"
    "{foot}\n"
)


@pytest.mark.parametrize(
    ("foot", "written"),
    [
        (
            "Colofon\nDeze afsprakenlijst is vastgesteld door de voorzitters op 2 december\n2031.",
            "op 2 december\n2031",
        ),
        (
            "Het verslag werd goedgekeurd door beide partijen op 27 november 2031.",
            "op 27 november 2031",
        ),
        (
            "Deze besluitenlijst is schriftelijk vastgesteld door de stuurgroep op 4-12-2031.",
            "op 4-12-2031",
        ),
    ],
)
def test_an_adoption_told_in_a_sentence_is_an_event(foot: str, written: str) -> None:
    deadlines, events = times(_MINUTES.format(foot=foot))
    flat = " ".join(written.split())
    assert flat in [" ".join(e.split()) for e in events]
    assert flat not in [" ".join(d.split()) for d in deadlines]


def test_a_plan_to_be_adopted_later_stays_a_deadline() -> None:
    deadlines, _events = times(
        _MINUTES.format(foot="De gemeenteraad stelt het plan vast op 9 december 2031.")
    )
    assert "op 9 december 2031" in deadlines
