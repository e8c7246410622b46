"""A letter's past dates never become deadlines in the register (contract 1.2 time rules)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from ruimtemonitor.documents.models import Mention, MentionKind
from ruimtemonitor.ingestion.services import ingest_paths
from ruimtemonitor.register.models import Commitment

pytestmark = pytest.mark.integration

LETTER = """Ruimtelijk Arrangement Rijk – Provincie Overijssel

Datum: 2 juni 2025

1. Wonen

Afspraak 1.1 Woningbouw
Beleidsafspraak
Betrokken departementen: VRO

Rijk en provincie spreken af:
• Conform de Woontopafspraken van 11 december 2024 bouwt de provincie 40.000 woningen.
• De provincie rapporteert de voortgang uiterlijk 1 juli 2026 aan VRO.
• Op 9 september 2024 heeft de commissie een advies uitgebracht over de locaties.
"""


def test_only_what_is_still_to_be_done_gets_a_deadline(reference_data, tmp_path: Path) -> None:
    path = tmp_path / "arrangement-overijssel.txt"
    path.write_text(LETTER, encoding="utf-8")
    assert ingest_paths([path], queue=False).ok
    deadlines = {
        c.text[:20]: (c.deadline.as_written, c.deadline.end) if c.deadline else None
        for c in Commitment.objects.all()
    }
    assert deadlines == {
        "Conform de Woontopaf": None,
        "De provincie rapport": ("uiterlijk 1 juli 2026", dt.date(2026, 7, 1)),
        "Op 9 september 2024 ": None,
    }
    stored = set(
        Mention.objects.filter(kind=MentionKind.DEADLINE).values_list("as_written", flat=True)
    )
    assert stored == {"uiterlijk 1 juli 2026"}
