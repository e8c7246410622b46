"""Stage 9: which dates are deadlines and which are events, seen from the letter's own date.

``core.dutch.find_deadlines`` finds every time phrase. A register that called all of them
deadlines would make a project overdue because a letter mentions an advice given in 2008,
so each phrase is put in one of three places:

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
from bisect import bisect_left
from dataclasses import dataclass, replace
from typing import Any

from ruimtemonitor.core.deadlines import Deadline, Precision
from ruimtemonitor.core.dutch import periods
from ruimtemonitor.core.dutch.dates import DeadlineMatch, find_deadlines

from .cleaning import CleanText
from .patterns import CELL_SEPARATOR
from .splitting import Document
from .textutil import Spans, iter_lines

__all__ = ["Event", "Timeline", "split_times"]

_LABEL_LINE = re.compile(
    # "Datum raadsvergadering 6 juli 2016" is the council's decision ahead, not a label
    r"^\s*(?:datum(?![ \t]+raadsvergadering)|betreft|onderwerp|(?:ons\s+|uw\s+)?kenmerk|"
    r"stand\s+van\s+zaken|bijgewerkt|peildatum|vergaderdatum|versie|laatst\s+gewijzigd|"
    r"laatste\s+wijziging|geprint|afgedrukt|den\s+haag\s*,)\b",
    re.IGNORECASE,
)
_PAST = re.compile(
    r"\b(?:is|zijn|werd|werden|was|waren|heb|hebt|heeft|hebben|had|hadden)\b[^.;]{0,80}?"
    r"\b(?:(?:aan|af|op|toe|in|uit|vast|door|mee|bij|terug|om)?ge[a-zë]{2,}(?:d|t|en)|"
    r"verdeeld|vergroot|verbeterd|verplaatst|verworven|vastgesteld|besloten|vastgelegd|ondertekend|afgerond|"
    r"opgeleverd|uitgebracht|aangenomen|ingediend|verschenen|verstuurd|toegezegd|afgesproken|"
    r"opengesteld|ontvangen|ingestemd|verleend|bekrachtigd|aanbesteed|overeengekomen|"
    r"onderzocht|besproken|vervangen|verlengd|verbreed|verdiept|vernieuwd|verschoven|"
    r"vertraagd|uitgesteld|besteed|bereikt|beëindigd|overgedragen|opgeheven|uitgevoerd|"
    r"gepubliceerd|bezocht|benoemd|betaald|bevestigd|verkend|verzonden|verricht|overhandigd|"
    r"aangeboden|bijgesteld|bekendgemaakt)\b"
    r"|\b(?:vond(?:en)?|plaatsvond|plaatsgevonden|sinds|jl\.|jongstleden|afgelopen|destijds|"
    r"eerder|reeds|inmiddels)\b"
    # the simple past: "Begin november bezocht ik de regio"
    r"|\b(?:bezocht(?:en)?|sprak(?:en)?|besloot|stuurde[n]?|stelde[n]?\s+\w+\s+vast|"
    r"startte[n]?|begon(?:nen)?|ondertekende[n]?|tekende[n]?|ontving(?:en)?|verscheen|"
    r"verschenen|informeerde[n]?|opende[n]?|leverde[n]?\s+\w+\s+op)\b",
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
_RELATION_START = re.compile(
    r"^(?:in|voor|vóór|tijdens|op|uiterlijk|na|met|bij|tot|vanaf|per|rond|richting|eind|"
    r"begin|medio|uiterlijk|aan)\b",
    re.IGNORECASE,
)
_RELATION_BEFORE = re.compile(r"(?<![^\W\d_])(?:aan|in|voor|vóór|tijdens)[ \t\n]+$", re.I)
_DATED_AFTER = re.compile(
    r"\b(?:op|van)\s+\d{1,2}\s+(?:januari|februari|maart|april|mei|juni|juli|augustus|"
    r"september|oktober|november|december)",
    re.IGNORECASE,
)
_YEAR = re.compile(r"(?:19|20)\d{2}|\b(?:dit|volgend|vorig|komend)e?\s+jaar\b", re.IGNORECASE)
_PAST_MARK = re.compile(r"\b(?:jl\.|jongstleden|afgelopen|vorig(?:e)?)(?!\w)", re.IGNORECASE)
_SINCE = re.compile(r"\b(?:sinds|vanaf)\s*$", re.IGNORECASE)
# "2027: Tracébesluit", "2020-2022: openstelling", "• 2010 voorkeursbeslissing" (a bullet
# list of milestones needs no colon).
_PLANNING_LINE = re.compile(
    r"^[ \t]*(?:(?P<bullet>[•\-–])[ \t]*)?(?P<when>(?:(?P<q>Q[1-4]|[1-4]e[ \t]+kwartaal)[ \t]+)?"
    r"(?P<y1>(?:19|20)\d{2})(?:[ \t]*[-–/][ \t]*(?P<y2>(?:19|20)\d{2}))?)"
    r"(?:[ \t]*[:–-][ \t]*|(?(bullet)[ \t]+(?=[a-zà-ÿ])|(?!)))"
    r"(?P<what>[^\W\d_][^\n]{2,160})$",  # a milestone in words, not "2024-0000351726"
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
    original: bool = False  # offsets into the original text (a footnote), not the cleaned one


@dataclass(frozen=True, slots=True)
class Timeline:
    deadlines: tuple[tuple[DeadlineMatch, str], ...]
    events: tuple[Event, ...]


def _sentence(text: str, start: int, end: int) -> tuple[str, str]:
    """The words of the sentence before and after a phrase (within its paragraph)."""
    left = max(
        text.rfind(". ", 0, start),
        text.rfind("; ", max(0, start - 300), start),
        text.rfind("\n\n", 0, start),
        text.rfind("\n•", 0, start),
    )
    right_candidates = [
        i
        for i in (text.find(". ", end), text.find("; ", end, end + 300), text.find("\n\n", end))
        if i >= 0
    ]
    right = min(right_candidates) if right_candidates else len(text)
    return text[max(left, 0, start - 300) : start], text[end : min(right, end + 300)]


def _line_of(text: str, offset: int) -> str:
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return text[start : end if end >= 0 else len(text)]


def _is_past(before: str, after: str, relation: str, phrase: str = "") -> bool:
    if _SINCE.search(before) or _PAST_MARK.search(phrase):
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
    clean: CleanText,
    documents: tuple[Document, ...],
    found: tuple[tuple[DeadlineMatch, str], ...],
    meetings: tuple[tuple[Any, str], ...],
) -> Timeline:
    """Sort every time phrase into deadlines and events (rules in the module docstring)."""
    text = clean.text
    dates = {d.identifier: d.date for d in documents}
    meeting_days = {(doc, m.date) for m, doc in meetings}
    days_by_doc: dict[str, list[dt.date]] = {}
    for doc, day in sorted(meeting_days):
        days_by_doc.setdefault(doc, []).append(day)
    meeting_spans: dict[str, list[tuple[int, int]]] = {}
    for meeting, doc in meetings:
        meeting_spans.setdefault(doc, []).append((meeting.start, meeting.end))
    deadlines: list[tuple[DeadlineMatch, str]] = []
    events: list[Event] = []
    taken: dict[str, list[tuple[int, int]]] = {}
    heads = {d.identifier: _letterhead_end(text, d) for d in documents}
    for match, doc in _join_ranges(text, found):
        if match.start < heads.get(doc, -1):
            continue  # the letterhead: its date, subject and references, no times of their own
        deadline = match.deadline
        letter = dates.get(doc)
        start_day, end_day = deadline.start, deadline.end
        line = _line_of(text, match.start)
        if _LABEL_LINE.match(line):
            continue
        if letter is not None and start_day == end_day == letter and match.relation == "in":
            continue  # the letter's own date, repeated
        if (doc, start_day) in meeting_days and any(
            s - 250 <= match.start < e + 250 for s, e in meeting_spans.get(doc, ())
        ):
            continue  # a meeting that took place: reported under meetings
        if (
            match.meeting is not None
            and start_day is not None
            and end_day is not None
            and _held_between(days_by_doc.get(doc, []), start_day, end_day)
        ):
            continue  # "in het BO MIRT van najaar 2018": the meeting of 22 november 2018
        if _names_held_meetings(text, match, letter, days_by_doc.get(doc, [])):
            continue  # "In april en mei 2008 zijn de bestuurlijke overleggen gevoerd"
        lead = _RELATION_BEFORE.search(text, max(0, match.start - 10), match.start)
        if match.meeting is not None and lead is not None:
            # "legt de plannen voor aan het BOL van het najaar": the word before makes it a time
            written = text[lead.start() : match.end]
            deadline = replace(deadline, as_written=written)
            match = replace(match, start=lead.start(), deadline=deadline)
        before, after = _sentence(text, match.start, match.end)
        if match.meeting is not None and not _RELATION_START.match(deadline.as_written):
            # A meeting named as a title ("Verslag BO MIRT Zuid 2016") is not a time; one in a
            # cell of a table of deadlines ("… | IenW | BO MIRT 2024") is, if still to come.
            ahead = letter is None or end_day is None or end_day >= letter
            if not (ahead and _is_cell(text, match.start, match.end)):
                continue
        if _is_cover_date(line, match, documents):
            continue  # "juni 2025" alone on the cover of an arrangement
        if match.meeting is not None and start_day is None and _DATED_AFTER.search(after[:80]):
            continue  # "het volgende BO MIRT vindt plaats op 13 mei 2009": the date says it
        past = _is_past(before, after, match.relation, deadline.as_written)
        if (
            letter is not None
            and end_day is not None
            and end_day < letter
            and not past
            and not _YEAR.search(deadline.as_written)
        ):
            match = _next_year(match)  # "in het voorjaar" in a November letter: the next one
            start_day, end_day = match.deadline.start, match.deadline.end
        elif (
            letter is not None
            and start_day is not None
            and start_day > letter
            and past
            and _PAST.search(line)
            and not _FUTURE.search(f"{before} @ {after}")
            and not _YEAR.search(deadline.as_written)
        ):
            # "De regio heeft in het voorjaar … vastgesteld" in a December letter: the spring
            # that has been, not the next one.
            match = _next_year(match, -1)
            start_day, end_day = match.deadline.start, match.deadline.end
        cited = bool(_CITED.search(before)) and match.relation == "in"
        if letter is not None and end_day is not None and end_day < letter:
            events.append(_event(match, doc))
        elif letter is not None and start_day is not None and start_day > letter:
            deadlines.append((match, doc))
        elif past or cited:
            events.append(_event(match, doc))
        else:
            deadlines.append((match, doc))
        taken.setdefault(doc, []).append((match.start, match.end))
    for document in documents:
        for match in _planning_lines(text, document, taken.get(document.identifier, [])):
            deadline = match.deadline
            letter = document.date
            if letter is not None and deadline.end is not None and deadline.end < letter:
                events.append(_event(match, document.identifier))
            else:
                deadlines.append((match, document.identifier))
    for document in documents:
        events.extend(_since_years(text, document, taken.get(document.identifier, [])))
    events.extend(_footnote_events(clean, documents))
    deadlines.sort(key=lambda item: item[0].start)
    events.sort(key=lambda e: e.start)
    return Timeline(tuple(deadlines), tuple(events))


_CELL_EDGE_BEFORE = re.compile(r"(?:^|\||[ \t]{2,})[ \t]*$")
_CELL_EDGE_AFTER = re.compile(r"^[ \t]*(?:$|\||[ \t]{2,})")


_RANGE_START = re.compile(r"\b(?:van|vanaf)[ \t]+$", re.IGNORECASE)
_RANGE_END = re.compile(r"^(?:tot(?:[ \t]+en[ \t]+met)?|t/m)\b", re.IGNORECASE)


_HELD = re.compile(r"\b(?:gevoerd|gehouden|plaatsgevonden|vond(?:en)?\s+(?:\w+\s+){0,3}?plaats)\b")
_OVERLEG_BEFORE = re.compile(r"\b(?:[Oo]verleg(?:gen)?|BO\s+MIRT|BOL)\s*$")
_OVERLEG = re.compile(r"\b(?:[Bb]estuurlijke?\s+[Oo]verleg(?:gen)?|overleggen|BO\s+MIRT|BOL)\b")


def _names_held_meetings(
    text: str, match: DeadlineMatch, letter: dt.date | None, days: list[dt.date]
) -> bool:
    """A month or season in a sentence about the BOs, holding one held by the letter's date:
    the meetings themselves (reported under meetings), not an event or a deadline."""
    start, end = match.deadline.start, match.deadline.end
    if letter is None or start is None or end is None or start > letter:
        return False
    if match.deadline.precision is Precision.YEAR or match.meeting is not None:
        return False
    if match.relation != "in" or not _held_between(days, start, min(end, letter)):
        return False
    before = re.split(r"[.;:]\s", text[max(0, match.start - 200) : match.start])[-1]
    after = re.split(r"[.;:](?:\s|$)", text[match.end : match.end + 200])[0]
    if _OVERLEG_BEFORE.search(before[-30:]):
        return True  # "de overleggen in het voorjaar"
    clause = f"{before} {after}"
    return bool(_OVERLEG.search(clause) and (_PAST.search(clause) or _HELD.search(clause)))


def _held_between(days: list[dt.date], start: dt.date, end: dt.date) -> bool:
    """Whether a meeting of the (sorted) ``days`` falls in ``start``..``end``."""
    index = bisect_left(days, start)
    return index < len(days) and days[index] <= end


def _join_ranges(
    text: str, found: tuple[tuple[DeadlineMatch, str], ...]
) -> list[tuple[DeadlineMatch, str]]:
    """ "van 8 juli tot 19 augustus 2016" is one period, not "8 juli" and a "tot …" deadline;
    the first day takes the year of the last when it names none."""
    out: list[tuple[DeadlineMatch, str]] = []
    for match, doc in found:
        if out and (joined := _join_coordinated(text, out[-1], (match, doc))) is not None:
            out[-1] = joined
            continue
        if out:
            first, first_doc = out[-1]
            opening = _RANGE_START.search(text, max(0, first.start - 8), first.start)
            if (
                first_doc == doc
                and opening is not None
                and not text[first.end : match.start].strip()
                and _RANGE_END.match(match.deadline.as_written)
                and first.deadline.start is not None
                and match.deadline.end is not None
            ):
                begin = first.deadline.start
                if not _YEAR.search(first.deadline.as_written):
                    begin = _shift_year(begin, match.deadline.end.year - begin.year)
                if begin is not None and begin <= match.deadline.end:
                    joined = Deadline(
                        text[opening.start() : match.end],
                        begin,
                        match.deadline.end,
                        match.deadline.precision,
                    )
                    out[-1] = (
                        replace(first, start=opening.start(), end=match.end, deadline=joined),
                        doc,
                    )
                    continue
        out.append((match, doc))
    return [_with_second_year(text, match, doc) for match, doc in out]


_AND = re.compile(r"[ \t\n]+en[ \t\n]+")
_AND_YEAR = re.compile(r"[ \t]+en[ \t]+(?P<year>(?:19|20)\d{2})(?![\d%]|[.,]\d)")


def _join_coordinated(
    text: str, first: tuple[DeadlineMatch, str], second: tuple[DeadlineMatch, str]
) -> tuple[DeadlineMatch, str] | None:
    """ "in april en mei 2008" is one period: the first month takes the year of the second."""
    one, two = first[0], second[0]
    if (
        first[1] != second[1]
        or not _AND.fullmatch(text, one.end, two.start)
        or _YEAR.search(one.deadline.as_written)
        or not _YEAR.search(two.deadline.as_written)
        or one.deadline.start is None
        or two.deadline.end is None
    ):
        return None
    begin = _shift_year(one.deadline.start, two.deadline.end.year - one.deadline.start.year)
    if begin is None or begin > two.deadline.end:
        return None
    joined = Deadline(text[one.start : two.end], begin, two.deadline.end, two.deadline.precision)
    return replace(one, end=two.end, deadline=joined), first[1]


def _with_second_year(text: str, match: DeadlineMatch, doc: str) -> tuple[DeadlineMatch, str]:
    """ "in 2022 en 2023": the bare second year (no phrase of its own) ends the period."""
    deadline = match.deadline
    more = _AND_YEAR.match(text, match.end)
    if more is None or deadline.precision is not Precision.YEAR or deadline.start is None:
        return match, doc
    end = dt.date(int(more.group("year")), 12, 31)
    if end <= (deadline.end or end):
        return match, doc
    joined = Deadline(text[match.start : more.end()], deadline.start, end, deadline.precision)
    return replace(match, end=more.end(), deadline=joined), doc


_SALUTATION = re.compile(r"^[ \t]*(?:geachte|beste)\b", re.IGNORECASE | re.MULTILINE)
_LETTERHEAD_CHARS = 3000


def _letterhead_end(text: str, document: Document) -> int:
    """Where the salutation ("Geachte voorzitter,") ends a letter's letterhead, or -1."""
    salutation = _SALUTATION.search(
        text, document.start, min(document.end, document.start + _LETTERHEAD_CHARS)
    )
    return salutation.start() if salutation else -1


def _is_cell(text: str, start: int, end: int) -> bool:
    """The phrase fills a table cell ("… | IenW | BO MIRT 2024"): a time set, not a title."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    after = text[end : line_end if line_end >= 0 else len(text)]
    return bool(_CELL_EDGE_BEFORE.search(text[line_start:start]) and _CELL_EDGE_AFTER.match(after))


def _is_cover_date(line: str, match: DeadlineMatch, documents: tuple[Document, ...]) -> bool:
    """A month and year, or a year, closing a short line at the top of a document: its cover
    ("juni 2025", "Tweede generatie juni 2025")."""
    words = line.strip()
    if not words.endswith(match.deadline.as_written.strip()) or len(words) > 60:
        return False
    if ":" in words:
        return False  # "- start uitvoering: februari 2017", a planning line
    if match.relation != "in" or _RELATION_START.match(match.deadline.as_written):
        return False
    if match.deadline.precision not in {Precision.MONTH, Precision.YEAR}:
        return False
    return any(d.start <= match.start < d.start + 1500 for d in documents)


def _shift_year(day: dt.date | None, years: int = 1) -> dt.date | None:
    if day is None:
        return None
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def _next_year(match: DeadlineMatch, years: int = 1) -> DeadlineMatch:
    """The same words one year later (or earlier): a yearless phrase about what is still to
    come (or what has been)."""
    deadline = match.deadline
    moved = Deadline(
        deadline.as_written,
        _shift_year(deadline.start, years),
        _shift_year(deadline.end, years),
        deadline.precision,
    )
    return replace(match, deadline=moved)


_SINCE_YEAR = re.compile(r"\b(?P<when>sinds[ \t]+(?P<year>(?:19|20)\d{2}))\b", re.IGNORECASE)
# "de bestuursovereenkomst van 2006", "de Bestuursovereenkomst Ring Zuid (2013)": the year of
# an agreement made before the letter.
_AGREEMENT_NOUN = r"(?:overeenkomst|akkoord|convenant|verklaring|afsprakenkader)"
_AGREEMENT_YEAR = re.compile(
    rf"{_AGREEMENT_NOUN}(?:[ \t\n]+[A-Z][\w'’-]*){{0,3}}[ \t\n]+"
    r"(?P<when>van[ \t]+(?P<year>(?:19|20)\d{2})(?![\d/–-])|\((?P<paren>(?:19|20)\d{2})\))",
    re.IGNORECASE,
)


def _since_years(text: str, document: Document, taken: list[tuple[int, int]]) -> list[Event]:
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


def _footnote_events(clean: CleanText, documents: tuple[Document, ...]) -> list[Event]:
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
                event = _event(match, document.identifier)
                out.append(replace(event, start=note.span[0], end=note.span[1], original=True))
    return out


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


_TIME_CELL = re.compile(
    r"(?P<when>(?:(?P<q>Q[1-4]|[1-4]e[ \t]+kwartaal)[ \t]+)?(?P<y1>(?:19|20)\d{2})"
    r"(?:[ \t]*[-–/][ \t]*(?P<y2>(?:19|20)\d{2}))?)[ \t]*$",
    re.IGNORECASE,
)
_PHASE_ROW_YEAR = re.compile(
    r"\b(?:onderzoek|verkenning|planuitwerking|realisatie)[ \t]+(?P<when>(?P<q>)"
    r"(?P<y1>(?:19|20)\d{2})(?:[ \t]*[-–][ \t]*(?P<y2>(?:19|20)\d{2}))?)[ \t]*$",
    re.IGNORECASE,
)


def _time_cells(text: str, line_start: int, line_end: int) -> list[re.Match[str]]:
    """Year cells of a table row ("Kampen Noordrand | gemeente | 2025-2026")."""
    row = _PHASE_ROW_YEAR.search(text, line_start, line_end)
    if row is not None:
        return [row]
    line = text[line_start:line_end]
    cells: list[re.Match[str]] = []
    position = line_start
    for part in CELL_SEPARATOR.split(line):
        stripped = part.strip()
        if not stripped:
            continue
        at = text.find(stripped, position, line_end)
        if at < 0:
            continue
        position = at + len(stripped)
        cell = _TIME_CELL.match(text, at, at + len(stripped))
        if cell is not None:
            cells.append(cell)
    return cells


def _planning_lines(
    text: str, document: Document, taken: list[tuple[int, int]]
) -> list[DeadlineMatch]:
    """ "2027: Tracébesluit" lines and year cells of tables, when the grammar has not read them."""
    out: list[DeadlineMatch] = []
    index = Spans(taken)
    lines = list(iter_lines(text, document.start, document.end))
    for position, (line_start, line_end) in enumerate(lines):
        planned = _PLANNING_LINE.match(text, line_start, line_end)
        if planned is not None:
            found = [planned]
        else:
            found = _time_cells(text, line_start, line_end)
            one_cell = len(
                [c for c in CELL_SEPARATOR.split(text[line_start:line_end]) if c.strip()]
            )
            if (
                found
                and one_cell < 2
                and not _PHASE_ROW_YEAR.search(text, line_start, line_end)
                and not _in_flat_table(text, lines, position)
            ):
                found = []
        for match in found:
            if index.overlaps(match.start("when"), match.end("when")):
                continue
            item = _planned(match)
            if item is not None:
                out.append(item)
    return out


def _in_flat_table(text: str, lines: list[tuple[int, int]], position: int) -> bool:
    """A lone year is a table cell when the lines around it are short cells too."""
    around = [
        text[s:e].strip()
        for index, (s, e) in enumerate(lines[max(0, position - 2) : position + 3])
        if index != min(position, 2)
    ]
    return sum(1 for line in around if 0 < len(line) <= 45) >= 3


def _planned(match: re.Match[str]) -> DeadlineMatch | None:
    first = int(match.group("y1"))
    last = int(match.group("y2") or first)
    if last < first:
        return None
    quarter = match.group("q")
    if quarter:
        number = int(quarter[1] if quarter.upper().startswith("Q") else quarter[0])
        begin, end = periods.quarter(last, number)
        precision = Precision.QUARTER
    else:
        begin, end = periods.year(first)[0], periods.year(last)[1]
        precision = Precision.YEAR
    deadline = Deadline(match.group("when"), begin, end, precision)
    return DeadlineMatch(match.start("when"), match.end("when"), deadline, "in", None, None)
