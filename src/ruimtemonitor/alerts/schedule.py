"""When a digest is due and which period it covers: plain date arithmetic, no Django.

Periods end on a calendar boundary in Dutch time (midnight for daily digests, Monday midnight
for weekly ones), not at the moment a run happens. Two runs on the same day therefore compute
the same period, which is what lets the send log refuse the second one.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum


class Frequency(StrEnum):
    DAILY = "daily"
    WEEKLY = "weekly"


#: How far ahead a digest looks for deadlines coming due.
DEADLINE_HORIZON_DAYS = {Frequency.DAILY: 14, Frequency.WEEKLY: 30}


def period_end(now: dt.datetime, frequency: str) -> dt.datetime:
    """The end of the period a digest sent at ``now`` covers.

    ``now`` must be timezone-aware in the zone whose midnights count (Dutch time): daily
    digests cover up to today's midnight, weekly ones up to the Monday midnight of this week.
    """
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    midnight = now.replace(hour=0, minute=0, second=0, microsecond=0)
    if Frequency(frequency) is Frequency.WEEKLY:
        # Aware arithmetic is wall-clock arithmetic: the zone gives that Monday its own offset.
        midnight -= dt.timedelta(days=midnight.weekday())
    return midnight


def is_due(period_start: dt.datetime, now: dt.datetime, frequency: str) -> bool:
    """Whether there is a period to report on: its start lies before the boundary at ``now``."""
    return period_start < period_end(now, frequency)


def deadline_window(today: dt.date, frequency: str) -> tuple[dt.date, dt.date]:
    """The first and last day (inclusive) on which a deadline counts as coming due."""
    return today, today + dt.timedelta(days=DEADLINE_HORIZON_DAYS[Frequency(frequency)])


def covered_week(start: dt.datetime, end: dt.datetime) -> int:
    """The ISO week number a period is named after: the week of its last moment."""
    last = end - dt.timedelta(microseconds=1) if end > start else end
    return last.isocalendar().week
