import datetime as dt

import pytest

from ruimtemonitor.core.deadlines import Deadline, Precision

pytestmark = pytest.mark.unit

AUTUMN_2025 = Deadline("najaar 2025", dt.date(2025, 9, 23), dt.date(2025, 12, 20), Precision.SEASON)


def test_overdue_only_after_the_last_day_of_the_interval() -> None:
    assert not AUTUMN_2025.is_overdue(dt.date(2025, 12, 20))
    assert AUTUMN_2025.is_overdue(dt.date(2025, 12, 21))


def test_due_by_compares_the_end_of_the_interval() -> None:
    assert AUTUMN_2025.is_due_by(dt.date(2025, 12, 20))
    assert not AUTUMN_2025.is_due_by(dt.date(2025, 12, 19))


def test_unresolved_deadline_is_never_overdue() -> None:
    meeting = Deadline("BO MIRT 2026", precision=Precision.MEETING)
    assert not meeting.is_resolved
    assert not meeting.is_overdue(dt.date(2099, 1, 1))
    assert not meeting.is_due_by(dt.date(2099, 1, 1))


def test_half_open_interval_is_rejected() -> None:
    with pytest.raises(ValueError, match="both start and end"):
        Deadline("x", start=dt.date(2025, 1, 1))


def test_reversed_interval_is_rejected() -> None:
    with pytest.raises(ValueError, match="after end"):
        Deadline("x", dt.date(2025, 2, 1), dt.date(2025, 1, 1), Precision.MONTH)


def test_to_dict_uses_iso_dates() -> None:
    assert AUTUMN_2025.to_dict() == {
        "as_written": "najaar 2025",
        "start": "2025-09-23",
        "end": "2025-12-20",
        "precision": "season",
    }
