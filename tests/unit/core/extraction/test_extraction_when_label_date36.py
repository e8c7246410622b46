"""A `Wanneer:` label over a full date (`Wanneer:  dinsdag 3 juni 2031, 10.00 uur`) names the
meeting's day, not a step with a year (texts made up here)."""

import pytest
from tests.unit.core.extraction.readouts import extracted

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(
    "when",
    ["dinsdag 3 juni 2031, 10.00-12.30 uur", "3 juni 2031, Assen", "vrijdag 3 juni 2031."],
)
def test_a_full_date_after_wanneer_is_no_step(when: str) -> None:
    result = extracted(
        "Provincie Drenthe  -  Ministerie van IenW  -  gemeente Assen\n"
        "------------------------------------------------------------\n"
        "Overleg:      Bestuurlijk Overleg Leefomgeving Noord-Nederland\n"
        f"Wanneer:      {when}\n"
        "Waar:         Assen, provinciehuis\n"
        "------------------------------------------------------------\n\n"
        "N-1  Opening\n     Geen mededelingen.\n\n"
        "N-2  N33, verdubbeling\n"
        "     Rijk en regio komen overeen dat de provincie de verkenning in 2032 afrondt.\n"
    )
    assert not [d for d in result["deadlines"] if "2031" in d["as_written"]]
