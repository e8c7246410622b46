"""Problems with input and schemes, collected rather than raised one at a time.

A programme controller fixing a spreadsheet wants every problem in one go, not
one per run; so readers gather :class:`Problem` values and raise a single
:class:`InputError` carrying all of them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

__all__ = ["InputError", "Problem", "SchemeError"]


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with the input: where (file, row, column), what was found, what was expected.

    ``row`` is the row number as a spreadsheet shows it (the header is row 1);
    ``None`` means the problem concerns the file or its header as a whole.
    """

    row: int | None
    column: str | None
    value: str
    expected: str
    source: str = ""

    def __str__(self) -> str:
        parts = [self.source or "invoer"]
        parts.append(f"rij {self.row}" if self.row is not None else "kopregel")
        if self.column:
            parts.append(f"kolom {self.column}")
        parts.append(f"waarde {self.value!r}")
        return ", ".join(parts) + f": verwacht {self.expected}"

    def as_dict(self) -> dict[str, object]:
        """JSON-ready form, for APIs that report problems as data."""
        return {
            "source": self.source,
            "row": self.row,
            "column": self.column,
            "value": self.value,
            "expected": self.expected,
        }


class InputError(ValueError):
    """Raised once, after validation, with every problem found in the input."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems: tuple[Problem, ...] = tuple(problems)
        super().__init__(
            f"{len(self.problems)} probleem/problemen in de invoer:\n"
            + "\n".join(str(p) for p in self.problems)
        )


class SchemeError(ValueError):
    """A scheme file or an override is invalid; the message says which key and why."""
