"""A label ("Vervolg:") before a sentence that says when the next meeting takes place: the
time is the deadline, the meeting's name is not one of its own (texts made up here)."""

import pytest
from tests.unit.core.extraction.readouts import UnderHead, kamerbrief_head

pytestmark = pytest.mark.unit

_times = UnderHead(kamerbrief_head("14 november 2031")).times


@pytest.mark.parametrize(
    ("body", "written"),
    [
        (
            "VERVOLG: Het volgende BO MIRT vindt plaats in het najaar van 2032. Wij houden u op "
            "de hoogte.",
            "in het najaar van 2032",
        ),
        (
            "Planning: het volgende BOL Zuid vindt naar verwachting plaats in juni 2032 in Breda.",
            "in juni 2032",
        ),
    ],
)
def test_a_labelled_next_meeting_with_its_time_gives_one_deadline(body: str, written: str) -> None:
    deadlines, _events = _times(f"Geachte voorzitter,\n\n{body}\n")
    assert deadlines == [written]


def test_a_labelled_next_meeting_without_a_time_stays_a_deadline() -> None:
    deadlines, _events = _times(
        "Geachte voorzitter,\n\nVervolg: het volgende BO MIRT. Daarna besluit de raad.\n"
    )
    assert any("BO MIRT" in d for d in deadlines)
