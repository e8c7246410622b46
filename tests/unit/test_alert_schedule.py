"""Digest periods: calendar boundaries in Dutch time, so runs on the same day agree."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from ruimtemonitor.alerts.schedule import (
    covered_week,
    deadline_window,
    is_due,
    period_end,
)

AMS = ZoneInfo("Europe/Amsterdam")


def at(*args: int) -> dt.datetime:
    return dt.datetime(*args, tzinfo=AMS)


def test_daily_period_ends_at_todays_midnight() -> None:
    assert period_end(at(2025, 12, 3, 7, 0), "daily") == at(2025, 12, 3)
    assert period_end(at(2025, 12, 3, 23, 59, 59), "daily") == at(2025, 12, 3)


def test_weekly_period_ends_at_monday_midnight() -> None:
    monday = at(2025, 12, 1)
    for day in range(7):  # every day of that week gives the same end
        assert period_end(monday + dt.timedelta(days=day, hours=7), "weekly") == monday


def test_boundaries_keep_dutch_midnight_across_daylight_saving() -> None:
    # Summer time ends on Sunday 26 October 2025; the Monday before is still in summer time.
    end = period_end(at(2025, 10, 29, 7, 0), "weekly")
    assert end == at(2025, 10, 27)
    assert end.utcoffset() == dt.timedelta(hours=1)
    summer = period_end(at(2025, 10, 25, 7, 0), "weekly")
    assert summer.utcoffset() == dt.timedelta(hours=2)
    # Same-zone subtraction is wall-clock time; in real time that week lasted an hour longer.
    assert end - summer == dt.timedelta(days=7)
    assert end.astimezone(dt.UTC) - summer.astimezone(dt.UTC) == dt.timedelta(days=7, hours=1)


def test_two_runs_on_one_day_compute_the_same_period_from_utc_or_dutch_time() -> None:
    morning = at(2025, 12, 3, 7, 0)
    evening_utc = at(2025, 12, 3, 22, 30).astimezone(dt.UTC).astimezone(AMS)
    assert period_end(morning, "daily") == period_end(evening_utc, "daily")


def test_due_once_the_period_has_ended() -> None:
    created = at(2025, 12, 3, 10, 0)
    assert not is_due(created, at(2025, 12, 3, 23, 0), "daily")
    assert is_due(created, at(2025, 12, 4, 7, 0), "daily")
    assert not is_due(at(2025, 12, 4), at(2025, 12, 4, 7, 0), "daily")  # already sent
    assert not is_due(created, at(2025, 12, 7, 7, 0), "weekly")  # Sunday: week not over
    assert is_due(created, at(2025, 12, 8, 7, 0), "weekly")


def test_deadline_horizon_depends_on_frequency() -> None:
    today = dt.date(2025, 12, 1)
    assert deadline_window(today, "daily") == (today, dt.date(2025, 12, 15))
    assert deadline_window(today, "weekly") == (today, dt.date(2025, 12, 31))


def test_covered_week_is_the_week_before_the_monday_boundary() -> None:
    assert covered_week(at(2025, 11, 24), at(2025, 12, 1)) == 48


def test_naive_moments_and_unknown_frequencies_are_refused() -> None:
    with pytest.raises(ValueError):
        period_end(dt.datetime(2025, 12, 1, 7, 0), "daily")
    with pytest.raises(ValueError):
        period_end(at(2025, 12, 1), "monthly")
