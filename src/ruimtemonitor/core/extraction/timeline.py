"""Stage 9: which dates are deadlines and which are events, seen from the letter's own date.

``core.dutch.find_deadlines`` finds every time phrase. A register that called all of them
deadlines would make a project overdue because a letter mentions an advice given in 2008,
so each phrase is put in one of four places:

* dropped: the letter's own date, a label line (Datum, Betreft, Kenmerk), a BO meeting
  that took place (those are ``meetings``);
* an **event** when it lies wholly before the letter's date, or around it and the sentence
  speaks in the past tense ("is op 15 april gestart", "vond plaats", "sinds", "jl.");
* a **deadline** otherwise: later than the letter's date, or undated words about what is
  still to happen ("uiterlijk", "vóór", "voorzien", "wordt verwacht", planning lines).

Planning lines of project pages ("2027: Tracébesluit", "2020-2022: openstelling fase 1")
are read here too, because the grammar rightly ignores a bare year in running text.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from ruimtemonitor.core.deadlines import Deadline, Precision
from ruimtemonitor.core.dutch import periods
from ruimtemonitor.core.dutch.dates import DeadlineMatch

from .splitting import Document
from .textutil import iter_lines

__all__ = ["Event", "Timeline", "split_times"]

_LABEL_LINE = re.compile(
    r"^\s*(?:datum|betreft|onderwerp|(?:ons\s+|uw\s+)?kenmerk|stand\s+van\s+zaken|"
    r"bijgewerkt|peildatum|vergaderdatum|versie|laatst\s+gewijzigd|den\s+haag\s*,)\b",
    re.IGNORECASE,
)
_PAST = re.compile(
    r"\b(?:is|zijn|werd|werden|was|waren|heeft|hebben|had|hadden)\b[^.;]{0,80}?"
    r"\b(?:ge[a-zë]{2,}(?:d|t|en)|vastgesteld|besloten|vastgelegd|ondertekend|afgerond|"
    r"opgeleverd|uitgebracht|aangenomen|ingediend|verschenen|verstuurd|toegezegd|afgesproken|"
    r"opengesteld|ontvangen|ingestemd|verleend|bekrachtigd|aanbesteed|overeengekomen|"
    r"onderzocht|besproken|ontvangen|ingediend|ondertekend)\b"
    r"|\b(?:vond(?:en)?|plaatsvond|plaatsgevonden|sinds|jl\.|jongstleden|afgelopen|destijds|"
    r"eerder|reeds|inmiddels)\b",
    re.IGNORECASE,
)
_FUTURE = re.compile(
    r"\b(?:zal|zullen|wordt|worden|gaat|gaan|moet|moeten|komt|komen|volgt|volgen|verwacht|"
    r"voorzien|gepland|beoogd|streven|streeft|uiterlijk|naar\s+verwachting|start|starten|"
    r"kiest|neemt|levert|leveren|informeer|informeren|stuurt|sturen|besluit|besluiten|"
    r"spreken\s+af|komen\s+overeen|bespreek|bespreken)\b",
    re.IGNORECASE,
)
_FORWARD_RELATIONS = frozenset({"by", "before", "until", "from", "after"})
_CITED = re.compile(
    r"\b(?:brief|brieven|besluit|akkoord|regeerakkoord|coalitieakkoord|overleg|debat|"
    r"vergadering|afspraken|woontopafspraken|verslag|advies|motie|kamerbrief|uitspraak|"
    r"nota|rapport)\s+(?:\w+\s+){0,3}(?:van|d\.d\.)\s*$",
    re.IGNORECASE,
)
_SINCE = re.compile(r"\b(?:sinds|vanaf)\s*$", re.IGNORECASE)
_PLANNING_LINE = re.compile(
    r"^[ \t]*(?:[•\-–][ \t]*)?(?P<when>(?:(?P<q>Q[1-4]|[1-4]e[ \t]+kwartaal)[ \t]+)?"
    r"(?P<y1>(?:19|20)\d{2})(?:[ \t]*[-–/][ \t]*(?P<y2>(?:19|20)\d{2}))?)[ \t]*[:–-][ \t]*"
    r"(?P<what>\S[^\n]{2,160})$",
    re.MULTILINE,
)


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


@dataclass(frozen=True, slots=True)
class Timeline:
    deadlines: tuple[tuple[DeadlineMatch, str], ...]
    events: tuple[Event, ...]


def _sentence(text: str, start: int, end: int) -> tuple[str, str]:
    """The words of the sentence before and after a phrase (within its paragraph)."""
    left = max(
        text.rfind(". ", 0, start), text.rfind("\n\n", 0, start), text.rfind("\n•", 0, start)
    )
    right_candidates = [i for i in (text.find(". ", end), text.find("\n\n", end)) if i >= 0]
    right = min(right_candidates) if right_candidates else len(text)
    return text[max(left, 0, start - 300) : start], text[end : min(right, end + 300)]


def _line_of(text: str, offset: int) -> str:
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return text[start : end if end >= 0 else len(text)]


def _is_past(before: str, after: str, relation: str) -> bool:
    if _SINCE.search(before):
        return True
    if relation in _FORWARD_RELATIONS:
        return False
    words = f"{before} @ {after}"
    past = _PAST.search(words)
    future = _FUTURE.search(words)
    if past and not future:
        return True
    if past and future:
        # The verb nearest to the date decides: "is in 2019 gestart; de bouw start in 2024".
        at = len(before) + 1
        return abs(past.start() - at) < abs(future.start() - at)
    return False


def split_times(
    text: str,
    documents: tuple[Document, ...],
    found: tuple[tuple[DeadlineMatch, str], ...],
    meetings: tuple[tuple[Any, str], ...],
) -> Timeline:
    """Sort every time phrase into deadlines and events (rules in the module docstring)."""
    dates = {d.identifier: d.date for d in documents}
    meeting_days = {(doc, m.date) for m, doc in meetings}
    meeting_spans = [(m.start, m.end, doc) for m, doc in meetings]
    deadlines: list[tuple[DeadlineMatch, str]] = []
    events: list[Event] = []
    taken: list[tuple[int, int]] = []
    for match, doc in found:
        deadline = match.deadline
        letter = dates.get(doc)
        start_day, end_day = deadline.start, deadline.end
        line = _line_of(text, match.start)
        if _LABEL_LINE.match(line):
            continue
        if letter is not None and start_day == end_day == letter and match.relation == "in":
            continue  # the letter's own date, repeated
        if (
            match.meeting is None
            and (doc, start_day) in meeting_days
            and any(s <= match.start < e and d == doc for s, e, d in meeting_spans)
        ):
            continue  # a meeting that took place: reported under meetings
        before, after = _sentence(text, match.start, match.end)
        past = _is_past(before, after, match.relation)
        cited = bool(_CITED.search(before)) and match.relation == "in"
        if letter is not None and end_day is not None and end_day < letter:
            events.append(_event(match, doc))
        elif letter is not None and start_day is not None and start_day > letter:
            deadlines.append((match, doc))
        elif past or cited:
            events.append(_event(match, doc))
        else:
            deadlines.append((match, doc))
        taken.append((match.start, match.end))
    for document in documents:
        for match in _planning_lines(text, document, taken):
            deadline = match.deadline
            letter = document.date
            if letter is not None and deadline.end is not None and deadline.end < letter:
                events.append(_event(match, document.identifier))
            else:
                deadlines.append((match, document.identifier))
    deadlines.sort(key=lambda item: item[0].start)
    events.sort(key=lambda e: e.start)
    return Timeline(tuple(deadlines), tuple(events))


def _event(match: DeadlineMatch, document: str) -> Event:
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


def _planning_lines(
    text: str, document: Document, taken: list[tuple[int, int]]
) -> list[DeadlineMatch]:
    """ "2027: Tracébesluit" lines, when the grammar has not already read their date."""
    out: list[DeadlineMatch] = []
    for line_start, line_end in iter_lines(text, document.start, document.end):
        match = _PLANNING_LINE.match(text, line_start, line_end)
        if match is None or any(
            s < match.end("when") and match.start("when") < e for s, e in taken
        ):
            continue
        first = int(match.group("y1"))
        last = int(match.group("y2") or first)
        if last < first:
            continue
        quarter = match.group("q")
        if quarter:
            number = int(quarter[1] if quarter.upper().startswith("Q") else quarter[0])
            begin, end = periods.quarter(last, number)
            precision = Precision.QUARTER
        else:
            begin, end = periods.year(first)[0], periods.year(last)[1]
            precision = Precision.YEAR
        written = match.group("when")
        deadline = Deadline(written, begin, end, precision)
        out.append(
            DeadlineMatch(match.start("when"), match.end("when"), deadline, "in", None, None)
        )
    return out
