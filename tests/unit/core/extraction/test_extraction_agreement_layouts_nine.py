"""Agreement layouts of the ninth blind batch: covenants announced in capitals without a
colon, labelled blocks "Nr. / Titel / Afspraak", inline action paragraphs "Wat: … Wie: …"
(see docs/extraction.md, "Ninth blind batch: agreements, commitments, kinds and dates")."""

import pytest

from ruimtemonitor.core.extraction import extract_text

pytestmark = pytest.mark.unit


def _json(text: str) -> dict:
    return extract_text(text).to_json()


def _agreements(text: str) -> list[dict]:
    return _json(text)["agreements"]


def _commitments(agreement: dict) -> list[str]:
    return [c["text"] for c in agreement["commitments"]]


CAPITAL_COVENANT = """SAMENWERKINGSOVEREENKOMST
Fietsbrug over de Vecht

DE ONDERGETEKENDEN

- de provincie Utrecht, hierna: de provincie;
- de gemeente Maarssen, hierna: de gemeente;

NEMEN IN AANMERKING
- dat de oude pont niet meer voldoet;

KOMEN HET VOLGENDE OVEREEN

ARTIKEL 1 – DOEL
Deze overeenkomst regelt de bouw van een fietsbrug.

ARTIKEL 2 – TAKEN
1. De provincie ontwerpt de brug en vraagt de vergunningen aan.
2. De gemeente legt de aansluitende fietspaden aan.

ARTIKEL 3 – SLOTBEPALINGEN
Deze overeenkomst eindigt op 31 december 2031.
"""


def test_capital_announcing_line_without_colon_opens_the_articles() -> None:
    found = _agreements(CAPITAL_COVENANT)
    assert [(a["number"], a["title"]) for a in found] == [("2", "TAKEN")]
    assert len(_commitments(found[0])) == 2
