"""Stage 8: amounts, deadlines, parliamentary items, parties and areas, via ``core.dutch``.

The Dutch value parsers (money, dates, Kamerstukken, names) live in
``ruimtemonitor.core.dutch`` and are shared with the rest of the product; this
module only runs them per document and attaches what each match is *about*:
the innermost agreement, project or section around it. The parsers take any text:
what they cannot read they leave out (an impossible date becomes a note on its match), so
an exception from one is a bug and is not caught here.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from ruimtemonitor.core.dutch.amounts import find_amounts
from ruimtemonitor.core.dutch.dates import find_deadlines
from ruimtemonitor.core.dutch.gazetteer import find_areas, find_parties
from ruimtemonitor.core.dutch.meetings import find_meetings, meeting_of_minutes
from ruimtemonitor.core.dutch.previous_minutes import previous_minutes

from .cleaning import CleanText
from .parliament_items import ParliamentaryItem, find_parliamentary_items
from .splitting import Document
from .tables import table_amounts

__all__ = ["About", "Entities", "ParliamentaryItem", "find_entities"]


@dataclass(frozen=True, slots=True)
class About:
    """What a value is about: a stable identifier and a short label."""

    identifier: str
    label: str


@dataclass(frozen=True, slots=True)
class Entities:
    """Matches from ``core.dutch`` (their own dataclasses), each with its document id."""

    amounts: tuple[tuple[Any, str], ...]
    deadlines: tuple[tuple[Any, str], ...]
    parliamentary: tuple[ParliamentaryItem, ...]
    parties: tuple[tuple[Any, str], ...]
    areas: tuple[tuple[Any, str], ...]
    meetings: tuple[tuple[Any, str], ...] = ()


def _shifted(match: Any, offset: int) -> Any:
    """``core.dutch`` matches are frozen dataclasses with start/end: move them to bundle offsets."""
    return replace(match, start=match.start + offset, end=match.end + offset)


def _run(
    parser: Callable[..., list[Any]], text: str, document: Document, *args: object
) -> list[tuple[Any, str]]:
    """One parser over one document's text, its matches moved to offsets in the whole text."""
    matches = parser(text[document.start : document.end], *args)
    return [(_shifted(m, document.start), document.identifier) for m in matches]


_SUBJECT = re.compile(r"(?:^|\n)[ \t]*(?:onderwerp|betreft)[ \t]*:?[ \t]*(?:\w+[ \t]+)?$", re.I)


def find_entities(clean: CleanText, documents: tuple[Document, ...]) -> Entities:
    """Run every Dutch value parser over each document of the cleaned text."""
    text = clean.text
    amounts: list[tuple[Any, str]] = []
    deadlines: list[tuple[Any, str]] = []
    parties: list[tuple[Any, str]] = []
    areas: list[tuple[Any, str]] = []
    parliamentary: list[ParliamentaryItem] = []
    meetings: list[tuple[Any, str]] = []
    reported: set[tuple[Any, Any]] = set()  # (kind, date) of the meetings found so far
    for document in documents:
        cells = table_amounts(text, document.start, document.end)
        # "€ 12,0" in a cell under "(x € 1 mln)": the table's unit scales it
        scaled = {(m.start, m.end): m for m in cells}
        in_text = [
            (scaled.get((m.start, m.end), m), d) for m, d in _run(find_amounts, text, document)
        ]
        spans = [(m.start, m.end) for m, _ in in_text]
        in_tables = [
            (m, document.identifier)
            for m in cells
            if not any(s < m.end and m.start < e for s, e in spans)
        ]
        amounts.extend(sorted(in_text + in_tables, key=lambda pair: pair[0].start))
        deadlines.extend(_run(find_deadlines, text, document, document.date))
        parties.extend(_run(find_parties, text, document))
        areas.extend(_run(find_areas, text, document))
        parliamentary.extend(find_parliamentary_items(clean, document))
        year = document.date.year if document.date else None
        body = text[document.start : document.end]
        found = find_meetings(body, year=year, before=document.date)
        if document.kind == "afsprakenlijst" and document.date is not None:
            own = meeting_of_minutes(body, document.date)
            # A letter that forwards the list has already reported its meeting.
            if (
                own is not None
                and (own.kind, own.date) not in reported
                and not any(m.kind == own.kind and m.date == own.date for m in found)
                # "Onderwerp: afsprakenlijst BO MIRT Noord van 3 juni": the subject dates the BO
                and not any(_SUBJECT.search(body, max(0, m.start - 40), m.start) for m in found)
            ):
                found.insert(0, own)
            if own is not None:  # "Het verslag van 4 juni 2026 wordt vastgesteld."
                known = {(m.kind, m.date) for m in found} | reported
                found.extend(
                    m
                    for m in previous_minutes(body, own, document.date)
                    if (m.kind, m.date) not in known
                )
        meetings.extend((_shifted(m, document.start), document.identifier) for m in found)
        noted = _footnote_meetings(clean, document, {(m.kind, m.date) for m in found})
        meetings.extend((m, document.identifier) for m in noted)
        reported.update((m.kind, m.date) for m in [*found, *noted])
    return Entities(
        tuple(amounts),
        tuple(deadlines),
        tuple(parliamentary),
        tuple(parties),
        tuple(areas),
        tuple(meetings),
    )


def _footnote_meetings(
    clean: CleanText, document: Document, known: set[tuple[str, dt.date]]
) -> list[Any]:
    """A BO or BOL a footnote of the document cites with its date ("Zie ook de afspraken in
    het BOL Oost van 3 maart"): a meeting that took place, placed at the footnote's marker."""
    out: list[Any] = []
    year = document.date.year if document.date else None
    for note in clean.footnotes:
        marker = next((m for m in clean.markers if m.span == note.marker), None)
        if marker is None or not document.start <= marker.clean_offset <= document.end:
            continue
        for meeting in find_meetings(note.text, year=year, before=document.date):
            if (meeting.kind, meeting.date) not in known:
                known.add((meeting.kind, meeting.date))
                at = marker.clean_offset
                out.append(replace(meeting, start=at, end=at))
    return out


def deadline_dict(match: Any) -> dict[str, Any]:
    """A ``DeadlineMatch``'s deadline as the JSON contract wants it (ISO dates)."""
    deadline = getattr(match, "deadline", None)
    if deadline is not None and hasattr(deadline, "to_dict"):
        data = deadline.to_dict()
        return {
            "as_written": data["as_written"],
            "start": data["start"],
            "end": data["end"],
            "precision": data["precision"],
        }
    start = getattr(match, "start_date", None)
    return {
        "as_written": getattr(match, "as_written", ""),
        "start": start.isoformat() if isinstance(start, dt.date) else None,
        "end": None,
        "precision": "unknown",
    }
