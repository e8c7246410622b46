"""Moments of the budget cycle as deadlines: "uiterlijk bij de Voorjaarsnota 2032", "bij de
Najaarsnota 2031", "vóór de begrotingsbehandeling" (texts made up here)."""

import pytest
from tests.unit.core.extraction.readouts import UnderHead, extracted, kamerbrief_head

pytestmark = pytest.mark.unit

_HEAD = kamerbrief_head("12 mei 2031")
_times = UnderHead(_HEAD).times


@pytest.mark.parametrize(
    ("body", "written"),
    [
        (
            "Ik zal uw Kamer uiterlijk bij de Voorjaarsnota 2032 informeren over de verdeling.",
            "uiterlijk bij de Voorjaarsnota 2032",
        ),
        (
            "De regering wordt verzocht de Kamer hierover bij de Najaarsnota\n2031 te informeren.",
            "bij de Najaarsnota 2031",
        ),
        (
            "Het kabinet neemt een besluit vóór de Miljoenennota 2032 over de dijk bij Tiel.",
            "vóór de Miljoenennota 2032",
        ),
    ],
)
def test_a_budget_document_with_its_year_after_bij_or_voor(body: str, written: str) -> None:
    deadlines, _events = _times(f"Geachte voorzitter,\n\n{body}\n")
    assert written in [" ".join(d.split()) for d in deadlines]


def test_the_next_budget_debate_without_a_year_is_a_deadline_this_year() -> None:
    result = extracted(
        _HEAD + "Geachte voorzitter,\n\nDe minister zegt toe de Kamer vóór de "
        "begrotingsbehandeling te informeren over de brug bij Zaltbommel.\n"
    )
    found = [(" ".join(d["as_written"].split()), d["end"][:4]) for d in result["deadlines"]]
    assert ("vóór de begrotingsbehandeling", "2031") in found


def test_a_budget_debate_that_was_held_is_no_deadline() -> None:
    deadlines, _events = _times(
        "Geachte voorzitter,\n\nTijdens de begrotingsbehandeling is de motie aangenomen.\n"
    )
    assert not any("begrotingsbehandeling" in d for d in deadlines)
