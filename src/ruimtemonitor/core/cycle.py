"""The yearly BO cycle: which consultation comes next, and what is due before it or overdue.

The cycle has two rounds of administrative consultations (*bestuurlijke overleggen*): the
BO Leefomgeving (BOL) in spring and the BO MIRT in autumn. Commitments are reported on at
the next BO, so "what is due before the next BO" is the question a programme controller
asks every season. The register knows a meeting's date once a letter or a person records
it (``register.Meeting``); until then this module uses a documented default:

* **BOL: 30 June** of the year — the BOL rounds are held in late spring, before the summer
  recess of parliament;
* **BO MIRT: 20 December** of the year — the last day of "najaar", the season the BO MIRT
  is held in (see ``core.dutch.periods``).

Rules (docs/web.md repeats them for users):

* The next BO is the earliest meeting on or after today among the known BOL and BO MIRT
  dates; a kind and year without any known date count with the default date. Several
  regional BOL meetings in one year are several candidates; the first upcoming one wins.
* **Overdue**: the deadline's interval ended before today (never on its last day). The
  interval already carries the precision of the words ("najaar 2025" ends on 20 December
  2025, "2025" on 31 December), so a coarse deadline is late only when all of it has
  passed. An unresolved deadline (no interval) is never overdue.
* **Due before the next BO**: not overdue, and the interval ends on or before the BO's
  date. A deadline with precision *meeting* that names the next BO itself ("in het BO
  MIRT 2026") is due at that BO whatever its provisional interval says: the interval is
  the season the meeting is expected in, the meeting date is what counts.

Pure Python, no Django: the dashboard and exports ask the same questions.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from ruimtemonitor.core.deadlines import Deadline, Precision

__all__ = [
    "DEFAULT_DATES",
    "BOKind",
    "DeadlineState",
    "NextBO",
    "classify",
    "default_date",
    "due_window",
    "is_due_before",
    "is_overdue",
    "meeting_named",
    "next_bo",
]


class BOKind(StrEnum):
    """The two consultations of the cycle, with the values ``register.MeetingKind`` stores."""

    BOL = "bol"
    BO_MIRT = "bo_mirt"


DEFAULT_DATES: dict[BOKind, tuple[int, int]] = {
    BOKind.BOL: (6, 30),
    BOKind.BO_MIRT: (12, 20),
}
"""(month, day) assumed for a BO whose date is not known yet; see the module docstring."""

_ORDER = {BOKind.BOL: 0, BOKind.BO_MIRT: 1}


@dataclass(frozen=True, slots=True)
class NextBO:
    """The next consultation: its kind, its date and whether that date is known or the default."""

    kind: BOKind
    date: dt.date
    known: bool

    @property
    def year(self) -> int:
        return self.date.year


def default_date(kind: BOKind | str, year: int) -> dt.date:
    """The documented default date of a BO of ``kind`` in ``year``."""
    month, day = DEFAULT_DATES[BOKind(kind)]
    return dt.date(year, month, day)


def next_bo(today: dt.date, meetings: Iterable[tuple[str, dt.date | None]] = ()) -> NextBO:
    """The first BOL or BO MIRT on or after ``today``.

    ``meetings`` are (kind, date) pairs as the register stores them; kinds other than
    BOL and BO MIRT and meetings without a date are ignored.
    """
    known: dict[tuple[BOKind, int], list[dt.date]] = {}
    for kind, date in meetings:
        if date is None or kind not in BOKind._value2member_map_:
            continue
        known.setdefault((BOKind(kind), date.year), []).append(date)
    candidates = [
        NextBO(kind, date, True)
        for (kind, _year), dates in known.items()
        for date in dates
        if date >= today
    ]
    for year in (today.year, today.year + 1):
        for kind in BOKind:
            if (kind, year) not in known and default_date(kind, year) >= today:
                candidates.append(NextBO(kind, default_date(kind, year), False))
    return min(candidates, key=lambda c: (c.date, _ORDER[c.kind]))


_KIND_WORDS = {
    BOKind.BO_MIRT: re.compile(
        r"\bBO(?:['’]s)?[ -]?MIRT\b|\bbestuurlijke?\s+overleg(?:gen)?\s+MIRT\b", re.IGNORECASE
    ),
    BOKind.BOL: re.compile(
        r"\bBOL\b|\bBO(?:['’]s)?[ -]?Leefomgeving\b|\bbestuurlijke?\s+overleg(?:gen)?\s+"
        r"Leefomgeving\b",
        re.IGNORECASE,
    ),
}
_YEAR = re.compile(r"\b(19\d\d|20\d\d)\b")


def meeting_named(as_written: str) -> tuple[BOKind, int] | None:
    """The BO and year that the words of a deadline name ("in het BO MIRT 2026"), if any."""
    years = {int(y) for y in _YEAR.findall(as_written)}
    kinds = [kind for kind, pattern in _KIND_WORDS.items() if pattern.search(as_written)]
    if len(kinds) != 1 or len(years) != 1:
        return None  # no meeting, or ambiguous ("BOL en BO MIRT 2026", "2025/2026")
    return kinds[0], years.pop()


def is_overdue(deadline: Deadline | None, today: dt.date) -> bool:
    """Overdue only after the last day of the interval; unresolved deadlines never are."""
    return deadline is not None and deadline.is_overdue(today)


def is_due_before(deadline: Deadline | None, upcoming: NextBO, today: dt.date) -> bool:
    """Whether a deadline falls due on or before the next BO (and is not overdue yet)."""
    if deadline is None or is_overdue(deadline, today):
        return False
    if deadline.precision is Precision.MEETING:
        named = meeting_named(deadline.as_written)
        if named is not None:
            return named == (upcoming.kind, upcoming.year)
    return deadline.end is not None and today <= deadline.end <= upcoming.date


def due_window(today: dt.date, upcoming: NextBO) -> tuple[dt.date, dt.date]:
    """The closed range of interval ends that counts as due before the next BO, for queries.

    Deadlines with precision *meeting* need ``is_due_before`` on top: they may name the
    next BO while their provisional interval ends after its date.
    """
    return today, upcoming.date


class DeadlineState(StrEnum):
    OVERDUE = "overdue"
    DUE = "due"  # due before the next BO
    LATER = "later"
    UNRESOLVED = "unresolved"
    NONE = "none"


def classify(deadline: Deadline | None, upcoming: NextBO, today: dt.date) -> DeadlineState:
    """One word for where a deadline stands in the cycle."""
    if deadline is None:
        return DeadlineState.NONE
    if is_overdue(deadline, today):
        return DeadlineState.OVERDUE
    if is_due_before(deadline, upcoming, today):
        return DeadlineState.DUE
    if deadline.end is None:
        return DeadlineState.UNRESOLVED
    return DeadlineState.LATER
