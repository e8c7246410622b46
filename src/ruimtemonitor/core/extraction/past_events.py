"""Events: dated things that already happened, and the ones found beside the date grammar.

``Event`` is what the timeline reports for a past date. Besides the phrases the grammar
finds, two kinds of past years are read here: "loopt sinds 2016" and the year of an
agreement made before the letter ("de bestuursovereenkomst van 2006"), and the dates of
the documents a footnote cites ("Brief van 28 maart 2024").
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from ruimtemonitor.core.deadlines import Precision
from ruimtemonitor.core.dutch import periods
from ruimtemonitor.core.dutch.dates import DeadlineMatch, find_deadlines

from .cleaning import CleanText
from .splitting import Document
from .textutil import Spans

__all__ = ["Event", "event_of", "footnote_events", "since_years"]


@dataclass(frozen=True, slots=True)
class Event:
    """A dated thing that already happened; offsets are in the cleaned text."""

    as_written: str
    date: dt.date | None
    end_date: dt.date | None
    precision: str
    document: str
    start: int
    end: int
    original: bool = False  # offsets into the original text (a footnote), not the cleaned one


_SINCE_YEAR = re.compile(r"\b(?P<when>sinds[ \t]+(?P<year>(?:19|20)\d{2}))\b", re.IGNORECASE)
# "de bestuursovereenkomst van 2006", "de Bestuursovereenkomst Ring Zuid (2013)", "het
# startpakket van 2023", "de woondeal van 2022": the year of an agreement or package made
# before the letter; so is that of a programme or agenda it cites ("de gebiedsagenda van
# 2019", "het Regio Deal-programma van 2020", "de gebiedsagenda Kempen uit 2021").
_AGREEMENT_NOUN = (
    r"(?:overeenkomst|akkoord|convenant|verklaring|afsprakenkader|startpakket|afsprakenlijst|"
    r"deal|agenda|programma)"
)
_AGREEMENT_YEAR = re.compile(
    rf"{_AGREEMENT_NOUN}(?:[ \t\n]+[A-Z][\w'’-]*){{0,3}}[ \t\n]+"
    r"(?P<when>(?:van|uit)[ \t]+(?P<year>(?:19|20)\d{2})(?![\d/–-])|\((?P<paren>(?:19|20)\d{2})\))",
    re.IGNORECASE,
)


def since_years(text: str, document: Document, taken: list[tuple[int, int]]) -> list[Event]:
    """ "loopt sinds 2016": a year something began, which the grammar leaves to the reader."""
    out: list[Event] = []
    index = Spans(taken)
    agreed = _AGREEMENT_YEAR.finditer(text, document.start, document.end)
    for match in [*_SINCE_YEAR.finditer(text, document.start, document.end), *agreed]:
        year = int(match.group("year") or match.group("paren"))
        if document.date is not None and year > document.date.year:
            continue
        if match.re is _AGREEMENT_YEAR and (document.date is None or year >= document.date.year):
            continue
        if index.overlaps(match.start(), match.end()):
            continue
        begin, end = periods.year(year)
        out.append(
            Event(
                match.group("when"),
                begin,
                end,
                Precision.YEAR.value,
                document.identifier,
                match.start("when"),
                match.end("when"),
            )
        )
    return sorted(out, key=lambda event: event.start)


def footnote_events(clean: CleanText, documents: tuple[Document, ...]) -> list[Event]:
    """Dates of the documents a footnote cites ("Brief van 28 maart 2024"): past events.

    Footnotes live outside the running text, so these events cite original offsets.
    """
    spans = [(d, *clean.to_original(d.start, d.end)) for d in documents]
    out: list[Event] = []
    for note in clean.footnotes:
        document = next((d for d, s, _e in reversed(spans) if s <= note.marker[0]), None)
        if document is None or document.date is None:
            continue
        for match in find_deadlines(note.text, document.date):
            if match.deadline.end is not None and match.deadline.end < document.date:
                event = event_of(match, document.identifier)
                out.append(replace(event, start=note.span[0], end=note.span[1], original=True))
    return out


def event_of(match: DeadlineMatch, document: str) -> Event:
    """The event a matched time phrase stands for."""
    deadline = match.deadline
    return Event(
        deadline.as_written,
        deadline.start,
        deadline.end,
        deadline.precision.value
        if hasattr(deadline.precision, "value")
        else str(deadline.precision),
        document,
        match.start,
        match.end,
    )
