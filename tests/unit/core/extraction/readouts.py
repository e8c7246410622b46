"""What the extractor reads from a text, in the plain shapes the extraction tests compare.

The layout tests of each blind batch ask the same questions of `extract_text`; they share
these readouts so a change of the JSON contract is made in one place.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from ruimtemonitor.core.dutch.dates import find_deadlines
from ruimtemonitor.core.extraction import extract_text
from ruimtemonitor.core.extraction.project_reader import read_projects
from ruimtemonitor.core.extraction.splitting import Document
from ruimtemonitor.core.extraction.tables import table_amounts


def kamerbrief_head(date: str) -> str:
    """A minimal letterhead dated `date`, so times in the body resolve against it."""
    return f"De Voorzitter van de Tweede Kamer\n\nDatum {date}\nBetreft Voortgang\n\n"


# A Kamerbrief's head with a date, above a body that cites motions and promises.
PROGRESS_LETTER_HEAD = (
    "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDatum 4 april 2031\n"
    "Betreft Voortgang voorbeeldprogramma\n\nGeachte voorzitter,\n\n"
)


def parliamentary_items(body: str) -> list[tuple[str, str | None]]:
    """Each parliamentary item of a progress letter with ``body``: its kind and kamerstuk."""
    result = extracted(PROGRESS_LETTER_HEAD + body)
    return [(item["kind"], item["kamerstuk"]) for item in result["parliamentary_items"]]


def extracted(text: str) -> dict:
    return extract_text(text).to_json()


def project_names(text: str) -> list[str]:
    return [p["name"] for p in extracted(text)["projects"]]


def project_phases(text: str) -> dict[str, str | None]:
    return {p["name"]: p["phase"] for p in extracted(text)["projects"]}


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


def whole_document(text: str, kind: str = "other") -> Document:
    """``text`` as one document of ``kind``, with no title or date."""
    return Document(0, kind, "", None, "", "", 0, len(text))


def read_project_phases(text: str, kind: str = "other") -> list[tuple[str, str | None]]:
    """Each project the general reader finds in ``text`` read as one document of ``kind``:
    its name and phase."""
    return [(p.name, p.phase) for p in read_projects(text, whole_document(text, kind))]


class UnderHead:
    """The amounts and times of a body written under ``head`` (times in the body resolve
    against its date); a test may give a head of its own."""

    def __init__(self, head: str) -> None:
        self.head = head

    def amounts(self, body: str, head: str | None = None) -> list[tuple[str, list[int]]]:
        return amounts((self.head if head is None else head) + body)

    def times(self, body: str, head: str | None = None) -> tuple[list[str], list[str]]:
        return times((self.head if head is None else head) + body)


def table_cells(text: str) -> list[tuple[str, tuple[Decimal, ...]]]:
    """Amounts read from the tables of the whole text, each checked to quote its span."""
    found = table_amounts(text, 0, len(text))
    assert all(text[a.start : a.end] == a.as_written for a in found)
    return [(a.as_written, a.values_eur) for a in found]


def deadline_spans(
    text: str, ref: dt.date | None
) -> list[tuple[str, dt.date | None, dt.date | None]]:
    """Each time the date grammar reads in ``text``: as written, first and last day."""
    return [
        (m.deadline.as_written, m.deadline.start, m.deadline.end) for m in find_deadlines(text, ref)
    ]
