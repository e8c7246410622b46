"""Deadlines as documents write them: the words, a resolved interval and its precision.

A letter says "najaar 2025" or "uiterlijk met Prinsjesdag", not a date. We keep
the words exactly as written (they are what a person checks against the source)
and add the interval they stand for, so "due before" and "overdue" can be
computed without pretending to more precision than the text gives.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum


class Precision(StrEnum):
    """How precisely the words pin down a moment; the interval is as wide as this says."""

    DAY = "day"
    MONTH = "month"
    QUARTER = "quarter"
    HALF_YEAR = "half_year"
    SEASON = "season"
    YEAR = "year"
    MEETING = "meeting"
    UNKNOWN = "unknown"


PRECISION_LABELS_NL: dict[Precision, str] = {
    Precision.DAY: "dag",
    Precision.MONTH: "maand",
    Precision.QUARTER: "kwartaal",
    Precision.HALF_YEAR: "halfjaar",
    Precision.SEASON: "seizoen",
    Precision.YEAR: "jaar",
    Precision.MEETING: "overleg",
    Precision.UNKNOWN: "onbekend",
}


@dataclass(frozen=True, slots=True)
class Deadline:
    """A deadline: ``as_written`` plus the closed interval ``[start, end]`` it resolves to.

    ``start``/``end`` are ``None`` when the words could not be resolved yet (for
    instance "BO MIRT 2026" before that meeting has a date); the deadline is then
    kept with precision ``MEETING`` or ``UNKNOWN`` and is never reported overdue.
    """

    as_written: str
    start: dt.date | None = None
    end: dt.date | None = None
    precision: Precision = Precision.UNKNOWN

    def __post_init__(self) -> None:
        if (self.start is None) != (self.end is None):
            raise ValueError("a deadline interval needs both start and end, or neither")
        if self.start is not None and self.end is not None and self.start > self.end:
            raise ValueError(
                f"deadline {self.as_written!r}: start {self.start} is after end {self.end}"
            )

    @property
    def is_resolved(self) -> bool:
        return self.end is not None

    def is_overdue(self, today: dt.date) -> bool:
        """Overdue only once the whole interval has passed, never on its last day."""
        return self.end is not None and today > self.end

    def is_due_by(self, moment: dt.date) -> bool:
        """True when the interval ends on or before ``moment`` (e.g. the next BO's date)."""
        return self.end is not None and self.end <= moment

    def to_dict(self) -> dict[str, str | None]:
        return {
            "as_written": self.as_written,
            "start": self.start.isoformat() if self.start else None,
            "end": self.end.isoformat() if self.end else None,
            "precision": self.precision.value,
        }
