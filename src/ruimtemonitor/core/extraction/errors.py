"""The one error the extraction core raises for bad input.

Callers (the CLI, the ingest job) show ``str(error)`` to a person and carry on
with the next file, so every message names the file and says in one sentence
what is wrong with it; no library traceback ever reaches them.
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["ExtractionError"]


class ExtractionError(Exception):
    """A document could not be read or extracted; ``path`` names it, ``problem`` says why."""

    def __init__(self, path: Path | str | None, problem: str) -> None:
        self.path = Path(path) if path is not None else None
        self.problem = problem.rstrip(".") + "."
        name = str(self.path) if self.path is not None else "<text>"
        super().__init__(f"{name}: {self.problem}")
