"""What the extractor reads from a text, in the plain shapes the extraction tests compare.

The layout tests of each blind batch ask the same questions of `extract_text`; they share
these readouts so a change of the JSON contract is made in one place.
"""

from __future__ import annotations

from decimal import Decimal

from ruimtemonitor.core.extraction import extract_text
from ruimtemonitor.core.extraction.tables import table_amounts


def kamerbrief_head(date: str) -> str:
    """A minimal letterhead dated `date`, so times in the body resolve against it."""
    return f"De Voorzitter van de Tweede Kamer\n\nDatum {date}\nBetreft Voortgang\n\n"


def extracted(text: str) -> dict:
    return extract_text(text).to_json()


def agreements(text: str) -> list[dict]:
    return extracted(text)["agreements"]


def commitment_texts(agreement: dict) -> list[str]:
    return [c["text"] for c in agreement["commitments"]]


def amounts(text: str) -> list[tuple[str, list[int]]]:
    """Each amount as written with its values in whole euros."""
    return [
        (a["as_written"], [int(v) for v in a["values_eur"]]) for a in extracted(text)["amounts"]
    ]


def times(text: str) -> tuple[list[str], list[str]]:
    """The deadlines and the events, each as written."""
    result = extracted(text)
    return (
        [d["as_written"] for d in result["deadlines"]],
        [e["as_written"] for e in result["events"]],
    )


def table_cells(text: str) -> list[tuple[str, tuple[Decimal, ...]]]:
    """Amounts read from the tables of the whole text, each checked to quote its span."""
    found = table_amounts(text, 0, len(text))
    assert all(text[a.start : a.end] == a.as_written for a in found)
    return [(a.as_written, a.values_eur) for a in found]
