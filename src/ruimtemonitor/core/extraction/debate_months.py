"""A Kamer debate named by its month alone: "vóór het AO MIRT van december".

"De minister zegt toe de Kamer vóór het notaoverleg MIRT van november te informeren": a
debate of the Tweede Kamer (algemeen overleg, notaoverleg, commissiedebat, wetgevingsoverleg)
named by the month it is held in, without a day, after a word that makes it a time ("vóór",
"voor", "uiterlijk", "in", "tijdens", "bij"). The grammar leaves a bare "van december" alone;
here it is the next such month on or after the letter's date, a deadline. With its year ("van
juni 2032") the debate's words join the month the grammar read (the timeline drops that one).
"Vóór de begrotingsbehandeling" without a year is the next budget debate, in the letter's year.
A sentence in the past tense ("in het AO van juni heb ik toegezegd") names a debate held
before and is left to the rules for events.
"""

from __future__ import annotations

import datetime as dt
import re

from ruimtemonitor.core.deadlines import Deadline, Precision
from ruimtemonitor.core.dutch import periods
from ruimtemonitor.core.dutch.dates import FULL_MONTH, DeadlineMatch

from .past_events import Event
from .splitting import Document
from .textutil import Spans
from .time_words import is_past, sentence_around

__all__ = ["debate_months", "drop_inner_months"]

_MONTHS = {name: number for number, name in enumerate(FULL_MONTH.split("|"), start=1)}
_DEBATE = re.compile(
    r"(?<![^\W\d_])(?P<when>(?P<rel>[Vv]óór|[Vv]oor|[Uu]iterlijk(?:[ \t\n]+(?:vóór|voor|in|bij))?"
    r"|[Ii]n|[Tt]ijdens|[Bb]ij)[ \t\n]+het[ \t\n]+"
    r"(?:AO|WGO|[Aa]lgemeen[ \t\n]+[Oo]verleg|[Nn]otaoverleg|[Cc]ommissiedebat|"
    r"[Ww]etgevingsoverleg)(?:[ \t\n]+(?-i:[A-Z][\w-]*))?[ \t\n]+van[ \t\n]+"
    rf"(?P<month>{FULL_MONTH})(?:[ \t\n]+(?P<year>(?:19|20)\d{{2}}))?)(?![^\W\d_])"
    r"(?![ \t\n]*(?:\d|'\d))"
)
_RELATIONS = {"vóór": "before", "voor": "before", "uiterlijk": "by"}
# "zegt toe de Kamer vóór het notaoverleg MIRT schriftelijk te informeren": the debate named
# without month or day after a word of "before"; no "van", "op", "in" or figure follows.
_BARE_DEBATE = re.compile(
    r"(?<![^\W\d_])(?P<when>(?P<rel>[Vv]óór|[Vv]oor|[Uu]iterlijk(?:[ \t\n]+(?:vóór|voor))?)"
    r"[ \t\n]+(?:het[ \t\n]+(?:AO|WGO|[Aa]lgemeen[ \t\n]+[Oo]verleg|[Nn]otaoverleg|"
    r"[Cc]ommissiedebat|[Ww]etgevingsoverleg)"
    # "vóór de begrotingsbehandeling": the budget debate of the autumn
    r"|de[ \t\n]+begrotingsbehandeling)"
    r"(?:[ \t\n]+(?-i:[A-Z][\w-]*)|(?![ \t\n]+(?-i:[A-Z]))))(?![^\W\d_])"
    r"(?![ \t\n]*(?:\(|\d|(?:van|voor|op|in|d\.[ ]?d\.|dd|dat|over|en|of)(?![^\W\d_])))"
)


def debate_months(
    text: str, document: Document, taken: list[tuple[int, int]]
) -> list[DeadlineMatch]:
    """Each debate named by its month alone, as a deadline (module docstring)."""
    letter = document.date
    if letter is None:
        return []
    index = Spans(taken)
    out: list[DeadlineMatch] = []
    for match in _DEBATE.finditer(text, document.start, document.end):
        # "van juni 2032": the grammar has read the month and year, the debate's words are new
        if index.overlaps(
            match.start("when"), match.start("month") if match.group("year") else match.end("when")
        ):
            continue
        word = match.group("rel").split()[0].lower()
        relation = _RELATIONS.get(word, "in")
        before, after = sentence_around(text, match.start("when"), match.end("when"))
        if relation == "in" and is_past(before, after, relation, match.group("when")):
            continue  # "in het AO van juni heb ik toegezegd": a debate already held
        month = _MONTHS[match.group("month").lower()]
        year = letter.year if month >= letter.month else letter.year + 1
        year = int(match.group("year")) if match.group("year") else year
        begin, end = periods.month(year, month)
        deadline = Deadline(match.group("when"), begin, end, Precision.MONTH)
        out.append(
            DeadlineMatch(match.start("when"), match.end("when"), deadline, relation, None, None)
        )
    for match in _BARE_DEBATE.finditer(text, document.start, document.end):
        if index.overlaps(match.start("when"), match.end("when")):
            continue
        before, after = sentence_around(text, match.start("when"), match.end("when"))
        if is_past(before, after, "in", match.group("when")):
            continue  # "de Kamer is vóór het AO geïnformeerd"
        relation = _RELATIONS.get(match.group("rel").split()[0].lower(), "before")
        # the next debate of that name: some time in the rest of the letter's year
        deadline = Deadline(
            match.group("when"), letter, dt.date(letter.year, 12, 31), Precision.YEAR
        )
        out.append(
            DeadlineMatch(match.start("when"), match.end("when"), deadline, relation, None, None)
        )
    return out


def drop_inner_months(
    debates: list[DeadlineMatch],
    deadlines: list[tuple[DeadlineMatch, str]],
    events: list[Event],
    document: str,
) -> None:
    """Drop the times of ``document`` the grammar read inside a debate named with its month
    and year ("juni 2032" of "vóór het AO MIRT van juni 2032"): the debate is that time."""
    spans = [(d.start, d.end) for d in debates]

    def inner(start: int, end: int) -> bool:
        return any(s <= start and end <= e and (s, e) != (start, end) for s, e in spans)

    if spans:
        deadlines[:] = [(m, d) for m, d in deadlines if d != document or not inner(m.start, m.end)]
        events[:] = [e for e in events if e.document != document or not inner(e.start, e.end)]
