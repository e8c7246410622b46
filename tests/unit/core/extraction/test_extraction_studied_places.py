"""A theme of places with a MIRT phase in brackets names a project; without the phase, a long
run of words is answered at once (the pattern takes each word whole)."""

from __future__ import annotations

import pytest

from ruimtemonitor.core.extraction.project_names import _studied_places


@pytest.mark.parametrize(
    "name",
    [
        "Bereikbaarheid Veenstad - Kleidorp (MIRT-onderzoek)",
        "Bereikbaarheid Veenstad-Noord en Kleidorp/Zandwijk (verkenning)",
        "Mobiliteit Havenrade–Duinwijk (planuitwerking)",
    ],
)
def test_places_with_a_phase_in_brackets_name_a_project(name: str) -> None:
    assert _studied_places(name)


@pytest.mark.parametrize(
    "name",
    [
        "Mobiliteit Veenstad",
        "Bereikbaarheid Veenstad - Kleidorp",
        # long words and many of them, no phase: the answer comes without trying every cut
        "Bereikbaarheid " + " ".join(["Veenstadsebuitenwijkenenomstreken"] * 12),
        "Bereikbaarheid " + "-".join(["Kleidorpsebuitenwijken"] * 12) + " (studie)",
    ],
)
def test_places_without_a_phase_name_no_project(name: str) -> None:
    assert not _studied_places(name)
