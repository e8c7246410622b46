"""A promise with a time that an enclosed note keeps ("Met de bijgevoegde notitie doen wij
deze toezegging gestand.") leaves no deadline (texts made up here)."""

import pytest
from tests.unit.core.extraction.readouts import extracted, kamerbrief_head

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(
    "kept",
    [
        "Met de bijgevoegde notitie doen wij deze toezegging gestand.",
        "Met bijgevoegde notitie doen wij dat.",
    ],
)
def test_a_promise_kept_by_an_enclosed_note(kept: str) -> None:
    body = (
        "Over de verbreding heeft de Kamer een toezegging van ons ontvangen in het AO van "
        "3 juni jl.:\nwij zouden de varianten voor de ringweg voor het einde van het jaar\n"
        f"voorleggen. {kept}\n"
    )
    result = extracted(kamerbrief_head("20 november 2031") + body)
    times = result["deadlines"] + result["events"]
    assert not [d for d in times if "einde" in d["as_written"]]
