import datetime as dt

import pytest

from ruimtemonitor.core.cycle import (
    BOKind,
    DeadlineState,
    NextBO,
    classify,
    default_date,
    due_window,
    is_due_before,
    is_overdue,
    meeting_named,
    next_bo,
)
from ruimtemonitor.core.deadlines import Deadline, Precision

pytestmark = pytest.mark.unit

D = dt.date
AUTUMN_2025 = Deadline("najaar 2025", D(2025, 9, 23), D(2025, 12, 20), Precision.SEASON)
YEAR_2025 = Deadline("in 2025", D(2025, 1, 1), D(2025, 12, 31), Precision.YEAR)
BO_MIRT_2025 = Deadline("in het BO MIRT 2025", D(2025, 9, 23), D(2025, 12, 20), Precision.MEETING)


def test_without_known_dates_the_defaults_apply() -> None:
    assert next_bo(D(2025, 3, 1)) == NextBO(BOKind.BOL, D(2025, 6, 30), known=False)
    assert next_bo(D(2025, 6, 30)) == NextBO(BOKind.BOL, D(2025, 6, 30), known=False)
    assert next_bo(D(2025, 7, 1)) == NextBO(BOKind.BO_MIRT, D(2025, 12, 20), known=False)
    assert next_bo(D(2025, 12, 21)) == NextBO(BOKind.BOL, D(2026, 6, 30), known=False)
    assert default_date("bo_mirt", 2030) == D(2030, 12, 20)


def test_a_known_date_replaces_the_default_of_its_kind_and_year() -> None:
    meetings = [("bol", D(2025, 6, 2)), ("bol", D(2025, 6, 10)), ("bo_mirt", D(2025, 11, 26))]
    assert next_bo(D(2025, 5, 1), meetings) == NextBO(BOKind.BOL, D(2025, 6, 2), known=True)
    # Between two regional BOL meetings the later one is next.
    assert next_bo(D(2025, 6, 3), meetings) == NextBO(BOKind.BOL, D(2025, 6, 10), known=True)
    # After the last BOL of the year, the BOL default of that year does not come back.
    assert next_bo(D(2025, 6, 11), meetings) == NextBO(BOKind.BO_MIRT, D(2025, 11, 26), True)
    assert next_bo(D(2025, 11, 27), meetings) == NextBO(BOKind.BOL, D(2026, 6, 30), False)


def test_other_meetings_and_meetings_without_a_date_are_ignored() -> None:
    meetings = [("overig", D(2025, 4, 1)), ("bol", None), ("bo_landelijk_gebied", D(2025, 5, 1))]
    assert next_bo(D(2025, 3, 1), meetings) == NextBO(BOKind.BOL, D(2025, 6, 30), False)


def test_an_early_known_date_of_next_year_comes_before_a_default() -> None:
    meetings = [("bo_mirt", D(2025, 11, 1)), ("bol", D(2026, 2, 1))]
    assert next_bo(D(2025, 11, 2), meetings) == NextBO(BOKind.BOL, D(2026, 2, 1), True)


def test_overdue_only_once_the_whole_interval_has_passed() -> None:
    assert not is_overdue(AUTUMN_2025, D(2025, 12, 20))
    assert is_overdue(AUTUMN_2025, D(2025, 12, 21))
    assert not is_overdue(YEAR_2025, D(2025, 12, 21))  # a year is late from 1 January
    assert not is_overdue(Deadline("BO MIRT 2026", precision=Precision.MEETING), D(2099, 1, 1))
    assert not is_overdue(None, D(2099, 1, 1))


def test_due_before_the_next_bo_compares_the_end_of_the_interval() -> None:
    upcoming = NextBO(BOKind.BO_MIRT, D(2025, 12, 20), known=False)
    today = D(2025, 10, 1)
    assert is_due_before(AUTUMN_2025, upcoming, today)
    assert not is_due_before(YEAR_2025, upcoming, today)  # 31 December is after the BO
    earlier = NextBO(BOKind.BO_MIRT, D(2025, 11, 26), known=True)
    assert not is_due_before(AUTUMN_2025, earlier, today)
    assert due_window(today, earlier) == (today, D(2025, 11, 26))


def test_overdue_is_not_due() -> None:
    upcoming = NextBO(BOKind.BOL, D(2026, 6, 30), known=False)
    assert not is_due_before(AUTUMN_2025, upcoming, D(2026, 1, 5))
    assert classify(AUTUMN_2025, upcoming, D(2026, 1, 5)) is DeadlineState.OVERDUE


def test_a_deadline_naming_the_next_bo_is_due_at_it_whatever_its_window() -> None:
    upcoming = NextBO(BOKind.BO_MIRT, D(2025, 11, 26), known=True)
    today = D(2025, 10, 1)
    assert is_due_before(BO_MIRT_2025, upcoming, today)  # window ends 20 Dec, after the BO
    unresolved = Deadline("BO MIRT 2025", precision=Precision.MEETING)
    assert is_due_before(unresolved, upcoming, today)
    other = Deadline("BO Leefomgeving 2026", precision=Precision.MEETING)
    assert not is_due_before(other, upcoming, today)
    assert classify(other, upcoming, today) is DeadlineState.UNRESOLVED


def test_meeting_named_reads_the_usual_spellings() -> None:
    assert meeting_named("in het BO MIRT 2026") == (BOKind.BO_MIRT, 2026)
    assert meeting_named("voor het BO-MIRT van 2025") == (BOKind.BO_MIRT, 2025)
    assert meeting_named("BOL 2026") == (BOKind.BOL, 2026)
    assert meeting_named("voor het BO Leefomgeving 2026") == (BOKind.BOL, 2026)
    assert meeting_named("Bestuurlijk Overleg Leefomgeving 2027") == (BOKind.BOL, 2027)
    assert meeting_named("najaar 2025") is None
    assert meeting_named("BO MIRT") is None  # which year?
    assert meeting_named("BOL en BO MIRT 2026") is None


def test_classify_names_every_state() -> None:
    upcoming = NextBO(BOKind.BO_MIRT, D(2025, 12, 20), known=False)
    today = D(2025, 10, 1)
    assert classify(None, upcoming, today) is DeadlineState.NONE
    assert classify(AUTUMN_2025, upcoming, today) is DeadlineState.DUE
    assert classify(YEAR_2025, upcoming, today) is DeadlineState.LATER
