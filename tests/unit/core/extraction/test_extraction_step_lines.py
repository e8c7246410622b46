"""A planning of numbered steps, each with its year: "Stap 2 (2027)  projectbesluit ....
gepland" and "Fase 3: 2029 – oplevering"; a step the line marks done is an event (texts made
up here)."""

import pytest
from tests.unit.core.extraction.readouts import UnderHead, kamerbrief_head

pytestmark = pytest.mark.unit

_times = UnderHead(kamerbrief_head("3 september 2026")).times


def test_steps_with_their_year_in_brackets_and_a_status_after_a_dot_leader() -> None:
    deadlines, events = _times(
        "Geachte voorzitter,\n\nDe stand van de vaarweg:\n\n"
        "  Stap 1 (2019)  startbeslissing ............. afgerond\n"
        "  Stap 2 (2026)  start aanbesteding .......... afgerond\n"
        "  Stap 3 (2027)  gunning ..................... gepland\n"
        "  Stap 4 (2030)  openstelling ................ gepland\n\n"
        "De kosten vallen mee.\n"
    )
    assert deadlines == ["Stap 3 (2027)", "Stap 4 (2030)"]
    assert events == ["Stap 1 (2019)", "Stap 2 (2026)"]


def test_phases_with_their_year_after_a_colon() -> None:
    deadlines, events = _times(
        "Geachte voorzitter,\n\nDe planning van de dijk:\n\n"
        "Fase 1: 2024 – verkenning\nFase 2: 2028 – realisatie\n\nDe kosten vallen mee.\n"
    )
    assert deadlines == ["Fase 2: 2028"]
    assert events == ["Fase 1: 2024"]


def test_a_step_in_running_text_is_no_planning_line() -> None:
    deadlines, _events = _times(
        "Geachte voorzitter,\n\nStap 2 (zie bijlage) is in 2027 klaar, zoals gemeld.\n"
    )
    assert not any(d.startswith("Stap") for d in deadlines)
