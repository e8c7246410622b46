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
are read too (``planning_lines``), because the grammar rightly ignores a bare year in running
text. Joined periods are in ``time_ranges``, past years beside the grammar and footnote dates
in ``past_events``, the shared words (months, labels, tense) in ``time_words``.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from functools import partial
from typing import Any

from ruimtemonitor.core.deadlines import Precision
from ruimtemonitor.core.dutch.dates import FULL_MONTH, NEXT_WORD, DeadlineMatch

from .cleaning import CleanText
from .code_row_times import code_row_years
from .debate_months import debate_months, drop_inner_months
from .done_milestones import milestone_done
from .kept_promises import kept_by_date, kept_here
from .named_moments import named_moments
from .open_times import held_meeting_day, since_months, timetable_years
from .past_events import Event, event_of, footnote_events, since_years
from .patterns import CELL_SEPARATOR, DOT_LEADER, NOT_MID_BLANKS
from .planning_lines import planning_lines, publication_times
from .sent_dates import sent_after, sent_label
from .splitting import Document
from .time_ranges import join_ranges, next_year
from .time_words import (
    CITED,
    FUTURE,
    LABEL_LINE,
    MONTH_NAMES,
    PAST,
    RELATION_START,
    RUNNING_HEAD,
    YEAR,
    cites_source,
    is_past,
    line_of,
    sentence_around,
)

__all__ = ["Event", "Timeline", "split_times"]

_RELATION_BEFORE = re.compile(r"(?<![^\W\d_])(?:aan|in|voor|vóór|tijdens|bij)[ \t\n]+$", re.I)
_DATED_AFTER = re.compile(rf"\b(?:op|van)\s+\d{{1,2}}\s+(?:{MONTH_NAMES})", re.IGNORECASE)
# "Vervolg: het volgende BO MIRT vindt plaats in het najaar van 2032": the time after it says it
_TAKES_PLACE = re.compile(
    r"\s{0,3}vind(?:t|en)\s+(?:[^\W\d_]+\s+){0,3}?plaats\s+(?:in|op|rond)\s+\S", re.IGNORECASE
)
# "het BO MIRT in het najaar van 2025": the season after the name, said with its year.
_DATED_TAIL = re.compile(
    rf"(?<![^\W\d_])(?:op[ \t\n]+\d{{1,2}}[ \t\n]+(?:{MONTH_NAMES})|in[ \t\n]+het[ \t\n]+"
    rf"(?:voorjaar|najaar|zomer|winter)(?:[ \t\n]+van)?)[ \t\n]+(?:19|20)\d{{2}}$",
    re.IGNORECASE,
)
# A promise this letter keeps: its time is met, no deadline still to come.
# "… onderzoeken of de capaciteit na 2030 volstaat": a time after which something is asked,
# inside the "of" clause of a verb of examining, is no time at which anything happens.
_OPEN_QUESTION = re.compile(
    r"\b(?:onderzoek(?:t|en)?|bekijk(?:t|en)|bezien|beziet|verkent|verkennen|gaan\s+na|gaat\s+na|"
    r"nagaan)\b[^.;]{0,80}\bof\b[^.;,:]{0,80}$",
    re.IGNORECASE,
)
_FULFILLED = re.compile(
    r"\b(?:doe|kom)[ \t\n]+ik[ \t\n]+(?:[^\W\d_]+[ \t\n]+){0,2}(?:de|mijn)[ \t\n]+"
    r"toezegging[^.;]{0,120}?\b(?:gestand|na)\b",
    re.IGNORECASE,
)
# "Datum: 2 mei 2019      Raadsvergadering: 27 mei 2019": the council meeting that is to
# decide, a time of its own on the letterhead's date line.
_COUNCIL_LABEL = re.compile(r"(?<![^\W\d_])raadsvergadering[ \t]*:[ \t]*$", re.IGNORECASE)
_DAY_AFTER = re.compile(rf"\b\d{{1,2}}\s+(?:{MONTH_NAMES})\b", re.IGNORECASE)
_DAY_AFTER_CHARS = 80
_COMPOUND = re.compile(r"-[^\W\d_]")
# A page number set apart at a line's end: the line is a running header or footer.
_PAGE_MARK = re.compile(
    rf"(?:{NOT_MID_BLANKS}[ \t]{{2,}}+|[|·–—-][ \t]*+)(?:blz|pagina|page|blad|p)\.?[ \t]*\d{{1,3}}"
    r"(?:[ \t]*(?:van|/)[ \t]*\d{1,3})?[ \t]*$",
    re.IGNORECASE,
)
# "Vervolg: BO MIRT najaar 2015.": a label that says when the next step comes; so does
# "Volgend overleg: BO MIRT Oost najaar 2019.", "Volgende vergadering: BOL voorjaar 2024": the
# label of the next meeting names it as the time of what comes next.
_NEXT_STEP_LABEL = re.compile(
    r"(?<![^\W\d_])(?:vervolg|planning|termijn|gereed|wanneer|volgende?[ \t]+(?:bestuurlijk[ \t]+)?"
    r"(?:overleg|vergadering|bijeenkomst))[ \t]*:[ \t]*$",
    re.IGNORECASE,
)
# "Projectnummer 42   Stand van zaken per 1 september 2011": the page's own date after its
# label, also where the label does not open the line.
_OWN_DATE_LABEL = re.compile(
    r"(?<![^\W\d_])(?:stand[ \t]+van[ \t]+zaken|peildatum|laatst[ \t]+gewijzigd|"
    r"laatste[ \t]+wijziging|laatst[ \t]+bijgewerkt|print[ \t]*datum|(?:verslag|rapportage)"
    r"[ \t-]*periode)[ \t]*(?:per|op)?[ \t]*"
    r"[:.]?[ \t]*$"
    # "Geprint op: 3 juni": the verbs are labels only with their colon ("wordt bijgewerkt op")
    r"|(?<![^\W\d_])(?:bijgewerkt|geprint|afgedrukt|gedownload)[ \t]*(?:op)?[ \t]*:[ \t]*$",
    re.IGNORECASE,
)
# "Vastgesteld: 10 oktober 2019" on a line of its own: when minutes were adopted, a label.
_ADOPTED_LABEL = re.compile(r"^[ \t]*vastgesteld(?:[ \t]+op)?[ \t]*:[ \t]*$", re.IGNORECASE)
# "Stand per 1 juli 2021": the figures' date, when "per" follows the bare label.
# A past verb a few words before a time: "De minister maakte in maart bekend".
_PAST_VERB_BEFORE = re.compile(rf"(?:{PAST.pattern})[ \t\n]+(?:[^\W\d_]+[ \t\n]+){{0,2}}$", re.I)
# "Stand van zaken: het project is in realisatie; de brug is in juni opengesteld": a status
# label over prose; a time inside that prose is no stamp of the page but a time of its own.
_STATUS_PROSE = re.compile(
    r"[ \t]*stand[ \t]+van[ \t]+zaken[ \t]*:[ \t]*[^\W\d_]+(?:[ \t]+[^ \t\n]+){2,}[ \t]+",
    re.IGNORECASE,
)
_STAND_BEFORE = re.compile(r"(?<![^\W\d_])stand[ \t]+$", re.IGNORECASE)
_PER = re.compile(r"per\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Timeline:
    """Every time phrase of the letters, as deadlines (with their document) and events."""

    deadlines: tuple[tuple[DeadlineMatch, str], ...]
    events: tuple[Event, ...]


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
    joined = join_ranges(text, found)
    for number, (match, doc) in enumerate(joined):
        if sent_label(text, match.start):  # "Verzonden: 13 oktober" of an e-mail: never ahead
            if sent_after(match.deadline.start, dates.get(doc)):
                events.append(event_of(match, doc))  # sent on after the meeting it reports
            continue
        if match.start < heads.get(doc, -1):
            continue  # the letterhead: its date, subject and references, no times of their own
        if _restated(text, match, joined[number + 1][0] if number + 1 < len(joined) else None):
            continue  # "vorig jaar, in september 2012": the date after the comma says it
        deadline = match.deadline
        letter = dates.get(doc)
        start_day, end_day = deadline.start, deadline.end
        line = line_of(text, match.start)
        council = _COUNCIL_LABEL.search(text, max(0, match.start - 30), match.start)
        prose = _STATUS_PROSE.fullmatch(text, text.rfind("\n", 0, match.start) + 1, match.start)
        labelled = (LABEL_LINE.match(line) or RUNNING_HEAD.match(text, match.end)) and not prose
        if (labelled and council is None) or _own_date_label(text, match):
            continue
        if letter is not None and start_day == end_day == letter and match.relation == "in":
            continue  # the letter's own date, repeated
        if _a_meeting_day(days_by_doc.get(doc, []), start_day, deadline.as_written) and any(
            s - 250 <= match.start < e + 250 for s, e in meeting_spans.get(doc, ())
        ):
            continue  # a meeting that took place: reported under meetings
        if (
            match.meeting is not None
            and start_day is not None
            and end_day is not None
            and _held_between(days_by_doc.get(doc, []), start_day, end_day)
            and not _next_one(text, match, letter, end_day)
        ):
            continue  # "in het BO MIRT van najaar 2018": the meeting of 22 november 2018
        if _names_held_meetings(text, match, letter, days_by_doc.get(doc, [])):
            continue  # "In april en mei 2008 zijn de bestuurlijke overleggen gevoerd"
        if match.meeting is not None and _COMPOUND.match(text, match.end):
            continue  # "bij de volgende BOL-brief": the letter about the meeting
        if match.meeting is not None and _DAYS_IN_BRACKET.match(text, match.end):
            continue  # "de overleggen MIRT van dit najaar (Noord 3 november, …)": the days say it
        lead = _RELATION_BEFORE.search(text, max(0, match.start - 10), match.start)
        if match.meeting is not None and lead is not None:
            # "legt de plannen voor aan het BOL van het najaar": the word before makes it a time
            written = text[lead.start() : match.end]
            deadline = replace(deadline, as_written=written)
            match = replace(match, start=lead.start(), deadline=deadline)
        dated = _DATED_TAIL.search(deadline.as_written) if match.meeting is not None else None
        if dated is not None and not RELATION_START.match(deadline.as_written):
            # "doorgeschoven naar het BOL Oost op 25 november 2025": the day the meeting is held
            deadline = replace(deadline, as_written=dated.group())
            match = replace(match, start=match.start + dated.start(), deadline=deadline)
        before, after = sentence_around(text, match.start, match.end)
        if match.meeting is not None and not RELATION_START.match(deadline.as_written):
            # A meeting named as a title ("Verslag BO MIRT Zuid 2016") is not a time; one in a
            # cell of a table of deadlines ("… | IenW | BO MIRT 2024") is, if still to come.
            ahead = letter is None or end_day is None or end_day >= letter
            labelled = _NEXT_STEP_LABEL.search(text, max(0, match.start - 40), match.start)
            # "zeggen toe het BO MIRT Zuid van het voorjaar van 2027 te benutten": a meeting
            # told by its season and year in running text is a time, as its season would be
            seasoned = _MEETING_SEASON.search(deadline.as_written) and not _TITLE_WORD.search(
                before[-60:]
            )
            if not (ahead and (_is_cell(clean, match.start, match.end) or labelled or seasoned)):
                continue
        if _is_cover_date(line, match, documents):
            continue  # "juni 2025" alone on the cover of an arrangement
        if _PAGE_MARK.search(line):
            continue  # "Agenda Regio X – november 2024      blz. 1": a running header or footer
        if match.meeting is not None and start_day is None and _DATED_AFTER.search(after[:80]):
            continue  # "het volgende BO MIRT vindt plaats op 13 mei 2009": the date says it
        if (
            match.meeting is not None
            and not YEAR.search(deadline.as_written)
            and _TAKES_PLACE.match(after)
        ):
            continue
        if _is_cell(clean, match.start, match.end):
            # "…<TAB>RWS<TAB>eind 2026": a "Gereed" cell; its tense is read from its own row,
            # not from a wrapped cell of the next line that cleaning joined to it
            before, after = _row_around(clean, match.start, match.end)
        if match.relation == "after" and _OPEN_QUESTION.search(before):
            continue  # "onderzoeken of de capaciteit na 2030 volstaat": the question's horizon
        since = deadline.as_written[:6].lower() == "sinds "  # a time that has begun
        same_sentence = after.split(".\n", 1)[0]  # a sentence that ends its line ends there
        past = (
            since
            or is_past(before, after, match.relation, deadline.as_written)
            or held_meeting_day(before, deadline.as_written, end_day, letter)
        )
        # "Vastgesteld door de stuurgroep op 4 september" over a text dated later that month:
        # the stamp is the day that has been, not the next 4 September
        past = past or bool(_STAMPED.search(f"{before}{deadline.as_written[:3]}"))
        if (
            letter is not None
            and end_day is not None
            and end_day < letter
            and not past
            and not YEAR.search(deadline.as_written)
        ):
            match = next_year(match)  # "in het voorjaar" in a November letter: the next one
            start_day, end_day = match.deadline.start, match.deadline.end
        elif (
            letter is not None
            and start_day is not None
            and start_day > letter
            and past
            and (
                match.relation == "until"  # "konden tot 1 september worden ingediend"
                # "uit het debat van 4 april", "de motie van 12 maart" in an October letter
                or cites_source(before, after, deadline.as_written)
                or (PAST.search(line) and not FUTURE.search(f"{before} @ {same_sentence}"))
                # "De minister maakte in maart bekend dat …": a past verb right before it
                or (bool(_PAST_VERB_BEFORE.search(before)) and not FUTURE.search(before))
                or since  # "loopt sinds maart" in a February letter: last year's March
            )
            and not YEAR.search(deadline.as_written)
        ):
            # "De regio heeft in het voorjaar … vastgesteld" in a December letter: the spring
            # that has been, not the next one.
            match = next_year(match, -1)
            start_day, end_day = match.deadline.start, match.deadline.end
        cited = bool(CITED.search(before)) and match.relation == "in"
        if letter is not None and end_day is not None and end_day < letter:
            events.append(event_of(match, doc))
        elif _FULFILLED.search(re.split(r"[.;!?]\s", before)[-1]):
            continue  # "Hiermee doe ik de toezegging gestand u voor de zomer te berichten"
        elif kept_here(text, match.start, match.end):
            continue  # "… toegezegd u na de zomer te informeren. Met deze brief doen wij dat."
        elif match.relation in {"in", "after"} and kept_by_date(
            text, match.start, match.end, letter, start_day
        ):
            continue  # "… heb ik toegezegd u na de zomer te berichten" in a September letter
        elif _STAMPED.search(f"{before}{deadline.as_written[:3]}"):
            events.append(event_of(match, doc))  # "Vastgesteld per e-mail op …" under minutes
        elif letter is not None and start_day is not None and start_day > letter:
            deadlines.append((match, doc))
        elif past or cited:
            events.append(event_of(match, doc))
        else:
            deadlines.append((match, doc))
        taken.setdefault(doc, []).append((match.start, match.end))
    for document in documents:
        spans, letter = taken.get(document.identifier, []), document.date
        planned = planning_lines(text, document, spans, partial(_source_span, clean))
        planned += code_row_years(text, document, spans) + timetable_years(text, document, spans)
        debates = debate_months(text, document, spans) + named_moments(text, document, spans)
        planned += debates
        drop_inner_months(debates, deadlines, events, document.identifier)
        for match in planned:
            if (
                _passed(document, match)
                or _reported_done(text, document, match)
                or milestone_done(text, document, match)
            ):
                events.append(event_of(match, document.identifier))
            else:
                deadlines.append((match, document.identifier))
        for match in publication_times(text, document, spans):
            if _passed(document, match) or (
                (letter is None or match.deadline.start is None or match.deadline.start <= letter)
                and is_past(*sentence_around(text, match.start, match.end), "in")
            ):
                events.append(event_of(match, document.identifier))
            else:
                deadlines.append((match, document.identifier))
    for document in documents:
        events.extend(since_years(text, document, taken.get(document.identifier, [])))
        events.extend(since_months(text, document, taken.get(document.identifier, [])))
    # A footnote's date of a meeting that took place is that meeting, not an event.
    events.extend(
        e for e in footnote_events(clean, documents) if (e.document, e.date) not in meeting_days
    )
    deadlines.sort(key=lambda item: item[0].start)
    events.sort(key=lambda e: e.start)
    return Timeline(tuple(_next_meeting_dated(text, deadlines)), tuple(events))


# "Het volgende BOL Oost is gepland op …", "Volgend overleg: voorjaar 2009": the words right
# before a time that say it is when the next meeting is held.
_NEXT_MEETING = rf"\b{NEXT_WORD}[ \t\n]+(?:BOL?\b|BO[ -]MIRT\b|(?:bestuurlijk[ \t\n]+)?overleg\b)"
_NEXT_MEETING_BEFORE = re.compile(rf"{_NEXT_MEETING}[^.;\n]{{0,50}}[ \t\n:]*$", re.IGNORECASE)
_NEXT_MEETING_WORDS = re.compile(_NEXT_MEETING, re.IGNORECASE)


def _next_meeting_dated(
    text: str, deadlines: list[tuple[DeadlineMatch, str]]
) -> list[tuple[DeadlineMatch, str]]:
    """ "in het volgende BO" takes the time the same letter gives for the next meeting
    ("Volgend overleg: voorjaar 2009"), not a guess from the season meetings are held in."""
    told: dict[str, DeadlineMatch] = {}
    for match, doc in deadlines:
        if (
            not _NEXT_MEETING_WORDS.search(match.deadline.as_written)
            and doc not in told
            and match.deadline.start is not None
            and _NEXT_MEETING_BEFORE.search(text, max(0, match.start - 80), match.start)
        ):
            told[doc] = match
    if not told:
        return deadlines
    moved = []
    for match, doc in deadlines:
        dated = told.get(doc)
        words = match.deadline.as_written
        if dated is not None and _NEXT_MEETING_WORDS.search(words) and not YEAR.search(words):
            when = dated.deadline
            match = replace(
                match,
                deadline=replace(
                    match.deadline, start=when.start, end=when.end, precision=when.precision
                ),
            )
        moved.append((match, doc))
    return moved


_RELATIVE_YEAR = re.compile(r"\b(?:dit|volgend|vorig|komend)e?\s+jaar\b", re.IGNORECASE)
_APPOSITION = re.compile(r"[ \t]*,[ \t\n]*")
# "dat dit jaar op 20 november plaatsvindt", "vindt dit jaar digitaal plaats, op 19 november":
# a few words of the same clause between the year and the day that pins it down.
_SAME_CLAUSE = re.compile(r"[ \t\n]*(?:[^\W\d_]+[ \t\n]*){0,3},?[ \t\n]*")


def _restated(text: str, match: DeadlineMatch, following: DeadlineMatch | None) -> bool:
    """A year named relative to the letter ("vorig jaar") that a comma and a dated phrase
    within it restate at once ("vorig jaar, in september 2012"): one time, written twice."""
    if following is None or not _RELATIVE_YEAR.search(match.deadline.as_written):
        return False
    inner, outer = following.deadline, match.deadline
    if None in (inner.start, inner.end, outer.start, outer.end):
        return False
    if not (outer.start <= inner.start and inner.end <= outer.end):
        return False
    if _APPOSITION.fullmatch(text, match.end, following.start):
        return bool(re.search(r"(?:19|20)\d{2}", inner.as_written))
    # "dit jaar op 20 november": the day without a year that the relative year places
    return bool(
        _SAME_CLAUSE.fullmatch(text, match.end, following.start)
        and not YEAR.search(inner.as_written)
        and inner.precision is Precision.DAY
    )


def _own_date_label(text: str, match: DeadlineMatch) -> bool:
    """The page's own date after its label, also where the label does not open the line
    ("Projectnummer 42   Stand van zaken per 1 september 2011", "Stand per 1 juli 2021",
    "Laatst bijgewerkt: 12 mei 2024      Printdatum: 03-06-2024")."""
    if _OWN_DATE_LABEL.search(text, max(0, match.start - 40), match.start):
        return True
    line_start = text.rfind("\n", 0, match.start) + 1
    if _ADOPTED_LABEL.match(text[line_start : match.start]):
        return True
    return bool(
        _PER.match(match.deadline.as_written)
        and _STAND_BEFORE.search(text, max(0, match.start - 10), match.start)
    )


def _a_meeting_day(days: list[dt.date], day: dt.date | None, written: str) -> bool:
    """Whether a time names the day of a meeting held: the same date, or for a date written
    without its year ("van 18 maart", the year named once after the last of three days)
    the same day and month, which the grammar may still have put in the coming year."""
    if day is None:
        return False
    if day in days:
        return True
    return not YEAR.search(written) and any((d.month, d.day) == (day.month, day.day) for d in days)


def _passed(document: Document, match: DeadlineMatch) -> bool:
    """The whole period lies before the letter's date."""
    end = match.deadline.end
    return document.date is not None and end is not None and end < document.date


_MILESTONE = re.compile(r"[^\W\d_][\w-]{5,}")


def _reported_done(text: str, document: Document, match: DeadlineMatch) -> bool:
    """A planning line of the letter's own year ("2012  ontwerp-tracébesluit") whose milestone
    the text reports as done ("Het ontwerp-tracébesluit is op 14 februari 2012 … gelegd")."""
    letter, deadline = document.date, match.deadline
    if letter is None or deadline.start is None or deadline.start.year != letter.year:
        return False
    line_end = text.find("\n", match.end)
    word = _MILESTONE.search(text, match.end, line_end if line_end >= 0 else len(text))
    if word is None:
        return False
    named = re.compile(rf"(?<![\w-]){re.escape(word.group())}(?![\w-])", re.IGNORECASE)
    for mention in named.finditer(text, document.start, document.end):
        if mention.start() == word.start():
            continue
        before, after = sentence_around(text, mention.start(), mention.end())
        words = f"{before.rsplit(chr(10), 1)[-1]} {after.split(chr(10), 1)[0]}"
        if PAST.search(words) and not FUTURE.search(words):
            return True
    return False


_MEETING_SEASON = re.compile(
    r"\bvan[ \t\n]+het[ \t\n]+(?:voorjaar|najaar)[ \t\n]+van[ \t\n]+\d{4}$", re.IGNORECASE
)
_TITLE_WORD = re.compile(r"\b(?:verslag|afsprakenlijst|besluitenlijst|agenda)\b", re.IGNORECASE)
# "… van dit najaar (Noord 30 oktober, Zuid 6 november)": a bracket that dates the meetings
_DAYS_IN_BRACKET = re.compile(
    rf"[ \t]*\((?:[^()\d]{{0,30}}\d{{1,2}}\s+(?:{FULL_MONTH})\b[^()\d]{{0,4}}){{2,}}"
    r"[^()]{0,30}\)",
    re.IGNORECASE,
)
# "Vastgesteld per e-mail op 2 december": minutes stamped as adopted after their meeting,
# which dates them; the adoption is done, however late after that date.
_STAMPED = re.compile(
    # "Vastgesteld door de voorzitters, 20 oktober 2022": the day after a comma, no "op"
    # "Deze afsprakenlijst is vastgesteld door de voorzitters op": the same told in a sentence
    r"(?:(?:^|\n)[ \t]*|\b(?:afsprakenlijst|besluitenlijst|verslag)[ \t]+(?:is|werd)[ \t]+"
    r"(?:[^\W\d_]+[ \t]+)?)(?:vastgesteld|goedgekeurd|akkoord[ \t]+bevonden)\b[^.\n]{0,40}"
    # "Vastgesteld in de vergadering van 9 december": the minutes adopted at a later meeting
    r"(?:\bop[ \t]+$|\bvergadering[ \t]+van[ \t]+\d|,[ \t]*\d)",
    re.IGNORECASE,
)
_HELD = re.compile(r"\b(?:gevoerd|gehouden|plaatsgevonden|vond(?:en)?\s+(?:\w+\s+){0,3}?plaats)\b")
_OVERLEG_BEFORE = re.compile(r"\b(?:[Oo]verleg(?:gen)?|BO\s+MIRT|BOL|BO['’]s)(?:\s+van)?\s*$")
_OVERLEG = re.compile(
    r"\b(?:[Bb]estuurlijke?\s+[Oo]verleg(?:gen)?|overleggen|BO\s+MIRT|BOL|BO['’]s)(?![\w'’])"
)


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
    return bool(_OVERLEG.search(clause) and (PAST.search(clause) or _HELD.search(clause)))


def _next_one(text: str, match: Any, letter: dt.date | None, end_day: dt.date) -> bool:
    """ "ik besluit in het BO MIRT van het najaar" in a January letter: a season without a
    year, read as the last one, in a sentence that does not say it has been nor gives the
    held meeting's day ("bouwt voort op het BO MIRT voorjaar (Assen, 4 april)"): the next one."""
    if letter is None or end_day >= letter or YEAR.search(match.deadline.as_written):
        return False
    before, after = sentence_around(text, match.start, match.end)
    if _DAY_AFTER.search(after[:_DAY_AFTER_CHARS]):
        return False
    return not is_past(before, after, match.relation, match.deadline.as_written)


def _held_between(days: list[dt.date], start: dt.date, end: dt.date) -> bool:
    """Whether a meeting of the (sorted) ``days`` falls in ``start``..``end``."""
    index = bisect_left(days, start)
    return index < len(days) and days[index] <= end


_SALUTATION = re.compile(r"^[ \t]*(?:geachte|beste)\b", re.IGNORECASE | re.MULTILINE)
_LETTERHEAD_CHARS = 3000


def _letterhead_end(text: str, document: Document) -> int:
    """Where the salutation ("Geachte voorzitter,") ends a letter's letterhead, or -1."""
    salutation = _SALUTATION.search(
        text, document.start, min(document.end, document.start + _LETTERHEAD_CHARS)
    )
    return salutation.start() if salutation else -1


def _is_cell(clean: CleanText, start: int, end: int) -> bool:
    """The phrase fills a table cell ("… | IenW | BO MIRT 2024"): a time set, not a title.
    The original line decides too: cleaning may join a wrapped cell's next line onto it."""
    if _fills_cell(clean.text, start, end):
        return True
    original_start, original_end = clean.to_original(start, end)
    return _fills_cell(clean.source.text, original_start, original_end)


def _source_span(clean: CleanText, start: int, end: int) -> tuple[str, int, int]:
    """The source text and the span that the cleaned ``[start, end)`` came from."""
    return (clean.source.text, *clean.to_original(start, end))


def _row_around(clean: CleanText, start: int, end: int) -> tuple[str, str]:
    """The words of the phrase's row before and after it, as the original line has them."""
    original_start, original_end = clean.to_original(start, end)
    source = clean.source.text
    line_start = source.rfind("\n", 0, original_start) + 1
    line_end = source.find("\n", original_end)
    return source[line_start:original_start], source[
        original_end : line_end if line_end >= 0 else len(source)
    ]


def _fills_cell(text: str, start: int, end: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    after = text[end : line_end if line_end >= 0 else len(text)]
    return _ends_at_cell_edge(text[line_start:start]) and _starts_at_cell_edge(after)


# A cell's edge: the line's start or end, a bar, two blanks or a tab. Read by hand rather than
# by a pattern that ends in "[ \t]*$", which a line of thousands of blanks makes cubic.
def _ends_at_cell_edge(before: str) -> bool:
    words = before.rstrip(" \t")
    blanks = before[len(words) :]
    return not words or words.endswith("|") or len(blanks) >= 2 or "\t" in blanks


def _starts_at_cell_edge(after: str) -> bool:
    words = after.lstrip(" \t")
    blanks = after[: len(after) - len(words)]
    return not words or words.startswith("|") or len(blanks) >= 2 or "\t" in blanks


def _is_cover_date(line: str, match: DeadlineMatch, documents: tuple[Document, ...]) -> bool:
    """A month and year, or a year, closing a short line at the top of a document: its cover
    ("juni 2025", "Tweede generatie juni 2025", "Deel Noord  –  eerste bijstelling 2026")."""
    words = line.strip()
    if not words.endswith(match.deadline.as_written.strip()) or len(words) > 60:
        return False
    if ":" in words:
        return False  # "- start uitvoering: februari 2017", a planning line
    cells = [cell for cell in CELL_SEPARATOR.split(words) if cell]
    if len(cells) >= 2 and cells[-1].strip() == match.deadline.as_written.strip():
        return False  # "Startbeslissing        maart 2008": a cell of a milestone table
    if DOT_LEADER.search(words):
        return False  # "Tracébesluit ........ juni 2010": a planning line
    if match.relation != "in" or RELATION_START.match(match.deadline.as_written):
        return False
    if match.deadline.precision not in {Precision.MONTH, Precision.YEAR}:
        return False
    return any(d.start <= match.start < d.start + 1500 for d in documents)
